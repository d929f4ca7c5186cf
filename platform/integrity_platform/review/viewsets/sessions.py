"""Review sessions in the Wagtail admin: a coordinator or facilitator schedules one, sends
the invitation, and runs it: the agenda drawn from the code, check-in by code or QR, the
big screen for the room and the printed agenda, attendance from the list, and the minutes
with proposals for the code."""

from django.contrib import messages
from django.db import transaction
from django.db.models import Count
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone, translation
from django.utils.functional import cached_property
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from django.views import View
from django.views.generic import TemplateView
from wagtail.admin.ui.tables import BooleanColumn, Column, TitleColumn
from wagtail.admin.views import generic
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.views.generic.permissions import PermissionCheckedMixin
from wagtail.admin.viewsets.model import ModelViewSet

from certificates.queries import values_of_the_code
from integrity_common.admin_scoping import ScopedViewSetMixin
from integrity_common.export import download
from integrity_common.links import absolute_url
from integrity_common.qr import qr_svg

from ..agenda import agenda_download, agenda_of, screens_of
from ..forms import AttendanceForm, MinutesForm, SessionForm
from ..invitations import check_in_path, ics, send_invitations
from ..models import STANDING_QUESTIONS, Attendance, ChangeProposal, ReviewSession
from ..scoping import sessions_for


class ScopedSessionMixin:
    """The session of the URL, among those of organisations the user runs reviews for (the
    viewset has already answered 404 for any other id, see ReviewSessionViewSet)."""

    def get_object(self, queryset=None):
        return get_object_or_404(
            sessions_for(self.request.user).select_related("cycle__organisation"),
            pk=self.kwargs["pk"],
        )


class SessionIndexView(generic.IndexView):
    add_item_label = gettext_lazy("Schedule a session")

    def get_base_queryset(self):
        return (
            sessions_for(self.request.user)
            .select_related("cycle__organisation")
            .annotate(present=Count("attendance"))
        )


class SessionCreateView(generic.CreateView):
    def save_instance(self):
        self.form.instance.scheduled_by = self.request.user
        return super().save_instance()

    def get_success_url(self):
        return reverse("review_sessions:run", args=[self.object.pk])


class SessionRunView(
    ScopedSessionMixin, PermissionCheckedMixin, WagtailAdminTemplateMixin, TemplateView
):
    """The page a coordinator keeps open in the room (and projects the check-in part of)."""

    model = ReviewSession
    permission_required = "change"
    template_name = "review/admin/run.html"
    header_icon = "calendar"

    @cached_property
    def session(self):
        return self.get_object()

    def get_page_title(self):
        return _("Review session")

    def get_page_subtitle(self):
        return str(self.session)

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [
            {"url": reverse("review_sessions:index"), "label": _("Review sessions")},
            {"url": "", "label": str(self.session)},
        ]

    def get_context_data(self, attendance_form=None, minutes_form=None, **kwargs):
        session = self.session
        check_in_url = absolute_url(check_in_path(session), self.request)
        present = list(session.attendance.values_list("member_id", flat=True))
        return super().get_context_data(
            session=session,
            values=values_of_the_code(translation.get_language()),
            questions=STANDING_QUESTIONS,
            check_in_url=check_in_url,
            qr_svg=qr_svg(check_in_url),
            attendance_form=attendance_form
            or AttendanceForm(session=session, initial={"present": present}),
            present_count=len(present),
            minutes_form=minutes_form or MinutesForm(instance=session),
            proposals=session.proposals.all(),
            **kwargs,
        )

    def post(self, request, *args, **kwargs):
        if "attendance" in request.POST:
            return self.save_attendance()
        return self.save_minutes()

    @transaction.atomic
    def save_attendance(self):
        form = AttendanceForm(self.request.POST, session=self.session)
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(attendance_form=form))
        chosen = set(form.cleaned_data["present"])
        recorded = {a.member: a for a in self.session.attendance.select_related("member")}
        for member in chosen - recorded.keys():
            Attendance.objects.create(session=self.session, member=member, how=Attendance.How.LIST)
        for member in recorded.keys() - chosen:
            recorded[member].delete()
        messages.success(
            self.request,
            ngettext("%(count)s member present.", "%(count)s members present.", len(chosen))
            % {"count": len(chosen)},
        )
        return redirect(reverse("review_sessions:run", args=[self.session.pk]) + "#attendance")

    @transaction.atomic
    def save_minutes(self):
        form = MinutesForm(self.request.POST, instance=self.session)
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(minutes_form=form))
        session = form.save(commit=False)
        session.minutes_recorded_at = timezone.now()
        session.minutes_recorded_by = self.request.user
        session.save()
        for text in form.proposal_texts():
            ChangeProposal.objects.create(session=session, text=text)
        messages.success(self.request, _("The minutes are saved."))
        return redirect(reverse("review_sessions:run", args=[session.pk]) + "#minutes")


