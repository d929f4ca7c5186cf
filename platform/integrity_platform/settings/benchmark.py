"""Production settings plus what the benchmarks serve: the plain Wagtail page and the bare
views they measure our pages against (integrity_platform.benchmarks.reference_urls)."""

from .production import *  # noqa: F401,F403

INSTALLED_APPS = [*INSTALLED_APPS, "integrity_platform.benchmarks"]  # noqa: F405
ROOT_URLCONF = "integrity_platform.benchmarks.reference_urls"
