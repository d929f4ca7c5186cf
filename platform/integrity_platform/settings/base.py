"""Settings shared by every environment. Environment-specific files import this one."""

from pathlib import Path
from urllib.parse import urlsplit

import dj_database_url
from django.utils.translation import gettext_lazy as _

from .env import env_bool, env_int, env_list, env_str

PROJECT_DIR = Path(__file__).resolve().parent.parent  # platform/integrity_platform
BASE_DIR = PROJECT_DIR.parent.parent  # the repository root

SECRET_KEY = env_str("SECRET_KEY")
DEBUG = env_bool("DEBUG", False)
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", ["localhost", "127.0.0.1"])
# The public address, e.g. https://integrity.example.org: every absolute link (QR codes and
# links in signed PDFs, emails, .ics files, feeds, Open Graph tags) is built from it, through
# integrity_common.links. `check --deploy` refuses a production without it or with a local
# address; in development, when it is unset, links follow the request being served.
SITE_URL = env_str("SITE_URL", "").rstrip("/")
_site = urlsplit(SITE_URL)
# A form posted over HTTPS behind a proxy is trusted when it comes from the public address.
CSRF_TRUSTED_ORIGINS = env_list(
    "CSRF_TRUSTED_ORIGINS",
    [f"{_site.scheme}://{_site.netloc}"] if _site.scheme in ("http", "https") else [],
)

INSTALLED_APPS = [
    # The host's own apps come first so that their templates override the libraries'.
    "integrity_platform.accounts",
    "integrity_platform.people",
    "integrity_platform.home",
    "integrity_platform.review",
    "integrity_platform.visits",
    "integrity_platform.guidance",
    "integrity_platform.campaigns",
    "integrity_platform.demo",
    # Shared services every app may use (absolute links); installed for its system checks.
    "integrity_common",
    # The plugins.
    "courses",
    "dilemmas",
    "certificates",
    # Wagtail.
    "wagtail.contrib.simple_translation",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.redirects",
    "wagtail.locales",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    # Accounts.
    "allauth",
    "allauth.account",
    "django_countries",
    "polymorphic",
    # Django.
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Links built far from the view follow the request when SITE_URL is unset (development).
    "integrity_common.middleware.CurrentRequestMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "integrity_platform.middleware.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    # After authentication: a signed-in member's preferred language wins on unprefixed URLs.
    "integrity_platform.accounts.middleware.PreferredLanguageMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]

ROOT_URLCONF = "integrity_platform.urls"
WSGI_APPLICATION = "integrity_platform.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [PROJECT_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "integrity_platform.home.context_processors.site_shell",
            ],
        },
    },
]

# The embedded default is a SQLite file next to the code; production sets DATABASE_URL.
DATABASES = {
    "default": dj_database_url.parse(
        env_str("DATABASE_URL", f"sqlite:///{BASE_DIR / 'db.sqlite3'}"),
        conn_max_age=env_int("DATABASE_CONN_MAX_AGE", 0),
    )
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# allauth's rate limits count attempts in the cache, so every worker must share one cache:
# Redis when REDIS_URL is set, otherwise a per-process memory cache (fine for one process).
REDIS_URL = env_str("REDIS_URL")
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": "integrity",
        }
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

