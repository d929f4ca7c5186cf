import csv
import io

import pytest
from django.test import Client

from dilemmas.live import move, start
from dilemmas.models import LiveSession, Participant, Phase, Vote
from tests.factories import PASSWORD

from .conftest import pdf_text


@pytest.fixture
def session(playlist, facilitator):
    return start(playlist, facilitator, "en")


def step(session, *actions):
    for action in actions:
        session = move(session, action, session.version)
    return session


def guest(session, nickname="Ana"):
    phone = Client(headers={"Accept-Language": "en"})
    response = phone.post("/live/", {"code": session.code.lower(), "nickname": nickname})
    assert response.status_code == 302 and response["Location"] == f"/live/{session.code}/"
    return phone


def vote(phone, session, option, position=None, round_=None):
    session.refresh_from_db()
    return phone.post(
        f"/live/{session.code}/vote/",
        {
            "position": session.position if position is None else position,
            "round": session.round if round_ is None else round_,
            "option": option,
        },
        headers={"Accept": "application/json"},
    )


def test_starting_freezes_the_playlist(session, playlist, library):
    assert [item.dilemma_id for item in session.items.all()] == [
        library["gift"].pk,
        library["flight"].pk,
    ]
    assert [item.option_count for item in session.items.all()] == [3, 2]
    playlist.items.all().delete()
    assert session.items.count() == 2
    assert len(session.code) == 6 and session.phase == Phase.LOBBY


def test_guests_join_by_code_with_a_nickname(session):
    phone = guest(session)
    page = phone.get(f"/live/{session.code}/").content.decode()
    assert "you are Ana" in page
    assert Participant.objects.get().nickname == "Ana"


@pytest.mark.parametrize(
    ("code", "message"),
    [
        ("ZZZZZZ", "No session has this code."),
        ("AB", "A session code has six letters and digits"),
        ("<scrip", "A session code has six letters and digits"),
    ],
)
def test_a_wrong_code_is_refused_and_records_nothing(client, session, code, message):
    response = client.post("/live/", {"code": code, "nickname": "Ana"})
    assert response.status_code == 200 and message in response.content.decode()
    assert not Participant.objects.exists()


def test_an_ended_session_cannot_be_joined(client, session):
    step(session, "end")
    response = client.post("/live/", {"code": session.code, "nickname": "Ana"})
    assert "This session has ended." in response.content.decode()
    assert not Participant.objects.exists()


def test_guessing_codes_is_stopped(still_clock, client, session, settings):
    settings.DILEMMAS_RATE_LIMITS = {"wrong_code": "3/10m/key"}
    for _ in range(3):
        client.post("/live/", {"code": "ZZZZZZ", "nickname": "Ana"})
    response = client.post("/live/", {"code": session.code, "nickname": "Ana"})
    assert "Too many wrong codes" in response.content.decode()
    assert not Participant.objects.exists()


def test_the_room_page_asks_to_join_first(client, session):
    response = client.get(f"/live/{session.code}/")
    assert response.status_code == 302 and response["Location"] == f"/live/?code={session.code}"
    assert client.get("/live/NOPE42/").status_code == 404


def test_one_vote_per_round_and_none_after_the_lock(session):
    phone = guest(session)
    session = step(session, "begin", "open")
    assert vote(phone, session, 2).status_code == 200
    again = vote(phone, session, 1)
    assert (
        again.status_code == 409 and again.json()["message"] == "You already voted in this round."
    )
    session = step(session, "lock")
    late = guest(session, "Late")
    closed = vote(late, session, 1)
    assert closed.status_code == 409 and "closed" in closed.json()["message"]
    assert list(Vote.objects.values_list("option", flat=True)) == [2]


@pytest.mark.parametrize(
    ("option", "position", "round_"),
    [("4", None, None), ("0", None, None), ("x", None, None), ("1", 1, None), ("1", None, 2)],
)
def test_tampered_votes_are_refused_and_record_nothing(session, option, position, round_):
    phone = guest(session)
    session = step(session, "begin", "open")
    response = vote(phone, session, option, position, round_)
    assert response.status_code == 409 and response.json()["message"]
    assert not Vote.objects.exists()


def test_a_vote_without_joining_or_with_a_forged_code_records_nothing(client, session):
    session = step(session, "begin", "open")
    assert vote(client, session, 1).status_code == 403
    assert client.post("/live/ZZZZZZ/vote/", {"option": 1}).status_code == 404
    assert not Vote.objects.exists()


def test_without_javascript_a_vote_posts_and_comes_back_with_a_message(session):
    phone = guest(session)
    session = step(session, "begin", "open")
    response = phone.post(
        f"/live/{session.code}/vote/", {"position": 0, "round": 1, "option": 1}, follow=True
    )
    assert "Your vote is in." in response.content.decode()
    assert Vote.objects.count() == 1


def test_the_room_page_reads_the_dilemmas_once_for_the_whole_room(
    session, library, django_assert_max_num_queries
):
    session = step(session, "begin")
    first, second = guest(session, "Ana"), guest(session, "Ben")
    first.get(f"/live/{session.code}/")  # the dilemmas read and rendered once
    with django_assert_max_num_queries(3) as reading:
        page = second.get(f"/live/{session.code}/").content.decode()
    # The participant and their votes (and the site), never the dilemmas' pages or options.
    assert not any("dilemmas_dilemma" in query["sql"] for query in reading.captured_queries)
    assert "<p>A carved wooden statue" in page and "Meet online" in page  # HTML, not escaped
    # An editor's correction reaches the room as soon as it is published.
    gift = library["gift"]
    gift.situation = "<p>A carved wooden statue, now valued by a jeweller.</p>"
    gift.save_revision().publish()
    assert "valued by a jeweller" in second.get(f"/live/{session.code}/").content.decode()


