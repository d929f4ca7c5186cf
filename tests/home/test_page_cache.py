"""The site-wide parts of a page come from the page cache (integrity_common.page_cache)
and never go stale: an editor who publishes, unpublishes, moves or renames a page sees the
navigation and the addresses change on the next request."""

import re

import pytest
import time_machine
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Locale, Page, PageViewRestriction, Site

from integrity_common import page_cache
from integrity_platform.home.models import StandardPage

pytestmark = pytest.mark.django_db


@pytest.fixture
def home(db):
    return Site.objects.get(is_default_site=True).root_page.specific


def add_page(parent, title, slug, *, in_menu=True):
    page = parent.add_child(instance=StandardPage(title=title, slug=slug, show_in_menus=in_menu))
    page.save_revision().publish()
    return page


def footer(client, path):
    html = client.get(path).content.decode().split('class="site-footer"', 1)[1]
    return re.findall(r'<li><a href="([^"]+)">([^<]+)</a></li>', html)


def test_a_published_page_joins_the_footer_and_leaves_it_when_unpublished(client, home):
    url = add_page(home, "Start", "start", in_menu=False).url
    assert footer(client, url) == []
    page = add_page(home, "Accessibility", "accessibility")
    assert footer(client, url) == [("/nl/accessibility/", "Accessibility")]
    page.unpublish()
    assert footer(client, url) == []


def test_a_renamed_and_moved_page_is_found_at_its_new_address_only(client, home):
    about = add_page(home, "About", "about")
    page = add_page(about, "Privacy", "privacy", in_menu=False)
    assert client.get("/nl/about/privacy/").status_code == 200  # the route is now cached
    page.move(home, pos="last-child")
    assert client.get("/nl/privacy/").status_code == 200
    old = client.get("/nl/about/privacy/")  # not served: Wagtail's redirect to the new one
    assert (old.status_code, old["Location"]) == (301, "/nl/privacy/")
    page.refresh_from_db()
    page.slug = "privacy-notice"
    page.save_revision().publish()
    assert client.get("/nl/privacy-notice/").status_code == 200
    assert client.get("/nl/privacy/").status_code != 200


def test_a_kept_page_is_served_without_reading_it_and_refused_once_unpublished(client, home):
    page = add_page(home, "Campaign", "campaign")
    client.get("/nl/campaign/")  # finds the route
    client.get("/nl/campaign/")  # follows it, and keeps the page (integrity_common.kept_pages)
    with CaptureQueriesContext(connection) as queries:
        assert client.get("/nl/campaign/").status_code == 200
    assert not [q["sql"] for q in queries if "wagtailcore_page" in q["sql"]]
    page.unpublish()
    assert client.get("/nl/campaign/").status_code == 404


def test_a_page_kept_while_another_worker_unpublishes_it_is_refused_after_the_commit(client, home):
    page = add_page(home, "Campaign", "campaign")
    client.get("/nl/campaign/")
    client.get("/nl/campaign/")  # kept
    # The other worker's unpublishing, before its commit (no signal has reached this one):
    # what this worker kept is still what it serves.
    StandardPage.objects.filter(pk=page.pk).update(live=False)
    assert client.get("/nl/campaign/").status_code == 200
    # Its commit renews the generation (page_cache.tree_changed): refused from then on.
    page_cache._replace_generation()
    assert client.get("/nl/campaign/").status_code == 404


def test_a_page_type_that_does_not_opt_in_is_read_fresh(client, english_home):
    # Wagtail's own Page type, as a third party's would be: no KeptPageMixin.
    for _ in range(3):
        assert "Welcome" in client.get("/en/").content.decode()
    Page.objects.filter(pk=english_home.pk).update(title="Read afresh")  # no signal
    assert "Read afresh" in client.get("/en/").content.decode()


def test_the_language_switcher_follows_a_newly_published_translation(client, home):
    page = add_page(home, "Toegankelijkheid", "toegankelijkheid")
    english = Locale.objects.get_or_create(language_code="en")[0]
    english_home = home.copy_for_translation(english)
    english_home.save_revision().publish()

    def switcher():
        html = client.get("/nl/toegankelijkheid/").content.decode()
        return dict(re.findall(r'<a href="([^"]+)" lang="(\w\w)"', html))

    assert switcher()["/en/"] == "en"  # not translated yet: the English home page
    translation = page.copy_for_translation(english)
    translation.title, translation.slug = "Accessibility", "accessibility"
    translation.save_revision().publish()
    assert switcher()["/en/accessibility/"] == "en"


def test_the_generation_is_renewed_again_after_the_commit(home, django_capture_on_commit_callbacks):
    # A worker may rebuild an entry from the old tree while the change is uncommitted; the
    # renewal after the commit leaves that entry unread.
    with django_capture_on_commit_callbacks(execute=True):
        add_page(home, "News", "news")
        during = page_cache.generation()
    assert page_cache.generation() != during


def test_an_evicted_generation_never_comes_back_as_an_old_one(home):
    first = page_cache.generation()
    cache.delete(page_cache.GENERATION_KEY)
    assert page_cache.generation() not in (None, first)


