"""Titles of pages in the reader's language, for lists of records that point at pages.

Records (a course completed, a dilemma practised) point at the page in the site's main
language, the canonical one; Wagtail keeps a page's translations under the same
translation_key. A list that shows `record.course.title` shows the Dutch title to a French
reader. `title_in_language("course")` is a query expression for the title of the live
translation in the reader's language (or the page's own title where there is none): one
subquery in the list's own query, so a list of records costs the same number of queries
however many rows it shows.
"""

from django.db.models import F, OuterRef, Subquery
from django.db.models.functions import Coalesce
from django.utils.translation import get_language


def title_in_language(page_field=None, language=None):
    """For a queryset whose rows point at a page through `page_field` ("course",
    "dilemma"), or of pages (no `page_field`): the title of that page's live translation
    in `language` (by default the active one), else the page's own title."""
    from wagtail.models import Page

    prefix = f"{page_field}__" if page_field else ""
    translated = Page.objects.filter(
        translation_key=OuterRef(f"{prefix}translation_key"),
        locale__language_code=language or get_language(),
        live=True,
    ).values("title")[:1]
    return Coalesce(Subquery(translated), F(f"{prefix}title"))


def titles_in_language(pages, language=None):
    """{translation_key: title} for `pages` (instances) in `language` (by default the
    active one), where a live translation exists: one query, none for no pages."""
    from wagtail.models import Page

    keys = {page.translation_key for page in pages}
    if not keys:
        return {}
    return dict(
        Page.objects.filter(
            translation_key__in=keys,
            locale__language_code=language or get_language(),
            live=True,
        ).values_list("translation_key", "title")
    )
