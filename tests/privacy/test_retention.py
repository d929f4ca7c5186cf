"""purge_expired applies the retention settings: a dry run only counts, and a real run
removes exactly what has expired, across the years (the clock moved with time-machine)."""

import io
from datetime import timedelta

import pytest
import time_machine
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.utils import timezone

from certificates.models import Acknowledgement
from dilemmas.models import Participant, PracticeAnswer
from integrity_platform.people.models import Member
from integrity_platform.privacy.models import Departure, Erasure
from integrity_platform.privacy.retention import acknowledgements_kept_until
from integrity_platform.review.models import Attendance, ReviewStatus

pytestmark = pytest.mark.django_db

KINDS = [
    "former members",
    "acknowledgements",
    "accounts of erased people",
    "live-session guests",
    "check-ins",
    "practice answers",
]


def purge(dry_run=False):
    out = io.StringIO()
    call_command("purge_expired", *(["--dry-run"] if dry_run else []), stdout=out)
    verb = "would be removed" if dry_run else "removed"
    counts = {}
    for line in out.getvalue().splitlines():
        kind, said = line.split(": ")
        number, rest = said.split(" ", 1)
        assert rest == verb
        counts[kind] = int(number)
    assert list(counts) == KINDS
    return counts


def state():
    """What the purge may touch, as a person would count it."""
    return {
        "members": Member.objects.count(),
        "accounts": get_user_model().objects.count(),
        "acknowledgements": Acknowledgement.objects.count(),
        "named guests": Participant.objects.filter(user__isnull=True).exclude(nickname="").count(),
        "check-ins": Attendance.objects.count(),
        "practice answers": PracticeAnswer.objects.count(),
        "review statuses": ReviewStatus.objects.count(),
    }


def dry_run_then_purge(expected):
    """The dry run says `expected` and changes nothing; the real run removes the same."""
    before = state()
    assert purge(dry_run=True) == expected
    assert state() == before
    assert purge() == expected
    return before


@pytest.fixture
def leaver(demo):
    """The demo's colleague at Lindenhove leaves today: their coordinator unticks active."""
    member = Member.objects.get(user__email="colleague@example.org")
    member.is_active = False
    member.save()
    return member.user


def test_the_retention_periods_across_the_years(leaver, settings):
    settings.RETENTION_FORMER_MEMBER_DAYS = 365
    settings.RETENTION_ACKNOWLEDGEMENT_YEARS = 5
    settings.RETENTION_LIVE_GUEST_DAYS = 7
    # Longer than the demo's check-ins are old a year on (last year's sessions are at most
    # two years old today), so that each rule below is seen expiring on its own.
    settings.RETENTION_CHECKIN_DAYS = 1000
    settings.RETENTION_PRACTICE_DAYS = 730
    start = timezone.now()
    left_on = Departure.objects.get(user=leaver).left_on
    nothing = dict.fromkeys(KINDS, 0)
    # The colleague, and a member the demo shows as having left.
    leavers = list(Member.objects.filter(is_active=False).values_list("user", flat=True))
    assert len(leavers) == 2
    signed = Acknowledgement.objects.filter(user__in=leavers).count()
    assert signed == Acknowledgement.objects.filter(user=leaver).count() == 2
    guests = Participant.objects.filter(user__isnull=True).exclude(nickname="").count()
    assert guests == 6  # the guests of the demo's live session, held before today

    def guest_votes():
        return sorted(Participant.objects.filter(user__isnull=True).values_list("votes", flat=True))

    # A month on, the guests' nicknames of the live session go; their votes stay.
    votes = guest_votes()
    with time_machine.travel(start + timedelta(days=30), tick=False):
        dry_run_then_purge({**nothing, "live-session guests": guests})
        assert state()["named guests"] == 0
        assert guest_votes() == votes
        dry_run_then_purge(nothing)  # once is enough

    # A year after leaving, not a day before, former members are erased.
    with time_machine.travel(start + timedelta(days=365), tick=False):
        dry_run_then_purge(nothing)
    with time_machine.travel(start + timedelta(days=367), tick=False):
        dry_run_then_purge({**nothing, "former members": 2})
        assert {erasure.cause for erasure in Erasure.objects.all()} == {Erasure.Cause.RETENTION}
        assert not Member.objects.filter(user__in=leavers).exists()
        assert Acknowledgement.objects.filter(user__in=leavers).count() == signed

    # Years on, check-ins of closed years and practice answers go; the closed years'
    # review statuses stay as they were judged.
    with time_machine.travel(start + timedelta(days=1001), tick=False):
        check_ins, answers = Attendance.objects.count(), PracticeAnswer.objects.count()
        assert check_ins and answers
        before = dry_run_then_purge(
            {**nothing, "check-ins": check_ins, "practice answers": answers}
        )
        after = state()
        assert (after["check-ins"], after["practice answers"]) == (0, 0)
        assert after["review statuses"] == before["review statuses"]

    # Five years after leaving, their acknowledgements go, and with them the accounts.
    last_day = acknowledgements_kept_until(left_on)
    assert last_day.year == left_on.year + 5
    with time_machine.travel(start + (last_day - left_on), tick=False):
        dry_run_then_purge(nothing)
    with time_machine.travel(start + (last_day - left_on) + timedelta(days=2), tick=False):
        others = Acknowledgement.objects.exclude(user__in=leavers).count()
        expected = {**nothing, "acknowledgements": signed, "accounts of erased people": 2}
        dry_run_then_purge(expected)
        assert Acknowledgement.objects.count() == others  # everyone else's stay
        assert not get_user_model().objects.filter(pk__in=leavers).exists()
        # The records of the erasures stay, without a link.
        assert list(Erasure.objects.values_list("account", flat=True)) == [None, None]


def test_coming_back_stops_the_clock(leaver):
    member = leaver.member
    member.is_active = True
    member.save()
    with time_machine.travel(timezone.now() + timedelta(days=400), tick=False):
        purge()
    assert Member.objects.get(user=leaver).is_active
    # The demo's member who left and stayed away is erased.
    assert not Member.objects.filter(is_active=False).exists()
