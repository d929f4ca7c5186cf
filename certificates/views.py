"""The signing flow: read the current version in your language, fill in, confirm, sign."""

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from integrity_common.private_files import private_file_response

from .adapter import get_adapter
from .forms import FORMS
from .issuing import issue_from_form
from .models import Acknowledgement
from .queries import current_acknowledgement
from .text import paragraphs
from .versions import published_languages, text_in_force, update_in_translation

SHOWN = "certificates_code_shown"


@login_required
@require_http_methods(["GET", "POST"])
def acknowledge(request):
    """What the person is asked to acknowledge now (see adapter.Due), in the language they
    read, or in another language only when they chose it (?language=)."""
    adapter = get_adapter()
    dues = adapter.acknowledgements_due(request.user)
    due = _chosen(dues, request.GET.get("for"))
    language = _reading_language(request)
    if due is None:
        return render(
            request,
            "certificates/already.html",
            {
                "acknowledgement": current_acknowledgement(request.user),
                "update": update_in_translation(translation.get_language()),
            },
        )
    text = text_in_force(language)
    if text is None:
        return _no_text(request, language)
    unfinished = adapter.unfinished_before_acknowledging(request.user)
    if unfinished:
        return render(request, "certificates/finish_first.html", {"steps": unfinished})

    kind = due.kind or adapter.kind_for(request.user)
    form_class = FORMS[kind]
    # Name, employer and organisation come from the person's record: shown, not asked,
    # and whatever is posted instead is ignored.
    on_record = adapter.details_on_record(request.user)
    form_kwargs = {
        "initial": {**due.initial, **on_record},
        "fixed": due.fixed,
        "on_record": on_record,
    }
    shown = request.session.get(SHOWN)
    if request.method == "POST":
        form = form_class(request.POST, **form_kwargs)
        if shown is None or shown.get("text") != text.pk:
            messages.error(request, _("Please read the code before acknowledging it."))
        elif form.is_valid():
            return _issue(request, form, text, shown, due)
    else:
        form = form_class(**form_kwargs)
        request.session[SHOWN] = {"text": text.pk, "at": timezone.now().isoformat()}
    return render(
        request,
        "certificates/acknowledge.html",
        {
            "form": form,
            "due": due,
            "version": text.version,
            "text": text,
            "paragraphs": paragraphs(text.text),
            "chosen_language": language != translation.get_language(),
            "update": update_in_translation(language),
            "correction_url": adapter.correction_url(request.user),
        },
    )


def _chosen(dues, wanted):
    """The due acknowledgement asked for by ?for=, else the most pressing one. A period
    that is not due (done already, or forged) falls back to the first."""
    for due in dues:
        if due.period == wanted:
            return due
    return dues[0] if dues else None


def _reading_language(request):
    """The page's language, unless the person chose another one to read the code in."""
    chosen = request.GET.get("language")
    if chosen in dict(settings.LANGUAGES):
        return chosen
    return translation.get_language()


def _no_text(request, language):
    """No version is published in this language: say so, and let the person choose a
    language it is published in (never chosen for them)."""
    available = published_languages()
    if not available:
        return render(request, "certificates/no_code.html", status=503)
    return render(
        request,
        "certificates/choose_language.html",
        {"language": dict(settings.LANGUAGES)[language], "available": available},
    )


def _issue(request, form, text, shown, due):
    acknowledgement, _created = issue_from_form(
        form, user=request.user, text=text, shown_at=shown["at"], period=due.period
    )
    request.session.pop(SHOWN, None)
    return redirect("certificates:done", acknowledgement.verification_code)


def _own(request, code):
    acknowledgement = Acknowledgement.objects.filter(
        verification_code=code, user=request.user
    ).first()
    if acknowledgement is None:
        raise Http404
    return acknowledgement.get_real_instance()


@login_required
def done(request, code):
    return render(
        request,
        "certificates/done.html",
        {
            "acknowledgement": _own(request, code),
            # A delegate of two visits takes note for the second one next.
            "next_due": next(iter(get_adapter().acknowledgements_due(request.user)), None),
        },
    )


@login_required
def download(request, code):
    """The signed PDF, exactly as stored, for the person themselves and for those the host
    lets see their acknowledgements (the integrity officer, their coordinator); anyone else
    gets "not found", as for a code that does not exist. The PDFs are in a private storage
    (see storage.py): this view is the only way to them, besides the officer's ZIP (nginx
    sends the file only when this view says so, see integrity_common.private_files)."""
    acknowledgement = Acknowledgement.objects.filter(verification_code=code).first()
    if (
        acknowledgement is None
        or not acknowledgement.pdf
        or not (
            acknowledgement.user_id == request.user.pk
            or get_adapter().may_see_acknowledgements_of(request.user, acknowledgement.user)
        )
    ):
        raise Http404
    return private_file_response(
        acknowledgement.pdf,
        filename=f"{acknowledgement.display_code}.pdf",
        content_type="application/pdf",
    )
