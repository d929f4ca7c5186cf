"""Opening the year's review, exemptions, and the proposals for the code."""

import pytest
from django.utils import timezone

from integrity_platform.people.models import Member, Organisation
from integrity_platform.review.models import (
    ChangeProposal,
    Exemption,
    ReviewCycle,
    ReviewSession,
    ReviewStatus,
    State,
)
from tests.certificates.helpers import sign_in_to_admin

pytestmark = pytest.mark.django_db


def login(client, who):
    return sign_in_to_admin(client, who)


def test_officer_opens_next_years_review_for_every_organisation(client, demo):
    login(client, "officer")
    year = timezone.localdate().year + 1
    data = {"year": year, "opens_on": f"{year}-01-15", "due_on": f"{year - 1}-12-31"}
    response = client.post("/admin/review/open/", data)
    assert response.status_code == 200  # due before it opens: refused
    assert not ReviewCycle.objects.filter(year=year).exists()
    data["due_on"] = f"{year}-11-30"
    response = client.post("/admin/review/open/", data)
    assert response.status_code == 302
    assert ReviewCycle.objects.filter(year=year).count() == Organisation.objects.count()
    assert ReviewStatus.objects.filter(cycle__year=year).exists()
    client.post("/admin/review/open/", data)  # opening again changes nothing
    assert ReviewCycle.objects.filter(year=year).count() == Organisation.objects.count()


def test_coordinators_cannot_open_the_review(client, demo):
    login(client, "coordinator")
    assert client.get("/admin/review/open/").status_code in (302, 403)


def test_coordinator_exempts_a_member_of_their_own_organisation(client, demo):
    login(client, "coordinator")
    official = Member.objects.get(user__email="official@example.org")
    partner = Member.objects.filter(organisation__name="Commune de Koudoubé").first()
    year = timezone.localdate().year
    cycle = ReviewCycle.objects.get(organisation=official.organisation, year=year)
    foreign_cycle = ReviewCycle.objects.get(organisation=partner.organisation, year=year)
    add = "/admin/review/exemptions/new/"
    form = client.get(add).content.decode()
    assert "Commune de Koudoubé" not in form
    response = client.post(add, {"cycle": foreign_cycle.pk, "member": partner.pk, "reason": "x"})
    assert response.status_code == 200 and not Exemption.objects.filter(member=partner).exists()
    client.post(add, {"cycle": cycle.pk, "member": official.pk, "reason": "Long-term leave"})
    assert Exemption.objects.get(member=official).cycle == cycle
    status = ReviewStatus.objects.with_state().get(member=official, cycle=cycle)
    assert status.state == State.EXEMPT


def test_officer_marks_a_proposal_as_taken_into_a_version(client, demo):
    cycle = ReviewCycle.objects.get(
        organisation__name="Gemeente Lindenhove", year=timezone.localdate().year
    )
    session = ReviewSession.objects.create(cycle=cycle, starts_at=timezone.now(), place="Zaal")
    proposal = ChangeProposal.objects.create(session=session, text="Add a rule on per diems.")
    login(client, "officer")
    page = client.get("/admin/review/proposals/").content.decode()
    assert "Add a rule on per diems." in page and "Gemeente Lindenhove" in page
    edit = f"/admin/review/proposals/edit/{proposal.pk}/"
    assert client.post(edit, {"status": "taken", "version_label": ""}).status_code == 200
    client.post(edit, {"status": "taken", "version_label": "2027.1"})
    proposal.refresh_from_db()
    assert proposal.status == "taken" and proposal.version_label == "2027.1"
    assert proposal.handled_by.email == "officer@example.org"
    client.logout()
    login(client, "coordinator")
    assert client.get("/admin/review/proposals/").status_code in (302, 403)
