"""The integrity officer's list of acknowledgements, with filters and CSV/XLSX export."""

import django_filters
from django import forms
from django.contrib import messages
from django.contrib.contenttypes.models import ContentType
from django.db.models import Case, CharField, Value, When
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from django.views.generic import FormView
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column
from wagtail.admin.views import generic
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.views.generic.permissions import PermissionCheckedMixin
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets.button import Button

from .issuing import revoke
from .models import Acknowledgement, CodeVersion, PartnerAcknowledgement, Receipt, Signature
from .models.acknowledgements import STATUS_LABELS
from .versions import current_version_ids

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

    class Meta:
        model = Acknowledgement
        fields = ["language"]


class AcknowledgementIndexView(generic.IndexView):
    page_title = _("Acknowledgements")

    def get_base_queryset(self):
        # The status is computed in the database so that it can be filtered and sorted on.
        return (
            Acknowledgement.objects.non_polymorphic()
            .select_related("version", "polymorphic_ctype")
            .annotate(
                status=Case(
                    When(revoked_at__isnull=False, then=Value("revoked")),
                    When(version_id__in=current_version_ids(), then=Value("valid")),
                    default=Value("superseded"),
                    output_field=CharField(),
                )
            )
        )


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
        if self.object.revoked_at is None and self.request.user.has_perm(
            "certificates.change_acknowledgement"
        ):
            url = reverse("acknowledgements:revoke", args=[self.object.pk])
            buttons.append(Button(_("Revoke"), url=url, icon_name="warning", priority=30))
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
        "recorded_note",
        "revoked_at",
        "revocation_reason",
    ]
    search_fields = ["full_name", "verification_code"]
    search_backend_name = None
    list_per_page = 50
    list_display = [
        Column("full_name", label=_("Name"), sort_key="full_name"),
        Column("kind_label", label=_("Kind")),
        Column("version", label=_("Version of the code"), sort_key="version__label"),
        Column("language", label=_("Language"), sort_key="language"),
        Column("issued_at", label=_("Issued"), sort_key="issued_at"),
        Column("status_display", label=_("Status"), sort_key="status"),
        Column("display_code", label=_("Verification code")),
    ]
    list_export = [
        "full_name",
        "kind_label",
        "version",
        "language",
        "issued_at",
        "status_display",
        "display_code",
    ]
    export_headings = {
        "full_name": _("Name"),
        "kind_label": _("Kind"),
        "version": _("Version of the code"),
        "language": _("Language"),
        "issued_at": _("Issued"),
        "status_display": _("Status"),
        "display_code": _("Verification code"),
    }
    export_filename = "acknowledgements"

    def get_urlpatterns(self):
        return super().get_urlpatterns() + [
            path("revoke/<int:pk>/", RevokeView.as_view(), name="revoke")
        ]
