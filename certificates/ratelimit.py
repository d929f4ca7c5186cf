"""A small fixed-window rate limit on the shared cache, for the public verification pages
(a shared cache such as Redis makes it hold across workers)."""

import time

from django.conf import settings
from django.core.cache import cache


def client_address(request):
    # Behind the production proxy (SECURE_PROXY_SSL_HEADER set) REMOTE_ADDR is the proxy,
    # which appends the client as the last forwarded address. Without a proxy the header
    # is the client's own word, so it is ignored.
    if getattr(settings, "SECURE_PROXY_SSL_HEADER", None):
        forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")[-1].strip()
        if forwarded:
            return forwarded
    return request.META.get("REMOTE_ADDR", "")


def _key(request, action, window_seconds):
    window = int(time.time() // window_seconds)
    return f"ratelimit:{action}:{client_address(request)}:{window}"


def exceeded(request, action, limit, window_seconds=60):
    """Whether this address already used up `limit` this window, without counting."""
    return cache.get(_key(request, action, window_seconds), 0) >= limit


def allow(request, action, limit, window_seconds=60):
    """Count this request; False once `limit` requests came from its address this window."""
    key = _key(request, action, window_seconds)
    if cache.add(key, 1, timeout=window_seconds):
        return True
    try:
        return cache.incr(key) <= limit
    except ValueError:  # expired between add and incr
        return cache.add(key, 1, timeout=window_seconds) or True
