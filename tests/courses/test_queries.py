import pytest

from courses.models import CoursePage, Enrolment

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

    for page in add_courses(index, 495, 4):
        Enrolment.objects.create(user=learner, course=page, source="assigned")
    with django_assert_max_num_queries(len(few.captured_queries)):
        page = client.get("/en/learning/")
    assert page.content.decode().count('class="card"') == 500
