"""The signer reads the organisation's private key once, not once per signature
(certificates/kept_key.py), with an RSA key as with an elliptic-curve one."""

import io
from datetime import UTC, datetime

import pytest
from cryptography.hazmat.primitives.asymmetric import ec
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.signers import pdf_cms
from xhtml2pdf import pisa

from certificates.signing import sign_pdf, signature_is_intact, signer
from tests.deploy.tls import write_pair


def a_pdf():
    out = io.BytesIO()
    pisa.CreatePDF("<p>I have read the ethics code.</p>", dest=out)
    return out.getvalue()


@pytest.mark.parametrize("kind", ["rsa", "ec"])
def test_each_signature_uses_the_key_read_once(settings, tmp_path, monkeypatch, kind):
    key = ec.generate_private_key(ec.SECP256R1()) if kind == "ec" else None
    paths = write_pair(
        tmp_path,
        f"Pair {kind}",
        not_before=datetime(2026, 1, 1, tzinfo=UTC),
        days=3650,
        signing=True,
        key=key,
    )
    settings.CERTIFICATES_SIGNING_KEY, settings.CERTIFICATES_SIGNING_CERT = map(str, paths)
    signer()  # made, and the key read, as a worker's first signature does

    def read_again(*args, **kwargs):
        raise AssertionError("the private key was read again for a signature")

    monkeypatch.setattr(pdf_cms.serialization, "load_der_private_key", read_again)
    for _ in range(2):
        signed = sign_pdf(a_pdf(), reason="Acknowledgement")
        assert signature_is_intact(signed)
        (signature,) = PdfFileReader(io.BytesIO(signed)).embedded_signatures
        assert signature.signer_cert.subject.human_friendly == f"Common Name: Pair {kind}"
