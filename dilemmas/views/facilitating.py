"""The facilitator's side of a live session: start one from a playlist, run it from the
console on the big screen, and take away the summary (page, PDF, CSV) without names."""

import segno
from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import Http404, JsonResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from certificates.pdf import render_template_pdf
from integrity_common.export import csv_response, download
from integrity_common.links import absolute_url

from ..adapter import get_adapter
from ..app_settings import app_settings
from ..forms import StartForm
from ..guide import STEPS
from ..kit import playlist_kit, playlist_kit_page
from ..live import LiveError, allowed_moves, as_number, attendance, counts, move, start
from ..models import LiveSession, Phase, Playlist
from ..results import dilemma_result, in_language, session_results


def facilitator_required(view):
    @login_required
    def wrapped(request, *args, **kwargs):
        if not get_adapter().can_facilitate(request.user):
            raise PermissionDenied
        return view(request, *args, **kwargs)

    return wrapped


def session_of(request, code):
    """The session, if it is this facilitator's (a forged or foreign code is a 404)."""
    session = get_object_or_404(LiveSession, code=code)
    if session.facilitator_id != request.user.pk and not get_adapter().sees_every_session(
        request.user
    ):
        raise Http404
    return session


@facilitator_required
def sessions_view(request):
    adapter = get_adapter()
    form = StartForm(
        request.POST or None,
        playlists=Playlist.objects.all(),
        languages=settings.LANGUAGES,
        counts_for_choices=adapter.counts_for_choices(request.user),
        initial={"language": get_language()},
    )
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        counts_for = data.get("counts_for", "")
        labels = dict(form.fields["counts_for"].choices) if counts_for else {}
        try:
            session = start(
                data["playlist"],
                request.user,
                data["language"],
                counts_for=counts_for,
                counts_for_label=str(labels.get(counts_for, "")),
            )
        except LiveError as error:
            form.add_error("playlist", str(error))
        else:
            return redirect("dilemmas:console", code=session.code)
    sessions = LiveSession.objects.all()
    if not adapter.sees_every_session(request.user):
        sessions = sessions.filter(facilitator=request.user)
    return TemplateResponse(
        request,
        "dilemmas/live/sessions.html",
        {
            "form": form,
            "playlists": Playlist.objects.all(),
            "sessions": Paginator(sessions.select_related("facilitator"), 20).get_page(
                request.GET.get("page")
            ),
        },
    )


def join_url(request, session):
    """The address phones open from the projected QR code: the public one (SITE_URL), not
    the host the console was reached by, which behind a proxy may be an internal name."""
    return absolute_url(reverse("live:room", args=[session.code]), request)


@facilitator_required
def console_view(request, code):
    session = session_of(request, code)
    items = list(session.items.select_related("dilemma"))
    result = None
    dilemma = None
    if items and session.phase != Phase.LOBBY:
        item = items[session.position]
        dilemma = in_language([item.dilemma], session.language)[0]
        if session.phase in (Phase.REVEALED, Phase.ENDED):
            result = dilemma_result(
                item, dilemma, counts(session, item.position).get(item.position, {})
            )
    url = join_url(request, session)
    return TemplateResponse(
        request,
        "dilemmas/live/console.html",
        {
            "session": session,
            "item_count": len(items),
            "dilemma": dilemma,
            "result": result,
            "moves": allowed_moves(session),
            "join_url": url,
            "short_url": absolute_url(reverse("live:join"), request),
            "qr_svg": segno.make(url, error="m").svg_inline(scale=6, border=2, dark="#1b2a3a"),
            "attendance": attendance(session),
            "votes": current_vote_count(session),
            "guide_steps": STEPS,
            "poll_seconds": app_settings.POLL_SECONDS,
        },
    )


def current_vote_count(session):
    round_counts = counts(session, session.position).get(session.position, {})
    return sum(round_counts.get(session.round, {}).values())


@facilitator_required
@require_POST
def move_view(request, code):
    session = session_of(request, code)
    try:
        move(session, request.POST.get("action", ""), as_number(request.POST.get("version")))
    except LiveError as error:
        messages.error(request, str(error))
    return redirect("dilemmas:console", code=code)


@facilitator_required
def progress_view(request, code):
    """What the console polls while people join and vote: counts only, never names."""
    session = session_of(request, code)
    return JsonResponse(
        {
            "version": session.version,
            "phase": session.phase,
            "votes": current_vote_count(session),
            **attendance(session),
        }
    )


@facilitator_required
def summary_view(request, code):
    session = session_of(request, code)
    return TemplateResponse(
        request,
        "dilemmas/live/summary.html",
        {
            "session": session,
            "results": session_results(session, get_language()),
            "attendance": attendance(session),
        },
    )


@facilitator_required
def summary_pdf_view(request, code):
    session = session_of(request, code)
    pdf = render_template_pdf(
        "dilemmas/pdf/summary.html",
        {
            "session": session,
            "results": session_results(session, get_language()),
            "attendance": attendance(session),
        },
    )
    return download(pdf, "application/pdf", f"session-{session.code}.pdf")


@facilitator_required
def summary_csv_view(request, code):
    session = session_of(request, code)
    rows = [
        [
            _("Dilemma number"),
            _("Dilemma"),
            _("Option number"),
            _("Option"),
            _("Votes, first round"),
            _("%, first round"),
            _("Votes, second round"),
            _("%, second round"),
            _("Shift (points)"),
        ]
    ]
    for result in session_results(session, get_language()):
        for option in result.options:
            after = option.after
            rows.append(
                [
                    result.position + 1,
                    result.dilemma.title,
                    option.number,
                    option.label,
                    option.before.count,
                    option.before.percent,
                    after.count if after else "",
                    after.percent if after else "",
                    option.shift if after else "",
                ]
            )
    return csv_response(rows, f"session-{session.code}")


@facilitator_required
def kit_view(request, playlist_id):
    return playlist_kit(get_object_or_404(Playlist, pk=playlist_id))


@facilitator_required
def kit_page_view(request, playlist_id):
    return playlist_kit_page(request, get_object_or_404(Playlist, pk=playlist_id))
