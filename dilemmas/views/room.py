"""The room's side of a live session, on phones: join by code, follow the session, vote.

These URLs have no language prefix (a code on a projector or a QR code must keep working),
and the page a participant keeps open polls one small JSON state; votes are sent in the
background. Without JavaScript the same page works with a reload."""

from django.contrib import messages
from django.http import Http404, HttpResponseNotModified, JsonResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from certificates.ratelimit import allow, exceeded

from ..app_settings import app_settings
from ..forms import JoinForm
from ..live import LiveError, as_number, cast_vote, join
from ..models import LiveSession, Participant
from ..results import in_language

COOKIE_AGE = 12 * 60 * 60
WRONG_CODE_WINDOW = 10 * 60


def cookie_name(code):
    return f"live-{code}"


def participant_for(request, code):
    token = request.COOKIES.get(cookie_name(code))
    if not token:
        return None
    return (
        Participant.objects.select_related("session")
        .filter(token=token, session__code=code)
        .first()
    )


def join_view(request):
    member = request.user.is_authenticated
    form = JoinForm(request.POST or None, member=member, initial={"code": request.GET.get("code")})
    if request.method == "POST" and form.is_valid():
        code = form.cleaned_data["code"]
        session = None
        if exceeded(request, "live-code", app_settings.WRONG_CODE_LIMIT, WRONG_CODE_WINDOW):
            form.add_error("code", _("Too many wrong codes from here. Try again in ten minutes."))
        else:
            session = LiveSession.objects.filter(code=code).first()
            if session is None:
                allow(request, "live-code", app_settings.WRONG_CODE_LIMIT, WRONG_CODE_WINDOW)
                form.add_error("code", _("No session has this code. Check the big screen."))
            elif not session.is_open:
                form.add_error("code", _("This session has ended."))
        if not form.errors:
            existing = participant_for(request, code)
            participant = existing or join(
                session, request.user, form.cleaned_data.get("nickname", "")
            )
            response = redirect("live:room", code=code)
            response.set_cookie(
                cookie_name(code),
                participant.token,
                max_age=COOKIE_AGE,
                httponly=True,
                samesite="Lax",
                secure=request.is_secure(),
            )
            return response
    return TemplateResponse(request, "dilemmas/live/join.html", {"form": form, "member": member})


def room_view(request, code):
    participant = participant_for(request, code)
    if participant is None:
        get_object_or_404(LiveSession, code=code)
        return redirect(f"{reverse('live:join')}?code={code}")
    session = participant.session
    items = list(session.items.select_related("dilemma"))
    dilemmas = in_language([item.dilemma for item in items], get_language())
    voted = set(participant.votes.values_list("position", "round"))
    return TemplateResponse(
        request,
        "dilemmas/live/room.html",
        {
            "session": session,
            "participant": participant,
            "items": list(zip(items, dilemmas, strict=True)),
            "has_voted": (session.position, session.round) in voted,
            "voted": [f"{position}-{round_}" for position, round_ in voted],
            "state": session.state(),
            "poll_seconds": app_settings.POLL_SECONDS,
        },
    )


@require_GET
def state_view(request, code):
    """The one URL every phone polls. One indexed query; unchanged answers cost a 304."""
    row = (
        LiveSession.objects.filter(code=code)
        .values("version", "phase", "position", "round")
        .first()
    )
    if row is None:
        raise Http404
    etag = f'"{row["version"]}"'
    if request.headers.get("If-None-Match") == etag:
        response = HttpResponseNotModified()
    else:
        response = JsonResponse(row)
    response["ETag"] = etag
    response["Cache-Control"] = "no-cache"
    return response


@require_POST
def vote_view(request, code):
    wants_json = "application/json" in request.headers.get("Accept", "")
    participant = participant_for(request, code)
    if participant is None:
        get_object_or_404(LiveSession, code=code)
        message, status = _("Join the session first."), 403
    else:
        try:
            cast_vote(
                participant,
                as_number(request.POST.get("position")),
                as_number(request.POST.get("round")),
                as_number(request.POST.get("option")),
            )
        except LiveError as error:
            message, status = str(error), 409
        else:
            message, status = _("Your vote is in. Watch the big screen."), 200
    if wants_json:
        return JsonResponse({"ok": status == 200, "message": message}, status=status)
    (messages.success if status == 200 else messages.error)(request, message)
    return redirect("live:room", code=code)
