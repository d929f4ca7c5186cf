"""Issuing and revoking acknowledgements: the only place that creates, revokes or annotates
them, so that the audit log and the signals never miss one. An issued acknowledgement is
never edited nor deleted (see models.AcknowledgementIsFinal): corrections are a revocation
and a re-issue."""

import logging
from contextlib import contextmanager
from contextvars import ContextVar

from django.core.files.base import ContentFile
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext
from wagtail.log_actions import log

from .emails import send_copy
from .models import Acknowledgement, Kind, PartnerAcknowledgement, Receipt, Signature
from .pdf import render_pdf, sha256
from .signals import acknowledgement_issued, acknowledgement_revoked
from .signing import sign_pdf
from .storage import pdf_storage

logger = logging.getLogger(__name__)

MODELS = {Kind.SIGNATURE: Signature, Kind.RECEIPT: Receipt, Kind.PARTNER: PartnerAcknowledgement}
# Where each kind's statement lives on the code page ({name} and the kind's details).
STATEMENTS = {
    Kind.SIGNATURE: "agreement_text",
    Kind.RECEIPT: "receipt_text",
    Kind.PARTNER: "partner_text",
}


def fill(template, **values):
    """Put the signer's details into the code's statement; braces in a name stay as typed."""
    for name, value in values.items():
        template = template.replace("{" + name + "}", value)
    return template


def issue_from_form(form, *, user, text, **fields):
    """Issue the acknowledgement a filled-in form describes (see forms.FORMS), for the
    version and language of `text`, with the statement of that kind filled in. `fields`
    may name the due period and who recorded it."""
    full_name = form.cleaned_data["full_name"]
    template = getattr(text.page, STATEMENTS[form.kind])
    return issue(
        MODELS[form.kind],
        user=user,
        version=text.version,
        language=text.language,
        text_checksum=text.checksum,
        statement=fill(template, name=full_name, **form.statement_values()),
        full_name=full_name,
        **form.extra_fields(),
        **fields,
    )


def issue(
    model,
    *,
    user,
    version,
    language,
    text_checksum,
    statement,
    period="",
    recorded_by=None,
    notify=True,
    **fields,
):
    """Create one acknowledgement of `model`'s kind, or return the one the person already
    holds for this version and due period (a double submission creates nothing new).

    All or nothing: the row, its signed PDF, its history entry, what the host records on
    `acknowledgement_issued` (the review status) and the person's copy by email (unless
    `notify` is off, as for the demo) are made in one transaction; if any of them fails,
    none is left, the stored file included (see all_or_nothing)."""
    if "issued_at" in fields:  # issued later than acknowledged only when it says so
        fields.setdefault("acknowledged_on", timezone.localdate(fields["issued_at"]))
    standing = Acknowledgement.objects.filter(
        user=user, version=version, period=period, revoked_at__isnull=True
    )
    existing = standing.first()
    if existing is not None:
        return existing, False
    acknowledgement = model(
        user=user,
        version=version,
        language=language,
        text_checksum=text_checksum,
        statement=statement,
        period=period,
        recorded_by=recorded_by,
        **fields,
    )
    acknowledgement.pre_save_polymorphic()  # the PDF names its kind before it is saved
    # Rendering and signing take most of the time and need neither the database's
    # transaction nor the storage: done first, so that the transaction stays short.
    signed = sign_pdf(
        render_pdf(acknowledgement),
        reason=str(acknowledgement.kind_label),
        location=getattr(acknowledgement, "place", ""),
    )
    acknowledgement.pdf_sha256 = sha256(signed)
    try:
        with all_or_nothing():
            _store_pdf(acknowledgement, signed)
            acknowledgement.save()
            log(
                instance=acknowledgement,
                action="certificates.reissue"
                if acknowledgement.replaces_id
                else "certificates.issue",
                user=recorded_by or user,
                data=_issue_data(acknowledgement) or None,
            )
            # Inside the transaction, so that what the receivers write commits or rolls
            # back with the acknowledgement.
            acknowledgement_issued.send(sender=model, acknowledgement=acknowledgement)
            if notify:
                send_copy(acknowledgement, signed)
    except IntegrityError:
        # The same form submitted twice at once: the other request won.
        existing = standing.first()
        if existing is None:
            raise
        return existing, False
    return acknowledgement, True


