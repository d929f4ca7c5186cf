"""Public questions other apps ask the courses plugin (the host's annual review among them).
Each takes a set of users and answers in a constant number of queries, for whole lists."""

from django.db.models import Count

from .models import CoursePage, Enrolment
from .models.pages import canonical


def completed_course(users, course, between=None):
    """Ids of the users who completed `course` (in any language), optionally between two
    dates (inclusive)."""
    enrolments = Enrolment.objects.filter(
        user__in=users, course=canonical(course), completed_at__isnull=False
    )
    if between is not None:
        enrolments = enrolments.filter(completed_at__date__range=between)
    return set(enrolments.values_list("user_id", flat=True))


def onboarding_open(users):
    """Ids of the users with a course required for their role not yet completed."""
    return set(
        Enrolment.objects.filter(
            user__in=users, source=Enrolment.Source.REQUIRED, completed_at__isnull=True
        ).values_list("user_id", flat=True)
    )


def completions(user):
    """The courses a person completed, newest first, for their training record."""
    return (
        Enrolment.objects.filter(user=user, completed_at__isnull=False)
        .select_related("course")
        .order_by("-completed_at")
    )


def completion_counts(between):
    """How many completed each course between two dates: (course, count), for reports
    that must not name anyone."""
    counts = dict(
        Enrolment.objects.filter(completed_at__date__range=between)
        .values_list("course")
        .annotate(n=Count("pk"))
        .values_list("course", "n")
    )
    courses = CoursePage.objects.filter(pk__in=counts).order_by("title")
    return [(course, counts[course.pk]) for course in courses]
