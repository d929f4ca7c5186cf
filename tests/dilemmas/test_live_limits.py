"""A live session's limits: rejoining does not buy a second vote, and one phone guessing
codes does not lock out the room behind the same address."""

import pytest
from django.test import Client

from dilemmas.models import Participant, Vote
from tests.factories import PASSWORD

from .test_live import guest, session, step, vote  # noqa: F401 (fixtures and helpers)

pytestmark = pytest.mark.django_db
LATE = "You joined while this vote was open: you can vote from the next one."


def test_rejoining_with_a_fresh_cookie_does_not_vote_again(session):  # noqa: F811
    phone = guest(session, "Ana")
    session = step(session, "begin", "open")
    assert vote(phone, session, 1).status_code == 200
    # Twenty times a new cookie (cleared, or a private window): twenty guests, no votes.
    rejoined = [guest(session, f"Ana {n}") for n in range(20)]
    for again in rejoined:
        response = vote(again, session, 2)
        assert response.status_code == 409 and response.json()["message"] == LATE
    assert Vote.objects.count() == 1
    # From the next vote on, each phone in the room when it opens has one voice.
    session = step(session, "reveal", "revote")
    for again in rejoined[:3]:
        assert vote(again, session, 2).status_code == 200
    assert Vote.objects.filter(round=2).count() == 3


def test_a_member_joining_during_a_vote_still_votes(session, learner):  # noqa: F811
    session = step(session, "begin", "open")
    phone = Client()
    phone.login(email=learner.email, password=PASSWORD)
    phone.post("/live/", {"code": session.code})
    assert vote(phone, session, 1).status_code == 200
    other_phone = Client()  # the same member on a second phone: still one place, one vote
    other_phone.login(email=learner.email, password=PASSWORD)
    other_phone.post("/live/", {"code": session.code})
    assert vote(other_phone, session, 2).status_code == 409
    assert Vote.objects.count() == 1


def test_one_phone_guessing_codes_pauses_alone(still_clock, session, settings):  # noqa: F811
    settings.DILEMMAS_RATE_LIMITS = {"wrong_code": "3/10m/key"}
    client = Client(headers={"Accept-Language": "en"})
    for _ in range(3):
        client.post("/live/", {"code": "ZZZZZZ", "nickname": "Guesser"})
    refused = client.post("/live/", {"code": session.code, "nickname": "Guesser"})
    assert "Too many wrong codes. Wait ten minutes" in refused.content.decode()
    # The rest of the room, at the same address, joins.
    for n in range(5):
        guest(session, f"Neighbour {n}")
    assert Participant.objects.count() == 5


def test_a_flood_of_wrong_codes_from_one_address_stops_there(still_clock, session, settings):  # noqa: F811
    settings.DILEMMAS_RATE_LIMITS = {"wrong_code_per_address": "12/10m/ip"}
    inside = guest(session, "In already")
    for _ in range(4):  # a script that drops its cookie after every three guesses
        script = Client()
        for _ in range(3):
            script.post("/live/", {"code": "ZZZZZZ", "nickname": "x"})
    newcomer = Client(headers={"Accept-Language": "nl"})
    refused = newcomer.post("/live/", {"code": session.code, "nickname": "Late"})
    assert "Te veel foute codes vanaf deze verbinding" in refused.content.decode()
    # A phone that joined before comes back in (a reload, the QR scanned again).
    back = inside.post("/live/", {"code": session.code, "nickname": "In already"})
    assert back.status_code == 302 and back["Location"] == f"/live/{session.code}/"
    assert Participant.objects.count() == 1
