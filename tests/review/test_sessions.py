"""Scheduling and running a review session in the admin, scoped to one's organisation."""

import re

import pytest
from django.core import mail
from django.utils import timezone

from integrity_platform.people.models import Member
from integrity_platform.review.models import (
    REVIEWED_ROLES,
    Attendance,
    ReviewCycle,
    ReviewSession,
    ReviewStatus,
)
from tests.certificates.helpers import DEMO_PASSWORD, sign_in_to_admin

pytestmark = pytest.mark.django_db
SESSIONS = "/admin/review/sessions/"


@pytest.fixture
def coordinator(client, demo):
    return sign_in_to_admin(client, "coordinator")


def cycle_of(name):
    return ReviewCycle.objects.get(organisation__name=name, year=timezone.localdate().year)


def new_sessions(before):
    """The sessions scheduled since `before` (the demo holds sessions of its own)."""
    return ReviewSession.objects.exclude(pk__in=before)


def session_ids():
    return set(ReviewSession.objects.values_list("pk", flat=True))


def schedule(client, cycle, **extra):
    starts = timezone.localtime() + timezone.timedelta(minutes=5)
    data = {
        "cycle": cycle.pk,
        "starts_at": starts.strftime("%Y-%m-%d %H:%M"),
        "duration_minutes": 120,
        "place": "Raadzaal, Lindenhove",
        "online_link": "",
        "language": "nl",
        **extra,
    }
    return client.post(f"{SESSIONS}new/", data)


@pytest.fixture
def session(coordinator):
    before = session_ids()
    schedule(coordinator, cycle_of("Gemeente Lindenhove"))
    return new_sessions(before).get()


def test_coordinator_schedules_for_their_own_organisation_only(coordinator):
    before = session_ids()
    form = coordinator.get(f"{SESSIONS}new/").content.decode()
    assert "Gemeente Lindenhove" in form and "Commune de Koudoubé" not in form
    foreign = schedule(coordinator, cycle_of("Commune de Koudoubé"))
    assert foreign.status_code == 200 and not new_sessions(before).exists()
    nowhere = schedule(coordinator, cycle_of("Gemeente Lindenhove"), place="")
    assert nowhere.status_code == 200 and not new_sessions(before).exists()
    response = schedule(coordinator, cycle_of("Gemeente Lindenhove"))
    session = new_sessions(before).get()
    assert response["Location"] == f"{SESSIONS}{session.pk}/run/"
    assert session.scheduled_by.email == "coordinator@example.org"


def test_the_session_page_has_agenda_check_in_code_and_qr(coordinator, session):
    page = coordinator.get(f"{SESSIONS}{session.pk}/run/").content.decode()
    assert session.check_in_code in page and "<svg" in page
    assert f"/review/check-in/?code={session.check_in_code}" in page
    # Without a language prefix: each phone is sent on in its own language.
    assert not re.search(r"/(nl|fr|en|es)/review/check-in/\?code", page)
    assert "Integriteit" in page or "Integrity" in page  # the code's values
    assert page.count("<li><strong>") >= 7  # five values and the two standing questions


def test_calendar_invitation_downloads_and_is_emailed_to_each_member(
    coordinator, session, committed
):
    response = coordinator.get(f"{SESSIONS}{session.pk}/calendar.ics")
    assert response["Content-Type"] == "text/calendar"
    body = response.content.decode()
    assert body.startswith("BEGIN:VCALENDAR") and "BEGIN:VEVENT" in body
    assert "LOCATION:Raadzaal\\, Lindenhove" in body
    with committed():
        coordinator.post(f"{SESSIONS}{session.pk}/invite/")
    expected = Member.objects.filter(
        organisation=session.cycle.organisation, is_active=True, programme_role__in=REVIEWED_ROLES
    ).count()
    assert len(mail.outbox) == expected >= 2
    assert all(m.attachments[0][2] == "text/calendar" for m in mail.outbox)


def test_attendance_from_the_list_updates_statuses(coordinator, session):
    official = Member.objects.get(user__email="official@example.org")
    url = f"{SESSIONS}{session.pk}/run/"
    coordinator.post(url, {"attendance": "1", "present": [official.pk]})
    assert Attendance.objects.get(session=session).member == official
    assert ReviewStatus.objects.get(member=official, cycle=session.cycle).took_part
    coordinator.post(url, {"attendance": "1"})  # ticked by mistake: untick
    assert not Attendance.objects.filter(session=session).exists()
    assert not ReviewStatus.objects.get(member=official, cycle=session.cycle).took_part


def test_minutes_refuse_names_and_collect_proposals(coordinator, session):
    url = f"{SESSIONS}{session.pk}/run/"
    official = Member.objects.get(user__email="official@example.org").user.get_full_name()
    minutes = {
        "violations_discussed": "yes",
        "violations_note": f"{official.upper()} accepted a gift.",
        "changes_needed": "yes",
        "changes_note": "",
        "proposals": "Add a rule on gifts during work visits.\n\nClarify per diems.",
    }
    response = coordinator.post(url, minutes, HTTP_ACCEPT_LANGUAGE="en")
    assert "Describe what happened without naming anyone" in response.content.decode()
    session.refresh_from_db()
    assert not session.has_minutes and not session.proposals.exists()
    minutes["violations_note"] = "A gift was accepted; it was returned and registered."
    coordinator.post(url, minutes)
    session.refresh_from_db()
    assert session.has_minutes and session.violations_discussed == "yes"
    assert list(session.proposals.values_list("text", flat=True).order_by("pk")) == [
        "Add a rule on gifts during work visits.",
        "Clarify per diems.",
    ]


def test_another_organisations_session_is_out_of_reach(coordinator, session, client):
    session.cycle = cycle_of("Commune de Koudoubé")
    session.save()
    for url in ("run/", "edit/", "calendar.ics", "delete/"):
        assert coordinator.get(f"{SESSIONS}{session.pk}/{url}").status_code == 404
    assert coordinator.post(f"{SESSIONS}{session.pk}/run/", {"attendance": "1"}).status_code == 404
    assert session.pk not in [s.pk for s in coordinator.get(SESSIONS).context["object_list"]]
    client.logout()
    client.login(email="official@example.org", password=DEMO_PASSWORD)
    assert coordinator.get(SESSIONS).status_code in (302, 403)
