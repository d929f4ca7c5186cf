"""Whether each translated page still follows its Dutch source.

Content is written in the default language (Dutch) and translated page by page (Wagtail's
simple_translation). A translation follows the source revision recorded in its
TranslationSync: it is *up to date* while that is still the source's live revision, and
*out of date* once an editor publishes a change to the source. Publishing the translation
brings it up to date again; so does a translator's "Mark as up to date" when the change
needed no new wording. A source that has never been edited (no live revision: the demo's
pages, created as published) has nothing to fall behind.
"""

from django.db.models import Case, Exists, F, OuterRef, Q, Subquery, Value, When
from wagtail.models import Page

from integrity_common.page_cache import default_locale

from .models import TranslationSync

UP_TO_DATE = "up_to_date"
OUT_OF_DATE = "out_of_date"


def source_of(page):
    """The page in the default language this page translates, or None (it is a source)."""
    default = default_locale()
    if page.locale_id == default.pk:
        return None
    return Page.objects.filter(translation_key=page.translation_key, locale=default).first()


def follow(page, source, user=None):
    """Record that `page` now follows `source` as published."""
    TranslationSync.objects.update_or_create(
        page=page, defaults={"source_revision_id": source.live_revision_id, "marked_by": user}
    )


def follow_all_sources():
    """Every translation follows its source as it is now (the demo, and existing content
    when this status was introduced)."""
    for page in with_status(translations()).filter(status=OUT_OF_DATE):
        TranslationSync.objects.update_or_create(
            page_id=page.pk, defaults={"source_revision_id": page.source_revision}
        )


def on_page_published(sender, instance, revision=None, **kwargs):
    """A published translation is brought up to date by its translator."""
    source = source_of(instance)
    if source is not None:
        follow(instance, source, getattr(revision, "user", None))


def on_translation_copied(sender, source_obj, target_obj, **kwargs):
    """A new translation starts as a copy of its source as published."""
    source = source_of(target_obj) if isinstance(target_obj, Page) else None
    if source is not None:
        follow(target_obj, source)


def translations():
    """Every page outside the default language that translates a page of it."""
    default = default_locale()
    sources = Page.objects.filter(translation_key=OuterRef("translation_key"), locale=default)
    return Page.objects.exclude(locale=default).filter(depth__gt=1).filter(Exists(sources))


def with_status(pages):
    """`pages` (translations) annotated with `source_id`, `source_revision` (the source's
    live revision), `followed_revision` and `status`, in the same query."""
    source = Page.objects.filter(
        translation_key=OuterRef("translation_key"), locale=default_locale()
    )
    return pages.annotate(
        source_id=Subquery(source.values("pk")[:1]),
        source_revision=Subquery(source.values("live_revision_id")[:1]),
        followed_revision=F("translation_sync__source_revision_id"),
    ).annotate(
        status=Case(
            When(
                Q(source_revision__isnull=True) | Q(source_revision=F("followed_revision")),
                then=Value(UP_TO_DATE),
            ),
            default=Value(OUT_OF_DATE),
        )
    )


def status_of(page):
    """{status, followed_revision, source_revision, source_id} of a translation, in one
    query; None for a page in the default language."""
    if page.locale_id == default_locale().pk:
        return None
    rows = with_status(Page.objects.filter(pk=page.pk).exclude(locale=default_locale()))
    return rows.values("status", "followed_revision", "source_revision", "source_id").first()
