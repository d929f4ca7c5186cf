from wagtail.models import Locale

from dilemmas.models import Playlist


def test_a_facilitator_builds_a_playlist_in_the_admin(client, library, facilitator):
    client.force_login(facilitator)  # reads the admin in English (member_with_role)
    assert client.get("/admin/dilemmas/playlists/").status_code == 200
    response = client.post(
        "/admin/dilemmas/playlists/add/",
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
        },
    )
    assert response.status_code == 302
    playlist = Playlist.objects.get()
    assert playlist.locale == Locale.get_default()
    assert [item.dilemma_id for item in playlist.items.all()] == [
        library["flight"].pk,
        library["gift"].pk,
    ]
    assert playlist.titles_by_language() == {"nl": "Workshop with partners"}
    menu = client.get("/admin/").content.decode()
    assert "/facilitate/sessions/" in menu


def test_learners_have_no_playlists_and_no_sessions_page(client, learner):
    client.force_login(learner)
    assert client.get("/admin/dilemmas/playlists/").status_code == 302
    assert client.get("/en/facilitate/sessions/").status_code == 403
