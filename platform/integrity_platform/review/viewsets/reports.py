"""Dashboards of the annual review in the Wagtail admin, with CSV and XLSX export.

- Completion per organisation (the integrity officer): every organisation's cycle of a
  year with its percentage done, as a table and as bars that carry their number in text.
- Review status (coordinators and the officer): members x requirements, filtered by
  organisation and state, within the organisations the user manages.
Both read ReviewStatus only, so they stay fast at a hundred thousand members.
"""

import django_filters
from django.db.models import F, FloatField, Value
from django.db.models.functions import Cast, Coalesce, NullIf
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import BooleanColumn, Column, TitleColumn
from wagtail.admin.views import generic
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets.button import HeaderButton

from integrity_common.admin_scoping import ScopedViewSetMixin
from integrity_common.export import SafeSpreadsheetExportMixin
from integrity_platform.people.scoping import (
    manages_all_organisations,
    members_managed_by,
    organisations_managed_by,
)

from ..models import ReviewCycle, ReviewStatus, State
from ..record import record_download, training_record
from ..scoping import cycles_for, statuses_for


def _yes_no(value):
    return str(_("yes") if value else _("no"))


def _year_choices():
    years = ReviewCycle.objects.values_list("year", flat=True).distinct().order_by("-year")
    return [(str(year), str(year)) for year in years]


def chosen_year(request):
    """The year a report shows: ?year=, or this year."""
    value = request.GET.get("year", "")
    return int(value) if value.isdigit() else timezone.localdate().year


class YearFilterSet(WagtailFilterSet):
    """Every report shows one year; without a choice, this year."""

    year = django_filters.ChoiceFilter(label=_("Year"), choices=_year_choices, method="by_year")

    def by_year(self, queryset, name, value):
        return queryset  # applied in the view (chosen_year), which also knows the default


class ReportViewSet(ScopedViewSetMixin, ModelViewSet):
    """A read-only report: its rows are computed (see status.py), never edited by hand."""

    copy_view_enabled = False
    inspect_view_enabled = False
    search_backend_name = None
    list_per_page = 50

    def get_form_class(self, for_update=False):
        return None  # no add or edit views (see get_urlpatterns)

    def get_common_view_kwargs(self, **kwargs):
        return super().get_common_view_kwargs(
            **{**kwargs, "add_url_name": None, "edit_url_name": None, "delete_url_name": None}
        )

    def get_urlpatterns(self):
        return [p for p in super().get_urlpatterns() if p.name in ("index", "index_results")]


# Completion per organisation ------------------------------------------------------------


class CompletionFilterSet(YearFilterSet):
    class Meta:
        model = ReviewCycle
        fields = []


class CompletionIndexView(SafeSpreadsheetExportMixin, generic.IndexView):
    page_title = _("Completion per organisation")
    default_ordering = "share_done"

    def get_base_queryset(self):
        cycles = ReviewCycle.objects.filter(year=chosen_year(self.request))
        if not manages_all_organisations(self.request.user):
            cycles = cycles.filter(organisation__in=organisations_managed_by(self.request.user))
        return cycles.select_related("organisation").annotate(
            # The share done, in the database, to sort on (see ReviewCycle.percent_done).
            share_done=Coalesce(
                100.0 * Cast(F("done_count"), FloatField()) / NullIf(F("member_count"), 0),
                Value(100.0),
            )
        )

    @cached_property
    def header_buttons(self):
        buttons = list(super().header_buttons)
        if self.request.user.has_perm("review.add_reviewcycle"):
            buttons.append(
                HeaderButton(
                    _("Open the annual review"), url=reverse("review_open"), icon_name="plus"
                )
            )
        return buttons


class CompletionViewSet(ReportViewSet):
    model = ReviewCycle
    icon = "table"
    menu_label = _("Completion per organisation")
    url_prefix = "review/completion"
    index_view_class = CompletionIndexView
    index_results_template_name = "review/admin/completion_results.html"
    filterset_class = CompletionFilterSet
    search_fields = ["organisation__name"]
    list_export = ["organisation", "year", "member_count", "done_count", "exempt_count", "percent"]
    export_headings = {
        "organisation": _("Organisation"),
        "year": _("Year"),
        "member_count": _("Members"),
        "done_count": _("Done"),
        "exempt_count": _("Exempt"),
        "percent": _("Share done"),
    }
    # Translators: a file name: lowercase, words joined by hyphens.
    export_filename = _("review-completion")

    def visible_to(self, user):
        return cycles_for(user)

    @property
    def list_display(self):
        return [
            TitleColumn(
                "organisation",
                label=_("Organisation"),
                sort_key="organisation__name",
                get_url=lambda cycle: (
                    reverse("review_status:index")
                    + f"?year={cycle.year}&organisation={cycle.organisation_id}"
                ),
            ),
            Column("member_count", label=_("Members"), sort_key="member_count"),
            Column("done_count", label=_("Done"), sort_key="done_count"),
            Column("exempt_count", label=_("Exempt"), sort_key="exempt_count"),
            Column("percent", label=_("Share done"), sort_key="share_done"),
            Column("due_on", label=_("Due on"), sort_key="due_on"),
        ]