class SessionScreenView(ScopedSessionMixin, PermissionCheckedMixin, View):
    """The big screen in the room, in the language of the meeting: checking in first, then
    the agenda one step at a time. A page of its own, outside the admin's frame: nothing of
    the coordinator's menus or account is projected."""

    model = ReviewSession
    permission_required = "change"

    def get(self, request, pk, step=1):
        session = self.get_object()
        agenda = agenda_of(session)
        screens = screens_of(agenda)
        if not 1 <= step <= len(screens):
            raise Http404
        context = {
            "agenda": agenda,
            "session": session,
            "screen": screens[step - 1],
            "step": step,
            "steps": len(screens),
            "previous": step - 1 if step > 1 else None,
            "next": step + 1 if step < len(screens) else None,
            "check_in_address": absolute_url(check_in_path(), request),
            # Each agenda item's first screen, for the overview to jump to.
            "items": [
                (number, screen)
                for number, screen in enumerate(screens, start=1)
                if screen.kind in ("value", "question") and screen.part == 1
            ],
        }
        if context["screen"].kind == "check_in":
            context["qr_svg"] = qr_svg(absolute_url(check_in_path(session), request))
        with translation.override(agenda.language):
            return TemplateResponse(request, "review/screen.html", context).render()


class SessionAgendaView(ScopedSessionMixin, PermissionCheckedMixin, View):
    """The printable agenda (PDF), for whoever may see the session."""

    model = ReviewSession
    permission_required = "view"

    def get(self, request, pk):
        return agenda_download(self.get_object())


class SessionCalendarView(ScopedSessionMixin, PermissionCheckedMixin, View):
    model = ReviewSession
    permission_required = "view"

    def get(self, request, pk):
        session = self.get_object()
        return download(
            ics(session, translation.get_language()),
            "text/calendar",
            # Translators: a file name: lowercase, words joined by hyphens.
            str(_("review-session")) + ".ics",
        )


class SessionInviteView(ScopedSessionMixin, PermissionCheckedMixin, View):
    model = ReviewSession
    permission_required = "change"
    http_method_names = ["post"]

    def post(self, request, pk):
        session = self.get_object()
        sent = send_invitations(session)
        messages.success(
            request,
            ngettext(
                "Invitation sent to %(count)s member.",
                "Invitation sent to %(count)s members.",
                sent,
            )
            % {"count": sent},
        )
        return redirect("review_sessions:run", pk)


class ReviewSessionViewSet(ScopedViewSetMixin, ModelViewSet):
    model = ReviewSession
    icon = "calendar"
    menu_label = gettext_lazy("Review sessions")
    url_prefix = "review/sessions"
    form_fields = ["cycle", "starts_at", "duration_minutes", "place", "online_link", "language"]
    index_view_class = SessionIndexView
    add_view_class = SessionCreateView
    copy_view_enabled = False
    inspect_view_enabled = False
    list_per_page = 50

    def get_form_class(self, for_update=False):
        return SessionForm

    def visible_to(self, user):
        return sessions_for(user)

    @property
    def list_display(self):
        return [
            TitleColumn(
                "starts_at",
                label=gettext_lazy("Date"),
                sort_key="starts_at",
                get_url=lambda session: reverse("review_sessions:run", args=[session.pk]),
            ),
            Column("cycle", label=gettext_lazy("Review of")),
            Column("place", label=gettext_lazy("Place")),
            Column("present", label=gettext_lazy("Present"), sort_key="present"),
            BooleanColumn("has_minutes", label=gettext_lazy("Minutes")),
        ]

    def get_urlpatterns(self):
        return super().get_urlpatterns() + [
            path("<int:pk>/run/", self.construct_view(SessionRunView), name="run"),
            path(
                "<int:pk>/calendar.ics", self.construct_view(SessionCalendarView), name="calendar"
            ),
            path("<int:pk>/invite/", self.construct_view(SessionInviteView), name="invite"),
            path("<int:pk>/screen/", self.construct_view(SessionScreenView), name="screen"),
            path(
                "<int:pk>/screen/<int:step>/",
                self.construct_view(SessionScreenView),
                name="screen_step",
            ),
            path("<int:pk>/agenda.pdf", self.construct_view(SessionAgendaView), name="agenda"),
        ]
