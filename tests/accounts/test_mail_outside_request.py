"""A password reset answers the same, and as fast, whether or not the address has an account:
its email is rendered in the request and sent by a background task, never in the request."""

import pytest
from django.core import mail

from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def sent_later(monkeypatch):
    """The messages handed to the background task, instead of being sent in the request."""
    queued = []
    monkeypatch.setattr("integrity_platform.accounts.adapter.send_later", queued.append)
    return queued


def reset(client, email):
    return client.post("/es/accounts/password/reset/", {"email": email})


def test_password_reset_answers_the_same_for_known_and_unknown_addresses(client, sent_later):
    UserFactory(email="known@example.org", preferred_language="es")
    known = reset(client, "known@example.org")
    unknown = reset(client, "nobody@example.org")

    assert (known.status_code, known["Location"]) == (unknown.status_code, unknown["Location"])
    assert known["Location"] == "/es/accounts/password/reset/done/"
    # Nothing was sent during either request: both emails wait for the task.
    assert mail.outbox == []
    assert [message.to for message in sent_later] == [
        ["known@example.org"],
        ["nobody@example.org"],
    ]


def test_the_queued_emails_are_rendered_in_the_requests_language(client, sent_later):
    UserFactory(email="known@example.org", preferred_language="es")
    reset(client, "known@example.org")
    reset(client, "nobody@example.org")
    to_member, to_stranger = sent_later
    assert "/es/accounts/password/reset/key/" in to_member.body
    assert "Restablecer" in to_member.subject or "contraseña" in to_member.subject.lower()
    # Sign-up is by invitation: the unknown address is not invited to sign up.
    assert "/accounts/signup/" not in to_stranger.body


def test_signing_up_with_a_taken_address_answers_like_a_new_one(client, settings, sent_later):
    settings.PLATFORM_OPEN_SIGNUP = True
    UserFactory(email="known@example.org")
    form = {
        "first_name": "Ana",
        "last_name": "Rojas",
        "preferred_language": "es",
        "password1": "un-Buen-secreto-2026",
        "password2": "un-Buen-secreto-2026",
    }
    taken = client.post("/es/accounts/signup/", {**form, "email": "known@example.org"})
    new = client.post("/es/accounts/signup/", {**form, "email": "new@example.org"})
    assert (taken.status_code, taken["Location"]) == (new.status_code, new["Location"])
    assert mail.outbox == []
    assert [message.to for message in sent_later] == [["known@example.org"], ["new@example.org"]]


def test_queued_emails_reach_the_member_once_the_request_commits(client, committed):
    UserFactory(email="known@example.org", preferred_language="es")
    with committed():
        reset(client, "known@example.org")
    (email,) = mail.outbox
    assert email.to == ["known@example.org"]
