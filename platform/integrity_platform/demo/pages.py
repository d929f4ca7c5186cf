"""Creating demo pages in four languages without touching pages that already exist."""

from django.utils import timezone
from wagtail.models import Page
from wagtail.rich_text import RichText

LANGUAGE_CODES = ("nl", "fr", "en", "es")


def ensure_page(parent, model, fields_for, locales, **common):
    """The Dutch page under `parent` and its translations under the parent's translations.

    `fields_for(language)` returns the page's fields in that language (title and slug
    included). Translations are built directly, with the same translation_key, rather than
    copied and renamed, which would leave redirects behind. Pages are created live, as
    published; an editor's first change starts their revision history.
    """
    common = {"first_published_at": timezone.now(), "last_published_at": timezone.now(), **common}
    page = (
        model.objects.child_of(parent)
        .filter(locale=locales["nl"], slug=fields_for("nl")["slug"])
        .first()
    )
    if page is None:
        page = parent.add_child(instance=model(locale=locales["nl"], **common, **fields_for("nl")))
    for code in LANGUAGE_CODES[1:]:
        if page.get_translation_or_none(locales[code]) is not None:
            continue
        translated_parent = parent.get_translation_or_none(locales[code]) or parent
        translation = model(
            locale=locales[code],
            translation_key=page.translation_key,
            **common,
            **fields_for(code),
        )
        translated_parent.add_child(instance=translation)
    return page


def content_fields(texts):
    """Fields of a host content page (home, standard page) from content/pages/ (data.page)."""

    def fields_for(language):
        text = texts[language]
        return {
            "title": text["title"],
            "slug": text["slug"],
            "intro": text["intro"],
            "body": [
                (kind, RichText(value) if kind == "paragraph" else value)
                for kind, value in text["body"]
            ],
        }

    return fields_for


def root_page(locale):
    """Wagtail's migrations create the tree's root; a flushed database lacks it."""
    return Page.get_first_root_node() or Page.add_root(instance=Page(title="Root", locale=locale))
