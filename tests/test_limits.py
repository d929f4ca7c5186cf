"""Uploads have a size limit, told in the reader's language, and an oversized one is refused
before it is read (integrity_common/uploads.py). Other limits are tested beside their apps:
tests/review/test_session_limits.py, tests/dilemmas/test_live_limits.py, tests/test_health.py."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.http import multipartparser

from certificates.models import Acknowledgement

pytestmark = pytest.mark.django_db


def pdf_of(size):
    return SimpleUploadedFile("acknowledgement.pdf", b"%PDF-1.7\n" + b"0" * size)


def test_an_oversized_pdf_is_refused_unread_in_the_readers_language(client, settings, monkeypatch):
    settings.CERTIFICATES_VERIFY_MAX_UPLOAD_BYTES = 1024 * 1024

    def read(*args, **kwargs):
        raise AssertionError("the upload was read")

    monkeypatch.setattr(multipartparser.MultiPartParser, "parse", read)
    response = client.post("/verify/?lang=fr", {"code": "", "pdf": pdf_of(2 * 1024 * 1024)})
    assert response.status_code == 413
    assert "Le fichier dépasse 1 Mo." in response.content.decode()


def test_a_pdf_over_the_limit_is_refused_whichever_way_it_came(client, settings):
    # Within what the request's length allows for the form around it, yet over the limit.
    settings.CERTIFICATES_VERIFY_MAX_UPLOAD_BYTES = 1024 * 1024
    response = client.post(
        "/verify/?lang=en", {"code": "", "pdf": pdf_of(1024 * 1024 + 10)}, HTTP_ACCEPT_LANGUAGE="en"
    )
    assert response.status_code == 200
    assert "The file is larger than 1 MB." in response.content.decode()
    assert "Enter the verification code or choose the PDF." not in response.content.decode()


def test_a_pdf_within_the_limit_is_checked(client, settings):
    settings.CERTIFICATES_VERIFY_MAX_UPLOAD_BYTES = 1024 * 1024
    assert not Acknowledgement.objects.exists()
    response = client.post("/verify/?lang=en", {"code": "", "pdf": pdf_of(1000)})
    assert response.status_code == 200
    assert "larger than" not in response.content.decode()
    assert [t.name for t in response.templates][0] == "certificates/verify_not_authentic.html"
