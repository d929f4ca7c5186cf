"""Accounts are by invitation: a stranger cannot create one, an invited member still can."""

from datetime import date

import pytest
from django.contrib.auth import get_user_model
from django.core import mail

from integrity_platform.people.invitations import invitation_url, invite_member
from integrity_platform.people.models import Member

from .test_sign_in import sign_in

pytestmark = pytest.mark.django_db

STRANGER = {
    "first_name": "Burgemeester",
    "last_name": "van Lindenhove",
    "email": "stranger@example.org",
    "preferred_language": "nl",
    "password1": "een-Goed-geheim-2026",
    "password2": "een-Goed-geheim-2026",
}


def test_a_stranger_is_told_that_sign_up_is_by_invitation(client):
    page = client.get("/en/accounts/signup/")
    assert page.status_code == 200
    text = page.content.decode()
    assert "Sign-up is by invitation" in text
    assert 'name="password1"' not in text
    # The way on for someone invited whose link expired: a new set-password link.
    assert 'href="/en/accounts/password/reset/"' in text


def test_a_stranger_cannot_create_an_account_by_posting_the_form(client):
    response = client.post("/nl/accounts/signup/", STRANGER)
    assert response.status_code == 200
    assert not get_user_model().objects.filter(email="stranger@example.org").exists()
    assert mail.outbox == []


def test_the_sign_in_page_does_not_offer_to_sign_up(client):
    page = client.get("/en/accounts/login/").content.decode()
    assert "Accounts are by invitation" in page
    assert "/accounts/signup/" not in page


def invite_newcomer(organisation):
    return invite_member(
        email="invited@example.org",
        first_name="Nieuwe",
        last_name="Collega",
        organisation=organisation,
        programme_role=Member.ProgrammeRole.MUNICIPAL_OFFICIAL,
        language="en",
        start_date=date(2026, 3, 2),
        invited_by=None,
    )


def test_an_invited_member_sets_a_password_and_signs_in(client, lindenhove):
    member = invite_newcomer(lindenhove)
    link = invitation_url(member.user).removeprefix("http://testserver")
    form = client.get(link, follow=True)
    assert form.status_code == 200
    client.post(
        form.redirect_chain[-1][0],
        {"password1": "my-Own-secret-2026", "password2": "my-Own-secret-2026"},
    )
    sign_in(client, "invited@example.org", password="my-Own-secret-2026")
    assert client.session.get("_auth_user_id") == str(member.user.pk)


def test_an_invited_member_without_the_email_asks_for_a_new_link(client, lindenhove, committed):
    invite_newcomer(lindenhove)
    with committed():
        client.post("/en/accounts/password/reset/", {"email": "invited@example.org"})
    (email,) = mail.outbox
    assert "/en/accounts/password/reset/key/" in email.body


def test_opening_sign_up_lets_anyone_create_an_account(client, settings):
    settings.PLATFORM_OPEN_SIGNUP = True
    assert 'name="password1"' in client.get("/nl/accounts/signup/").content.decode()
    client.post("/nl/accounts/signup/", STRANGER)
    assert get_user_model().objects.filter(email="stranger@example.org").exists()
