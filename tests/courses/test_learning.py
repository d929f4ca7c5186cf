from datetime import date, datetime, timedelta

import pytest
from django.test import Client
from django.utils import timezone, translation
from django.utils.formats import date_format
from django.utils.translation import gettext

from courses.assignment import assign_required_courses
from courses.learning import course_state, progress_of
from courses.models import ChoiceResponse, CoursePage, Enrolment, ReflectionResponse, Response
from courses.signals import course_completed
from integrity_platform.people.models import Member
from tests.factories import MemberFactory

from .conftest import CORRECT, Q_MULTI, Q_REFLECT, Q_SINGLE, Q_TF, WRONG

pytestmark = pytest.mark.django_db


def nl(message):
    """The test course is in the default language, Dutch: so are the messages about it."""
    with translation.override("nl"):
        return gettext(message)


def test_required_course_is_assigned_to_a_new_member_with_a_due_date(course, lindenhove, committed):
    start = timezone.localdate() - timedelta(days=3)
    with committed():
        member = MemberFactory(organisation=lindenhove, start_date=start)
    enrolment = Enrolment.objects.get(user=member.user)
    assert enrolment.course == course
    assert enrolment.source == Enrolment.Source.REQUIRED
    assert enrolment.due_date == start + timedelta(days=30)
    # A delegation member may take the course but is not required to.
    with committed():
        delegate = MemberFactory(
            organisation=lindenhove, programme_role=Member.ProgrammeRole.DELEGATION_MEMBER
        )
    assert not Enrolment.objects.filter(user=delegate.user).exists()


def test_wrong_answer_gets_feedback_and_can_be_retried(client, course, learner, answer):
    client.force_login(learner)
    response = answer(course.lesson_one, Q_SINGLE, WRONG[Q_SINGLE])
    assert response.status_code == 302
    assert response["Location"].endswith(f"#question-{Q_SINGLE}")
    page = client.get(response["Location"]).content.decode()
    assert nl("Not quite. Read the feedback and try again.") in page
    assert "Because Never." in page
    recorded = ChoiceResponse.objects.get(question_id=Q_SINGLE)
    assert recorded.is_correct is False

    answer(course.lesson_one, Q_SINGLE, CORRECT[Q_SINGLE])
    recorded.refresh_from_db()
    assert (recorded.is_correct, recorded.attempts, recorded.selected) == (True, 2, ["s-yes"])
    # The retry teaches, but the score keeps the first answer; the learner is told so.
    assert recorded.first_is_correct is False
    page = client.get(course.lesson_one.url).content.decode()
    assert nl("Correct.") in page
    assert nl("Your score keeps your first answer to this question, which was not correct.") in page
    assert nl(SCORE_RULE) in page


SCORE_RULE = (
    "Your score counts your first answer to each question; you can retry to learn, "
    "but it does not change your score."
)


NOT_AN_OPTION = "That answer is not one of the options. Please choose again."


def test_a_lesson_kept_for_those_who_have_not_answered_shows_each_their_own(
    client, course, learner, answer
):
    """A lesson nobody has answered reads the same for everyone and is kept whole; a
    learner who has answered sees their own feedback, never the kept copy."""
    newcomer = Client()
    newcomer.force_login(MemberFactory(organisation=learner.member.organisation).user)
    verdict = nl("Not quite. Read the feedback and try again.")
    assert verdict not in newcomer.get(course.lesson_one.url).content.decode()  # now kept
    client.force_login(learner)
    answer(course.lesson_one, Q_SINGLE, WRONG[Q_SINGLE])
    assert verdict in client.get(course.lesson_one.url).content.decode()
    fresh = newcomer.get(course.lesson_one.url).content.decode()
    assert verdict not in fresh and nl("Check my answer") in fresh


def test_the_kept_list_of_lessons_marks_each_learners_own_progress(client, course, learner, answer):
    newcomer = Client()
    newcomer.force_login(MemberFactory(organisation=learner.member.organisation).user)
    assign_required_courses(learner)
    client.force_login(learner)
    assert 'class="is-done"' not in newcomer.get(course.url).content.decode()  # now kept
    answer(course.lesson_two, Q_TF, WRONG[Q_TF])  # its only question: the lesson is done
    page = client.get(course.url).content.decode()
    assert page.count('class="is-done"') == 1
    assert page.index('class="is-done"') > page.index(course.lesson_one.title)
    assert 'class="is-done"' not in newcomer.get(course.url).content.decode()


