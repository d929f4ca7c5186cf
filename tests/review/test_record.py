"""A member's training record: theirs to see and download, and their coordinator's."""

import io

import pytest
from django.utils import timezone
from pypdf import PdfReader

from integrity_platform.people.models import Member
from integrity_platform.review.models import Attendance, ReviewCycle, ReviewSession
from tests.certificates.helpers import DEMO_PASSWORD

pytestmark = pytest.mark.django_db


@pytest.fixture
def officer_record(demo):
    """The demo officer completed both courses; add a review session they attended."""
    officer = Member.objects.get(user__email="officer@example.org")
    cycle = ReviewCycle.objects.get(
        organisation=officer.organisation, year=timezone.localdate().year
    )
    session = ReviewSession.objects.create(
        cycle=cycle, starts_at=timezone.now(), place="Brussel, vergaderzaal 2"
    )
    Attendance.objects.create(session=session, member=officer, how="code")
    return officer


def pdf_text(response):
    pages = PdfReader(io.BytesIO(response.content)).pages
    return " ".join(" ".join(page.extract_text() for page in pages).split())


def test_members_see_and_download_their_own_record(client, officer_record):
    client.login(email="officer@example.org", password=DEMO_PASSWORD)
    page = client.get("/en/review/record/").content.decode()
    assert "Course completed" in page and "Annual review session" in page
    assert "Brussel, vergaderzaal 2" in page
    text = pdf_text(client.get("/en/review/record/pdf/"))
    assert officer_record.user.get_full_name() in text and "Brussel, vergaderzaal 2" in text


def test_coordinators_see_records_of_their_own_members_only(client, officer_record):
    client.login(email="coordinator@example.org", password=DEMO_PASSWORD)
    official = Member.objects.get(user__email="official@example.org")
    assert client.get(f"/admin/review/record/{official.pk}/").status_code == 200
    assert client.get(f"/admin/review/record/{official.pk}/pdf/").status_code == 200
    assert client.get(f"/admin/review/record/{officer_record.pk}/").status_code == 404
    assert client.get(f"/admin/review/record/{officer_record.pk}/pdf/").status_code == 404
