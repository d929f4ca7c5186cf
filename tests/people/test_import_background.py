"""The confirmed import runs as a background task: a progress page, all rows or none, and
the follow-up (courses, review status, invitations) done in bulk."""

import re
from datetime import date

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone
from wagtail.models import Site

from courses.models import CourseAudience, CourseIndexPage, CoursePage, Enrolment
from integrity_platform.people import import_jobs, roles
from integrity_platform.people.models import ImportJob, Member
from integrity_platform.review.cycles import open_cycles
from integrity_platform.review.models import ReviewStatus
from tests.conftest import member_with_role
from tests.factories import MemberFactory, OrganisationFactory
from tests.tasks import run_queued_tasks

pytestmark = pytest.mark.django_db

HEADER = "email,name,organisation,role,language\n"
ROLES = ["municipal_official", "team_member", "delegation_member"]
LANGUAGES = ["nl", "fr", "en", "es"]


def generated(count, organisation="Gemeente Lindenhove"):
    return HEADER + "".join(
        f"lid{n}@example.org,Lid Nummer {n},{organisation},{ROLES[n % 3]},{LANGUAGES[n % 4]}\n"
        for n in range(count)
    )


def preview(client, content):
    response = client.post(
        "/admin/members/import/",
        {"file": SimpleUploadedFile("members.csv", content.encode(), "text/csv")},
    )
    assert response.status_code == 200
    return response


def token_of(response):
    return re.search(r'name="token" value="([0-9a-f]+)"', response.content.decode()).group(1)


def confirm(client, committed, token):
    with committed():
        return client.post("/admin/members/import/confirm/", {"token": token})


def live_region(page):
    html = page.content.decode()
    return re.search(r"data-import-progress>(.*?)</div>", html, re.S).group(1)


@pytest.fixture
def required_course(db):
    home = Site.objects.get(is_default_site=True).root_page
    index = home.add_child(instance=CourseIndexPage(title="Courses", slug="courses-import"))
    return index.add_child(
        instance=CoursePage(
            title="Ethics code",
            slug="ethics-code",
            intro="The five values in practice.",
            pass_mark=60,
            audiences=[
                CourseAudience(audience=Member.ProgrammeRole.MUNICIPAL_OFFICIAL, due_within_days=30)
            ],
        )
    )


def test_two_thousand_members_through_upload_preview_confirm_progress_and_done(
    client, committed, coordinator, lindenhove, required_course
):
    year = timezone.localdate().year
    (cycle,) = open_cycles(
        year, opens_on=date(year, 1, 1), due_on=date(year, 12, 31), organisations=[lindenhove]
    )
    client.force_login(coordinator)
    checked = preview(client, generated(2000))
    assert "2000 members will be invited" in checked.content.decode()
    assert Member.objects.count() == 1  # nothing written by the preview

    response = confirm(client, committed, token_of(checked))
    job = ImportJob.objects.get()
    assert response["Location"] == f"/admin/members/import/{job.pk}/"

    page = client.get(response["Location"])
    assert page.status_code == 200
    assert "Done: 2000 members invited." in live_region(page)
    assert 'href="/admin/members/"' in page.content.decode()
    assert "http-equiv" not in page.content.decode()  # finished: no more refreshing
    job.refresh_from_db()
    assert job.content == ""  # the file of names and addresses is not kept

    imported = Member.objects.filter(invited_by=coordinator)
    assert imported.count() == 2000
    assert set(imported.values_list("user__email", flat=True)) == {
        f"lid{n}@example.org" for n in range(2000)
    }
    assert len(mail.outbox) == 2000
    spanish = next(m for m in mail.outbox if m.to == ["lid3@example.org"])
    assert "Lid Nummer 3" in spanish.body and "/es/accounts/password/reset/key/" in spanish.body
    # The follow-up, in bulk: officials got the required course, everyone a review status.
    officials = imported.filter(programme_role="municipal_official")
    assert Enrolment.objects.filter(course=required_course).count() == officials.count() == 667
    assert ReviewStatus.objects.filter(cycle=cycle, member__in=imported).exists()


def test_with_a_worker_the_page_shows_the_queue_then_the_result(
    client, committed, settings, coordinator
):
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    client.force_login(coordinator)
    job_url = confirm(client, committed, token_of(preview(client, generated(3))))["Location"]

    waiting = client.get(job_url)
    assert "waiting to start" in live_region(waiting)
    assert '<meta http-equiv="refresh" content="3">' in waiting.content.decode()
    assert 'aria-live="polite"' in waiting.content.decode()
    assert Member.objects.filter(invited_by=coordinator).count() == 0

    with committed():  # run the import, then the three invitations it queued
        run_queued_tasks()
    assert "Done: 3 members invited." in live_region(client.get(job_url))
    assert Member.objects.filter(invited_by=coordinator).count() == 3


def test_a_row_changed_since_the_preview_imports_none(client, committed, coordinator):
    client.force_login(coordinator)
    checked = preview(client, generated(5))
    # Meanwhile someone else invites the person on line 4.
    MemberFactory(user__email="lid2@example.org")

    job_url = confirm(client, committed, token_of(checked))["Location"]
    page = live_region(client.get(job_url))
    assert "Line 4 is no longer as it was when the file was checked" in page
    assert "Nothing was imported" in page
    assert not get_user_model().objects.filter(email="lid0@example.org").exists()
    assert mail.outbox == []


def test_a_failure_halfway_imports_none(client, committed, coordinator, monkeypatch):
    create_members = import_jobs.create_members
    calls = []

    def failing_on_the_second_chunk(invitees, **kwargs):
        calls.append(len(invitees))
        if len(calls) == 2:
            raise RuntimeError("the database went away")
        return create_members(invitees, **kwargs)

    monkeypatch.setattr(import_jobs, "create_members", failing_on_the_second_chunk)
    client.force_login(coordinator)
    job_url = confirm(client, committed, token_of(preview(client, generated(300))))["Location"]

    assert calls == [import_jobs.CHUNK, 300 - import_jobs.CHUNK]
    assert "Nothing was imported" in live_region(client.get(job_url))
    assert Member.objects.filter(invited_by=coordinator).count() == 0
    assert not get_user_model().objects.filter(email="lid0@example.org").exists()
    assert mail.outbox == []


def test_a_double_submit_starts_one_job(client, committed, coordinator):
    client.force_login(coordinator)
    token = token_of(preview(client, generated(2)))
    first = confirm(client, committed, token)
    second = confirm(client, committed, token)
    assert second["Location"] == first["Location"]
    assert ImportJob.objects.count() == 1
    assert Member.objects.filter(invited_by=coordinator).count() == 2
    assert len(mail.outbox) == 2


def test_a_coordinator_sees_only_their_organisations_jobs(client, committed, coordinator):
    client.force_login(coordinator)
    job_url = confirm(client, committed, token_of(preview(client, generated(1))))["Location"]
    elsewhere = OrganisationFactory(name="Gemeente Elders")
    other = member_with_role(elsewhere, "coordinator@elders.example.org", roles.COORDINATOR)

    client.force_login(other)
    assert client.get(job_url).status_code == 404
    colleague = member_with_role(
        coordinator.member.organisation, "tweede@example.org", roles.COORDINATOR
    )
    client.force_login(colleague)
    assert client.get(job_url).status_code == 200
