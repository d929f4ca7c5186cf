from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils.translation import get_language_info
from wagtail.models import Page

from integrity_platform.middleware import UNPREFIXED_PATHS

register = template.Library()


@register.simple_tag(takes_context=True)
def language_versions(context):
    """One entry per site language: where this same page lives in that language.

    For a Wagtail page that is its translation (or that language's home page when the
    page is not translated yet); for any other view, the same URL with another prefix, or
    with ?lang= where the URL has no prefix (the verification pages).
    """
    request = context["request"]
    page = context.get("page") if isinstance(context.get("page"), Page) else None
    translations = {}
    home_pages = {}
    if page is not None:
        translations = {
            p.locale.language_code: p
            for p in page.get_translations(inclusive=True).live().select_related("locale")
        }
        root = page.get_site().root_page if page.get_site() else None
        if root is not None:
            home_pages = {
                p.locale.language_code: p
                for p in root.get_translations(inclusive=True).live().select_related("locale")
            }
    versions = []
    for code, _name in settings.LANGUAGES:
        if page is not None:
            target = translations.get(code) or home_pages.get(code)
            url = target.get_url(request) if target else translate_url("/", code)
        elif request.path_info.startswith(UNPREFIXED_PATHS):
            query = request.GET.copy()
            query["lang"] = code
            url = f"{request.path}?{query.urlencode()}"
        else:
            url = translate_url(request.get_full_path(), code)
        info = get_language_info(code)
        versions.append(
            {
                "code": code,
                "name_local": info["name_local"],
                "url": url,
                "is_translation": page is None or code in translations,
            }
        )
    return versions