def test_site_wide_parts_cost_no_query_once_cached(client, home, django_assert_max_num_queries):
    for number in range(8):
        add_page(home, f"Page {number}", f"page-{number}")
    url = add_page(home, "Start", "start", in_menu=False).url
    client.get(url)
    # Anonymous, without a session: the page itself; nothing for its privacy, the site,
    # the language switcher, the footer or the route.
    with django_assert_max_num_queries(1) as reading:
        response = client.get(url)
    assert not any("wagtailcore_site" in query["sql"] for query in reading.captured_queries)
    assert response.status_code == 200
    assert len(footer(client, url)) == 8


def test_keys_stay_short_enough_for_memcached(home):
    assert len(page_cache.key("lesson-counts", *range(1000, 1500))) < 250
    assert page_cache.key("lesson-counts", 1, 2) != page_cache.key("lesson-counts", 1, 3)


def test_a_new_site_for_another_host_is_served_at_once(client, home, settings):
    settings.ALLOWED_HOSTS = ["testserver", "partners.example.org"]
    client.get("/", headers={"Host": "partners.example.org"})  # the default site, cached
    partners = home.add_child(instance=StandardPage(title="Partners", slug="partners"))
    partners.save_revision().publish()
    Site.objects.create(hostname="partners.example.org", port=80, root_page=partners)
    response = client.get("/", headers={"Host": "partners.example.org"}, follow=True)
    assert response.status_code == 200 and "<h1>Partners</h1>" in response.content.decode()
    # A host outside ALLOWED_HOSTS is refused as before, and nothing is cached for it.
    assert client.get("/", headers={"Host": "evil.example.net"}).status_code == 400
    assert cache.get(page_cache.key("site", "evil.example.net", "80")) is None


def test_a_request_reads_the_generation_once_and_the_next_one_reads_it_again(client, home, request):
    url = add_page(home, "Start", "start").url
    client.get(url)  # finds the route
    client.get(url)  # follows it, and keeps the page
    reads = request.getfixturevalue("shared_cache_reads")  # from here on
    client.get(url)
    # A dozen entries (switcher, footer, route, the page, locales...), held by this process
    # once read: the shared cache (Redis in production) is asked for the generation only.
    assert reads == [page_cache.GENERATION_KEY]
    add_page(home, "Published meanwhile", "meanwhile")
    assert ("/meanwhile/", "Published meanwhile") in [
        (href[-len("/meanwhile/") :], title) for href, title in footer(client, url)
    ]


def test_a_change_made_by_another_process_is_seen_on_the_next_request(client, home):
    # This process holds the footer it has read; another worker publishes, which starts a
    # new generation in the shared cache (and commits its change to the database).
    url = add_page(home, "Start", "start", in_menu=False).url
    page = add_page(home, "Accessibility", "accessibility")
    assert footer(client, url) == [("/nl/accessibility/", "Accessibility")]
    StandardPage.objects.filter(pk=page.pk).update(title="Toegankelijkheid")  # no signal here
    assert footer(client, url) == [("/nl/accessibility/", "Accessibility")]
    # As the other worker does:
    cache.set(page_cache.GENERATION_KEY, page_cache._new_generation(), None)
    assert footer(client, url) == [("/nl/accessibility/", "Toegankelijkheid")]


def test_each_read_gets_its_own_objects_and_the_copy_stays_bounded(home, monkeypatch):
    monkeypatch.setattr(page_cache, "_local", page_cache._Local(size=3))
    first = page_cache.cached("pages", build=lambda: [{"title": "Start"}])
    first[0]["title"] = "Changed by one request"
    assert page_cache.cached("pages", build=list) == [{"title": "Start"}]
    for number in range(5):
        page_cache.cached("entry", number, build=lambda n=number: n + 1)
    assert len(page_cache._local.entries) == 3


def test_a_value_built_while_the_tree_changes_is_kept_under_the_old_generation(home):
    # Another worker publishes while this one builds: what it built from the old tree must
    # not be read as the new generation's.
    def build_while_publishing():
        cache.set(page_cache.GENERATION_KEY, page_cache._new_generation(), None)
        return "from the old tree"

    assert page_cache.cached("menu", build=build_while_publishing) == "from the old tree"
    assert page_cache.cached("menu", build=lambda: "from the new tree") == "from the new tree"


def test_a_stopped_clock_still_gives_each_change_a_new_generation(home):
    # Generations were once the time in nanoseconds: with the clock stopped (as tests stop
    # it) or set back, a change gave an old generation again, and a worker read the
    # entries it had kept under it (a French page linked as "None").
    with time_machine.travel("2026-11-10 12:00 +00:00", tick=False):
        first = page_cache.generation()
        add_page(home, "News", "news")
        second = page_cache.generation()
        cache.delete(page_cache.GENERATION_KEY)
        assert len({first, second, page_cache.generation()}) == 3


def test_a_page_made_private_or_public_again_is_served_accordingly_at_once(client, home):
    """Whether a page is restricted is kept (integrity_common.kept_pages); a restriction set
    on a parent, or lifted, counts from the next request."""
    about = add_page(home, "About", "about")
    page = add_page(about, "Team", "team", in_menu=False)
    assert client.get(page.url).status_code == 200  # now kept as not restricted
    restriction = PageViewRestriction.objects.create(
        page=about, restriction_type=PageViewRestriction.LOGIN
    )
    refused = client.get(page.url)
    assert refused.status_code == 302 and "login" in refused["Location"]
    restriction.delete()
    assert client.get(page.url).status_code == 200
