"""The invitation to a new member, as their mail server receives it."""

from datetime import date

import pytest

from integrity_platform.people.invitations import invite_member
from integrity_platform.people.models import Member

from .conftest import SITE_URL, assert_two_parts_in, attachments, body, subject

pytestmark = pytest.mark.django_db


def test_the_invitation_arrives_in_the_invitees_language_with_both_parts(
    smtp, lindenhove, committed
):
    with committed():
        invite_member(
            email="nouvelle@example.org",
            first_name="Aïcha",
            last_name="Ouédraogo",
            organisation=lindenhove,
            programme_role=Member.ProgrammeRole.MUNICIPAL_OFFICIAL,
            language="fr",
            start_date=date(2026, 3, 2),
            invited_by=None,
        )
    (message,) = smtp.wait_for(1)
    assert smtp.envelopes[0][1] == ["nouvelle@example.org"]
    assert subject(message).startswith("Votre invitation à ")
    assert_two_parts_in(message, "fr")
    ignore = "Si vous n’attendiez pas cette invitation, vous pouvez ignorer cet e-mail."
    text, html = body(message, "plain"), body(message, "html")
    assert ignore in text and ignore in html
    link = f"{SITE_URL}/fr/accounts/password/reset/key/"
    assert link in text and f'<a href="{link}' in html
    assert "Aïcha Ouédraogo" in text and "Aïcha Ouédraogo" in html
    assert attachments(message) == []
