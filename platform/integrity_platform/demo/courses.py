"""The demo courses (texts in content/courses/, their index page's in
content/index-pages/courses.yaml) and demo learners in several states."""

import json
import uuid

from django.contrib.auth import get_user_model

from courses import learning
from courses.assignment import assign_required_courses
from courses.models import CourseAudience, CourseIndexPage, CoursePage, Enrolment, LessonPage
from courses.questions import questions_in
from integrity_platform.people.models import Member

from . import data
from .pages import ensure_page

COURSES = data.load("courses")
INDEX = data.load("index-pages/courses")

Role = Member.ProgrammeRole
# Which roles each course is for: (role, required, due within days).
AUDIENCES = {
    "ethics-code": [
        (Role.TEAM_MEMBER, True, 30),
        (Role.MUNICIPAL_OFFICIAL, True, 30),
        (Role.DELEGATION_MEMBER, False, 30),
        (Role.PARTNER_REPRESENTATIVE, True, 30),
    ],
    "integrity-policy": [
        (Role.TEAM_MEMBER, True, 60),
        (Role.MUNICIPAL_OFFICIAL, True, 60),
    ],
}
# A fixed namespace, so that a question keeps the same id in every language and every run.
BLOCK_IDS = uuid.UUID("6f1d3c2e-9a57-4f0e-8a2b-3d7c1e5b9a10")


def block_id(*parts):
    return str(uuid.uuid5(BLOCK_IDS, "/".join(str(p) for p in parts)))


def lesson_body(course_key, lesson_number, blocks, language, values):
    body = []
    for number, (kind, value) in enumerate(blocks):
        at = (course_key, lesson_number, number)
        if kind == "text":
            raw = value[language]
        elif kind in ("single_choice", "multiple_choice"):
            raw = {
                "question": value["question"][language],
                "options": [
                    {
                        "type": "item",
                        "id": block_id(*at, "option", index),
                        "value": {
                            "text": option["text"][language],
                            "is_correct": option["correct"],
                            "feedback": option["feedback"][language],
                        },
                    }
                    for index, option in enumerate(value["options"])
                ],
            }
        elif kind == "true_false":
            raw = {
                "statement": value["statement"][language],
                "answer": value["answer"],
                "feedback_true": value["feedback_true"][language],
                "feedback_false": value["feedback_false"][language],
            }
        elif kind == "code_rule":
            raw = {
                "value": values[value["value"]["nl"].lower()].pk,
                "rule": value["rule"][language],
            }
        else:  # quote, reflection: every field is a translated text
            raw = {name: text[language] for name, text in value.items()}
        body.append({"type": kind, "value": raw, "id": block_id(*at)})
    return json.dumps(body)


def ensure_courses(home, locales, code_values):
    """The demo courses; `code_values` maps each value's key to the code's value, which the
    lessons' rules are tagged with."""
    values = {value.name.lower(): value for value in code_values.values()}
    index = ensure_page(
        home,
        CourseIndexPage,
        lambda lang: {field: INDEX[field][lang] for field in ("title", "slug", "intro")},
        locales,
    )
    courses = {}
    for course in COURSES:
        key = course["key"]

        def course_fields(lang, course=course, key=key):
            return {
                "title": course["title"][lang],
                "slug": course["slug"][lang],
                "intro": course["intro"][lang],
                "learning_objectives": [("objective", o[lang]) for o in course["objectives"]],
                "estimated_minutes": course["minutes"],
                "pass_mark": course["pass_mark"],
                "leads_to_acknowledgement": course["leads_to_acknowledgement"],
                "audiences": [
                    CourseAudience(audience=role, is_required=required, due_within_days=days)
                    for role, required, days in AUDIENCES[key]
                ],
            }

        page = ensure_page(index, CoursePage, course_fields, locales)
        for number, lesson in enumerate(course["lessons"]):

            def lesson_fields(lang, lesson=lesson, number=number, key=key):
                return {
                    "title": lesson["title"][lang],
                    "slug": lesson["slug"][lang],
                    "body": lesson_body(key, number, lesson["blocks"], lang, values),
                }

            ensure_page(page, LessonPage, lesson_fields, locales)
        courses[key] = page
    return courses


def ensure_learner_states(courses):
    """The officer and the administrator completed everything, staff the ethics course; the
    coordinator is half-way; the partner official is overdue; the new official has not
    started yet."""
    User = get_user_model()
    for user in User.objects.filter(member__isnull=False):
        assign_required_courses(user)
    ethics = courses["ethics-code"]
    staff = User.objects.get(email="staff@example.org")
    coordinator = User.objects.get(email="coordinator@example.org")
    _work_through(staff, ethics, lessons=None)
    _work_through(coordinator, ethics, lessons=2)
    for email in ("officer@example.org", "admin@example.org"):
        for course in courses.values():
            _work_through(User.objects.get(email=email), course, lessons=None)


def _work_through(user, course, lessons):
    """Answer every question correctly in the first `lessons` lessons (None: all)."""
    enrolment = Enrolment.objects.get(user=user, course=course)
    if enrolment.started_at:
        return
    learning.start(user, course)
    for lesson in list(learning.lessons_of(course))[:lessons]:
        for question in questions_in(lesson):
            if question.kind == "reflection":
                learning.record_reflection(enrolment, lesson, question, "…")
            else:
                correct = [option.id for option in question.options if option.is_correct]
                learning.record_choice(enrolment, lesson, question, correct, True)
        learning.complete_lesson(enrolment, lesson)
