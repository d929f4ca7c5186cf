import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.urls import reverse

from integrity_platform.people.models import Member
from tests.factories import PASSWORD, MemberFactory, UserFactory

pytestmark = pytest.mark.django_db


def sign_in(client, email, password=PASSWORD, next_url=None, language="en"):
    url = f"/{language}/accounts/login/" + (f"?next={next_url}" if next_url else "")
    return client.post(url, {"login": email, "password": password})


def test_sign_in_with_email_and_no_username_field(client):
    UserFactory(email="anna@example.org")
    page = client.get("/en/accounts/login/")
    assert 'name="login"' in page.content.decode()
    assert 'type="email"' in page.content.decode()
    assert "username" not in page.content.decode().lower()
    response = sign_in(client, "anna@example.org")
    assert response.status_code == 302
    assert client.session.get("_auth_user_id")


def test_after_sign_in_the_site_speaks_the_members_language(client):
    UserFactory(email="partner@example.org", preferred_language="fr")
    response = sign_in(client, "partner@example.org", next_url="/nl/", language="nl")
    assert response["Location"] == "/fr/"
    # Unprefixed URLs follow the preference too, not the browser's Accept-Language.
    root = client.get("/", HTTP_ACCEPT_LANGUAGE="es")
    assert root["Location"] == "/fr/"


def test_deactivated_member_cannot_sign_in_and_keeps_their_data(client, lindenhove):
    member = MemberFactory(organisation=lindenhove, user__email="leaver@example.org")
    member.is_active = False
    member.save()

    response = sign_in(client, "leaver@example.org")
    assert not client.session.get("_auth_user_id")
    assert response.status_code in (200, 302)
    if response.status_code == 302:
        assert response["Location"] == reverse("account_inactive")

    member.refresh_from_db()
    assert member.organisation == lindenhove
    assert get_user_model().objects.get(email="leaver@example.org").is_active is False
    assert Member.objects.filter(user__email="leaver@example.org").exists()


def test_unverified_email_must_be_confirmed_before_signing_in(client, committed):
    user = UserFactory(email="new@example.org")
    user.emailaddress_set.update(verified=False)
    with committed():  # allauth's emails leave through a task once the request commits
        response = sign_in(client, "new@example.org")
    assert not client.session.get("_auth_user_id")
    assert response["Location"].endswith("/accounts/confirm-email/")
    assert len(mail.outbox) == 1


def test_repeated_wrong_passwords_are_rate_limited(client):
    UserFactory(email="target@example.org")
    for _attempt in range(5):
        response = sign_in(client, "target@example.org", password="wrong-password")
        assert response.status_code == 200
    response = sign_in(client, "target@example.org")  # even the right password now waits
    assert not client.session.get("_auth_user_id")
    assert "Too many failed login attempts" in response.content.decode()


def test_wagtail_admin_login_goes_through_the_site_login(client):
    response = client.get("/admin/")
    assert response.status_code == 302
    login = client.get(response["Location"])
    assert login.status_code == 302
    assert "/accounts/login/" in login["Location"]
    assert "next=/admin/" in login["Location"]


def test_open_signup_creates_an_account_with_name_and_language(client, settings, committed):
    settings.PLATFORM_OPEN_SIGNUP = True  # by invitation only unless opened
    with committed():
        response = client.post(
            "/es/accounts/signup/",
            {
                "first_name": "Nueva",
                "last_name": "Funcionaria",
                "email": "nueva@example.org",
                "preferred_language": "es",
                "password1": "un-Buen-secreto-2026",
                "password2": "un-Buen-secreto-2026",
            },
        )
    assert response.status_code == 302
    user = get_user_model().objects.get(email="nueva@example.org")
    assert (user.get_full_name(), user.preferred_language) == ("Nueva Funcionaria", "es")
    assert len(mail.outbox) == 1  # the verification email


def test_profile_changes_preferred_language(client):
    user = UserFactory(email="me@example.org")
    client.force_login(user)
    response = client.post(
        "/nl/accounts/profile/",
        {"first_name": "Me", "last_name": "Myself", "preferred_language": "es"},
    )
    assert response.status_code == 302
    assert response["Location"] == "/es/accounts/profile/"
    user.refresh_from_db()
    assert user.preferred_language == "es"
    page = client.get(response["Location"])
    assert "Tu perfil" in page.content.decode() or "Su perfil" in page.content.decode()


def test_profile_needs_sign_in(client):
    response = client.get("/en/accounts/profile/")
    assert response.status_code == 302
    assert "/accounts/login/" in response["Location"]
