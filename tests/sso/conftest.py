import json
from datetime import date
from urllib.parse import parse_qs, urlsplit

import pytest
import requests
from django.test import override_settings

from integrity_platform.accounts.sso.config import provider_apps
from integrity_platform.people.invitations import invite_member
from integrity_platform.people.models import Member
from tests.factories import OrganisationFactory

from .provider import OpenIDProvider


@pytest.fixture
def provider():
    with OpenIDProvider() as running:
        yield running


def providers_setting(*apps):
    return override_settings(
        SOCIALACCOUNT_PROVIDERS={"organisation": {"APPS": provider_apps(json.dumps(apps))}}
    )


@pytest.fixture
def lindenhove(provider, db):
    """A Flemish municipality whose officials sign in with its own provider."""
    provider.redirect_prefixes.append("http://testserver/sso/lindenhove/")
    with providers_setting(provider.app("lindenhove", "Gemeente Lindenhove")):
        yield OrganisationFactory(
            name="Lindenhove",
            email_domains="lindenhove.be",
            sign_in_provider="lindenhove",
        )


def invite(organisation, email, *, language="nl", role=Member.ProgrammeRole.MUNICIPAL_OFFICIAL):
    return invite_member(
        invited_by=None,
        email=email,
        first_name="Official",
        last_name="Lindenhove",
        organisation=organisation,
        programme_role=role,
        language=language,
        start_date=date(2026, 9, 1),
    )


def sign_in_through(
    client, provider, email, provider_id="lindenhove", next_url=None, language=None
):
    """The whole round trip as a browser makes it: the sign-in button's POST, the provider's
    sign-in form, and back to the platform's callback. Returns the callback's response."""
    # As the sign-in page's button posts it, with the page's language when given.
    address = f"/sso/{provider_id}/login/" + (f"?lang={language}" if language else "")
    start = client.post(address, {"process": "login", **({"next": next_url} if next_url else {})})
    assert start.status_code == 302, start
    authorise = urlsplit(start["Location"])
    assert authorise.netloc == urlsplit(provider.issuer).netloc
    query = {key: values[0] for key, values in parse_qs(authorise.query).items()}
    form = requests.get(start["Location"], timeout=10)
    assert form.status_code == 200, form.text  # the provider accepted the request
    answer = requests.post(
        f"{provider.issuer}/authorize",
        data={"request": json.dumps(query), "email": email},
        allow_redirects=False,
        timeout=10,
    )
    assert answer.status_code == 302, answer.text
    back = urlsplit(answer.headers["Location"])
    return client.get(f"{back.path}?{back.query}")
