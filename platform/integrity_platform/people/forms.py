from django import forms
from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm

from .invitations import invite_member, send_invitation
from .models import Member
from .scoping import organisations_managed_by


class ScopedOrganisationMixin:
    """Only offer the organisations the editing user manages."""

    def limit_organisations(self):
        self.fields["organisation"].queryset = organisations_managed_by(self.for_user)


class MemberInviteForm(ScopedOrganisationMixin, WagtailAdminModelForm):
    email = forms.EmailField(label=_("Email address"))
    first_name = forms.CharField(label=_("First name"), max_length=150)
    last_name = forms.CharField(label=_("Last name"), max_length=150)
    preferred_language = forms.ChoiceField(
        label=_("Language"),
        choices=settings.LANGUAGES,
        help_text=_("The invitation is written in this language."),
    )

    class Meta:
        model = Member
        fields = ["organisation", "programme_role", "start_date"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.limit_organisations()

    def clean_email(self):
        email = self.cleaned_data["email"].lower()
        if get_user_model().objects.filter(email__iexact=email).exists():
            raise forms.ValidationError(
                _("Someone with this email address already has an account.")
            )
        return email

    def save(self, commit=True):
        self.instance = invite_member(
            email=self.cleaned_data["email"],
            first_name=self.cleaned_data["first_name"],
            last_name=self.cleaned_data["last_name"],
            organisation=self.cleaned_data["organisation"],
            programme_role=self.cleaned_data["programme_role"],
            language=self.cleaned_data["preferred_language"],
            start_date=self.cleaned_data["start_date"],
            invited_by=self.for_user,
        )
        return self.instance


class MemberEditForm(ScopedOrganisationMixin, WagtailAdminModelForm):
    resend_invitation = forms.BooleanField(
        label=_("Send the invitation again"),
        required=False,
        help_text=_("For someone whose link expired before they chose a password."),
    )

    class Meta:
        model = Member
        fields = ["organisation", "programme_role", "start_date", "is_active"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.limit_organisations()
        if self.instance.user.has_usable_password():
            del self.fields["resend_invitation"]

    def save(self, commit=True):
        member = super().save(commit)
        if self.cleaned_data.get("resend_invitation"):
            transaction.on_commit(lambda: send_invitation(member))
        return member


class MemberImportForm(forms.Form):
    file = forms.FileField(
        label=_("CSV file"),
        help_text=_(
            "One member per line, with the columns email, name, organisation, role and "
            "language. Save from a spreadsheet as “CSV UTF-8”."
        ),
    )

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if upload.size > settings.PEOPLE_IMPORT_MAX_BYTES:
            raise forms.ValidationError(
                _("The file is larger than %(size)s MB.")
                % {"size": settings.PEOPLE_IMPORT_MAX_BYTES // (1024 * 1024)}
            )
        return upload
