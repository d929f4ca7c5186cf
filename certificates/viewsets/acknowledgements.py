"""The integrity officer's list of acknowledgements: filters, CSV/XLSX export, the PDFs of
a selection as a ZIP; revoking, re-issuing and recording one on someone's behalf."""

import zipfile
from datetime import date, datetime
from tempfile import SpooledTemporaryFile

import django_filters
from django import forms
from django.contrib import messages
from django.contrib.contenttypes.models import ContentType
from django.db.models import Case, CharField, Value, When
from django.http import FileResponse
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.html import format_html
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from django.views.generic import FormView
from wagtail.admin.admin_url_finder import ModelAdminURLFinder
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column, TitleColumn
from wagtail.admin.views import generic
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.views.generic.permissions import PermissionCheckedMixin
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets.button import Button

from integrity_common.admin_scoping import ScopedViewSetMixin
from integrity_common.dates import date_format
from integrity_common.export import SafeSpreadsheetExportMixin
from integrity_common.organisations import OrganisationFilterMixin

from ..adapter import get_adapter
from ..issuing import change_note, revoke
from ..models import Acknowledgement, CodeVersion, PartnerAcknowledgement, Receipt, Signature
from ..models.acknowledgements import STATUS_LABELS
from ..versions import current_filter
from .recording import RecordView, ReissueView, can_be_reissued

KIND_MODELS = (Signature, Receipt, PartnerAcknowledgement)


def kind_choices():
    return [
        (ContentType.objects.get_for_model(model).pk, model._meta.verbose_name)
        for model in KIND_MODELS
    ]


class AcknowledgementFilterSet(OrganisationFilterMixin, WagtailFilterSet):
    get_adapter = staticmethod(get_adapter)

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

    class Meta:
        model = Acknowledgement
        fields = ["language"]

    def __init__(self, *args, request=None, **kwargs):
        super().__init__(*args, request=request, **kwargs)


# Enough for an organisation's year; larger selections are narrowed with the filters.
ZIP_LIMIT = 500


def acknowledgements_visible_to(user):
    """The acknowledgements `user` may see in the admin: the adapter says whose."""
    return get_adapter().acknowledgements_visible_to(user, Acknowledgement.objects.all())


