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


@register()
def check_pdf_storage(app_configs, **kwargs):
    """The signed PDFs need a storage of their own that is not served as public media."""
    from pathlib import Path

    from django.conf import settings
    from django.core.files.storage import InvalidStorageError, storages

    alias = app_settings.PDF_STORAGE
    try:
        storage = storages[alias]
    except InvalidStorageError:
        return [
            Error(
                f"CERTIFICATES_PDF_STORAGE names {alias!r}, which STORAGES does not define.",
                hint=f"Add STORAGES[{alias!r}], e.g. a FileSystemStorage outside MEDIA_ROOT.",
                id="certificates.E003",
            )
        ]
    location = getattr(storage, "location", None)
    media = Path(settings.MEDIA_ROOT).resolve() if settings.MEDIA_ROOT else None
    if alias == "default" or (
        location and media and Path(location).resolve().is_relative_to(media)
    ):
        return [
            Error(
                "The signed PDFs would be stored in the public media.",
                hint=f"Point STORAGES[{alias!r}] at a folder outside MEDIA_ROOT.",
                id="certificates.E004",
            )
        ]
    return []
