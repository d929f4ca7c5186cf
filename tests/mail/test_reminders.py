"""Review reminders as received: in the member's language, two parts, and a one-click
unsubscribe (RFC 8058) that a mail client can follow without the member signing in."""

import io
import re
from datetime import timedelta

import pytest
from django.core.management import call_command
from django.test import Client

from integrity_platform.people import roles
from integrity_platform.people.models import Member
from integrity_platform.review.models import ReviewStatus
from integrity_platform.review.status import refresh
from tests.factories import MemberFactory

from .conftest import SITE_URL, assert_two_parts_in, body, subject

pytestmark = pytest.mark.django_db


def remind(committed, day):
    with committed():
        call_command("review_reminders", "--date", day.isoformat(), stdout=io.StringIO())


def unsubscribe_url(message):
    (url,) = re.fullmatch(r"<([^>]+)>", str(message["List-Unsubscribe"]).strip()).groups()
    return url


@pytest.fixture
def late(lindenhove, cycle, today):
    """A member in French who has done nothing, due in a week: reminded today."""
    member = MemberFactory(organisation=lindenhove, user__preferred_language="fr")
    refresh(cycle)
    cycle.due_on = today + timedelta(days=7)
    cycle.save()
    return member


def test_a_reminder_arrives_in_french_with_a_one_click_unsubscribe(smtp, late, today, committed):
    remind(committed, today)
    (message,) = smtp.wait_for(1)
    assert message["To"] == late.user.email
    assert subject(message).startswith("Rappel")
    assert_two_parts_in(message, "fr")
    text, html = body(message, "plain"), body(message, "html")
    assert "Votre page de revue indique où vous en êtes" in text
    assert f'<a href="{SITE_URL}/fr/acknowledge/"' in html

    url = unsubscribe_url(message)
    assert url.startswith(f"{SITE_URL}/fr/review/reminders/stop/")
    assert message["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert url in text and f'href="{url}"' in html


def test_the_one_click_post_stops_the_next_reminder(smtp, late, today, committed):
    remind(committed, today)
    url = unsubscribe_url(smtp.wait_for(1)[0])

    # What a mail client sends (RFC 8058): no session, no cookie, no CSRF token.
    response = Client(enforce_csrf_checks=True).post(
        url.removeprefix(SITE_URL), {"List-Unsubscribe": "One-Click"}
    )
    assert response.status_code == 200
    assert not Member.objects.get(pk=late.pk).review_reminders

    remind(committed, today + timedelta(days=6))  # a day before the due date: reminded
    assert len(smtp.messages) == 1


def test_a_coordinator_who_unsubscribes_gets_no_digest_but_the_member_stays_listed(
    smtp, late, lindenhove, cycle, today, committed
):
    roles.sync_role_groups()
    coordinator = MemberFactory(
        organisation=lindenhove, user__groups=[roles.COORDINATOR], user__preferred_language="nl"
    )
    refresh(cycle)
    ReviewStatus.objects.filter(member=coordinator).update(is_done=True)
    monday = today - timedelta(days=today.weekday() - 7)  # next Monday, 5 days from now
    cycle.due_on = monday - timedelta(days=1)
    cycle.save()
    remind(committed, monday)
    digest = next(m for m in smtp.wait_for(2) if m["To"] == coordinator.user.email)
    assert_two_parts_in(digest, "nl")
    assert late.user.get_full_name() in body(digest, "html")
    assert digest["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"

    Client().post(unsubscribe_url(digest).removeprefix(SITE_URL))
    remind(committed, monday + timedelta(days=7))
    assert [m["To"] for m in smtp.wait_for(3)[2:]] == [late.user.email]  # no second digest
