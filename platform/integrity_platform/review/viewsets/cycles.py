"""The integrity officer opens the year's review and follows up the proposals for the code;
coordinators record exemptions for their members."""

from datetime import date, timedelta

from django import forms
from django.contrib import messages
from django.shortcuts import redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from django.views.generic import FormView
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.ui.tables import Column
from wagtail.admin.views import generic
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.views.generic.permissions import PermissionCheckedMixin
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.models import Locale

from courses.models import CoursePage
from integrity_common.admin_scoping import ScopedViewSetMixin
from integrity_common.export import SafeSpreadsheetExportMixin
from integrity_common.translated import title_in_language
from integrity_platform.people.models import Organisation
from integrity_platform.people.scoping import members_managed_by

from ..cycles import open_cycles
from ..models import REVIEWED_ROLES, ChangeProposal, Exemption, ReviewCycle
from ..scoping import cycles_for, exemptions_for, proposals_for


class CourseChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj):
        return getattr(obj, "title_shown", obj.title)


class OpenCyclesForm(forms.Form):
    year = forms.IntegerField(label=_("Year"), min_value=2000, max_value=2100)
    opens_on = forms.DateField(label=_("Opens on"), widget=forms.DateInput(attrs={"type": "date"}))
    due_on = forms.DateField(label=_("Due on"), widget=forms.DateInput(attrs={"type": "date"}))
    catch_up_course = CourseChoiceField(
        label=_("Catch-up course"),
        queryset=CoursePage.objects.none(),
        required=False,
        help_text=_("Completing it counts as taking part, for members who missed the session."),
    )
    organisations = forms.ModelMultipleChoiceField(
        label=_("Organisations"),
        queryset=Organisation.objects.order_by("name"),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Leave all unticked to open the review for every organisation."),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Progress is kept against the main language's course; named in the reader's.
        self.fields["catch_up_course"].queryset = (
            CoursePage.objects.live()
            .filter(locale=Locale.get_default())
            .annotate(title_shown=title_in_language())
            .order_by("title_shown")
        )

    def clean(self):
        cleaned = super().clean()
        year, opens_on, due_on = (cleaned.get(k) for k in ("year", "opens_on", "due_on"))
        if year and opens_on and due_on:
            if not (date(year, 1, 1) <= opens_on <= due_on <= date(year, 12, 31)):
                raise forms.ValidationError(
                    _("Both dates fall within the year, and the review opens before it is due.")
                )
        return cleaned


class OpenCyclesView(PermissionCheckedMixin, WagtailAdminTemplateMixin, FormView):
    model = ReviewCycle
    permission_required = "add"
    form_class = OpenCyclesForm
    template_name = "review/admin/open_cycles.html"
    page_title = _("Open the annual review")
    header_icon = "calendar-check"

    def get_initial(self):
        today = timezone.localdate()
        # Due mid-December, or by the year's end once that has passed.
        due_on = max(
            date(today.year, 12, 15), min(today + timedelta(days=14), date(today.year, 12, 31))
        )
        return {"year": today.year, "opens_on": today, "due_on": due_on}

    def form_valid(self, form):
        data = form.cleaned_data
        opened = open_cycles(
            data["year"],
            opens_on=data["opens_on"],
            due_on=data["due_on"],
            organisations=data["organisations"] or None,
            catch_up_course=data["catch_up_course"],
            by=self.request.user,
        )
        messages.success(
            self.request,
            ngettext(
                "The review is open for %(count)s organisation.",
                "The review is open for %(count)s organisations.",
                len(opened),
            )
            % {"count": len(opened)},
        )
        return redirect(reverse("review_completion:index") + f"?year={data['year']}")


class ProposalForm(WagtailAdminModelForm):
    class Meta:
        model = ChangeProposal
        fields = ["status", "version_label"]

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("status") == ChangeProposal.Status.TAKEN and not cleaned.get(
            "version_label"
        ):
            self.add_error("version_label", _("Name the version the proposal was taken into."))
        return cleaned


class ProposalEditView(generic.EditView):
    def save_instance(self):
        self.form.instance.handled_by = self.request.user
        self.form.instance.handled_at = timezone.now()
        return super().save_instance()


class ProposalIndexView(SafeSpreadsheetExportMixin, generic.IndexView):
    def get_base_queryset(self):
        return proposals_for(self.request.user).select_related("session__cycle__organisation")


class ProposalViewSet(ScopedViewSetMixin, ModelViewSet):
    """Every organisation's proposals for the code, in one list for the integrity officer."""

    model = ChangeProposal
    icon = "comment"
    menu_label = _("Proposals for the code")
    url_prefix = "review/proposals"
    form_fields = ["status", "version_label"]
    index_view_class = ProposalIndexView  # proposals are typed by members: see its mixin
    edit_view_class = ProposalEditView
    copy_view_enabled = False
    list_filter = ["status"]
    search_fields = ["text"]
    search_backend_name = None
    list_per_page = 50
    list_display = [
        "text",
        Column("organisation", label=_("Organisation")),
        Column("created_at", label=_("Proposed at"), sort_key="created_at"),
        Column("get_status_display", label=_("Status"), sort_key="status"),
        "version_label",
    ]
    list_export = ["text", "organisation", "created_at", "get_status_display", "version_label"]
    # Every heading named: Wagtail would make "Organisation" (untranslated) of a property
    # and " method" of get_status_display.
    export_headings = {
        "text": _("Proposal"),
        "organisation": _("Organisation"),
        "created_at": _("Proposed at"),
        "get_status_display": _("Status"),
        "version_label": _("Taken into version"),
    }
    # Translators: a file name: lowercase, words joined by hyphens.
    export_filename = _("code-proposals")

    def get_form_class(self, for_update=False):
        return ProposalForm

    def visible_to(self, user):
        return proposals_for(user)


class ExemptionForm(WagtailAdminModelForm):
    class Meta:
        model = Exemption
        fields = ["cycle", "member", "reason"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        user = self.for_user
        self.fields["cycle"].queryset = cycles_for(user).filter(year__gte=timezone.localdate().year)
        self.fields["member"].queryset = (
            members_managed_by(user)
            .filter(is_active=True, programme_role__in=REVIEWED_ROLES)
            .select_related("user")
        )

    def clean(self):
        cleaned = super().clean()
        cycle, member = cleaned.get("cycle"), cleaned.get("member")
        if cycle and member and member.organisation_id != cycle.organisation_id:
            self.add_error("member", _("This member belongs to another organisation."))
        return cleaned


class ExemptionCreateView(generic.CreateView):
    def save_instance(self):
        self.form.instance.recorded_by = self.request.user
        return super().save_instance()


class ExemptionIndexView(generic.IndexView):
    def get_base_queryset(self):
        return exemptions_for(self.request.user).select_related(
            "member__user", "cycle__organisation"
        )


class ExemptionViewSet(ScopedViewSetMixin, ModelViewSet):
    model = Exemption
    icon = "pick"
    menu_label = _("Exemptions")
    url_prefix = "review/exemptions"
    form_fields = ["cycle", "member", "reason"]
    index_view_class = ExemptionIndexView
    add_view_class = ExemptionCreateView
    copy_view_enabled = False
    list_per_page = 50
    list_display = ["member", "cycle", "reason"]

    def get_form_class(self, for_update=False):
        return ExemptionForm

    def visible_to(self, user):
        return exemptions_for(user)
