"""The site's URLs plus two yardsticks for `manage.py benchmark`: the cheapest answer Django
gives, and a JSON answer with one indexed query, the peer of the phones' poll. Both pass
through the same middleware as every other page. Served only under settings.benchmark."""

from django.http import HttpResponse, JsonResponse
from django.urls import path
from wagtail.models import Page

from integrity_platform.urls import urlpatterns as site_urlpatterns


def bare(request):
    return HttpResponse("ok", content_type="text/plain")


def bare_json(request):
    return JsonResponse(Page.objects.filter(depth=1).values("id", "depth").first())


urlpatterns = [
    path("benchmark/bare/", bare),
    path("benchmark/json/", bare_json),
    *site_urlpatterns,
]
