"""The signing flow: read the current version in your language, fill in, confirm, sign."""

import re

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db import transaction
from django.http import FileResponse, Http404
from django.shortcuts import redirect, render
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from .adapter import get_adapter
from .emails import send_copy
from .forms import FORMS
from .issuing import current_text, issue_from_form
from .models import Acknowledgement
from .queries import current_acknowledgement

SHOWN = "certificates_code_shown"


@login_required
@require_http_methods(["GET", "POST"])
def acknowledge(request):
    text = current_text(translation.get_language())
    if text is None:
        return render(request, "certificates/no_code.html", status=503)
    held = current_acknowledgement(request.user)
    if held is not None:
        return render(request, "certificates/already.html", {"acknowledgement": held})

    kind = get_adapter().kind_for(request.user)
    form_class = FORMS[kind]
    shown = request.session.get(SHOWN)
    if request.method == "POST":
        form = form_class(request.POST)
        if shown is None or shown.get("text") != text.pk:
            messages.error(request, _("Please read the code before acknowledging it."))
        elif form.is_valid():
            return _issue(request, form, text, shown)
    else:
        form = form_class(initial=get_adapter().prefill(request.user))
        request.session[SHOWN] = {"text": text.pk, "at": timezone.now().isoformat()}
    return render(
        request,
        "certificates/acknowledge.html",
        {"form": form, "version": text.version, "text": text, "paragraphs": paragraphs(text.text)},
    )


def paragraphs(text):
    """The frozen text, as shown: paragraphs, rules ("- ...") as lists, and the statements'
    placeholders ({name}, ...) as the blanks they are on paper."""
    blocks = []
    for block in re.sub(r"\{[a-z]+\}", "…", text).split("\n\n"):
        lines = block.split("\n")
        if all(line.startswith("- ") for line in lines):
            blocks.append({"rules": [line[2:] for line in lines]})
        else:
            blocks.append({"text": block})
    return blocks


def _issue(request, form, text, shown):
    acknowledgement, created = issue_from_form(
        form, user=request.user, text=text, shown_at=shown["at"]
    )
    request.session.pop(SHOWN, None)
    if created:
        transaction.on_commit(lambda: send_copy(acknowledgement))
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
    return render(request, "certificates/done.html", {"acknowledgement": _own(request, code)})


@login_required
def download(request, code):
    acknowledgement = _own(request, code)
    return FileResponse(
        acknowledgement.pdf.open("rb"),
        as_attachment=True,
        filename=f"{acknowledgement.display_code}.pdf",
        content_type="application/pdf",
    )
