"""The page behind a reminder's unsubscribe link, and the same choice on the profile page."""

from datetime import timedelta

import pytest
import time_machine
from django.core import signing
from django.utils import timezone

from integrity_platform.people.models import Member
from integrity_platform.review.unsubscribe import LINK_VALID_DAYS, unsubscribe_url
from tests.factories import PASSWORD, MemberFactory

from .conftest import SITE_URL

pytestmark = pytest.mark.django_db


@pytest.fixture
def member(lindenhove):
    return MemberFactory(organisation=lindenhove, user__preferred_language="en")


def path_for(member):
    return unsubscribe_url(member.user).removeprefix(SITE_URL)


def reminders_on(member):
    return Member.objects.get(pk=member.pk).review_reminders


def test_opening_the_link_asks_first_and_the_button_switches_reminders_off(client, member):
    page = client.get(path_for(member))
    assert page.status_code == 200
    html = page.content.decode()
    assert member.user.email in html and 'method="post"' in html
    assert "Stop these reminder emails</button>" in html
    assert reminders_on(member)  # a link preview or a mail scanner changes nothing

    done = client.post(path_for(member))
    assert done.status_code == 200
    assert "You will no longer receive reminder emails" in done.content.decode()
    assert not reminders_on(member)


def test_a_forged_link_says_so_and_changes_nothing(client, member):
    path = path_for(member)
    token = path.rstrip("/").rsplit("/", 1)[1]
    other = MemberFactory(organisation=member.organisation)
    forgeries = [
        path.replace(token, token[:-1] + ("A" if token[-1] != "A" else "B")),  # tampered
        # Signed by this site, but for something else: another salt.
        path.replace(token, signing.dumps(other.user.pk, salt="another.purpose")),
    ]
    for forged in forgeries:
        for response in (client.get(forged), client.post(forged)):
            assert response.status_code == 400
            assert "This link is not valid." in response.content.decode()
    assert reminders_on(member) and reminders_on(other)


def test_an_expired_link_says_where_to_switch_them_off(client, member):
    path = path_for(member)
    later = timezone.now() + timedelta(days=LINK_VALID_DAYS + 1)
    with time_machine.travel(later, tick=False):
        response = client.post(path)
    assert response.status_code == 400
    assert "This link has expired." in response.content.decode()
    assert reminders_on(member)


def test_the_profile_shows_the_choice_and_switches_reminders_back_on(client, member):
    Member.objects.filter(pk=member.pk).update(review_reminders=False)
    client.login(email=member.user.email, password=PASSWORD)
    profile = client.get("/en/accounts/profile/").content.decode()
    assert "Review reminders by email" in profile and 'href="/en/review/reminders/"' in profile

    form = client.get("/en/review/reminders/").content.decode()
    assert 'name="review_reminders"' in form and "checked" not in form
    response = client.post("/en/review/reminders/", {"review_reminders": "on"})
    assert response["Location"] == "/en/accounts/profile/"
    assert reminders_on(member)
