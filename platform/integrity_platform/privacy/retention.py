"""The retention periods (settings RETENTION_*, see settings/base.py) and the daily job
that applies them (`manage.py purge_expired`). The privacy notice states the same periods
(PrivacyNoticePage), so it stays true when they change."""

from dataclasses import dataclass
from datetime import date, timedelta

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from certificates.models import Acknowledgement
from certificates.retention import purge_acknowledgements
from dilemmas.retention import forget_live_guests, purge_practice_answers
from integrity_platform.people.models import Member
from integrity_platform.review.models import Attendance

from .erasure import erase_person
from .models import Erasure


@dataclass(frozen=True)
class Periods:
    acknowledgement_years: int
    former_member_days: int
    live_guest_days: int
    checkin_days: int
    practice_days: int


def periods():
    return Periods(
        acknowledgement_years=settings.RETENTION_ACKNOWLEDGEMENT_YEARS,
        former_member_days=settings.RETENTION_FORMER_MEMBER_DAYS,
        live_guest_days=settings.RETENTION_LIVE_GUEST_DAYS,
        checkin_days=settings.RETENTION_CHECKIN_DAYS,
        practice_days=settings.RETENTION_PRACTICE_DAYS,
    )


def years_before(day, years):
    """The same day `years` earlier; 29 February becomes the 28th."""
    try:
        return day.replace(year=day.year - years)
    except ValueError:
        return date(day.year - years, 2, 28)


def acknowledgements_kept_until(left_on):
    """The last day a person's acknowledgements are kept, counted from the day they left."""
    return years_before(left_on, -settings.RETENTION_ACKNOWLEDGEMENT_YEARS)


@transaction.atomic
def purge_expired(dry_run=False):
    """Remove everything whose retention period has ended. Returns how many of each kind
    went (or, with dry_run, would go: nothing changes then). A day counts once over: what
    expired on a day goes the next."""
    keep = periods()
    now = timezone.now()
    today = timezone.localdate()
    left_before = today - timedelta(days=keep.former_member_days)
    acknowledged_leavers_before = years_before(today, keep.acknowledgement_years)
    counts = {}

    former = Member.objects.filter(is_active=False, user__departure__left_on__lt=left_before)
    counts["former members"] = former.count()
    if not dry_run:
        for member in former.select_related("user"):
            erase_person(member.user, cause=Erasure.Cause.RETENTION)

    expired_acknowledgements = Acknowledgement.objects.filter(
        user__departure__left_on__lt=acknowledged_leavers_before
    )
    counts["acknowledgements"] = (
        expired_acknowledgements.count()
        if dry_run
        else purge_acknowledgements(expired_acknowledgements)
    )

    # The account of someone erased stays only for their acknowledgements: with those gone,
    # it goes too. (In a dry run, also those the former-member rule above would erase.)
    accounts = (
        get_user_model()
        .objects.filter(departure__left_on__lt=acknowledged_leavers_before)
        .filter(
            Q(erasure__isnull=False)
            | Q(member__is_active=False, departure__left_on__lt=left_before)
        )
    )
    counts["accounts of erased people"] = accounts.count()
    if not dry_run:
        accounts.delete()

    counts["live-session guests"] = forget_live_guests(
        ended_before=now - timedelta(days=keep.live_guest_days), dry_run=dry_run
    )

    # Check-ins of closed years only: a running year's review still reads them.
    checkins = Attendance.objects.filter(
        session__starts_at__lt=now - timedelta(days=keep.checkin_days),
        session__cycle__year__lt=today.year,
    )
    counts["check-ins"] = checkins.count()
    if not dry_run:
        # Deleted in SQL, without the signal that asks the review to recompute: a closed
        # year stays as it was judged ("took part"), only the check-ins behind it go.
        checkins._raw_delete(checkins.db)

    counts["practice answers"] = purge_practice_answers(
        answered_before=now - timedelta(days=keep.practice_days), dry_run=dry_run
    )
    return counts
