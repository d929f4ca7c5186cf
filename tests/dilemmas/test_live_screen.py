"""The room around a live session: the big screen for the projector, the console's End
behind a confirmation, a summary that says which dilemmas were not reached, and the
playlist's title in each phone's language."""

import csv
import io
import re

import pytest
from django.test import Client
from wagtail.models import Locale

from dilemmas.live import start
from dilemmas.models import LiveSession, Phase, Playlist
from tests.factories import PASSWORD
from tests.qr import qr_texts_in_html

from .conftest import pdf_text
from .test_live import guest, step, vote


@pytest.fixture
def session(playlist, facilitator):
    for code, title in (("en", "Review session (EN)"), ("fr", "Séance de revue")):
        locale = Locale.objects.get_or_create(language_code=code)[0]
        Playlist.objects.create(
            title=title, locale=locale, translation_key=playlist.translation_key
        )
    return start(playlist, facilitator, "en")


@pytest.fixture
def console(session, facilitator):
    client = Client()
    client.login(email=facilitator.email, password=PASSWORD)
    return client


def url(session, page=""):
    return f"/en/facilitate/sessions/{session.code}/{page}"


def test_the_playlist_title_is_frozen_in_every_language_and_shown_in_the_phones(session):
    # Editing the playlist later changes nothing.
    Playlist.objects.exclude(pk=session.playlist_id).delete()
    session.refresh_from_db()
    assert session.title == "Review session"
    assert session.title_in("fr") == "Séance de revue"
    assert session.title_in("es") == "Review session"  # no Spanish title: the main one
    french = Client(headers={"Accept-Language": "fr"})
    french.post("/live/", {"code": session.code, "nickname": "Ana"})
    lobby = french.get(f"/live/{session.code}/").content.decode()
    assert "Séance de revue" in lobby
    assert re.findall(r"<h1[^>]*>(.*?)</h1>", lobby) == ["Séance de revue"]


def test_the_room_has_one_h1_the_current_dilemma_while_it_runs(session):
    phone = guest(session)
    session = step(session, "begin", "open")
    page = phone.get(f"/live/{session.code}/").content.decode()
    assert re.findall(r"<h1[^>]*>(.*?)</h1>", page) == ["A gift from the partner"]
    # The vote comes before the situation: on a phone its buttons are near the top.
    assert page.index("data-vote-form") < page.index("Read the situation")


def test_posting_end_without_confirming_changes_nothing(console, session):
    response = console.post(url(session, "move/"), {"action": "end", "version": 1})
    assert response.status_code == 302 and response["Location"] == url(session, "end/")
    session.refresh_from_db()
    assert (session.phase, session.version) == (Phase.LOBBY, 1)

    page = console.get(response["Location"]).content.decode()
    assert "End the session?" in page and 'name="confirm"' in page
    assert f'href="{url(session)}"' in page  # Cancel, back to the console
    ended = console.post(url(session, "move/"), {"action": "end", "version": 1, "confirm": "1"})
    assert ended["Location"] == url(session)
    session.refresh_from_db()
    assert session.phase == Phase.ENDED
    assert console.get(url(session, "end/"))["Location"] == url(session)


def test_the_console_sets_end_apart_and_lists_its_keyboard_shortcuts(console, session):
    page = console.get(url(session)).content.decode()
    assert 'data-shortcut="n"' in page and "Keyboard shortcuts" in page
    assert f'href="{url(session, "screen/")}" target="_blank"' in page
    controls = page[
        page.index('class="controls"') : page.index("</section>", page.index("controls"))
    ]
    assert 'value="end"' not in controls and "End the session" not in controls
    assert f'href="{url(session, "end/")}"' in page


def test_the_big_screen_is_the_facilitators_only(client, session, learner, coordinator):
    screen = url(session, "screen/")
    response = client.get(screen)
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]
    client.login(email=learner.email, password=PASSWORD)
    assert client.get(screen).status_code == 403
    client.login(email=coordinator.email, password=PASSWORD)  # a facilitator, not this one
    assert client.get(screen).status_code == 404


def test_the_big_screen_shows_the_room_and_nothing_private(console, session, facilitator):
    lobby = console.get(url(session, "screen/")).content.decode()
    assert session.code in lobby and "<svg" in lobby and "Join on your phone" in lobby
    assert re.findall(r"<h1[^>]*>(.*?)</h1>", lobby) == ["Review session (EN)"]
    [address] = qr_texts_in_html(lobby)
    assert address.endswith(f"/live/{session.code}/")

    phones = [guest(session, "Ana"), guest(session, "Bram")]
    session = step(session, "begin", "open")
    for phone, option in zip(phones, [1, 2], strict=True):
        vote(phone, session, option)
    voting = console.get(url(session, "screen/")).content.decode()
    assert "A carved wooden statue" in voting and "Refuse it politely" in voting
    assert re.search(r"data-votes>2<", voting)
    session = step(session, "reveal")
    revealed = console.get(url(session, "screen/")).content.decode()
    assert "50% (1)" in revealed and "bars__bar" in revealed

    for page in (lobby, voting, revealed):
        assert "Ask the room about timing." not in page  # the facilitator's notes
        assert "Notes for facilitators" not in page
        assert 'name="action"' not in page and "csrf" not in page
        assert "site-header" not in page and "account-nav" not in page
        assert facilitator.email not in page and "Ana" not in page

    session = step(session, "end")
    ended = console.get(url(session, "screen/")).content.decode()
    assert "Thank you for taking part" in ended and "A carved wooden statue" not in ended


def test_the_big_screen_speaks_the_language_chosen_for_it(playlist, facilitator):
    session = start(playlist, facilitator, "fr")
    client = Client()
    client.login(email=facilitator.email, password=PASSWORD)
    page = client.get(url(session, "screen/")).content.decode()
    assert '<html lang="fr">' in page


def test_the_summary_says_not_reached_instead_of_zero(console, session):
    phone = guest(session)
    session = step(session, "begin", "open")
    vote(phone, session, 1)
    session = step(session, "reveal", "end")  # the second dilemma was never reached

    page = console.get(url(session, "summary/")).content.decode()
    second = page[page.index("2. Flying for a two-hour meeting") :]
    assert "Not reached" in second and "0%" not in second
    assert "Review session (EN)" in page

    response = console.get(url(session, "summary.csv"))
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert rows[0][2] == "Status"
    assert rows[1][:3] == ["1", "A gift from the partner", "voted"]
    assert rows[-1] == ["2", "Flying for a two-hour meeting", "not reached"] + [""] * 7

    text = pdf_text(console.get(url(session, "summary.pdf")))
    after = text[text.index("2. Flying for a two-hour meeting") :]
    assert "Not reached" in after and "0%" not in after


def test_a_session_that_never_voted_reached_no_dilemma(console, session):
    session = step(session, "begin", "end")
    page = console.get(url(session, "summary/")).content.decode()
    assert page.count("Not reached") == 2 and "0%" not in page
    assert LiveSession.objects.get().phase == Phase.ENDED
