"""The acknowledgement as a PDF: rendered once, at issue, in the signer's language.

xhtml2pdf fetches fonts and images through link_callback; ours answers only with the
project's own static files (and the inline QR image), never the network or other files.
"""

import hashlib
from io import BytesIO

import segno
from django.conf import settings
from django.contrib.staticfiles import finders
from django.core.exceptions import SuspiciousFileOperation
from django.http import HttpResponse
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.http import content_disposition_header
from xhtml2pdf import pisa

from .app_settings import app_settings
from .drawing import png_data_uri


class PdfError(Exception):
    pass


def static_only(uri, rel):
    if uri.startswith("data:image/png;base64,"):
        return uri
    if uri.startswith(settings.STATIC_URL):
        try:
            path = finders.find(uri[len(settings.STATIC_URL) :])
        except SuspiciousFileOperation:  # ../ out of the static folders
            path = None
        if path:
            return path
    return ""  # refused: xhtml2pdf leaves it out


def verification_url(acknowledgement):
    base = settings.WAGTAILADMIN_BASE_URL.rstrip("/")
    return base + reverse("verify_code", args=[acknowledgement.verification_code])


def render_template_pdf(template, context):
    """Any document as a PDF, with the same embedded fonts and locked-down resources as the
    acknowledgements: the other plugins and the host print their documents through it."""
    output = BytesIO()
    result = pisa.CreatePDF(
        render_to_string(template, context),
        dest=output,
        encoding="utf-8",
        link_callback=static_only,
    )
    if result.err:
        raise PdfError(f"xhtml2pdf reported {result.err} error(s)")
    return output.getvalue()


def download(content, content_type, filename):
    """A response the browser saves as `filename`."""
    return HttpResponse(
        content,
        content_type=content_type,
        headers={"Content-Disposition": content_disposition_header(True, filename)},
    )


def render_pdf(acknowledgement):
    url = verification_url(acknowledgement)
    with translation.override(acknowledgement.language):
        return render_template_pdf(
            "certificates/pdf/acknowledgement.html",
            {
                "acknowledgement": acknowledgement,
                "organisation_name": app_settings.ORGANISATION_NAME,
                "logo": app_settings.LOGO,
                "verification_url": url,
                "qr_code": segno.make(url, error="m").png_data_uri(scale=4, border=2),
                "drawn_signature": png_data_uri(getattr(acknowledgement, "drawn_signature", "")),
            },
        )


def sha256(data):
    return hashlib.sha256(data).hexdigest()
