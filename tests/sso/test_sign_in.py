"""Signing in with the organisation's own account: a real OpenID Connect round trip against
the provider the tests start on localhost (tests/sso/provider.py)."""

from urllib.parse import parse_qs, urlsplit

import pytest
from allauth.account.models import EmailAddress
from allauth.socialaccount.models import SocialAccount
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.contrib.messages import get_messages
from django.urls import reverse

from integrity_platform.people import roles
from integrity_platform.people.models import Member
from tests.conftest import with_two_step
from tests.factories import OrganisationFactory

from .conftest import invite, providers_setting, sign_in_through

pytestmark = pytest.mark.django_db


def signed_in_user(client):
    return client.get("/nl/learning/").wsgi_request.user


def test_an_invited_official_lands_on_their_own_account(client, provider, lindenhove):
    member = invite(lindenhove, "an.peeters@lindenhove.be")
    provider.add_person("an.peeters@lindenhove.be")
    accounts = get_user_model().objects.count()

    # From My learning, which sent them to sign in.
    done = sign_in_through(client, provider, "An.Peeters@lindenhove.be", next_url="/en/learning/")

    assert done.status_code == 302
    # Back where they were going, in their own language.
    assert done["Location"] == "/nl/learning/"
    assert signed_in_user(client) == member.user
    # Welcomed in their language, whichever language the sign-in page had.
    (welcome,) = [str(m) for m in get_messages(done.wsgi_request)]
    assert "ingelogd" in welcome, welcome
    assert get_user_model().objects.count() == accounts
    link = SocialAccount.objects.get(user=member.user)
    assert (link.provider, link.uid) == ("lindenhove", "sub-an.peeters@lindenhove.be")
    # The organisation's provider proved the address: no confirmation email needed.
    assert EmailAddress.objects.get(user=member.user).verified
    # PKCE and the client's secret reached the provider (it refuses without them).
    ((form, _authorization),) = provider.token_requests
    assert form["code_verifier"] and form["client_secret"] == provider.secret
    learning = client.get("/nl/learning/")
    assert learning.status_code == 200


def test_signing_in_again_reuses_the_link(client, provider, lindenhove):
    member = invite(lindenhove, "an.peeters@lindenhove.be")
    provider.add_person("an.peeters@lindenhove.be")
    sign_in_through(client, provider, "an.peeters@lindenhove.be")
    client.logout()

    sign_in_through(client, provider, "an.peeters@lindenhove.be")

    assert signed_in_user(client) == member.user
    assert SocialAccount.objects.filter(user=member.user).count() == 1


def test_someone_not_invited_gets_no_account(client, provider, lindenhove):
    provider.add_person("stranger@lindenhove.be")
    accounts = get_user_model().objects.count()

    # From the French sign-in page: the answer is in French.
    page = sign_in_through(client, provider, "stranger@lindenhove.be", language="fr")

    assert page.status_code == 200
    assert "account/signup_closed.html" in [t.name for t in page.templates]
    assert "Inscription sur invitation uniquement" in page.content.decode()
    assert get_user_model().objects.count() == accounts
    assert not SocialAccount.objects.exists()
    assert not signed_in_user(client).is_authenticated


def test_a_provider_cannot_speak_for_another_organisations_addresses(client, provider, lindenhove):
    # Brugge names no provider; Lindenhove's provider claims (and "verifies") a Brugge address.
    brugge = OrganisationFactory(name="Brugge", email_domains="brugge.be")
    member = invite(brugge, "jan@brugge.be")
    provider.add_person("jan@brugge.be")

    sign_in_through(client, provider, "jan@brugge.be")

    assert not signed_in_user(client).is_authenticated
    assert not SocialAccount.objects.filter(user=member.user).exists()
    assert not EmailAddress.objects.get(user=member.user).verified


@pytest.mark.parametrize("tamper", ["signature", "nonce"])
def test_a_forged_or_replayed_id_token_is_refused(client, provider, lindenhove, tamper):
    member = invite(lindenhove, "an.peeters@lindenhove.be")
    provider.add_person("an.peeters@lindenhove.be")
    provider.tamper = tamper

    page = sign_in_through(client, provider, "an.peeters@lindenhove.be")

    assert page.status_code == 401
    assert "socialaccount/authentication_error.html" in [t.name for t in page.templates]
    assert not signed_in_user(client).is_authenticated
    assert not SocialAccount.objects.filter(user=member.user).exists()


def test_a_coordinator_still_gives_the_platforms_second_factor(client, provider, lindenhove):
    member = invite(lindenhove, "coordinator@lindenhove.be", role=Member.ProgrammeRole.TEAM_MEMBER)
    member.user.groups.add(Group.objects.get(name=roles.COORDINATOR))
    with_two_step(member.user)
    provider.add_person("coordinator@lindenhove.be", amr=["pwd", "mfa"])

    asked = sign_in_through(client, provider, "coordinator@lindenhove.be")

    assert asked.status_code == 302
    assert asked["Location"].endswith(reverse("mfa_authenticate"))
    assert not signed_in_user(client).is_authenticated


def test_the_sign_in_page_offers_the_organisations_account(client, lindenhove):
    page = client.get("/en/accounts/login/").content.decode()

    assert "Sign in with your organisation's account" in page
    assert 'action="/sso/lindenhove/login/?process=login&amp;lang=en"' in page
    assert "Continue with Gemeente Lindenhove" in page


def test_a_link_alone_does_not_start_a_sign_in(client, provider, lindenhove):
    # A GET (a link someone else sent) asks to confirm instead of leaving for the provider.
    page = client.get("/sso/lindenhove/login/")

    assert page.status_code == 200
    assert not provider.codes


def test_an_unknown_provider_is_not_found(client, lindenhove):
    assert client.post("/sso/elsewhere/login/").status_code == 404


def test_the_invitation_names_the_organisations_account(
    lindenhove, mailoutbox, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        invite(lindenhove, "an.peeters@lindenhove.be", language="en")
    with django_capture_on_commit_callbacks(execute=True):
        invite(OrganisationFactory(name="Koudoubé"), "partner@koudoube.example", language="en")

    lindenhove_mail, partner_mail = mailoutbox
    assert "choose “Continue with Gemeente Lindenhove”" in lindenhove_mail.body
    assert "Continue with Gemeente Lindenhove" in lindenhove_mail.alternatives[0][0]
    # Partners abroad keep email and password.
    assert "Continue with" not in partner_mail.body


def test_the_provider_sends_people_back_to_the_public_address(client, provider, settings, db):
    # Behind the proxy the request's host may be an internal one; the redirect address
    # registered with the provider is on SITE_URL, without a language prefix.
    settings.SITE_URL = "https://integrity.example.org"
    provider.redirect_prefixes.append("https://integrity.example.org/sso/lindenhove/")
    OrganisationFactory(
        name="Lindenhove", email_domains="lindenhove.be", sign_in_provider="lindenhove"
    )
    with providers_setting(provider.app("lindenhove", "Gemeente Lindenhove")):
        start = client.post("/sso/lindenhove/login/", {"process": "login"}, HTTP_HOST="10.0.0.5")
    query = parse_qs(urlsplit(start["Location"]).query)
    assert query["redirect_uri"] == ["https://integrity.example.org/sso/lindenhove/callback/"]
