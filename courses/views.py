"""Learner-facing views. Every view works without JavaScript: forms post, then redirect."""

from functools import wraps

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from . import learning
from .app_settings import app_settings
from .models import CoursePage, LessonPage
from .questions import InvalidAnswer, check_choice, check_reflection, find_question


@login_required
def my_learning(request):
    return render(request, "courses/my_learning.html", learning.my_learning(request.user))


@login_required
@require_POST
def start_course(request, course_id):
    course = get_object_or_404(CoursePage.objects.live(), pk=course_id)
    enrolment = learning.enrolment_for(request.user, course)
    if enrolment is None and not learning.is_open_to(request.user, course):
        messages.error(request, _("This course is not meant for your role in the programme."))
        return redirect(course.get_url(request))
    learning.start(request.user, course)
    state = learning.course_state(request.user, course)
    target = state.next_lesson or (state.lessons[0] if state.lessons else None)
    return redirect(target.get_url(request) if target else course.get_url(request))


def lesson_action(view):
    """Load the live lesson and the learner's enrolment in its course (starting the course
    when it is open to them) for a view that records progress; refuse anyone else."""

    @wraps(view)
    @login_required
    @require_POST
    def wrapper(request, lesson_id):
        lesson = get_object_or_404(LessonPage.objects.live(), pk=lesson_id)
        course = lesson.get_parent().specific
        enrolled = learning.enrolment_for(request.user, course) is not None
        if not enrolled and not learning.is_open_to(request.user, course):
            messages.error(request, _("This course is not meant for your role in the programme."))
            return redirect(lesson.get_url(request))
        return view(request, lesson, learning.start(request.user, course))

    return wrapper


def _is_finished(enrolment):
    """Completed, or every lesson done below the pass mark: the attempt has a result."""
    return bool(enrolment.completed_at) or learning.all_lessons_done(enrolment)


def _result_url(enrolment):
    return reverse("courses:result", args=[enrolment.course_id])


def _after_progress(request, enrolment, was_finished, lesson, anchor=""):
    """The step that finishes the course leads to its result page, which says so (and how
    the learner scored) before handing over to signing; otherwise back to the lesson."""
    if not was_finished and _is_finished(enrolment):
        return redirect(_result_url(enrolment))
    return redirect(lesson.get_url(request) + anchor)


@lesson_action
def answer(request, lesson, enrolment):
    question = find_question(lesson, request.POST.get("question", ""))
    if question is None:
        messages.error(request, _("This question no longer exists. Please reload the lesson."))
        return redirect(lesson.get_url(request))
    anchor = f"#question-{question.id}"
    was_finished = _is_finished(enrolment)
    try:
        if question.kind == "reflection":
            text = check_reflection(request.POST.get("reflection"))
            learning.record_reflection(enrolment, lesson, question, text)
        else:
            selected, is_correct = check_choice(question, request.POST.getlist("option"))
            learning.record_choice(enrolment, lesson, question, selected, is_correct)
    except InvalidAnswer as error:
        messages.error(request, str(error))
        return redirect(lesson.get_url(request) + anchor)
    enrolment.refresh_from_db()
    return _after_progress(request, enrolment, was_finished, lesson, anchor)


@lesson_action
def mark_done(request, lesson, enrolment):
    if learning.find_unanswered(lesson, enrolment):
        messages.error(request, _("Answer the questions in this lesson to complete it."))
        return redirect(lesson.get_url(request))
    was_finished = _is_finished(enrolment)
    learning.complete_lesson(enrolment, lesson)
    enrolment.refresh_from_db()
    if was_finished or _is_finished(enrolment):
        return _after_progress(request, enrolment, was_finished, lesson)
    state = learning.course_state(request.user, lesson.get_parent().specific)
    if state.next_lesson:
        return redirect(state.next_lesson.get_url(request))
    return redirect(lesson.get_parent().get_url(request))


@login_required
def course_result(request, course_id):
    """How the learner's attempt ended: completed (score against the pass mark, then on to
    acknowledging the code where the course leads there), or every lesson done below the
    pass mark (what to do next). Only the learner's own result; anything else: the course."""
    course = get_object_or_404(CoursePage.objects.live(), pk=course_id).localized
    state = learning.course_state(request.user, course)
    if state.enrolment is None or not (state.enrolment.completed_at or state.below_pass_mark):
        return redirect(course.get_url(request))
    return render(
        request,
        "courses/course_result.html",
        {
            "course": course,
            "state": state,
            "acknowledgement_url": reverse(app_settings.ACKNOWLEDGEMENT_URL_NAME),
        },
    )


@login_required
@require_POST
def start_again(request, course_id):
    """A new attempt at a course finished below the pass mark (see learning.start_again)."""
    course = get_object_or_404(CoursePage.objects.live(), pk=course_id).localized
    enrolment = learning.enrolment_for(request.user, course)
    if enrolment is not None:
        try:
            learning.start_again(enrolment)
        except learning.CannotStartAgain:
            # A second click, or a course not finished below the pass mark: nothing to
            # start again; the course page shows where the learner is.
            pass
        else:
            messages.success(
                request,
                _(
                    "Your new attempt has started. Your score counts your first answer to "
                    "each question in this attempt."
                ),
            )
    return redirect(course.get_url(request))


@login_required
def acknowledgement_next_step(request):
    """Until the certificates plugin provides the signing step, say clearly what comes next."""
    return render(request, "courses/acknowledgement_next_step.html")
