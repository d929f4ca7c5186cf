"""Checking in to a review session with its short code, from a phone."""

from datetime import timedelta

from django.core.cache import cache
from django.utils import timezone

from .models import Attendance, ReviewSession

# The code works from an hour before the session until an hour after its end.
MARGIN = timedelta(hours=1)
# Guessing codes is stopped per person, not per address: a room of phones often shares one.
WRONG_CODES_ALLOWED = 10
WRONG_CODES_WINDOW = 10 * 60  # seconds


def _wrong_codes_key(member):
    return f"review:wrong-check-in-codes:{member.pk}"


def too_many_wrong_codes(member):
    return cache.get(_wrong_codes_key(member), 0) >= WRONG_CODES_ALLOWED


def count_wrong_code(member):
    key = _wrong_codes_key(member)
    cache.add(key, 0, timeout=WRONG_CODES_WINDOW)
    try:
        cache.incr(key)
    except ValueError:  # expired in between
        cache.add(key, 1, timeout=WRONG_CODES_WINDOW)


def session_for_code(code, member, now=None):
    """The session of the member's organisation that this code opens now, or None."""
    now = now or timezone.now()
    code = "".join(code.split()).upper()
    session = (
        ReviewSession.objects.filter(
            check_in_code=code, cycle__organisation_id=member.organisation_id
        )
        .select_related("cycle")
        .first()
    )
    if session is None or not (session.starts_at - MARGIN <= now <= session.ends_at + MARGIN):
        return None
    return session


def check_in(session, member):
    """Record the member as present; checking in twice records once."""
    attendance, created = Attendance.objects.get_or_create(
        session=session, member=member, defaults={"how": Attendance.How.CODE}
    )
    return attendance, created