@pytest.mark.parametrize(
    "question, options, message",
    [
        (Q_SINGLE, ["forged-option"], NOT_AN_OPTION),
        (Q_SINGLE, ["s-no", "s-yes"], "Choose only one answer."),
        (Q_SINGLE, [], "Choose an answer before checking it."),
        (Q_MULTI, ["m-adviser", "m-adviser"], NOT_AN_OPTION),
        (Q_TF, ["maybe"], NOT_AN_OPTION),
        (
            "no-such-question",
            ["s-yes"],
            "This question no longer exists. Please reload the lesson.",
        ),
    ],
)
def test_tampered_or_empty_answers_record_nothing(
    client, course, learner, answer, question, options, message
):
    client.force_login(learner)
    lesson = course.lesson_two if question == Q_TF else course.lesson_one
    response = answer(lesson, question, options)
    assert response.status_code == 302
    assert nl(message) in client.get(response["Location"]).content.decode()
    assert not Response.objects.exists()


def test_empty_reflection_is_refused(client, course, learner, answer):
    client.force_login(learner)
    answer(course.lesson_one, Q_REFLECT, reflection="   ")
    assert not ReflectionResponse.objects.exists()


def answer_everything(answer, course, answers):
    answer(course.lesson_one, Q_SINGLE, answers[Q_SINGLE])
    answer(course.lesson_one, Q_MULTI, answers[Q_MULTI])
    answer(course.lesson_one, Q_REFLECT, reflection="When a partner insisted.")
    return answer(course.lesson_two, Q_TF, answers[Q_TF])


def test_course_is_not_completed_below_the_pass_mark(client, course, learner, answer):
    client.force_login(learner)
    final = answer_everything(answer, course, WRONG)
    enrolment = Enrolment.objects.get(user=learner)
    assert enrolment.lesson_completions.count() == 2
    assert enrolment.completed_at is None
    # Finishing the last lesson says how it ended, and what to do next.
    assert final["Location"] == f"/nl/learning/courses/{course.pk}/result/"
    result = client.get(final["Location"]).content.decode()
    below = nl("Your score is %(score)s%%, below the pass mark of %(mark)s%%.")
    assert below % {"score": 0, "mark": 60} in result
    assert nl("Start the course again") in result
    page = client.get(course.url).content.decode()
    assert "status--in_progress" in page
    assert 'class="message message--warning"' in page and below % {"score": 0, "mark": 60} in page
    assert nl(SCORE_RULE) in page
    # Retrying the wrong answers until right teaches, but does not pass the course.
    for question in (Q_SINGLE, Q_MULTI):
        lesson_response = answer(course.lesson_one, question, CORRECT[question])
        assert lesson_response["Location"].endswith(f"#question-{question}")
    answer(course.lesson_two, Q_TF, CORRECT[Q_TF])
    enrolment.refresh_from_db()
    assert enrolment.completed_at is None and enrolment.score is None
    assert set(enrolment.responses.values_list("is_correct", flat=True)) == {True, None}
    assert below % {"score": 0, "mark": 60} in client.get(course.url).content.decode()


def test_retries_count_their_first_answer_against_the_pass_mark(client, course, learner, answer):
    client.force_login(learner)
    # Two of three graded questions right the first time: 67%, above the pass mark of 60%.
    answer(course.lesson_one, Q_SINGLE, WRONG[Q_SINGLE])
    answer(course.lesson_one, Q_SINGLE, CORRECT[Q_SINGLE])
    answer(course.lesson_one, Q_MULTI, CORRECT[Q_MULTI])
    answer(course.lesson_one, Q_REFLECT, reflection="When a partner insisted.")
    answer(course.lesson_two, Q_TF, CORRECT[Q_TF])
    enrolment = Enrolment.objects.get(user=learner)
    assert enrolment.completed_at is not None and enrolment.score == 67


