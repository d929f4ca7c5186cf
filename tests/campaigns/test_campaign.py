import io
import re
import xml.etree.ElementTree as ET
from datetime import timedelta

import pytest
from django.core.management import call_command
from django.utils import timezone
from wagtail.models import Locale, Revision

from integrity_platform.campaigns.models import (
    CampaignIndexPage,
    CampaignItemPage,
    CampaignPage,
)

ATOM = "{http://www.w3.org/2005/Atom}"


def item(campaign, slug, day, go_live=None, **fields):
    page = CampaignItemPage(
        title=f"Item {slug}",
        slug=slug,
        day=day,
        kind="tool",
        intro=f"Teaser of {slug}.",
        body='<p>See <a href="/en/toolbox/">the toolbox</a>.</p>',
        social_text=f"Share {slug} #WeekOfIntegrity",
        live=False,
        **fields,
    )
    campaign.add_child(instance=page)
    if go_live is not None:
        page.go_live_at = go_live
    page.save_revision().publish()
    return CampaignItemPage.objects.get(pk=page.pk)


@pytest.fixture
def week(english_home):
    today = timezone.localdate()
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
    return {
        "landing": landing,
        "campaign": campaign,
        "live": item(campaign, "one", today - timedelta(days=1)),
        "scheduled": item(
            campaign, "two", today + timedelta(days=1), go_live=timezone.now() + timedelta(days=1)
        ),
    }


def test_a_scheduled_item_appears_only_after_publish_scheduled_passes_its_time(client, week):
    scheduled = week["scheduled"]
    assert not scheduled.live
    assert client.get("/en/week/2026/two/").status_code == 404
    assert "Item two" not in client.get(week["campaign"].url).content.decode()

    # Time passes: the go-live moment the editor chose is now behind us.
    past = timezone.now() - timedelta(minutes=1)
    revision = Revision.page_revisions.get(object_id=str(scheduled.pk))
    revision.content["go_live_at"] = past.isoformat()
    revision.approved_go_live_at = past
    revision.save()
    call_command("publish_scheduled", stdout=io.StringIO())
    assert CampaignItemPage.objects.get(pk=scheduled.pk).live
    assert client.get("/en/week/2026/two/").status_code == 200
    assert "Item two" in client.get(week["campaign"].url).content.decode()


def test_the_feed_is_well_formed_atom_with_only_live_items_in_its_language(client, week):
    french = Locale.objects.create(language_code="fr")
    landing_fr = week["landing"].copy_for_translation(french, copy_parents=True)
    landing_fr.save_revision().publish()
    campaign_fr = week["campaign"].copy_for_translation(french)
    campaign_fr.save_revision().publish()
    item(campaign_fr, "french-one", timezone.localdate())

    response = client.get(week["landing"].url + "feed/")
    assert response["Content-Type"].startswith("application/atom+xml")
    feed = ET.fromstring(response.content)
    assert feed.tag == f"{ATOM}feed"
    titles = [entry.find(f"{ATOM}title").text for entry in feed.iter(f"{ATOM}entry")]
    assert titles == ["Item one"]
    links = [e.find(f"{ATOM}link").get("href") for e in feed.iter(f"{ATOM}entry")]
    assert links == ["http://testserver/en/week/2026/one/"]


def test_the_newsletter_has_absolute_links_and_no_scripts(client, week):
    html = client.get(week["campaign"].url + "newsletter/").content.decode()
    assert "Item one" in html and "Item two" not in html
    assert "<script" not in html.lower() and "<link" not in html.lower()
    for url in re.findall(r'(?:href|src)="([^"]*)"', html):
        assert url.startswith(("http://testserver/", "https://")), url
    text = client.get(week["campaign"].url + "newsletter/plain/")
    assert text["Content-Type"].startswith("text/plain")
    assert "http://testserver/en/week/2026/one/" in text.content.decode()
    assert "<" not in text.content.decode()


def test_open_graph_tags_point_to_absolute_urls(client, week):
    html = client.get(week["live"].url).content.decode()
    tags = dict(
        re.findall(r'<meta (?:property|name)="((?:og|twitter):[a-z]+)" content="([^"]*)"', html)
    )
    assert tags["og:url"] == "http://testserver/en/week/2026/one/"
    assert tags["og:image"].startswith("http://testserver/") and tags["og:image"].endswith(".png")
    assert tags["og:description"] == "Teaser of one."
    assert tags["twitter:card"] == "summary_large_image"
    assert "Share one #WeekOfIntegrity http://testserver/en/week/2026/one/" in html


def test_the_landing_page_shows_the_running_campaign_or_counts_down(client, week):
    html = client.get(week["landing"].url).content.decode()
    assert "Day 2 of 5" in html and "Item one" in html and "Item two" not in html
    CampaignPage.objects.filter(pk=week["campaign"].pk).update(
        starts_on=timezone.localdate() + timedelta(days=4),
        ends_on=timezone.localdate() + timedelta(days=8),
    )
    assert "Starts in 4 days" in client.get(week["landing"].url).content.decode()
