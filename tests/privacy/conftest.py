import pytest
from django.contrib.auth import get_user_model

from courses import learning
from courses.models import CoursePage
from courses.questions import questions_in
from integrity_platform.review.models import Reminder, ReviewCycle
from integrity_platform.visits.models import Delegate, WorkVisit

REFLECTION = "Ik twijfelde, want mijn schoonbroer werkt bij de leverancier."


@pytest.fixture
def colleague(demo):
    """The demo's colleague at Lindenhove, with something in every app: the demo gave them
    check-ins at both years' review sessions, two signed acknowledgements, a practice
    answer and a seat in the live dilemma session; here they also answer a lesson of a
    course (a reflection among the answers), join a work visit's delegation and get a
    reminder."""
    user = get_user_model().objects.get(email="colleague@example.org")
    lesson = next(
        lesson
        for course in CoursePage.objects.filter(locale__language_code="nl").order_by("path")
        for lesson in learning.lessons_of(course)
        if any(question.kind == "reflection" for question in questions_in(lesson))
    )
    enrolment = learning.start(user, lesson.get_parent().specific)
    for question in questions_in(lesson):
        if question.kind == "reflection":
            learning.record_reflection(enrolment, lesson, question, REFLECTION)
        else:
            chosen = [option.id for option in question.options if option.is_correct][:1]
            learning.record_choice(enrolment, lesson, question, chosen, True)
    learning.complete_lesson(enrolment, lesson)
    Delegate.objects.create(visit=WorkVisit.objects.get(), member=user.member)
    cycle = ReviewCycle.objects.filter(organisation=user.member.organisation).first()
    Reminder.objects.create(user=user, cycle=cycle, kind="member", sent_on=cycle.opens_on)
    return user
