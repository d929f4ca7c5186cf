"""A learner who finishes every lesson below the pass mark starts the course again: the
attempt is archived and the first answers of the new attempt count."""

import importlib
import json

import pytest
from django.apps import apps
from django.utils import translation
from django.utils.translation import gettext

from courses import learning
from courses.models import (
    ArchivedAttempt,
    ChoiceResponse,
    Enrolment,
    LessonPage,
    ReflectionResponse,
    Response,
)
from tests.factories import MemberFactory

from .conftest import CORRECT, Q_MULTI, Q_REFLECT, Q_SINGLE, Q_TF, WRONG

pytestmark = pytest.mark.django_db


def nl(message):
    with translation.override("nl"):
        return gettext(message)


def answer_everything(answer, course, answers):
    answer(course.lesson_one, Q_SINGLE, answers[Q_SINGLE])
    answer(course.lesson_one, Q_MULTI, answers[Q_MULTI])
    answer(course.lesson_one, Q_REFLECT, reflection="When a partner insisted.")
    return answer(course.lesson_two, Q_TF, answers[Q_TF])


@pytest.fixture
def failed(client, course, learner, answer):
    """The learner has done every lesson: one graded question of three right (33%)."""
    client.force_login(learner)
    answer_everything(answer, course, {**WRONG, Q_TF: CORRECT[Q_TF]})
    enrolment = Enrolment.objects.get(user=learner)
    assert enrolment.completed_at is None and learning.below_pass_mark(enrolment)
    return enrolment


def start_again(client, course):
    return client.post(f"/nl/learning/courses/{course.pk}/start-again/")


def test_starting_again_archives_the_attempt_and_clears_the_first_answers(
    client, course, failed, answer
):
    response = start_again(client, course)
    assert response.status_code == 302 and response["Location"] == course.url
    archived = ArchivedAttempt.objects.get(enrolment=failed)
    assert (archived.number, archived.score, archived.pass_mark) == (1, 33, 60)
    assert archived.answers[Q_SINGLE] == {
        "first_is_correct": False,
        "is_correct": False,
        "attempts": 1,
        "selected": ["s-no"],
    }
    assert set(archived.answers) == {Q_SINGLE, Q_MULTI, Q_TF}  # graded questions only
    failed.refresh_from_db()
    assert failed.attempt == 2 and failed.completed_at is None
    # The knowledge checks are to be done again; the private reflection is kept.
    assert not ChoiceResponse.objects.filter(enrolment=failed).exists()
    assert ReflectionResponse.objects.get(enrolment=failed).text == "When a partner insisted."
    assert not failed.lesson_completions.exists()
    page = client.get(course.url).content.decode()
    assert (
        nl(
            "Your new attempt has started. Your score counts your first answer to each "
            "question in this attempt."
        )
        in page
    )
    assert nl("Attempt %(number)s") % {"number": 2} in page
    assert nl("Start the course again") not in page

    # In the new attempt, the first answers count: all right, the course is completed.
    final = answer_everything(answer, course, CORRECT)
    failed.refresh_from_db()
    assert failed.completed_at is not None and failed.score == 100
    assert final["Location"] == f"/nl/learning/courses/{course.pk}/result/"


def test_lessons_without_graded_questions_stay_done(client, course, learner, answer):
    reading = course.add_child(
        instance=LessonPage(
            title="Reading",
            slug="reading",
            body=json.dumps([{"type": "text", "id": "r1", "value": "<p>Read this.</p>"}]),
        )
    )
    client.force_login(learner)
    answer_everything(answer, course, WRONG)
    # Marking the last lesson as done finishes the course: the result page says how.
    done = client.post(f"/nl/learning/lessons/{reading.pk}/done/")
    assert done["Location"] == f"/nl/learning/courses/{course.pk}/result/"
    start_again(client, course)
    enrolment = Enrolment.objects.get(user=learner)
    assert list(enrolment.lesson_completions.values_list("lesson", flat=True)) == [reading.pk]


