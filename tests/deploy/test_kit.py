"""The production kit in deploy/: the systemd units run commands that exist, on the schedule
the README promises, and the environment file lists every variable the code reads."""

import ast
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from django.core.management import get_commands

ROOT = Path(__file__).resolve().parents[2]
SYSTEMD = ROOT / "deploy" / "systemd"
ENV_EXAMPLE = ROOT / "deploy" / "env.example"
CHECKOUT = "/srv/integrity"
MANAGE = f"{CHECKOUT}/.venv/bin/python manage.py "
# Read by the processes rather than by our code: Django's choice of settings (manage.py
# would load the development ones) and gunicorn's number of workers.
READ_BY_THE_PROCESS = {"DJANGO_SETTINGS_MODULE", "WEB_CONCURRENCY"}
# Our code, where a variable may be read: the host, the plugins, the common package.
SOURCES = ["platform/integrity_platform", "certificates", "courses", "dilemmas", "integrity_common"]
ENV_READERS = {"env_str", "env_bool", "env_int", "env_list", "env_choice", "getenv"}


def unit(path):
    """A unit file as {section: {key: [values]}}: systemd allows a key more than once
    (several ExecStart= in a oneshot service), which configparser does not."""
    sections, section = {}, None
    for line in path.read_text().splitlines():
        line = line.strip()
        if not line or line.startswith(("#", ";")):
            continue
        if line.startswith("["):
            section = sections.setdefault(line.strip("[]"), {})
        else:
            key, value = line.split("=", 1)
            section.setdefault(key.strip(), []).append(value.strip())
    return sections


def units(suffix):
    return {path.name: unit(path) for path in sorted(SYSTEMD.glob(f"*.{suffix}"))}


def manage_commands():
    """(service, command name) for every `manage.py <command>` the services run."""
    for name, service in units("service").items():
        for command in service["Service"]["ExecStart"]:
            if command.startswith(MANAGE):
                yield name, command.removeprefix(MANAGE).split()[0]


def test_every_command_the_services_run_exists():
    commands = list(manage_commands())
    assert {command for _service, command in commands} >= {
        "db_worker",
        "publish_scheduled",
        "review_reminders",
        "purge_expired",
        "clearsessions",
        "prune_db_task_results",
    }
    known = get_commands()
    assert [command for _service, command in commands if command not in known] == []
    (web,) = units("service")["integrity-web.service"]["Service"]["ExecStart"]
    assert web.startswith(f"{CHECKOUT}/.venv/bin/gunicorn ")
    assert web.endswith(" integrity_platform.wsgi")


def test_every_service_runs_as_the_integrity_user_with_the_environment_file():
    for name, service in units("service").items():
        options = service["Service"]
        assert options["User"] == ["integrity"], name
        assert options["EnvironmentFile"] == ["/etc/integrity/integrity.env"], name
        assert options["WorkingDirectory"] == [CHECKOUT], name
        assert options["ProtectSystem"] == ["strict"] and options["NoNewPrivileges"] == ["yes"]
        # The only folders it may write: those of the environment file.
        writable = set(options["ReadWritePaths"][0].split())
        assert writable == {example()["MEDIA_ROOT"], example()["PRIVATE_ROOT"]}, name


def test_every_timer_starts_an_existing_oneshot_service_and_each_has_one():
    services, timers = units("service"), units("timer")
    started = {timer["Timer"]["Unit"][0] for timer in timers.values()}
    assert started <= set(services)
    oneshots = {name for name, s in services.items() if s["Service"]["Type"] == ["oneshot"]}
    assert started == oneshots


