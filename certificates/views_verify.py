"""Public verification: anyone with a code, a QR scan or the PDF itself, without login.

It shows whether the acknowledgement is valid, superseded or revoked, with the name, kind,
version, language and date, and nothing more. Lookups are rate limited per address.
"""

from django import forms
from django.shortcuts import redirect, render
from django.utils.translation import gettext_lazy as _
from django.views.decorators.csrf import csrf_exempt, csrf_protect
from django.views.decorators.http import require_http_methods

from integrity_common import ratelimit
from integrity_common.uploads import MaxFileSize, body_exceeds, file_too_large_message

from .app_settings import app_settings
from .models import Acknowledgement
from .pdf import sha256
from .queries import status_of
from .signing import signature_is_intact


class VerifyForm(forms.Form):
    code = forms.CharField(label=_("Verification code"), required=False, max_length=40)
    pdf = forms.FileField(label=_("Or the PDF itself"), required=False)

    def __init__(self, *args, upload_too_large=False, **kwargs):
        super().__init__(*args, **kwargs)
        self.upload_too_large = upload_too_large
        self.fields["pdf"].validators.append(MaxFileSize(app_settings.VERIFY_MAX_UPLOAD_BYTES))

    def clean_pdf(self):
        if self.upload_too_large:  # refused by its size before it was read: see verify()
            raise forms.ValidationError(
                file_too_large_message(app_settings.VERIFY_MAX_UPLOAD_BYTES)
            )
        return self.cleaned_data["pdf"]

    def clean(self):
        cleaned = super().clean()
        if not cleaned.get("code") and not cleaned.get("pdf") and "pdf" not in self.errors:
            raise forms.ValidationError(_("Enter the verification code or choose the PDF."))
        return cleaned


def normalise_code(code):
    return "".join(code.split()).replace("-", "").upper()


def _rate_limited(request):
    if ratelimit.allow(request, "verify", app_settings.RATE_LIMITS["verify"]):
        return None
    return render(request, "certificates/verify_limited.html", status=429)


# CSRF protection reads the body, so the size comes first (Django's documented pattern
# for work before an upload is read): an oversized request is refused unread.
@csrf_exempt
@require_http_methods(["GET", "POST"])
def verify(request):
    if request.method == "POST" and body_exceeds(request, app_settings.VERIFY_MAX_UPLOAD_BYTES):
        form = VerifyForm({}, upload_too_large=True)
        return render(request, "certificates/verify.html", {"form": form}, status=413)
    return _verify(request)


@csrf_protect
def _verify(request):
    form = VerifyForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        limited = _rate_limited(request)
        if limited:
            return limited
        upload = form.cleaned_data.get("pdf")
        if upload:
            return _verify_pdf(request, upload.read())
        return redirect("verify:code", normalise_code(form.cleaned_data["code"]))
    return render(request, "certificates/verify.html", {"form": form})


def verify_code(request, code):
    limited = _rate_limited(request)
    if limited:
        return limited
    acknowledgement = (
        Acknowledgement.objects.select_related("version")
        .filter(verification_code=normalise_code(code))
        .first()
    )
    if acknowledgement is None:
        return render(request, "certificates/verify_not_found.html", {"code": code}, status=404)
    return _result(request, acknowledgement)


def _verify_pdf(request, data):
    acknowledgement = Acknowledgement.objects.filter(pdf_sha256=sha256(data)).first()
    if acknowledgement is None or not signature_is_intact(data):
        return render(request, "certificates/verify_not_authentic.html", status=200)
    return _result(request, acknowledgement, checked_pdf=True)


def _result(request, acknowledgement, checked_pdf=False):
    real = acknowledgement.get_real_instance()
    return render(
        request,
        "certificates/verify_result.html",
        {
            "acknowledgement": real,
            "status": status_of(acknowledgement),
            "checked_pdf": checked_pdf,
        },
    )
