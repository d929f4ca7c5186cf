"""Production settings and /health/, checked in fresh processes as a server would run."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def clean_environment(**overrides):
    # The browser tests' conftest allows async-unsafe ORM calls for this process only;
    # a server started from here must not inherit that (check --deploy rejects it).
    env = {k: v for k, v in os.environ.items() if k != "DJANGO_ALLOW_ASYNC_UNSAFE"}
    return {**env, **overrides}


def run_manage(*args, env=None):
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=clean_environment(**(env or {})),
        capture_output=True,
        text=True,
        timeout=120,
    )


PRODUCTION = {
    "DJANGO_SETTINGS_MODULE": "integrity_platform.settings.production",
    "SECRET_KEY": "kq7#p2m!x9v$w4z8r1t6y3u0i5o-a;s=d[f]g{h}j|k<l>z?c/v.b,n+m_q1w2e3r4",
    "ALLOWED_HOSTS": "integrity.example.org",
    "SITE_URL": "https://integrity.example.org",
    "DATABASE_URL": f"sqlite:///{ROOT / 'var' / 'prod-check.sqlite3'}",
    # A shared cache for rate limits (check --deploy refuses a per-process one); the check
    # reads the setting only, nothing connects to it.
    "REDIS_URL": "redis://cache.internal:6379/0",
    # One reverse proxy before gunicorn, appending the client to X-Forwarded-For.
    "TRUSTED_PROXY_COUNT": "1",
}


@pytest.fixture
def signing_pair(settings, tmp_path):
    """A key and certificate as an organisation would configure them."""
    from certificates.signing import _development_pair

    settings.CERTIFICATES_DEVELOPMENT_KEY_DIR = tmp_path
    key, certificate = _development_pair()
    return {"CERTIFICATES_SIGNING_KEY": str(key), "CERTIFICATES_SIGNING_CERT": str(certificate)}


def test_check_deploy_is_clean_with_production_settings(signing_pair):
    env = {**PRODUCTION, **signing_pair}
    result = run_manage("check", "--deploy", "--fail-level", "WARNING", env=env)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues" in result.stdout


def test_check_deploy_warns_without_the_organisations_signing_key():
    result = run_manage("check", "--deploy", env=PRODUCTION)
    assert "certificates.W001" in result.stderr + result.stdout


def test_check_deploy_fails_on_a_signing_key_that_cannot_be_loaded(signing_pair, tmp_path):
    broken = tmp_path / "not-a-key.pem"
    broken.write_text("-----BEGIN PRIVATE KEY-----\nnonsense\n-----END PRIVATE KEY-----\n")
    env = {**PRODUCTION, **signing_pair, "CERTIFICATES_SIGNING_KEY": str(broken)}
    result = run_manage("check", "--deploy", env=env)
    assert result.returncode != 0
    assert "certificates.E002" in result.stderr + result.stdout


@pytest.mark.parametrize(
    "site_url, error",
    [
        ("", "integrity_common.E001"),
        ("http://127.0.0.1:8000", "integrity_common.E003"),
    ],
)
def test_check_deploy_fails_without_a_public_address(signing_pair, site_url, error):
    # Every case the check knows is in tests/test_public_address.py; here, that it stops a
    # real `check --deploy` under the production settings.
    env = {**PRODUCTION, **signing_pair, "SITE_URL": site_url}
    result = run_manage("check", "--deploy", env=env)
    output = result.stderr + result.stdout
    assert result.returncode != 0, output  # an error, not a warning: the deploy stops
    assert error in output and "SITE_URL" in output


def test_check_deploy_fails_with_a_cache_of_each_process_its_own(signing_pair):
    # Without REDIS_URL every gunicorn worker would count sign-in attempts for itself.
    env = {**PRODUCTION, **signing_pair, "REDIS_URL": ""}
    result = run_manage("check", "--deploy", env=env)
    output = result.stderr + result.stdout
    assert result.returncode != 0, output
    assert "integrity_common.E005" in output and "LocMemCache" in output


def test_check_deploy_warns_behind_a_proxy_it_does_not_trust(signing_pair):
    env = {**PRODUCTION, **signing_pair, "TRUSTED_PROXY_COUNT": ""}
    result = run_manage("check", "--deploy", env=env)
    assert "integrity_common.W001" in result.stderr + result.stdout


def test_production_refuses_to_start_without_a_secret():
    env = {**PRODUCTION, "SECRET_KEY": ""}
    result = run_manage("check", env=env)
    assert result.returncode != 0
    assert "SECRET_KEY" in result.stderr


@pytest.mark.django_db
def test_health_answers_200_when_the_database_answers(client):
    response = client.get("/health/")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "database": "ok"}


def test_health_answers_503_when_the_database_is_gone(tmp_path):
    # A real server process whose database cannot be opened: no mock in between.
    script = (
        "import django; django.setup();"
        "from django.test import Client;"
        "r = Client().get('/health/');"
        "print(r.status_code, r.content.decode())"
    )
    result = subprocess.run(
        [sys.executable, "-c", script],
        cwd=ROOT,
        env=clean_environment(
            PYTHONPATH=f"{ROOT}{os.pathsep}{ROOT / 'platform'}",
            DJANGO_SETTINGS_MODULE="integrity_platform.settings.test",
            DATABASE_URL=f"sqlite:///{tmp_path / 'missing-folder' / 'db.sqlite3'}",
        ),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == '503 {"status": "unavailable", "database": "unavailable"}'


def test_a_site_with_other_languages_or_pass_mark_needs_no_migration(settings, db):
    from django.core.management import call_command

    settings.LANGUAGES = [*settings.LANGUAGES, ("de", "Deutsch")]
    settings.LANGUAGE_CODE = "en"
    settings.COURSES_DEFAULT_PASS_MARK = 70
    # Exits with an error when a model froze a setting into its migrations.
    call_command("makemigrations", "--check", "--dry-run", verbosity=0)
