"""The self-signed development pair, asked for by several processes at once."""

import threading

from cryptography import x509
from cryptography.hazmat.primitives import serialization

from certificates.signing import _development_pair


def test_processes_starting_together_share_one_matching_pair(settings, tmp_path):
    # `make run` starts the server and the worker together, and two test suites share the
    # folder: each must load the same key, and the certificate that goes with it. flock
    # locks by open file, so threads contend for it as processes do.
    settings.CERTIFICATES_DEVELOPMENT_KEY_DIR = tmp_path / "signing"
    start, seen = threading.Barrier(6), []

    def ask():
        start.wait()
        key_path, cert_path = _development_pair()
        seen.append((key_path.read_bytes(), cert_path.read_bytes()))

    threads = [threading.Thread(target=ask) for _ in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert len(seen) == 6 and len(set(seen)) == 1
    key_pem, cert_pem = seen[0]
    key = serialization.load_pem_private_key(key_pem, password=None)
    certificate = x509.load_pem_x509_certificate(cert_pem)
    assert certificate.public_key().public_numbers() == key.public_key().public_numbers()
    assert sorted(p.name for p in (tmp_path / "signing").iterdir()) == [
        ".lock",
        "signing-cert.pem",
        "signing-key.pem",
    ]
