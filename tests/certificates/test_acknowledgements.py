"""Issuing acknowledgements, and the queries the annual review asks."""

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.utils import timezone
from wagtail.models import ModelLogEntry

from certificates.adapter import get_adapter
from certificates.issuing import issue, revoke
from certificates.models import Acknowledgement, CodeVersion, Kind, Receipt
from certificates.models.acknowledgements import CODE_ALPHABET
from certificates.queries import (
    current_acknowledgement,
    holders_of_current_acknowledgement,
    status_of,
)
from certificates.signals import acknowledgement_issued
from integrity_platform.people.models import Member
from tests.factories import MemberFactory

from .conftest import publish
from .helpers import issue_signature as sign

pytestmark = pytest.mark.django_db
BRUSSELS = ZoneInfo("Europe/Brussels")


@pytest.fixture
def version(code):
    publish(code)
    return CodeVersion.objects.get()


def test_issuing_twice_creates_one_acknowledgement_and_signals_once(
    version, lindenhove, django_capture_on_commit_callbacks
):
    received = []
    acknowledgement_issued.connect(lambda **kw: received.append(kw), weak=False)
    user = MemberFactory(organisation=lindenhove).user
    with django_capture_on_commit_callbacks(execute=True):
        first, created = sign(user, version)
        second, created_again = sign(user, version)
    assert (created, created_again) == (True, False)
    assert first == second and Acknowledgement.objects.count() == 1
    assert len(received) == 1
    assert len(first.verification_code) == 16
    assert ModelLogEntry.objects.filter(action="certificates.issue").count() == 1


def test_verification_codes_are_unique_and_unguessable(version, lindenhove):
    codes = {
        sign(MemberFactory(organisation=lindenhove).user, version)[0].verification_code
        for _ in range(20)
    }
    assert len(codes) == 20
    assert all(len(code) == 16 and set(code) <= set(CODE_ALPHABET) for code in codes)


def test_current_acknowledgement_between_dates(version, lindenhove):
    user = MemberFactory(organisation=lindenhove).user
    acknowledgement, _ = sign(user, version)
    today = timezone.localdate()
    assert current_acknowledgement(user) == acknowledgement
    assert (
        current_acknowledgement(user, acknowledged_between=(today - timedelta(1), today))
        is not None
    )
    assert (
        current_acknowledgement(user, acknowledged_between=(date(2020, 1, 1), date(2020, 12, 31)))
        is None
    )
    assert status_of(acknowledgement) == "valid"


def test_material_version_supersedes_minor_does_not(code, version, lindenhove):
    user = MemberFactory(organisation=lindenhove).user
    acknowledgement, _ = sign(user, version)
    code.refresh_from_db()
    code.version_label, code.change, code.effective_date = "2026.2", "minor", date(2026, 3, 1)
    code.intro = "<p>Tikfout verbeterd.</p>"
    code = publish(code)
    assert status_of(acknowledgement) == "valid"
    code.version_label, code.change, code.effective_date = "2027.1", "material", date(2027, 1, 1)
    code.intro = "<p>Nieuwe regel.</p>"
    publish(code)
    # A version supersedes from the day it takes effect, not from the day it is published.
    with time_machine.travel(datetime(2026, 12, 31, 23, 0, tzinfo=BRUSSELS)):
        assert status_of(acknowledgement) == "valid"
    with time_machine.travel(datetime(2027, 1, 1, 0, 30, tzinfo=BRUSSELS)):
        assert status_of(acknowledgement) == "superseded"
        assert current_acknowledgement(user) is None


def test_revoked_acknowledgement_is_not_current_and_can_be_issued_again(version, lindenhove):
    user = MemberFactory(organisation=lindenhove).user
    acknowledgement, _ = sign(user, version)
    revoke(acknowledgement, reason="Signed for someone else", user=user)
    assert status_of(acknowledgement) == "revoked"
    assert current_acknowledgement(user) is None
    reissued, created = sign(user, version)
    assert created and reissued != acknowledgement
    assert ModelLogEntry.objects.filter(action="certificates.revoke").count() == 1


def test_holders_query_is_one_set_in_constant_queries(
    version, lindenhove, django_assert_num_queries
):
    signed = [MemberFactory(organisation=lindenhove).user for _ in range(3)]
    unsigned = [MemberFactory(organisation=lindenhove).user for _ in range(3)]
    for user in signed:
        sign(user, version)
    with django_assert_num_queries(2):
        holders = holders_of_current_acknowledgement(signed + unsigned)
    assert holders == {user.pk for user in signed}


@pytest.mark.parametrize(
    "role, kind",
    [
        (Member.ProgrammeRole.TEAM_MEMBER, Kind.SIGNATURE),
        (Member.ProgrammeRole.MUNICIPAL_OFFICIAL, Kind.SIGNATURE),
        (Member.ProgrammeRole.DELEGATION_MEMBER, Kind.RECEIPT),
        (Member.ProgrammeRole.PARTNER_REPRESENTATIVE, Kind.PARTNER),
    ],
)
def test_the_kind_offered_follows_the_role(lindenhove, role, kind):
    member = MemberFactory(organisation=lindenhove, programme_role=role)
    assert get_adapter().kind_for(member.user) == kind
    assert get_adapter().details_on_record(member.user)["employer"] == "Gemeente Lindenhove"


def test_one_query_returns_each_kind(version, lindenhove):
    sign(MemberFactory(organisation=lindenhove).user, version)
    issue(
        Receipt,
        user=MemberFactory(organisation=lindenhove).user,
        version=version,
        language="en",
        text_checksum="0" * 64,
        statement="Received and read.",
        full_name="Delegation member",
        visit="Work visit 2026",
        visit_start=date(2026, 5, 1),
        visit_end=date(2026, 5, 10),
    )
    kinds = sorted(type(a).__name__ for a in Acknowledgement.objects.all())
    assert kinds == ["Receipt", "Signature"]
