"""Work visits in the Wagtail admin: the list, recording and editing a visit with its
delegates, and the visit page that shows who has taken note, with reminders and exports.

Every view reads its visits from scoping.visits_for: a coordinator reaches only their own
organisation's visits, and another organisation's id is a 404 on every URL.
"""

from dataclasses import dataclass
from datetime import date

from django.contrib import messages
from django.contrib.admin.utils import quote, unquote
from django.db.models import Count
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from django.views import View
from wagtail.admin.ui.tables import Column, TitleColumn
from wagtail.admin.views import generic
from wagtail.admin.views.generic.permissions import PermissionCheckedMixin
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets.button import Button

from certificates.models.acknowledgements import display_code
from integrity_common.admin_scoping import ScopedViewSetMixin
from integrity_common.dates import date_format
from integrity_common.export import SafeSpreadsheetExportMixin, csv_response, xlsx_response

from .delegation import send_reminders
from .dues import TAKE_NOTE_DAYS_AFTER, still_open
from .forms import WorkVisitForm
from .models import WorkVisit
from .receipts import noted_count, receipts_for
from .scoping import visits_for

EXPORT_FORMATS = {"csv": csv_response, "xlsx": xlsx_response}


class ScopedVisitMixin:
    """The visit of the URL, among those the user may see (the viewset has already answered
    404 for any other id, see WorkVisitViewSet)."""

    def get_object(self, queryset=None):
        return get_object_or_404(
            visits_for(self.request.user).select_related("organisation", "created_by"),
            pk=unquote(str(self.kwargs["pk"])),
        )


@dataclass
class DelegateRow:
    name: str
    organisation: str
    noted_on: date | None
    code: str
    reminded_at: object
    is_active: bool

    @property
    def has_noted(self):
        return self.noted_on is not None


def delegate_rows(visit):
    """Each delegate with whether they took note, by name: two queries for any number."""
    receipts = receipts_for(visit)
    rows = []
    for delegate in visit.delegates.select_related("member__user", "member__organisation"):
        user = delegate.member.user
        noted_on, code = receipts.get(user.pk, (None, ""))
        rows.append(
            DelegateRow(
                name=user.get_full_name() or user.email,
                organisation=delegate.member.organisation.name,
                noted_on=noted_on,
                code=display_code(code) if code else "",
                reminded_at=delegate.reminded_at,
                is_active=delegate.member.is_active,
            )
        )
    return rows


class VisitIndexView(SafeSpreadsheetExportMixin, generic.IndexView):
    add_item_label = gettext_lazy("Record a work visit")

    def get_base_queryset(self):
        return (
            visits_for(self.request.user)
            .select_related("organisation")
            .annotate(delegate_count=Count("delegates", distinct=True), noted_count=noted_count())
        )


class VisitFormMixin:
    def get_success_url(self):
        return reverse("work_visits:inspect", args=[quote(self.object.pk)])

    def get_success_message(self, instance=None):
        # CreateView passes the instance; EditView does not.
        instance = instance or self.object
        added = len(getattr(self.form, "added", []))
        message = _("Work visit “%(visit)s” saved.") % {"visit": instance}
        if added:
            message += " " + ngettext(
                "%(count)s new delegate is asked by email to take note of the code.",
                "%(count)s new delegates are asked by email to take note of the code.",
                added,
            ) % {"count": added}
        return message


class VisitCreateView(VisitFormMixin, generic.CreateView):
    pass


class VisitEditView(VisitFormMixin, generic.EditView):
    pass


class VisitPageView(ScopedVisitMixin, generic.InspectView):
    """The visit page: the visit, its delegates and who has taken note."""

    template_name = "visits/admin/visit.html"
    page_title = gettext_lazy("Work visit")
    history_url_name = None

    def get_page_subtitle(self):
        return str(self.object)

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [
            {"url": reverse(self.index_url_name), "label": _("Work visits")},
            {"url": "", "label": str(self.object)},
        ]

    @cached_property
    def header_more_buttons(self):
        buttons = list(super().header_more_buttons)
        if self.history_url_name:
            buttons.append(
                Button(
                    _("History"),
                    url=reverse(self.history_url_name, args=[quote(self.object.pk)]),
                    icon_name="history",
                    priority=30,
                )
            )
        return buttons

    def get_created_at_display_value(self):
        # In the reader's time zone (Wagtail's generic display shows a datetime as stored).
        return date_format(timezone.localtime(self.object.created_at), "DATETIME_FORMAT")

    def get_created_by_display_value(self):
        user = self.object.created_by
        return (user.get_full_name() or user.email) if user else "-"

    def get_context_data(self, **kwargs):
        visit = self.object
        rows = delegate_rows(visit)
        waiting = [row for row in rows if not row.has_noted and row.is_active]
        return super().get_context_data(
            visit=visit,
            rows=rows,
            noted=sum(row.has_noted for row in rows),
            waiting=len(waiting),
            still_open=still_open(visit),
            days_after=TAKE_NOTE_DAYS_AFTER,
            can_remind=self.user_has_permission("change"),
            **kwargs,
        )


