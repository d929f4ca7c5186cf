"""Public questions other apps ask the certificates plugin (the annual review among them).

An acknowledgement is current when it is not revoked and no material version of the code
took effect after the version it acknowledges.
"""

from django.contrib.contenttypes.models import ContentType
from django.db.models import Count
from django.utils.text import capfirst
from wagtail.models import Locale

from .models import Acknowledgement, CodeValue, EthicsCodePage
from .versions import current_version_ids


def _current(issued_between=None):
    acknowledgements = Acknowledgement.objects.filter(
        revoked_at__isnull=True, version_id__in=current_version_ids()
    )
    if issued_between is not None:
        start, end = issued_between
        acknowledgements = acknowledgements.filter(issued_at__date__range=(start, end))
    return acknowledgements


def current_acknowledgement(user, issued_between=None):
    """The person's current acknowledgement (the latest), optionally issued between two
    dates (inclusive), or None."""
    return _current(issued_between).filter(user=user).order_by("-issued_at").first()


def holders_of_current_acknowledgement(users, issued_between=None):
    """Of these users, the ids of those holding a current acknowledgement: for lists of
    members, in a constant number of queries."""
    return set(_current(issued_between).filter(user__in=users).values_list("user_id", flat=True))


def status_of(acknowledgement):
    """valid, superseded or revoked, as the verification page shows it."""
    if acknowledgement.revoked_at:
        return "revoked"
    if acknowledgement.version_id not in current_version_ids():
        return "superseded"
    return "valid"


def values_of_the_code(language):
    """The code's values in a language (the default language where not translated), in
    their order: for agendas and tags elsewhere."""
    values = CodeValue.objects.filter(locale__language_code=language)
    if not values.exists():
        values = CodeValue.objects.filter(locale=Locale.get_default())
    return values.order_by("sort_order")


def acknowledgements_of(user):
    """A person's acknowledgements, newest first, with their status: for their record."""
    acknowledgements = list(
        Acknowledgement.objects.filter(user=user).select_related("version", "polymorphic_ctype")
    )
    for acknowledgement in acknowledgements:
        acknowledgement.status = status_of(acknowledgement)
    return acknowledgements


def issued_counts(between):
    """How many acknowledgements of each kind were issued between two dates (revoked ones
    left out): (kind label, count)."""
    rows = (
        Acknowledgement.objects.filter(issued_at__date__range=between, revoked_at__isnull=True)
        .values_list("polymorphic_ctype")
        .annotate(n=Count("pk"))
    )
    counts = [
        (capfirst(ContentType.objects.get_for_id(ctype).model_class()._meta.verbose_name), n)
        for ctype, n in rows
    ]
    return sorted(counts, key=lambda item: str(item[0]))


def values_with_rules(language, keys):
    """The code's values with these keys, in a language (the default language where not
    translated), in their order, each with `rules` from the published ethics code: for
    content that cites what the code says."""
    pages = EthicsCodePage.objects.live()
    page = (
        pages.filter(locale__language_code=language).first()
        or pages.filter(locale=Locale.get_default()).first()
    )
    rules = (
        {block.value["value"].key: list(block.value["rules"]) for block in page.values}
        if page is not None
        else {}
    )
    values = [value for value in values_of_the_code(language) if value.key in keys]
    for value in values:
        value.rules = rules.get(value.key, [])
    return values
