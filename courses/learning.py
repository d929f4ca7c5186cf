"""What a learner sees and does: their courses, progress through lessons, answers,
completion. Views and page contexts call these; they hold the rules in one place."""

from dataclasses import dataclass, field
from functools import cached_property, reduce
from operator import or_

from django.db import connection, transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import get_language, ngettext
from django.utils.translation import gettext as _

from integrity_common.dates import date_format
from integrity_common.next_steps import NextStep
from integrity_common.page_cache import active_locale, cached, default_locale

from .adapter import get_adapter
from .blocks import GRADED_TYPES, QUESTION_TYPES
from .models import (
    ArchivedAttempt,
    ChoiceResponse,
    CourseIndexPage,
    CoursePage,
    Enrolment,
    LessonCompletion,
    LessonPage,
    ReflectionResponse,
    Response,
)
from .models.pages import canonical
from .questions import questions_in
from .signals import course_completed


def lessons_of(course):
    return LessonPage.objects.live().child_of(course).order_by("path")


def lesson_links(course):
    """The course's live lessons in order, with what a list of links to them needs (not
    their bodies): the same for every learner, kept in the page cache."""
    return cached(
        "lesson-links",
        course.pk,
        build=lambda: list(
            lessons_of(course).only("id", "title", "path", "url_path", "translation_key")
        ),
    )


def is_open_to(user, course):
    """A learner may start a course meant for their audience (required or not)."""
    audience = get_adapter().audience_of(user)
    return audience is not None and canonical(course).audiences.filter(audience=audience).exists()


def enrolment_for(user, course):
    if not user.is_authenticated:
        return None
    course = canonical(course)
    try:
        # One per learner and course: get() leaves out the list's ordering.
        enrolment = Enrolment.objects.get(user=user, course=course)
    except Enrolment.DoesNotExist:
        return None
    # The course in hand, not joined: a course page's row has some forty columns, and
    # building it again was half the cost of a course page's own work.
    enrolment.course = course
    return enrolment


@transaction.atomic
def start(user, course, *, source=Enrolment.Source.SELF):
    enrolment, _created = Enrolment.objects.get_or_create(
        user=user, course=canonical(course), defaults={"source": source}
    )
    if enrolment.started_at is None:
        enrolment.started_at = timezone.now()
        enrolment.save(update_fields=["started_at"])
    return enrolment


# --- Reading state for templates -------------------------------------------------------


@dataclass
class CourseProgress:
    enrolment: Enrolment
    course: CoursePage  # in the reader's language when translated
    lessons_total: int
    lessons_done: int

    @property
    def percent(self):
        if not self.lessons_total:
            return 0
        return round(100 * self.lessons_done / self.lessons_total)


# What follows reads only pages, the same for every learner: kept in the page cache
# (integrity_common.page_cache) until an editor changes the tree.


def _translations(course_ids):
    """The courses with these ids in the active language (the course itself where it has
    no translation), by id."""

    def build():
        by_id = CoursePage.objects.in_bulk(course_ids)
        translated = CoursePage.objects.live().filter(
            translation_key__in=[c.translation_key for c in by_id.values()],
            locale=active_locale(),
        )
        by_key = {page.translation_key: page for page in translated}
        # In the order asked for: the open courses are listed in the tree's order.
        return {
            pk: by_key.get(by_id[pk].translation_key, by_id[pk]) for pk in course_ids if pk in by_id
        }

    return cached("course-translations", get_language(), *course_ids, build=build)


def _live_lessons(course_ids):
    """The ids of each course's live lessons, in one query whatever the number of courses."""

    def build():
        courses = list(CoursePage.objects.filter(pk__in=course_ids).only("path", "depth"))
        live = {course.pk: set() for course in courses}
        if not courses:
            return live
        paths = reduce(or_, [Q(path__startswith=c.path, depth=c.depth + 1) for c in courses])
        for pk, path in LessonPage.objects.live().filter(paths).values_list("pk", "path"):
            for course in courses:
                if path.startswith(course.path):
                    live[course.pk].add(pk)
        return live

    return cached("live-lessons", *course_ids, build=build)


