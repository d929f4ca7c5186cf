"""Computing each member's standing in a review cycle from what the plugins know.

Requirements, for every member of a reviewed role:
- a current acknowledgement of the code, made within the cycle (certificates): one from
  before the cycle does not count, and a material change of the code published in the
  member's language asks for a new one;
- taking part: attending a review session of the cycle, or completing the cycle's
  catch-up course within it (courses);
- for members who started during the year: onboarding completed (courses).
An exempt member (long-term leave, ...) is neither done nor missing.

The result is stored in ReviewStatus, refreshed by receivers.py whenever one of these
changes, a few thousand members per query batch.
"""

from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from django_tasks import task

from certificates.queries import holders_of_current_acknowledgement
from courses.queries import completed_course, onboarding_open
from integrity_platform.people.models import Member

from .models import REVIEWED_ROLES, Attendance, Exemption, ReviewCycle, ReviewStatus

BATCH = 2000
STATUS_FIELDS = [
    "acknowledged",
    "took_part",
    "onboarding_required",
    "onboarded",
    "is_exempt",
    "is_done",
    "updated_at",
]


def reviewed_members(cycle):
    """Active members of a reviewed role who had started by the end of the cycle's year (a
    colleague who joined this year is not counted in last year's review)."""
    return Member.objects.filter(
        organisation_id=cycle.organisation_id,
        is_active=True,
        programme_role__in=REVIEWED_ROLES,
        start_date__lte=cycle.closes_on,
    )


def _statuses(cycle, members):
    user_ids = [member.user_id for member in members]
    member_ids = [member.pk for member in members]
    # A closed year is judged on its last day: last year's acknowledgements counted then,
    # whatever version came after.
    acknowledged = holders_of_current_acknowledgement(
        user_ids,
        acknowledged_between=cycle.window,
        on=min(timezone.localdate(), cycle.closes_on),
    )
    attended = set(
        Attendance.objects.filter(session__cycle=cycle, member_id__in=member_ids).values_list(
            "member_id", flat=True
        )
    )
    caught_up = (
        completed_course(user_ids, cycle.catch_up_course, between=cycle.window)
        if cycle.catch_up_course_id
        else set()
    )
    not_onboarded = onboarding_open(user_ids)
    exempt = set(
        Exemption.objects.filter(cycle=cycle, member_id__in=member_ids).values_list(
            "member_id", flat=True
        )
    )
    now = timezone.now()
    for member in members:
        status = ReviewStatus(
            cycle=cycle,
            member=member,
            acknowledged=member.user_id in acknowledged,
            took_part=member.pk in attended or member.user_id in caught_up,
            onboarding_required=member.start_date.year == cycle.year,
            onboarded=member.user_id not in not_onboarded,
            is_exempt=member.pk in exempt,
            updated_at=now,
        )
        status.is_done = not status.is_exempt and (
            status.acknowledged
            and status.took_part
            and (status.onboarded or not status.onboarding_required)
        )
        yield status


@transaction.atomic
def refresh(cycle, members=None):
    """Recompute the standing of `members` (default: everyone reviewed) in `cycle`."""
    in_scope = reviewed_members(cycle)
    if members is None:
        ReviewStatus.objects.filter(cycle=cycle).exclude(member__in=in_scope).delete()
        members = in_scope
    else:
        ids = [member.pk for member in members]
        ReviewStatus.objects.filter(cycle=cycle, member_id__in=ids).exclude(
            member__in=in_scope
        ).delete()
        members = in_scope.filter(pk__in=ids)
    members = list(members.only("pk", "user_id", "start_date").order_by("pk"))
    for start in range(0, len(members), BATCH):
        ReviewStatus.objects.bulk_create(
            list(_statuses(cycle, members[start : start + BATCH])),
            update_conflicts=True,
            unique_fields=["cycle", "member"],
            update_fields=STATUS_FIELDS,
        )
    cycle.update_counts()


def refresh_member(member, year=None):
    """After anything changed for one member: their organisation's cycle of the year
    (default this year), and any cycle of it they no longer belong to (moved, left,
    changed role)."""
    refresh_members([member], year)


def refresh_members(members, year=None):
    """refresh_member for many members at once (an import): one refresh per cycle."""
    year = year or timezone.localdate().year
    cycles = ReviewCycle.objects.filter(year=year).filter(
        Q(organisation_id__in={member.organisation_id for member in members})
        | Q(statuses__member__in=members)
    )
    for cycle in cycles.distinct():
        refresh(cycle, members)


@task()
def refresh_year(year=None):
    """Everyone in every cycle of the year: after a material change of the code. A task
    (`refresh_year.enqueue()`): thousands of members are not recomputed in a request."""
    for cycle in ReviewCycle.objects.filter(year=year or timezone.localdate().year):
        refresh(cycle)
