"""An invited official of a municipality with its own account service signs in with it, in a
browser, through the OpenID provider the tests start (tests/sso/provider.py)."""

import json
import re

import pytest
from allauth.socialaccount.models import SocialAccount
from csp.constants import SELF
from django.contrib.auth import get_user_model
from playwright.sync_api import expect

from integrity_platform.accounts.sso.config import provider_apps, sign_in_origins
from tests.factories import OrganisationFactory
from tests.sso.conftest import invite
from tests.sso.provider import OpenIDProvider


@pytest.fixture
def provider(site, settings):
    with OpenIDProvider() as running:
        running.redirect_prefixes.append(f"{site}/sso/lindenhove/")
        settings.SITE_URL = site  # the public address, which the callback address follows
        # As the settings build them from OIDC_PROVIDERS at start-up.
        apps = provider_apps(json.dumps([running.app("lindenhove", "Gemeente Lindenhove")]))
        settings.SOCIALACCOUNT_PROVIDERS = {"organisation": {"APPS": apps}}
        policy = settings.CONTENT_SECURITY_POLICY["DIRECTIVES"]
        settings.CONTENT_SECURITY_POLICY = {
            "DIRECTIVES": {**policy, "form-action": [SELF, *sign_in_origins(apps)]}
        }
        yield running


def test_an_invited_official_signs_in_with_the_municipalitys_account(
    page, site, provider, assert_accessible
):
    lindenhove = OrganisationFactory(
        name="Lindenhove", email_domains="lindenhove.be", sign_in_provider="lindenhove"
    )
    member = invite(lindenhove, "an.peeters@lindenhove.be", language="nl")
    provider.add_person("an.peeters@lindenhove.be")
    accounts = get_user_model().objects.count()

    # My learning, from the invitation; not signed in yet, so the sign-in page, in Dutch.
    page.goto(f"{site}/nl/learning/")
    expect(page).to_have_url(re.compile(r"/nl/accounts/login/"))
    expect(
        page.get_by_role("heading", name="Aanmelden met het account van je organisatie")
    ).to_be_visible()
    assert_accessible(page, "login-sso-nl")

    page.get_by_role("button", name="Verder met Gemeente Lindenhove").click()
    # The municipality's own sign-in page (the test provider's).
    expect(page.get_by_role("heading", name="Lindenhove: sign in")).to_be_visible()
    page.fill("input[name=email]", "an.peeters@lindenhove.be")
    page.get_by_role("button", name="Sign in").click()

    # Back on the platform, on their own My learning, with no second account made.
    expect(page).to_have_url(f"{site}/nl/learning/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Mijn cursussen")
    assert_accessible(page, "my-learning-after-sso-nl")
    assert get_user_model().objects.count() == accounts
    assert SocialAccount.objects.get(provider="lindenhove").user == member.user
