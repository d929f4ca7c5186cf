"""A killed run's PostgreSQL template database is dropped by the next run
(tests/template_database.py)."""

import subprocess
import sys

import pytest
from django.db import connection

from tests import template_database


def _databases():
    with connection._nodb_cursor() as cursor:
        cursor.execute("SELECT datname FROM pg_database")
        return {name for (name,) in cursor.fetchall()}


def _create(name):
    with connection._nodb_cursor() as cursor:
        cursor.execute(f"CREATE DATABASE {connection.ops.quote_name(name)}")


@pytest.mark.skipif(connection.vendor != "postgresql", reason="SQLite's template is a file")
@pytest.mark.django_db
def test_a_killed_runs_template_is_dropped_and_a_running_ones_kept():
    ended = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"],
        capture_output=True,
        text=True,
        check=True,
    )
    abandoned = template_database._postgresql_template_name(int(ended.stdout))
    running = template_database._postgresql_template_name(1)  # init never ends
    _create(abandoned)
    _create(running)
    try:
        template_database.drop_abandoned_templates()
        left = _databases()
        assert abandoned not in left
        assert running in left
    finally:
        with connection._nodb_cursor() as cursor:
            for name in (abandoned, running):
                cursor.execute(f"DROP DATABASE IF EXISTS {connection.ops.quote_name(name)}")
