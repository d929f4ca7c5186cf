"""/health/ tells a load balancer the truth: 503 whenever the database cannot serve a real
query, whatever cookies the request carries (platform/integrity_platform/health.py)."""

import os
import subprocess
import sys

import pytest

from tests.test_settings import ROOT, clean_environment

# A real process per database, as a server would run: no mock between the view and the
# database driver. The request carries a session cookie, as a signed-in browser's would.
PROBE = """
import django
django.setup()
from django.conf import settings
from django.test import Client
client = Client()
client.cookies[settings.SESSION_COOKIE_NAME] = "k" * 32
response = client.get("/health/")
print(response.status_code, response.content.decode())
"""


def probe(database_url):
    result = subprocess.run(
        [sys.executable, "-c", PROBE],
        cwd=ROOT,
        env=clean_environment(
            PYTHONPATH=f"{ROOT}{os.pathsep}{ROOT / 'platform'}",
            DJANGO_SETTINGS_MODULE="integrity_platform.settings.test",
            DATABASE_URL=database_url,
        ),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


UNAVAILABLE = '503 {"status": "unavailable", "database": "unavailable"}'


def test_a_corrupt_sqlite_file_is_unavailable(tmp_path):
    # SQLite opens any file and answers `SELECT 1`; only reading a table finds the damage.
    database = tmp_path / "db.sqlite3"
    database.write_bytes(b"this is not a database, it was overwritten\n" * 200)
    assert probe(f"sqlite:///{database}") == UNAVAILABLE


def test_an_unreachable_postgresql_is_unavailable_with_a_session_cookie():
    # Nothing listens on port 9 (discard): the connection is refused at once.
    assert probe("postgres://postgres@127.0.0.1:9/integrity") == UNAVAILABLE


@pytest.mark.django_db
def test_a_healthy_database_answers_ok_with_a_session_cookie(client, settings):
    client.cookies[settings.SESSION_COOKIE_NAME] = "k" * 32
    for path in ("/health/", "/health"):
        response = client.get(path)
        assert response.status_code == 200, path
        assert response.json() == {"status": "ok", "database": "ok"}
        assert "no-cache" in response["Cache-Control"]
