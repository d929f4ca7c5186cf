"""The signer's copy of their acknowledgement: the signed PDF, by email, in the language
they acknowledged in."""

import pytest

from tests.certificates.helpers import issue_signature
from tests.factories import MemberFactory

from .conftest import assert_two_parts_in, attachments, body, subject

pytestmark = pytest.mark.django_db


def test_the_signed_pdf_arrives_named_after_its_code(smtp, lindenhove, version, committed):
    user = MemberFactory(organisation=lindenhove, user__preferred_language="fr").user
    with committed():
        acknowledgement, _created = issue_signature(user, version)  # acknowledged in Dutch
    (message,) = smtp.wait_for(1)
    assert message["To"] == user.email
    assert subject(message) == "Je bevestiging van de ethische code"
    assert_two_parts_in(message, "nl")
    code = acknowledgement.display_code
    for part in ("plain", "html"):
        assert f"Iedereen kan ze controleren met de verificatiecode {code}." in body(message, part)
    ((filename, content_type, pdf),) = attachments(message)
    assert (filename, content_type) == (f"{code}.pdf", "application/pdf")
    assert pdf.startswith(b"%PDF")
    acknowledgement.pdf.open("rb")
    assert pdf == acknowledgement.pdf.read()  # the very bytes that were signed and stored
    acknowledgement.pdf.close()