def test_the_schedule_is_the_one_the_readme_gives():
    timers = units("timer")
    schedule = {
        command: timers[service.replace(".service", ".timer")]["Timer"]["OnCalendar"][0]
        for service, command in manage_commands()
        if service.replace(".service", ".timer") in timers
    }
    assert schedule == {
        "publish_scheduled": "*:0/10",
        "purge_expired": "*-*-* 03:00:00",
        "clearsessions": "*-*-* 03:00:00",
        "review_reminders": "*-*-* 07:00:00",
        "prune_db_task_results": "Sun *-*-* 04:00:00",
    }
    # Each job of README's table has its timer, and no timer runs a job the table omits.
    readme = (ROOT / "README.md").read_text().split("### Periodic jobs", 1)[1]
    table = readme.split("\n\n", 2)[1]
    assert set(re.findall(r"manage\.py (\w+)`", table)) == set(schedule)


SYSTEMD_ANALYZE = shutil.which("systemd-analyze")


@pytest.mark.skipif(not SYSTEMD_ANALYZE, reason="systemd-analyze is not installed")
def test_systemd_accepts_the_units(tmp_path):
    # `verify` also wants the programs to exist: stand-ins in a folder of the test's own.
    bin_folder = tmp_path / "bin"
    bin_folder.mkdir()
    for program in ("gunicorn", "python"):
        (bin_folder / program).write_text("#!/bin/sh\n")
        (bin_folder / program).chmod(0o755)
    for path in SYSTEMD.iterdir():
        text = path.read_text().replace(f"{CHECKOUT}/.venv/bin/", f"{bin_folder}/")
        (tmp_path / path.name).write_text(text)
    result = subprocess.run(
        [SYSTEMD_ANALYZE, "verify", "--man=no", *sorted(map(str, tmp_path.glob("*.*")))],
        capture_output=True,
        text=True,
    )
    # Unknown keys and bad calendars are only reported: any output is a mistake.
    assert (result.returncode, result.stdout + result.stderr) == (0, "")


def example():
    """env.example's variables, set or shown commented out ("# NAME=default")."""
    found = {}
    for line in ENV_EXAMPLE.read_text().splitlines():
        match = re.fullmatch(r"#? ?([A-Z][A-Z0-9_]*)=(.*)", line)
        if match:
            found[match[1]] = match[2]
    return found


def variables_read_by_the_code():
    """Every NAME in env_str("NAME"), os.environ.get("NAME"), os.environ["NAME"], ..."""
    names = set()
    for source in SOURCES:
        for path in (ROOT / source).rglob("*.py"):
            for node in ast.walk(ast.parse(path.read_text())):
                if isinstance(node, ast.Call) and node.args:
                    function = node.func
                    called = getattr(function, "id", None) or getattr(function, "attr", None)
                    reads_environ = ast.unparse(function).startswith("os.environ.")
                    if called in ENV_READERS or reads_environ:
                        argument = node.args[0]
                        if isinstance(argument, ast.Constant) and isinstance(argument.value, str):
                            names.add(argument.value)
                if isinstance(node, ast.Subscript) and ast.unparse(node.value) == "os.environ":
                    if isinstance(node.slice, ast.Constant):
                        names.add(node.slice.value)
    return names


def test_the_environment_file_lists_every_variable_the_code_reads_and_no_other():
    read, listed = variables_read_by_the_code(), set(example())
    assert "SECRET_KEY" in read and "AWS_STORAGE_BUCKET_NAME" in read  # the scan finds them
    assert sorted(read - listed) == [], "missing from deploy/env.example"
    assert sorted(listed - read - READ_BY_THE_PROCESS) == [], "read by nothing"


def test_systemd_reads_the_environment_file_as_the_shell_does():
    # systemd and deploy/manage.sh (the shell) read a plain value, or one in single quotes,
    # alike; they differ on double quotes, backslashes and a "# ..." after the value.
    for line in ENV_EXAMPLE.read_text().splitlines():
        if line.startswith("# ") and "=" in line:
            line = line[2:]  # the optional ones, once uncommented
        match = re.fullmatch(r"[A-Z][A-Z0-9_]*=(.*)", line)
        if match:
            assert re.fullmatch(r"[^\s'\"$`\\#]*|'[^']*'", match[1]), line
