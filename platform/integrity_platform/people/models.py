"""Organisations taking part in the programme, and the people in them."""

import re

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField

DOMAIN = re.compile(r"(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}")


def sign_in_provider_choices():
    # Read when the form is built: the providers come from the environment (OIDC_PROVIDERS).
    apps = settings.SOCIALACCOUNT_PROVIDERS.get("organisation", {}).get("APPS", [])
    return [(app["provider_id"], app["name"]) for app in apps]


class Organisation(models.Model):
    class Kind(models.TextChoices):
        INTERNATIONAL_TEAM = "international_team", _("The association's international team")
        FLEMISH_MUNICIPALITY = "flemish_municipality", _("Flemish municipality")
        PARTNER_MUNICIPALITY = "partner_municipality", _("Partner municipality abroad")
        PARTNER_ORGANISATION = "partner_organisation", _("Partner organisation")

    name = models.CharField(_("name"), max_length=200, unique=True)
    kind = models.CharField(_("kind"), max_length=32, choices=Kind.choices)
    country = CountryField(_("country"))
    # Single sign-on (accounts/sso): the organisation's own identity provider speaks for
    # the addresses in its domains, and for no others.
    email_domains = models.CharField(
        _("email domains"),
        max_length=500,
        blank=True,
        help_text=_("Separated by commas, e.g. lindenhove.be, ocmw-lindenhove.be"),
    )
    sign_in_provider = models.CharField(
        _("sign-in provider"),
        max_length=64,
        blank=True,
        choices=sign_in_provider_choices,
        help_text=_(
            "The organisation's own account service. Members with an address in the "
            "domains above can sign in with it."
        ),
    )

    class Meta:
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")
        ordering = ["name"]

    def __str__(self):
        return self.name

    @property
    def domains(self):
        return [d.strip().lower() for d in self.email_domains.split(",") if d.strip()]

    def clean(self):
        super().clean()
        for domain in self.domains:
            if not DOMAIN.fullmatch(domain):
                raise ValidationError(
                    {"email_domains": _("“%(domain)s” is not a domain name.") % {"domain": domain}}
                )
        self.email_domains = ", ".join(self.domains)
        others = Organisation.objects.exclude(pk=self.pk).exclude(email_domains="")
        for other in others:
            shared = set(self.domains) & set(other.domains)
            if shared:
                raise ValidationError(
                    {
                        "email_domains": _("%(domain)s already belongs to %(organisation)s.")
                        % {"domain": ", ".join(sorted(shared)), "organisation": other.name}
                    }
                )


class Member(models.Model):
    """A person's place in the programme: which organisation, in what role, since when."""

    class ProgrammeRole(models.TextChoices):
        TEAM_MEMBER = "team_member", _("Team member")
        MUNICIPAL_OFFICIAL = "municipal_official", _("Municipal official")
        DELEGATION_MEMBER = "delegation_member", _("Delegation member")
        PARTNER_REPRESENTATIVE = "partner_representative", _("Partner representative")

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="member",
        verbose_name=_("user"),
    )
    organisation = models.ForeignKey(
        Organisation,
        on_delete=models.PROTECT,
        related_name="members",
        verbose_name=_("organisation"),
    )
    programme_role = models.CharField(
        _("role in the programme"), max_length=32, choices=ProgrammeRole.choices
    )
    start_date = models.DateField(_("start date"), default=timezone.localdate)
    is_active = models.BooleanField(
        _("active"),
        default=True,
        help_text=_("An inactive member can no longer sign in; everything they did is kept."),
    )
    # The member's own choice (their profile, or the link in every reminder); it does not
    # excuse them from the review, which their coordinator's digest still lists.
    review_reminders = models.BooleanField(
        _("review reminders by email"),
        default=True,
        help_text=_("Emails that remind you of what is left in this year's review."),
    )
    invited_at = models.DateTimeField(_("invited at"), null=True, blank=True, editable=False)
    invited_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        editable=False,
        related_name="+",
        verbose_name=_("invited by"),
    )

    class Meta:
        verbose_name = _("member")
        verbose_name_plural = _("members")
        ordering = ["user__last_name", "user__first_name"]
        permissions = [
            ("manage_all_members", _("Can manage the members of every organisation")),
        ]

    def __str__(self):
        return str(self.user)

    def save(self, *args, **kwargs):
        super().save(*args, **kwargs)
        # The member's flag decides whether the account may sign in; one place to flip it.
        if self.user.is_active != self.is_active:
            self.user.is_active = self.is_active
            self.user.save(update_fields=["is_active"])

    @property
    def email(self):
        return self.user.email


class ImportJob(models.Model):
    """A confirmed CSV import, run in the background; its progress page reads this row.

    One per preview (`token` is unique), so a second click on "confirm" finds the first
    job instead of starting another."""

    class Status(models.TextChoices):
        QUEUED = "queued", _("Waiting to start")
        IMPORTING = "importing", _("Importing")
        INVITING = "inviting", _("Sending invitations")
        DONE = "done", _("Done")
        FAILED = "failed", _("Failed")

    token = models.CharField(max_length=32, unique=True, editable=False)
    started_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
        verbose_name=_("started by"),
    )
    # Where a coordinator may see the job: the one organisation of its rows (none: several).
    organisation = models.ForeignKey(
        Organisation,
        on_delete=models.CASCADE,
        null=True,
        related_name="+",
        verbose_name=_("organisation"),
    )
    content = models.TextField(_("file content"))
    # The lines the preview promised to invite: the import stops if they are not the same.
    planned_lines = models.JSONField(default=list)
    # The language of the person who started it, for the messages the worker writes.
    language = models.CharField(max_length=8)
    status = models.CharField(
        _("status"), max_length=16, choices=Status.choices, default=Status.QUEUED
    )
    total = models.PositiveIntegerField(_("members to invite"), default=0)
    skipped = models.PositiveIntegerField(_("lines skipped"), default=0)
    imported = models.PositiveIntegerField(_("members imported"), default=0)
    invited = models.PositiveIntegerField(_("invitations queued"), default=0)
    error = models.TextField(_("error"), blank=True)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    finished_at = models.DateTimeField(_("finished at"), null=True, blank=True)

    class Meta:
        verbose_name = _("member import")
        verbose_name_plural = _("member imports")

    def __str__(self):
        return f"{self.get_status_display()} ({self.created_at:%Y-%m-%d %H:%M})"

    @property
    def finished(self):
        return self.status in (self.Status.DONE, self.Status.FAILED)
