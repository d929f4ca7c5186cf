"""How identity providers are configured: OIDC_PROVIDERS, and each organisation's domains."""

import json

import pytest
from django.core.exceptions import ValidationError
from django.utils import translation

from integrity_platform.accounts.sso.authority import vouches_for
from integrity_platform.accounts.sso.config import (
    ProviderConfigError,
    provider_apps,
    sign_in_origins,
)
from tests.factories import OrganisationFactory


def test_a_generic_provider_becomes_an_allauth_app_with_pkce():
    (app,) = provider_apps(
        json.dumps(
            [
                {
                    "id": "lindenhove",
                    "name": "Gemeente Lindenhove",
                    "server_url": "https://idp.lindenhove.be/realms/staff",
                    "client_id": "platform",
                    "secret": "s3cret",
                }
            ]
        )
    )
    assert app["provider_id"] == "lindenhove"
    assert app["settings"]["server_url"] == "https://idp.lindenhove.be/realms/staff"
    assert app["settings"]["oauth_pkce_enabled"] is True


def test_an_entra_tenant_needs_only_its_id():
    (app,) = provider_apps(
        '[{"id": "kortrijk", "name": "Kortrijk", "entra_tenant": "9188040d-6c67", '
        '"client_id": "c", "secret": "s"}]'
    )
    assert app["settings"]["server_url"] == "https://login.microsoftonline.com/9188040d-6c67/v2.0"
    assert app["settings"]["email_claims"] == ["email", "preferred_username"]


@pytest.mark.parametrize(
    "value, message",
    [
        ("{not json", "not valid JSON"),
        ('{"id": "x"}', "JSON list"),
        ('[{"id": "x", "name": "X", "client_id": "c"}]', "lacks secret"),
        ('[{"id": "x", "name": "X", "client_id": "c", "secret": "s"}]', "needs server_url"),
    ],
)
def test_a_wrong_setting_stops_the_start_with_a_clear_message(value, message):
    with pytest.raises(ProviderConfigError, match=message):
        provider_apps(value)


def test_the_sign_in_page_may_send_its_form_on_to_each_provider():
    apps = provider_apps(
        '[{"id": "a", "name": "A", "entra_tenant": "t1", "client_id": "c", "secret": "s"},'
        ' {"id": "b", "name": "B", "entra_tenant": "t2", "client_id": "c", "secret": "s"},'
        ' {"id": "c", "name": "C", "server_url": "https://idp.c.be:8443/realms/x",'
        '  "client_id": "c", "secret": "s"}]'
    )
    assert sign_in_origins(apps) == ["https://login.microsoftonline.com", "https://idp.c.be:8443"]


def test_no_setting_no_providers():
    assert provider_apps(None) == []


@pytest.mark.django_db
def test_an_organisations_domains_are_tidied_and_checked():
    organisation = OrganisationFactory.build(
        name="Lindenhove", email_domains=" Lindenhove.BE,ocmw-lindenhove.be ,"
    )
    organisation.full_clean()
    assert organisation.email_domains == "lindenhove.be, ocmw-lindenhove.be"

    organisation.email_domains = "lindenhove"
    with translation.override("en"), pytest.raises(ValidationError, match="is not a domain name"):
        organisation.full_clean()


@pytest.mark.django_db
def test_a_domain_belongs_to_one_organisation():
    OrganisationFactory(name="Lindenhove", email_domains="lindenhove.be")
    rival = OrganisationFactory.build(name="Elsewhere", email_domains="lindenhove.be")
    with translation.override("en"), pytest.raises(ValidationError, match="already belongs to"):
        rival.full_clean()


@pytest.mark.django_db
def test_only_the_organisations_own_provider_vouches_for_its_domains():
    OrganisationFactory(
        name="Lindenhove", email_domains="lindenhove.be", sign_in_provider="lindenhove"
    )
    assert vouches_for("lindenhove", "an@lindenhove.be")
    assert vouches_for("lindenhove", "AN@Lindenhove.be")
    assert not vouches_for("elsewhere", "an@lindenhove.be")
    assert not vouches_for("lindenhove", "an@sub.lindenhove.be")
    assert not vouches_for("lindenhove", "an@lindenhove.be.evil.example")
    assert not vouches_for("lindenhove", "no-address")
