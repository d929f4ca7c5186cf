"""Development: DEBUG on, emails printed to the console, a fixed local-only secret."""

from .base import *  # noqa: F401,F403
from .env import env_str

DEBUG = True
SECRET_KEY = env_str("SECRET_KEY", "dev-only-insecure-key-never-use-in-production")
EMAIL_BACKEND = env_str("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
ALLOWED_HOSTS = ["*"]
# Security keys and passkeys on http://localhost (browsers ask for HTTPS elsewhere).
MFA_WEBAUTHN_ALLOW_INSECURE_ORIGIN = True
# Wagtail logs every page created and published; loading the demo would fill the screen.
LOGGING["loggers"]["wagtail"] = {"level": "WARNING"}  # noqa: F405

# runserver and the test live server serve static files themselves; WhiteNoise (which
# serves the collected files in production) would only warn that none are collected.
MIDDLEWARE = [m for m in MIDDLEWARE if m != "whitenoise.middleware.WhiteNoiseMiddleware"]  # noqa: F405

# Where `seed_demo` and the benchmarks run: the demo content and the measuring tools, never
# installed in production. The benchmarks serve the site under these settings (production's,
# plus the yardsticks they measure against).
INSTALLED_APPS = [*INSTALLED_APPS, "integrity_platform.demo", "integrity_platform.benchmarks"]  # noqa: F405
BENCHMARK_SERVER_SETTINGS = "integrity_platform.settings.benchmark"

try:
    from .local import *  # noqa: F401,F403
except ImportError:
    pass