# The learner's own state, read on every learner page (a lesson, a course, My learning,
# the home page's next steps), is read in SQL: Django took ten times longer to build these
# queries than SQLite took to answer them, a fifth of the cost of a lesson page. One row
# per lesson done.
_ENROLMENTS_WITH_LESSONS_DONE = """
    SELECT enrolment.*, completion.lesson_id AS done_lesson_id{answered}
    FROM {enrolment} enrolment
    LEFT JOIN {completion} completion ON completion.enrolment_id = enrolment.id
    WHERE enrolment.user_id = %(user)s{and_course}
"""
_ANSWERED = """, EXISTS (
        SELECT 1 FROM {response} response
        WHERE response.enrolment_id = enrolment.id AND response.lesson_id = %(lesson)s
    ) AS lesson_answered"""


def _enrolments_with_lessons_done(user, course=None, answered_in=None):
    """{enrolment: ids of the lessons done} of the learner, in one query: in one course,
    if given; with `lesson_answered` on each enrolment, whether they answered any question
    of the lesson `answered_in` (SQLite answers 0 or 1)."""
    sql = _ENROLMENTS_WITH_LESSONS_DONE.format(
        enrolment=Enrolment._meta.db_table,
        completion=LessonCompletion._meta.db_table,
        answered=_ANSWERED.format(response=Response._meta.db_table) if answered_in else "",
        and_course=" AND enrolment.course_id = %(course)s" if course else "",
    )
    params = {
        "user": user.pk,
        "course": course and course.pk,
        "lesson": answered_in and answered_in.pk,
    }
    done = {}
    for row in Enrolment.objects.raw(sql, params):
        lessons = done.setdefault(row, set())  # a model instance hashes by its pk
        if row.done_lesson_id is not None:
            lessons.add(row.done_lesson_id)
    return done


def _most_urgent_first(enrolment):
    """Unfinished courses first, the earliest due date first (none last), then the
    completed ones in the order they were completed."""
    completed, due = enrolment.completed_at, enrolment.due_date
    return (
        completed is not None,
        completed.timestamp() if completed else 0,
        due is None,
        due.toordinal() if due else 0,
        enrolment.pk,
    )


def progress_of(user):
    """The learner's enrolments with lessons done, in their language, in one query.

    The courses come from the page cache by id, not joined: a course's row has some forty
    columns, and building a page for each enrolment cost more than the rest of the page."""
    done = _enrolments_with_lessons_done(user)
    if not done:
        return []
    enrolments = sorted(done, key=_most_urgent_first)
    course_ids = sorted({e.course_id for e in enrolments})
    translations = _translations(course_ids)
    live = _live_lessons(course_ids)
    return [
        CourseProgress(
            e,
            translations[e.course_id],
            len(live[e.course_id]),
            # Lessons unpublished since are neither done nor counted.
            len(done[e] & live[e.course_id]),
        )
        for e in enrolments
    ]


def my_learning(user):
    progress = progress_of(user)
    audience = get_adapter().audience_of(user)
    open_courses = []
    if audience is not None:
        enrolled = {item.enrolment.course_id for item in progress}
        for_audience = cached(
            "courses-for",
            audience,
            build=lambda: list(
                CoursePage.objects.live()
                .filter(locale=default_locale(), audiences__audience=audience)
                .distinct()
                .order_by("path")
            ),
        )
        candidates = [course for course in for_audience if course.pk not in enrolled]
        open_courses = list(_translations([c.pk for c in candidates]).values())
    catalogue = cached(
        "catalogue",
        get_language(),
        build=lambda: CourseIndexPage.objects.live().filter(locale=active_locale()).first(),
    )
    return {"progress": progress, "open_courses": open_courses, "catalogue": catalogue}


def courses_overview(user, index_page):
    courses = list(CoursePage.objects.live().child_of(index_page).order_by("path"))
    enrolled = {}
    if user.is_authenticated:
        keys = [canonical(c).pk for c in courses]
        enrolled = {e.course_id: e for e in Enrolment.objects.filter(user=user, course_id__in=keys)}
    return [(course, enrolled.get(canonical(course).pk)) for course in courses]


