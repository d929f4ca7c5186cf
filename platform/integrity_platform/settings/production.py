"""Production: everything secret or site-specific comes from the environment.

Required: SECRET_KEY, ALLOWED_HOSTS, DATABASE_URL, SITE_URL (the public address; `check
--deploy` fails without it or with a loopback address, see integrity_common.checks).
A background worker beside the web server: `manage.py db_worker` (TASKS_BACKEND).
Strongly advised: REDIS_URL (shared cache for rate limits), EMAIL_* and DEFAULT_FROM_EMAIL.
CSRF_TRUSTED_ORIGINS defaults to SITE_URL's origin.
Every variable, with what it does: deploy/env.example; the services and the runbook: deploy/.
"""

from .base import *  # noqa: F401,F403
from .env import env_bool, env_choice, env_int, env_str
from .object_storage import public_media_origin, s3_storages

DEBUG = False
SECRET_KEY = env_str("SECRET_KEY", required=True)

SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 60 * 60 * 24 * 365)
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", True)
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", True)
SECURE_REFERRER_POLICY = "same-origin"
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
X_FRAME_OPTIONS = "DENY"

# Requests must not wait for emails or imports (gunicorn stops a worker after 30 s): tasks
# go to the database queue, for `manage.py db_worker` running as its own process.
TASKS_BACKEND = env_choice("TASKS_BACKEND", TASK_BACKENDS, "database")  # noqa: F405
TASKS = {"default": {"BACKEND": TASK_BACKENDS[TASKS_BACKEND]}}  # noqa: F405

STORAGES = {
    **STORAGES,  # noqa: F405
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
# Uploads and signed PDFs on this machine's disk (MEDIA_ROOT, PRIVATE_ROOT), or, for more than
# one application server, in S3-compatible object storage (see object_storage.py).
STORAGE_BACKEND = env_choice("STORAGE_BACKEND", ("filesystem", "s3"), "filesystem")
if STORAGE_BACKEND == "s3":
    STORAGES = {**STORAGES, **s3_storages()}
    # Images are shown from the bucket's address, on the site and in the admin.
    for _policy in (CONTENT_SECURITY_POLICY, CONTENT_SECURITY_POLICY_WAGTAILADMIN):  # noqa: F405
        _directives = _policy["DIRECTIVES"]
        _directives["img-src"] = [*_directives["img-src"], public_media_origin()]

# Documents always go through Wagtail's view, which checks their collection's privacy; from
# object storage too (Wagtail would otherwise redirect to the file's address in the bucket).
WAGTAILDOCS_SERVE_METHOD = "serve_view"
# After a permission check, a private file is sent by nginx rather than streamed by a
# gunicorn worker when this names nginx's internal location, "/_protected/" in
# deploy/nginx/integrity.conf. Off (empty) by default: without that location the answer
# would be empty. Files in object storage are streamed whatever it says.
PRIVATE_FILES_ACCEL_REDIRECT = env_str("PRIVATE_FILES_ACCEL_REDIRECT", "")
# Wagtail sends documents through this (wagtail.utils.sendfile); it streams them itself when
# the setting above is off.
SENDFILE_BACKEND = "integrity_common.private_files"

# A connection kept open per worker instead of one opened for every request: the phones'
# poll in a full room more than doubled its throughput with it (see README, benchmarks).
# Checked before reuse, so a restarted database costs one failed check, not a 500.
DATABASES["default"]["CONN_MAX_AGE"] = env_int("DATABASE_CONN_MAX_AGE", 60)  # noqa: F405
DATABASES["default"]["CONN_HEALTH_CHECKS"] = True  # noqa: F405

# With the shared cache, a signed-in visitor's session is read from Redis, not the database
# (written through to the database, so a Redis restart signs nobody out).
if REDIS_URL:  # noqa: F405
    SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"
