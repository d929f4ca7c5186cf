from wagtail.models import Locale

from dilemmas.models import Playlist


def test_a_facilitator_builds_a_playlist_in_the_admin(client, library, facilitator):
    client.force_login(facilitator)  # reads the admin in English (member_with_role)
    assert client.get("/admin/dilemmas/playlists/").status_code == 200
    response = client.post(
        "/admin/dilemmas/playlists/new/",
        {
            "title": "Workshop with partners",
            "description": "",
            "items-TOTAL_FORMS": "2",
            "items-INITIAL_FORMS": "0",
            "items-MIN_NUM_FORMS": "1",
            "items-MAX_NUM_FORMS": "1000",
            "items-0-dilemma": library["flight"].pk,
            "items-0-ORDER": "1",
            "items-1-dilemma": library["gift"].pk,
            "items-1-ORDER": "2",
            "titles-TOTAL_FORMS": "1",
            "titles-INITIAL_FORMS": "0",
            "titles-MIN_NUM_FORMS": "0",
            "titles-MAX_NUM_FORMS": "1000",
            "titles-0-locale": Locale.objects.get(language_code="en").pk,
            "titles-0-title": "Workshop with partners (English)",
            "titles-0-ORDER": "1",
        },
    )
    assert response.status_code == 302
    playlist = Playlist.objects.get()
    assert [item.dilemma_id for item in playlist.items.all()] == [
        library["flight"].pk,
        library["gift"].pk,
    ]
    assert playlist.titles_by_language() == {"en": "Workshop with partners (English)"}
    menu = client.get("/admin/").content.decode()
    assert "/facilitate/sessions/" in menu


def test_learners_have_no_playlists_and_no_sessions_page(client, learner):
    client.force_login(learner)
    assert client.get("/admin/dilemmas/playlists/").status_code == 302
    assert client.get("/en/facilitate/sessions/").status_code == 403