@dataclass
class CourseState:
    course: CoursePage
    lessons: list
    enrolment: Enrolment | None = None
    done_keys: set = field(default_factory=set)
    can_start: bool = False
    score: int | None = None  # counts first answers (see score_of)
    has_graded_questions: bool = False
    wrong_lessons: list = field(default_factory=list)  # first answer not correct

    @property
    def lessons_done(self):
        return sum(1 for lesson in self.lessons if lesson.translation_key in self.done_keys)

    @property
    def percent(self):
        return round(100 * self.lessons_done / len(self.lessons)) if self.lessons else 0

    @property
    def all_lessons_done(self):
        return bool(self.lessons) and self.lessons_done == len(self.lessons)

    @property
    def below_pass_mark(self):
        """Every lesson done, the pass mark not reached: answering again cannot change the
        score, so the learner may start the course again (see start_again)."""
        return bool(
            self.all_lessons_done
            and self.enrolment
            and not self.enrolment.completed_at
            and self.score is not None
            and self.score < self.pass_mark
        )

    @property
    def pass_mark(self):
        # The rule is the course's in the default language, which progress is recorded
        # against (a translation could differ).
        return self.enrolment.course.pass_mark if self.enrolment else self.course.pass_mark

    @property
    def done_positions(self):
        """Which lessons are done, by place in the course ("0,2"): what the list of lessons
        depends on besides the course, so its markup can be kept per combination."""
        return ",".join(
            str(number)
            for number, lesson in enumerate(self.lessons)
            if lesson.translation_key in self.done_keys
        )

    @property
    def next_lesson(self):
        """Where to resume: the first lesson not yet done."""
        return next(
            (lesson for lesson in self.lessons if lesson.translation_key not in self.done_keys),
            None,
        )


def course_state(user, course):
    lessons = lesson_links(course)
    state = CourseState(course=course, lessons=lessons)
    state.has_graded_questions = bool(_graded_question_ids(course))
    if not user.is_authenticated:
        return state
    default = canonical(course)
    enrolments = _enrolments_with_lessons_done(user, default)
    if not enrolments:
        state.can_start = is_open_to(user, course)
        return state
    ((state.enrolment, done),) = enrolments.items()
    # The course in hand, not joined (as in enrolment_for).
    state.enrolment.course = default
    keys = _lesson_keys(default)
    state.done_keys = {keys.get(lesson_id) for lesson_id in done}
    answers = _first_answers(state.enrolment)
    state.score = _score(state.enrolment, answers)
    # A reflection is not graded (None): its lesson is not one to read again.
    wrong = {lesson_key for _question, correct, lesson_key in answers if correct is False}
    state.wrong_lessons = [lesson for lesson in lessons if lesson.translation_key in wrong]
    return state


@dataclass
class QuestionState:
    question: object
    response: Response | None

    @property
    def selected(self):
        return getattr(self.response, "selected", [])

    @property
    def feedback(self):
        """Feedback of each chosen option, in the order the options appear."""
        return [o for o in self.question.options if o.id in self.selected]

    @property
    def answered_again(self):
        """A graded question answered more than once: the score keeps the first answer."""
        return bool(self.question.is_graded and self.response and self.response.attempts > 1)


@dataclass
class LessonState:
    lesson: LessonPage
    course: CoursePage
    enrolment: Enrolment | None
    responses: dict  # question id: this learner's response
    is_done: bool
    previous: LessonPage | None
    next: LessonPage | None
    position: int
    total: int

    @property
    def answered(self):
        """Any of its questions, by this learner."""
        return bool(self.responses)

    # What kinds of blocks the lesson has, read without building its blocks: a lesson
    # nobody has answered is kept rendered whole, and then its body is not read at all.
    @cached_property
    def _block_types(self):
        return {block["type"] for block in self.lesson.body.raw_data}

    @property
    def has_questions(self):
        return bool(self._block_types & set(QUESTION_TYPES))

    @property
    def has_graded_questions(self):
        return bool(self._block_types & set(GRADED_TYPES))

    @cached_property
    def items(self):
        """(block, QuestionState or None) in body order."""
        questions = {q.id: q for q in questions_in(self.lesson)}
        return [
            (block, QuestionState(questions[block.id], self.responses.get(block.id)))
            if block.id in questions
            else (block, None)
            for block in self.lesson.body
        ]


