"""Rotating the signing certificate (deploy/RUNBOOK.md): after the new key and certificate
are configured, an acknowledgement signed before still verifies, by its code and as an
uploaded PDF, even once the old certificate has expired; what is signed after carries the
new certificate."""

import io
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.core.files.uploadedfile import SimpleUploadedFile
from pyhanko.pdf_utils.reader import PdfFileReader

from certificates.signing import signature_is_intact
from tests.certificates.helpers import issue_signature
from tests.factories import MemberFactory

from .tls import write_pair

pytestmark = pytest.mark.django_db
BRUSSELS = ZoneInfo("Europe/Brussels")
# Certificate A signs from March 2026 and expires a year later; B replaces it in May 2027.
A_FROM, SIGNED_WITH_A = datetime(2026, 3, 1, tzinfo=BRUSSELS), datetime(2026, 3, 2, 10, 0)
B_FROM, SIGNED_WITH_B = datetime(2027, 5, 1, tzinfo=BRUSSELS), datetime(2027, 5, 3, 10, 0)


def at(moment):
    # A timestamp, as tests/conftest.py travels: a datetime would also change the process's TZ.
    return time_machine.travel(moment.replace(tzinfo=BRUSSELS).timestamp())


def configure(settings, key, certificate):
    settings.CERTIFICATES_SIGNING_KEY = str(key)
    settings.CERTIFICATES_SIGNING_CERT = str(certificate)


def pdf_of(acknowledgement):
    with acknowledgement.pdf.open("rb") as stored:
        return stored.read()


def signed_by(data):
    (signature,) = PdfFileReader(io.BytesIO(data)).embedded_signatures
    return signature.signer_cert.subject.human_friendly


def test_a_pdf_signed_before_the_rotation_still_verifies(settings, tmp_path, client, version):
    pair_a = write_pair(tmp_path, "Pair A", not_before=A_FROM, days=365, signing=True)
    pair_b = write_pair(tmp_path, "Pair B", not_before=B_FROM, days=730, signing=True)
    with at(SIGNED_WITH_A):
        configure(settings, *pair_a)
        before = issue_signature(MemberFactory().user, version)[0]

    with at(SIGNED_WITH_B):
        configure(settings, *pair_b)  # the runbook's rotation: new files, restart
        after = issue_signature(MemberFactory().user, version)[0]
        old_pdf, new_pdf = pdf_of(before), pdf_of(after)
        assert signed_by(old_pdf) == "Common Name: Pair A"
        assert signed_by(new_pdf) == "Common Name: Pair B"

        page = client.get(f"/verify/{before.verification_code}/", HTTP_ACCEPT_LANGUAGE="en")
        assert "message--success" in page.content.decode()
        # The PDF itself, as an employer would check it: the stored hash and the signature.
        for data in (old_pdf, new_pdf):
            assert signature_is_intact(data)
            page = client.post(
                "/verify/",
                {"pdf": SimpleUploadedFile("acknowledgement.pdf", data)},
                HTTP_ACCEPT_LANGUAGE="en",
            ).content.decode()
            assert "The PDF is authentic and unchanged." in page

        # Still a real check after the rotation: one changed bit and the old PDF is refused.
        tampered = bytearray(old_pdf)
        tampered[len(old_pdf) // 3] ^= 0x01
        assert not signature_is_intact(bytes(tampered))
        page = client.post(
            "/verify/",
            {"pdf": SimpleUploadedFile("acknowledgement.pdf", bytes(tampered))},
            HTTP_ACCEPT_LANGUAGE="en",
        ).content.decode()
        assert "Not authentic" in page
