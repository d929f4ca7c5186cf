"""Acknowledgements of the ethics code: one polymorphic base, three kinds, as the code has
three ways of acknowledging it. Each is bound to one version and language of the code and
keeps the statement exactly as acknowledged."""

import secrets
from contextlib import contextmanager
from contextvars import ContextVar

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.db.models.signals import pre_delete
from django.utils import timezone
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from polymorphic.managers import PolymorphicManager
from polymorphic.models import PolymorphicModel
from polymorphic.query import PolymorphicQuerySet

from integrity_common.languages import language_choices

from ..storage import get_pdf_storage
from .code import CodeVersion

# Crockford's base32 without the letters people confuse (I, L, O, U): easy to type from a
# printed page. 16 characters carry 80 random bits: unguessable.
CODE_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"


def display_code(code):
    """A verification code as printed: in groups of four."""
    return "-".join(code[i : i + 4] for i in range(0, len(code), 4))


def new_verification_code():
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(16))


class Kind(models.TextChoices):
    SIGNATURE = "signature", _("Signature for agreement")
    RECEIPT = "receipt", _("Receipt for information")
    PARTNER = "partner", _("Partner acknowledgement")


STATUS_LABELS = {
    "valid": _("Valid"),
    "superseded": _("Superseded"),
    "revoked": _("Revoked"),
}


class AcknowledgementIsFinal(Exception):
    """An issued acknowledgement is never edited nor deleted, by anyone: it is what the
    person acknowledged, and its PDF and verification code say so publicly. Corrections go
    through revoking and re-issuing (issuing.revoke, issuing.reissue); only the retention
    purge (retention.purge_acknowledgements) deletes, once the retention period is over."""


# What may change once issued: the revocation, and the officer's note (its history keeps
# every change, see viewsets.acknowledgements.NoteView).
MUTABLE_FIELDS = frozenset({"revoked_at", "revocation_reason", "recorded_note"})

_deletion_allowed = ContextVar("certificates_deletion_allowed", default=False)


@contextmanager
def deletion_allowed():
    """Lets the retention purge past the deletion guard; nothing else may use it."""
    token = _deletion_allowed.set(True)
    try:
        yield
    finally:
        _deletion_allowed.reset(token)


def refuse_deletion(acknowledgement=None):
    if not _deletion_allowed.get():
        code = f" {acknowledgement.verification_code}" if acknowledgement else ""
        raise AcknowledgementIsFinal(
            f"Acknowledgement{code} is issued and cannot be deleted: revoke it instead."
        )


class AcknowledgementQuerySet(PolymorphicQuerySet):
    def delete(self):
        refuse_deletion()  # before Django's collector starts, so no transaction is spoilt
        return super().delete()