def lesson_state(user, lesson):
    course = cached("parent", lesson.pk, build=lambda: lesson.get_parent().specific)
    key = canonical(lesson)
    enrolment = None
    responses = {}
    is_done = False
    if user.is_authenticated:
        enrolments = _enrolments_with_lessons_done(user, canonical(course), answered_in=key)
        for enrolment, done in enrolments.items():  # one at most
            if enrolment.lesson_answered:
                responses = {r.question_id: r for r in enrolment.responses.filter(lesson=key)}
            is_done = key.pk in done
    siblings = lesson_links(course)
    index = next(i for i, sibling in enumerate(siblings) if sibling.pk == lesson.pk)
    return LessonState(
        lesson=lesson,
        course=course,
        enrolment=enrolment,
        responses=responses,
        is_done=is_done,
        previous=siblings[index - 1] if index > 0 else None,
        next=siblings[index + 1] if index + 1 < len(siblings) else None,
        position=index + 1,
        total=len(siblings),
    )


# --- Recording progress ------------------------------------------------------------------


def _graded_question_ids(course):
    # Every lesson's body, read for every score shown: kept until the pages change.
    return cached(
        "graded-questions",
        course.pk,
        build=lambda: [
            question.id
            for lesson in lessons_of(course)
            for question in questions_in(lesson)
            if question.is_graded
        ],
    )


def score_of(enrolment):
    """Percentage of the course's graded questions whose FIRST answer was correct.

    Answering again gives feedback and teaches, but does not raise the score: otherwise
    anyone could retry until right and the pass mark would mean nothing."""
    return _score(enrolment, _first_answers(enrolment))


def _lesson_keys(course):
    """The translation key of each lesson of the course, by id, published or not. Progress
    is recorded against the lessons in the default language and shown in the reader's;
    kept in the page cache rather than joined to every learner's rows."""
    return cached(
        "lesson-keys",
        course.pk,
        build=lambda: dict(
            LessonPage.objects.child_of(course).values_list("pk", "translation_key")
        ),
    )


def _first_answers(enrolment):
    """(question id, first answer correct? (None: not graded), lesson's translation key) of
    every response. Read on every course page: in SQL, as the enrolment is."""
    keys = _lesson_keys(enrolment.course)
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT question_id, first_is_correct, lesson_id FROM {Response._meta.db_table} "
            "WHERE enrolment_id = %s",
            [enrolment.pk],
        )
        answers = cursor.fetchall()
    return [
        (question, None if correct is None else bool(correct), keys.get(lesson_id))
        for question, correct, lesson_id in answers
    ]


def _score(enrolment, answers):
    graded = set(_graded_question_ids(enrolment.course))
    if not graded:
        return 100
    correct = sum(
        1 for question, first_correct, _lesson in answers if first_correct and question in graded
    )
    return round(100 * correct / len(graded))


@transaction.atomic
def record_choice(enrolment, lesson, question, selected, is_correct):
    return _record(
        ChoiceResponse, enrolment, lesson, question, selected=selected, is_correct=is_correct
    )


@transaction.atomic
def record_reflection(enrolment, lesson, question, text):
    return _record(ReflectionResponse, enrolment, lesson, question, text=text, is_correct=None)


def _record(model, enrolment, lesson, question, **values):
    lesson = canonical(lesson)
    response = (
        model.objects.select_for_update()
        .filter(enrolment=enrolment, question_id=question.id)
        .first()
    )
    if response is None:
        response = model.objects.create(
            enrolment=enrolment,
            lesson=lesson,
            question_id=question.id,
            first_is_correct=values["is_correct"],
            **values,
        )
    else:
        # The latest answer is shown with its feedback; first_is_correct stays as it was.
        for name, value in values.items():
            setattr(response, name, value)
        response.attempts += 1
        response.answered_at = timezone.now()
        response.save()
    enrolment.last_lesson = lesson
    enrolment.save(update_fields=["last_lesson"])
    if not find_unanswered(lesson, enrolment):
        complete_lesson(enrolment, lesson)
    return response


@transaction.atomic
def complete_lesson(enrolment, lesson):
    lesson = canonical(lesson)
    LessonCompletion.objects.get_or_create(enrolment=enrolment, lesson=lesson)
    enrolment.last_lesson = lesson
    enrolment.save(update_fields=["last_lesson"])
    return complete_course_if_passed(enrolment)