AUTH_USER_MODEL = "accounts.User"
AUTHENTICATION_BACKENDS = [
    "django.contrib.auth.backends.ModelBackend",
    "allauth.account.auth_backends.AuthenticationBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 10},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "/"

# --- django-allauth: sign in by email, no usernames -------------------------------------
ACCOUNT_ADAPTER = "integrity_platform.accounts.adapter.AccountAdapter"
ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
ACCOUNT_SIGNUP_FORM_CLASS = "integrity_platform.accounts.forms.SignupForm"
ACCOUNT_USER_MODEL_USERNAME_FIELD = None
ACCOUNT_UNIQUE_EMAIL = True
ACCOUNT_EMAIL_VERIFICATION = "mandatory"
ACCOUNT_CONFIRM_EMAIL_ON_GET = False
ACCOUNT_LOGIN_ON_EMAIL_CONFIRMATION = True
ACCOUNT_LOGOUT_REDIRECT_URL = "/"
ACCOUNT_SESSION_REMEMBER = None
ACCOUNT_PREVENT_ENUMERATION = True
# allauth's defaults, written out so that nobody switches them off by accident.
ACCOUNT_RATE_LIMITS = {
    "login": "30/m/ip",
    "login_failed": "10/m/ip,5/5m/key",
    "signup": "20/m/ip",
    "reset_password": "20/m/ip,5/m/key",
    "reset_password_from_key": "20/m/ip",
    "confirm_email": "1/3m/key",
    "change_password": "5/m/user",
}
ACCOUNT_EMAIL_SUBJECT_PREFIX = ""
# Whether anyone may create an account; invited members never need this.
PLATFORM_OPEN_SIGNUP = env_bool("PLATFORM_OPEN_SIGNUP", True)

# --- Plugins ---------------------------------------------------------------------------
COURSES_ADAPTER = "integrity_platform.people.adapters.CoursesAdapter"
CERTIFICATES_ADAPTER = "integrity_platform.people.adapters.CertificatesAdapter"
DILEMMAS_ADAPTER = "integrity_platform.people.adapters.DilemmasAdapter"
# The association's name on acknowledgements, in the language of each (see the plugin's
# app_settings); ORGANISATION_NAME in the environment gives one name for every language.
CERTIFICATES_ORGANISATION_NAME = env_str("ORGANISATION_NAME", "") or {
    "nl": "Vereniging van Vlaamse Steden en Gemeenten – internationaal team",
    "fr": "Association des villes et communes flamandes – équipe internationale",
    "en": "Association of Flemish cities and municipalities – international team",
    "es": "Asociación de Ciudades y Municipios Flamencos – equipo internacional",
}
CERTIFICATES_LOGO = "certificates/logo.png"
# The organisation's PAdES signing key and certificate (PEM files); see README.
CERTIFICATES_SIGNING_KEY = env_str("CERTIFICATES_SIGNING_KEY", "")
CERTIFICATES_SIGNING_CERT = env_str("CERTIFICATES_SIGNING_CERT", "")
CERTIFICATES_SIGNING_KEY_PASSPHRASE = env_str("CERTIFICATES_SIGNING_KEY_PASSPHRASE", "")
# A completed ethics-code course leads straight to acknowledging the code.
COURSES_ACKNOWLEDGEMENT_URL_NAME = "certificates:acknowledge"

# --- Languages -------------------------------------------------------------------------
LANGUAGE_CODE = "nl"
LANGUAGES = [
    ("nl", _("Dutch")),
    ("fr", _("French")),
    ("en", _("English")),
    ("es", _("Spanish")),
]
LOCALE_PATHS = [BASE_DIR / "locale"]
USE_I18N = True
USE_TZ = True
TIME_ZONE = "Europe/Brussels"
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
# Editors translate a page explicitly ("Translate" in the page menu); no untranslated aliases.
WAGTAILSIMPLETRANSLATION_SYNC_PAGE_TREE = False

# --- Static and media files --------------------------------------------------------------
STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "var" / "static"
STATICFILES_DIRS = [PROJECT_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(env_str("MEDIA_ROOT", str(BASE_DIR / "var" / "media")))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000
# CSV files of members are small: 2 MB is tens of thousands of rows.
PEOPLE_IMPORT_MAX_BYTES = 2 * 1024 * 1024

# --- Email -------------------------------------------------------------------------------
EMAIL_BACKEND = env_str("EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend")
EMAIL_HOST = env_str("EMAIL_HOST", "localhost")
EMAIL_PORT = env_int("EMAIL_PORT", 25)
EMAIL_HOST_USER = env_str("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = env_str("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", False)
DEFAULT_FROM_EMAIL = env_str("DEFAULT_FROM_EMAIL", "integrity@example.org")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# --- Wagtail -----------------------------------------------------------------------------
WAGTAIL_SITE_NAME = env_str("WAGTAIL_SITE_NAME", "Integrity in international cooperation")
# Wagtail's own emails (moderation, password) need a fixed address: the public one. The
# fallback serves development only; production is stopped by `check --deploy` without SITE_URL.
WAGTAILADMIN_BASE_URL = SITE_URL or "http://127.0.0.1:8000"
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "pptx", "txt", "xlsx"]
WAGTAIL_FRONTEND_LOGIN_URL = LOGIN_URL
WAGTAIL_PASSWORD_RESET_ENABLED = False  # allauth handles password resets
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env_str("LOG_LEVEL", "INFO")},
    # Wagtail's background tasks run inline here and would log every search-index update.
    "loggers": {"django_tasks": {"level": "WARNING"}},
}

# The annual review's daily reminder job (manage.py review_reminders): days before the due
# date on which members who are not done are reminded (then weekly once overdue), and the
# weekday (0 = Monday) of the coordinators' digest of overdue members.
REVIEW_REMINDER_DAYS_BEFORE = [30, 14, 7, 1]
REVIEW_DIGEST_WEEKDAY = 0