def test_phones_poll_a_small_state_and_get_304_when_nothing_moved(
    session, django_assert_num_queries
):
    phone = guest(session)
    with django_assert_num_queries(1):
        first = phone.get(f"/live/{session.code}/state/")
    assert first.json() == {"version": 1, "phase": "lobby", "position": 0, "round": 1}
    unchanged = phone.get(f"/live/{session.code}/state/", headers={"If-None-Match": first["ETag"]})
    assert unchanged.status_code == 304
    step(session, "begin")
    moved = phone.get(f"/live/{session.code}/state/", headers={"If-None-Match": first["ETag"]})
    assert moved.json()["phase"] == "presenting"


def test_a_double_click_moves_the_session_once(client, session, facilitator):
    client.login(email=facilitator.email, password=PASSWORD)
    url = f"/en/facilitate/sessions/{session.code}/move/"
    client.post(url, {"action": "begin", "version": 1})
    client.post(url, {"action": "begin", "version": 1})
    follow = client.post(url, {"action": "open", "version": 1}, follow=True)
    assert "The session had already moved on" in follow.content.decode()
    session.refresh_from_db()
    assert (session.phase, session.version) == (Phase.PRESENTING, 2)


def test_only_the_sessions_facilitator_runs_it(client, session, learner, coordinator):
    console = f"/en/facilitate/sessions/{session.code}/"
    client.login(email=learner.email, password=PASSWORD)
    assert client.get(console).status_code == 403
    assert client.post(console + "move/", {"action": "begin", "version": 1}).status_code == 403
    client.login(email=coordinator.email, password=PASSWORD)  # a facilitator, not this one
    assert client.get(console).status_code == 404
    assert client.get("/en/facilitate/sessions/ZZZZZZ/").status_code == 404
    session.refresh_from_db()
    assert session.phase == Phase.LOBBY


def test_the_summary_shows_the_shift_without_names(client, session, facilitator, learner):
    member_phone = Client()
    member_phone.login(email=learner.email, password=PASSWORD)
    member_phone.post("/live/", {"code": session.code})
    phones = [member_phone, guest(session, "GuestAnouk"), guest(session, "GuestBram")]
    session = step(session, "begin", "open")
    for phone, option in zip(phones, [1, 1, 2], strict=True):
        vote(phone, session, option)
    session = step(session, "lock", "reveal", "revote")
    for phone, option in zip(phones, [2, 2, 2], strict=True):
        vote(phone, session, option)
    session = step(session, "reveal", "end")

    client.login(email=facilitator.email, password=PASSWORD)
    page = client.get(f"/en/facilitate/sessions/{session.code}/summary/").content.decode()
    assert "Members: 1 · Guests: 2" in page
    assert "+67 points" in page and "-67 points" in page
    rows = list(
        csv.reader(
            io.StringIO(
                client.get(f"/en/facilitate/sessions/{session.code}/summary.csv").content.decode(
                    "utf-8-sig"
                )
            )
        )
    )
    assert rows[1][2:] == ["voted", "1", "Accept it and report it", "2", "67", "0", "0", "-67"]
    assert rows[2][2:] == ["voted", "2", "Refuse it politely", "1", "33", "3", "100", "67"]
    text = pdf_text(client.get(f"/en/facilitate/sessions/{session.code}/summary.pdf"))
    assert "A gift from the partner" in text and "67% (2)" in text
    everything = page + str(rows) + text
    for name in (learner.get_full_name(), learner.email, "GuestAnouk", "GuestBram"):
        assert name not in everything


def test_guests_see_no_member_names(session, learner):
    member_phone = Client()
    member_phone.login(email=learner.email, password=PASSWORD)
    member_phone.post("/live/", {"code": session.code})
    phone = guest(session)
    step(session, "begin")
    page = phone.get(f"/live/{session.code}/").content.decode()
    assert learner.get_full_name() not in page and learner.email not in page


def test_the_printable_kit_has_one_dilemma_per_page(client, playlist, facilitator):
    client.login(email=facilitator.email, password=PASSWORD)
    response = client.get(f"/en/facilitate/playlists/{playlist.pk}/kit.pdf")
    assert response["Content-Type"] == "application/pdf"
    from pypdf import PdfReader

    pages = PdfReader(io.BytesIO(response.content)).pages
    texts = [" ".join(page.extract_text().split()) for page in pages]
    assert len(pages) >= 2
    assert "A gift from the partner" in texts[0] and "Ask the room about timing." in texts[0]
    assert any("Flying for a two-hour meeting" in t for t in texts[1:])


def test_sessions_page_starts_a_session(client, playlist, facilitator):
    client.login(email=facilitator.email, password=PASSWORD)
    assert client.get("/en/facilitate/sessions/").status_code == 200
    response = client.post("/en/facilitate/sessions/", {"playlist": playlist.pk, "language": "en"})
    session = LiveSession.objects.get()
    assert response["Location"] == f"/en/facilitate/sessions/{session.code}/"
    console = client.get(response["Location"]).content.decode()
    assert session.code in console and "<svg" in console
    bad = client.post("/en/facilitate/sessions/", {"playlist": 999, "language": "en"})
    assert "Choose one of the playlists." in bad.content.decode()
    assert LiveSession.objects.count() == 1
