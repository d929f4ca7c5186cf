"""Public questions other apps ask the courses plugin (the host's annual review among them).
Each takes a set of users and answers in a constant number of queries, for whole lists."""

from django.db.models import Count, Q
from wagtail.models import Locale

from .adapter import get_adapter
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


def courses_before_signing(user):
    """The courses this person must complete before they first acknowledge the ethics code:
    courses that lead to acknowledging the code with "must be completed before signing" on,
    required for them (assigned to them, or required for their role whether or not the
    enrolment exists yet), and not completed by them. In the active language where
    translated and live (as `Page.localized`), in the course tree's order; an empty list
    when nothing stands in the way. A constant number of queries."""
    if not user.is_authenticated:
        return []
    required = Q(
        enrolments__user=user,
        enrolments__source__in=[Enrolment.Source.REQUIRED, Enrolment.Source.ASSIGNED],
    )
    audience = get_adapter().audience_of(user)
    if audience is not None:
        required |= Q(audiences__audience=audience, audiences__is_required=True)
    completed = Enrolment.objects.filter(user=user, completed_at__isnull=False).values("course")
    courses = list(
        CoursePage.objects.live()
        .filter(locale=Locale.get_default(), leads_to_acknowledgement=True)
        .filter(required_before_signing=True)
        .filter(required)
        .exclude(pk__in=completed)
        .distinct()
        .order_by("path")
    )
    return _localized(courses)


def _localized(courses):
    """Each course in the active language when it has a live translation, in one query
    (what `.localized` does page by page)."""
    if not courses:
        return []
    locale = Locale.get_active()
    if all(course.locale_id == locale.pk for course in courses):
        return courses
    translated = {
        page.translation_key: page
        for page in CoursePage.objects.live().filter(
            locale=locale, translation_key__in=[c.translation_key for c in courses]
        )
    }
    return [translated.get(course.translation_key, course) for course in courses]
