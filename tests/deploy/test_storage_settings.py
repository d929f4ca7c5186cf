"""STORAGES from the environment under the production settings, read in a fresh process as
a server reads them: object storage with STORAGE_BACKEND=s3, this machine's disk without."""

import json
import os
import subprocess
import sys

from tests.test_settings import (  # noqa: F401 (signing_pair: a fixture)
    PRODUCTION,
    ROOT,
    clean_environment,
    run_manage,
    signing_pair,
)

S3 = {
    "STORAGE_BACKEND": "s3",
    "AWS_STORAGE_BUCKET_NAME": "integrity-files",
    "AWS_S3_ENDPOINT_URL": "https://objects.example.eu",
    "AWS_S3_REGION_NAME": "eu-central-1",
    "AWS_ACCESS_KEY_ID": "test-access-key",
    "AWS_SECRET_ACCESS_KEY": "test-secret-key",
}
# What the running site sees: the storage classes, the addresses they give files (built
# offline, nothing connects), the images' origin in the Content-Security-Policy.
SCRIPT = """
import json, django
django.setup()
from django.conf import settings
from django.core.files.storage import storages
print(json.dumps({
    alias: {
        "class": type(storages[alias]).__name__,
        "url": storages[alias].url("acknowledgements/2026/ABCD.pdf"),
        "location": str(getattr(storages[alias], "location", "")),
        "acl": getattr(storages[alias], "default_acl", None),
        "overwrite": getattr(storages[alias], "file_overwrite", False),
    }
    for alias in ("default", "certificates")
} | {"img-src": settings.CONTENT_SECURITY_POLICY["DIRECTIVES"]["img-src"],
     "documents": settings.WAGTAILDOCS_SERVE_METHOD}))
"""


def production_storages(**env):
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT],
        cwd=ROOT,
        env=clean_environment(
            PYTHONPATH=f"{ROOT}{os.pathsep}{ROOT / 'platform'}", **PRODUCTION, **env
        ),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.splitlines()[-1])


def test_with_s3_in_the_environment_files_go_to_the_bucket_and_pdfs_stay_private():
    found = production_storages(**S3)
    media, pdfs = found["default"], found["certificates"]
    assert media["class"] == pdfs["class"] == "S3Storage"
    assert (media["location"], pdfs["location"]) == ("media", "private")
    # Images are shown unsigned from the bucket's address, which the policy then allows.
    assert media["url"] == (
        "https://objects.example.eu/integrity-files/media/acknowledgements/2026/ABCD.pdf"
    )
    assert "https://objects.example.eu" in found["img-src"]
    # A signed PDF is a private object; any address of it is signed and expires.
    assert pdfs["acl"] == "private"
    assert "/integrity-files/private/acknowledgements/2026/ABCD.pdf?" in pdfs["url"]
    assert "Signature=" in pdfs["url"] and "Expires=" in pdfs["url"]
    assert not media["overwrite"] and not pdfs["overwrite"]
    assert found["documents"] == "serve_view"  # never a link into the bucket


def test_without_it_files_stay_on_this_machines_disk(tmp_path):
    found = production_storages(PRIVATE_ROOT=str(tmp_path / "private"))
    assert found["default"]["class"] == found["certificates"]["class"] == "FileSystemStorage"
    assert found["certificates"]["location"] == str(tmp_path / "private")
    assert found["img-src"] == ["'self'", "data:"]


def test_check_deploy_accepts_object_storage(signing_pair):  # noqa: F811
    result = run_manage(
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        env={
            **PRODUCTION,
            **signing_pair,
            **S3,
        },
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_s3_without_a_bucket_stops_the_start():
    result = run_manage("check", env={**PRODUCTION, "STORAGE_BACKEND": "s3"})
    assert result.returncode != 0 and "AWS_STORAGE_BUCKET_NAME" in result.stderr
