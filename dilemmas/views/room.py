"""The room's side of a live session, on phones: join by code, follow the session, vote.

These URLs have no language prefix (a code on a projector or a QR code must keep working),
and the page a participant keeps open polls one small JSON state; votes are sent in the
background. Without JavaScript the same page works with a reload."""

import re
import time

from django.contrib import messages
from django.http import Http404, HttpResponseNotModified, JsonResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST
from wagtail.templatetags.wagtailcore_tags import richtext

from integrity_common import ratelimit
from integrity_common.page_cache import cached

from ..app_settings import app_settings
from ..forms import JoinForm
from ..live import LiveError, as_number, cast_vote, join
from ..middleware import wants_json
from ..models import LiveSession, Participant, Phase
from ..models.live import new_token
from ..practice import options_of
from ..results import in_language

COOKIE_AGE = 12 * 60 * 60
# A random id each browser keeps, so that wrong codes are counted per phone.
PHONE_COOKIE = "live-phone"


def cookie_name(code):
    return f"live-{code}"


def _keep_cookie(response, request, name, value):
    response.set_cookie(
        name, value, max_age=COOKIE_AGE, httponly=True, samesite="Lax", secure=request.is_secure()
    )


def participant_for(request, code):
    token = request.COOKIES.get(cookie_name(code))
    if not token:
        return None
    return (
        Participant.objects.select_related("session")
        .filter(token=token, session__code=code)
        .first()
    )


def phone_of(request):
    """This browser's id, or a new one (a cookie we did not issue is not an id: it ends up
    in a cache key)."""
    phone = request.COOKIES.get(PHONE_COOKIE, "")
    return phone if re.fullmatch(r"[\w-]{32}", phone, flags=re.ASCII) else new_token()


# Wrong codes are counted per phone, so that someone who fumbles, or tries codes on
# purpose, pauses alone and not the whole room behind one municipal address; and per
# address, far more generously, so that a script dropping its cookie cannot guess on.
def _wrong_code_limits(phone):
    rates = app_settings.RATE_LIMITS
    return [
        (
            "live-wrong-code",
            rates["wrong_code"],
            phone,
            _("Too many wrong codes. Wait ten minutes and try again."),
        ),
        (
            "live-wrong-code-per-address",
            rates["wrong_code_per_address"],
            None,
            _("Too many wrong codes from here. Try again in ten minutes."),
        ),
    ]


def _open_session(request, phone, code):
    """(the open session with this code, None) or (None, why it is refused)."""
    limits = _wrong_code_limits(phone)
    for action, rate, key, refusal in limits:
        if ratelimit.exceeded(request, action, rate, key):
            return None, refusal
    session = LiveSession.objects.filter(code=code).first()
    if session is None:
        for action, rate, key, _refusal in limits:
            ratelimit.allow(request, action, rate, key)
        return None, _("No session has this code. Check the big screen.")
    if not session.is_open:
        return None, _("This session has ended.")
    return session, None


def join_view(request):
    member = request.user.is_authenticated
    phone = phone_of(request)
    form = JoinForm(request.POST or None, member=member, initial={"code": request.GET.get("code")})
    if request.method == "POST" and form.is_valid():
        code = form.cleaned_data["code"]
        # A phone that is in already (a reload, the QR scanned again) comes back in, whatever
        # was counted against its address.
        participant = participant_for(request, code)
        if participant is None or not participant.session.is_open:
            session, refusal = _open_session(request, phone, code)
            if refusal:
                form.add_error("code", refusal)
            else:
                participant = join(session, request.user, form.cleaned_data.get("nickname", ""))
        if not form.errors:
            response = redirect("live:room", code=code)
            _keep_cookie(response, request, cookie_name(code), participant.token)
            _keep_cookie(response, request, PHONE_COOKIE, phone)
            return response
    response = TemplateResponse(
        request, "dilemmas/live/join.html", {"form": form, "member": member}
    )
    _keep_cookie(response, request, PHONE_COOKIE, phone)
    return response


def room_dilemmas(session, language):
    """What every phone in the session reads, in one language: each dilemma's position,
    title, situation (rendered) and option labels. The same for the whole room, so it is
    built once per session, language and page-cache generation: two thousand phones joining
    must not each read and render five pages."""

    def build():
        items = list(session.items.select_related("dilemma"))
        dilemmas = in_language([item.dilemma for item in items], language)
        return [
            {
                "position": item.position,
                "title": dilemma.title,
                "situation": richtext(dilemma.situation),  # safe HTML, kept as such
                "options": [option.label for option in options_of(dilemma)],
            }
            for item, dilemma in zip(items, dilemmas, strict=True)
        ]

    # The code too: SQLite may give a deleted session's id to the next one.
    return cached("live-room", session.pk, session.code, language, build=build)


def room_view(request, code):
    participant = participant_for(request, code)
    if participant is None:
        get_object_or_404(LiveSession, code=code)
        return redirect(f"{reverse('live:join')}?code={code}")
    session = participant.session
    dilemmas = room_dilemmas(session, get_language())
    voted = set(participant.votes.values_list("position", "round"))
    running = session.phase not in (Phase.LOBBY, Phase.ENDED) and session.position < len(dilemmas)
    return TemplateResponse(
        request,
        "dilemmas/live/room.html",
        {
            "session": session,
            "title": session.title_in(get_language()),
            "participant": participant,
            "dilemmas": dilemmas,
            "current": dilemmas[session.position] if running else None,
            "has_voted": (session.position, session.round) in voted,
            "voted": [f"{position}-{round_}" for position, round_ in voted],
            "state": session.state(),
            "poll_seconds": app_settings.POLL_SECONDS,
        },
    )


# The state each worker read last, per session code: {code: (when, row)}.
_recent_states = {}


def current_state(code):
    """The session's state as a phone sees it: at most STATE_MAX_AGE seconds old."""
    now = time.monotonic()
    seen = _recent_states.get(code)
    if seen is not None and now - seen[0] < app_settings.STATE_MAX_AGE:
        return seen[1]
    row = (
        LiveSession.objects.filter(code=code)
        .values("version", "phase", "position", "round")
        .first()
    )
    if app_settings.STATE_MAX_AGE:
        if len(_recent_states) > 1000:  # codes typed at random must not grow it forever
            _recent_states.clear()
        _recent_states[code] = (now, row)
    return row


@require_GET
def state_view(request, code):
    """The one URL every phone polls: one indexed query at most every STATE_MAX_AGE per
    worker; unchanged answers cost a 304."""
    row = current_state(code)
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
    if wants_json(request):
        return JsonResponse({"ok": status == 200, "message": message}, status=status)
    (messages.success if status == 200 else messages.error)(request, message)
    return redirect("live:room", code=code)
