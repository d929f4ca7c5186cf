"""Putting courses on learners' lists: required ones automatically, others by a coordinator."""

from collections import defaultdict
from datetime import timedelta

from django.db import transaction

from integrity_common.page_cache import default_locale

from .adapter import get_adapter
from .models import CourseAudience, Enrolment


def required_audiences_for(audience):
    return CourseAudience.objects.filter(
        audience=audience,
        is_required=True,
        course__live=True,
        course__locale=default_locale(),
    ).select_related("course")


def assign_required_courses(user):
    """Assign the courses required for the learner's audience, due `due_within_days` after
    their start date. Safe to call again: existing enrolments are left as they are."""
    assign_required_courses_to_all([user])


@transaction.atomic
def assign_required_courses_to_all(users):
    """assign_required_courses for many learners at once (a bulk import): one query per
    audience, one for the enrolments they have, one insert."""
    adapter = get_adapter()
    by_audience = defaultdict(list)
    for user in users:
        audience = adapter.audience_of(user)
        if audience is not None:
            by_audience[audience].append(user)
    existing = set(
        Enrolment.objects.filter(user__in=[user.pk for user in users]).values_list(
            "user_id", "course_id"
        )
    )
    new = []
    for audience, learners in by_audience.items():
        for required in required_audiences_for(audience):
            for user in learners:
                if (user.pk, required.course_id) in existing:
                    continue
                start = adapter.start_date_of(user)
                due = start + timedelta(days=required.due_within_days) if start else None
                new.append(
                    Enrolment(
                        user=user,
                        course=required.course,
                        source=Enrolment.Source.REQUIRED,
                        due_date=due,
                    )
                )
    # A learner assigned meanwhile (by a second save) keeps the enrolment they have.
    Enrolment.objects.bulk_create(new, ignore_conflicts=True)


@transaction.atomic
def assign(course, learners, *, due_date, assigned_by):
    """Assign a course to learners; learners who already have it get the new due date
    unless they completed it. Returns (newly assigned, updated) counts."""
    existing = {e.user_id: e for e in Enrolment.objects.filter(course=course, user__in=learners)}
    new = [
        Enrolment(
            user=learner,
            course=course,
            source=Enrolment.Source.ASSIGNED,
            assigned_by=assigned_by,
            due_date=due_date,
        )
        for learner in learners
        if learner.pk not in existing
    ]
    Enrolment.objects.bulk_create(new)
    updated = [e for e in existing.values() if not e.completed_at and e.due_date != due_date]
    for enrolment in updated:
        enrolment.due_date = due_date
    Enrolment.objects.bulk_update(updated, ["due_date"])
    return len(new), len(updated)
