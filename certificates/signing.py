"""Digital signatures (PAdES) on acknowledgement PDFs, with pyHanko.

Production configures the organisation's key and certificate (CERTIFICATES_SIGNING_KEY and
CERTIFICATES_SIGNING_CERT). Without them a self-signed pair is made once, outside the
repository, so that development and tests sign exactly as production does.

pyHanko is imported where it is used: it costs most of a second of every process's start
(each web worker, each periodic job), and only signing and verifying need it.
"""

import datetime
import fcntl
import logging
import os
from functools import lru_cache
from io import BytesIO
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import NameOID
from django.core.exceptions import ImproperlyConfigured

from .app_settings import app_settings

logger = logging.getLogger(__name__)


def common_name(organisation):
    """X.509 limits a common name to 64 bytes of UTF-8."""
    name = (organisation or "Development").encode()[:64]
    return name.decode(errors="ignore")


def _development_pair():
    """The self-signed pair in DEVELOPMENT_KEY_DIR, made on first use.

    Several processes may ask at once (`make run` starts the server and the worker together;
    the test workers of two suites share the folder). Each file appears whole, by rename,
    and only one process makes the pair, under a lock: otherwise one could load another's
    key beside its own certificate and sign PDFs that no longer verify."""
    folder = Path(app_settings.DEVELOPMENT_KEY_DIR)
    key_path, cert_path = folder / "signing-key.pem", folder / "signing-cert.pem"
    if key_path.exists() and cert_path.exists():
        return key_path, cert_path
    folder.mkdir(parents=True, exist_ok=True)
    with open(folder / ".lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not (key_path.exists() and cert_path.exists()):
            logger.warning(
                "No CERTIFICATES_SIGNING_KEY: making a self-signed certificate in %s", folder
            )
            key_pem, cert_pem = _self_signed_pair()
            _write_whole(key_path, key_pem, mode=0o600)
            _write_whole(cert_path, cert_pem, mode=0o644)
    return key_path, cert_path


def _write_whole(path, data, mode):
    partial = path.with_name(f".{path.name}.{os.getpid()}")
    partial.write_bytes(data)
    partial.chmod(mode)
    os.replace(partial, path)


def _self_signed_pair():
    """(key, certificate) in PEM: a ten-year certificate for the organisation's name."""
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    name = x509.Name(
        [x509.NameAttribute(NameOID.COMMON_NAME, common_name(app_settings.ORGANISATION_NAME))]
    )
    now = datetime.datetime.now(datetime.UTC)
    certificate = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(days=1))
        .not_valid_after(now + datetime.timedelta(days=3650))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=True,
                content_commitment=True,
                key_cert_sign=True,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                crl_sign=False,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .sign(key, hashes.SHA256())
    )
    key_pem = key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    return key_pem, certificate.public_bytes(serialization.Encoding.PEM)


def key_and_certificate_paths():
    if app_settings.SIGNING_KEY:
        return Path(app_settings.SIGNING_KEY), Path(app_settings.SIGNING_CERT)
    return _development_pair()


@lru_cache(maxsize=1)
def load_signer(key_path, cert_path):
    """The signer for a PEM key and certificate; None when pyHanko cannot load them."""
    from pyhanko.sign import signers

    from .kept_key import KeptKeySigner

    passphrase = app_settings.SIGNING_KEY_PASSPHRASE
    loaded = signers.SimpleSigner.load(
        key_file=str(key_path),
        cert_file=str(cert_path),
        key_passphrase=passphrase.encode() if passphrase else None,
    )
    return KeptKeySigner.keeping_the_key_of(loaded) if loaded else None


def signer():
    loaded = load_signer(*key_and_certificate_paths())
    if loaded is None:
        raise ImproperlyConfigured("The PDF signing key or certificate cannot be loaded.")
    return loaded


def sign_pdf(pdf_bytes, *, reason, location=""):
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import signers
    from pyhanko.sign.fields import SigSeedSubFilter

    writer = IncrementalPdfFileWriter(BytesIO(pdf_bytes))
    metadata = signers.PdfSignatureMetadata(
        field_name="Signature",
        reason=reason,
        location=location,
        subfilter=SigSeedSubFilter.PADES,
    )
    return signers.sign_pdf(writer, metadata, signer=signer()).getvalue()


def signature_is_intact(pdf_bytes):
    """True when the PDF carries one signature, cryptographically sound, covering the whole
    file: not one byte it covers has changed.

    Whose signature it is, is deliberately not asked (pyHanko's `trusted`): the verification
    page accepts only a PDF whose SHA-256 we stored at issue (views_verify), so only the very
    bytes we signed get this far, whichever of our keys signed them. Requiring trust in the
    current certificate would make every PDF signed before a key rotation "not authentic"
    (deploy/RUNBOOK.md; tests/deploy/test_certificate_rotation.py)."""
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko_certvalidator import ValidationContext

    try:
        reader = PdfFileReader(BytesIO(pdf_bytes))
        signatures = reader.embedded_signatures
    except Exception:  # not a PDF, or a damaged one
        return False
    if len(signatures) != 1:
        return False
    certificate = signer().signing_cert
    context = ValidationContext(trust_roots=[certificate])
    status = validate_pdf_signature(signatures[0], context)
    return bool(status.intact and status.valid and status.coverage.name == "ENTIRE_FILE")
