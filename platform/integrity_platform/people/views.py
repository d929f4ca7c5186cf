"""Wagtail admin views for members: listing, inviting, editing, importing from CSV.

Every queryset comes from scoping.py, so a coordinator only ever reaches their own
organisation's members; a forged id for anyone else's is a 404.
"""

import uuid

from django.contrib import messages
from django.contrib.admin.utils import unquote
from django.db import transaction
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from django.views import View
from django.views.generic import FormView
from wagtail.admin.ui.tables import BooleanColumn, Column, TitleColumn
from wagtail.admin.views import generic
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.views.generic.history import HistoryView
from wagtail.admin.views.generic.permissions import PermissionCheckedMixin
from wagtail.admin.views.generic.usage import UsageView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets.button import HeaderButton

from . import csv_import
from .forms import MemberEditForm, MemberImportForm, MemberInviteForm
from .invitations import invite_member
from .models import Member
from .scoping import members_managed_by, organisations_managed_by

SESSION_KEY = "people_member_import"


class MemberIndexView(generic.IndexView):
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


class ScopedObjectMixin:
    """Look the member up among those the user manages: anyone else's id is a 404."""

    def get_object(self, queryset=None):
        return get_object_or_404(
            members_managed_by(self.request.user).select_related("user", "organisation"),
            pk=unquote(str(self.kwargs[self.pk_url_kwarg])),
        )


class MemberCreateView(generic.CreateView):
    def get_success_message(self, instance):
        return _("%(name)s has been invited; the invitation is on its way to %(email)s.") % {
            "name": instance.user.get_full_name(),
            "email": instance.user.email,
        }


class MemberEditView(ScopedObjectMixin, generic.EditView):
    pass


class MemberInspectView(ScopedObjectMixin, generic.InspectView):
    pass


class MemberDeleteView(ScopedObjectMixin, generic.DeleteView):
    pass


class MemberHistoryView(ScopedObjectMixin, HistoryView):
    pass


class MemberUsageView(ScopedObjectMixin, UsageView):
    pass


class MemberViewSet(ModelViewSet):
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
    delete_view_class = MemberDeleteView
    history_view_class = MemberHistoryView
    usage_view_class = MemberUsageView
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
    export_filename = "members"
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
        self.request.session[SESSION_KEY] = {"token": token, "content": raw.decode("utf-8-sig")}
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
    model = Member
    permission_required = "add"
    http_method_names = ["post"]

    def post(self, request):
        pending = request.session.get(SESSION_KEY)
        if not pending or pending.get("token") != request.POST.get("token"):
            # A second click on "confirm", or a stale tab: the first one did the work.
            messages.warning(
                request,
                _("This import has already been done or has expired. Nothing was changed."),
            )
            return redirect("people_import")
        # Judge again: organisations or accounts may have changed since the preview.
        rows = csv_import.parse(
            pending["content"].encode("utf-8"), organisations_managed_by(request.user)
        )
        to_invite = [row for row in rows if row.will_be_invited]
        with transaction.atomic():
            for row in to_invite:
                invite_member(
                    email=row.email,
                    first_name=row.first_name,
                    last_name=row.last_name,
                    organisation=row.organisation,
                    programme_role=row.programme_role,
                    language=row.language_code,
                    start_date=timezone.localdate(),
                    invited_by=request.user,
                )
        del request.session[SESSION_KEY]
        skipped = len(rows) - len(to_invite)
        messages.success(
            request,
            ngettext("%(count)s member invited.", "%(count)s members invited.", len(to_invite))
            % {"count": len(to_invite)}
            + " "
            + ngettext("%(count)s line skipped.", "%(count)s lines skipped.", skipped)
            % {"count": skipped},
        )
        return redirect("members:index")
