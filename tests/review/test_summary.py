"""The yearly summary for the moral report: right counts, and nobody named."""

import io
import re

import pytest
from django.utils import timezone
from pypdf import PdfReader

from integrity_platform.people.models import Member
from integrity_platform.review.models import (
    ChangeProposal,
    ReviewCycle,
    ReviewSession,
    ReviewStatus,
)
from integrity_platform.review.summary import yearly_summary
from tests.certificates.helpers import DEMO_PASSWORD, sign_in_to_admin

pytestmark = pytest.mark.django_db


@pytest.fixture
def year_with_a_session(demo):
    year = timezone.localdate().year
    cycle = ReviewCycle.objects.get(organisation__name="Gemeente Lindenhove", year=year)
    session = ReviewSession.objects.create(
        cycle=cycle,
        starts_at=timezone.now() - timezone.timedelta(days=1),
        place="Raadzaal",
        violations_discussed="yes",
        violations_note="A gift was returned.",
        changes_needed="yes",
        minutes_recorded_at=timezone.now(),
    )
    ChangeProposal.objects.create(session=session, text="Rule on per diems.")
    done = ReviewStatus.objects.filter(cycle=cycle, is_done=False).first()
    ReviewStatus.objects.filter(pk=done.pk).update(is_done=True)
    cycle.update_counts()  # as refresh() does after every change
    return year


def test_summary_counts(year_with_a_session):
    summary = yearly_summary(year_with_a_session)
    # Besides this session, the demo's year holds Lindenhove's session (minutes, no
    # violations discussed, no proposal: last year's proposal was made last year).
    assert summary.sessions_held == 2 and summary.sessions_with_minutes == 2
    assert summary.violations_yes == 1 and summary.violations_no == 1
    assert summary.proposals == 1 and summary.proposals_taken == 0
    # Thirteen members reviewed this year (Lindenhove 6, the international team 3,
    # Koudoubé 2, Heidebeke 1, Valle Alto 1; Scheldemeer's one is exempt); four are done in
    # the demo (colleague@ and the finance colleague, officer@ and admin@), one more here.
    reviewed = ReviewStatus.objects.filter(cycle__year=year_with_a_session, is_exempt=False)
    assert summary.members == reviewed.count() == 13
    assert summary.done == reviewed.filter(is_done=True).count() == 5
    assert summary.courses  # the demo's officer and staff completed courses this year


def names_and_emails():
    for member in Member.objects.select_related("user"):
        yield member.user.get_full_name()
        yield member.user.email


def test_csv_and_pdf_name_nobody(client, year_with_a_session):
    sign_in_to_admin(client, "officer")
    year = year_with_a_session
    csv = client.get(f"/admin/review/summary/csv/?year={year}").content.decode()
    response = client.get(f"/admin/review/summary/pdf/?year={year}")
    pages = PdfReader(io.BytesIO(response.content)).pages
    pdf = " ".join(" ".join(page.extract_text() for page in pages).split())
    page = client.get(f"/admin/review/summary/?year={year}").content.decode()
    for text in (csv, pdf):
        assert "Gemeente Lindenhove" in text and "Review sessions held" in text
        assert not re.search(r"[\w.]+@[\w.]+", text)
        for name in names_and_emails():
            assert name not in text
    assert "Gemeente Lindenhove" in page


def test_only_the_officer_sees_the_summary(client, demo):
    client.login(email="coordinator@example.org", password=DEMO_PASSWORD)
    for url in ("", "csv/", "pdf/"):
        assert client.get(f"/admin/review/summary/{url}").status_code in (302, 403)