def all_lessons_done(enrolment):
    lesson_ids = set(lessons_of(enrolment.course).values_list("pk", flat=True))
    done = set(enrolment.lesson_completions.values_list("lesson_id", flat=True))
    return bool(lesson_ids) and lesson_ids <= done


def below_pass_mark(enrolment):
    """Every lesson done and the pass mark not reached: the attempt is over."""
    return (
        not enrolment.completed_at
        and all_lessons_done(enrolment)
        and score_of(enrolment) < enrolment.course.pass_mark
    )


def complete_course_if_passed(enrolment):
    """Complete the course when every lesson is done and the pass mark is reached."""
    if enrolment.completed_at:
        return True
    if not all_lessons_done(enrolment):
        return False
    score = score_of(enrolment)
    if score < enrolment.course.pass_mark:
        return False
    enrolment.completed_at = timezone.now()
    enrolment.score = score
    enrolment.save(update_fields=["completed_at", "score"])
    user, course = enrolment.user, enrolment.course
    transaction.on_commit(
        lambda: course_completed.send(
            sender=Enrolment, enrolment=enrolment, user=user, course=course
        )
    )
    return True


class CannotStartAgain(Exception):
    """Only an attempt that ended below the pass mark can be started again."""


@transaction.atomic
def start_again(enrolment):
    """Close the learner's attempt (every lesson done, below the pass mark) and start a new
    one: the attempt is archived with its score and answers, the answers to graded
    questions and the completion of the lessons that hold them are cleared, so that the
    first answers of the new attempt count. Reflections and the lessons without graded
    questions stay as they were: they are not scored. Returns the new attempt's number."""
    enrolment = Enrolment.objects.select_for_update().select_related("course").get(pk=enrolment.pk)
    # Checked under the lock: a double submission archives one attempt, not two.
    if not below_pass_mark(enrolment):
        raise CannotStartAgain
    graded = ChoiceResponse.objects.filter(enrolment=enrolment)
    ArchivedAttempt.objects.create(
        enrolment=enrolment,
        number=enrolment.attempt,
        started_at=enrolment.started_at,
        score=score_of(enrolment),
        pass_mark=enrolment.course.pass_mark,
        answers={
            r.question_id: {
                "first_is_correct": r.first_is_correct,
                "is_correct": r.is_correct,
                "attempts": r.attempts,
                "selected": r.selected,
            }
            for r in graded
        },
    )
    lessons_to_redo = {
        lesson.pk
        for lesson in lessons_of(enrolment.course)
        if any(question.is_graded for question in questions_in(lesson))
    } | set(graded.values_list("lesson_id", flat=True))
    graded.delete()
    enrolment.lesson_completions.filter(lesson_id__in=lessons_to_redo).delete()
    enrolment.attempt += 1
    enrolment.started_at = timezone.now()
    enrolment.save(update_fields=["attempt", "started_at"])
    return enrolment.attempt


def find_unanswered(lesson, enrolment):
    """Questions of the lesson the learner has not answered yet."""
    answered = set(
        enrolment.responses.filter(lesson=canonical(lesson)).values_list("question_id", flat=True)
    )
    return [q for q in questions_in(lesson) if q.id not in answered]


def next_steps(user):
    """The learner's unfinished courses, the most urgent first."""
    if not user.is_authenticated:
        return []
    unfinished = [p for p in progress_of(user) if not p.enrolment.completed_at]
    steps = []
    for item in unfinished[:2]:
        # The count is the lessons done: French agrees with it ("1 leçon terminée sur 6").
        values = {"done": item.lessons_done, "total": item.lessons_total}
        if item.enrolment.due_date:
            values["date"] = date_format(item.enrolment.due_date)
            text = ngettext(
                "%(done)s lesson of %(total)s done · due %(date)s",
                "%(done)s lessons of %(total)s done · due %(date)s",
                item.lessons_done,
            )
        else:
            text = ngettext(
                "%(done)s lesson of %(total)s done",
                "%(done)s lessons of %(total)s done",
                item.lessons_done,
            )
        text = text % values
        action = _("Continue") if item.lessons_done else _("Start")
        steps.append(NextStep(item.course.title, text, item.course.url, action))
    return steps