def test_a_pass_mark_that_retries_cannot_reach(client, course, learner, answer):
    CoursePage.objects.filter(pk=course.pk).update(pass_mark=80)
    client.force_login(learner)
    answer(course.lesson_one, Q_SINGLE, WRONG[Q_SINGLE])
    answer(course.lesson_one, Q_SINGLE, CORRECT[Q_SINGLE])
    answer_everything(answer, course, CORRECT)  # every latest answer is right
    enrolment = Enrolment.objects.get(user=learner)
    assert enrolment.completed_at is None
    page = client.get(course.url).content.decode()
    below = nl("Your score is %(score)s%%, below the pass mark of %(mark)s%%.")
    assert below % {"score": 67, "mark": 80} in page


def test_completion_says_so_with_the_score_then_leads_to_the_code(
    client, course, learner, answer, django_capture_on_commit_callbacks, settings
):
    # Without the certificates plugin, the course's own next-step page takes its place.
    settings.COURSES_ACKNOWLEDGEMENT_URL_NAME = "courses:acknowledgement_next_step"
    received = []
    course_completed.connect(lambda **kw: received.append(kw["enrolment"]), weak=False)
    client.force_login(learner)
    with django_capture_on_commit_callbacks(execute=True):
        final = answer_everything(answer, course, CORRECT)
        again = answer(course.lesson_two, Q_TF, CORRECT[Q_TF])  # changes nothing
    enrolment = Enrolment.objects.get(user=learner)
    assert enrolment.score == 100 and enrolment.completed_at is not None
    assert received == [enrolment]
    # First the result, in words, then a clear way on to the signing step.
    assert final["Location"] == f"/nl/learning/courses/{course.pk}/result/"
    assert again["Location"].endswith(f"#question-{Q_TF}")  # completed once, said once
    result = client.get(final["Location"])
    html = result.content.decode()
    assert nl("You have completed %(course)s") % {"course": "Ethics code"} in html
    assert nl("Your score: %(score)s%% (pass mark %(mark)s%%).") % {"score": 100, "mark": 60} in (
        html
    )
    assert result.context["acknowledgement_url"] == "/nl/learning/next-step/"
    continue_link = (
        '<a class="button button--primary" href="/nl/learning/next-step/">'
        + nl("Continue: acknowledge the ethics code")
        + "</a>"
    )
    assert continue_link in html
    next_step = client.get("/nl/learning/next-step/").content.decode()
    assert nl("Next step: acknowledge the ethics code") in next_step
    # The course page keeps saying it, with the same way on.
    page = client.get(course.url).content.decode()
    assert continue_link in page
    with translation.override("nl"):
        day = date_format(timezone.localtime(enrolment.completed_at), "DATE_FORMAT")
    completed = nl(
        "You completed this course on %(date)s with a score of %(score)s%% (pass mark %(mark)s%%)."
    )
    assert completed % {"date": day, "score": 100, "mark": 60} in page


def test_a_learner_never_sees_another_learners_answers(client, course, learner, answer, lindenhove):
    client.force_login(learner)
    answer(course.lesson_one, Q_REFLECT, reflection="My private doubt about a gift")
    answer(course.lesson_one, Q_SINGLE, WRONG[Q_SINGLE])
    colleague = MemberFactory(organisation=lindenhove, user__preferred_language="en").user
    client.force_login(colleague)
    page = client.get(course.lesson_one.url).content.decode()
    assert "My private doubt about a gift" not in page
    assert "Because Never." not in page  # no feedback: the colleague has not answered
    assert "checked" not in page


def test_lessons_need_sign_in_but_the_course_description_is_public(client, course):
    assert client.get(course.url).status_code == 200
    response = client.get(course.lesson_one.url)
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]


def test_course_not_meant_for_the_learner_cannot_be_started(client, course, koudoube):
    partner = MemberFactory(
        organisation=koudoube, programme_role=Member.ProgrammeRole.PARTNER_REPRESENTATIVE
    ).user
    client.force_login(partner)
    response = client.post(f"/en/learning/courses/{course.pk}/start/")
    assert response.status_code == 302
    assert not Enrolment.objects.filter(user=partner).exists()


