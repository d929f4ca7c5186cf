"""Two-step verification: required to open the admin, offered to everyone."""

from datetime import datetime, timedelta

import pytest
import time_machine
from allauth.mfa.models import Authenticator
from allauth.mfa.totp.internal.auth import format_hotp_value, hotp_value
from django.urls import reverse

from integrity_platform.people import roles
from tests.conftest import BRUSSELS, TOTP_SECRET, with_two_step
from tests.factories import PASSWORD, MemberFactory, UserFactory

from .test_sign_in import sign_in

pytestmark = pytest.mark.django_db

# A fixed moment: the codes an authenticator app shows depend on the time.
MOMENT = datetime(2027, 3, 15, 10, 0, 5, tzinfo=BRUSSELS)


def code_at(secret, moment):
    """What an authenticator app shows at `moment`, computed with allauth's own helper."""
    return format_hotp_value(hotp_value(secret, int(moment.timestamp()) // 30))


def reauthenticate(client, url):
    response = client.post(url, {"password": PASSWORD})
    assert response.status_code == 302, response.content.decode()


@pytest.fixture
def clock():
    with time_machine.travel(MOMENT, tick=False) as traveller:
        yield traveller


@pytest.fixture
def new_officer(role_groups, lindenhove):
    """An integrity officer who has never set up two-step verification."""
    return MemberFactory(
        organisation=lindenhove,
        user__email="new.officer@example.org",
        user__preferred_language="en",
        user__groups=[roles.INTEGRITY_OFFICER],
    ).user


def test_the_admin_sends_an_officer_without_two_step_to_set_it_up(client, new_officer):
    client.force_login(new_officer)
    response = client.get("/admin/pages/")
    assert response.status_code == 302
    assert response["Location"].startswith("/en/accounts/two-step/required/")
    assert "next=%2Fadmin%2Fpages%2F" in response["Location"]

    page = client.get(response["Location"]).content.decode()
    assert "Two-step verification is required" in page
    assert reverse("mfa_activate_totp") in page
    assert reverse("mfa_add_webauthn") in page
    assert 'class="site-header' in page  # the site's own layout


@pytest.mark.parametrize(
    "groups, superuser",
    [([roles.COORDINATOR], False), ([roles.FACILITATOR], False), ([], True)],
)
def test_every_role_that_opens_the_admin_needs_two_step(client, role_groups, groups, superuser):
    user = UserFactory(groups=groups, is_superuser=superuser, is_staff=superuser)
    client.force_login(user)
    assert "/accounts/two-step/required/" in client.get("/admin/")["Location"]
    # The facilitator's pages outside the admin are staff pages too.
    assert "/accounts/two-step/required/" in client.get("/en/facilitate/sessions/")["Location"]


def test_learners_are_not_asked_for_two_step(client, english_home):
    learner = MemberFactory(user__preferred_language="en").user
    client.force_login(learner)
    assert client.get("/en/").status_code == 200
    # The admin stays closed to them as before, without talk of two-step verification.
    assert "two-step" not in client.get("/admin/").get("Location", "")


def test_an_officer_with_an_authenticator_opens_the_admin(client, officer):
    client.force_login(officer)  # the `officer` fixture has an authenticator app
    assert client.get("/admin/").status_code == 200
    # Having one, there is nothing to set up: the explanation page sends them on.
    response = client.get("/en/accounts/two-step/required/?next=/admin/pages/")
    assert response["Location"] == "/admin/pages/"


def test_the_explanation_page_never_sends_elsewhere(client, new_officer):
    client.force_login(new_officer)
    with_two_step(new_officer)
    response = client.get("/en/accounts/two-step/required/?next=https://evil.example/")
    assert response["Location"] == "/admin/"


def test_an_officer_sets_up_an_authenticator_app_and_then_signs_in_with_its_code(
    client, new_officer, clock
):
    sign_in(client, "new.officer@example.org")
    assert "/accounts/two-step/required/" in client.get("/admin/")["Location"]
    client.get("/en/accounts/two-step/required/?next=/admin/")

    # Adding an authenticator asks for the password again (allauth's reauthentication),
    # so that a session left open cannot be taken over.
    asked = client.get(reverse("mfa_activate_totp"))
    assert asked["Location"].startswith(reverse("account_reauthenticate"))
    reauthenticate(client, asked["Location"])
    setup = client.get(reverse("mfa_activate_totp"))
    assert setup.status_code == 200
    secret = setup.context["form"].secret
    assert secret in setup.content.decode()  # shown beside the QR code, to type in

    wrong = client.post(reverse("mfa_activate_totp"), {"code": "000000"})
    assert wrong.status_code == 200 and not Authenticator.objects.exists()

    done = client.post(reverse("mfa_activate_totp"), {"code": code_at(secret, MOMENT)})
    assert done["Location"] == reverse("mfa_view_recovery_codes")
    codes = client.get(done["Location"]).content.decode()
    # Recovery codes, and the way back to the admin that asked.
    assert "I have kept my recovery codes: continue" in codes
    assert 'href="/admin/"' in codes
    assert client.get("/admin/").status_code == 200

    # From now on the password alone does not sign in: allauth asks for a code.
    client.post(reverse("account_logout"))
    clock.shift(timedelta(seconds=30))  # the next code; each is accepted once
    response = sign_in(client, "new.officer@example.org")
    assert response["Location"] == reverse("mfa_authenticate")
    assert not client.session.get("_auth_user_id")
    client.post(reverse("mfa_authenticate"), {"code": "123456"})
    assert not client.session.get("_auth_user_id")
    response = client.post(
        reverse("mfa_authenticate"), {"code": code_at(secret, MOMENT + timedelta(seconds=30))}
    )
    assert client.session.get("_auth_user_id") == str(new_officer.pk)
    assert client.get("/admin/").status_code == 200


def test_a_demo_officer_signs_in_with_the_documented_demo_secret(client, demo, clock):
    from integrity_platform.demo.management.commands.seed_demo import (
        DEMO_PASSWORD,
        DEMO_TOTP_SECRET,
    )

    response = sign_in(client, "officer@example.org", password=DEMO_PASSWORD)
    assert response["Location"] == reverse("mfa_authenticate")
    client.post(reverse("mfa_authenticate"), {"code": code_at(DEMO_TOTP_SECRET, MOMENT)})
    assert client.get("/admin/").status_code == 200


def test_whoever_must_use_two_step_cannot_remove_their_only_authenticator(client, officer):
    client.force_login(officer)
    reauthenticate(client, reverse("account_reauthenticate"))
    response = client.post("/en/accounts/2fa/totp/deactivate/")
    assert response.status_code == 200  # the form again, with allauth's refusal
    assert "You cannot deactivate two-factor authentication." in response.content.decode()
    assert Authenticator.objects.filter(user=officer, type="totp").exists()


def test_a_learner_may_turn_two_step_on_and_off(client, clock):
    learner = with_two_step(UserFactory(email="learner@example.org"))
    sign_in(client, "learner@example.org")
    client.post(reverse("mfa_authenticate"), {"code": code_at(TOTP_SECRET, MOMENT)})
    assert client.session.get("_auth_user_id") == str(learner.pk)
    reauthenticate(client, reverse("account_reauthenticate"))
    response = client.post(reverse("mfa_deactivate_totp"))
    assert response.status_code == 302
    assert not Authenticator.objects.filter(user=learner, type="totp").exists()


def test_everyone_finds_two_step_verification_on_their_profile(client):
    client.force_login(UserFactory(preferred_language="fr"))
    profile = client.get("/fr/accounts/profile/").content.decode()
    assert 'href="/fr/accounts/2fa/"' in profile
    index = client.get("/fr/accounts/2fa/")
    assert index.status_code == 200
    page = index.content.decode()
    assert 'class="site-header' in page
    # allauth's own pages speak the member's language.
    assert "Authentification à deux facteurs" in page
