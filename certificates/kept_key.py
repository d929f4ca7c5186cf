"""pyHanko's SimpleSigner with its private key read once.

SimpleSigner.sign_raw (pyHanko 0.38) reads the private key again from its DER form for
every signature, and cryptography checks an RSA key each time it reads one: about 40 ms of
CPU a signature on the development machine, against 0.3 ms for the signature itself. This
signer keeps the key it read (checked once, when the signer is made) and signs with it, for
the mechanisms an organisation's key uses (RSA with PKCS #1 v1.5, ECDSA); anything else goes
to pyHanko as before.

Imported only where a PDF is signed, like pyHanko itself (see signing.py).
"""

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa
from pyhanko.sign.signers import SimpleSigner
from pyhanko_certvalidator.util import get_pyca_cryptography_hash


class KeptKeySigner(SimpleSigner):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.private_key = serialization.load_der_private_key(
            self.signing_key.dump(), password=None
        )

    @classmethod
    def keeping_the_key_of(cls, loaded: SimpleSigner):
        """The same signer as `loaded` (what SimpleSigner.load read from the files)."""
        return cls(
            signing_cert=loaded.signing_cert,
            signing_key=loaded.signing_key,
            cert_registry=loaded.cert_registry,
        )

    def sign_raw(self, data: bytes, digest_algorithm: str) -> bytes:
        mechanism = self.get_signature_mechanism_for_digest(digest_algorithm).signature_algo
        hash_algorithm = get_pyca_cryptography_hash(digest_algorithm)
        key = self.private_key
        if mechanism == "rsassa_pkcs1v15" and isinstance(key, rsa.RSAPrivateKey):
            return key.sign(data, padding.PKCS1v15(), hash_algorithm)
        if mechanism == "ecdsa" and isinstance(key, ec.EllipticCurvePrivateKey):
            return key.sign(data, ec.ECDSA(hash_algorithm))
        return super().sign_raw(data, digest_algorithm)