# Members x requirements --------------------------------------------------------------------


class StatusFilterSet(YearFilterSet):
    organisation = django_filters.ChoiceFilter(
        label=_("Organisation"), field_name="cycle__organisation"
    )
    state = django_filters.ChoiceFilter(label=_("Status"), choices=State.choices)

    class Meta:
        model = ReviewStatus
        fields = []

    def __init__(self, *args, request=None, **kwargs):
        super().__init__(*args, request=request, **kwargs)
        organisations = organisations_managed_by(request.user) if request else []
        self.filters["organisation"].extra["choices"] = [
            (str(pk), name) for pk, name in organisations.values_list("pk", "name")
        ]


class StatusIndexView(SafeSpreadsheetExportMixin, generic.IndexView):
    page_title = _("Review status")

    @property
    def default_ordering(self):
        """By name within organisations; across every organisation (the officer's whole
        year, up to a hundred thousand rows) in the order members joined, which the
        database can page through without sorting the year first."""
        if manages_all_organisations(self.request.user) and not self.request.GET.get(
            "organisation"
        ):
            return "member_id"
        return "member__user__last_name"

    custom_field_preprocess = {
        "acknowledged": {"csv": _yes_no, "xlsx": _yes_no},
        "took_part": {"csv": _yes_no, "xlsx": _yes_no},
    }

    def get_base_queryset(self):
        statuses = ReviewStatus.objects.with_state().filter(cycle__year=chosen_year(self.request))
        # Not "organisation in (all of them)" for the officer: at a hundred thousand members
        # that makes the database sort the whole year before it can take one page.
        if not manages_all_organisations(self.request.user):
            statuses = statuses.filter(
                cycle__organisation__in=organisations_managed_by(self.request.user)
            )
        return statuses.select_related("member__user", "cycle__organisation")


class StatusViewSet(ReportViewSet):
    model = ReviewStatus
    icon = "tasks"
    menu_label = _("Review status")
    url_prefix = "review/status"
    index_view_class = StatusIndexView
    filterset_class = StatusFilterSet
    search_fields = ["member__user__first_name", "member__user__last_name"]
    list_export = [
        "member",
        "organisation",
        "acknowledged",
        "took_part",
        "onboarding",
        "state_label",
        "missing_text",
    ]
    export_headings = {
        "member": _("Member"),
        "organisation": _("Organisation"),
        "acknowledged": _("Code acknowledged"),
        "took_part": _("Took part"),
        "onboarding": _("Onboarding"),
        "state_label": _("Status"),
        "missing_text": _("Still to do"),
    }
    # Translators: a file name: lowercase, words joined by hyphens.
    export_filename = _("review-status")

    def visible_to(self, user):
        return statuses_for(user)

    @property
    def list_display(self):
        return [
            TitleColumn(
                "member",
                label=_("Member"),
                sort_key="member__user__last_name",
                get_url=lambda status: reverse("review_record", args=[status.member_id]),
            ),
            Column("organisation", label=_("Organisation"), sort_key="cycle__organisation__name"),
            BooleanColumn("acknowledged", label=_("Code acknowledged"), sort_key="acknowledged"),
            BooleanColumn("took_part", label=_("Took part"), sort_key="took_part"),
            Column("onboarding", label=_("Onboarding")),
            Column("state_label", label=_("Status"), sort_key="state"),
            Column("missing_text", label=_("Still to do")),
        ]


class RecordView(WagtailAdminTemplateMixin, TemplateView):
    """A member's training record, for their coordinator (or the officer)."""

    template_name = "review/admin/record.html"
    header_icon = "user"

    @cached_property
    def member(self):
        return get_object_or_404(
            members_managed_by(self.request.user).select_related("user", "organisation"),
            pk=self.kwargs["pk"],
        )

    def get_page_title(self):
        return _("Training record")

    def get_page_subtitle(self):
        return self.member.user.get_full_name()

    def get(self, request, *args, **kwargs):
        if kwargs.get("pdf"):
            return record_download(self.member)
        return super().get(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            member=self.member, entries=training_record(self.member), **kwargs
        )
