import pytest
from django.contrib.auth.models import AnonymousUser
from django.utils import timezone, translation
from wagtail.models import Locale

from courses.learning import lesson_state, start
from courses.models import CourseAudience, CoursePage, Enrolment
from courses.queries import courses_before_signing
from integrity_platform.people.models import Member
from tests.factories import MemberFactory

from .conftest import Q_MULTI, Q_REFLECT

pytestmark = pytest.mark.django_db


def add_courses(index, count, start):
    return [
        index.add_child(
            instance=CoursePage(title=f"Course {n}", slug=f"course-{n}", intro="Intro.")
        )
        for n in range(start, start + count)
    ]


def test_my_learning_queries_do_not_grow_with_courses(
    client, course, learner, django_assert_max_num_queries
):
    index = course.get_parent()
    client.force_login(learner)
    for page in [course, *add_courses(index, 4, 0)]:
        Enrolment.objects.create(user=learner, course=page, source="assigned")
    client.get("/en/learning/")
    with django_assert_max_num_queries(40) as few:
        page = client.get("/en/learning/")
    assert page.content.decode().count('class="card"') == 5
    budget = len(few.captured_queries)  # read now: the next request clears Django's log

    for page in add_courses(index, 495, 4):
        Enrolment.objects.create(user=learner, course=page, source="assigned")
    # New pages renew the page cache (integrity_common.page_cache): compare warm with warm.
    client.get("/en/learning/")
    with django_assert_max_num_queries(budget):
        page = client.get("/en/learning/")
    assert page.content.decode().count('class="card"') == 500


# --- courses_before_signing: what the signing step waits for --------------------------


def test_a_course_required_for_the_role_comes_before_signing_until_completed(course, learner):
    # Required for a municipal official, whether or not the enrolment exists yet.
    assert courses_before_signing(learner) == [course]
    enrolment = Enrolment.objects.create(user=learner, course=course, source="required")
    enrolment.started_at = timezone.now()
    enrolment.save()
    assert courses_before_signing(learner) == [course]
    enrolment.completed_at = timezone.now()
    enrolment.save()
    assert courses_before_signing(learner) == []


def test_the_officer_switches_it_off_per_course(course, learner):
    course.required_before_signing = False
    course.save_revision().publish()
    assert courses_before_signing(learner) == []


def test_only_courses_that_lead_to_signing_and_are_live(course, learner):
    index = course.get_parent()
    policy = index.add_child(
        instance=CoursePage(
            title="Policy",
            slug="policy",
            intro="Intro.",
            audiences=[CourseAudience(audience=Member.ProgrammeRole.MUNICIPAL_OFFICIAL)],
        )
    )
    assert policy.required_before_signing  # on by default, but it leads nowhere
    assert courses_before_signing(learner) == [course]
    course.unpublish()
    assert courses_before_signing(learner) == []


def test_assigned_to_them_counts_started_by_themselves_does_not(course, lindenhove, coordinator):
    delegate = MemberFactory(
        organisation=lindenhove, programme_role=Member.ProgrammeRole.DELEGATION_MEMBER
    ).user
    assert courses_before_signing(delegate) == []  # open to delegates, not required
    enrolment = Enrolment.objects.create(user=delegate, course=course, source="self")
    assert courses_before_signing(delegate) == []
    enrolment.source = Enrolment.Source.ASSIGNED
    enrolment.assigned_by = coordinator
    enrolment.save()
    assert courses_before_signing(delegate) == [course]


def test_someone_else_completing_it_changes_nothing(course, learner, lindenhove):
    colleague = MemberFactory(organisation=lindenhove).user
    Enrolment.objects.create(
        user=colleague, course=course, source="required", completed_at=timezone.now()
    )
    assert courses_before_signing(learner) == [course]
    assert courses_before_signing(colleague) == []
    assert courses_before_signing(AnonymousUser()) == []


