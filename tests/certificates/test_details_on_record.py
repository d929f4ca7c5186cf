"""An acknowledgement carries the name and organisation on the member's record: the form
shows them read-only, a forged POST changes nothing, and a member whose record is wrong asks
their coordinator for a correction."""

import pytest
from django.core import mail

from certificates.models import CodeVersion, PartnerAcknowledgement, Signature
from integrity_platform.people import roles
from integrity_platform.people.models import Member
from tests.conftest import member_with_role
from tests.factories import PASSWORD, MemberFactory, UserFactory

from .conftest import publish

pytestmark = pytest.mark.django_db
ACKNOWLEDGE = "/nl/acknowledge/"  # the code is published in Dutch
CORRECTION = "/en/my-details/correction/"


@pytest.fixture
def version(code):
    publish(code)
    return CodeVersion.objects.get()


@pytest.fixture
def an(client, version, lindenhove):
    """An Peeters, municipal official of Lindenhove, signed in."""
    member = MemberFactory(
        organisation=lindenhove,
        user__first_name="An",
        user__last_name="Peeters",
        user__email="an@example.org",
    )
    client.login(email="an@example.org", password=PASSWORD)
    return member


def forged_signature(client, **fields):
    client.get(ACKNOWLEDGE)  # reading the code is part of signing
    return client.post(
        ACKNOWLEDGE,
        {
            "full_name": "Someone Else",
            "employer": "Forged Consultancy BV",
            "place": "Lindenhove",
            "typed_signature": "An Peeters",
            "confirm": "on",
            **fields,
        },
    )


def test_the_form_shows_the_details_on_record_as_text_with_a_way_to_correct_them(client, an):
    page = client.get(ACKNOWLEDGE).content.decode()
    assert "<dd>An Peeters</dd>" in page and "<dd>Gemeente Lindenhove</dd>" in page
    assert 'type="text" name="full_name"' not in page
    assert 'type="text" name="employer"' not in page
    assert 'href="/nl/my-details/correction/?next=/nl/acknowledge/"' in page


def test_a_forged_name_and_employer_change_nothing(client, an):
    response = forged_signature(client)
    assert response.status_code == 302
    signature = Signature.objects.get(user=an.user)
    assert (signature.full_name, signature.employer) == ("An Peeters", "Gemeente Lindenhove")
    assert "An Peeters" in signature.statement and "Gemeente Lindenhove" in signature.statement
    assert "Someone Else" not in signature.statement and "Forged" not in signature.statement


def test_signing_with_another_name_than_the_one_on_record_is_refused(client, an):
    response = forged_signature(client, typed_signature="Someone Else")
    assert 'id="id_typed_signature_error"' in response.content.decode()
    assert not Signature.objects.filter(user=an.user).exists()


def test_a_partner_acknowledges_for_the_organisation_on_record(client, version, koudoube):
    partner = MemberFactory(
        organisation=koudoube,
        programme_role=Member.ProgrammeRole.PARTNER_REPRESENTATIVE,
        user__email="partner@example.org",
    )
    client.login(email="partner@example.org", password=PASSWORD)
    client.get(ACKNOWLEDGE)
    client.post(
        ACKNOWLEDGE,
        {"organisation": "Another Organisation", "commitment": "share_own", "confirm": "on"},
    )
    acknowledgement = PartnerAcknowledgement.objects.get(user=partner.user)
    assert acknowledgement.organisation == "Commune de Koudoubé"
    assert "Another Organisation" not in acknowledgement.statement


@pytest.fixture
def coordinators(role_groups, lindenhove):
    """Lindenhove's coordinator (reads Dutch) and another organisation's."""
    ours = member_with_role(lindenhove, "coordinator@example.org", roles.COORDINATOR)
    ours.preferred_language = "nl"
    ours.save()
    elsewhere = MemberFactory(organisation__name="Gemeente Elders").organisation
    member_with_role(elsewhere, "elsewhere@example.org", roles.COORDINATOR)
    return ours


def test_a_member_asks_their_coordinator_for_a_correction(client, an, coordinators, committed):
    page = client.get(CORRECTION, {"next": ACKNOWLEDGE}).content.decode()
    assert "An Peeters" in page and "Gemeente Lindenhove" in page
    with committed():
        response = client.post(
            f"{CORRECTION}?next={ACKNOWLEDGE}", {"message": "My name is An Peeters-Maes."}
        )
    assert response.status_code == 302 and response["Location"] == ACKNOWLEDGE
    assert [message.to for message in mail.outbox] == [["coordinator@example.org"]]
    letter = mail.outbox[0]
    assert "An Peeters-Maes" in letter.body and letter.reply_to == ["an@example.org"]
    assert "An Peeters" in letter.subject
    assert f"/admin/members/edit/{an.pk}/" in letter.body
    followed = client.get(ACKNOWLEDGE).content.decode()
    assert "Your request is sent to your coordinator" in followed


def test_corrections_are_rate_limited_and_an_empty_one_is_refused(
    client, an, coordinators, committed
):
    with committed():
        empty = client.post(CORRECTION, {"message": "  "})
        assert "This field is required." in empty.content.decode()
        for _ in range(3):
            client.post(CORRECTION, {"message": "Please correct my name."})
        fourth = client.post(CORRECTION, {"message": "Please correct my name."})
    assert fourth.status_code == 200
    assert "You have already sent 3 requests today." in fourth.content.decode()
    assert len(mail.outbox) == 3


def test_without_a_coordinator_the_integrity_officers_are_asked(
    client, an, role_groups, koudoube, committed
):
    member_with_role(koudoube, "officer@example.org", roles.INTEGRITY_OFFICER)
    with committed():
        client.post(CORRECTION, {"message": "My employer changed."})
    assert [message.to for message in mail.outbox] == [["officer@example.org"]]


def test_only_members_ask_for_corrections_and_a_forged_next_stays_on_the_site(
    client, an, coordinators
):
    response = client.post(f"{CORRECTION}?next=https://evil.example/", {"message": "x"})
    assert response["Location"] == "/"
    client.logout()
    assert client.get(CORRECTION).status_code == 302  # to sign in
    client.force_login(UserFactory())  # an account without a membership
    assert client.get(CORRECTION).status_code == 404