def test_my_learning_shows_status_progress_and_due_date(client, course, learner, answer):
    assign_required_courses(learner)
    client.force_login(learner)
    page = client.get("/en/learning/").content.decode()
    assert "Ethics code" in page and "Not started" in page and "0 lessons of 2 done" in page
    assert 'value="0"' in page
    answer_everything(answer, course, WRONG)
    page = client.get("/en/learning/").content.decode()
    assert "2 lessons of 2 done" in page and "In progress" in page and 'value="100"' in page
    Enrolment.objects.filter(user=learner).update(due_date=timezone.localdate() - timedelta(1))
    assert "Overdue" in client.get("/en/learning/").content.decode()


def test_my_learning_counts_only_lessons_still_published(client, course, learner, answer):
    assign_required_courses(learner)
    client.force_login(learner)
    answer_everything(answer, course, WRONG)
    assert "2 lessons of 2 done" in client.get("/en/learning/").content.decode()
    course.lesson_two.unpublish()
    page = client.get("/en/learning/").content.decode()
    assert "1 lesson of 1 done" in page and 'value="100"' in page


def test_progress_follows_the_learner_into_another_language(client, course, learner, answer):
    from wagtail.models import Locale

    french = Locale.objects.get_or_create(language_code="fr")[0]
    lesson_fr = course.lesson_one.copy_for_translation(french, copy_parents=True)
    for page in lesson_fr.get_ancestors(inclusive=True).filter(depth__gt=1).specific():
        if page.alias_of_id is None:
            page.save_revision().publish()
    lesson_fr.refresh_from_db()

    client.force_login(learner)
    answer(course.lesson_one, Q_SINGLE, CORRECT[Q_SINGLE])
    client.post(
        f"/fr/learning/lessons/{lesson_fr.pk}/answer/",
        {"question": Q_MULTI, "option": CORRECT[Q_MULTI]},
    )
    enrolment = Enrolment.objects.get(user=learner)
    assert enrolment.course == course
    assert set(enrolment.responses.values_list("question_id", flat=True)) == {Q_SINGLE, Q_MULTI}
    page = client.get(lesson_fr.url).content.decode()
    assert page.count("checked") == 3  # one single-choice and two multiple-choice options


def test_answers_to_a_course_not_meant_for_the_learner_are_refused(
    client, course, koudoube, answer
):
    partner = MemberFactory(
        organisation=koudoube, programme_role=Member.ProgrammeRole.PARTNER_REPRESENTATIVE
    ).user
    client.force_login(partner)
    response = answer(course.lesson_one, Q_SINGLE, CORRECT[Q_SINGLE])
    assert response.status_code == 302
    assert not Enrolment.objects.filter(user=partner).exists()
    assert not Response.objects.exists()


def test_my_learning_lists_the_most_urgent_course_first(course, learner):
    index = course.get_parent()

    def enrol(title, **dates):
        page = index.add_child(instance=CoursePage(title=title, slug=title.lower(), intro="."))
        Enrolment.objects.create(user=learner, course=page, source="assigned", **dates)

    completed = datetime(2027, 1, 5, 9, tzinfo=timezone.get_current_timezone())
    enrol("Done", completed_at=completed, due_date=date(2027, 1, 1))
    enrol("Later", due_date=date(2027, 3, 1))
    enrol("Undated")
    enrol("Soon", due_date=date(2027, 2, 1))
    assert [p.course.title for p in progress_of(learner)] == ["Soon", "Later", "Undated", "Done"]


def test_lessons_to_read_again_are_those_with_a_wrong_first_answer_only(
    client, course, learner, answer
):
    client.force_login(learner)
    answer(course.lesson_one, Q_SINGLE, CORRECT[Q_SINGLE])
    answer(course.lesson_one, Q_MULTI, CORRECT[Q_MULTI])
    answer(course.lesson_one, Q_REFLECT, reflection="Not graded.")
    answer(course.lesson_two, Q_TF, WRONG[Q_TF])
    state = course_state(learner, course)
    assert [lesson.title for lesson in state.wrong_lessons] == ["Complaints"]
    assert state.score == 67  # two of the three graded questions right the first time
