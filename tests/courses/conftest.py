"""A small course built in code: two lessons, three graded questions and a reflection."""

import json

import pytest
from wagtail.models import Locale, Site

from courses.models import CourseAudience, CourseIndexPage, CoursePage, LessonPage
from integrity_platform.people.models import Member
from tests.factories import MemberFactory

Q_SINGLE, Q_MULTI, Q_TF, Q_REFLECT = "q-single", "q-multi", "q-tf", "q-reflect"


def option(option_id, text, correct):
    return {
        "type": "item",
        "id": option_id,
        "value": {"text": text, "is_correct": correct, "feedback": f"Because {text}."},
    }


LESSON_ONE = [
    {"type": "text", "id": "t1", "value": "<p>Gifts and hospitality.</p>"},
    {
        "type": "single_choice",
        "id": Q_SINGLE,
        "value": {
            "question": "May you keep a small gift?",
            "options": [
                option("s-no", "Never", False),
                option("s-yes", "Yes, and report it", True),
            ],
        },
    },
    {
        "type": "multiple_choice",
        "id": Q_MULTI,
        "value": {
            "question": "Whom can you ask?",
            "options": [
                option("m-adviser", "The integrity adviser", True),
                option("m-counsellor", "A confidential counsellor", True),
                option("m-nobody", "Nobody", False),
            ],
        },
    },
    {"type": "reflection", "id": Q_REFLECT, "value": {"prompt": "When did you doubt?"}},
]
LESSON_TWO = [
    {
        "type": "true_false",
        "id": Q_TF,
        "value": {
            "statement": "Complaints are answered within two weeks.",
            "answer": True,
            "feedback_true": "Right: two weeks.",
            "feedback_false": "It is two weeks.",
        },
    }
]
CORRECT = {Q_SINGLE: ["s-yes"], Q_MULTI: ["m-adviser", "m-counsellor"], Q_TF: ["true"]}
WRONG = {Q_SINGLE: ["s-no"], Q_MULTI: ["m-nobody"], Q_TF: ["false"]}


@pytest.fixture
def course(db):
    home = Site.objects.get(is_default_site=True).root_page
    index = home.add_child(instance=CourseIndexPage(title="Courses", slug="courses-test"))
    course = index.add_child(
        instance=CoursePage(
            title="Ethics code",
            slug="ethics-code",
            intro="The five values in practice.",
            pass_mark=60,
            leads_to_acknowledgement=True,
            audiences=[
                CourseAudience(
                    audience=Member.ProgrammeRole.MUNICIPAL_OFFICIAL, due_within_days=30
                ),
                CourseAudience(audience=Member.ProgrammeRole.DELEGATION_MEMBER, is_required=False),
            ],
        )
    )
    course.lesson_one = course.add_child(
        instance=LessonPage(title="Gifts", slug="gifts", body=json.dumps(LESSON_ONE))
    )
    course.lesson_two = course.add_child(
        instance=LessonPage(title="Complaints", slug="complaints", body=json.dumps(LESSON_TWO))
    )
    assert course.locale == Locale.get_default()
    return course


@pytest.fixture
def learner(lindenhove):
    return MemberFactory(organisation=lindenhove, user__preferred_language="en").user


@pytest.fixture
def answer(client):
    def answer(lesson, question, options=(), reflection=None):
        data = {"question": question, "option": list(options)}
        if reflection is not None:
            data["reflection"] = reflection
        # As the lesson page does: the form posts in the language the lesson is read in.
        language = lesson.locale.language_code
        return client.post(f"/{language}/learning/lessons/{lesson.pk}/answer/", data)

    return answer
