"""When people leave, the record that someone was erased, and the privacy notice page."""

import secrets

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from integrity_platform.home.models import ContentPage

# No 0/O, 1/I/L: a pseudonym is read aloud and typed when someone asks about an erasure.
PSEUDONYM_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"


# Only the integrity officer holds it (people/roles.py), and administrators.
ERASE_PERMISSION = "privacy.erase_person"


def new_pseudonym():
    return "erased-" + "".join(secrets.choice(PSEUDONYM_ALPHABET) for _ in range(10))


class Departure(models.Model):
    """The day a person left the programme (their membership made inactive, or erased):
    every retention period after leaving counts from it. Made active again, the person
    has not left, and the departure goes."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="departure",
        verbose_name=_("person"),
    )
    left_on = models.DateField(_("left on"), default=timezone.localdate)

    class Meta:
        verbose_name = _("departure")
        verbose_name_plural = _("departures")

    def __str__(self):
        return f"{self.user_id} · {self.left_on}"


class Erasure(models.Model):
    """That a person's data was erased: who did it, when and why, under a pseudonym. It
    holds no personal data; `account` is the pseudonymised account that keeps the signed
    acknowledgements until their retention period ends."""

    class Cause(models.TextChoices):
        REQUEST = "request", _("Erased by the integrity officer")
        RETENTION = "retention", _("Retention period after leaving ended")

    pseudonym = models.CharField(_("pseudonym"), max_length=40, unique=True)
    account = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="erasure",
        verbose_name=_("pseudonymised account"),
    )
    erased_at = models.DateTimeField(_("erased at"), default=timezone.now)
    erased_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("erased by"),
    )
    cause = models.CharField(_("cause"), max_length=12, choices=Cause.choices)
    reason = models.TextField(_("reason"), blank=True)

    class Meta:
        verbose_name = _("erasure")
        verbose_name_plural = _("erasures")
        ordering = ["-erased_at"]
        permissions = [("erase_person", _("Can erase a person's personal data"))]

    def __str__(self):
        return self.pseudonym


class PrivacyNoticePage(ContentPage):
    """The privacy notice. Its section on how long data is kept is written from the
    retention settings, so the notice stays true when they change."""

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("privacy notice")

    def get_context(self, request, *args, **kwargs):
        from .retention import periods

        context = super().get_context(request, *args, **kwargs)
        context["retention"] = periods()
        return context