class RemindView(ScopedVisitMixin, PermissionCheckedMixin, View):
    """Email the delegates who have not taken note yet (a POST from the visit page)."""

    model = WorkVisit
    permission_required = "change"
    http_method_names = ["post"]

    def post(self, request, pk):
        visit = self.get_object()
        if not still_open(visit):
            messages.warning(
                request,
                _(
                    "This visit ended more than %(days)s days ago: delegates can no longer "
                    "take note for it, so no reminder was sent."
                )
                % {"days": TAKE_NOTE_DAYS_AFTER},
            )
            return redirect("work_visits:inspect", pk)
        sent, skipped = send_reminders(visit, by=request.user)
        if sent:
            messages.success(
                request,
                ngettext(
                    "A reminder was sent to %(count)s delegate.",
                    "A reminder was sent to %(count)s delegates.",
                    sent,
                )
                % {"count": sent},
            )
        if skipped:
            messages.info(
                request,
                ngettext(
                    "%(count)s delegate was reminded less than an hour ago and was left out.",
                    "%(count)s delegates were reminded less than an hour ago and were left out.",
                    skipped,
                )
                % {"count": skipped},
            )
        if not sent and not skipped:
            messages.info(request, _("Every active delegate has taken note: no reminder was sent."))
        return redirect("work_visits:inspect", pk)


class DelegatesExportView(ScopedVisitMixin, PermissionCheckedMixin, View):
    """Who has taken note, as CSV or XLSX: no email addresses, only what the list shows."""

    model = WorkVisit
    any_permission_required = ["add", "change", "delete", "view"]

    def get(self, request, pk, export_format):
        if export_format not in EXPORT_FORMATS:
            raise Http404
        visit = self.get_object()
        headings = [_("Name"), _("Organisation"), _("Taken note"), _("Date")]
        rows = [
            [
                row.name,
                row.organisation,
                _("yes") if row.has_noted else _("no"),
                row.noted_on if export_format == "xlsx" else (row.noted_on or ""),
            ]
            for row in delegate_rows(visit)
        ]
        # Translators: a file name: lowercase, words joined by hyphens.
        filename = _("work-visit-%(number)s-%(date)s") % {
            "number": visit.pk,
            "date": f"{timezone.localdate():%Y-%m-%d}",
        }
        return EXPORT_FORMATS[export_format]([headings, *rows], filename)


class WorkVisitViewSet(ScopedViewSetMixin, ModelViewSet):
    model = WorkVisit
    icon = "globe"
    menu_label = gettext_lazy("Work visits")
    menu_order = 205  # beside People (200): coordinators record visits of their members
    add_to_admin_menu = True
    url_prefix = "visits"
    index_view_class = VisitIndexView
    add_view_class = VisitCreateView
    edit_view_class = VisitEditView
    inspect_view_class = VisitPageView
    inspect_view_enabled = True
    inspect_template_name = "visits/admin/visit.html"
    copy_view_enabled = False
    inspect_view_fields = [
        "organisation",
        "destination",
        "starts_on",
        "ends_on",
        "created_by",
        "created_at",
    ]
    search_fields = ["name", "destination", "organisation__name"]
    search_backend_name = None
    list_per_page = 50
    ordering = ["-starts_on", "-pk"]
    list_export = [
        "name",
        "organisation",
        "destination",
        "starts_on",
        "ends_on",
        "delegate_count",
        "noted_count",
    ]
    export_headings = {
        "name": gettext_lazy("Name"),
        "organisation": gettext_lazy("Organisation"),
        "destination": gettext_lazy("Destination"),
        "starts_on": gettext_lazy("First day"),
        "ends_on": gettext_lazy("Last day"),
        "delegate_count": gettext_lazy("Delegates"),
        "noted_count": gettext_lazy("Taken note"),
    }
    # Translators: a file name: lowercase, words joined by hyphens.
    export_filename = gettext_lazy("work-visits")

    def get_form_class(self, for_update=False):
        return WorkVisitForm

    def visible_to(self, user):
        return visits_for(user)

    @property
    def list_display(self):
        return [
            TitleColumn(
                "name",
                label=gettext_lazy("Name"),
                sort_key="name",
                get_url=lambda visit: reverse("work_visits:inspect", args=[quote(visit.pk)]),
            ),
            Column(
                "organisation", label=gettext_lazy("Organisation"), sort_key="organisation__name"
            ),
            Column("destination", label=gettext_lazy("Destination"), sort_key="destination"),
            Column("starts_on", label=gettext_lazy("First day"), sort_key="starts_on"),
            Column("ends_on", label=gettext_lazy("Last day"), sort_key="ends_on"),
            Column("delegate_count", label=gettext_lazy("Delegates"), sort_key="delegate_count"),
            Column("noted_count", label=gettext_lazy("Taken note"), sort_key="noted_count"),
        ]

    def get_inspect_view_kwargs(self, **kwargs):
        return super().get_inspect_view_kwargs(
            history_url_name=self.get_url_name("history"), **kwargs
        )

    def get_urlpatterns(self):
        return super().get_urlpatterns() + [
            path("remind/<int:pk>/", self.construct_view(RemindView), name="remind"),
            path(
                "export/<int:pk>/<slug:export_format>/",
                self.construct_view(DelegatesExportView),
                name="delegates_export",
            ),
        ]
