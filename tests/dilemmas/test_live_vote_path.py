"""Votes sent by the room's script take the short path (dilemmas.middleware): the CSRF
check, the participant's cookie and the page's language, without sessions, accounts or
messages. Without JavaScript a vote takes the ordinary path and answers on the next page."""

import re

import pytest
from django.test import Client

from dilemmas.live import move, start
from dilemmas.models import Vote

pytestmark = pytest.mark.django_db


@pytest.fixture
def session(playlist, facilitator):
    return move(start(playlist, facilitator, "en"), "begin", 1)


def join(session, language="en"):
    phone = Client(enforce_csrf_checks=True, headers={"Accept-Language": language})
    phone.get(f"/live/?code={session.code}")
    token = phone.cookies["csrftoken"].value
    response = phone.post(
        "/live/", {"code": session.code, "nickname": "Ana"}, headers={"X-CSRFToken": token}
    )
    assert response.status_code == 302
    return phone, token


def page_language(phone, session):
    html = phone.get(f"/live/{session.code}/").content.decode()
    return re.search(r'name="language" value="(\w+)"', html).group(1)


def vote(phone, session, token, **fields):
    return phone.post(
        f"/live/{session.code}/vote/",
        {"position": 0, "round": 1, "option": 1, **fields},
        headers={"Accept": "application/json", "X-CSRFToken": token},
    )


def test_a_vote_costs_its_own_queries_and_no_session_or_account(session, django_assert_num_queries):
    phone, token = join(session)
    session = move(session, "open", session.version)
    # The participant with its session and the vote (inside the test's transaction, a
    # savepoint around it); the options were counted when the session started, and each
    # worker reads those counts once. Nothing for a session, an account or a site.
    assert vote(phone, session, token, option=99).status_code == 409  # reads the counts
    with django_assert_num_queries(4) as reading:
        response = vote(phone, session, token, language="en")
    assert response.status_code == 200 and response.json()["ok"]
    tables = " ".join(query["sql"] for query in reading.captured_queries)
    assert "django_session" not in tables and "accounts_user" not in tables
    assert "wagtailcore_site" not in tables
    assert Vote.objects.filter(session=session).count() == 1


def test_the_answer_is_in_the_language_of_the_page_the_vote_came_from(session):
    phone, token = join(session, language="fr")
    assert page_language(phone, session) == "fr"
    session = move(session, "open", session.version)
    assert vote(phone, session, token, language="fr").json()["ok"]
    again = vote(phone, session, token, language="fr")
    assert again.status_code == 409 and again["Content-Language"] == "fr"
    assert again.json()["message"] != "You already voted in this round."
    # A language the site does not have: the browser's, as for a guest's page.
    made_up = vote(phone, session, token, language="xx")
    assert made_up.status_code == 409 and made_up["Content-Language"] == "fr"


def test_a_vote_without_the_csrf_token_or_from_another_site_is_refused(session):
    phone, token = join(session)
    session = move(session, "open", session.version)
    assert vote(phone, session, "forged-token-" * 3).status_code == 403
    foreign = phone.post(
        f"/live/{session.code}/vote/",
        {"position": 0, "round": 1, "option": 1},
        headers={
            "Accept": "application/json",
            "X-CSRFToken": token,
            "Origin": "https://elsewhere.example.net",
        },
        secure=True,
    )
    assert foreign.status_code == 403
    assert not Vote.objects.exists()


def test_a_vote_for_a_session_that_does_not_exist_is_404_in_json_too(session):
    phone, token = join(session)
    response = phone.post(
        "/live/NOSUCH/vote/",
        {"position": 0, "round": 1, "option": 1},
        headers={"Accept": "application/json", "X-CSRFToken": token},
    )
    assert response.status_code == 404


def test_without_javascript_a_vote_answers_on_the_next_page(session):
    phone, token = join(session)
    session = move(session, "open", session.version)
    response = phone.post(
        f"/live/{session.code}/vote/",
        {"position": 0, "round": 1, "option": 1, "csrfmiddlewaretoken": token},
        follow=True,
    )
    assert "Your vote is in." in response.content.decode()
