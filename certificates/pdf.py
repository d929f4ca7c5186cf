"""The acknowledgement as a PDF: rendered once, at issue, in the signer's language, through
the shared renderer (integrity_common.pdf) with its embedded fonts and locked-down resources."""

import hashlib

import segno
from django.urls import reverse

from integrity_common.links import absolute_url
from integrity_common.pdf import render_template_pdf

from .app_settings import app_settings
from .drawing import png_data_uri
from .text import acknowledged_text, paragraphs


def verification_url(acknowledgement, request=None):
    """The public address printed (and encoded in the QR code) on the PDF. The PDF is frozen
    at issue, so the address is SITE_URL's (development without it: the request's)."""
    return absolute_url(reverse("verify:code", args=[acknowledgement.verification_code]), request)


def render_pdf(acknowledgement):
    url = verification_url(acknowledgement)
    # The PDF is the proof people keep: it carries the full text they acknowledged.
    code_text = acknowledged_text(acknowledgement)
    return render_template_pdf(
        "certificates/pdf/acknowledgement.html",
        {
            "acknowledgement": acknowledgement,
            "organisation_name": app_settings.organisation_name(acknowledgement.language),
            "logo": app_settings.LOGO,
            "verification_url": url,
            "qr_code": segno.make(url, error="m").png_data_uri(scale=4, border=2),
            "drawn_signature": png_data_uri(getattr(acknowledgement, "drawn_signature", "")),
            "code_text": code_text,
            "annex": paragraphs(code_text.text) if code_text else [],
        },
        language=acknowledgement.language,
    )


def sha256(data):
    return hashlib.sha256(data).hexdigest()
