"""The courses plugin with its default adapter: one audience ("everyone"), no organisations."""

import json

import pytest
from django.utils import translation
from django.utils.translation import gettext
from wagtail.models import Site

from courses.adapter import DefaultCoursesAdapter, get_adapter
from courses.models import (
    ChoiceResponse,
    CourseAudience,
    CourseIndexPage,
    CoursePage,
    Enrolment,
    LessonCompletion,
    LessonPage,
)
from courses.signals import course_completed

pytestmark = pytest.mark.django_db

QUESTION = "q-gift"
LESSON_WITH_A_QUESTION = [
    {"type": "text", "id": "t1", "value": "<p>Gifts and hospitality.</p>"},
    {
        "type": "single_choice",
        "id": QUESTION,
        "value": {
            "question": "May you keep a small gift?",
            "options": [
                {
                    "type": "item",
                    "id": "never",
                    "value": {"text": "Never", "is_correct": False, "feedback": "Too strict."},
                },
                {
                    "type": "item",
                    "id": "report",
                    "value": {"text": "Yes, and report it", "is_correct": True, "feedback": "Yes."},
                },
            ],
        },
    },
]
READING_ONLY = [{"type": "text", "id": "t2", "value": "<p>Whom to ask for advice.</p>"}]


def nl(message):
    """The course is in the default language, Dutch; so are the pages about it."""
    with translation.override("nl"):
        return gettext(message)


@pytest.fixture
def course(db):
    """A course for the default adapter's one audience, with a lesson that asks a question
    and a lesson to read and mark done; built with Wagtail's tree API under the site root."""
    home = Site.objects.get(is_default_site=True).root_page
    index = home.add_child(instance=CourseIndexPage(title="Courses", slug="plugin-courses"))
    course = index.add_child(
        instance=CoursePage(
            title="Gifts in practice",
            slug="gifts-in-practice",
            intro="What to do with a gift.",
            pass_mark=80,
            leads_to_acknowledgement=True,
            audiences=[CourseAudience(audience="everyone", is_required=False)],
        )
    )
    course.lesson_one = course.add_child(
        instance=LessonPage(title="Gifts", slug="gifts", body=json.dumps(LESSON_WITH_A_QUESTION))
    )
    course.lesson_two = course.add_child(
        instance=LessonPage(title="Advice", slug="advice", body=json.dumps(READING_ONLY))
    )
    return course


@pytest.fixture
def learner(make_person):
    return make_person("learner@example.org", "Lena", "Learner")


def test_a_person_starts_answers_and_completes_a_course(
    client, sign_in, course, learner, settings, django_capture_on_commit_callbacks, request
):
    # The plugin's own next step too, not the host's signing page.
    del settings.COURSES_ACKNOWLEDGEMENT_URL_NAME
    adapter = get_adapter()
    assert type(adapter) is DefaultCoursesAdapter
    assert adapter.audience_of(learner) == "everyone"
    completed = []

    def on_completed(enrolment, **kwargs):
        completed.append(enrolment)

    course_completed.connect(on_completed)
    request.addfinalizer(lambda: course_completed.disconnect(on_completed))
    sign_in(client, learner)

    # My learning offers the course, not yet started; so does the course page.
    mine = client.get("/nl/learning/").content.decode()
    assert nl("Other courses for you") in mine and "Gifts in practice" in mine
    assert f'action="/nl/learning/courses/{course.pk}/start/"' in mine
    assert nl("Start this course") in client.get(course.url).content.decode()
    assert not Enrolment.objects.exists()

    started = client.post(f"/nl/learning/courses/{course.pk}/start/")
    assert started["Location"] == course.lesson_one.url
    enrolment = Enrolment.objects.get(user=learner, course=course)
    assert enrolment.source == Enrolment.Source.SELF and enrolment.started_at is not None
    lesson = client.get(course.lesson_one.url).content.decode()
    assert "May you keep a small gift?" in lesson

    with django_capture_on_commit_callbacks(execute=True):
        answered = client.post(
            f"/nl/learning/lessons/{course.lesson_one.pk}/answer/",
            {"question": QUESTION, "option": ["report"]},
        )
        # The only question answered: the lesson is done; the reading lesson remains.
        assert answered["Location"] == f"{course.lesson_one.url}#question-{QUESTION}"
        response = ChoiceResponse.objects.get(enrolment=enrolment, question_id=QUESTION)
        assert (response.selected, response.is_correct) == (["report"], True)
        assert list(LessonCompletion.objects.values_list("lesson_id", flat=True)) == [
            course.lesson_one.pk
        ]
        enrolment.refresh_from_db()
        assert enrolment.completed_at is None
        assert "status--in_progress" in client.get("/nl/learning/").content.decode()

        done = client.post(f"/nl/learning/lessons/{course.lesson_two.pk}/done/")

    # The last lesson done completes the course, once, and says so with the score.
    assert done["Location"] == f"/nl/learning/courses/{course.pk}/result/"
    enrolment.refresh_from_db()
    assert enrolment.completed_at is not None and enrolment.score == 100
    assert completed == [enrolment]
    result = client.get(done["Location"]).content.decode()
    assert nl("You have completed %(course)s") % {"course": "Gifts in practice"} in result
    assert 'href="/nl/learning/next-step/"' in result  # the plugin's default next step
    assert (
        nl("Next step: acknowledge the ethics code")
        in client.get("/nl/learning/next-step/").content.decode()
    )

    # My learning and the course page show it completed.
    mine = client.get("/nl/learning/").content.decode()
    assert "Gifts in practice" in mine
    assert f'<p class="status status--completed">{nl("Completed")}</p>' in mine
    assert nl("Other courses for you") not in mine
    page = client.get(course.url).content.decode()
    assert f'<p class="status status--completed">{nl("Completed")}</p>' in page


def test_without_the_default_adapter_the_same_person_could_not_start(
    client, sign_in, course, learner, settings
):
    """What the default adapter decides: everyone signed in is in its one audience. The
    host's adapter, for contrast, knows only members with a role in the programme; a plain
    account is in no audience there and the course is not open to it."""
    settings.COURSES_ADAPTER = "integrity_platform.people.adapter.CoursesAdapter"
    sign_in(client, learner)
    response = client.post(f"/nl/learning/courses/{course.pk}/start/", follow=True)
    assert nl("This course is not meant for your role in the programme.") in (
        response.content.decode()
    )
    assert not Enrolment.objects.exists()
    del settings.COURSES_ADAPTER
    assert type(get_adapter()) is DefaultCoursesAdapter
    client.post(f"/nl/learning/courses/{course.pk}/start/")
    assert Enrolment.objects.filter(user=learner, course=course).exists()


def test_courses_declares_that_it_needs_the_certificates_plugin(monkeypatch):
    from django.apps import apps

    from courses.checks import check_code_values

    assert check_code_values(None) == []
    installed = apps.is_installed
    monkeypatch.setattr(
        apps, "is_installed", lambda name: name != "certificates" and installed(name)
    )
    assert [error.id for error in check_code_values(None)] == ["courses.E002"]
