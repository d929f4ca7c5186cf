"""Public questions other apps ask the courses plugin (the host's annual review among them).
Each takes a set of users and answers in a constant number of queries, for whole lists."""

from django.db.models import Count, Q
from django.utils.translation import gettext as _

from integrity_common.page_cache import active_locale, default_locale
from integrity_common.translated import title_in_language

from .adapter import get_adapter
from .blocks import QUESTION_TYPES
from .models import ChoiceResponse, CoursePage, Enrolment, LessonPage, ReflectionResponse
from .models.pages import canonical
from .questions import FALSE, TRUE


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
    """The courses a person completed, newest first, for their training record: each
    with `course_title`, the course's title in the active language where translated."""
    return (
        Enrolment.objects.filter(user=user, completed_at__isnull=False)
        .select_related("course")
        .annotate(course_title=title_in_language("course"))
        .order_by("-completed_at")
    )


def completion_counts(between):
    """How many completed each course between two dates: (course, count), for reports
    that must not name anyone. Each course has `title_shown`, its title in the active
    language where translated, and they come in that order."""
    counts = dict(
        Enrolment.objects.filter(completed_at__date__range=between)
        .values_list("course")
        .annotate(n=Count("pk"))
        .values_list("course", "n")
    )
    courses = (
        CoursePage.objects.filter(pk__in=counts)
        .annotate(title_shown=title_in_language())
        .order_by("title_shown")
    )
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
        .filter(locale=default_locale(), leads_to_acknowledgement=True)
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
    locale = active_locale()
    if all(course.locale_id == locale.pk for course in courses):
        return courses
    translated = {
        page.translation_key: page
        for page in CoursePage.objects.live().filter(
            locale=locale, translation_key__in=[c.translation_key for c in courses]
        )
    }
    return [translated.get(course.translation_key, course) for course in courses]


def personal_data(user):
    """Everything the plugin holds about a person, as plain data for their own copy of it
    (the right of access): each course with its status, dates and score, the lessons done,
    every answer and the earlier attempts. A constant number of queries, however many."""
    enrolments = list(
        Enrolment.objects.filter(user=user)
        .with_status()
        .select_related("course")
        .annotate(course_title=title_in_language("course"))
        .prefetch_related("lesson_completions", "responses", "archived_attempts")
        .order_by("assigned_at", "pk")
    )
    lesson_ids = {c.lesson_id for e in enrolments for c in e.lesson_completions.all()}
    lesson_ids |= {r.lesson_id for e in enrolments for r in e.responses.all()}
    lessons = LessonPage.objects.in_bulk(lesson_ids)
    return [
        {
            "course": enrolment.course_title,
            "status": str(enrolment.status_label),
            "source": enrolment.get_source_display(),
            "assigned_at": enrolment.assigned_at,
            "due_date": enrolment.due_date,
            "started_at": enrolment.started_at,
            "completed_at": enrolment.completed_at,
            "score_percent": enrolment.score,
            "attempt": enrolment.attempt,
            "lessons_done": [
                {"lesson": _title(lessons, done.lesson_id), "completed_at": done.completed_at}
                for done in enrolment.lesson_completions.all()
            ],
            "answers": [_answer(response, lessons) for response in enrolment.responses.all()],
            "earlier_attempts": [
                {
                    "attempt": attempt.number,
                    "started_at": attempt.started_at,
                    "ended_at": attempt.ended_at,
                    "score_percent": attempt.score,
                    "pass_mark_percent": attempt.pass_mark,
                    "answers": attempt.answers,
                }
                for attempt in enrolment.archived_attempts.all()
            ],
        }
        for enrolment in enrolments
    ]


def _title(lessons, lesson_id):
    lesson = lessons.get(lesson_id)
    return lesson.title if lesson else ""


def _answer(response, lessons):
    question, options = _questions(lessons.get(response.lesson_id)).get(
        response.question_id, ("", {})
    )
    answer = {
        "lesson": _title(lessons, response.lesson_id),
        "question": question,
        "answered_at": response.answered_at,
        "tries": response.attempts,
        "latest_is_correct": response.is_correct,
        "first_is_correct": response.first_is_correct,
    }
    if isinstance(response, ReflectionResponse):
        answer["text"] = response.text
    elif isinstance(response, ChoiceResponse):
        answer["chosen"] = [options.get(option_id, option_id) for option_id in response.selected]
    return answer


def _questions(lesson):
    """question id -> (its text, {option id: option text}), read from the lesson's stored
    blocks: converting the whole body would load every image and document it shows."""
    if lesson is None:
        return {}
    found = {}
    for block in lesson.body.raw_data:
        value = block.get("value") or {}
        if block.get("type") not in QUESTION_TYPES:
            continue
        text = value.get("question") or value.get("statement") or value.get("prompt") or ""
        if block["type"] == "true_false":
            options = {TRUE: str(_("True")), FALSE: str(_("False"))}
        else:
            options = {
                item["id"]: item["value"].get("text", "")
                for item in value.get("options", [])
                if isinstance(item, dict) and "id" in item
            }
        found[block.get("id")] = (text, options)
    return found
