"""Each worker's test database copied from one migrated once per run.

Migrating from nothing costs about 27 s of CPU (Django renders the models' states through
some 250 migrations), and every xdist worker of both CI suites did it. Now the first worker
to ask migrates a template database, and each worker's test database starts as a copy of
it: on PostgreSQL through Django's TEST["TEMPLATE"] (CREATE DATABASE ... TEMPLATE), on
SQLite by copying the template file into the worker's in-memory database. Django then
runs `migrate` on the copy as usual, which finds nothing to apply.

Only under xdist, and not with --reuse-db, whose databases are kept between runs.
"""

import os
import sqlite3
from pathlib import Path

from django.core.management import call_command
from django.db import connections

from . import per_run


def use(tmp_path_factory):
    """Build the run's template (once) and make this worker's test database a copy of it.
    Returns what to call once the test database is torn down."""
    connection = connections["default"]
    if connection.vendor == "postgresql":
        name = per_run.once(tmp_path_factory, "template-database", _postgresql_template)
        connection.settings_dict["TEST"]["TEMPLATE"] = name
        return lambda: None
    if connection.vendor == "sqlite" and not connection.settings_dict["TEST"]["NAME"]:
        template = per_run.once(tmp_path_factory, "template-database", _sqlite_template)
        return _copy_into_memory(connection, template)
    return lambda: None


def _migrate(name):
    """`migrate` into the database `name` through the default connection, then point the
    connection back where it was."""
    connection = connections["default"]
    saved = connection.settings_dict["NAME"]
    connection.close()
    connection.settings_dict["NAME"] = name
    try:
        call_command("migrate", verbosity=0, interactive=False, run_syncdb=True)
    finally:
        connection.close()
        connection.settings_dict["NAME"] = saved


def _postgresql_template_name(controller_pid):
    """The run's template, named after its controlling process (the workers' parent), so
    that two runs never share one and the controller knows which to drop."""
    return f"{_postgresql_template_prefix()}{controller_pid}"


def _postgresql_template_prefix():
    settings = connections["default"].settings_dict
    base = (settings["TEST"]["NAME"] or f"test_{settings['NAME']}").rsplit("_gw", 1)[0]
    return f"{base[:40]}_template_"


def _postgresql_template(_folder):
    connection = connections["default"]
    name = _postgresql_template_name(os.getppid())
    quoted = connection.ops.quote_name(name)
    drop_abandoned_templates()
    with connection._nodb_cursor() as cursor:
        cursor.execute(f"DROP DATABASE IF EXISTS {quoted}")
        cursor.execute(f"CREATE DATABASE {quoted}")
    _migrate(name)
    return name


def drop_abandoned_templates():
    """Drop the templates of runs whose controlling process is gone (a run killed before
    its end never dropped its own); a run still going keeps its template."""
    connection = connections["default"]
    prefix = _postgresql_template_prefix()
    with connection._nodb_cursor() as cursor:
        cursor.execute("SELECT datname FROM pg_database WHERE starts_with(datname, %s)", [prefix])
        names = [name for (name,) in cursor.fetchall()]
        for name in names:
            pid = name.removeprefix(prefix)
            if pid.isdigit() and not _is_running(int(pid)):
                cursor.execute(f"DROP DATABASE IF EXISTS {connection.ops.quote_name(name)}")


def _is_running(pid):
    try:
        os.kill(pid, 0)  # signal 0: only asks whether the process exists
    except ProcessLookupError:
        return False
    except PermissionError:  # it does, and belongs to someone else
        pass
    return True


def _sqlite_template(folder):
    path = folder / "template.sqlite3"
    _migrate(str(path))
    return path


def _copy_into_memory(connection, template: Path):
    """Django names a worker's SQLite test database "file:memorydb_default?mode=memory&
    cache=shared", which lives as long as one connection holds it: this one is opened just
    after Django's creation step, filled from the template and held until teardown."""
    creation = connection.creation
    create = creation._create_test_db
    holder = []

    def create_from_template(verbosity, autoclobber, keepdb):
        name = create(verbosity, autoclobber, keepdb)
        memory = sqlite3.connect(name, uri=True)
        source = sqlite3.connect(template)
        source.backup(memory)
        source.close()
        holder.append(memory)
        return name

    creation._create_test_db = create_from_template

    def release():
        del creation._create_test_db  # the class's own again
        for memory in holder:
            memory.close()

    return release


def drop_postgresql_template(config):
    """In the controlling process, once its workers are done: drop the run's template."""
    from pytest_django.plugin import blocking_manager_key

    connection = connections["default"]
    if connection.vendor != "postgresql":
        return
    name = connection.ops.quote_name(_postgresql_template_name(os.getpid()))
    with config.stash[blocking_manager_key].unblock():
        with connection._nodb_cursor() as cursor:
            cursor.execute(f"DROP DATABASE IF EXISTS {name}")
