from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PrivacyConfig(AppConfig):
    """Data protection: a member's copy of their data, erasure, and the retention periods
    that the daily `purge_expired` job applies and the privacy notice states."""

    name = "integrity_platform.privacy"
    label = "privacy"
    verbose_name = _("Data protection")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from . import receivers  # noqa: F401
