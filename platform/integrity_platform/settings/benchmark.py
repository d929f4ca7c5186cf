"""Production settings plus the reference views `manage.py benchmark` measures our pages
against (integrity_platform.demo.reference_urls). Only the benchmark serves these."""

from .production import *  # noqa: F401,F403

ROOT_URLCONF = "integrity_platform.demo.reference_urls"
