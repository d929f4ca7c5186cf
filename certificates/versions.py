"""Recording versions of the code as they are published, and asking which one is current."""

from django.db import transaction

from .models import CodeVersion, CodeVersionText, EthicsCodePage
from .models.code import Change, checksum


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
    CodeVersionText.objects.get_or_create(
        version=version,
        language=page.locale.language_code,
        defaults={"text": text, "checksum": checksum(text), "page": page},
    )
    return version


def current_version(code_key=None):
    """The version in force: the latest effective one of the (only) code."""
    versions = CodeVersion.objects.all()
    if code_key is not None:
        versions = versions.filter(code_key=code_key)
    return versions.order_by("-effective_date", "-published_at").first()


def current_version_ids():
    """Ids of the versions whose acknowledgements are still current: those with no material
    version of the same code taking effect after them (on the same day: published after
    them). One query; the table is small."""
    versions = list(
        CodeVersion.objects.values("pk", "code_key", "change", "effective_date", "published_at")
    )

    def order(version):
        return (version["effective_date"], version["published_at"])

    return {
        version["pk"]
        for version in versions
        if not any(
            other["code_key"] == version["code_key"]
            and other["change"] == Change.MATERIAL
            and order(other) > order(version)
            for other in versions
        )
    }


def is_superseded(version):
    return version.pk not in current_version_ids()


def on_page_published(sender, instance, revision=None, **kwargs):
    if isinstance(instance, EthicsCodePage):
        record_version(instance, user=getattr(revision, "user", None))
