"""Issuing and revoking acknowledgements: the only place that creates or revokes them, so
that the audit log and the signals never miss one."""

from django.core.files.base import ContentFile
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext
from wagtail.log_actions import log

from .models import Acknowledgement, Kind, PartnerAcknowledgement, Receipt, Signature
from .pdf import render_pdf, sha256
from .signals import acknowledgement_issued, acknowledgement_revoked
from .signing import sign_pdf

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
    **fields,
):
    """Create one acknowledgement of `model`'s kind, or return the one the person already
    holds for this version and due period (a double submission creates nothing new)."""
    if "issued_at" in fields:  # issued later than acknowledged only when it says so
        fields.setdefault("acknowledged_on", timezone.localdate(fields["issued_at"]))
    standing = Acknowledgement.objects.filter(
        user=user, version=version, period=period, revoked_at__isnull=True
    )
    existing = standing.first()
    if existing is not None:
        return existing, False
    replaced = fields.get("replaces")
    try:
        with transaction.atomic():
            acknowledgement = model.objects.create(
                user=user,
                version=version,
                language=language,
                text_checksum=text_checksum,
                statement=statement,
                period=period,
                recorded_by=recorded_by,
                **fields,
            )
            attach_signed_pdf(acknowledgement)
            # In the same transaction: an acknowledgement never exists without its entry.
            log(
                instance=acknowledgement,
                action="certificates.reissue" if replaced else "certificates.issue",
                user=recorded_by or user,
                data={"replaces": replaced.verification_code} if replaced else None,
            )
    except IntegrityError:
        # The same form submitted twice at once: the other request won.
        return standing.get(), False
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


@transaction.atomic
def reissue(acknowledgement, form, *, user, note):
    """Replace an acknowledgement by a new one with corrected details: same person, version
    and language, a new verification code and PDF. A standing original is revoked first."""
    if acknowledgement.revoked_at is None:
        revoke(acknowledgement, reason=gettext("Re-issued: %(note)s") % {"note": note}, user=user)
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
        recorded_note=note,
        replaces=acknowledgement,
        **form.extra_fields(),
    )
