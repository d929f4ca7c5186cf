"""Signing as a person does it, and reading a PDF back, for the certificates tests."""

import io

from pypdf import PdfReader

DEMO_PASSWORD = "demo-Integrity-2026"


def sign(client, language="nl", **overrides):
    client.get(f"/{language}/acknowledge/")  # reading the code is part of signing
    data = {
        "full_name": "Zoë Façade-Muñoz",
        "employer": "Gemeente Lindenhove",
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
