"""Public questions other apps ask the certificates plugin (the annual review among them).

An acknowledgement is current when it is not revoked and no material version of the code
that took effect after the version it acknowledges is published in its language.
"""

from django.contrib.contenttypes.models import ContentType
from django.db.models import Count
from django.utils.text import capfirst

from integrity_common.page_cache import default_locale

from .models import Acknowledgement, CodeValue, CodeVersion, EthicsCodePage
from .models.acknowledgements import STATUS_LABELS
from .versions import current_filter, current_pairs, is_current


def _current(acknowledged_between=None, on=None):
    acknowledgements = Acknowledgement.objects.filter(
        current_filter(on=on), revoked_at__isnull=True
    )
    if acknowledged_between is not None:
        acknowledgements = acknowledgements.filter(acknowledged_on__range=acknowledged_between)
    return acknowledgements


def current_acknowledgement(user, acknowledged_between=None):
    """The person's current acknowledgement (the latest), optionally acknowledged between
    two dates (inclusive), or None."""
    return _current(acknowledged_between).filter(user=user).order_by("-issued_at").first()


def holders_of_current_acknowledgement(users, acknowledged_between=None, on=None):
    """Of these users, the ids of those holding an acknowledgement current on `on` (default
    today; a closed year asks about its last day): for lists of members, in a constant
    number of queries."""
    return set(
        _current(acknowledged_between, on).filter(user__in=users).values_list("user_id", flat=True)
    )


def standing_acknowledgements():
    """Acknowledgements not revoked, of any version and kind, as plain rows: for the host's
    lists per due period (who took note for a work visit), filtered and annotated there."""
    return Acknowledgement.objects.non_polymorphic().filter(revoked_at__isnull=True)


def holders_for_period(period, users=None):
    """The ids of the people holding a standing (not revoked) acknowledgement of any version
    for a due period, e.g. a work visit's: one query."""
    acknowledgements = standing_acknowledgements().filter(period=period)
    if users is not None:
        acknowledgements = acknowledgements.filter(user__in=users)
    return set(acknowledgements.values_list("user_id", flat=True))


def status_of(acknowledgement):
    """valid, superseded or revoked, as the verification page shows it. Superseded only
    when a newer material version is published in the acknowledgement's own language."""
    if acknowledgement.revoked_at:
        return "revoked"
    if not is_current(acknowledgement.version_id, acknowledgement.language):
        return "superseded"
    return "valid"


def values_of_the_code(language):
    """The code's values in a language (the default language where not translated), in
    their order: for agendas and tags elsewhere."""
    values = CodeValue.objects.filter(locale__language_code=language)
    if not values.exists():
        values = CodeValue.objects.filter(locale=default_locale())
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


def _published_code(language):
    """The live code page in a language, else in the default language, else None."""
    pages = EthicsCodePage.objects.live()
    return (
        pages.filter(locale__language_code=language).first()
        or pages.filter(locale=default_locale()).first()
    )


def _with_rules(values, page):
    rules = (
        {block.value["value"].key: list(block.value["rules"]) for block in page.values}
        if page is not None
        else {}
    )
    for value in values:
        value.rules = rules.get(value.key, [])
    return values


def values_with_rules(language, keys):
    """The code's values with these keys, in a language (the default language where not
    translated), in their order, each with `rules` from the published ethics code: for
    content that cites what the code says."""
    values = [value for value in values_of_the_code(language) if value.key in keys]
    return _with_rules(values, _published_code(language))


def code_with_rules(language):
    """The published ethics code in a language (the default language where not translated)
    and every one of its values, in their order, each with `rules`: for agendas that walk
    through the whole code. (page, values); the page (None while no code is published) gives
    the version label and the address of the code."""
    page = _published_code(language)
    return page, _with_rules(list(values_of_the_code(language)), page)


def personal_data(user):
    """Everything the plugin holds about a person, as plain data for their own copy of it
    (the right of access): every acknowledgement with all its details and status. The
    signed PDFs are the `pdf` files of the same acknowledgements. A constant number of
    queries, however many."""
    acknowledgements = list(Acknowledgement.objects.filter(user=user).order_by("issued_at"))
    versions = CodeVersion.objects.in_bulk({a.version_id for a in acknowledgements})
    current = current_pairs()  # status_of's rule, with the current versions read once
    data = []
    for acknowledgement in acknowledgements:
        if acknowledgement.revoked_at:
            status = "revoked"
        elif (acknowledgement.version_id, acknowledgement.language) in current:
            status = "valid"
        else:
            status = "superseded"
        fields = {
            field.name: field.value_from_object(acknowledgement)
            for field in acknowledgement._meta.concrete_fields
            if not field.is_relation and field.name not in ("id", "pdf")
        }
        data.append(
            {
                "kind": str(acknowledgement.kind_label),
                "version": versions[acknowledgement.version_id].label,
                "status": str(STATUS_LABELS[status]),
                "recorded_on_their_behalf": acknowledgement.recorded_by_id is not None,
                **fields,
            }
        )
    return data
