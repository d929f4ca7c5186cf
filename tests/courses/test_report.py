"""Course progress in the Wagtail admin: scoped by organisation, exported, constant queries."""

import pytest
from django.contrib.auth import get_user_model

from courses.models import Enrolment
from tests.factories import MemberFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def enrolled(course, lindenhove, koudoube):
    own = MemberFactory(organisation=lindenhove, user__last_name="Eigen").user
    other = MemberFactory(organisation=koudoube, user__last_name="Autre").user
    for user in (own, other):
        Enrolment.objects.create(user=user, course=course, source="assigned")
    return {"own": own, "other": other}


def test_coordinator_report_shows_only_their_organisation(client, coordinator, enrolled):
    client.force_login(coordinator)
    page = client.get("/admin/courses/progress/").content.decode()
    assert "Eigen" in page and "Autre" not in page
    export = client.get("/admin/courses/progress/?export=csv")
    content = b"".join(export.streaming_content).decode()
    assert enrolled["own"].email in content and enrolled["other"].email not in content
    assert "Gemeente Lindenhove" in content and "Not started" in content


def test_officer_report_filters_by_organisation_and_status(client, officer, enrolled, koudoube):
    client.force_login(officer)
    page = client.get("/admin/courses/progress/").content.decode()
    assert "Eigen" in page and "Autre" in page
    page = client.get(f"/admin/courses/progress/?organisation={koudoube.pk}").content.decode()
    assert "Autre" in page and "Eigen" not in page
    Enrolment.objects.filter(user=enrolled["own"]).update(started_at="2026-11-01T10:00Z")
    page = client.get("/admin/courses/progress/?status=in_progress").content.decode()
    assert "Eigen" in page and "Autre" not in page


def test_xlsx_export(client, officer, enrolled):
    client.force_login(officer)
    response = client.get("/admin/courses/progress/?export=xlsx")
    assert response.status_code == 200
    assert response["Content-Type"].startswith(
        "application/vnd.openxmlformats-officedocument.spreadsheetml"
    )


def test_learner_cannot_open_the_report(client, enrolled):
    client.force_login(enrolled["own"])
    assert client.get("/admin/courses/progress/").status_code in (302, 403)


def test_report_queries_do_not_grow_with_rows(
    client, officer, course, lindenhove, django_assert_max_num_queries
):
    client.force_login(officer)
    MemberFactory.create_batch(5, organisation=lindenhove)
    User = get_user_model()
    Enrolment.objects.bulk_create(
        Enrolment(user=user, course=course, source="assigned") for user in User.objects.all()
    )
    client.get("/admin/courses/progress/")
    with django_assert_max_num_queries(60) as few:
        client.get("/admin/courses/progress/")
    users = User.objects.bulk_create(
        User(email=f"bulk{i}@example.org", first_name="Bulk", last_name=str(i)) for i in range(495)
    )
    from integrity_platform.people.models import Member

    Member.objects.bulk_create(
        Member(user=u, organisation=lindenhove, programme_role="municipal_official") for u in users
    )
    Enrolment.objects.bulk_create(
        Enrolment(user=user, course=course, source="assigned") for user in users
    )
    assert Enrolment.objects.count() >= 500
    with django_assert_max_num_queries(len(few.captured_queries)):
        response = client.get("/admin/courses/progress/")
    assert response.status_code == 200


def test_coordinator_assigns_a_course_to_own_members_only(
    client, coordinator, course, lindenhove, koudoube
):
    own = MemberFactory(organisation=lindenhove).user
    other = MemberFactory(organisation=koudoube).user
    client.force_login(coordinator)
    response = client.post(
        "/admin/courses/progress/new/",
        {"course": course.pk, "learners": [own.pk, other.pk], "due_date": "2026-12-31"},
    )
    assert response.status_code == 200  # the forged learner is refused with an error
    assert not Enrolment.objects.exists()
    response = client.post(
        "/admin/courses/progress/new/",
        {"course": course.pk, "audience": "municipal_official", "due_date": "2026-12-31"},
    )
    assert response.status_code == 302
    assigned = set(Enrolment.objects.values_list("user__email", flat=True))
    assert own.email in assigned and other.email not in assigned
    assert Enrolment.objects.get(user=own).due_date.isoformat() == "2026-12-31"


def test_assigning_without_learners_explains_what_is_missing(client, coordinator, course):
    client.force_login(coordinator)
    response = client.post("/admin/courses/progress/new/", {"course": course.pk})
    assert response.status_code == 200
    assert "Choose learners, or a role" in response.content.decode()
    assert not Enrolment.objects.exists()


def test_the_learners_of_a_role_are_read_in_one_query(
    coordinator, lindenhove, django_assert_num_queries
):
    from courses.adapter import get_adapter
    from courses.viewsets import AssignForm

    adapter = get_adapter()
    officials = [MemberFactory(organisation=lindenhove).user for _ in range(12)]
    staff = MemberFactory(organisation=lindenhove, programme_role="team_member").user
    form = AssignForm(user=coordinator)
    with django_assert_num_queries(1):
        chosen = {
            user.pk for user in adapter.learners_in_audience(form.visible, "municipal_official")
        }
    # The same people as asking for each learner's role one by one.
    one_by_one = {u.pk for u in form.visible if adapter.audience_of(u) == "municipal_official"}
    assert chosen == one_by_one
    assert {user.pk for user in officials} <= chosen and staff.pk not in chosen
