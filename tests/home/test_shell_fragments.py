"""The site shell (head links, header, footer) is kept rendered (`cached_fragment`): each
visitor still gets the menu of their own rights and their own CSRF token, a change to the
tree or a new release shows at once, and made-up addresses do not fill the cache."""

import importlib
import re
from pathlib import Path

import pytest
from django.test import Client
from django.utils.autoreload import file_changed
from wagtail.models import Site

from integrity_common import page_cache
from integrity_common.templatetags import page_cache_tags
from integrity_platform.home.models import StandardPage
from tests.factories import MemberFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def start(db):
    home = Site.objects.get(is_default_site=True).root_page.specific
    page = home.add_child(instance=StandardPage(title="Start", slug="start"))
    page.save_revision().publish()
    return page


def signed_in(user, **kwargs):
    client = Client(**kwargs)
    client.force_login(user)
    return client


def header(client, path):
    html = client.get(path).content.decode()
    return html[html.index('<header class="site-header">') : html.index("</header>")]


def test_each_visitor_gets_the_menu_of_their_own_rights(start, officer):
    official = MemberFactory(organisation=officer.member.organisation).user
    url = start.url
    assert 'href="/admin/"' in header(signed_in(officer), url)
    # The officer's header is now kept; the official, on the same page, has no admin link.
    official_menu = header(signed_in(official), url)
    assert 'href="/admin/"' not in official_menu and "/nl/learning/" in official_menu
    anonymous_menu = header(Client(), url)
    assert "/nl/learning/" not in anonymous_menu
    # The way back after signing in is each address's own.
    about = start.get_parent().add_child(instance=StandardPage(title="About", slug="about"))
    about.save_revision().publish()
    assert f"?next={url}" in anonymous_menu
    assert f"?next={about.url}" in header(Client(), about.url)


def test_the_sign_out_form_carries_each_visitors_own_token(start):
    first, second = MemberFactory().user, MemberFactory().user
    header(signed_in(first, enforce_csrf_checks=True), start.url)  # now kept
    client = signed_in(second, enforce_csrf_checks=True)
    menu = header(client, start.url)
    action = re.search(r'<form method="post" action="([^"]+)"', menu).group(1)
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', menu).group(1)
    assert page_cache_tags.CSRF_HOLE not in menu
    assert client.post(action, {"csrfmiddlewaretoken": token}).status_code == 302
    assert "_auth_user_id" not in client.session  # signed out: the token was theirs


def test_a_new_page_in_the_menu_shows_at_once(client, start):
    assert "Contact" not in client.get(start.url).content.decode()
    contact = StandardPage(title="Contact", slug="contact", show_in_menus=True)
    start.get_parent().add_child(instance=contact)
    contact.save_revision().publish()
    assert '<a href="/nl/contact/">Contact</a>' in client.get(start.url).content.decode()


def test_made_up_addresses_do_not_fill_the_cache(client, start, monkeypatch):
    kept = []
    cached = page_cache_tags.cached
    monkeypatch.setattr(
        page_cache_tags,
        "cached",
        lambda *parts, build: (kept.append(parts[1]), cached(*parts, build=build))[1],
    )
    client.get(start.url)
    assert sorted(kept) == ["body", "footer", "head", "header"]
    kept.clear()
    assert client.get("/nl/no-such-page-7f3a/").status_code == 404
    assert client.get(f"{start.url}?utm_source=newsletter").status_code == 200
    assert client.get("/verify/NOSUCHCODE/").status_code == 404
    # Only what is the same at every address (the footer, the page's body) was looked up;
    # the head and the header were rendered.
    assert set(kept) == {"footer", "body"}


def test_a_starting_server_does_not_read_what_the_previous_release_kept(start):
    # The web server's entry point renews the cache: markup the old templates rendered,
    # even during the upgrade, is not read by the new release.
    before = page_cache.generation()
    importlib.reload(importlib.import_module("integrity_platform.wsgi"))
    assert page_cache.generation() != before


def test_a_preview_shows_the_drafts_own_title_in_the_shared_links(client, start):
    # The published head, now kept for the host a preview is rendered for.
    client.get(start.url, headers={"Host": start.get_site().hostname})
    start.title = "Draft title"
    html = start.make_preview_request().render().content.decode()
    assert '<meta property="og:title" content="Draft title">' in html


def test_an_edited_template_shows_at_once_under_runserver(start):
    before = page_cache.generation()
    file_changed.send(sender=None, file_path=Path("courses/lesson_page.py"))
    assert page_cache.generation() == before
    file_changed.send(sender=None, file_path=Path("templates/base.html"))
    assert page_cache.generation() != before


def test_a_republished_body_shows_at_once(client, start):
    start.body = [("paragraph", "<p>First words.</p>")]
    start.save_revision().publish()
    assert "First words." in client.get(start.url).content.decode()
    start.body = [("paragraph", "<p>Second words.</p>")]
    start.save_revision().publish()
    html = client.get(start.url).content.decode()
    assert "Second words." in html and "First words." not in html
