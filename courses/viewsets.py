"""Wagtail admin for coordinators and the integrity officer: who is where in which course,
and assigning courses. Learners come from the adapter, so a coordinator only ever sees and
assigns within their own organisation."""

import django_filters
from django import forms
from django.contrib import messages
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from django.views.generic import FormView
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column
from wagtail.admin.views import generic
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.views.generic.permissions import PermissionCheckedMixin
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.models import Locale

from integrity_common.admin_scoping import ScopedViewSetMixin
from integrity_common.export import SafeSpreadsheetExportMixin
from integrity_common.organisations import OrganisationFilterMixin
from integrity_common.translated import title_in_language

from .adapter import get_adapter
from .assignment import assign
from .models import CoursePage, Enrolment
from .models.progress import Status


def canonical_courses():
    """The courses to choose from (progress is kept against the main language's page),
    each named in the reader's language where translated."""
    return (
        CoursePage.objects.live()
        .filter(locale=Locale.get_default())
        .annotate(title_shown=title_in_language())
        .order_by("title_shown")
    )


class CourseChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj):
        return getattr(obj, "title_shown", obj.title)


class CourseFilter(django_filters.ModelChoiceFilter):
    field_class = CourseChoiceField


class EnrolmentFilterSet(OrganisationFilterMixin, WagtailFilterSet):
    get_adapter = staticmethod(get_adapter)

    course = CourseFilter(
        label=_("Course"), queryset=CoursePage.objects.none(), empty_label=_("All courses")
    )
    status = django_filters.ChoiceFilter(
        label=_("Status"), choices=Status.choices, empty_label=_("All")
    )

    class Meta:
        model = Enrolment
        fields = ["course", "status"]

    def __init__(self, *args, request=None, **kwargs):
        super().__init__(*args, request=request, **kwargs)
        self.filters["course"].queryset = canonical_courses()


def enrolments_visible_to(user):
    """The enrolments of the learners `user` may see (the adapter says who they are)."""
    return Enrolment.objects.filter(user__in=get_adapter().learners_visible_to(user))


class EnrolmentIndexView(SafeSpreadsheetExportMixin, generic.IndexView):
    page_title = _("Course progress")
    add_item_label = _("Assign a course")

    def get_base_queryset(self):
        queryset = (
            enrolments_visible_to(self.request.user)
            .with_status()
            .select_related("user", "course")
            .annotate(course_title=title_in_language("course"))
        )
        return get_adapter().annotate_organisation(queryset, "user")


class AssignForm(forms.Form):
    course = CourseChoiceField(label=_("Course"), queryset=CoursePage.objects.none())
    learners = forms.ModelMultipleChoiceField(
        label=_("Learners"),
        queryset=None,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    audience = forms.ChoiceField(label=_("Or everyone with the role"), required=False, choices=())
    due_date = forms.DateField(
        label=_("Due date"), widget=forms.DateInput(attrs={"type": "date"}), required=False
    )

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        adapter = get_adapter()
        self.visible = adapter.learners_visible_to(user).order_by("last_name", "first_name")
        self.fields["course"].queryset = canonical_courses()
        self.fields["learners"].queryset = self.visible
        self.fields["audience"].choices = [("", "---------")] + list(adapter.audience_choices())

    def clean(self):
        cleaned = super().clean()
        if not cleaned.get("learners") and not cleaned.get("audience"):
            raise forms.ValidationError(_("Choose learners, or a role to assign to everyone."))
        return cleaned

    def chosen_learners(self):
        chosen = set(self.cleaned_data.get("learners") or [])
        audience = self.cleaned_data.get("audience")
        if audience:
            chosen.update(get_adapter().learners_in_audience(self.visible, audience))
        return sorted(chosen, key=lambda u: u.pk)


class AssignView(PermissionCheckedMixin, WagtailAdminTemplateMixin, FormView):
    model = Enrolment
    permission_required = "add"
    form_class = AssignForm
    template_name = "courses/admin/assign.html"
    page_title = _("Assign a course")
    header_icon = "list-ul"

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [
            {"url": reverse("enrolments:index"), "label": _("Course progress")},
            {"url": "", "label": self.page_title},
        ]

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "user": self.request.user}

    def form_valid(self, form):
        learners = form.chosen_learners()
        new, updated = assign(
            form.cleaned_data["course"],
            learners,
            due_date=form.cleaned_data["due_date"],
            assigned_by=self.request.user,
        )
        messages.success(
            self.request,
            ngettext("%(count)s learner assigned.", "%(count)s learners assigned.", new)
            % {"count": new}
            + " "
            + ngettext(
                "%(count)s already had it; the due date was updated.",
                "%(count)s already had it; the due date was updated.",
                updated,
            )
            % {"count": updated},
        )
        return redirect("enrolments:index")


class EnrolmentViewSet(ScopedViewSetMixin, ModelViewSet):
    model = Enrolment
    icon = "list-ul"
    menu_label = _("Course progress")
    menu_order = 210
    add_to_admin_menu = True
    url_prefix = "courses/progress"
    index_view_class = EnrolmentIndexView
    inspect_view_enabled = False
    copy_view_enabled = False
    filterset_class = EnrolmentFilterSet
    search_fields = ["user__first_name", "user__last_name", "user__email"]
    search_backend_name = None
    list_per_page = 50
    list_display = [
        Column("user", label=_("Learner"), sort_key="user__last_name"),
        Column("organisation_name", label=_("Organisation"), sort_key="organisation_name"),
        Column("course_title", label=_("Course"), sort_key="course_title"),
        Column("status_label", label=_("Status"), sort_key="status"),
        Column("due_date", label=_("Due date"), sort_key="due_date"),
        Column("completed_at", label=_("Completed"), sort_key="completed_at"),
        Column("score", label=_("Score (%)"), sort_key="score"),
    ]
    list_export = [
        "user",
        "email",
        "organisation_name",
        "course_title",
        "status_label",
        "due_date",
        "completed_at",
        "score",
    ]
    export_headings = {
        "user": _("Learner"),
        "email": _("Email address"),
        "organisation_name": _("Organisation"),
        "course_title": _("Course"),
        "status_label": _("Status"),
        "due_date": _("Due date"),
        "completed_at": _("Completed"),
        "score": _("Score (%)"),
    }
    # Translators: a file name: lowercase, words joined by hyphens.
    export_filename = _("course-progress")
    # Only a superuser may change an enrolment's due date directly; coordinators assign.
    form_fields = ["due_date"]

    @property
    def add_view(self):
        # "Add" here means assigning a course to several learners at once.
        return AssignView.as_view()

    def visible_to(self, user):
        return enrolments_visible_to(user)
