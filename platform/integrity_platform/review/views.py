"""The member's side of the annual review: where they stand this year, and checking in."""

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_http_methods

from integrity_platform.people.scoping import active_member

from .agenda import agenda_download, agenda_of
from .checkin import check_in, count_wrong_code, session_for_code, too_many_wrong_codes
from .models import ReviewSession, ReviewStatus
from .record import record_download, training_record


@login_required
def my_review(request):
    member = active_member(request.user)
    year = timezone.localdate().year
    status = (
        ReviewStatus.objects.with_state()
        .select_related("cycle__catch_up_course")
        .filter(member=member, cycle__year=year)
        .first()
        if member
        else None
    )
    sessions = []
    if status is not None:
        sessions = list(
            ReviewSession.objects.filter(
                cycle=status.cycle, starts_at__gte=timezone.now() - timezone.timedelta(hours=3)
            ).order_by("starts_at")
        )
    return render(
        request,
        "review/my_review.html",
        {
            "year": year,
            "status": status,
            "sessions": sessions,
            "catch_up_url": _catch_up_url(status, request),
            "preparation": _preparation(sessions),
        },
    )


def _preparation(sessions):
    """The agenda of the next session not yet over, in the reader's language, to prepare
    with; None when none is planned."""
    now = timezone.now()
    coming = next((session for session in sessions if session.ends_at > now), None)
    return agenda_of(coming, translation.get_language()) if coming else None


def _catch_up_url(status, request):
    if status is None or status.cycle.catch_up_course is None:
        return None
    # The course in the reader's language where it is translated and live.
    return status.cycle.catch_up_course.localized.get_url(request)


class CheckInForm(forms.Form):
    code = forms.CharField(
        label=gettext_lazy("Check-in code"),
        max_length=12,
        help_text=gettext_lazy("The six characters shown in the room."),
        widget=forms.TextInput(
            attrs={"autocomplete": "off", "autocapitalize": "characters", "spellcheck": "false"}
        ),
    )


@login_required
@require_http_methods(["GET", "POST"])
def check_in_view(request):
    """A scanned QR code opens this page with ?code=…; checking in is a deliberate POST."""
    member = active_member(request.user)
    form = CheckInForm(request.POST or None, initial={"code": request.GET.get("code", "")})
    if request.method == "POST" and form.is_valid():
        if member is not None and too_many_wrong_codes(member):
            form.add_error("code", _("Too many wrong codes. Wait ten minutes and try again."))
            return render(request, "review/check_in.html", {"form": form}, status=429)
        session = session_for_code(form.cleaned_data["code"], member) if member else None
        if session is None:
            if member is not None:
                count_wrong_code(member)
            form.add_error(
                "code",
                _("This code does not open a review session of your organisation right now."),
            )
        else:
            _attendance, created = check_in(session, member)
            if created:
                messages.success(request, _("You are checked in. Welcome!"))
            else:
                messages.info(request, _("You were already checked in."))
            return redirect(reverse("review:mine"))
    return render(request, "review/check_in.html", {"form": form})


@login_required
def agenda_pdf(request, pk):
    """The printed agenda of a session of the member's own organisation."""
    member = active_member(request.user)
    if member is None:
        raise Http404
    session = get_object_or_404(
        ReviewSession.objects.select_related("cycle__organisation"),
        pk=pk,
        cycle__organisation_id=member.organisation_id,
    )
    return agenda_download(session)


@login_required
def my_record(request):
    member = active_member(request.user)
    entries = training_record(member) if member else []
    return render(request, "review/record.html", {"entries": entries})


@login_required
def my_record_pdf(request):
    member = active_member(request.user)
    if member is None:
        raise Http404
    return record_download(member)
