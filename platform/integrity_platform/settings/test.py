"""Tests: fast hashing, in-memory email, a database from DATABASE_URL or SQLite."""

from .base import *  # noqa: F401,F403

SECRET_KEY = "test-only-key"
DEBUG = False
ALLOWED_HOSTS = ["*"]
# Security keys and passkeys on the live test server (http).
MFA_WEBAUTHN_ALLOW_INSECURE_ORIGIN = True
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
STORAGES = {
    **STORAGES,  # noqa: F405
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
# The test client's host: links built without a request match those built with one.
SITE_URL = "http://testserver"
# Phones see each move at once (in production a worker may answer from a state up to half
# a second old; tests/dilemmas/test_live_poll.py covers that).
DILEMMAS_STATE_MAX_AGE = 0
# The journeys' phones, console and big screen ask four times a second instead of every two
# seconds: the same requests, and a journey does not sit waiting for the next one.
DILEMMAS_POLL_SECONDS = 0.5
WAGTAILADMIN_BASE_URL = SITE_URL

# runserver and the test live server serve static files themselves; WhiteNoise (which
# serves the collected files in production) would only warn that none are collected.
MIDDLEWARE = [m for m in MIDDLEWARE if m != "whitenoise.middleware.WhiteNoiseMiddleware"]  # noqa: F405
# Tests never search, and indexing every page the fixtures create is most of their cost.
WAGTAILSEARCH_BACKENDS = {
    "default": {"BACKEND": "wagtail.search.backends.database", "AUTO_UPDATE": False}
}
# Tasks (emails, imports, Wagtail's reference index) run inline, whatever TASKS_BACKEND the
# shell has: a test sees their effects at once and needs no worker.
TASKS = {"default": {"BACKEND": TASK_BACKENDS["immediate"]}}  # noqa: F405

# Where `seed_demo` and the benchmarks run: the demo content and the measuring tools, never
# installed in production. The benchmarks serve the site under these settings (production's,
# plus the yardsticks they measure against).
INSTALLED_APPS = [*INSTALLED_APPS, "integrity_platform.demo", "integrity_platform.benchmarks"]  # noqa: F405
BENCHMARK_SERVER_SETTINGS = "integrity_platform.settings.benchmark"
