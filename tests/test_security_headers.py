"""The headers that tell the browser what a page may do: the Content-Security-Policy (strict
on the site, with the one exception Wagtail's admin needs), the Permissions-Policy and
Django's own security headers. tests/browser/test_csp.py shows the pages working under them."""

import re
from datetime import timedelta
from pathlib import Path

import pytest
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Site

from integrity_platform.campaigns.models import CampaignIndexPage, CampaignPage
from tests.factories import PASSWORD, UserFactory

pytestmark = pytest.mark.django_db

ROOT = Path(__file__).resolve().parent.parent
SITE_PAGES = ["/en/", "/en/accounts/login/", "/en/accounts/password/reset/", "/verify/"]


def policy(response):
    """The Content-Security-Policy as {directive: [sources]}."""
    header = response.headers["Content-Security-Policy"]
    return {
        name: sources
        for name, *sources in (part.split() for part in header.split(";") if part.strip())
    }


def permissions(response):
    """The Permissions-Policy as {feature: allowlist}."""
    header = response.headers["Permissions-Policy"]
    return dict(re.findall(r"([a-z-]+)=\(([^)]*)\)", header))


def sign_in_and_confirm(client, user):
    """Sign in, then confirm the password as allauth asks before changing two-step settings."""
    response = client.post("/en/accounts/login/", {"login": user.email, "password": PASSWORD})
    assert response.status_code == 302
    response = client.post(reverse("account_reauthenticate"), {"password": PASSWORD})
    assert response.status_code == 302


@pytest.mark.parametrize("path", SITE_PAGES)
def test_site_pages_run_no_inline_script_or_style(client, english_home, path):
    response = client.get(path)
    assert response.status_code == 200
    directives = policy(response)
    assert directives["script-src"] == ["'self'"]
    assert directives["style-src"] == ["'self'"]
    assert not {"script-src-elem", "style-src-elem", "style-src-attr"} & set(directives)
    assert directives["object-src"] == ["'none'"]
    assert directives["base-uri"] == ["'self'"]
    assert directives["form-action"] == ["'self'"]
    # Nobody frames the site (clickjacking), as X-Frame-Options also says.
    assert directives["frame-ancestors"] == ["'none'"]
    assert response.headers["X-Frame-Options"] == "DENY"


def test_the_authenticator_qr_code_is_an_image_the_policy_allows(client):
    sign_in_and_confirm(client, UserFactory(email="anna@example.org"))
    response = client.get(reverse("mfa_activate_totp"))
    assert response.status_code == 200
    assert 'src="data:image/svg+xml' in response.content.decode()
    directives = policy(response)
    assert directives["img-src"] == ["'self'", "data:"]
    assert directives["script-src"] == ["'self'"]
    assert directives["style-src"] == ["'self'"]


def test_the_admin_allows_wagtails_inline_scripts_and_nothing_more(client, officer):
    client.force_login(officer)
    home = Site.objects.get(is_default_site=True).root_page
    for path in ["/admin/", f"/admin/pages/{home.pk}/edit/", "/admin/members/"]:
        response = client.get(path)
        assert response.status_code == 200, path
        directives = policy(response)
        # No nonce next to 'unsafe-inline': browsers would then ignore 'unsafe-inline' and
        # Wagtail's choosers and inline panels would stop working.
        assert directives["script-src"] == ["'self'", "'unsafe-inline'"], path
        # <style> elements its editors' scripts add, but no style="" attribute.
        assert directives["style-src-elem"] == ["'self'", "'unsafe-inline'"], path
        assert directives["style-src"] == ["'self'"], path
        assert "style-src-attr" not in directives, path
        assert directives["object-src"] == ["'none'"], path
        # The page editor shows its preview in a frame of the admin itself.
        assert directives["frame-ancestors"] == ["'self'"], path


def test_the_newsletter_keeps_its_inline_styles_for_email_tools(client, english_home):
    today = timezone.localdate()
    landing = english_home.add_child(instance=CampaignIndexPage(title="Week", slug="week"))
    campaign = landing.add_child(
        instance=CampaignPage(
            title="Week of Integrity",
            slug="2026",
            starts_on=today,
            ends_on=today + timedelta(days=4),
        )
    )
    response = client.get(f"{campaign.url}newsletter/")
    assert response.status_code == 200
    assert 'style="' in response.content.decode()
    directives = policy(response)
    assert directives["style-src"] == ["'self'", "'unsafe-inline'"]
    assert directives["script-src"] == ["'self'"]


@pytest.mark.parametrize("path", ["/en/", "/admin/"])
def test_unused_browser_features_are_off_and_passkeys_stay_on(client, english_home, officer, path):
    client.force_login(officer)
    features = permissions(client.get(path))
    for feature in ["camera", "microphone", "geolocation", "payment", "usb", "display-capture"]:
        assert features[feature] == "", feature
    assert features["publickey-credentials-get"] == "self"
    assert features["publickey-credentials-create"] == "self"
    # Lesson videos' players may go full screen in their frame.
    assert features["fullscreen"].startswith("self ")
    assert '"https://www.youtube-nocookie.com"' in features["fullscreen"].split()


def test_djangos_security_headers_are_sent(client, english_home):
    response = client.get("/en/")
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert response.headers["Referrer-Policy"] == "same-origin"
    assert response.headers["Cross-Origin-Opener-Policy"] == "same-origin"


# Templates a browser never shows as a page of the site: PDFs (xhtml2pdf reads their
# <style>), emails, and the newsletter (email HTML, with its own policy above).
NOT_PAGES = re.compile(r"/(pdf|email)/|/newsletter\.html$")
INLINE = [
    (re.compile(r"\sstyle="), "a style attribute"),
    (re.compile(r"<style"), "a <style> element"),
    (re.compile(r"\son[a-z]+="), "an event handler attribute"),
    (re.compile(r"<script(?![^>]*\bsrc=)(?![^>]*application/json)[^>]*>"), "an inline script"),
]


def test_page_templates_hold_no_inline_script_or_style():
    """The policy would refuse them on a page no browser test opens: a class in the
    stylesheet or a static script file does the same."""
    found = []
    for app in ["courses", "dilemmas", "certificates", "integrity_common", "platform"]:
        for template in (ROOT / app).rglob("templates/**/*.html"):
            if NOT_PAGES.search(template.as_posix()):
                continue
            text = template.read_text()
            found += [
                f"{template.relative_to(ROOT)}: {what}" for rx, what in INLINE if rx.search(text)
            ]
    assert found == []
