"""Who took note of the code for a visit: the standing receipts of its due period.

The certificates plugin answers "who holds one" (queries.holders_for_period); the visit
page also shows the date and the verification code of each, and the lists count them per
visit, so these filter the plugin's standing acknowledgements further, in one query per
page and never one per delegate. Any kind of standing acknowledgement with the visit's period
counts: the period belongs to the visit alone.
"""

from django.db.models import CharField, Count, Exists, OuterRef, Subquery, Value
from django.db.models.functions import Cast, Coalesce, Concat

from certificates.queries import standing_acknowledgements as _standing

from .models import PERIOD_PREFIX


def period_of(visit_ref):
    """The due period of the visit whose pk `visit_ref` refers to, in SQL."""
    return Concat(Value(PERIOD_PREFIX), Cast(visit_ref, CharField()))


def noted_by(user_ref):
    """Exists(), on a queryset of visits: the person `user_ref` holds a standing receipt
    for the visit."""
    return Exists(_standing().filter(user=user_ref, period=period_of(OuterRef("pk"))))


def noted_count():
    """How many of the visit's delegates hold a standing receipt for it, as an annotation
    on a queryset of visits."""
    visit_ref = OuterRef("pk")
    receipts = (
        _standing()
        .filter(period=period_of(visit_ref), user__member__delegations__visit=visit_ref)
        .order_by()
        .values("period")
        .annotate(n=Count("user", distinct=True))
        .values("n")
    )
    return Coalesce(Subquery(receipts), 0)


def receipts_for(visit):
    """{user id: (acknowledged on, verification code)} of the visit's delegates who took
    note: one query."""
    rows = (
        _standing()
        .filter(period=visit.period, user__member__delegations__visit=visit)
        .order_by("issued_at")
        .values_list("user_id", "acknowledged_on", "verification_code")
    )
    return {user_id: (day, code) for user_id, day, code in rows}
