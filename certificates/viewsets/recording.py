"""The integrity officer records an acknowledgement on someone's behalf (signed on paper,
by email, at a meeting) or re-issues one with corrected details. Both produce a signed
PDF, an entry in the history and the person's copy by email, like signing online.

These are the only ways to issue in other details than the person's record (a member who
signs online signs in the name on record): the officer gives the reason, which is kept with
the acknowledgement and shown in its history."""

from django import forms
from django.conf import settings
from django.contrib import messages
from django.contrib.auth import get_user_model
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.views.generic.permissions import PermissionCheckedMixin

from ..adapter import get_adapter
from ..forms import ON_BEHALF_FORMS, REISSUE_FORMS
from ..issuing import issue_from_form, reissue
from ..models import Acknowledgement, Kind
from ..versions import is_current, text_in_force


class FindPersonForm(forms.Form):
    email = forms.EmailField(label=_("Email address of the person"))
    kind = forms.ChoiceField(
        label=_("Kind"), required=False, choices=[("", _("As their role says"))] + Kind.choices
    )
    language = forms.ChoiceField(
        label=_("Language of the acknowledgement"),
        required=False,
        choices=[("", _("Their preferred language"))] + list(settings.LANGUAGES),
    )

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user

    def clean_email(self):
        email_field = get_user_model().EMAIL_FIELD
        person = (
            get_adapter()
            .people_visible_to(self.user)
            .filter(**{f"{email_field}__iexact": self.cleaned_data["email"]})
            .first()
        )
        if person is None:
            raise forms.ValidationError(_("Nobody you manage has this email address."))
        self.person = person
        return self.cleaned_data["email"]

    def chosen(self):
        """The person, the kind and the language they acknowledged in."""
        adapter = get_adapter()
        kind = self.cleaned_data["kind"] or adapter.kind_for(self.person)
        language = self.cleaned_data["language"] or adapter.language_of(self.person)
        return self.person, kind, language


def can_be_reissued(acknowledgement):
    """Only within a version still in force: for a superseded one, the person acknowledges
    the new version instead."""
    return is_current(acknowledgement.version_id, acknowledgement.language)


class OnBehalfView(PermissionCheckedMixin, WagtailAdminTemplateMixin, TemplateView):
    model = Acknowledgement
    template_name = "certificates/admin/on_behalf.html"
    header_icon = "doc-full-inverse"

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [
            {"url": reverse("acknowledgements:index"), "label": _("Acknowledgements")},
            {"url": "", "label": self.get_page_title()},
        ]

    def issued(self, acknowledgement, created):
        if not created:
            messages.error(
                self.request,
                _(
                    "%(name)s already holds an acknowledgement of this version for that "
                    "period (%(code)s); nothing was issued."
                )
                % {"name": acknowledgement.full_name, "code": acknowledgement.display_code},
            )
            return redirect("acknowledgements:index")
        messages.success(
            self.request,
            _("Acknowledgement %(code)s issued for %(name)s; they receive a copy by email.")
            % {"code": acknowledgement.display_code, "name": acknowledgement.full_name},
        )
        return redirect("acknowledgements:inspect", acknowledgement.pk)


class RecordView(OnBehalfView):
    """Two steps on one page: find the person (a GET form, so the step survives a reload),
    then fill in the acknowledgement of the kind that fits them."""

    permission_required = "add"
    page_title = _("Record an acknowledgement")

    def get_context_data(self, form=None, **kwargs):
        finder = FindPersonForm(self.request.GET or None, user=self.request.user)
        context = super().get_context_data(finder=finder, **kwargs)
        if finder.is_valid():
            person, kind, language = finder.chosen()
            text = text_in_force(language)
            if text is None:
                finder.add_error(
                    None, _("No version of the code is published in this language yet.")
                )
                return context
            on_record = get_adapter().details_on_record(person)
            form = form or ON_BEHALF_FORMS[kind](initial=on_record, person_on_record=on_record)
            context.update(form=form, person=person, text=text, language=language)
        return context

    def post(self, request, *args, **kwargs):
        context = self.get_context_data()
        if "person" not in context:
            return self.render_to_response(context)
        form = type(context["form"])(
            request.POST, person_on_record=context["form"].person_on_record
        )
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(form=form))
        # The version in force on the day it was acknowledged, in that language.
        day = form.cleaned_data["acknowledged_on"]
        text = text_in_force(context["language"], on=day)
        if text is None:
            form.add_error(
                "acknowledged_on",
                _("No version of the code was in force in this language on that day."),
            )
            return self.render_to_response(self.get_context_data(form=form))
        person = context["person"]
        return self.issued(
            *issue_from_form(
                form,
                user=person,
                text=text,
                period=get_adapter().period_on(person, day),
                recorded_by=request.user,
                recorded_note=form.cleaned_data["recorded_note"],
                officer_reason=form.cleaned_data["officer_reason"],
            )
        )


class ReissueView(OnBehalfView):
    """A new acknowledgement with corrected details replaces one (see can_be_reissued)."""

    permission_required = "change"
    page_title = _("Re-issue an acknowledgement")

    @cached_property
    def original(self):
        acknowledgement = get_object_or_404(Acknowledgement, pk=self.kwargs["pk"])
        if not can_be_reissued(acknowledgement):
            raise Http404
        return acknowledgement.get_real_instance()

    def get_page_subtitle(self):
        return str(self.original)

    def form(self, data=None):
        """The original's details, to correct."""
        form_class = REISSUE_FORMS[self.original.kind]
        initial = {
            name: getattr(self.original, name)
            for name in form_class.base_fields
            if hasattr(self.original, name)
        }
        initial["officer_reason"] = ""
        return form_class(
            data,
            initial=initial,
            person_on_record=get_adapter().details_on_record(self.original.user),
        )

    def get_context_data(self, form=None, **kwargs):
        return super().get_context_data(
            form=form or self.form(), person=self.original.user, original=self.original, **kwargs
        )

    def post(self, request, *args, **kwargs):
        form = self.form(request.POST)
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(form=form))
        return self.issued(
            *reissue(
                self.original, form, user=request.user, reason=form.cleaned_data["officer_reason"]
            )
        )
