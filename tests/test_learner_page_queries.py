"""What a learner's page asks the database, warm, on the demo: the session, the account,
the learner's own state and whether they may open the admin (or run a live session),
nothing else. The page itself, its route, its privacy and the site shell come from the
page cache (integrity_common.page_cache, kept_pages); the permission in one query
(integrity_common.permissions); the learner's state in SQL (courses.learning)."""

import re

import pytest
from django.contrib.auth import get_user_model
from django.db import connection
from django.test.utils import CaptureQueriesContext

from courses.models import Enrolment, LessonPage
from dilemmas.models import DilemmaPage

LEARNER = "official@example.org"


def tables(queries):
    """The table each query reads (its outermost FROM), in order."""
    read = []
    for query in queries:
        sql = query["sql"]
        depth = {
            m.start(): sql[: m.start()].count("(") - sql[: m.start()].count(")")
            for m in FROM.finditer(sql)
        }
        outermost = min(depth, key=lambda start: (depth[start], start))
        read.append(FROM.match(sql, outermost).group(1))
    return read


FROM = re.compile(r'FROM\s+"?(\w+)')


@pytest.fixture
def learner_pages(demo, client):
    client.force_login(get_user_model().objects.get(email=LEARNER))
    course = Enrolment.objects.filter(user__email=LEARNER).first().course
    return {
        "lesson": LessonPage.objects.child_of(course).live().first().url,
        "course": course.url,
        "my learning": "/en/learning/",
        "dilemma": DilemmaPage.objects.live().filter(locale__language_code="en").first().url,
    }


@pytest.mark.parametrize(
    "name, reads",
    [
        ("lesson", ["courses_enrolment"]),
        ("course", ["courses_enrolment", "courses_response"]),
        ("my learning", ["courses_enrolment", "people_member"]),
        # and whether they may run a live session, asked the same way
        ("dilemma", ["dilemmas_practiceanswer", "auth_permission"]),
    ],
)
def test_a_learner_page_reads_the_learners_state_and_nothing_of_the_tree(
    client, learner_pages, name, reads
):
    url = learner_pages[name]
    for _ in range(3):  # the route, then the page, are kept
        assert client.get(url).status_code == 200
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    read = tables(queries)
    assert read[:2] == ["django_session", "accounts_user"]
    assert read[2:-1] == reads
    assert read[-1] == "auth_permission"  # may they open the admin: one query
