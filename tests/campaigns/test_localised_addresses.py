"""The Week of Integrity's feed and newsletter live at addresses in the page's language."""

import pytest
from django.utils import translation
from wagtail.models import Locale

from .test_campaign import week  # noqa: F401 (fixture)

pytestmark = pytest.mark.django_db


def test_the_feed_and_newsletter_addresses_are_in_the_pages_language(
    client,
    english_home,
    week,  # noqa: F811
):
    spanish = Locale.objects.get_or_create(language_code="es")[0]
    pages = {}
    for key, page in (
        ("home", english_home),
        ("landing", week["landing"]),
        ("campaign", week["campaign"]),
    ):
        translated = page.copy_for_translation(spanish)
        translated.save_revision().publish()
        translated.refresh_from_db()
        pages[key] = translated
    with translation.override("nl"):  # whatever language the link is built in
        assert pages["landing"].reverse_subpage("feed") == "canal/"
        assert pages["campaign"].reverse_subpage("newsletter_text") == "boletin/texto/"
        assert week["campaign"].reverse_subpage("newsletter_html") == "newsletter/"
    campaign = pages["campaign"]
    assert client.get(campaign.url + "boletin/").status_code == 200
    assert client.get(campaign.url + "boletin/texto/").status_code == 200
    assert client.get(campaign.url + "newsletter/plain/").status_code == 200  # older links
    assert client.get(week["campaign"].url + "boletin/").status_code == 404
    page = client.get(pages["landing"].url).content.decode()
    assert f'href="{pages["landing"].url}canal/"' in page
