"""Development: DEBUG on, emails printed to the console, a fixed local-only secret."""

from .base import *  # noqa: F401,F403
from .env import env_str

DEBUG = True
SECRET_KEY = env_str("SECRET_KEY", "dev-only-insecure-key-never-use-in-production")
EMAIL_BACKEND = env_str("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
ALLOWED_HOSTS = ["*"]

try:
    from .local import *  # noqa: F401,F403
except ImportError:
    pass
