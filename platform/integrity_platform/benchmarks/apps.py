from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class BenchmarksConfig(AppConfig):
    """Measuring tools for developers: the page, live-session, signing and review benchmarks,
    the synthetic population and the plain Wagtail page they measure against. Installed by
    the development, test and benchmark settings, never by production."""

    name = "integrity_platform.benchmarks"
    label = "benchmarks"
    verbose_name = _("Benchmarks")
