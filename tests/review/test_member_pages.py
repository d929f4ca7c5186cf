"""A member's own review page, and checking in to a session by its code."""

from datetime import timedelta

import pytest
from django.utils import timezone

from integrity_platform.review.models import Attendance, ReviewSession, ReviewStatus
from tests.factories import PASSWORD, MemberFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def member(lindenhove, cycle, client, committed):
    with committed():  # a new member joins the open cycle when the transaction commits
        member = MemberFactory(organisation=lindenhove)
    client.login(email=member.user.email, password=PASSWORD)
    return member


@pytest.fixture
def session(cycle):
    return ReviewSession.objects.create(
        cycle=cycle, starts_at=timezone.now() - timedelta(minutes=10), place="Raadzaal"
    )


def test_my_review_shows_what_is_left_with_links(member, session, client):
    page = client.get("/en/review/").content.decode()
    assert "In progress" in page and "/en/acknowledge/" in page
    assert "Raadzaal" in page and "/en/review/check-in/" in page


def test_checking_in_with_the_code_counts_once(member, session, client):
    code = session.check_in_code.lower()  # typed in lower case on a phone: still fine
    assert (
        f'value="{session.check_in_code}"'
        in client.get(f"/en/review/check-in/?code={session.check_in_code}").content.decode()
    )
    response = client.post("/en/review/check-in/", {"code": f" {code} "}, follow=True)
    assert "You are checked in." in response.content.decode()
    response = client.post("/en/review/check-in/", {"code": code}, follow=True)
    assert "You were already checked in." in response.content.decode()
    assert Attendance.objects.filter(member=member, how="code").count() == 1
    assert ReviewStatus.objects.get(member=member).took_part


@pytest.mark.parametrize("mistake", ["wrong", "other_organisation", "yesterday"])
def test_a_wrong_foreign_or_expired_code_records_nothing(member, session, client, mistake):
    code = session.check_in_code
    if mistake == "wrong":
        code = "ZZZZZZ" if code != "ZZZZZZ" else "YYYYYY"
    elif mistake == "other_organisation":
        session.cycle.organisation = MemberFactory().organisation
        session.cycle.save()
    else:
        session.starts_at -= timedelta(days=1)
        session.save()
    response = client.post("/en/review/check-in/", {"code": code})
    assert response.status_code == 200
    assert "does not open a review session" in response.content.decode()
    assert not Attendance.objects.exists()


def test_someone_outside_any_review_sees_a_clear_page(client, demo):
    client.login(email="partner@example.org", password="demo-Integrity-2026")
    page = client.get("/en/review/").content.decode()
    assert "There is no annual review for you this year." in page


def test_guessing_codes_is_stopped_after_ten_wrong_ones(member, session, client):
    wrong = "ZZZZZZ" if session.check_in_code != "ZZZZZZ" else "YYYYYY"
    statuses = [client.post("/en/review/check-in/", {"code": wrong}).status_code for _ in range(11)]
    assert statuses == [200] * 10 + [429]
    response = client.post("/en/review/check-in/", {"code": session.check_in_code})
    assert response.status_code == 429 and not Attendance.objects.exists()
