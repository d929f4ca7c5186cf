"""The signed PDF carries the configured public address (SITE_URL): its QR code and its
printed verification link. PDFs are never regenerated, so a wrong address is for ever."""

import pytest

from certificates.models import CodeVersion
from tests.factories import MemberFactory
from tests.qr import qr_texts_in_pdf

from .conftest import publish
from .helpers import issue_signature, pdf_text

pytestmark = pytest.mark.django_db
PUBLIC = "https://integrity.example.org"


def test_the_pdfs_qr_code_and_link_name_the_public_address(code, lindenhove, settings):
    settings.SITE_URL = PUBLIC
    publish(code)
    user = MemberFactory(organisation=lindenhove).user
    signature, _created = issue_signature(user, CodeVersion.objects.get())
    expected = f"{PUBLIC}/verify/{signature.verification_code}/"
    data, text = pdf_text(signature)
    assert qr_texts_in_pdf(data) == [expected]
    assert expected in "".join(text.split())  # the printed link, however it wraps
    assert "127.0.0.1" not in text and "testserver" not in text


def test_in_development_the_pdf_names_the_host_it_was_signed_on(code, lindenhove, settings):
    """Without SITE_URL, development links follow the request: a PDF issued while serving
    example.test points there, though issuing is not handed the request."""
    from django.test import RequestFactory

    from integrity_common.middleware import CurrentRequestMiddleware

    settings.DEBUG = True
    settings.SITE_URL = ""
    publish(code)
    user = MemberFactory(organisation=lindenhove).user
    version = CodeVersion.objects.get()
    issued = []
    CurrentRequestMiddleware(lambda request: issued.append(issue_signature(user, version)[0]))(
        RequestFactory().get("/nl/acknowledge/", HTTP_HOST="example.test")
    )
    data, _text = pdf_text(issued[0])
    assert qr_texts_in_pdf(data) == [f"http://example.test/verify/{issued[0].verification_code}/"]
