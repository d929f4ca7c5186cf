"""Recording a work visit: its details, and its delegates chosen among the organisation's
members or invited by email."""

import re

from django import forms
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm

from integrity_platform.people.scoping import organisations_managed_by

from .delegation import add_delegates, invite_delegate, remove_delegates, usual_language
from .models import WorkVisit
from .scoping import delegate_choices

MAX_INVITATIONS = 100


def parse_invitations(text):
    """One person per line: an email address, and optionally their name before or after it
    ("An Peeters <an@example.org>", "an@example.org, An Peeters"). Returns a list of
    (email, first name, last name), each address once; raises ValidationError naming every
    line that is not one address."""
    entries, errors, seen = [], [], set()
    lines = [(n, line.strip()) for n, line in enumerate(text.splitlines(), 1) if line.strip()]
    if len(lines) > MAX_INVITATIONS:
        raise ValidationError(
            _("At most %(max)s people at a time, one per line."), params={"max": MAX_INVITATIONS}
        )
    for number, line in lines:
        tokens = [t.strip("\"'") for t in re.split(r"[\s,;<>]+", line) if t.strip("\"'")]
        addresses = [t for t in tokens if "@" in t]
        try:
            if len(addresses) != 1:
                raise ValidationError("")
            validate_email(addresses[0])
        except ValidationError:
            errors.append(
                ValidationError(
                    _("Line %(line)s: “%(value)s” is not one email address."),
                    params={"line": number, "value": line},
                )
            )
            continue
        email = addresses[0].lower()
        if email in seen:
            continue
        seen.add(email)
        first, _space, last = " ".join(t for t in tokens if "@" not in t).partition(" ")
        entries.append((email, first[:150], last[:150]))
    if errors:
        raise ValidationError(errors)
    return entries


class WorkVisitForm(WagtailAdminModelForm):
    delegates = forms.ModelMultipleChoiceField(
        label=_("Delegates"),
        queryset=None,
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_(
            "Active members of the organisation. Each new delegate receives an email with a "
            "link to take note of the ethics code for this visit."
        ),
    )
    invite = forms.CharField(
        label=_("Invite by email"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 4, "autocomplete": "off", "spellcheck": "false"}),
        help_text=_(
            "One person per line: their email address, and their name if you like "
            "(“an.peeters@example.org An Peeters”). Members of the organisation are added as "
            "delegates; anyone else is invited to the platform as a delegation member."
        ),
    )
    invite_language = forms.ChoiceField(
        label=_("Language of the invitations"),
        required=False,
        choices=[("", _("The language most members of the organisation read"))]
        + list(settings.LANGUAGES),
        help_text=_("For people invited by email who have no account yet."),
    )

    class Meta:
        model = WorkVisit
        fields = ["organisation", "name", "destination", "starts_on", "ends_on"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        organisations = organisations_managed_by(self.for_user)
        self.fields["organisation"].queryset = organisations
        if self.instance.pk:
            # The delegation belongs to the organisation that sends it: to change it,
            # record the visit again for the right organisation.
            self.fields["organisation"].disabled = True
            self.fields["organisation"].help_text = _(
                "A recorded visit stays with its organisation."
            )
        organisation = self.chosen_organisation(organisations)
        if organisation is None:
            # Someone who manages many organisations chooses one first; the delegates of a
            # visit are chosen on its edit page (or added by email here).
            del self.fields["delegates"]
            after = _("After saving, choose among the organisation's members on the edit page.")
            self.fields["invite"].help_text = f"{self.fields['invite'].help_text} {after}"
        else:
            if not self.instance.pk:
                self.initial.setdefault("organisation", organisation.pk)
            self.fields["delegates"].queryset = delegate_choices(organisation)
            if self.instance.pk:
                self.initial["delegates"] = [d.member_id for d in self.instance.delegates.all()]

    def chosen_organisation(self, organisations):
        if self.instance.pk:
            return self.instance.organisation
        if self.is_bound:
            value = self.data.get(self.add_prefix("organisation"))
            if value and str(value).isdigit():
                return organisations.filter(pk=value).first()
            return None
        managed = list(organisations[:2])
        return managed[0] if len(managed) == 1 else None

    def clean_invite(self):
        return parse_invitations(self.cleaned_data.get("invite", ""))

    def clean(self):
        cleaned = super().clean()
        organisation = cleaned.get("organisation")
        entries = cleaned.get("invite") or []
        cleaned["members_by_email"], cleaned["newcomers"] = [], []
        if organisation is None or not entries:
            return cleaned
        emails = [email for email, _first, _last in entries]
        query = Q()
        for email in emails:
            query |= Q(email__iexact=email)
        users = {
            user.email.lower(): user
            for user in get_user_model().objects.filter(query).select_related("member")
        }
        errors = []
        for email, first, last in entries:
            user = users.get(email)
            if user is None:
                cleaned["newcomers"].append((email, first, last))
                continue
            member = getattr(user, "member", None)
            if member is None or member.organisation_id != organisation.pk:
                errors.append(
                    _(
                        "%(email)s already has an account outside %(organisation)s. Only "
                        "members of the organisation join its delegation."
                    )
                    % {"email": email, "organisation": organisation.name}
                )
            elif not member.is_active:
                errors.append(
                    _("%(email)s is no longer active. Make them active again under Members.")
                    % {"email": email}
                )
            else:
                cleaned["members_by_email"].append(member)
        if errors:
            self.add_error("invite", errors)
        return cleaned

    def save(self, commit=True):
        visit = super().save(commit=False)
        creating = visit.pk is None
        if creating:
            visit.created_by = self.for_user
        visit.save()
        members = list(self.cleaned_data.get("delegates") or []) + list(
            self.cleaned_data["members_by_email"]
        )
        if "delegates" in self.fields and not creating:
            remove_delegates(visit, keep=members)
        newcomers = self.cleaned_data["newcomers"]
        if newcomers:
            language = self.cleaned_data.get("invite_language") or usual_language(
                visit.organisation
            )
            for email, first, last in newcomers:
                members.append(
                    invite_delegate(
                        email=email,
                        first_name=first,
                        last_name=last,
                        organisation=visit.organisation,
                        language=language,
                        invited_by=self.for_user,
                    )
                )
        self.added = add_delegates(visit, members)
        return visit
