from django.core.checks import Error, Warning, register
from django.utils.module_loading import import_string

from .app_settings import app_settings


@register()
def check_adapter(app_configs, **kwargs):
    try:
        import_string(app_settings.ADAPTER)
    except ImportError as error:
        return [
            Error(
                f"CERTIFICATES_ADAPTER {app_settings.ADAPTER!r} cannot be imported: {error}",
                id="certificates.E001",
            )
        ]
    return []


@register(deploy=True)
def check_signing_key(app_configs, **kwargs):
    """In production the PDFs must carry the organisation's signature, not a development
    certificate made on the fly; and a mistyped path should stop a deploy, not the first
    person who signs."""
    from .signing import load_signer

    if not app_settings.SIGNING_KEY or not app_settings.SIGNING_CERT:
        return [
            Warning(
                "CERTIFICATES_SIGNING_KEY and CERTIFICATES_SIGNING_CERT are not set: "
                "acknowledgements would be signed with a self-signed development certificate.",
                hint="Set both in the environment (see the README, Production).",
                id="certificates.W001",
            )
        ]
    try:
        # pyHanko logs and returns None for some problems, and raises for others.
        usable = load_signer(app_settings.SIGNING_KEY, app_settings.SIGNING_CERT) is not None
    except Exception:
        usable = False
    if usable:
        return []
    return [
        Error(
            "The signing key or certificate cannot be used.",
            hint="Check the paths, the file permissions and SIGNING_KEY_PASSPHRASE.",
            id="certificates.E002",
        )
    ]
