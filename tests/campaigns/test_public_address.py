"""The Week of Integrity read away from the site (a feed reader, a shared link, an email
newsletter) links to the public address (SITE_URL), not to the host the request came by."""

import re
import xml.etree.ElementTree as ET
from datetime import date, datetime, timedelta

import pytest
import time_machine

from integrity_platform.campaigns.models import CampaignIndexPage, CampaignPage
from tests.conftest import BRUSSELS

from .test_campaign import ATOM, item

pytestmark = pytest.mark.django_db
PUBLIC = "https://integrity.example.org"
BEHIND_THE_PROXY = {"HTTP_HOST": "web-1.internal:8000"}


@pytest.fixture(autouse=True)
def public_address(settings):
    settings.SITE_URL = PUBLIC


@pytest.fixture
def week(english_home):
    """A campaign running on a fixed day, with one item live."""
    today = date(2026, 10, 14)
    with time_machine.travel(datetime(2026, 10, 14, 12, 0, tzinfo=BRUSSELS), tick=False):
        landing = english_home.add_child(
            instance=CampaignIndexPage(title="Week of Integrity", slug="week", intro="Every day.")
        )
        campaign = landing.add_child(
            instance=CampaignPage(
                title="Week of Integrity 2026",
                slug="2026",
                starts_on=today - timedelta(days=1),
                ends_on=today + timedelta(days=3),
                hashtag="#WeekOfIntegrity",
            )
        )
        live = item(campaign, "one", today - timedelta(days=1))
        yield {"landing": landing, "campaign": campaign, "live": live}


def test_the_atom_feed_links_to_the_public_address(client, week):
    response = client.get(week["landing"].url + "feed/", **BEHIND_THE_PROXY)
    feed = ET.fromstring(response.content)
    links = [link.get("href") for link in feed.iter(f"{ATOM}link")]
    assert links and all(link.startswith(PUBLIC + "/") for link in links), links
    assert f"{PUBLIC}/en/week/2026/one/" in links
    assert f"{PUBLIC}/en/week/feed/" in links  # the feed's own address (rel="self")
    assert "web-1.internal" not in response.content.decode()


def test_open_graph_tags_and_the_share_text_name_the_public_address(client, week):
    html = client.get(week["live"].url, **BEHIND_THE_PROXY).content.decode()
    tags = dict(re.findall(r'<meta property="(og:[a-z]+)" content="([^"]*)"', html))
    assert tags["og:url"] == f"{PUBLIC}/en/week/2026/one/"
    assert tags["og:image"].startswith(PUBLIC + "/")
    assert f"Share one #WeekOfIntegrity {PUBLIC}/en/week/2026/one/" in html
    assert "web-1.internal" not in html


def test_the_newsletter_links_to_the_public_address(client, week):
    html = client.get(week["campaign"].url + "newsletter/", **BEHIND_THE_PROXY).content.decode()
    urls = re.findall(r'(?:href|src)="([^"]*)"', html)
    assert urls and all(url.startswith(PUBLIC + "/") for url in urls), urls
    assert f'href="{PUBLIC}/en/week/2026/one/"' in html
    text = client.get(week["campaign"].url + "newsletter/plain/", **BEHIND_THE_PROXY)
    assert f"{PUBLIC}/en/week/2026/one/" in text.content.decode()
