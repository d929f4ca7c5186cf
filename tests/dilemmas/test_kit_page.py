"""Every printed kit is also a page with the same content: the PDF's accessible equivalent
(xhtml2pdf cannot tag a PDF for screen readers), linked beside it."""

import pytest
from django.test import Client

from tests.factories import PASSWORD

from .conftest import pdf_text

pytestmark = pytest.mark.django_db


def test_a_playlists_kit_is_also_a_page(client, playlist, facilitator, learner):
    client.login(email=facilitator.email, password=PASSWORD)
    sessions = client.get("/en/facilitate/sessions/").content.decode()
    assert f"/en/facilitate/playlists/{playlist.pk}/kit.pdf" in sessions
    assert f"/en/facilitate/playlists/{playlist.pk}/kit/" in sessions
    page = client.get(f"/en/facilitate/playlists/{playlist.pk}/kit/").content.decode()
    pdf = pdf_text(client.get(f"/en/facilitate/playlists/{playlist.pk}/kit.pdf"))
    for text in ("A gift from the partner", "Flying for a two-hour meeting", "Weigh it."):
        assert text in page and text in pdf
    for text in ("Ask the room about timing.", "The expert says: report every gift."):
        assert text in page and text in pdf
    assert f'href="/en/facilitate/playlists/{playlist.pk}/kit.pdf"' in page
    other = Client()
    other.login(email=learner.email, password=PASSWORD)
    assert other.get(f"/en/facilitate/playlists/{playlist.pk}/kit/").status_code == 403


def test_a_printed_dilemma_is_also_a_page(library, facilitator, learner):
    interview = library["interview"]
    staff = Client()
    staff.login(email=facilitator.email, password=PASSWORD)
    dilemma = staff.get(interview.url).content.decode()
    assert f'href="{interview.url}print/"' in dilemma
    assert f'href="{interview.url}print/page/"' in dilemma
    page = staff.get(interview.url + "print/page/").content.decode()
    assert "The double invoice (interview)" in page and "Ask the room about timing." in page
    assert f'href="{interview.url}print/"' in page
    learner_phone = Client()
    learner_phone.login(email=learner.email, password=PASSWORD)
    assert learner_phone.get(interview.url + "print/page/").status_code == 404
    assert learner_phone.get(library["gift"].url + "print/page/").status_code == 403
