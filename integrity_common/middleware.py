"""Middleware every plugin can count on: the request being served, for code that builds
links far from the view (a PDF rendered while issuing, an email sent when the transaction
commits) when SITE_URL is not set; and the Wagtail site of the request, from the page cache."""

from contextvars import ContextVar

from django.core.exceptions import DisallowedHost
from django.http.request import split_domain_port

from .page_cache import cached

_current_request = ContextVar("integrity_common_current_request", default=None)


def current_request():
    """The request this thread or task is serving, or None (a management command)."""
    return _current_request.get()


class CurrentRequestMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        token = _current_request.set(request)
        try:
            return self.get_response(request)
        finally:
            _current_request.reset(token)


class CachedSiteMiddleware:
    """Wagtail looks the request's site up in the database on every request that needs it
    (a query with a ranking of hostnames and ports: about a third of the cost of a small
    page such as the live session's join form). Sites change rarely, and saving or deleting
    one renews the page cache, so the answer for a host and port is kept there. Wagtail reads
    it from `request._wagtail_site`, where `Site.find_for_request` keeps its own answer.

    Likewise the sites' root paths, which every page address is built from: Wagtail keeps
    them in the shared cache and reads them once a request (`_wagtail_cached_site_root_paths`
    is where it keeps that read); from the page cache, which any change to sites or pages
    renews, they come from this process's copy."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        from wagtail.models import Site

        try:
            host = request.get_host()
        except DisallowedHost:
            # Refused further down (CommonMiddleware answers 400); made-up hosts must not
            # fill the cache.
            return self.get_response(request)
        request._wagtail_site = cached(
            "site",
            split_domain_port(host)[0],
            request.get_port(),
            build=lambda: Site._find_for_request(request),
        )
        request._wagtail_cached_site_root_paths = cached(
            "site-root-paths", build=Site.get_site_root_paths
        )
        return self.get_response(request)
