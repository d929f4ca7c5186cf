"""Wagtail's page view, with the walk from an address to its page remembered.

Wagtail finds a page by walking the tree from the site's root, a query or two per part of
the address (a lesson four levels down took eleven); the answer changes only when the tree
does. We remember, per site, language and path, which page the walk ended at and how much
of the path the walk used (integrity_common.page_cache, renewed whenever the tree changes),
and hand Wagtail the route, which it takes from `request._wagtail_route_for_request`. Our
page types come from the page cache too (integrity_common.kept_pages); any other page is
read fresh. The page's own `route()` still has the last word: it refuses an unpublished
page, and a routable page resolves the rest of the path (a guide step) as before.
"""

from django.contrib.contenttypes.models import ContentType
from django.http import Http404
from django.utils.translation import get_language
from wagtail import views as wagtail_views
from wagtail.models import Page, Site

from integrity_common import page_cache
from integrity_common.kept_pages import KeptPageMixin


def serve(request, path):
    site = Site.find_for_request(request)
    if site is not None:
        components = [part for part in path.split("/") if part]
        known, keep = page_cache.lookup("route", site.pk, get_language(), path)
        if known is not None:
            _follow(request, components, *known)
        else:
            route = Page.route_for_request(request, path)
            if route is not None:
                page = route[0]
                walked = page.depth - site.root_page.depth
                keep((page.content_type_id, page.pk, walked))
    return wagtail_views.serve(request, path)


def _follow(request, components, content_type_id, page_id, walked):
    model = ContentType.objects.get_for_id(content_type_id).model_class()
    if model is None:
        page = None
    elif issubclass(model, KeptPageMixin):
        page = model.kept(page_id)
    else:
        page = model.objects.filter(pk=page_id).first()
    try:
        route = page.route(request, components[walked:]) if page else None
    except Http404:
        route = None
    # Wagtail's serve() reads this instead of walking the tree again (404 when None).
    request._wagtail_route_for_request = route
