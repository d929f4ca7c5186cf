"""The invitation to a review session, with its calendar file, in each member's language."""

from datetime import timedelta

import pytest
from django.utils import timezone

from integrity_platform.review.invitations import send_invitations
from integrity_platform.review.models import ReviewSession
from tests.factories import MemberFactory

from .conftest import assert_two_parts_in, attachments, body, subject

pytestmark = pytest.mark.django_db


def test_each_member_gets_the_invitation_and_its_ics_in_their_language(
    smtp, lindenhove, cycle, committed
):
    dutch = MemberFactory(organisation=lindenhove, user__preferred_language="nl").user
    french = MemberFactory(organisation=lindenhove, user__preferred_language="fr").user
    session = ReviewSession.objects.create(
        cycle=cycle, starts_at=timezone.now() + timedelta(days=7), place="Raadzaal"
    )
    with committed():
        assert send_invitations(session) == 2
    received = {message["To"]: message for message in smtp.wait_for(2)}

    nl, fr = received[dutch.email], received[french.email]
    assert subject(nl) == "Uitnodiging: jaarlijkse bespreking van de ethische code"
    assert subject(fr) == "Invitation\u202f: revue annuelle du code d’éthique"
    assert_two_parts_in(nl, "nl")
    assert_two_parts_in(fr, "fr")
    assert "Vous êtes invité(e) à la revue du code d’éthique" in body(fr, "html")
    for message, filename in ((nl, "bespreekmoment.ics"), (fr, "seance-de-revue.ics")):
        ((name, content_type, calendar),) = attachments(message)
        assert (name, content_type) == (filename, "text/calendar")
        assert calendar.startswith("BEGIN:VCALENDAR") and "LOCATION:Raadzaal" in calendar
