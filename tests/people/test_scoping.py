"""A coordinator sees and invites only within their own organisation."""

import pytest
from django.contrib.auth import get_user_model
from django.core import mail

from integrity_platform.people.models import Member
from tests.factories import MemberFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def members(lindenhove, koudoube):
    return {
        "own": MemberFactory(organisation=lindenhove, user__last_name="Eigen"),
        "other": MemberFactory(organisation=koudoube, user__last_name="Autre"),
    }


def test_coordinator_lists_only_their_organisation(client, coordinator, members):
    client.force_login(coordinator)
    page = client.get("/admin/members/").content.decode()
    assert "Eigen" in page
    assert "Autre" not in page


def test_officer_lists_every_organisation(client, officer, members):
    client.force_login(officer)
    page = client.get("/admin/members/").content.decode()
    assert "Eigen" in page and "Autre" in page


def test_coordinator_cannot_open_another_organisations_member(client, coordinator, members):
    client.force_login(coordinator)
    other = members["other"]
    assert client.get(f"/admin/members/edit/{other.pk}/").status_code == 404
    for view in ("inspect", "history", "usage", "delete"):
        assert client.get(f"/admin/members/{view}/{other.pk}/").status_code == 404, view
    response = client.post(
        f"/admin/members/edit/{other.pk}/",
        {
            "organisation": other.organisation_id,
            "programme_role": "team_member",
            "start_date": "2026-01-01",
        },
    )
    assert response.status_code == 404
    other.refresh_from_db()
    assert other.programme_role == Member.ProgrammeRole.MUNICIPAL_OFFICIAL


def test_coordinator_cannot_move_a_member_into_another_organisation(
    client, coordinator, members, koudoube
):
    client.force_login(coordinator)
    own = members["own"]
    response = client.post(
        f"/admin/members/edit/{own.pk}/",
        {
            "organisation": koudoube.pk,
            "programme_role": "municipal_official",
            "start_date": "2026-01-01",
            "is_active": "on",
        },
    )
    assert response.status_code == 200  # the form comes back with an error
    own.refresh_from_db()
    assert own.organisation.name == "Gemeente Lindenhove"


def test_coordinator_cannot_invite_into_another_organisation(client, coordinator, koudoube):
    client.force_login(coordinator)
    form_page = client.get("/admin/members/new/").content.decode()
    assert "Commune de Koudoubé" not in form_page
    response = client.post(
        "/admin/members/new/",
        {
            "email": "intruder@example.org",
            "first_name": "In",
            "last_name": "Truder",
            "preferred_language": "fr",
            "organisation": koudoube.pk,
            "programme_role": "municipal_official",
            "start_date": "2026-02-01",
        },
    )
    assert response.status_code == 200
    assert not get_user_model().objects.filter(email="intruder@example.org").exists()
    assert mail.outbox == []


def test_coordinator_invites_into_own_organisation(client, committed, coordinator, lindenhove):
    client.force_login(coordinator)
    with committed():
        response = client.post(
            "/admin/members/new/",
            {
                "email": "Nieuw@Example.org",
                "first_name": "Nieuwe",
                "last_name": "Collega",
                "preferred_language": "fr",
                "organisation": lindenhove.pk,
                "programme_role": "municipal_official",
                "start_date": "2026-02-01",
            },
        )
    assert response.status_code == 302
    member = Member.objects.get(user__email="nieuw@example.org")
    assert member.organisation == lindenhove
    assert member.invited_by == coordinator
    assert not member.user.has_usable_password()
    assert len(mail.outbox) == 1


def test_learner_has_no_access_to_members(client, lindenhove):
    learner = MemberFactory(organisation=lindenhove).user
    client.force_login(learner)
    assert client.get("/admin/members/").status_code in (302, 403)
    assert client.get("/admin/members/import/").status_code in (302, 403)


def test_member_listing_queries_do_not_grow_with_rows(
    client, officer, lindenhove, django_assert_max_num_queries
):
    client.force_login(officer)
    MemberFactory.create_batch(5, organisation=lindenhove)
    client.get("/admin/members/")  # warm caches (content types, site)
    with django_assert_max_num_queries(40) as few:
        client.get("/admin/members/")
    MemberFactory.create_batch(40, organisation=lindenhove)
    with django_assert_max_num_queries(len(few.captured_queries)):
        response = client.get("/admin/members/")
    assert response.status_code == 200


def test_invitation_can_be_sent_again_until_a_password_is_chosen(
    client, committed, coordinator, lindenhove
):
    client.force_login(coordinator)
    with committed():
        client.post(
            "/admin/members/new/",
            {
                "email": "late@example.org",
                "first_name": "Late",
                "last_name": "Comer",
                "preferred_language": "nl",
                "organisation": lindenhove.pk,
                "programme_role": "municipal_official",
                "start_date": "2026-02-01",
            },
        )
    member = Member.objects.get(user__email="late@example.org")
    with committed():
        response = client.post(
            f"/admin/members/edit/{member.pk}/",
            {
                "organisation": lindenhove.pk,
                "programme_role": "municipal_official",
                "start_date": "2026-02-01",
                "is_active": "on",
                "resend_invitation": "on",
            },
        )
    assert response.status_code == 302
    assert [m.to for m in mail.outbox] == [["late@example.org"], ["late@example.org"]]
    # Once the member has a password the option is gone.
    member.user.set_password("chosen-Password-2026")
    member.user.save()
    page = client.get(f"/admin/members/edit/{member.pk}/").content.decode()
    assert "resend_invitation" not in page


def test_coordinator_exports_only_their_members(client, coordinator, members):
    client.force_login(coordinator)
    response = client.get("/admin/members/?export=csv")
    assert response.status_code == 200
    content = b"".join(response.streaming_content).decode()
    assert members["own"].user.email in content
    assert members["other"].user.email not in content
    assert "Gemeente Lindenhove" in content
