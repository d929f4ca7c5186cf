"""Who is asking: the client's address, for rate limits and lockouts.

Behind gunicorn and a reverse proxy REMOTE_ADDR is the proxy, so every visitor would
share one address and one limit. Each trusted proxy appends the address it received the
request from to X-Forwarded-For; what a client writes there itself is its own word. So
the client is the address `ALLAUTH_TRUSTED_PROXY_COUNT` hops from the right, and with no
trusted proxy (the default) the header is ignored. allauth's login limits read the same
setting (settings: TRUSTED_PROXY_COUNT in the environment), so every limit counts the
same client."""

import ipaddress

from django.conf import settings


def trusted_proxy_count():
    return int(getattr(settings, "ALLAUTH_TRUSTED_PROXY_COUNT", 0) or 0)


def _valid(address):
    try:
        return str(ipaddress.ip_address(address.strip()))
    except ValueError:
        return None


def client_ip(request):
    """The address of the client behind our trusted proxies ("" when unknown)."""
    count = trusted_proxy_count()
    forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
    if count > 0 and forwarded:
        hops = forwarded.split(",")
        # Fewer hops than proxies: the request skipped an outer proxy, and the leftmost
        # entry was still written by one of ours.
        address = _valid(hops[-min(count, len(hops))])
        if address:
            return address
    return request.META.get("REMOTE_ADDR", "")
