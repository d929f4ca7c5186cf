"""Issuing and revoking acknowledgements: the only place that creates or revokes them, so
that the audit log and the signals never miss one."""

from django.core.files.base import ContentFile
from django.db import IntegrityError, transaction
from django.utils import timezone
from wagtail.log_actions import log

from .models import Acknowledgement
from .pdf import render_pdf, sha256
from .signals import acknowledgement_issued, acknowledgement_revoked
from .signing import sign_pdf


def issue(model, *, user, version, language, text_checksum, statement, recorded_by=None, **fields):
    """Create one acknowledgement of `model`'s kind, or return the one the person already
    holds for this version (a double submission creates nothing new)."""
    existing = Acknowledgement.objects.filter(
        user=user, version=version, revoked_at__isnull=True
    ).first()
    if existing is not None:
        return existing, False
    try:
        with transaction.atomic():
            acknowledgement = model.objects.create(
                user=user,
                version=version,
                language=language,
                text_checksum=text_checksum,
                statement=statement,
                recorded_by=recorded_by,
                **fields,
            )
            attach_signed_pdf(acknowledgement)
    except IntegrityError:
        # The same form submitted twice at once: the other request won.
        return Acknowledgement.objects.get(
            user=user, version=version, revoked_at__isnull=True
        ), False
    log(instance=acknowledgement, action="certificates.issue", user=recorded_by or user)
    transaction.on_commit(
        lambda: acknowledgement_issued.send(sender=model, acknowledgement=acknowledgement)
    )
    return acknowledgement, True


def attach_signed_pdf(acknowledgement):
    """Render, sign and store the PDF: once, at issue; it is never regenerated."""
    signed = sign_pdf(
        render_pdf(acknowledgement),
        reason=str(acknowledgement.kind_label),
        location=getattr(acknowledgement, "place", ""),
    )
    acknowledgement.pdf_sha256 = sha256(signed)
    acknowledgement.pdf.save(
        f"{acknowledgement.verification_code}.pdf", ContentFile(signed), save=False
    )
    acknowledgement.save(update_fields=["pdf", "pdf_sha256"])


@transaction.atomic
def revoke(acknowledgement, *, reason, user):
    acknowledgement.revoked_at = timezone.now()
    acknowledgement.revocation_reason = reason
    acknowledgement.save(update_fields=["revoked_at", "revocation_reason"])
    log(
        instance=acknowledgement,
        action="certificates.revoke",
        user=user,
        data={"reason": reason},
    )
    transaction.on_commit(
        lambda: acknowledgement_revoked.send(
            sender=type(acknowledgement), acknowledgement=acknowledgement, user=user
        )
    )
