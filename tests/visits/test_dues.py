"""What a visit asks of its delegates: one receipt per visit, through the certificates
plugin's signing step, and a next step on the home page until it is done."""

from datetime import date

import pytest
from django.test import RequestFactory
from django.utils import translation

from certificates.models import Kind, Receipt
from integrity_platform.home.next_steps import next_steps_for
from integrity_platform.visits.dues import TAKE_NOTE_DAYS_AFTER, visit_dues

from .conftest import make_visit, take_note

pytestmark = pytest.mark.django_db


@pytest.fixture
def two_visits(lindenhove, an):
    earlier = make_visit(
        lindenhove,
        an,
        name="Bezoek Valle Alto",
        destination="Valle Alto, Perú",
        starts_on=date(2026, 10, 5),
        ends_on=date(2026, 10, 12),
    )
    later = make_visit(lindenhove, an)  # Koudoubé, 2 to 9 November 2026
    return earlier, later


def test_two_visits_are_two_dues_the_most_recent_first(an, two_visits):
    earlier, later = two_visits
    with translation.override("en"):
        dues = visit_dues(an)
    assert [due.period for due in dues] == [later.period, earlier.period]
    due = dues[0]
    assert due.kind == Kind.RECEIPT
    assert due.label == "Work visit to Koudoubé, Burkina Faso, 2 November 2026 – 9 November 2026"
    assert due.initial == {
        "visit": "Stedenbandbezoek – Koudoubé, Burkina Faso",
        "visit_start": date(2026, 11, 2),
        "visit_end": date(2026, 11, 9),
    }
    assert due.fixed == ("visit", "visit_start", "visit_end")


def test_taking_note_for_one_leaves_the_other(an, two_visits, version):
    earlier, later = two_visits
    take_note(an, later, version)
    assert [due.period for due in visit_dues(an)] == [earlier.period]
    take_note(an, earlier, version)
    assert visit_dues(an) == []


def test_a_receipt_for_one_visit_does_not_count_for_another(an, bram, two_visits, version):
    earlier, later = two_visits
    take_note(an, earlier, version)
    assert [due.period for due in visit_dues(an)] == [later.period]
    # Nor does a colleague's receipt, nor a revoked one.
    Receipt.objects.filter(user=an.user).update(revoked_at="2026-10-20T10:00+02:00")
    assert len(visit_dues(an)) == 2


def test_a_visit_is_due_until_a_month_after_it_ends(an, two_visits, time_machine):
    earlier, later = two_visits  # the earlier one ended on 12 October
    assert TAKE_NOTE_DAYS_AFTER == 30
    time_machine.move_to("2026-11-11 23:30 +01:00", tick=False)
    assert len(visit_dues(an)) == 2
    time_machine.move_to("2026-11-12 00:30 +01:00", tick=False)
    assert [due.period for due in visit_dues(an)] == [later.period]


def test_no_one_else_is_asked(bram, koudoube_visit, two_visits):
    assert visit_dues(bram) == []  # a colleague, not on these visits


def test_visit_dues_take_a_constant_number_of_queries(lindenhove, an, django_assert_num_queries):
    for n in range(5):
        make_visit(lindenhove, an, name=f"Bezoek {n}")
    with django_assert_num_queries(1):
        assert len(visit_dues(an)) == 5


def test_the_home_page_offers_one_step_per_pending_visit(an, two_visits, version):
    """The certificates plugin's next steps list what is due, the host's visits included."""
    earlier, later = two_visits
    take_note(an, earlier, version)
    request = RequestFactory().get("/en/")
    request.user = an.user
    with translation.override("en"):
        steps = next_steps_for(request)
    visit_steps = [step for step in steps if "?for=visit-" in step.url]
    assert [step.url for step in visit_steps] == [f"/en/acknowledge/?for={later.period}"]
    assert "Work visit to Koudoubé, Burkina Faso" in str(visit_steps[0].text)


RECEIPT_FORM = {
    "full_name": "An Peeters",
    "confirm": "on",
    # The visit is fixed: what a delegate sends instead is ignored.
    "visit": "Somewhere else",
    "visit_start": "2020-01-01",
}


def sign_receipt(client, visit, language="nl"):
    url = f"/{language}/acknowledge/?for={visit.period}"
    page = client.get(url).content.decode()  # reading the code is part of taking note
    assert str(visit) in page
    return client.post(url, RECEIPT_FORM)


def test_a_delegate_of_two_visits_takes_note_twice_through_the_signing_step(
    client, coordinator, an, two_visits, version
):
    earlier, later = two_visits
    client.force_login(an.user)
    response = sign_receipt(client, later)
    assert response.status_code == 302
    receipt = Receipt.objects.get()
    assert receipt.period == later.period and receipt.visit == str(later)
    assert (receipt.visit_start, receipt.visit_end) == (later.starts_on, later.ends_on)
    assert [due.period for due in visit_dues(an)] == [earlier.period]

    sign_receipt(client, earlier)
    client.post(f"/nl/acknowledge/?for={earlier.period}", RECEIPT_FORM)  # submitted twice
    assert sorted(Receipt.objects.values_list("period", flat=True)) == sorted(
        [earlier.period, later.period]
    )
    assert visit_dues(an) == []

    client.force_login(coordinator)
    for visit in (earlier, later):
        page = client.get(f"/admin/visits/inspect/{visit.pk}/").content.decode()
        assert "1 of 1 delegate has taken note" in page