class AcknowledgementIndexView(SafeSpreadsheetExportMixin, generic.IndexView):
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
        # Translators: a file name: lowercase, words joined by hyphens.
        filename = str(_("acknowledgements")) + ".zip"
        return FileResponse(archive, as_attachment=True, filename=filename)

    def get_base_queryset(self):
        # The status is computed in the database so that it can be filtered and sorted on.
        queryset = (
            acknowledgements_visible_to(self.request.user)
            .non_polymorphic()
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
        return redirect("acknowledgements:inspect", self.acknowledgement.pk)


class NoteForm(forms.Form):
    recorded_note = forms.CharField(
        label=_("How it was obtained"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("The history keeps the note as it was before and after every change."),
    )


class NoteView(PermissionCheckedMixin, WagtailAdminTemplateMixin, FormView):
    """The one thing the officer changes on an issued acknowledgement: their note on how it
    was obtained (it is not in the PDF). Everything else is corrected by re-issuing."""

    model = Acknowledgement
    permission_required = "change"
    form_class = NoteForm
    template_name = "certificates/admin/note.html"
    page_title = _("Note on how it was obtained")
    header_icon = "edit"

    @cached_property
    def acknowledgement(self):
        return get_object_or_404(Acknowledgement, pk=self.kwargs["pk"])

    def get_page_subtitle(self):
        return str(self.acknowledgement)

    def get_initial(self):
        return {"recorded_note": self.acknowledgement.recorded_note}

    def form_valid(self, form):
        if change_note(
            self.acknowledgement, form.cleaned_data["recorded_note"], user=self.request.user
        ):
            messages.success(self.request, _("The note is changed; the history keeps both."))
        return redirect("acknowledgements:inspect", self.acknowledgement.pk)


class AcknowledgementInspectView(generic.InspectView):
    """Everything on record about one acknowledgement, dates in the site's time zone and
    without the fields it leaves empty, with what may be done with it: download its PDF,
    revoke it, re-issue it, change the officer's note."""

    # In this order, the kind's own fields (employer, place, visit...) after the name. The
    # drawn signature is in the PDF.
    LEADING = ["full_name"]
    TRAILING = [
        "user",
        "version",
        "language",
        "period",
        "statement",
        "acknowledged_on",
        "issued_at",
        "verification_code",
        "text_checksum",
        "pdf_sha256",
        "recorded_by",
        "recorded_note",
        "officer_reason",
        "replaces",
        "replaced_by",
        "revoked_at",
        "revocation_reason",
    ]
    HIDDEN = {"drawn_signature"}

    def get_object(self, queryset=None):
        # The polymorphic manager returns the acknowledgement as its own kind.
        return get_object_or_404(
            Acknowledgement.objects.select_related("version", "user", "recorded_by", "replaces"),
            pk=self.pk,
        )

    def get_fields_context(self):
        own = [
            field.name
            for field in type(self.object)._meta.local_fields
            if not field.auto_created and field.name not in self.HIDDEN
        ]
        rows = []
        for name in [*self.LEADING, *own, *self.TRAILING]:
            field = self.object._meta.get_field(name)
            value = self.display(field)
            if value not in (None, ""):
                label = _("re-issued as") if field.auto_created else field.verbose_name
                rows.append({"label": capfirst(label), "value": value, "component": None})
        return rows

    def display(self, field):
        value = getattr(self.object, field.name, None)
        if value is None or value == "":
            return None
        if field.choices:
            return getattr(self.object, f"get_{field.name}_display")()
        if isinstance(value, Acknowledgement):  # a re-issue and its original link each other
            url = reverse("acknowledgements:inspect", args=[value.pk])
            return format_html('<a href="{}">{}</a>', url, value.display_code)
        if field.name == "verification_code":
            return self.object.display_code
        if isinstance(value, datetime):
            moment = timezone.localtime(value, timezone.get_default_timezone())
            return date_format(moment, "DATETIME_FORMAT")
        if isinstance(value, date):
            return date_format(value, "DATE_FORMAT")
        return str(value)

    @property
    def header_more_buttons(self):
        buttons = list(super().header_more_buttons)
        if self.object.pdf:
            url = reverse("certificates:download", args=[self.object.verification_code])
            buttons.append(Button(_("Download the PDF"), url=url, icon_name="download"))
        if not self.request.user.has_perm("certificates.change_acknowledgement"):
            return buttons
        if self.object.revoked_at is None:
            url = reverse("acknowledgements:revoke", args=[self.object.pk])
            buttons.append(Button(_("Revoke"), url=url, icon_name="warning", priority=30))
        if can_be_reissued(self.object):
            url = reverse("acknowledgements:reissue", args=[self.object.pk])
            buttons.append(Button(_("Re-issue"), url=url, icon_name="rotate", priority=40))
        url = reverse("acknowledgements:note", args=[self.object.pk])
        buttons.append(Button(_("Change the note"), url=url, icon_name="edit", priority=50))
        return buttons


class InspectURLFinder(ModelAdminURLFinder):
    """History links an acknowledgement to its inspect page: it has no edit page."""

    edit_url_name = "acknowledgements:inspect"


class AcknowledgementViewSet(ScopedViewSetMixin, ModelViewSet):
    model = Acknowledgement
    icon = "doc-full-inverse"
    menu_label = _("Acknowledgements")
    url_prefix = "code/acknowledgements"
    index_view_class = AcknowledgementIndexView
    filterset_class = AcknowledgementFilterSet
    # Issued acknowledgements are final (models.AcknowledgementIsFinal): there are no edit
    # or delete views at all, not merely hidden ones (see get_urlpatterns). Corrections are
    # a revocation and a re-issue; the officer's note has a view of its own.
    form_fields = ["recorded_note"]  # Wagtail asks for fields even without an edit view
    copy_view_enabled = False
    inspect_view_enabled = True
    inspect_view_class = AcknowledgementInspectView
    url_finder_class = InspectURLFinder
    search_fields = ["full_name", "verification_code"]
    search_backend_name = None
    list_per_page = 50
    list_display = [
        TitleColumn(
            "full_name",
            label=_("Name"),
            sort_key="full_name",
            get_url=lambda acknowledgement: reverse(
                "acknowledgements:inspect", args=[acknowledgement.pk]
            ),
        ),
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
    # Translators: a file name: lowercase, words joined by hyphens.
    export_filename = _("acknowledgements")

    @property
    def add_view(self):
        # "Add" here means recording an acknowledgement obtained on paper, by email, ...
        return RecordView.as_view()

    def visible_to(self, user):
        return acknowledgements_visible_to(user)

    def get_common_view_kwargs(self, **kwargs):
        return super().get_common_view_kwargs(
            **{"edit_url_name": None, "delete_url_name": None, **kwargs}
        )

    def get_urlpatterns(self):
        final = [
            pattern
            for pattern in super().get_urlpatterns()
            if pattern.name not in ("edit", "delete")
        ]
        return final + [
            # Built like Wagtail's own views, so kept to visible_to; with their own icons.
            path(
                "revoke/<int:pk>/",
                self.construct_view(RevokeView, header_icon=self.UNDEFINED),
                name="revoke",
            ),
            path(
                "reissue/<int:pk>/",
                self.construct_view(ReissueView, header_icon=self.UNDEFINED),
                name="reissue",
            ),
            path(
                "note/<int:pk>/",
                self.construct_view(NoteView, header_icon=self.UNDEFINED),
                name="note",
            ),
        ]
