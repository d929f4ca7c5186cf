"""The signing flow: read the current version in your language, fill in, confirm, sign."""

import re

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.mail import EmailMessage
from django.db import transaction
from django.http import FileResponse, Http404
from django.shortcuts import redirect, render
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from .adapter import get_adapter
from .forms import FORMS
from .issuing import issue
from .models import Acknowledgement, Kind, PartnerAcknowledgement, Receipt, Signature
from .queries import current_acknowledgement
from .versions import current_version

MODELS = {Kind.SIGNATURE: Signature, Kind.RECEIPT: Receipt, Kind.PARTNER: PartnerAcknowledgement}
STATEMENTS = {
    Kind.SIGNATURE: "agreement_text",
    Kind.RECEIPT: "receipt_text",
    Kind.PARTNER: "partner_text",
}
SHOWN = "certificates_code_shown"


def fill(template, **values):
    """Put the signer's details into the code's statement; braces in a name stay as typed."""
    for name, value in values.items():
        template = template.replace("{" + name + "}", value)
    return template


def _version_text():
    """The version in force, its frozen text in the reader's language, and the code page."""
    version = current_version()
    if version is None:
        return None, None, None
    language = translation.get_language()
    texts = {text.language: text for text in version.texts.select_related("page")}
    text = texts.get(language) or next(iter(texts.values()), None)
    return version, text, text.page if text else None


@login_required
@require_http_methods(["GET", "POST"])
def acknowledge(request):
    version, text, page = _version_text()
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
            return _issue(request, kind, form, version, text, page, shown)
    else:
        form = form_class(initial=get_adapter().prefill(request.user))
        request.session[SHOWN] = {"text": text.pk, "at": timezone.now().isoformat()}
    return render(
        request,
        "certificates/acknowledge.html",
        {"form": form, "version": version, "text": text, "paragraphs": paragraphs(text.text)},
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


def _issue(request, kind, form, version, text, page, shown):
    full_name = form.cleaned_data["full_name"]
    statement = fill(getattr(page, STATEMENTS[kind]), name=full_name, **form.statement_values())
    acknowledgement, created = issue(
        MODELS[kind],
        user=request.user,
        version=version,
        language=text.language,
        text_checksum=text.checksum,
        statement=statement,
        full_name=full_name,
        shown_at=shown["at"],
        **form.extra_fields(),
    )
    request.session.pop(SHOWN, None)
    if created:
        transaction.on_commit(lambda: send_copy(acknowledgement))
    return redirect("certificates:done", acknowledgement.verification_code)


def send_copy(acknowledgement):
    user = acknowledgement.user
    with translation.override(acknowledgement.language):
        message = EmailMessage(
            _("Your acknowledgement of the ethics code"),
            _(
                "Attached is your acknowledgement of the ethics code, version %(version)s. "
                "Anyone can check it with the verification code %(code)s."
            )
            % {"version": acknowledgement.version.label, "code": acknowledgement.display_code},
            to=[user.email],
        )
    acknowledgement.pdf.open("rb")
    message.attach(
        f"{acknowledgement.display_code}.pdf", acknowledgement.pdf.read(), "application/pdf"
    )
    acknowledgement.pdf.close()
    message.send()


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
