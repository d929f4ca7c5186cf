"""The integrity officer's list of acknowledgements, with filters and CSV/XLSX export."""

import django_filters
from django.contrib.contenttypes.models import ContentType
from django.db.models import Case, CharField, Value, When
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column
from wagtail.admin.views import generic
from wagtail.admin.viewsets.model import ModelViewSet

from .models import Acknowledgement, CodeVersion, PartnerAcknowledgement, Receipt, Signature
from .models.acknowledgements import STATUS_LABELS
from .queries import current_versions

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
                    When(version_id__in=current_versions(), then=Value("valid")),
                    default=Value("superseded"),
                    output_field=CharField(),
                )
            )
        )


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
