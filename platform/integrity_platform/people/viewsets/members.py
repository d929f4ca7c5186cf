"""Wagtail admin views for members: listing, inviting, editing, importing from CSV.

Every queryset comes from scoping.py, so a coordinator only ever reaches their own
organisation's members; a forged id for anyone else's is a 404.
"""

import uuid

from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views import View
from django.views.generic import FormView, TemplateView
from wagtail.admin.ui.tables import BooleanColumn, Column, TitleColumn
from wagtail.admin.views import generic
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.views.generic.permissions import PermissionCheckedMixin
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets.button import HeaderButton

from integrity_common.admin_scoping import ScopedViewSetMixin
from integrity_common.export import SafeSpreadsheetExportMixin
from integrity_platform.privacy.viewsets import EraseButtonMixin

from .. import csv_import, import_jobs
from ..forms import MemberEditForm, MemberImportForm, MemberInviteForm
from ..models import ImportJob, Member
from ..scoping import members_managed_by, organisations_managed_by

SESSION_KEY = "people_member_import"


class MemberIndexView(SafeSpreadsheetExportMixin, generic.IndexView):
    def get_base_queryset(self):
        return members_managed_by(self.request.user).select_related("user", "organisation")

    @property
    def header_buttons(self):
        buttons = list(super().header_buttons)
        if self.request.user.has_perm("people.add_member"):
            buttons.append(
                HeaderButton(_("Import from CSV"), url=reverse("people_import"), icon_name="upload")
            )
        return buttons


class MemberCreateView(generic.CreateView):
    def get_success_message(self, instance):
        return _("%(name)s has been invited; the invitation is on its way to %(email)s.") % {
            "name": instance.user.get_full_name(),
            "email": instance.user.email,
        }


class MemberEditView(EraseButtonMixin, generic.EditView):
    pass


class MemberInspectView(EraseButtonMixin, generic.InspectView):
    pass


class MemberViewSet(ScopedViewSetMixin, ModelViewSet):
    model = Member
    icon = "user"
    menu_label = gettext_lazy("Members")
    menu_order = 100
    add_to_admin_menu = False
    url_prefix = "members"
    index_view_class = MemberIndexView
    add_view_class = MemberCreateView
    edit_view_class = MemberEditView
    inspect_view_class = MemberInspectView
    inspect_view_enabled = True
    copy_view_enabled = False
    form_fields = ["organisation", "programme_role", "start_date", "is_active"]
    list_display = [
        TitleColumn(
            "user", label=gettext_lazy("Name"), url_name="members:edit", sort_key="user__last_name"
        ),
        Column("email", label=gettext_lazy("Email address"), sort_key="user__email"),
        Column("organisation", label=gettext_lazy("Organisation"), sort_key="organisation__name"),
        Column("get_programme_role_display", label=gettext_lazy("Role in the programme")),
        Column("start_date", label=gettext_lazy("Start date"), sort_key="start_date"),
        BooleanColumn("is_active", label=gettext_lazy("Active"), sort_key="is_active"),
    ]
    list_filter = ["programme_role", "is_active"]
    search_fields = ["user__first_name", "user__last_name", "user__email"]
    search_backend_name = None
    list_per_page = 50
    # A coordinator's list of their officials, as CSV or XLSX (Wagtail's export buttons).
    list_export = ["user", "email", "organisation", "programme_role", "start_date", "is_active"]
    export_headings = {"user": gettext_lazy("Name"), "email": gettext_lazy("Email address")}
    # Translators: a file name: lowercase, words joined by hyphens.
    export_filename = gettext_lazy("members")
    inspect_view_fields = [
        "user",
        "organisation",
        "programme_role",
        "start_date",
        "is_active",
        "invited_at",
    ]

    def get_form_class(self, for_update=False):
        return MemberEditForm if for_update else MemberInviteForm

    def visible_to(self, user):
        return members_managed_by(user)


# --- Import from CSV: upload, preview with a verdict per row, confirm --------------------


class MemberImportView(PermissionCheckedMixin, WagtailAdminTemplateMixin, FormView):
    """Upload shows the preview; nothing is written until the preview is confirmed."""

    model = Member
    permission_required = "add"
    form_class = MemberImportForm
    template_name = "people/import.html"
    page_title = gettext_lazy("Import members from CSV")
    header_icon = "upload"

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [
            {"url": reverse("members:index"), "label": gettext_lazy("Members")},
            {"url": "", "label": self.page_title},
        ]

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            columns=csv_import.REQUIRED_COLUMNS,
            organisations=organisations_managed_by(self.request.user),
            roles=Member.ProgrammeRole.choices,
            **kwargs,
        )

    def form_valid(self, form):
        raw = form.cleaned_data["file"].read()
        try:
            rows = csv_import.parse(raw, organisations_managed_by(self.request.user))
        except csv_import.UnreadableFile as error:
            form.add_error("file", str(error))
            return self.form_invalid(form)
        token = uuid.uuid4().hex
        self.request.session[SESSION_KEY] = {
            "token": token,
            "content": raw.decode("utf-8-sig"),
            "plan": import_jobs.plan(rows),
        }
        invite_count = sum(row.will_be_invited for row in rows)
        return self.render_to_response(
            self.get_context_data(
                form=form,
                rows=rows,
                token=token,
                invite_count=invite_count,
                skip_count=len(rows) - invite_count,
            )
        )


class MemberImportConfirmView(PermissionCheckedMixin, View):
    """Queue the import of the previewed file and show its progress: the work itself (up to
    2,000 members, their courses and invitations) is a background task, see import_jobs."""

    model = Member
    permission_required = "add"
    http_method_names = ["post"]

    def post(self, request):
        token = request.POST.get("token", "")
        pending = request.session.get(SESSION_KEY)
        if not pending or pending.get("token") != token:
            # A second click on "confirm": the first one's job; or a stale tab.
            job = import_jobs.jobs_visible_to(request.user).filter(token=token).first()
            if job is not None:
                return redirect("people_import_job", job.pk)
            messages.warning(
                request,
                _("This import has already been done or has expired. Nothing was changed."),
            )
            return redirect("people_import")
        # The task judges the file again, and stops if it is no longer as previewed.
        job = import_jobs.start_import(
            token=token,
            content=pending["content"],
            plan=pending["plan"],
            started_by=request.user,
            language=translation.get_language(),
        )
        del request.session[SESSION_KEY]
        return redirect("people_import_job", job.pk)


class MemberImportJobView(PermissionCheckedMixin, WagtailAdminTemplateMixin, TemplateView):
    """The import's progress, refreshed until it is done; then what it did."""

    model = Member
    permission_required = "add"
    template_name = "people/import_job.html"
    page_title = gettext_lazy("Import members from CSV")
    header_icon = "upload"

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [
            {"url": reverse("members:index"), "label": gettext_lazy("Members")},
            {"url": reverse("people_import"), "label": self.page_title},
            {"url": "", "label": _("Progress")},
        ]

    def get_context_data(self, **kwargs):
        job = get_object_or_404(import_jobs.jobs_visible_to(self.request.user), pk=kwargs["pk"])
        imported = import_jobs.imported_so_far(job)
        steps = 2 * job.total  # each member is created, then invited
        percent = 100 if job.finished or not steps else (imported + job.invited) * 100 // steps
        return super().get_context_data(
            job=job, imported=imported, percent=percent, Status=ImportJob.Status, **kwargs
        )
