"""Rate limits for every plugin and the host, counted by django-ratelimit in the shared cache
(Redis in production, so a limit holds across workers and instances).

A limit is written as allauth writes its own (ACCOUNT_RATE_LIMITS): "30/m/ip" is thirty a
minute from one client address, "10/10m/key" ten in ten minutes per key the caller names (a
phone, a person), "3/d/user" three a day per signed-in person. Periods are s, m, h and d,
with an optional multiplier. Each plugin keeps its limits in a RATE_LIMITS app setting, so a
site changes them without touching code. The address is `clients.client_ip`, which honours
TRUSTED_PROXY_COUNT, so these limits and allauth's count the same client.
"""

import re

from django.core.exceptions import ImproperlyConfigured
from django_ratelimit.core import get_usage

from .clients import client_ip

RATE = re.compile(r"^(?P<amount>\d+)/(?P<period>\d*[smhd])/(?P<per>ip|key|user)$")


def parse(rate):
    """("10/10m", "key") from "10/10m/key"; a malformed rate is a configuration error."""
    match = RATE.match(rate.strip())
    if not match:
        raise ImproperlyConfigured(f"Not a rate limit like '30/m/ip': {rate!r}")
    return f"{match['amount']}/{match['period']}", match["per"]


def _usage(request, action, rate, key, count):
    limit, per = parse(rate)
    if per == "ip":
        value = client_ip(request)
    elif per == "user":
        value = str(request.user.pk)
    elif key is None:
        raise ImproperlyConfigured(f"The rate {rate!r} of {action} counts per key: give one.")
    else:
        value = str(key)
    return get_usage(
        request, group=action, key=lambda _group, _request: value, rate=limit, increment=count
    )


def exceeded(request, action, rate, key=None):
    """Whether `rate` is already used up for this request's address, person or `key`,
    without counting this request (to refuse before doing any work)."""
    usage = _usage(request, action, rate, key, count=False)
    return usage is not None and usage["count"] >= usage["limit"]


def allow(request, action, rate, key=None):
    """Count this request; False once `rate` is used up."""
    usage = _usage(request, action, rate, key, count=True)
    return usage is None or not usage["should_limit"]
