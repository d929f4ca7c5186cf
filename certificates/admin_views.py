"""The integrity officer's list of acknowledgements: filters, CSV/XLSX export, the PDFs of
a selection as a ZIP; revoking, re-issuing and recording one on someone's behalf."""

import zipfile
from tempfile import SpooledTemporaryFile

import django_filters
from django import forms
from django.contrib import messages
from django.contrib.contenttypes.models import ContentType
from django.db.models import Case, CharField, Value, When
from django.http import FileResponse
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from django.views.generic import FormView
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column
from wagtail.admin.views import generic
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.views.generic.permissions import PermissionCheckedMixin
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets.button import Button

from .adapter import get_adapter
from .admin_recording import RecordView, ReissueView, can_be_reissued
from .issuing import revoke
from .models import Acknowledgement, CodeVersion, PartnerAcknowledgement, Receipt, Signature
from .models.acknowledgements import STATUS_LABELS
from .versions import current_filter

KIND_MODELS = (Signature, Receipt, PartnerAcknowledgement)


def kind_choices():
    return [
        (ContentType.objects.get_for_model(model).pk, model._meta.verbose_name)
        for model in KIND_MODELS
    ]


class AcknowledgementFilterSet(WagtailFilterSet):
    kind = django_filters.ChoiceFilter(
        label=_("Kind"), field_name="polymorphic_ctype_id", choices=kind_choices
    )
    version = django_filters.ModelChoiceFilter(
        label=_("Version of the code"), queryset=CodeVersion.objects.all()
    )
    status = django_filters.ChoiceFilter(
        label=_("Status"),
        choices=list(STATUS_LABELS.items()),
    )
    organisation = django_filters.ChoiceFilter(
        label=_("Organisation"), method="filter_organisation"
    )

    class Meta:
        model = Acknowledgement
        fields = ["language"]

    def __init__(self, *args, request=None, **kwargs):
        super().__init__(*args, request=request, **kwargs)
        choices = get_adapter().organisation_choices(request.user) if request else []
        if choices:
            self.filters["organisation"].extra["choices"] = [(str(k), v) for k, v in choices]
        else:
            del self.filters["organisation"]

    def filter_organisation(self, queryset, name, value):
        return get_adapter().filter_organisation(queryset, "user", value)


# Enough for an organisation's year; larger selections are narrowed with the filters.
ZIP_LIMIT = 500


class AcknowledgementIndexView(generic.IndexView):
    page_title = _("Acknowledgements")
    add_item_label = _("Record an acknowledgement")

    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        self.is_zip = request.GET.get("download") == "zip"

    def get_paginate_by(self, queryset):
        return None if self.is_zip else super().get_paginate_by(queryset)

    @cached_property
    def header_more_buttons(self):
        query = self.request.GET.copy()
        query.pop("p", None)
        query["download"] = "zip"
        url = f"{reverse('acknowledgements:index')}?{query.urlencode()}"
        label = _("Download these PDFs (ZIP)")
        return [*super().header_more_buttons, Button(label, url=url, icon_name="download")]

    def render_to_response(self, context, **response_kwargs):
        if self.is_zip:
            return self.as_zip(context["object_list"])
        return super().render_to_response(context, **response_kwargs)

    def as_zip(self, acknowledgements):
        """The stored, signed PDFs of the filtered list, exactly as issued."""
        count = acknowledgements.count()
        if count > ZIP_LIMIT:
            messages.error(
                self.request,
                ngettext(
                    "%(count)s acknowledgements: narrow the selection to at most %(limit)s.",
                    "%(count)s acknowledgements: narrow the selection to at most %(limit)s.",
                    count,
                )
                % {"count": count, "limit": ZIP_LIMIT},
            )
            query = self.request.GET.copy()
            query.pop("download")
            return redirect(f"{reverse('acknowledgements:index')}?{query.urlencode()}")
        archive = SpooledTemporaryFile(max_size=16 * 1024 * 1024)
        with zipfile.ZipFile(archive, "w", zipfile.ZIP_STORED) as bundle:  # PDFs are compressed
            for acknowledgement in acknowledgements:
                if acknowledgement.pdf:
                    with acknowledgement.pdf.open("rb") as pdf:
                        bundle.writestr(f"{acknowledgement.display_code}.pdf", pdf.read())
        archive.seek(0)
        return FileResponse(archive, as_attachment=True, filename="acknowledgements.zip")

    def get_base_queryset(self):
        # The status is computed in the database so that it can be filtered and sorted on.
        queryset = (
            Acknowledgement.objects.non_polymorphic()
            .select_related("version", "polymorphic_ctype")
            .annotate(
                status=Case(
                    When(revoked_at__isnull=False, then=Value("revoked")),
                    When(current_filter(), then=Value("valid")),
                    default=Value("superseded"),
                    output_field=CharField(),
                )
            )
        )
        return get_adapter().annotate_organisation(queryset, "user")


