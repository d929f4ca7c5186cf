"""Each member's standing in the annual review, for every combination that matters."""

from datetime import timedelta

import pytest
from django.utils import timezone, translation

from certificates.issuing import revoke
from courses.models import Enrolment
from integrity_platform.review.models import (
    Attendance,
    Exemption,
    ReviewSession,
    ReviewStatus,
    State,
)
from integrity_platform.review.status import refresh
from tests.certificates.conftest import publish
from tests.certificates.helpers import issue_signature
from tests.factories import MemberFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def member(lindenhove, today):
    # About three years ago (not `today.replace(year=...)`, which fails on 29 February).
    return MemberFactory(organisation=lindenhove, start_date=today - timedelta(days=3 * 365))


def state_of(member, cycle):
    return ReviewStatus.objects.with_state().get(member=member, cycle=cycle)


def attend(cycle, member):
    session = ReviewSession.objects.create(cycle=cycle, starts_at=timezone.now())
    return Attendance.objects.create(session=session, member=member, how=Attendance.How.LIST)


def test_opening_a_cycle_lists_every_reviewed_member_as_in_progress(member, cycle):
    status = state_of(member, cycle)
    assert status.state == State.IN_PROGRESS
    assert len(status.missing) == 2  # acknowledge, take part


def test_an_acknowledgement_from_before_the_cycle_does_not_count(
    member, cycle, version, django_capture_on_commit_callbacks
):
    before = timezone.now() - timedelta(days=45)
    with django_capture_on_commit_callbacks(execute=True):
        old, _ = issue_signature(member.user, version, issued_at=before)
        attend(cycle, member)
    status = state_of(member, cycle)
    assert status.took_part and not status.acknowledged and status.state == State.IN_PROGRESS
    with django_capture_on_commit_callbacks(execute=True):
        revoke(old, reason="Re-sign for this year", user=member.user)
        issue_signature(member.user, version)
    assert state_of(member, cycle).state == State.DONE
    cycle.refresh_from_db()  # the overview's counts follow
    assert (cycle.member_count, cycle.done_count, cycle.percent) == (1, 1, "100%")


def test_a_material_change_during_the_cycle_asks_for_a_new_acknowledgement(
    member, cycle, version, code, today, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        issue_signature(member.user, version)
        attend(cycle, member)
    assert state_of(member, cycle).state == State.DONE
    code.refresh_from_db()
    code.version_label, code.change = "2026.2", "minor"
    code.intro = "<p>Tikfout verbeterd.</p>"
    with django_capture_on_commit_callbacks(execute=True):
        code = publish(code)
    assert state_of(member, cycle).state == State.DONE  # a minor change keeps it current
    code.version_label, code.change, code.effective_date = "2026.3", "material", today
    code.intro = "<p>Een nieuwe regel.</p>"
    with django_capture_on_commit_callbacks(execute=True):
        publish(code)
    status = state_of(member, cycle)
    assert status.state == State.IN_PROGRESS and not status.acknowledged


def test_the_catch_up_course_counts_as_taking_part(member, cycle, course):
    cycle.catch_up_course = course
    cycle.save()
    Enrolment.objects.create(
        user=member.user, course=course, source=Enrolment.Source.SELF, completed_at=timezone.now()
    )
    refresh(cycle, [member])
    assert state_of(member, cycle).took_part


def test_members_who_started_this_year_also_complete_onboarding(
    lindenhove, cycle, version, course, today
):
    # Started this year whatever the date: 60 days ago would be last year in January.
    newcomer = MemberFactory(organisation=lindenhove, start_date=today.replace(month=1, day=1))
    required = Enrolment.objects.create(
        user=newcomer.user, course=course, source=Enrolment.Source.REQUIRED
    )
    issue_signature(newcomer.user, version)
    attend(cycle, newcomer)
    refresh(cycle, [newcomer])
    status = state_of(newcomer, cycle)
    assert status.onboarding_required and status.state == State.IN_PROGRESS
    with translation.override("en"):
        assert [str(text) for text in status.missing] == ["complete onboarding"]
    required.completed_at = timezone.now()
    required.save()
    refresh(cycle, [newcomer])
    assert state_of(newcomer, cycle).state == State.DONE


def test_exempt_members_are_not_counted_as_missing(member, cycle):
    Exemption.objects.create(cycle=cycle, member=member, reason="Long-term leave")
    status = state_of(member, cycle)
    assert status.state == State.EXEMPT and status.missing == []
    cycle.refresh_from_db()
    assert (cycle.member_count, cycle.exempt_count) == (0, 1)
    assert (
        not ReviewStatus.objects.with_state()
        .filter(cycle=cycle, state__in=[State.IN_PROGRESS, State.OVERDUE])
        .exists()
    )


def test_past_the_due_date_open_members_are_overdue(member, cycle, today):
    cycle.due_on = today - timedelta(days=1)
    cycle.save()
    assert state_of(member, cycle).state == State.OVERDUE


def test_only_reviewed_roles_and_active_members_take_part(lindenhove, cycle, member):
    from integrity_platform.people.models import Member

    delegate = MemberFactory(
        organisation=lindenhove, programme_role=Member.ProgrammeRole.DELEGATION_MEMBER
    )
    member.is_active = False
    member.save()
    refresh(cycle)
    members = set(ReviewStatus.objects.filter(cycle=cycle).values_list("member", flat=True))
    assert member.pk not in members and delegate.pk not in members
