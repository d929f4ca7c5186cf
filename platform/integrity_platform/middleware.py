from django.conf import settings
from django.middleware.locale import LocaleMiddleware as DjangoLocaleMiddleware
from django.utils import translation

from certificates.app_settings import app_settings as certificates_settings
from dilemmas.app_settings import app_settings as dilemmas_settings

# The host's URLs outside i18n_patterns (see urls.py).
HOST_UNPREFIXED_PATHS = ("/admin/", "/documents/", "/health/", "/static/", "/media/", "/sso/")


def unprefixed_paths():
    """The host's unprefixed paths and those the plugins ask for in their settings."""
    plugins = (certificates_settings.VERIFY_PATH, dilemmas_settings.LIVE_PATH)
    return HOST_UNPREFIXED_PATHS + tuple(f"/{path.strip('/')}/" for path in plugins)


class LocaleMiddleware(DjangoLocaleMiddleware):
    """Django's LocaleMiddleware turns a 404 into a redirect to the same path with a
    language prefix whenever that path resolves. Wagtail's catch-all page route resolves
    every path, so a missing admin object (/admin/members/edit/999/) would be "redirected"
    to /nl/admin/members/edit/999/. Paths that never carry a prefix keep their 404.

    Those paths cannot name a language in their prefix (a printed QR code points to
    /verify/<code>/), so the language switcher gives them `?lang=nl` instead; the choice
    is kept in the language cookie for the pages that follow."""

    def process_request(self, request):
        super().process_request(request)
        language = chosen_language(request)
        if language:
            translation.activate(language)
            request.LANGUAGE_CODE = language

    def process_response(self, request, response):
        if request.path_info.startswith(unprefixed_paths()):
            language = chosen_language(request)
            if language:
                response.set_cookie(
                    settings.LANGUAGE_COOKIE_NAME,
                    language,
                    max_age=settings.LANGUAGE_COOKIE_AGE,
                    samesite="Lax",
                    secure=settings.SESSION_COOKIE_SECURE,
                )
            return response
        return super().process_response(request, response)


def chosen_language(request):
    """The language an unprefixed URL asks for with ?lang=, if it is one of ours."""
    if not request.path_info.startswith(unprefixed_paths()):
        return None
    language = request.GET.get("lang", "")
    return language if language in dict(settings.LANGUAGES) else None
