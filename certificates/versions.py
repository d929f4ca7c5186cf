"""Recording versions of the code as they are published, and asking which one is current."""

from django.conf import settings
from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from .models import CodeVersion, CodeVersionText, EthicsCodePage
from .models.code import Change, checksum
from .signals import version_published


@transaction.atomic
def record_version(page, user=None):
    """Freeze the published page's text as its version in its language.

    The first language published under a label creates the version (its effective date and
    kind of change); later languages add their text to it. EthicsCodePage.clean() has
    already refused a different text under a label that is published in this language.
    """
    version, _created = CodeVersion.objects.get_or_create(
        code_key=page.translation_key,
        label=page.version_label,
        defaults={
            "effective_date": page.effective_date,
            "change": page.change,
            "published_by": user,
        },
    )
    text = page.plain_text()
    _text, created = CodeVersionText.objects.get_or_create(
        version=version,
        language=page.locale.language_code,
        defaults={"text": text, "checksum": checksum(text), "page": page},
    )
    if created:
        transaction.on_commit(
            lambda: version_published.send(
                sender=CodeVersion, version=version, language=page.locale.language_code
            )
        )
    return version


def _published(on=None):
    """Every (version, language) published, with what ordering needs: one query; the table
    holds a few rows a year."""
    texts = CodeVersionText.objects.values(
        "version_id",
        "language",
        "version__code_key",
        "version__change",
        "version__effective_date",
        "version__published_at",
    )
    if on is not None:
        texts = texts.filter(version__effective_date__lte=on)
    return list(texts)


def _order(row):
    return (row["version__effective_date"], row["version__published_at"])


def version_in_force(language, on=None):
    """The version people who read `language` acknowledge: the latest one in effect (on
    `on`, default today) whose text in that language is published. A version published in
    other languages only does not yet reach them (see the README's "Versions per
    language"). None while there is none."""
    on = on or timezone.localdate()
    rows = [row for row in _published(on) if row["language"] == language]
    if not rows:
        return None
    return CodeVersion.objects.get(pk=max(rows, key=_order)["version_id"])


def text_in_force(language, on=None):
    """The frozen text of version_in_force(language), or None."""
    version = version_in_force(language, on)
    if version is None:
        return None
    return version.texts.select_related("version", "page").get(language=language)


def current_version(code_key=None):
    """The latest version in effect in any language: what the admin calls current."""
    versions = CodeVersion.objects.filter(effective_date__lte=timezone.localdate())
    if code_key is not None:
        versions = versions.filter(code_key=code_key)
    return versions.order_by("-effective_date", "-published_at").first()


def current_pairs(on=None):
    """(version id, language) of the acknowledgements that are current (on `on`, default
    today): no material version of the same code, in effect and published in that
    language, came after them (on the same day: published after them). A new version
    published in Dutch only leaves French acknowledgements current until the French text is
    published."""
    rows = _published(on or timezone.localdate())
    return {
        (row["version_id"], row["language"])
        for row in rows
        if not any(
            other["version__code_key"] == row["version__code_key"]
            and other["language"] == row["language"]
            and other["version__change"] == Change.MATERIAL
            and _order(other) > _order(row)
            for other in rows
        )
    }


def current_filter(prefix="", on=None):
    """A Q that keeps acknowledgements (reached through `prefix`) of a (version, language)
    current on `on` (default today): for querysets and annotations."""
    by_language = {}
    for version_id, language in current_pairs(on):
        by_language.setdefault(language, []).append(version_id)
    condition = Q(pk__in=[])
    for language, version_ids in by_language.items():
        condition |= Q(**{f"{prefix}language": language, f"{prefix}version_id__in": version_ids})
    return condition


def is_current(version_id, language):
    return (version_id, language) in current_pairs()


def published_languages(on=None):
    """(code, name) of the languages some version in effect is published in."""
    published = {row["language"] for row in _published(on or timezone.localdate())}
    return [(code, name) for code, name in settings.LANGUAGES if code in published]


def update_in_translation(language, on=None):
    """A newer material version in effect in other languages but not yet in `language`:
    its readers keep their acknowledgement meanwhile, and may choose to read and sign it in
    another language. None when there is none. Returns the version with `languages`, the
    (code, name) pairs it is published in."""
    rows = _published(on or timezone.localdate())
    own = [row for row in rows if row["language"] == language]
    newest_own = max(map(_order, own), default=None)
    newer = [
        row
        for row in rows
        if row["version__change"] == Change.MATERIAL
        and (newest_own is None or _order(row) > newest_own)
        and row["language"] != language
    ]
    if not own or not newer:
        return None
    latest = max(newer, key=_order)
    version = CodeVersion.objects.get(pk=latest["version_id"])
    version.languages, _missing = languages_of(version)
    return version


def languages_of(version):
    """(published, missing): the languages a version is published in and those it is not
    yet, as (code, name) pairs in the order of LANGUAGES."""
    published = set(version.texts.values_list("language", flat=True))
    return (
        [(code, name) for code, name in settings.LANGUAGES if code in published],
        [(code, name) for code, name in settings.LANGUAGES if code not in published],
    )


def on_page_published(sender, instance, revision=None, **kwargs):
    if isinstance(instance, EthicsCodePage):
        record_version(instance, user=getattr(revision, "user", None))
