"""The integrity officer builds, previews and translates courses in the Wagtail admin."""

import json
import re

import pytest
from wagtail.models import Locale

from courses.models import CoursePage, LessonPage

from .conftest import LESSON_ONE, Q_MULTI, Q_SINGLE

pytestmark = pytest.mark.django_db


def test_officer_opens_the_editor_for_courses_and_lessons(client, officer, course):
    client.force_login(officer)
    index = course.get_parent()
    assert client.get(f"/admin/pages/add/courses/coursepage/{index.pk}/").status_code == 200
    lesson_form = client.get(f"/admin/pages/add/courses/lessonpage/{course.pk}/")
    assert lesson_form.status_code == 200
    html = lesson_form.content.decode()
    for block in (
        "Single choice question",
        "Multiple choice question",
        "True or false",
        "Reflection",
        "Rule from the code",
        "Quote or testimony",
    ):
        assert block in html, block
    edit = client.get(f"/admin/pages/{course.lesson_one.pk}/edit/")
    assert edit.status_code == 200


def test_lesson_preview_shows_the_questions(course):
    response = course.lesson_one.make_preview_request()
    assert response.status_code == 200
    html = response.content.decode()
    assert "May you keep a small gift?" in html
    assert 'name="option"' in html


def test_officer_translates_a_course_with_its_lessons(client, officer, course):
    french = Locale.objects.create(language_code="fr")
    client.force_login(officer)
    home = course.get_parent().get_parent()
    for page in (home, course.get_parent()):  # the tree above the course first
        client.post(f"/admin/translation/submit/page/{page.pk}/", {"locales": [french.pk]})
    response = client.post(
        f"/admin/translation/submit/page/{course.pk}/",
        {"locales": [french.pk], "include_subtree": "on"},
    )
    assert response.status_code == 302
    course_fr = CoursePage.objects.get(locale=french, translation_key=course.translation_key)
    lessons_fr = LessonPage.objects.child_of(course_fr).order_by("path")
    assert [lesson.title for lesson in lessons_fr] == ["Gifts", "Complaints"]
    question_ids = [block.id for block in lessons_fr[0].body]
    assert Q_SINGLE in question_ids and Q_MULTI in question_ids
    assert [a.audience for a in course_fr.audiences.all()] == [
        a.audience for a in course.audiences.all()
    ]


def checkbox(html, name):
    return re.search(rf'<input type="checkbox" name="{name}"[^>]*>', html).group(0)


def test_officer_switches_onboarding_before_signing_in_the_course_editor(client, officer, course):
    client.force_login(officer)
    form = client.get(f"/admin/pages/add/courses/coursepage/{course.get_parent().pk}/")
    html = form.content.decode()
    assert "Must be completed before signing the ethics code" in html
    # On by default: it takes effect once the course leads to acknowledging the code.
    assert " checked" in checkbox(html, "required_before_signing")
    assert " checked" not in checkbox(html, "leads_to_acknowledgement")
    course.required_before_signing = False
    course.save_revision().publish()
    edit = client.get(f"/admin/pages/{course.pk}/edit/").content.decode()
    assert " checked" not in checkbox(edit, "required_before_signing")
    assert " checked" in checkbox(edit, "leads_to_acknowledgement")


def test_a_previewed_draft_never_reaches_learners(client, course, learner):
    # Saving the draft starts a new page-cache generation, so the editor's preview is the
    # first to render the lesson's blocks: what it renders must not be kept for learners.
    lesson = course.lesson_one
    draft = LessonPage.objects.get(pk=lesson.pk)
    draft.body = json.dumps(
        [{**LESSON_ONE[0], "value": "<p>Draft: not approved yet.</p>"}, *LESSON_ONE[1:]]
    )
    draft.save_revision()
    preview = draft.make_preview_request().render().content.decode()
    assert "Draft: not approved yet." in preview
    client.force_login(learner)
    # On the host the preview was rendered for, as an editor's preview is on the site's own.
    html = client.get(lesson.url, headers={"Host": lesson.get_site().hostname}).content.decode()
    assert "Gifts and hospitality." in html and "not approved yet" not in html
    # And the other way round: a preview after learners' visits shows the draft.
    assert "Draft: not approved yet." in draft.make_preview_request().render().content.decode()