def _issue_data(acknowledgement):
    data = {}
    if acknowledgement.replaces_id:
        data["replaces"] = acknowledgement.replaces.verification_code
    if acknowledgement.officer_reason:
        data["reason"] = acknowledgement.officer_reason
    return data


# The PDFs stored inside the all_or_nothing block running now (the innermost).
_stored = ContextVar("certificates_stored_pdfs", default=None)


@contextmanager
def all_or_nothing():
    """A transaction that takes back the PDFs stored in it: if it fails, its commit
    included, they are deleted, so that no signed PDF outlives the acknowledgement it was
    made for. The files of a nested block that succeeds become the enclosing block's
    concern, as it may still fail."""
    stored = []
    enclosing = _stored.get()
    token = _stored.set(stored)
    try:
        with transaction.atomic():
            yield
    except BaseException:
        _remove_quietly(stored)
        raise
    finally:
        _stored.reset(token)
    if enclosing is not None:
        enclosing.extend(stored)


def _store_pdf(acknowledgement, signed):
    field = acknowledgement.pdf.field
    name = field.storage.get_available_name(
        field.generate_filename(acknowledgement, f"{acknowledgement.verification_code}.pdf")
    )
    # Noted before writing: a write that fails half-way (a full disk) leaves part of a file.
    _stored.get().append(name)
    acknowledgement.pdf.name = field.storage.save(name, ContentFile(signed))
    _stored.get().append(acknowledgement.pdf.name)


def _remove_quietly(names):
    # Cleaning up must not hide the failure that called for it.
    for name in set(names):
        try:
            pdf_storage.delete(name)
        except Exception:
            logger.exception("Could not remove %s after a failed issue", name)


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
    # Inside the transaction, as for issuing: the host's review status follows, or nothing.
    acknowledgement_revoked.send(
        sender=type(acknowledgement), acknowledgement=acknowledgement, user=user
    )


@transaction.atomic
def change_note(acknowledgement, note, *, user):
    """The integrity officer's note on how it was obtained is the one detail that may
    change after issue (it is not in the PDF); the history keeps the note before and after."""
    before = acknowledgement.recorded_note
    if note == before:
        return False
    acknowledgement.recorded_note = note
    acknowledgement.save(update_fields=["recorded_note"])
    log(
        instance=acknowledgement,
        action="certificates.note",
        user=user,
        data={"before": before, "after": note},
    )
    return True


def restate(acknowledgement, form):
    """The statement of a re-issue: the original's, with the corrected details in place of
    the old ones. The original is the text as it was acknowledged; the code page's current
    template may already belong to a later minor version."""
    statement = acknowledgement.statement
    old, new = form.initial, form.cleaned_data
    for name in ["full_name", *form.statement_values()]:
        if old.get(name) and new[name] != old[name]:
            statement = statement.replace(old[name], new[name])
    return statement


def reissue(acknowledgement, form, *, user, reason):
    """Replace an acknowledgement by a new one with corrected details: same person, version
    and language, a new verification code and PDF, the officer's reason kept with it and in
    its history. A standing original is revoked first, in the same transaction."""
    with all_or_nothing():
        if acknowledgement.revoked_at is None:
            revoke(
                acknowledgement,
                reason=gettext("Re-issued: %(reason)s") % {"reason": reason},
                user=user,
            )
        return issue(
            type(acknowledgement),
            user=acknowledgement.user,
            version=acknowledgement.version,
            language=acknowledgement.language,
            text_checksum=acknowledgement.text_checksum,
            statement=restate(acknowledgement, form),
            full_name=form.cleaned_data["full_name"],
            shown_at=acknowledgement.shown_at,
            period=acknowledgement.period,
            recorded_by=user,
            recorded_note=form.cleaned_data["recorded_note"],
            officer_reason=reason,
            replaces=acknowledgement,
            **form.extra_fields(),
        )
