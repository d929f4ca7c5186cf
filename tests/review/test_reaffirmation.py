"""Every review year a member reaffirms the code: a new acknowledgement, with a new code and
PDF, while last year's stays on record as last year's."""

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest
import time_machine

from certificates.models import Acknowledgement, Signature
from certificates.queries import status_of
from integrity_platform.review.cycles import open_cycles
from integrity_platform.review.models import ReviewStatus
from integrity_platform.review.record import training_record
from tests.certificates.conftest import publish
from tests.factories import PASSWORD, MemberFactory

pytestmark = pytest.mark.django_db
BRUSSELS = ZoneInfo("Europe/Brussels")
LAST_YEAR = datetime(2025, 10, 14, 10, 0, tzinfo=BRUSSELS)
THIS_YEAR = datetime(2026, 3, 9, 10, 0, tzinfo=BRUSSELS)
DETAILS = {
    "full_name": "Lotte Janssens",
    "employer": "Gemeente Lindenhove",
    "place": "Lindenhove",
    "typed_signature": "Lotte Janssens",
    "confirm": "on",
}


def open_year(year, organisation):
    return open_cycles(
        year, opens_on=date(year, 2, 1), due_on=date(year, 6, 30), organisations=[organisation]
    )[0]


@pytest.fixture
def version(code):
    """Version 2025.1 of the code, in force since 1 January 2025 (in Dutch only: English
    readers are asked to choose, Dutch ones read it)."""
    code.version_label, code.effective_date = "2025.1", date(2025, 1, 1)
    return publish(code)


@pytest.fixture
def member(lindenhove, version, client, committed):
    """A municipal official who signed in last year's review."""
    with time_machine.travel(LAST_YEAR, tick=False):
        with committed():
            member = MemberFactory(
                organisation=lindenhove,
                user__first_name="Lotte",
                user__last_name="Janssens",
                start_date=date(2024, 9, 1),
            )
        open_year(2025, lindenhove)
        client.login(email=member.user.email, password=PASSWORD)
        client.get("/nl/acknowledge/")
        with committed():
            assert client.post("/nl/acknowledge/", DETAILS).status_code == 302
    return member


def test_a_member_who_signed_last_year_reaffirms_in_three_clicks(member, client, committed):
    last_year = Acknowledgement.objects.get()
    assert last_year.period == "review-2025"
    with time_machine.travel(THIS_YEAR, tick=False):
        open_year(2026, member.organisation)
        status = ReviewStatus.objects.get(member=member, cycle__year=2026)
        assert not status.acknowledged
        client.force_login(member.user)  # last year's session has expired

        # 1: My review links to the code; 2-3: confirm and sign (the details are filled in).
        review = client.get("/nl/review/").content.decode()
        assert 'href="/nl/acknowledge/"' in review
        form = client.get("/nl/acknowledge/").content.decode()
        assert 'class="due"' in form and 'name="confirm"' in form  # "For: Annual review 2026"
        assert 'value="Gemeente Lindenhove"' in form
        with committed():
            response = client.post("/nl/acknowledge/", {**DETAILS, "place": "Brussel"})
        assert response.status_code == 302
        # A double submission creates nothing more.
        client.post("/nl/acknowledge/", {**DETAILS, "place": "Brussel"})

        this_year = Acknowledgement.objects.exclude(pk=last_year.pk).get()
        assert this_year.period == "review-2026"
        assert this_year.verification_code != last_year.verification_code
        assert this_year.pdf and this_year.pdf.name != last_year.pdf.name
        assert this_year.version == last_year.version
        assert status_of(last_year) == "valid"  # the record of its year
        assert ReviewStatus.objects.get(member=member, cycle__year=2026).acknowledged
        assert ReviewStatus.objects.get(member=member, cycle__year=2025).acknowledged
        assert 'name="confirm"' not in client.get("/nl/acknowledge/").content.decode()

        record = training_record(member)
        days = [entry.day for entry in record if entry.title.endswith("· 2025.1")]
        assert days == [date(2026, 3, 9), date(2025, 10, 14)]


def test_the_database_holds_one_standing_acknowledgement_per_period(member):
    from django.db import IntegrityError, transaction

    held = Signature.objects.get()
    with pytest.raises(IntegrityError), transaction.atomic():
        Signature.objects.create(
            user=held.user,
            version=held.version,
            period=held.period,
            language="en",
            text_checksum=held.text_checksum,
            statement="twice",
            full_name="Lotte Janssens",
            employer="x",
            place="x",
            typed_signature="Lotte Janssens",
        )


def test_a_paper_signature_of_last_year_counts_for_last_year(
    lindenhove, version, client, officer, committed
):
    with time_machine.travel(THIS_YEAR, tick=False):
        open_year(2025, lindenhove)
        open_year(2026, lindenhove)
        with committed():
            person = MemberFactory(
                organisation=lindenhove,
                user__email="paper@example.org",
                # The name on the paper is the one on record (else the officer says why).
                user__first_name="Lotte",
                user__last_name="Janssens",
                start_date=date(2020, 1, 1),
            )
        client.force_login(officer)
        add = "/admin/code/acknowledgements/new/"
        query = "?email=paper%40example.org&kind=&language=nl"
        paper = {
            **DETAILS,
            "acknowledged_on": "2025-11-20",
            "recorded_note": "Signed on paper at the review meeting",
        }
        with committed():
            assert client.post(add + query, paper).status_code == 302
        recorded = Signature.objects.get(user=person.user)
        assert (recorded.period, recorded.acknowledged_on) == ("review-2025", date(2025, 11, 20))
        assert recorded.signed_on == date(2025, 11, 20)
        assert ReviewStatus.objects.get(member=person, cycle__year=2025).acknowledged
        assert not ReviewStatus.objects.get(member=person, cycle__year=2026).acknowledged
        # This year's, recorded too, is a second acknowledgement of the same version.
        with committed():
            response = client.post(add + query, {**paper, "acknowledged_on": "2026-03-02"})
        assert response.status_code == 302
        assert Signature.objects.filter(user=person.user).count() == 2
        assert ReviewStatus.objects.get(member=person, cycle__year=2026).acknowledged
