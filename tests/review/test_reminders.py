"""The daily reminder job: who gets which email, in which language, and never twice."""

import io
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.core import mail
from django.core.management import call_command
from django.test import TestCase

from integrity_platform.people import roles
from integrity_platform.review.models import Exemption, Reminder, ReviewStatus
from integrity_platform.review.status import refresh
from tests.factories import MemberFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _a_wednesday_in_june():
    """Reminders follow the calendar: near the turn of the year a due date 30 days ahead or
    15 days back falls in another year's cycle, and the week's Monday may too. The clock is
    set to a Wednesday in June (before `today` and the cycle are made), so that every case
    here runs whatever the date, instead of being skipped in December and January."""
    moment = datetime(2026, 6, 17, 10, 0, tzinfo=ZoneInfo("Europe/Brussels"))
    with time_machine.travel(moment, tick=True):
        yield


@pytest.fixture
def people(lindenhove, cycle):
    """Three members of Lindenhove: one to remind (in French), one done, one exempt."""
    late = MemberFactory(organisation=lindenhove, user__preferred_language="fr")
    done = MemberFactory(organisation=lindenhove)
    exempt = MemberFactory(organisation=lindenhove)
    refresh(cycle)
    ReviewStatus.objects.filter(member=done).update(is_done=True)
    Exemption.objects.create(cycle=cycle, member=exempt, reason="Long-term leave")
    return late, done, exempt


def run(*args):
    out = io.StringIO()
    # As from cron: the emails are queued once the job's transactions commit.
    with TestCase.captureOnCommitCallbacks(execute=True):
        call_command("review_reminders", *args, stdout=out)
    return out.getvalue()


def due_in(cycle, days, today):
    cycle.due_on = today + timedelta(days=days)
    cycle.save()


def test_members_not_done_are_reminded_once_in_their_language(people, cycle, today):
    late, _done, _exempt = people
    due_in(cycle, 7, today)
    out = run("--date", today.isoformat())
    assert "1 sent, 0 already sent today" in out
    (message,) = mail.outbox
    assert message.to == [late.user.email]
    assert message.subject.startswith("Rappel")
    assert "/fr/acknowledge/" in message.body and "/fr/review/" in message.body
    assert "2 sent" not in run("--date", today.isoformat())
    assert len(mail.outbox) == 1 and Reminder.objects.count() == 1


def test_dry_run_lists_and_sends_nothing(people, cycle, today):
    due_in(cycle, 1, today)
    out = run("--dry-run", "--date", today.isoformat())
    assert f"would send\tmember\t{people[0].user.email}" in out
    assert mail.outbox == [] and not Reminder.objects.exists()


@pytest.mark.parametrize(
    "days, reminded", [(30, True), (20, False), (-1, True), (-3, False), (-8, True), (-15, True)]
)
def test_offsets_before_the_due_date_then_weekly_once_overdue(people, cycle, today, days, reminded):
    assert (today + timedelta(days=days)).year == today.year  # this year's cycle
    due_in(cycle, days, today)
    run("--date", today.isoformat())
    assert len(mail.outbox) == (1 if reminded else 0)


def test_coordinators_get_a_weekly_digest_of_overdue_members(people, cycle, today, lindenhove):
    roles.sync_role_groups()
    coordinator = MemberFactory(
        organisation=lindenhove, user__groups=[roles.COORDINATOR], user__preferred_language="en"
    )
    refresh(cycle)  # recomputes everyone: the done member is marked done again below
    ReviewStatus.objects.filter(member__in=[coordinator, people[1]]).update(is_done=True)
    monday = today - timedelta(days=today.weekday())
    assert monday.year == today.year and monday - timedelta(days=3) >= cycle.opens_on
    cycle.due_on = monday - timedelta(days=3)
    cycle.save()
    run("--date", monday.isoformat())
    digests = [m for m in mail.outbox if m.to == [coordinator.user.email]]
    assert len(digests) == 1
    assert people[0].user.get_full_name() in digests[0].body
    assert people[1].user.get_full_name() not in digests[0].body  # done
    assert people[2].user.get_full_name() not in digests[0].body  # exempt
    mail.outbox.clear()
    run("--date", (monday + timedelta(days=1)).isoformat())
    assert not [m for m in mail.outbox if m.to == [coordinator.user.email]]