class RevokeForm(forms.Form):
    reason = forms.CharField(
        label=_("Reason"),
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Kept in the history; the public verification page shows only the date."),
    )


class RevokeView(PermissionCheckedMixin, WagtailAdminTemplateMixin, FormView):
    """The integrity officer revokes an acknowledgement, with a reason for the audit log.
    The person can then acknowledge the code again."""

    model = Acknowledgement
    permission_required = "change"
    form_class = RevokeForm
    template_name = "certificates/admin/revoke.html"
    page_title = _("Revoke an acknowledgement")
    header_icon = "warning"

    @cached_property
    def acknowledgement(self):
        # Looked up after the permission check, so nobody learns which ids exist.
        return get_object_or_404(
            Acknowledgement.objects.filter(revoked_at__isnull=True), pk=self.kwargs["pk"]
        )

    def get_page_subtitle(self):
        return str(self.acknowledgement)

    def get_context_data(self, **kwargs):
        return super().get_context_data(acknowledgement=self.acknowledgement, **kwargs)

    def form_valid(self, form):
        revoke(self.acknowledgement, reason=form.cleaned_data["reason"], user=self.request.user)
        messages.success(
            self.request,
            _("The acknowledgement of %(name)s is revoked.")
            % {"name": self.acknowledgement.full_name},
        )
        return redirect("acknowledgements:index")


class AcknowledgementInspectView(generic.InspectView):
    @property
    def header_more_buttons(self):
        buttons = list(super().header_more_buttons)
        if not self.request.user.has_perm("certificates.change_acknowledgement"):
            return buttons
        if self.object.revoked_at is None:
            url = reverse("acknowledgements:revoke", args=[self.object.pk])
            buttons.append(Button(_("Revoke"), url=url, icon_name="warning", priority=30))
        if can_be_reissued(self.object):
            url = reverse("acknowledgements:reissue", args=[self.object.pk])
            buttons.append(Button(_("Re-issue"), url=url, icon_name="rotate", priority=40))
        return buttons


class AcknowledgementViewSet(ModelViewSet):
    model = Acknowledgement
    icon = "doc-full-inverse"
    menu_label = _("Acknowledgements")
    url_prefix = "code/acknowledgements"
    index_view_class = AcknowledgementIndexView
    filterset_class = AcknowledgementFilterSet
    form_fields = ["recorded_note"]
    copy_view_enabled = False
    inspect_view_enabled = True
    inspect_view_class = AcknowledgementInspectView
    inspect_view_fields = [
        "full_name",
        "version",
        "language",
        "statement",
        "issued_at",
        "verification_code",
        "pdf_sha256",
        "recorded_by",
        "recorded_note",
        "replaces",
        "revoked_at",
        "revocation_reason",
    ]
    search_fields = ["full_name", "verification_code"]
    search_backend_name = None
    list_per_page = 50
    list_display = [
        Column("full_name", label=_("Name"), sort_key="full_name"),
        Column("organisation_name", label=_("Organisation"), sort_key="organisation_name"),
        Column("kind_label", label=_("Kind")),
        Column("version", label=_("Version of the code"), sort_key="version__label"),
        Column("language", label=_("Language"), sort_key="language"),
        Column("issued_at", label=_("Issued"), sort_key="issued_at"),
        Column("status_display", label=_("Status"), sort_key="status"),
        Column("display_code", label=_("Verification code")),
    ]
    list_export = [
        "full_name",
        "organisation_name",
        "kind_label",
        "version",
        "language",
        "issued_at",
        "status_display",
        "display_code",
    ]
    export_headings = {
        "full_name": _("Name"),
        "organisation_name": _("Organisation"),
        "kind_label": _("Kind"),
        "version": _("Version of the code"),
        "language": _("Language"),
        "issued_at": _("Issued"),
        "status_display": _("Status"),
        "display_code": _("Verification code"),
    }
    export_filename = "acknowledgements"

    @property
    def add_view(self):
        # "Add" here means recording an acknowledgement obtained on paper, by email, ...
        return RecordView.as_view()

    def get_urlpatterns(self):
        return super().get_urlpatterns() + [
            path("revoke/<int:pk>/", RevokeView.as_view(), name="revoke"),
            path("reissue/<int:pk>/", ReissueView.as_view(), name="reissue"),
        ]
