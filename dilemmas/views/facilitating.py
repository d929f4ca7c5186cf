"""The facilitator's side of a live session: start one from a playlist, run it from the
console on the big screen, and take away the summary (page, PDF, CSV) without names."""

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import Http404, JsonResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import translation
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from integrity_common.export import csv_response
from integrity_common.links import absolute_url
from integrity_common.pdf import pdf_download, render_template_pdf
from integrity_common.qr import qr_svg

from ..adapter import get_adapter
from ..app_settings import app_settings
from ..forms import StartForm
from ..guide import STEPS
from ..kit import playlist_kit, playlist_kit_page
from ..live import LiveError, allowed_moves, as_number, attendance, counts, move, start
from ..models import LiveSession, Phase, Playlist, playlists_in
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
    # Each playlist once, in the facilitator's language where translated.
    playlists = playlists_in(get_language())
    form = StartForm(
        request.POST or None,
        playlists=Playlist.objects.filter(pk__in=[playlist.pk for playlist in playlists]),
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
    page = Paginator(sessions.select_related("facilitator"), 20).get_page(request.GET.get("page"))
    for session in page:
        session.title_shown = session.title_in(get_language())
    return TemplateResponse(
        request,
        "dilemmas/live/sessions.html",
        {"form": form, "playlists": playlists, "sessions": page},
    )


def join_url(request, session):
    """The address phones open from the projected QR code: the public one (SITE_URL), not
    the host the console was reached by, which behind a proxy may be an internal name."""
    return absolute_url(reverse("live:room", args=[session.code]), request)


def join_panel(request, session):
    """What the console and the big screen show to let phones in: the short address to
    type, the session's own address and its QR code."""
    url = join_url(request, session)
    return {
        "join_url": url,
        "short_url": absolute_url(reverse("live:join"), request),
        "qr_svg": qr_svg(url, dark="#1b2a3a"),
    }


def current_step(session):
    """The dilemma on the screen now, in the screen's language, and once revealed how the
    room voted on it (None and None in the lobby)."""
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
    return {
        "item_count": len(items),
        "dilemma": dilemma,
        "result": result,
        "title": session.title_in(session.language),
        "attendance": attendance(session),
        "votes": current_vote_count(session),
        "poll_seconds": app_settings.POLL_SECONDS,
    }


# The console's keys for its most used moves (the list on the console explains them).
SHORTCUTS = {"begin": "N", "open": "O", "lock": "L", "reveal": "R", "next": "N"}


@facilitator_required
def console_view(request, code):
    session = session_of(request, code)
    moves = allowed_moves(session)
    return TemplateResponse(
        request,
        "dilemmas/live/console.html",
        {
            "session": session,
            **current_step(session),
            **join_panel(request, session),
            # Ending is set apart, behind a confirmation (end_view).
            "moves": [(action, SHORTCUTS.get(action, "")) for action in moves if action != "end"],
            "can_end": "end" in moves,
            "guide_steps": STEPS,
        },
    )


@facilitator_required
def screen_view(request, code):
    """The big screen for the projector: the join code, the dilemma in large type, the
    count of votes and the results, and nothing of the facilitator's (no notes, no
    controls, no account). It speaks the language chosen for the screen."""
    session = session_of(request, code)
    with translation.override(session.language):
        return TemplateResponse(
            request,
            "dilemmas/live/screen.html",
            {"session": session, **current_step(session), **join_panel(request, session)},
        ).render()


def current_vote_count(session):
    round_counts = counts(session, session.position).get(session.position, {})
    return sum(round_counts.get(session.round, {}).values())


@facilitator_required
def end_view(request, code):
    """Ending a session cannot be undone (phones can no longer vote), so the console's End
    button leads here, to confirm."""
    session = session_of(request, code)
    if not session.is_open:
        return redirect("dilemmas:console", code=code)
    return TemplateResponse(
        request,
        "dilemmas/live/end.html",
        {"session": session, "title": session.title_in(get_language())},
    )


@facilitator_required
@require_POST
def move_view(request, code):
    session = session_of(request, code)
    action = request.POST.get("action", "")
    if action == "end" and not request.POST.get("confirm"):
        return redirect("dilemmas:end", code=code)
    try:
        move(session, action, as_number(request.POST.get("version")))
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


def summary_context(session):
    return {
        "session": session,
        "title": session.title_in(get_language()),
        "results": session_results(session, get_language()),
        "attendance": attendance(session),
    }


@facilitator_required
def summary_view(request, code):
    session = session_of(request, code)
    return TemplateResponse(request, "dilemmas/live/summary.html", summary_context(session))


@facilitator_required
def summary_pdf_view(request, code):
    session = session_of(request, code)
    pdf = render_template_pdf("dilemmas/pdf/summary.html", summary_context(session))
    return pdf_download(pdf, f"{session_filename(session)}.pdf")


def session_filename(session):
    # Translators: a file name: lowercase, words joined by hyphens.
    return _("session-%(code)s") % {"code": session.code}


@facilitator_required
def summary_csv_view(request, code):
    session = session_of(request, code)
    rows = [
        [
            _("Dilemma number"),
            _("Dilemma"),
            _("Status"),
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
        number, title = result.position + 1, result.dilemma.title
        if not result.counted:
            # One row, its vote cells empty: not a column of zeros that reads as a vote.
            status = _("not reached") if not result.reached else _("no votes")
            rows.append([number, title, status, "", "", "", "", "", "", ""])
            continue
        for option in result.options:
            after = option.after
            rows.append(
                [
                    number,
                    title,
                    _("voted"),
                    option.number,
                    option.label,
                    option.before.count,
                    option.before.percent,
                    after.count if after else "",
                    after.percent if after else "",
                    option.shift if after else "",
                ]
            )
    return csv_response(rows, session_filename(session))


@facilitator_required
def kit_view(request, playlist_id):
    return playlist_kit(get_object_or_404(Playlist, pk=playlist_id))


@facilitator_required
def kit_page_view(request, playlist_id):
    return playlist_kit_page(request, get_object_or_404(Playlist, pk=playlist_id))