def test_a_double_submission_starts_one_new_attempt(client, course, failed):
    start_again(client, course)
    second = start_again(client, course)
    assert second.status_code == 302
    assert ArchivedAttempt.objects.filter(enrolment=failed).count() == 1
    failed.refresh_from_db()
    assert failed.attempt == 2


def test_only_an_attempt_below_the_pass_mark_can_be_started_again(client, course, learner, answer):
    client.force_login(learner)
    answer(course.lesson_one, Q_SINGLE, WRONG[Q_SINGLE])  # in progress, not finished
    start_again(client, course)
    answer(course.lesson_one, Q_MULTI, CORRECT[Q_MULTI])
    answer(course.lesson_one, Q_REFLECT, reflection="…")
    answer(course.lesson_two, Q_TF, CORRECT[Q_TF])  # 67%: completed
    start_again(client, course)
    enrolment = Enrolment.objects.get(user=learner)
    assert not ArchivedAttempt.objects.exists()
    assert enrolment.attempt == 1 and enrolment.completed_at is not None
    assert ChoiceResponse.objects.filter(enrolment=enrolment).count() == 3
    with pytest.raises(learning.CannotStartAgain):
        learning.start_again(enrolment)


def test_starting_again_touches_only_the_learners_own_attempt(client, course, failed, lindenhove):
    colleague = MemberFactory(organisation=lindenhove, user__preferred_language="en").user
    client.force_login(colleague)
    assert client.get(f"/nl/learning/courses/{course.pk}/start-again/").status_code == 405
    start_again(client, course)
    assert not ArchivedAttempt.objects.exists()
    assert Response.objects.filter(enrolment=failed).count() == 4
    assert not Enrolment.objects.filter(user=colleague).exists()
    # Nor does anyone see another learner's result.
    result = client.get(f"/nl/learning/courses/{course.pk}/result/")
    assert result.status_code == 302 and result["Location"] == course.url
    client.logout()
    anonymous = client.get(f"/nl/learning/courses/{course.pk}/result/")
    assert anonymous.status_code == 302 and "/accounts/login/" in anonymous["Location"]


def test_the_result_page_waits_for_the_end_of_the_attempt(client, course, learner, answer):
    client.force_login(learner)
    answer(course.lesson_one, Q_SINGLE, CORRECT[Q_SINGLE])
    response = client.get(f"/nl/learning/courses/{course.pk}/result/")
    assert response.status_code == 302 and response["Location"] == course.url


def test_a_course_that_does_not_lead_to_the_code_ends_on_my_learning(
    client, course, learner, answer
):
    course.leads_to_acknowledgement = False
    course.save()
    client.force_login(learner)
    final = answer_everything(answer, course, CORRECT)
    html = client.get(final["Location"]).content.decode()
    assert nl("You have completed %(course)s") % {"course": "Ethics code"} in html
    assert nl("Continue: acknowledge the ethics code") not in html
    assert 'href="/nl/learning/"' in html


def test_existing_answers_keep_their_verdict_as_first_answer(course, learner):
    """The migration: before it, only the latest answer (and a count) was stored."""
    enrolment = Enrolment.objects.create(user=learner, course=course, source="required")
    for question, correct, attempts in ((Q_SINGLE, True, 1), (Q_MULTI, False, 1), (Q_TF, True, 3)):
        ChoiceResponse.objects.create(
            enrolment=enrolment,
            lesson=course.lesson_one,
            question_id=question,
            is_correct=correct,
            attempts=attempts,
        )
    ReflectionResponse.objects.create(
        enrolment=enrolment, lesson=course.lesson_one, question_id=Q_REFLECT, text="…"
    )
    Response.objects.update(first_is_correct=None)  # as the column is added
    migration = importlib.import_module(
        "courses.migrations.0002_first_answers_attempts_before_signing"
    )
    migration.first_answers_from_what_was_stored(apps, None)
    assert dict(Response.objects.values_list("question_id", "first_is_correct")) == {
        Q_SINGLE: True,
        Q_MULTI: False,
        Q_TF: True,
        Q_REFLECT: None,
    }
