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
