"""The live session's console projects the public address (SITE_URL) to join: behind a
proxy, the host the facilitator's browser used may be an internal name phones cannot reach."""

import pytest

from dilemmas.live import start
from tests.qr import qr_texts_in_html

pytestmark = pytest.mark.django_db
PUBLIC = "https://integrity.example.org"


def test_the_console_projects_the_public_join_address(client, settings, playlist, facilitator):
    settings.SITE_URL = PUBLIC
    session = start(playlist, facilitator, "en")
    client.force_login(facilitator)
    response = client.get(f"/en/facilitate/sessions/{session.code}/", HTTP_HOST="web-1.internal")
    page = response.content.decode()
    assert qr_texts_in_html(page) == [f"{PUBLIC}/live/{session.code}/"]
    assert f"{PUBLIC}/live/" in page  # the short address to type, beside the code
    assert "http://web-1.internal" not in page


def test_in_development_the_console_projects_the_host_it_was_opened_on(
    client, settings, playlist, facilitator
):
    settings.DEBUG = True
    settings.SITE_URL = ""
    session = start(playlist, facilitator, "en")
    client.force_login(facilitator)
    response = client.get(f"/en/facilitate/sessions/{session.code}/", HTTP_HOST="example.test")
    assert qr_texts_in_html(response.content.decode()) == [
        f"http://example.test/live/{session.code}/"
    ]