class Acknowledgement(PolymorphicModel):
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        related_name="code_acknowledgements",
        verbose_name=_("person"),
    )
    version = models.ForeignKey(
        CodeVersion,
        on_delete=models.PROTECT,
        related_name="acknowledgements",
        verbose_name=_("version of the code"),
    )
    language = models.CharField(_("language"), max_length=8, choices=language_choices)
    text_checksum = models.CharField(
        _("SHA-256 of the code's text"),
        max_length=64,
        help_text=_("Of the version's text in this language, as it was shown."),
    )
    statement = models.TextField(_("statement as acknowledged"))
    full_name = models.CharField(_("full name"), max_length=200)
    shown_at = models.DateTimeField(_("code shown at"), null=True, blank=True)
    issued_at = models.DateTimeField(_("issued at"), default=timezone.now)
    acknowledged_on = models.DateField(
        _("acknowledged on"),
        default=timezone.localdate,
        help_text=_(
            "The day the person acknowledged the code: the day of issue, or for one recorded "
            "on their behalf, the day on the paper."
        ),
    )
    # Which due period it answers (see adapter.Due): the host's key, "" for once per version.
    period = models.CharField(_("due period"), max_length=40, blank=True, default="")
    verification_code = models.CharField(
        _("verification code"), max_length=16, unique=True, default=new_verification_code
    )
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("recorded on their behalf by"),
    )
    recorded_note = models.TextField(
        _("how it was obtained"),
        blank=True,
        help_text=_("When recorded on someone's behalf: on paper, by email, at a meeting…"),
    )
    officer_reason = models.TextField(
        _("reason for these details"),
        blank=True,
        help_text=_(
            "Why the integrity officer issued it in other details than the person's record, "
            "or re-issued it."
        ),
    )
    replaces = models.OneToOneField(
        "self",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="replaced_by",
        verbose_name=_("re-issue of"),
    )
    pdf = models.FileField(
        _("PDF"), upload_to="acknowledgements/%Y/", storage=get_pdf_storage, blank=True
    )
    pdf_sha256 = models.CharField(_("SHA-256 of the PDF"), max_length=64, blank=True)
    revoked_at = models.DateTimeField(_("revoked at"), null=True, blank=True)
    revocation_reason = models.TextField(_("reason for revoking"), blank=True)

    kind = None  # each concrete kind names itself

    objects = PolymorphicManager.from_queryset(AcknowledgementQuerySet)()

    class Meta:
        verbose_name = _("acknowledgement")
        verbose_name_plural = _("acknowledgements")
        ordering = ["-issued_at"]
        constraints = [
            # Double submission creates one acknowledgement: the database says so too. A new
            # due period (a review year, a work visit) asks for a new one of the same version.
            models.UniqueConstraint(
                fields=["user", "version", "period"],
                condition=Q(revoked_at__isnull=True),
                name="one_standing_acknowledgement_per_period",
            )
        ]

    def __str__(self):
        return f"{self.full_name} · {self.version} · {self.get_language_display()}"

    def save(self, *args, **kwargs):
        if not self._state.adding:
            changed = kwargs.get("update_fields")
            if changed is None or not set(changed) <= MUTABLE_FIELDS:
                raise AcknowledgementIsFinal(
                    f"Acknowledgement {self.verification_code} is issued: only "
                    f"{', '.join(sorted(MUTABLE_FIELDS))} may change (name them in "
                    "update_fields); revoke and re-issue it to correct it."
                )
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        refuse_deletion(self)
        return super().delete(*args, **kwargs)

    @property
    def status_display(self):
        """The status annotated by admin lists (see certificates.queries.status_of)."""
        return STATUS_LABELS.get(getattr(self, "status", ""), "")

    @property
    def kind_label(self):
        return capfirst(self.get_real_instance_class()._meta.verbose_name)

    @property
    def display_code(self):
        return display_code(self.verification_code)


class Signature(Acknowledgement):
    """Team members and municipal officials sign the code for agreement."""

    employer = models.CharField(_("employer"), max_length=200)
    place = models.CharField(_("place"), max_length=120)
    signed_on = models.DateField(_("date"), default=timezone.localdate)
    typed_signature = models.CharField(_("signature (typed name)"), max_length=200)
    drawn_signature = models.TextField(
        _("drawn signature"), blank=True, help_text=_("SVG path data; optional.")
    )

    kind = Kind.SIGNATURE

    class Meta:
        verbose_name = _("signature for agreement")
        verbose_name_plural = _("signatures for agreement")


class Receipt(Acknowledgement):
    """Delegation members on a work visit acknowledge the code as received and read."""

    visit = models.CharField(_("work visit"), max_length=200)
    visit_start = models.DateField(_("visit from"))
    visit_end = models.DateField(_("visit until"))

    kind = Kind.RECEIPT

    class Meta:
        verbose_name = _("receipt for information")
        verbose_name_plural = _("receipts for information")


class PartnerAcknowledgement(Acknowledgement):
    """A representative takes note on behalf of a partner organisation."""

    class Commitment(models.TextChoices):
        # The partnership clause of the integrity policy: partners take note of this code
        # and, where applicable, share their own ethics code or develop one.
        SHARE_OWN = "share_own", _("to share its own ethics code")
        DEVELOP = "develop", _("to develop its own ethics code")
        # No longer offered (the policy asks partners to share their own code): kept so that
        # acknowledgements made with it still say what was committed to.
        SHARE = "share", _("to share this code within the organisation")

    organisation = models.CharField(_("partner organisation"), max_length=200)
    commitment = models.CharField(_("commitment"), max_length=10, choices=Commitment.choices)

    kind = Kind.PARTNER

    class Meta:
        verbose_name = _("partner acknowledgement")
        verbose_name_plural = _("partner acknowledgements")


def _refuse_collected_deletion(sender, instance, **kwargs):
    # Any other way of deleting (a manager without the guard, a cascade) still goes through
    # Django's deletion collector, which asks here first. On PostgreSQL a trigger also
    # refuses deletions that bypass the ORM altogether (migration 0004).
    refuse_deletion(instance)


for _model in (Acknowledgement, Signature, Receipt, PartnerAcknowledgement):
    pre_delete.connect(_refuse_collected_deletion, sender=_model, dispatch_uid=f"final_{_model}")
