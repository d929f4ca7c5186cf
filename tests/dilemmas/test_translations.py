"""Playlists are translatable snippets, and what a dilemma page answers below its address
is named in the page's language: a French phone reads the French playlist title, a
facilitator chooses among playlists in their own language, a French dilemma prints at
.../imprimer/."""

import re

import pytest
from django.test import Client
from django.utils import translation
from wagtail.models import Locale

from dilemmas.live import start
from dilemmas.models import Playlist, playlists_in
from tests.factories import PASSWORD


@pytest.fixture
def french(db):
    return Locale.objects.get_or_create(language_code="fr")[0]


@pytest.fixture
def french_playlist(playlist, french):
    translated = playlist.copy_for_translation(french)
    translated.title = "Séance de revue"
    translated.save()
    return translated


def facilitator_client(facilitator, language):
    facilitator.preferred_language = language
    facilitator.save()
    client = Client()
    client.login(email=facilitator.email, password=PASSWORD)
    return client


def test_a_translated_playlist_shares_its_key_and_its_dilemmas(playlist, french_playlist):
    assert french_playlist.pk != playlist.pk
    assert french_playlist.translation_key == playlist.translation_key
    assert french_playlist.locale.language_code == "fr"
    assert [i.dilemma_id for i in french_playlist.items.all()] == [
        i.dilemma_id for i in playlist.items.all()
    ]
    assert playlist.titles_by_language() == {"nl": "Review session", "fr": "Séance de revue"}


def test_a_french_phone_reads_the_french_playlist_title(playlist, french_playlist, facilitator):
    session = start(playlist, facilitator, "en")
    french = Client(headers={"Accept-Language": "fr"})
    french.post("/live/", {"code": session.code, "nickname": "Ana"})
    lobby = french.get(f"/live/{session.code}/").content.decode()
    assert re.findall(r"<h1[^>]*>(.*?)</h1>", lobby) == ["Séance de revue"]
    spanish = Client(headers={"Accept-Language": "es"})
    spanish.post("/live/", {"code": session.code, "nickname": "Luz"})
    lobby = spanish.get(f"/live/{session.code}/").content.decode()
    # No Spanish translation: the title of the playlist the session was started from.
    assert re.findall(r"<h1[^>]*>(.*?)</h1>", lobby) == ["Review session"]


def test_a_facilitator_chooses_each_playlist_once_in_their_language(
    playlist, french_playlist, facilitator
):
    assert playlists_in("fr") == [french_playlist]
    assert playlists_in("en") == [playlist]  # no English one: the main language's
    client = facilitator_client(facilitator, "fr")
    page = client.get("/fr/facilitate/sessions/").content.decode()
    assert page.count('name="playlist"') == 1
    assert f'value="{french_playlist.pk}"' in page and f'value="{playlist.pk}"' not in page
    assert "Séance de revue" in page
    response = client.post(
        "/fr/facilitate/sessions/", {"playlist": french_playlist.pk, "language": "fr"}
    )
    assert response.status_code == 302
    session = french_playlist.sessions.get()
    assert session.title_in("fr") == "Séance de revue"
    assert session.title_in("nl") == "Review session"
    # The list of sessions and the summary name it in the reader's language.
    english = facilitator_client(facilitator, "en")
    assert "Review session" in english.get("/en/facilitate/sessions/").content.decode()
    summary = client.get(f"/fr/facilitate/sessions/{session.code}/summary/").content.decode()
    assert "Séance de revue" in summary


def test_the_printed_kit_is_titled_in_the_readers_language(playlist, french_playlist, facilitator):
    client = facilitator_client(facilitator, "fr")
    page = client.get(f"/fr/facilitate/playlists/{playlist.pk}/kit/").content.decode()
    assert "Séance de revue" in page


def test_a_playlist_made_in_code_is_in_the_main_language(library):
    made = Playlist.objects.create(title="Benchmark")
    assert made.locale == Locale.get_default()


@pytest.fixture
def french_gift(library, french, english_home):
    """The gift dilemma in French, under the home and the library in French."""
    for page in (english_home, library["index"], library["gift"]):
        translated = page.copy_for_translation(french)
        translated.save_revision().publish()
    translated.refresh_from_db()
    return translated


def test_a_dilemmas_addresses_are_in_its_own_language(library, french_gift, facilitator):
    english_gift = library["gift"]
    with translation.override("en"):  # whatever the language around the link
        assert french_gift.reverse_subpage("print") == "imprimer/"
        assert french_gift.reverse_subpage("guide", args=[2]) == "guide/2/"
        assert english_gift.reverse_subpage("print") == "print/"
    with translation.override("fr"):
        assert english_gift.reverse_subpage("print_page") == "print/page/"
    client = facilitator_client(facilitator, "fr")
    page = client.get(french_gift.url).content.decode()
    assert f'href="{french_gift.url}imprimer/page/"' in page
    assert f'href="{french_gift.url}guide/1/"' in page  # the same word in French
    assert client.get(f"{french_gift.url}imprimer/page/").status_code == 200
    # An address sent before the routes were translated still arrives.
    assert client.get(f"{french_gift.url}print/page/").status_code == 200
    assert client.get(f"{english_gift.url}imprimer/page/").status_code == 404


def test_an_officer_translates_a_playlist_with_its_dilemmas(client, playlist, french, admin_user):
    client.force_login(admin_user)
    listing = client.get("/admin/dilemmas/playlists/").content.decode()
    assert "Review session" in listing
    response = client.post(
        f"/admin/translation/submit/snippet/dilemmas/playlist/{playlist.pk}/",
        {"locales": [french.pk]},
    )
    assert response.status_code == 302
    translated = Playlist.objects.get(translation_key=playlist.translation_key, locale=french)
    assert [i.dilemma_id for i in translated.items.all()] == [
        i.dilemma_id for i in playlist.items.all()
    ]
