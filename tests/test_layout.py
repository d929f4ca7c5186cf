"""The layout rules from DESIGN.md that would break the whole stack if forgotten."""

import importlib
import subprocess
import sys
import sysconfig
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_platform_is_the_standard_library_module():
    import platform

    stdlib = Path(sysconfig.get_paths()["stdlib"]).resolve()
    assert Path(platform.__file__).resolve().parent == stdlib
    assert callable(platform.python_version)


def test_platform_folder_is_not_a_package():
    assert not (ROOT / "platform" / "__init__.py").exists()
    assert not list((ROOT / "platform").glob("*.py"))


def test_plugins_are_installed_apps():
    from django.apps import apps

    for label in ("courses", "dilemmas", "certificates"):
        assert apps.get_app_config(label).name == label


def test_host_package_comes_from_platform_folder():
    module = importlib.import_module("integrity_platform")
    assert Path(module.__file__).resolve().parent == ROOT / "platform" / "integrity_platform"
    assert "platform" not in sys.modules or not hasattr(sys.modules["platform"], "__path__")


def lint_imports():
    return subprocess.run(
        [str(Path(sys.executable).parent / "lint-imports"), "--no-cache"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_the_import_contracts_hold_and_a_plugin_importing_the_host_breaks_them():
    # One test, not two: a parallel worker must never check the tree while the probe is in it.
    result = lint_imports()
    assert result.returncode == 0, result.stdout + result.stderr
    probe = ROOT / "dilemmas" / "_contract_probe.py"
    probe.write_text("import integrity_platform.people.models  # noqa: F401\n")
    try:
        result = lint_imports()
    finally:
        probe.unlink()
    assert result.returncode != 0
    assert "A plugin never imports the host BROKEN" in result.stdout
    assert "dilemmas._contract_probe -> integrity_platform.people.models" in result.stdout