def translate(page, locale):
    translated = page.copy_for_translation(locale, copy_parents=True)
    for ancestor in translated.get_ancestors(inclusive=True).filter(depth__gt=1).specific():
        if ancestor.alias_of_id is None and not ancestor.live:
            ancestor.save_revision().publish()
    translated.refresh_from_db()
    return translated


def test_courses_come_in_the_active_language_where_translated(course, learner):
    french = Locale.objects.get_or_create(language_code="fr")[0]
    course_fr = translate(course, french)
    course_fr.title = "Code d’éthique"
    course_fr.save_revision().publish()
    with translation.override("fr"):
        assert [c.title for c in courses_before_signing(learner)] == ["Code d’éthique"]
    with translation.override("es"):  # not translated: the course as it is
        assert courses_before_signing(learner) == [course]
    # Completing it in any language completes it.
    Enrolment.objects.create(
        user=learner, course=course, source="required", completed_at=timezone.now()
    )
    with translation.override("fr"):
        assert courses_before_signing(learner) == []


def test_courses_before_signing_queries_do_not_grow_with_courses(
    course, learner, django_assert_num_queries, django_assert_max_num_queries
):
    french = Locale.objects.get_or_create(language_code="fr")[0]
    translate(course, french)
    index = course.get_parent()

    def required_course(n):
        page = index.add_child(
            instance=CoursePage(
                title=f"Onboarding {n}",
                slug=f"onboarding-{n}",
                intro="Intro.",
                leads_to_acknowledgement=True,
                audiences=[CourseAudience(audience=Member.ProgrammeRole.MUNICIPAL_OFFICIAL)],
            )
        )
        translate(page, french)
        return page

    required_course(0)
    with translation.override("fr"), django_assert_max_num_queries(20) as one:
        assert len(courses_before_signing(learner)) == 2
    for n in range(1, 6):
        page = required_course(n)
        Enrolment.objects.create(user=learner, course=page, source="assigned")
    with translation.override("fr"), django_assert_num_queries(len(one.captured_queries)):
        found = courses_before_signing(learner)
    assert len(found) == 7 and all(c.locale == french for c in found)


def test_a_warm_my_learning_asks_the_shared_cache_for_the_generation_only(
    client, course, learner, request
):
    """Every course link is built with the request, so Wagtail takes the site's root paths
    from the page cache (held by this process) instead of reading them from the shared
    cache (Redis in production) once per link."""
    from integrity_common import page_cache

    client.force_login(learner)
    Enrolment.objects.create(user=learner, course=course, source="assigned")
    client.get("/en/learning/")
    address = course.url
    reads = request.getfixturevalue("shared_cache_reads")  # from here on
    page = client.get("/en/learning/")
    assert address in page.content.decode()
    assert reads == [page_cache.GENERATION_KEY]


def test_a_lesson_reads_the_learners_state_in_one_query_until_they_answer(
    client, course, learner, answer, django_assert_num_queries
):
    client.force_login(learner)
    start(learner, course)
    lesson = course.lesson_one
    lesson_state(learner, lesson)  # the lesson's place in the course, kept in the page cache
    with django_assert_num_queries(1):
        state = lesson_state(learner, lesson)
    questions = [q for _block, q in state.items if q]
    assert questions and not state.is_done and all(q.response is None for q in questions)

    answer(lesson, Q_MULTI, ["m-nobody"])
    answer(lesson, Q_REFLECT, reflection="When a partner insisted.")
    lesson_state(learner, lesson)
    # The enrolment with the lesson's progress, the answers, and each answer's own kind.
    with django_assert_num_queries(4):
        state = lesson_state(learner, lesson)
    answered = {q.question.id: q for _block, q in state.items if q and q.response}
    assert answered[Q_MULTI].selected == ["m-nobody"] and not answered[Q_MULTI].response.is_correct
    assert answered[Q_REFLECT].response.text == "When a partner insisted."
