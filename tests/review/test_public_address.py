"""Reminders, calendar invitations and the check-in QR code name the public address
(SITE_URL), whatever host the coordinator reached the admin by."""

import io
from datetime import date, datetime

import pytest
import time_machine
from django.core import mail
from django.core.management import call_command
from icalendar import Calendar

from integrity_platform.people import roles
from integrity_platform.review.cycles import open_cycles
from integrity_platform.review.invitations import ics
from integrity_platform.review.models import ReviewSession
from integrity_platform.review.status import refresh
from tests.conftest import BRUSSELS, member_with_role
from tests.factories import MemberFactory
from tests.qr import qr_texts_in_html

pytestmark = pytest.mark.django_db
PUBLIC = "https://integrity.example.org"


@pytest.fixture(autouse=True)
def public_address(settings):
    settings.SITE_URL = PUBLIC


@pytest.fixture(autouse=True)
def march_2026():
    """A working day of the 2026 review: the cycle is open and due in a week."""
    with time_machine.travel(datetime(2026, 3, 25, 10, 0, tzinfo=BRUSSELS), tick=False):
        yield


@pytest.fixture
def cycle(lindenhove, version):
    (opened,) = open_cycles(
        2026, opens_on=date(2026, 3, 1), due_on=date(2026, 4, 1), organisations=[lindenhove]
    )
    return opened


@pytest.fixture
def session(cycle):
    return ReviewSession.objects.create(
        cycle=cycle, starts_at=datetime(2026, 3, 30, 14, 0, tzinfo=BRUSSELS), place="Raadzaal"
    )


def test_a_reminder_links_to_the_public_address(lindenhove, cycle, committed):
    member = MemberFactory(organisation=lindenhove, user__preferred_language="fr")
    refresh(cycle)
    with committed():
        call_command("review_reminders", "--date", "2026-03-25", stdout=io.StringIO())
    (message,) = [m for m in mail.outbox if m.to == [member.user.email]]
    assert f"{PUBLIC}/fr/acknowledge/" in message.body
    assert f"{PUBLIC}/fr/review/" in message.body
    assert "testserver" not in message.body


def test_the_calendar_file_names_the_public_address_and_host(session):
    (event,) = Calendar.from_ical(ics(session, "en")).walk("VEVENT")
    assert str(event["uid"]) == f"review-session-{session.pk}@integrity.example.org"
    assert f"{PUBLIC}/review/check-in/" in str(event["description"])


def test_the_check_in_qr_code_names_the_public_address(client, session, lindenhove, role_groups):
    client.force_login(member_with_role(lindenhove, "coordinator@example.org", roles.COORDINATOR))
    page = client.get(
        f"/admin/review/sessions/{session.pk}/run/", HTTP_HOST="web-1.internal"
    ).content.decode()
    expected = f"{PUBLIC}/review/check-in/?code={session.check_in_code}"
    assert qr_texts_in_html(page) == [expected]
    assert expected in page
