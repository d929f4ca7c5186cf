"""Absolute addresses on this site, for everything read away from it: QR codes and links in
signed PDFs (which are never regenerated), emails, calendar files, feeds, Open Graph tags,
the newsletter, the projected join code of a live session.

One setting, SITE_URL (for example https://integrity.example.org), is the public address.
A request is a poor source in production: behind a proxy its host and scheme are what the
proxy says, and a background job has no request at all. Without SITE_URL (development), the
address is the one of the request being served (passed in, or lent by
CurrentRequestMiddleware), so links work from another machine on the network too; with no
request either, development falls back to runserver's address. Production without SITE_URL
is refused by `check --deploy` (checks.py); should it run anyway, links follow the request
and, outside one, ImproperlyConfigured is raised rather than a link to nowhere made up.
"""

from urllib.parse import urlsplit

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured

from .middleware import current_request

DEVELOPMENT_URL = "http://127.0.0.1:8000"


def site_url(request=None):
    """The public base URL, without a trailing slash."""
    configured = (getattr(settings, "SITE_URL", "") or "").rstrip("/")
    if configured:
        return configured
    request = request if request is not None else current_request()
    if request is not None:
        return f"{request.scheme}://{request.get_host()}"
    if settings.DEBUG:
        return DEVELOPMENT_URL
    # Better to stop here than to send or freeze a link that leads nowhere.
    raise ImproperlyConfigured(
        "SITE_URL is not set: absolute links cannot be built outside a request. "
        "Set SITE_URL to the public address, e.g. https://integrity.example.org."
    )


def absolute_url(path, request=None):
    """`path` (from reverse() or a page's URL, starting with /) as a full address."""
    if urlsplit(path).scheme:
        return path  # already absolute (an image on a CDN, say)
    return site_url(request) + "/" + path.lstrip("/")


def site_host(request=None):
    """The host name of the public address, e.g. for an iCalendar UID (uid@host)."""
    return urlsplit(site_url(request)).hostname
