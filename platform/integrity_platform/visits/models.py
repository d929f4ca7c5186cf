"""Work visits abroad and their delegation members.

The ethics code asks every member of a delegation to take note of it for the visit ("ter
kennisname"). A visit is the due period of those receipts: the certificates plugin keeps
one standing receipt per person, version of the code and period, and the period of a
visit is `visit.period` ("visit-12"). The receipt itself, with the visit's name and dates
frozen in it, lives in the plugin; here is only who was asked, when, and reminded.
"""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import F, Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from integrity_platform.people.models import Member, Organisation

PERIOD_PREFIX = "visit-"
ENDS_BEFORE_START = _("The last day cannot be before the first day.")


class WorkVisit(models.Model):
    organisation = models.ForeignKey(
        Organisation,
        on_delete=models.PROTECT,
        related_name="work_visits",
        verbose_name=_("organisation"),
        help_text=_("The organisation that sends the delegation."),
    )
    # Name and destination together fit the receipt's 200 characters ("name – destination").
    name = models.CharField(
        _("name"),
        max_length=120,
        help_text=_("What the delegation calls the visit, e.g. “Twinning visit 2026”."),
    )
    destination = models.CharField(
        _("destination"),
        max_length=75,
        help_text=_("Place and country, e.g. “Koudoubé, Burkina Faso”."),
    )
    starts_on = models.DateField(_("first day"))
    ends_on = models.DateField(_("last day"))
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        editable=False,
        related_name="+",
        verbose_name=_("recorded by"),
    )
    created_at = models.DateTimeField(_("recorded at"), default=timezone.now, editable=False)

    class Meta:
        verbose_name = _("work visit")
        verbose_name_plural = _("work visits")
        ordering = ["-starts_on", "-pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(ends_on__gte=F("starts_on")),
                name="visit_ends_on_or_after_its_start",
                violation_error_message=ENDS_BEFORE_START,
            )
        ]

    def __str__(self):
        return f"{self.name} – {self.destination}"

    def clean(self):
        super().clean()
        if self.starts_on and self.ends_on and self.ends_on < self.starts_on:
            raise ValidationError({"ends_on": ENDS_BEFORE_START})

    @property
    def period(self):
        """The due period of its delegates' receipts (see certificates.adapter.Due)."""
        return f"{PERIOD_PREFIX}{self.pk}"

    @property
    def receipt_title(self):
        """The visit as its receipts name it (certificates' Receipt.visit)."""
        return str(self)


class Delegate(models.Model):
    """A member of the organisation travelling with the delegation."""

    visit = models.ForeignKey(
        WorkVisit,
        on_delete=models.CASCADE,
        related_name="delegates",
        verbose_name=_("work visit"),
    )
    member = models.ForeignKey(
        Member,
        on_delete=models.CASCADE,
        related_name="delegations",
        verbose_name=_("member"),
    )
    invited_at = models.DateTimeField(_("asked to take note at"), default=timezone.now)
    reminded_at = models.DateTimeField(_("last reminded at"), null=True, blank=True)

    class Meta:
        verbose_name = _("delegate")
        verbose_name_plural = _("delegates")
        ordering = ["member__user__last_name", "member__user__first_name", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["visit", "member"], name="one_delegate_per_member")
        ]

    def __str__(self):
        return str(self.member)
