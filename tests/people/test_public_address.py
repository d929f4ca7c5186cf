"""Emails that bring people to the site (an invitation, a password reset) link to the
public address (SITE_URL), whatever host the coordinator or the member came by."""

import re
from datetime import date

import pytest
from django.core import mail
from django.test import RequestFactory

from integrity_common.middleware import CurrentRequestMiddleware
from integrity_platform.people.invitations import invite_member
from integrity_platform.people.models import Member
from tests.factories import MemberFactory

pytestmark = pytest.mark.django_db
PUBLIC = "https://integrity.example.org"


@pytest.fixture(autouse=True)
def public_address(settings):
    settings.SITE_URL = PUBLIC


def invite(lindenhove):
    return invite_member(
        email="ana@example.org",
        first_name="Ana",
        last_name="Rojas",
        organisation=lindenhove,
        programme_role=Member.ProgrammeRole.MUNICIPAL_OFFICIAL,
        language="es",
        start_date=date(2026, 3, 2),
        invited_by=None,
    )


def test_an_invitation_links_to_the_public_address(lindenhove, committed):
    # Sent while a coordinator's request, reached by an internal host name, is served.
    request = RequestFactory().get("/admin/members/", HTTP_HOST="web-1.internal")
    with committed():
        CurrentRequestMiddleware(lambda request: invite(lindenhove))(request)
    (email,) = mail.outbox
    assert re.search(rf"{re.escape(PUBLIC)}/es/accounts/password/reset/key/\S+", email.body)
    assert "web-1.internal" not in email.body


def test_a_password_reset_links_to_the_public_address(client, lindenhove, committed):
    member = MemberFactory(organisation=lindenhove, user__preferred_language="en")
    with committed():  # allauth's emails leave through a task once the request commits
        client.post(
            "/en/accounts/password/reset/",
            {"email": member.user.email},
            HTTP_HOST="web-1.internal",
        )
    (email,) = mail.outbox
    assert re.search(rf"{re.escape(PUBLIC)}/en/accounts/password/reset/key/\S+", email.body)
    assert "web-1.internal" not in email.body
