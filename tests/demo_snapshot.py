"""The demo, loaded once per test run and copied into each test that asks for it.

`seed_demo` builds about 200 pages in four languages and signs ten PDFs: some ten seconds,
which a hundred tests paid each time. One worker now runs it once, takes a snapshot of every
table and of the files it wrote, and puts its database back as it was; the other workers
read that snapshot (`shared`). A test that asks for the demo gets the snapshot written into
its own database (inside its transaction, or committed for the browser tests' live server)
in a fraction of a second, and the files copied into its own media folders. What the test
sees is what `seed_demo` made, and tests/test_demo.py still runs the command itself.

Two snapshots, because the command behaves differently in the two kinds of test: inside a
test's transaction nothing is committed, so on-commit work (status refreshes, emails) never
runs; under the live server everything is committed and it does.
"""

import io
import shutil
from concurrent.futures import ThreadPoolExecutor
from contextlib import nullcontext
from dataclasses import dataclass
from pathlib import Path

import time_machine
from django.apps import apps
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.management import call_command
from django.core.management.color import no_style
from django.db import connection, connections, transaction
from django.test import override_settings
from django.utils import timezone

from . import per_run

SKIPPED_TABLES = {"django_migrations"}


@dataclass
class Snapshot:
    tables: dict  # table -> (columns, rows) on SQLite, or rows as JSON text on PostgreSQL
    media: Path
    private: Path
    day: object  # the date it was made: the demo is dated from the day it is loaded
    # The tables to empty before writing: inside a test's transaction the database is as
    # migrations left it, so only those that hold rows then; after a browser test's flush,
    # whose content types and permissions come back under other ids, all of them.
    clear: list = None

    def is_empty(self, table):
        rows = self.tables[table]
        return rows == "[]" if isinstance(rows, str) else not rows[1]


def _tables():
    names = connection.introspection.table_names(include_views=False)
    return [name for name in names if name not in SKIPPED_TABLES and not name.startswith("sqlite_")]


def _is_postgresql():
    return connection.vendor == "postgresql"


def capture(media, private):
    tables = {}
    with connection.cursor() as cursor:
        for table in _tables():
            quoted = connection.ops.quote_name(table)
            if _is_postgresql():
                cursor.execute(f"SELECT COALESCE(json_agg(t), '[]')::text FROM {quoted} t")
                tables[table] = cursor.fetchone()[0]
            else:
                cursor.execute(f"SELECT * FROM {quoted}")
                columns = [column[0] for column in cursor.description]
                tables[table] = (columns, cursor.fetchall())
    return Snapshot(tables, media, private, timezone.localdate())


def restore(snapshot):
    """Every table as in the snapshot, and its files into this test's media folders."""
    _restore_tables(snapshot)
    private = Path(settings.STORAGES["certificates"]["OPTIONS"]["location"])
    for source, target in (
        (snapshot.media, Path(settings.MEDIA_ROOT)),
        (snapshot.private, private),
    ):
        if source.exists():
            shutil.copytree(source, target, dirs_exist_ok=True)


def _restore_tables(snapshot):
    # Django declares foreign keys deferrable: they are checked at commit, so the order of
    # the tables does not matter.
    with connection.cursor() as cursor:
        if _is_postgresql():
            if snapshot.clear is None:
                # TRUNCATE, not DELETE: acknowledgements refuse to be deleted (a trigger).
                cursor.execute(
                    f"TRUNCATE {', '.join(map(connection.ops.quote_name, snapshot.tables))}"
                )
            else:  # a few tables, which other tables reference: TRUNCATE would refuse
                for table in snapshot.clear:
                    cursor.execute(f"DELETE FROM {connection.ops.quote_name(table)}")
            for table, rows in snapshot.tables.items():
                if rows != "[]":
                    quoted = connection.ops.quote_name(table)
                    cursor.execute(
                        f"INSERT INTO {quoted} SELECT * FROM "
                        f"json_populate_recordset(NULL::{quoted}, %s::json)",
                        [rows],
                    )
            resets = connection.ops.sequence_reset_sql(no_style(), apps.get_models())
            cursor.execute(";\n".join(resets))
        else:
            clear = snapshot.tables if snapshot.clear is None else snapshot.clear
            for table in clear:
                cursor.execute(f"DELETE FROM {connection.ops.quote_name(table)}")
            for table, (columns, rows) in snapshot.tables.items():
                quoted = connection.ops.quote_name(table)
                if rows:
                    names = ", ".join(connection.ops.quote_name(column) for column in columns)
                    marks = ", ".join(["%s"] * len(columns))
                    cursor.executemany(f"INSERT INTO {quoted} ({names}) VALUES ({marks})", rows)
    ContentType.objects.clear_cache()


def _in_a_thread(work):
    # seed_demo signs PDFs with pyHanko, whose asyncio.run() refuses to run inside the
    # event loop Playwright keeps in the main thread once a browser test has run here.
    def run():
        try:
            return work()
        finally:
            connections.close_all()

    with ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(run).result()


def seed_in_a_thread():
    _in_a_thread(lambda: call_command("seed_demo", stdout=io.StringIO()))


class _RollBack(Exception):
    pass


def take(folder, committed, at=None):
    """Seed the demo, take its snapshot and leave the database as it was. `committed`:
    as under the live server (each step committed), else inside one transaction; `at`: a
    moment to load it at (the clock stands still meanwhile)."""
    media, private = folder / "media", folder / "private"
    storages = {
        **settings.STORAGES,
        "certificates": {**settings.STORAGES["certificates"], "OPTIONS": {"location": private}},
    }

    def seed_and_capture():
        clock = time_machine.travel(at, tick=False) if at else nullcontext()
        with clock, override_settings(MEDIA_ROOT=media, STORAGES=storages):
            if committed:
                before = capture(media, private)
                call_command("seed_demo", stdout=io.StringIO())
                snapshot = capture(media, private)
                with transaction.atomic():
                    _restore_tables(before)
                return snapshot
            try:
                with transaction.atomic():
                    before = capture(media, private)
                    call_command("seed_demo", stdout=io.StringIO())
                    snapshot = capture(media, private)
                    raise _RollBack
            except _RollBack:
                snapshot.clear = [table for table in before.tables if not before.is_empty(table)]
                return snapshot

    return _in_a_thread(seed_and_capture)


def shared(tmp_path_factory, name, **options):
    """take(), once for all the workers of this run: the first to ask builds the snapshot,
    the others wait for it and read it (every worker's database is migrated alike, so the
    rows fit each of them)."""
    return per_run.once(
        tmp_path_factory, f"snapshot-{name}", lambda folder: take(folder, **options)
    )
