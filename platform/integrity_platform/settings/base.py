"""Settings shared by every environment. Environment-specific files import this one."""

from pathlib import Path
from urllib.parse import urlsplit

import dj_database_url
from csp.constants import NONE, SELF, UNSAFE_INLINE
from django.utils.translation import gettext_lazy as _

from integrity_platform.accounts.sso.config import provider_apps, sign_in_origins

from .env import env_bool, env_choice, env_int, env_list, env_str

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
    "integrity_platform.privacy",
    "integrity_platform.translating",
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
    "integrity_platform.people.users_app.UsersConfig",  # wagtail.users, role groups translated
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
    "allauth.mfa",
    "allauth.socialaccount",
    "integrity_platform.accounts.sso",
    "django_countries",
    "polymorphic",
    # Django.
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    # Background work (see TASKS below): the task API, and the queue kept in the database.
    "django_tasks",
    "django_tasks_db",
]

MIDDLEWARE = [
    # First: /health/ answers before anything reads the database (see health.py).
    "integrity_platform.health.HealthCheckMiddleware",
    "django.middleware.security.SecurityMiddleware",
    # The live session's poll, a thousand requests a second in a full room, and the votes
    # its script sends need little below (see dilemmas.middleware).
    "dilemmas.middleware.LiveRoomMiddleware",
    # Content-Security-Policy and Permissions-Policy headers (see "Security headers" below).
    "integrity_common.security.ContentSecurityPolicyMiddleware",
    "integrity_common.security.PermissionsPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Links built far from the view follow the request when SITE_URL is unset (development).
    "integrity_common.middleware.CurrentRequestMiddleware",
    # The request's Wagtail site from the page cache, not a query per request.
    "integrity_common.middleware.CachedSiteMiddleware",
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
    # Officers, coordinators and administrators reach the admin only with two-step verification.
    "integrity_platform.accounts.middleware.TwoStepRequiredMiddleware",
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
            # The `date` filter with the French "1er janvier" (integrity_common.dates).
            "builtins": ["integrity_common.templatetags.dates"],
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
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # Several workers write at once (gunicorn's, the task worker): with write-ahead logging
    # readers go on while one writes and a commit costs no sync of the whole file, and a
    # transaction that will write takes the lock when it begins instead of failing with
    # "database is locked" halfway (a full room voting at once showed both).
    DATABASES["default"]["OPTIONS"] = {
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
        "transaction_mode": "IMMEDIATE",
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
# How many reverse proxies of ours stand before the site (each appends to X-Forwarded-For).
# 0 (the default) ignores the header, which a client can write itself. allauth's limits and
# ours (integrity_common.clients.client_ip) count the address that many hops from the right.
ALLAUTH_TRUSTED_PROXY_COUNT = env_int("TRUSTED_PROXY_COUNT", 0)
# Accounts are by invitation (a coordinator invites, the invitee chooses a password from the
# email); `true` lets anyone create an account, which then belongs to no organisation.
PLATFORM_OPEN_SIGNUP = env_bool("PLATFORM_OPEN_SIGNUP", False)
# A password reset for an unknown address also sends an email (saying there is no account),
# so that the page and its timing never tell whether an address has an account.
ACCOUNT_EMAIL_UNKNOWN_ACCOUNTS = True

# --- Two-step verification (allauth.mfa) -------------------------------------------------
# Required for whoever can open the admin (integrity_platform.accounts.two_step), offered
# to everyone from their profile: an authenticator app, security keys and passkeys, and
# recovery codes for a lost phone.
MFA_ADAPTER = "integrity_platform.accounts.adapter.TwoStepAdapter"
MFA_SUPPORTED_TYPES = ["totp", "webauthn", "recovery_codes"]
# A passkey is both factors at once: "Sign in with a passkey" skips the password and the code.
MFA_PASSKEY_LOGIN_ENABLED = True

# --- Signing in with the organisation's own account (accounts/sso) ---------------------
# OIDC_PROVIDERS: a JSON list of identity providers (see accounts/sso/config.py and the
# README); each organisation names its email domains and its provider in the admin.
SOCIALACCOUNT_ADAPTER = "integrity_platform.accounts.sso.adapter.SignInAdapter"
OIDC_APPS = provider_apps(env_str("OIDC_PROVIDERS"))
SOCIALACCOUNT_PROVIDERS = {"organisation": {"APPS": OIDC_APPS}}
# Someone signing in through their organisation's provider lands on the account they were
# invited at, matched by an address that provider speaks for (accounts/sso/authority.py).
SOCIALACCOUNT_EMAIL_AUTHENTICATION = True
SOCIALACCOUNT_EMAIL_AUTHENTICATION_AUTO_CONNECT = True
# Only the sign-in button's POST starts a sign-in, never a link followed (CSRF).
SOCIALACCOUNT_LOGIN_ON_GET = False
# The second factor stays the platform's own for whoever must use one (two_step.py): allauth
# asks for it after a provider's sign-in as after a password. See README, "Single sign-on".

# --- Plugins ---------------------------------------------------------------------------
COURSES_ADAPTER = "integrity_platform.people.adapter.CoursesAdapter"
CERTIFICATES_ADAPTER = "integrity_platform.people.adapter.CertificatesAdapter"
DILEMMAS_ADAPTER = "integrity_platform.people.adapter.DilemmasAdapter"
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
# British English dates ("6 December 2026, 15:33"), not Django's American "en" formats.
FORMAT_MODULE_PATH = ["integrity_common.formats"]
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
# Files that only views which check permission may serve (signed acknowledgements): outside
# MEDIA_ROOT, so that no web server or /media/ URL ever reaches them.
PRIVATE_ROOT = Path(env_str("PRIVATE_ROOT", str(BASE_DIR / "var" / "private")))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    # CERTIFICATES_PDF_STORAGE names this one (the plugin's default alias).
    "certificates": {
        "BACKEND": "django.core.files.storage.FileSystemStorage",
        "OPTIONS": {"location": PRIVATE_ROOT, "base_url": "/private/"},
    },
}
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000
# Limits on what a request may carry (Django's defaults, written down with their reasons):
# form fields without files up to 2.5 MB in memory, enough for the longest page in the
# editor; beyond that a request is refused with a 400. Files above 2.5 MB are streamed to a
# temporary file rather than held in memory. Each upload has its own limit, with a
# translated message: a PDF to verify (CERTIFICATES_VERIFY_MAX_UPLOAD_BYTES, refused
# before it is read), a members CSV (PEOPLE_IMPORT_MAX_BYTES), documents and images in the
# admin (below). The reverse proxy's body limit (nginx `client_max_body_size`) should be no
# smaller than the largest of them.
DATA_UPLOAD_MAX_MEMORY_SIZE = 2_621_440
FILE_UPLOAD_MAX_MEMORY_SIZE = 2_621_440
# CSV files of members are small: 2 MB is tens of thousands of rows.
PEOPLE_IMPORT_MAX_BYTES = 2 * 1024 * 1024

# --- Email -------------------------------------------------------------------------------
EMAIL_BACKEND = env_str("EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend")
EMAIL_HOST = env_str("EMAIL_HOST", "localhost")
EMAIL_PORT = env_int("EMAIL_PORT", 25)
EMAIL_HOST_USER = env_str("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = env_str("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", False)
# Seconds before a silent mail server counts as down: the worker then queues a later attempt
# (integrity_common.mail, MAIL_RETRY_DELAYS) instead of waiting on it forever.
EMAIL_TIMEOUT = env_int("EMAIL_TIMEOUT", 30)
DEFAULT_FROM_EMAIL = env_str("DEFAULT_FROM_EMAIL", "integrity@example.org")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# --- Background work ---------------------------------------------------------------------
# Emails, member imports and bulk status refreshes are django-tasks tasks. TASKS_BACKEND
# "immediate" (the default here) runs each one inline, where it is enqueued: nothing else to
# start, right for an embedded or small site. "database" queues them in the database for
# `manage.py db_worker`, so requests return at once: `make run` and production (the default
# there) use it, each with a worker beside the web server.
TASK_BACKENDS = {
    "immediate": "django_tasks.backends.immediate.ImmediateBackend",
    "database": "django_tasks_db.DatabaseBackend",
}
TASKS_BACKEND = env_choice("TASKS_BACKEND", TASK_BACKENDS, "immediate")
TASKS = {"default": {"BACKEND": TASK_BACKENDS[TASKS_BACKEND]}}

# --- Wagtail -----------------------------------------------------------------------------
# The platform's name, in the reader's language (emails, the admin's home page, authenticator
# apps): lazily translated, so read it where a language is active. A WAGTAIL_SITE_NAME in
# the environment replaces it with one name for every language (a proper name, say).
WAGTAIL_SITE_NAME = env_str("WAGTAIL_SITE_NAME") or _("Integrity in international cooperation")
# Wagtail's own emails (moderation, password) need a fixed address: the public one. The
# fallback serves development only; production is stopped by `check --deploy` without SITE_URL.
WAGTAILADMIN_BASE_URL = SITE_URL or "http://127.0.0.1:8000"
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "pptx", "txt", "xlsx"]
# Documents to download (a handbook extract) and images: Wagtail refuses larger files with
# its own translated message. Its default for documents is no limit at all.
WAGTAILDOCS_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAIL_FRONTEND_LOGIN_URL = LOGIN_URL
WAGTAIL_PASSWORD_RESET_ENABLED = False  # allauth handles password resets
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
# No avatars from gravatar.com: it would learn who uses the admin, and the Content-Security-
# Policy loads images from the site only. Wagtail shows its default avatar instead.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
# Nor does the dashboard ask releases.wagtail.org for new versions (the policy connects to
# the site only): Wagtail is upgraded with the project's dependencies.
WAGTAIL_ENABLE_UPDATE_CHECK = False

# --- Security headers --------------------------------------------------------------------
# Content-Security-Policy (django-csp): scripts, styles, fonts, images and requests come
# from the site itself, and no inline script or style runs, so a script or style="..."
# slipped into a page is refused by the browser. Images may also be data: URIs (the QR code
# that sets up an authenticator app); lesson videos play in their video site's frame. The
# site is framed by nobody and its forms post only to itself (and sign-in on to the
# identity providers). See README, "Security headers".
LESSON_VIDEO_ORIGINS = env_list(
    "LESSON_VIDEO_ORIGINS",
    ["https://www.youtube.com", "https://www.youtube-nocookie.com", "https://player.vimeo.com"],
)
_SITE_POLICY = {
    "default-src": [SELF],
    "script-src": [SELF],
    "style-src": [SELF],
    "img-src": [SELF, "data:"],
    "font-src": [SELF],
    "connect-src": [SELF],
    "frame-src": [SELF, *LESSON_VIDEO_ORIGINS],
    "frame-ancestors": [NONE],
    # The sign-in page's buttons post to the site, which sends the browser on to the
    # organisation's identity provider (accounts/sso).
    "form-action": [SELF, *sign_in_origins(OIDC_APPS)],
    "base-uri": [SELF],
    "object-src": [NONE],
}
CONTENT_SECURITY_POLICY = {"DIRECTIVES": _SITE_POLICY}
# The Wagtail admin (integrity_common.security): Wagtail 8 writes inline <script>s without a
# nonce for choosers, inline panels and date pickers (wagtail/wagtail#1288), its editors'
# scripts add <style> elements, and it shows page previews in a frame of itself. So there,
# behind sign-in, inline scripts and <style> elements run and the admin may frame its own
# pages; style="" attributes and everything else are refused as on the site. (A nonce must
# not be added here: browsers then ignore 'unsafe-inline', and Wagtail's scripts stop.)
CONTENT_SECURITY_POLICY_WAGTAILADMIN = {
    "DIRECTIVES": {
        **_SITE_POLICY,
        "script-src": [SELF, UNSAFE_INLINE],
        "style-src-elem": [SELF, UNSAFE_INLINE],
        "frame-ancestors": [SELF],
    }
}
# Permissions-Policy (integrity_common.security): browser features the platform never uses
# are off, for the site and for anything it frames. Passkeys and security keys (WebAuthn)
# stay allowed for the site itself; full screen for the site and for lesson videos' players.
# Only features Chromium knows: it warns about others (tests/browser/test_csp.py fails then).
PERMISSIONS_POLICY = {
    **{
        feature: []
        for feature in [
            "accelerometer",
            "browsing-topics",
            "camera",
            "display-capture",
            "geolocation",
            "gyroscope",
            "hid",
            "idle-detection",
            "magnetometer",
            "microphone",
            "midi",
            "payment",
            "screen-wake-lock",
            "serial",
            "usb",
            "xr-spatial-tracking",
        ]
    },
    "fullscreen": ["self", *(f'"{origin}"' for origin in LESSON_VIDEO_ORIGINS)],
    "publickey-credentials-create": ["self"],
    "publickey-credentials-get": ["self"],
}
# Django's SecurityMiddleware already sends X-Content-Type-Options: nosniff, Referrer-Policy:
# same-origin and Cross-Origin-Opener-Policy: same-origin (its defaults, on in every setting).

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

# --- Retention (GDPR): how long personal data is kept; `manage.py purge_expired` applies
# these daily and the privacy notice states them (integrity_platform.privacy) --------------
# Signed acknowledgements of the ethics code are evidence that the commitment was made:
# kept this many years after the person leaves (the privacy notice promised five), then
# deleted with their PDFs.
RETENTION_ACKNOWLEDGEMENT_YEARS = env_int("RETENTION_ACKNOWLEDGEMENT_YEARS", 5)
# A member made inactive is erased this many days later (everything but the acknowledgements
# above). A year lets the review of the year they left and its moral report be finished,
# and a coordinator undo a mistaken "inactive" without losing anything.
RETENTION_FORMER_MEMBER_DAYS = env_int("RETENTION_FORMER_MEMBER_DAYS", 365)
# Guests' nicknames in live dilemma sessions matter only in the room: forgotten a week after
# the session ends (their votes stay, anonymous, for the session's summary).
RETENTION_LIVE_GUEST_DAYS = env_int("RETENTION_LIVE_GUEST_DAYS", 7)
# Check-ins at review sessions (who attended, how, when) back the review of their year:
# kept two years after the session, long enough for the moral report and the funder's
# questions about it; the year's review status itself stays as it was judged.
RETENTION_CHECKIN_DAYS = env_int("RETENTION_CHECKIN_DAYS", 730)
# What someone chose and wrote when practising a dilemma alone is for their own learning:
# kept two years, the current and the previous review year of their training record.
RETENTION_PRACTICE_DAYS = env_int("RETENTION_PRACTICE_DAYS", 730)
