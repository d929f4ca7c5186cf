from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils.translation import get_language_info
from wagtail.models import Page, Site

from integrity_common.page_cache import cached, language_of
from integrity_platform.middleware import unprefixed_paths

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
    if page is not None:
        site = Site.find_for_request(request)
        targets = cached(
            "versions", page.pk, site.pk if site else "", build=lambda: _translations(page, request)
        )
        # A routable page's sub-page (a guide step, an answer) keeps its place: the part of
        # the path after the page's own address, named in each language where the page
        # names its steps per language (translate_sub_path).
        here = targets["here"]
        rest = request.path[len(here) :] if here and request.path.startswith(here) else ""
        rests = (
            cached("versions-steps", page.pk, rest, build=lambda: _translated_steps(page, rest))
            if rest and hasattr(page, "translate_sub_path")
            else {}
        )
    versions = []
    for code, _name in settings.LANGUAGES:
        is_translation = True
        if page is not None:
            url, is_translation = targets["languages"][code]
            if is_translation:
                url += rests.get(code, rest)
        elif request.path_info.startswith(unprefixed_paths()):
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
                "is_translation": is_translation,
            }
        )
    return versions


def _translated_steps(page, rest):
    """{language: the steps `rest` of `page` as its translation in that language names them}."""
    return {
        translation.locale.language_code: page.translate_sub_path(rest, translation)
        for translation in page.get_translations(inclusive=True)
        .live()
        .select_related("locale")
        .specific()
    }


def _translations(page, request):
    """{language: (URL of this page in it or of that language's home page, translated?)}."""
    translations = {
        p.locale.language_code: p
        for p in page.get_translations(inclusive=True).live().select_related("locale")
    }
    site = page.get_site()
    home_pages = {}
    if site is not None:
        home_pages = {
            p.locale.language_code: p
            for p in site.root_page.get_translations(inclusive=True).live().select_related("locale")
        }
    languages = {}
    for code, _name in settings.LANGUAGES:
        target = translations.get(code) or home_pages.get(code)
        url = target.get_url(request) if target else translate_url("/", code)
        languages[code] = (url, target is not None and code in translations)
    return {"here": page.get_url(request), "languages": languages}


@register.simple_tag(name="absolute_url", takes_context=True)
def absolute_url_tag(context, path):
    """`path` as a full address on the public site (SITE_URL; see integrity_common.links)."""
    from integrity_common.links import absolute_url

    return absolute_url(path, context.get("request"))


@register.inclusion_tag("includes/social_meta.html", takes_context=True)
def social_meta(context):
    """Open Graph and Twitter card tags for a page, every address absolute (a shared link
    is read on another site). A page may offer `share_description` and `share_image`."""
    from django.templatetags.static import static
    from django.utils.html import strip_tags
    from django.utils.text import Truncator

    from integrity_common.links import absolute_url

    request = context["request"]
    page = context.get("page") if isinstance(context.get("page"), Page) else None
    if page is None:
        return {}
    description = (
        getattr(page, "share_description", "")
        or page.search_description
        or strip_tags(str(getattr(page, "intro", "") or getattr(page, "summary", "")))
    )
    image = getattr(page, "share_image", None)
    image_url = image.get_rendition("fill-1200x630").url if image else static("img/share.png")
    return {
        "title": page.seo_title or page.title,
        "description": Truncator(" ".join(description.split())).chars(200),
        "url": absolute_url(page.get_url(request), request),
        "image": absolute_url(image_url, request),  # as is when already absolute
        "locale": language_of(page.locale_id),
    }
