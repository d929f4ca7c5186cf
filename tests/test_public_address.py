"""One public address (SITE_URL): what `check --deploy` refuses, and how links are built
with it, and without it in development. The places that print links have their own tests
(tests/*/test_public_address.py)."""

import ast
from pathlib import Path

import pytest
from django.core import checks
from django.core.exceptions import ImproperlyConfigured
from django.test import RequestFactory

from integrity_common.checks import check_site_url
from integrity_common.links import absolute_url, site_host, site_url
from integrity_common.middleware import CurrentRequestMiddleware, current_request

ROOT = Path(__file__).resolve().parent.parent
PUBLIC = "https://integrity.example.org"


@pytest.fixture
def production(settings):
    settings.DEBUG = False
    return settings


@pytest.fixture
def development(settings):
    """Development as `make run` has it: DEBUG on and no SITE_URL."""
    settings.DEBUG = True
    settings.SITE_URL = ""
    return settings


def errors_for(settings, value):
    settings.SITE_URL = value
    return [message.id for message in check_site_url(None)]


@pytest.mark.parametrize(
    "value, error",
    [
        ("", "integrity_common.E001"),
        ("integrity.example.org", "integrity_common.E002"),
        ("ftp://integrity.example.org", "integrity_common.E002"),
        ("http://127.0.0.1:8000", "integrity_common.E003"),
        ("http://127.10.0.5", "integrity_common.E003"),
        ("http://localhost:8000", "integrity_common.E003"),
        ("https://app.localhost", "integrity_common.E003"),
        ("http://[::1]:8000", "integrity_common.E003"),
        ("http://0.0.0.0:8000", "integrity_common.E003"),
        ("https://integrity.example.org/platform", "integrity_common.E004"),
    ],
)
def test_check_refuses_a_missing_foreign_or_local_public_address(production, value, error):
    assert errors_for(production, value) == [error]
    (message,) = check_site_url(None)
    assert message.level == checks.ERROR  # an error stops `check --deploy`; a warning would not
    assert "SITE_URL" in message.msg and PUBLIC in message.hint


@pytest.mark.parametrize(
    "value", [PUBLIC, PUBLIC + "/", "http://integrity.example.org:8080", "http://10.1.2.3"]
)
def test_check_accepts_a_public_address(production, value):
    assert errors_for(production, value) == []


def test_check_leaves_development_alone(development):
    assert check_site_url(None) == []


def test_the_check_runs_with_deploy_only():
    assert check_site_url in checks.registry.registry.get_checks(include_deployment_checks=True)
    assert check_site_url not in checks.registry.registry.get_checks(
        include_deployment_checks=False
    )


def test_links_use_the_public_address_whatever_host_the_request_came_by(settings):
    settings.SITE_URL = PUBLIC + "/"
    behind_the_proxy = RequestFactory().get("/", HTTP_HOST="web-1.internal:8000")
    assert absolute_url("/verify/ABC/", behind_the_proxy) == f"{PUBLIC}/verify/ABC/"
    assert absolute_url("/verify/ABC/") == f"{PUBLIC}/verify/ABC/"
    assert site_url() == PUBLIC and site_host() == "integrity.example.org"
    assert absolute_url("https://cdn.example.net/a.png") == "https://cdn.example.net/a.png"


def test_in_development_links_follow_the_request(development):
    request = RequestFactory().get("/", HTTP_HOST="example.test")
    assert absolute_url("/nl/review/", request) == "http://example.test/nl/review/"
    assert site_host(request) == "example.test"


def test_in_development_links_built_far_from_the_view_follow_the_request(development):
    """An email sent when the transaction commits, or a PDF rendered while issuing, is not
    handed the request: the middleware lends it."""
    seen = []

    def view(request):
        seen.append(absolute_url("/verify/ABC/"))
        return None

    CurrentRequestMiddleware(view)(RequestFactory().get("/", HTTP_HOST="example.test"))
    assert seen == ["http://example.test/verify/ABC/"]
    assert current_request() is None  # nothing lingers after the response


def test_in_development_without_a_request_links_name_runserver(development):
    assert absolute_url("/verify/ABC/") == "http://127.0.0.1:8000/verify/ABC/"


def test_in_production_without_any_address_no_link_is_made_up(production):
    production.SITE_URL = ""
    with pytest.raises(ImproperlyConfigured, match="SITE_URL"):
        absolute_url("/verify/ABC/")


@pytest.mark.django_db
def test_in_development_a_request_to_another_host_builds_links_with_that_host(development, client):
    # The hreflang alternates of every page are absolute links too.
    html = client.get("/nl/accounts/login/", HTTP_HOST="example.test").content.decode()
    assert 'hreflang="en" href="http://example.test/en/accounts/login/"' in html
    assert "127.0.0.1" not in html and "testserver" not in html


def test_the_shared_package_imports_none_of_ours():
    """DESIGN.md: every app may import integrity_common; it imports none of the project's
    packages (so a plugin that uses it never drags the host in)."""
    ours = {"integrity_platform", "courses", "dilemmas", "certificates"}
    for path in (ROOT / "integrity_common").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0:
                names = [node.module]
            else:
                continue
            assert not {name.split(".")[0] for name in names} & ours, path


def test_production_settings_trust_forms_from_the_public_address(monkeypatch):
    """CSRF_TRUSTED_ORIGINS follows SITE_URL unless set (read as a fresh process would)."""
    import importlib

    from integrity_platform.settings import base

    monkeypatch.setenv("SITE_URL", PUBLIC + "/")
    monkeypatch.delenv("CSRF_TRUSTED_ORIGINS", raising=False)
    try:
        fresh = importlib.reload(base)
        assert fresh.SITE_URL == PUBLIC
        assert fresh.WAGTAILADMIN_BASE_URL == PUBLIC
        assert fresh.CSRF_TRUSTED_ORIGINS == [PUBLIC]
    finally:
        monkeypatch.undo()
        importlib.reload(base)


@pytest.mark.django_db
def test_behind_a_proxy_pages_name_the_public_address(settings, client):
    settings.SITE_URL = PUBLIC
    html = client.get("/nl/accounts/login/", HTTP_HOST="web-1.internal").content.decode()
    assert f'hreflang="en" href="{PUBLIC}/en/accounts/login/"' in html
    assert "web-1.internal" not in html
