"""The dilemmas plugin with its default adapter: Django permissions decide who facilitates,
only superusers see every session, and a session counts toward nothing."""

import pytest
from django.test import Client

from dilemmas.adapter import DefaultDilemmasAdapter, get_adapter
from dilemmas.models import (
    DilemmaIndexPage,
    DilemmaOption,
    DilemmaPage,
    LiveSession,
    Participant,
    Phase,
    Playlist,
    PlaylistItem,
    PracticeAnswer,
)

pytestmark = pytest.mark.django_db

JUSTIFICATION = "I would accept it in public and report it to the integrity adviser."


@pytest.fixture
def gift(english_home):
    """A dilemma in an English library, built with Wagtail's tree API."""
    index = english_home.add_child(
        instance=DilemmaIndexPage(title="Dilemmas", slug="plugin-dilemmas")
    )
    return index.add_child(
        instance=DilemmaPage(
            title="A gift from the partner",
            slug="gift",
            summary="A carved statue at the farewell dinner.",
            situation="<p>A carved wooden statue, worth far more than a token.</p>",
            stakeholders="The partner, the team.",
            commentary="<p>The expert says: report every gift.</p>",
            facilitator_notes="<p>Ask the room about timing.</p>",
            context="partner_country",
            options=[
                DilemmaOption(label="Refuse it politely", considerations="A snub?"),
                DilemmaOption(label="Accept it and report it", considerations="Transparent."),
            ],
        )
    )


@pytest.fixture
def learner(make_person):
    return make_person("learner@example.org", "Lena", "Learner", language="en")


@pytest.fixture
def facilitator(make_person):
    """The default adapter's facilitator: whoever holds Django's permission to add a live
    session. No role, no organisation, no access to the admin."""
    return make_person(
        "facilitator@example.org",
        "Fien",
        "Facilitator",
        language="en",
        permissions=["dilemmas.add_livesession"],
    )


def test_a_person_practises_a_dilemma_and_the_answer_is_recorded(client, sign_in, gift, learner):
    adapter = get_adapter()
    assert type(adapter) is DefaultDilemmasAdapter
    assert not adapter.can_facilitate(learner)
    sign_in(client, learner)

    before = client.get(gift.url)
    assert before.status_code == 200
    html = before.content.decode()
    assert "A carved wooden statue" in html and "What would you do?" in html
    assert "Refuse it politely" in html and "Accept it and report it" in html
    # The commentary comes after answering; facilitators' notes and printing not at all.
    assert "The expert says" not in html
    assert "Ask the room about timing." not in html and "Print (PDF)" not in html
    assert not PracticeAnswer.objects.exists()

    response = client.post(gift.url + "answer/", {"option": "2", "justification": JUSTIFICATION})
    assert response["Location"] == gift.url + "#your-answer"
    answer = PracticeAnswer.objects.get()
    assert (answer.user, answer.dilemma_id, answer.option, answer.language) == (
        learner,
        gift.pk,
        2,
        "en",
    )
    assert answer.justification == JUSTIFICATION

    after = client.get(gift.url).content.decode()
    assert "Thank you: your answer is saved, for you only." in after
    assert "2. Accept it and report it" in after and JUSTIFICATION in after
    assert "The expert says: report every gift." in after
    assert "How others chose is shown once at least 5 people have answered" in after

    # A second answer changes nothing.
    client.post(gift.url + "answer/", {"option": "1", "justification": "Changed my mind."})
    assert list(PracticeAnswer.objects.values_list("option", "justification")) == [
        (2, JUSTIFICATION)
    ]


def test_a_permitted_person_starts_a_live_session_and_others_join(
    client, sign_in, gift, learner, facilitator, make_person
):
    adapter = get_adapter()
    assert type(adapter) is DefaultDilemmasAdapter
    assert adapter.can_facilitate(facilitator)
    assert not adapter.sees_every_session(facilitator)
    assert adapter.counts_for_choices(facilitator) == []
    playlist = Playlist.objects.create(title="Farewell dinners", items=[PlaylistItem(dilemma=gift)])

    # Without the permission: no sessions page, no console, no printing.
    sign_in(client, learner)
    assert client.get("/en/facilitate/sessions/").status_code == 403
    assert (
        client.post(
            "/en/facilitate/sessions/", {"playlist": playlist.pk, "language": "en"}
        ).status_code
        == 403
    )
    assert client.get(gift.url + "print/").status_code == 403
    assert not LiveSession.objects.exists()
    client.logout()

    sign_in(client, facilitator)
    page = client.get(gift.url).content.decode()
    assert "Print (PDF)" in page and "Ask the room about timing." in page
    sessions = client.get("/en/facilitate/sessions/").content.decode()
    assert "Farewell dinners" in sessions
    assert 'name="counts_for"' not in sessions  # the default counts toward nothing
    response = client.post("/en/facilitate/sessions/", {"playlist": playlist.pk, "language": "en"})
    session = LiveSession.objects.get()
    assert response["Location"] == f"/en/facilitate/sessions/{session.code}/"
    assert (session.facilitator, session.phase, session.counts_for) == (
        facilitator,
        Phase.LOBBY,
        "",
    )
    assert [item.dilemma_id for item in session.items.all()] == [gift.pk]
    console = client.get(response["Location"]).content.decode()
    assert session.code in console and "Farewell dinners" in console
    client.post(
        f"/en/facilitate/sessions/{session.code}/move/",
        {"action": "begin", "version": session.version},
    )
    session.refresh_from_db()
    assert session.phase == Phase.PRESENTING

    # The learner joins from their phone, signed in: they take part under their account.
    phone = Client(headers={"Accept-Language": "en"})
    sign_in(phone, learner)
    joined = phone.post("/live/", {"code": session.code.lower()})
    assert joined["Location"] == f"/live/{session.code}/"
    assert list(Participant.objects.values_list("user", flat=True)) == [learner.pk]
    assert "A gift from the partner" in phone.get(joined["Location"]).content.decode()

    # Another facilitator runs their own sessions only (superusers see every one).
    other = make_person(
        "other@example.org",
        "Otto",
        "Other",
        language="en",
        permissions=["dilemmas.add_livesession"],
    )
    client.logout()
    sign_in(client, other)
    assert client.get(f"/en/facilitate/sessions/{session.code}/").status_code == 404
    assert session.code not in client.get("/en/facilitate/sessions/").content.decode()
