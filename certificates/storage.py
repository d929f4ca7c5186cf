"""Where the signed PDFs are kept: a storage of their own, never the public media.

A PDF names the person and what they acknowledged; a revoked one must not outlive its
revocation at a guessable address. So the PDFs live in the storage that
CERTIFICATES_PDF_STORAGE names among the project's STORAGES (a folder outside MEDIA_ROOT by
default, see the host's settings) and are served only by views that check who asks
(views.download, the officer's ZIP).
"""

from django.core.files.storage import storages
from django.core.signals import setting_changed
from django.dispatch import receiver
from django.utils.functional import LazyObject, empty

from .app_settings import app_settings


class PdfStorage(LazyObject):
    # Lazy, like Django's default_storage: the storage is looked up when first used, and
    # again after the settings change (tests give every test a folder of its own).
    def _setup(self):
        self._wrapped = storages[app_settings.PDF_STORAGE]


pdf_storage = PdfStorage()


def get_pdf_storage():
    """The PDF field's storage. A callable, so that migrations name it, not a folder."""
    return pdf_storage


@receiver(setting_changed)
def _forget_storage(*, setting, **kwargs):
    if setting in ("STORAGES", "CERTIFICATES_PDF_STORAGE"):
        pdf_storage._wrapped = empty
