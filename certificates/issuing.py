"""Issuing and revoking acknowledgements: the only place that creates or revokes them, so
that the audit log and the signals never miss one."""

from django.db import IntegrityError, transaction
from django.utils import timezone
from wagtail.log_actions import log

from .models import Acknowledgement
from .signals import acknowledgement_issued, acknowledgement_revoked


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
