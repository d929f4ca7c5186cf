"""Signing as a person does it, and reading a PDF back, for the certificates tests."""

import io

from pypdf import PdfReader

from certificates.issuing import issue
from certificates.models import Signature

DEMO_PASSWORD = "demo-Integrity-2026"


def sign(client, language="nl", **overrides):
    """Sign as the official (the `official` fixture), whose name on record is Zoë
    Façade-Muñoz: the name and employer come from the record, not from the form."""
    client.get(f"/{language}/acknowledge/")  # reading the code is part of signing
    data = {
        "place": "Łódź",
        "typed_signature": "Zoë Façade-Muñoz",
        "confirm": "on",
        **overrides,
    }
    return client.post(f"/{language}/acknowledge/", data)


def pdf_text(acknowledgement):
    acknowledgement.pdf.open("rb")
    data = acknowledgement.pdf.read()
    acknowledgement.pdf.close()
    return data, "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


def issue_signature(user, version, **extra):
    """A signature for agreement as the signing flow issues it, without the browser."""
    return issue(
        Signature,
        user=user,
        version=version,
        language="nl",
        text_checksum=version.texts.get(language="nl").checksum,
        statement=f"Ik, {user.get_full_name()}, onderteken voor akkoord.",
        full_name=user.get_full_name(),
        employer="Gemeente Lindenhove",
        place="Łódź",
        typed_signature=user.get_full_name(),
        **extra,
    )


def sign_in_to_admin(client, who, language="en"):
    """Sign a demo account in, reading the Wagtail admin in `language` (the admin follows
    the person's preferred language, not the browser's)."""
    from django.contrib.auth import get_user_model

    user = get_user_model().objects.get(email=f"{who}@example.org")
    user.preferred_language = language
    user.save()
    client.login(email=user.email, password=DEMO_PASSWORD)
    return client
