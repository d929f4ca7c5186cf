"""The privacy notice states the retention periods the settings hold, in every language."""

import re

import pytest

pytestmark = pytest.mark.django_db

NOTICES = {
    "nl": "/nl/privacy/",
    "fr": "/fr/confidentialite/",
    "en": "/en/privacy/",
    "es": "/es/privacidad/",
}


@pytest.fixture
def periods(settings):
    settings.RETENTION_ACKNOWLEDGEMENT_YEARS = 7
    settings.RETENTION_FORMER_MEMBER_DAYS = 200
    settings.RETENTION_LIVE_GUEST_DAYS = 3
    settings.RETENTION_CHECKIN_DAYS = 400
    settings.RETENTION_PRACTICE_DAYS = 100


def retention_section(client, url):
    response = client.get(url)
    assert response.status_code == 200
    html = response.content.decode()
    section = re.search(r'<section aria-labelledby="retention-heading">.*?</section>', html, re.S)
    return section.group(0)


def test_the_notice_states_the_configured_periods(client, demo, periods):
    text = retention_section(client, NOTICES["en"])
    assert "200 days later everything about you is erased" in text
    assert "we keep them 7 years after you leave" in text
    assert "Check-ins at annual review sessions: 400 days after the session" in text
    assert "practising a dilemma on your own: 100 days" in text
    assert "live dilemma sessions: 3 days after the session ends" in text
    assert 'href="/en/my-data/"' in text


def test_the_notice_follows_the_settings_in_every_language(client, demo, periods, settings):
    for language, url in NOTICES.items():
        numbers = re.findall(r"\b\d+\b", retention_section(client, url))
        assert {"7", "200", "3", "400", "100"} <= set(numbers), language
    settings.RETENTION_ACKNOWLEDGEMENT_YEARS = 1
    assert "we keep them 1 year after you leave" in retention_section(client, NOTICES["en"])
