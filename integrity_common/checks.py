"""System checks for the shared services' settings."""

import ipaddress
from urllib.parse import urlsplit

from django.conf import settings
from django.core.checks import Error, Warning, register

EXAMPLE = "https://integrity.example.org"


def loopback(host):
    """Whether `host` names this machine: nobody else can follow a link to it."""
    host = (host or "").strip("[]").lower()
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        return False
    return address.is_loopback or address.is_unspecified


def site_url_errors(value):
    """What is wrong with `value` as the public address, as (id, message, hint)."""
    if not value:
        return [
            (
                "integrity_common.E001",
                "SITE_URL is not set: QR codes, signed PDFs, emails, calendar files and feeds "
                "need the public address of the site.",
                f"Set the SITE_URL environment variable, e.g. {EXAMPLE} "
                "(it replaces WAGTAILADMIN_BASE_URL).",
            )
        ]
    parts = urlsplit(value)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return [
            (
                "integrity_common.E002",
                f"SITE_URL {value!r} is not an http(s) address.",
                f"Give the scheme and the host name, e.g. {EXAMPLE}.",
            )
        ]
    errors = []
    if loopback(parts.hostname):
        errors.append(
            (
                "integrity_common.E003",
                f"SITE_URL {value!r} points to this machine ({parts.hostname}): every QR code, "
                "signed PDF and email would carry a link that works nowhere else, and signed "
                "PDFs are never regenerated.",
                f"Set SITE_URL to the address people use, e.g. {EXAMPLE}.",
            )
        )
    if parts.path.strip("/") or parts.query or parts.fragment:
        errors.append(
            (
                "integrity_common.E004",
                f"SITE_URL {value!r} has a path, query or fragment; links would be built wrong.",
                f"Give the scheme and the host name only, e.g. {EXAMPLE}.",
            )
        )
    return errors


@register(deploy=True)
def check_site_url(app_configs, **kwargs):
    """In production every absolute link is built from SITE_URL (integrity_common.links):
    a missing or local address must stop the deploy, not reach a PDF that is kept for
    years. Development derives links from the request and needs no SITE_URL."""
    if settings.DEBUG:
        return []
    value = (getattr(settings, "SITE_URL", "") or "").strip()
    return [
        Error(message, hint=hint, id=check_id) for check_id, message, hint in site_url_errors(value)
    ]


# Caches every worker and every machine of the site share. allauth's sign-in limits, our
# own limits and the used TOTP codes are counted in the default cache: in a per-process
# cache each gunicorn worker counts for itself, so limits multiply with the workers, and a
# TOTP code refused by one worker is accepted by the next.
SHARED_CACHE_BACKENDS = (
    "django.core.cache.backends.redis.",
    "django.core.cache.backends.memcached.",
    "django.core.cache.backends.db.",
    "django_redis.",
)


@register(deploy=True)
def check_shared_cache(app_configs, **kwargs):
    if settings.DEBUG:
        return []
    backend = settings.CACHES.get("default", {}).get("BACKEND", "")
    if backend.startswith(SHARED_CACHE_BACKENDS):
        return []
    return [
        Error(
            f"The default cache ({backend or 'none'}) is not shared between processes: "
            "sign-in rate limits and used two-step codes would be counted per worker.",
            hint="Set REDIS_URL (or configure Memcached or Django's database cache as the "
            "default cache).",
            id="integrity_common.E005",
        )
    ]


@register(deploy=True)
def check_trusted_proxy(app_configs, **kwargs):
    """SECURE_PROXY_SSL_HEADER says a proxy stands before the site; without a trusted proxy
    count every visitor has the proxy's address, and one visitor's failed sign-ins lock
    everyone out (integrity_common.clients)."""
    if settings.DEBUG or not getattr(settings, "SECURE_PROXY_SSL_HEADER", None):
        return []
    if getattr(settings, "ALLAUTH_TRUSTED_PROXY_COUNT", 0):
        return []
    return [
        Warning(
            "The site runs behind a proxy (SECURE_PROXY_SSL_HEADER) but trusts none: rate "
            "limits see the proxy's address as every visitor's.",
            hint="Set TRUSTED_PROXY_COUNT to the number of your proxies that append to "
            "X-Forwarded-For (usually 1).",
            id="integrity_common.W001",
        )
    ]


@register()
def check_mail_retry_delays(app_configs, **kwargs):
    """A typing slip here would surface only when the mail server is down, as a worker
    that crashes instead of keeping the email: fail at start-up instead."""
    from .app_settings import app_settings

    delays = app_settings.RETRY_DELAYS
    if isinstance(delays, (list, tuple)) and all(
        isinstance(delay, (int, float)) and not isinstance(delay, bool) and delay >= 0
        for delay in delays
    ):
        return []
    return [
        Error(
            f"MAIL_RETRY_DELAYS {delays!r} is not a list of seconds.",
            hint="Give the seconds to wait before each retry, e.g. [60, 300, 1800].",
            id="integrity_common.E006",
        )
    ]
