from django.middleware.locale import LocaleMiddleware as DjangoLocaleMiddleware

# URLs outside i18n_patterns (see urls.py).
UNPREFIXED_PATHS = ("/admin/", "/documents/", "/health/", "/static/", "/media/", "/verify/")


class LocaleMiddleware(DjangoLocaleMiddleware):
    """Django's LocaleMiddleware turns a 404 into a redirect to the same path with a
    language prefix whenever that path resolves. Wagtail's catch-all page route resolves
    every path, so a missing admin object (/admin/members/edit/999/) would be "redirected"
    to /nl/admin/members/edit/999/. Paths that never carry a prefix keep their 404."""

    def process_response(self, request, response):
        if request.path_info.startswith(UNPREFIXED_PATHS):
            return response
        return super().process_response(request, response)
