"""The phones' poll is answered right after Django's SecurityMiddleware (see
dilemmas.middleware): a full room polls a thousand times a second, and reading the session's
state needs no session, account, language or page policy."""

import pytest

from dilemmas.live import start
from tests.factories import PASSWORD

pytestmark = pytest.mark.django_db


@pytest.fixture
def session(playlist, facilitator):
    return start(playlist, facilitator, "en")


def test_a_signed_in_phone_polls_with_one_query_and_no_session(
    client, session, facilitator, django_assert_num_queries
):
    client.login(email=facilitator.email, password=PASSWORD)
    with django_assert_num_queries(1):  # the state itself: no session, no user
        response = client.get(f"/live/{session.code}/state/", secure=True)
    assert response.json()["phase"] == "lobby"
    assert "Set-Cookie" not in response.headers
    assert "Cookie" not in response.get("Vary", "")


def test_the_poll_keeps_the_security_headers_and_nothing_an_html_page_needs(client, session):
    response = client.get(f"/live/{session.code}/state/", secure=True)
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Content-Type"] == "application/json"
    assert "Content-Security-Policy" not in response.headers
    assert response["Cache-Control"] == "no-cache"


def test_an_unknown_code_is_404_and_other_methods_are_refused(client, session):
    assert client.get("/live/NOSUCH/state/").status_code == 404
    assert client.post(f"/live/{session.code}/state/").status_code == 405


def test_other_addresses_ending_in_state_pass_through(client, session):
    # Only the room's state route is short-cut; a page with such a slug is served as usual.
    assert client.get("/nl/state/").status_code == 404
    assert client.get(f"/live/{session.code}/").status_code == 302  # join first, as before


def test_a_worker_answers_from_the_state_it_read_in_the_last_half_second(
    client, session, settings, monkeypatch, django_assert_num_queries
):
    from dilemmas.live import move
    from dilemmas.views import room

    settings.DILEMMAS_STATE_MAX_AGE = 0.5
    now = [1000.0]
    monkeypatch.setattr(room.time, "monotonic", lambda: now[0])
    monkeypatch.setattr(room, "_recent_states", {})
    url = f"/live/{session.code}/state/"
    assert client.get(url).json()["phase"] == "lobby"
    move(session, "begin", session.version)
    now[0] += 0.4
    with django_assert_num_queries(0):
        assert client.get(url).json()["phase"] == "lobby"  # from memory
    now[0] += 0.2
    assert client.get(url).json()["phase"] == "presenting"
