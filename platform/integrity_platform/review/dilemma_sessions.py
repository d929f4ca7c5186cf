"""A live dilemma session can be (part of) an organisation's annual review session: its
facilitator links the two, and members of that organisation who join are recorded as
having attended, as if they had checked in with the code."""

from datetime import timedelta

from django.utils import timezone

from integrity_common.dates import date_format
from integrity_platform.people.scoping import active_member

from .models import Attendance, ReviewSession
from .scoping import sessions_for

PREFIX = "review-session:"
# Review sessions offered to link: from yesterday to two months ahead.
OFFERED_FROM = timedelta(days=1)
OFFERED_UNTIL = timedelta(days=60)


def review_sessions_for(user):
    """(reference, label) of the review sessions `user` may run, around now."""
    now = timezone.now()
    sessions = (
        sessions_for(user)
        .filter(starts_at__range=(now - OFFERED_FROM, now + OFFERED_UNTIL))
        .select_related("cycle__organisation")
        .order_by("starts_at")[:50]
    )
    return [
        (
            f"{PREFIX}{session.pk}",
            f"{session.cycle.organisation} · "
            f"{date_format(timezone.localtime(session.starts_at), 'DATETIME_FORMAT')}",
        )
        for session in sessions
    ]


def record_attendance(user, counts_for):
    """Record a member who joined a linked live session; anyone else is left out (a guest
    from another organisation does not attend this organisation's review)."""
    if not counts_for.startswith(PREFIX) or not counts_for[len(PREFIX) :].isdigit():
        return None
    member = active_member(user)
    session = ReviewSession.objects.filter(pk=int(counts_for[len(PREFIX) :])).first()
    if member is None or session is None:
        return None
    if member.organisation_id != session.cycle.organisation_id:
        return None
    attendance, _created = Attendance.objects.get_or_create(
        session=session, member=member, defaults={"how": Attendance.How.DILEMMAS}
    )
    return attendance
