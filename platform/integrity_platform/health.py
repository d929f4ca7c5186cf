"""/health/ for load balancers and uptime checks: can the database serve a real query?

It is answered by a middleware at the top of the stack, before anything else reads the
database: with a session cookie, the session and authentication middleware would ask the
database for the user and fail with a 500 instead of the 503 a load balancer understands.
Being first, it also answers a probe that asks by the server's own address, over plain
HTTP, before host validation and the HTTPS redirect.
"""

from django.db import DatabaseError
from django.http import JsonResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe
from wagtail.models import Page

HEALTH_PATHS = ("/health/", "/health")  # no URL route: only this middleware answers it


def database_answers():
    # `SELECT 1` succeeds even on a corrupt SQLite file, which reads no table: ask for the
    # root of the page tree, which every page of the site is served from.
    try:
        Page.objects.filter(depth=1).exists()
    except DatabaseError:
        return False
    return True


@never_cache
@require_safe
def health(request):
    if not database_answers():
        return JsonResponse({"status": "unavailable", "database": "unavailable"}, status=503)
    return JsonResponse({"status": "ok", "database": "ok"})


class HealthCheckMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path_info in HEALTH_PATHS:
            return health(request)
        return self.get_response(request)
