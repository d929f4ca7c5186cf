"""The end of an acknowledgement's life: deleted with its PDF once the retention period is
over. This is the only way past the deletion guard (models.AcknowledgementIsFinal); the
host's retention job decides which acknowledgements are due and calls it."""

import logging

from django.contrib.contenttypes.models import ContentType
from django.db import connection, transaction
from django.db.models import Q
from wagtail.models import ModelLogEntry

from .models import Acknowledgement
from .models.acknowledgements import deletion_allowed
from .storage import pdf_storage

logger = logging.getLogger(__name__)


def purge_acknowledgements(queryset):
    """Delete the acknowledgements of `queryset`, their PDFs and their history entries,
    and return how many acknowledgements were deleted.

    A re-issue and the revoked original it replaces go together, whichever of them the
    queryset holds: half a chain would leave a correction that points nowhere, or an
    original whose correction says nothing about it any more. The history entries go too,
    as they carry the person's name; the log records only the count. PDFs are removed once
    the deletion is committed: a purge that fails keeps every file its rows point to."""
    with transaction.atomic():
        ids = _whole_chains(set(queryset.values_list("pk", flat=True)))
        if not ids:
            return 0
        doomed = Acknowledgement.objects.non_polymorphic().filter(pk__in=ids)
        files = [name for name in doomed.values_list("pdf", flat=True) if name]
        kinds = ContentType.objects.get_for_models(
            Acknowledgement, *Acknowledgement.__subclasses__()
        ).values()
        ModelLogEntry.objects.filter(
            content_type__in=kinds, object_id__in=[str(pk) for pk in ids]
        ).delete()
        if connection.vendor == "postgresql":
            # The database's own guard (migration 0004), off for this transaction only.
            with connection.cursor() as cursor:
                cursor.execute("SELECT set_config('certificates.allow_purge', 'on', true)")
        with deletion_allowed():
            doomed.delete()
        transaction.on_commit(lambda: _remove_files(files))
    logger.info("Retention: %d acknowledgements purged.", len(ids))
    return len(ids)


def _whole_chains(ids):
    """`ids` with every acknowledgement re-issued from them or replaced by them."""
    chain = set(ids)
    while True:
        linked = set(
            Acknowledgement.objects.non_polymorphic()
            .filter(Q(pk__in=chain) | Q(replaces__in=chain))
            .values_list("pk", "replaces")
            .iterator()
        )
        grown = chain | {pk for pair in linked for pk in pair if pk is not None}
        if grown == chain:
            return chain
        chain = grown


def _remove_files(names):
    for name in names:
        pdf_storage.delete(name)
