"""A small fixed-window rate limit on the shared cache, for the public verification pages
(a shared cache such as Redis makes it hold across workers)."""

import time

from django.core.cache import cache

from integrity_common.clients import client_ip


def _key(request, action, window_seconds, who):
    window = int(time.time() // window_seconds)
    return f"ratelimit:{action}:{who or client_ip(request)}:{window}"


def exceeded(request, action, limit, window_seconds=60, who=None):
    """Whether this address (or `who`, e.g. a signed-in person) already used up `limit`
    this window, without counting."""
    return cache.get(_key(request, action, window_seconds, who), 0) >= limit


def allow(request, action, limit, window_seconds=60, who=None):
    """Count this request; False once `limit` requests came from its address (or `who`)
    this window."""
    key = _key(request, action, window_seconds, who)
    if cache.add(key, 1, timeout=window_seconds):
        return True
    try:
        return cache.incr(key) <= limit
    except ValueError:  # expired between add and incr
        return cache.add(key, 1, timeout=window_seconds) or True
