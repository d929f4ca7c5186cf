"""The certificates plugin with its default adapter: everyone signs for agreement, once per
version; the name comes from the account, the rest from the signer."""

import hashlib
import io

import pytest
from django.core import mail
from django.test import Client
from django.urls import reverse
from django.utils import translation
from django.utils.text import capfirst
from django.utils.translation import gettext
from pypdf import PdfReader

from certificates.adapter import DefaultCertificatesAdapter, Due, get_adapter
from certificates.models import Acknowledgement, Kind, Signature
from certificates.signing import signature_is_intact
from tests.certificates.conftest import publish

pytestmark = pytest.mark.django_db


def nl(message):
    with translation.override("nl"):
        return gettext(message)


def pdf_of(acknowledgement):
    with acknowledgement.pdf.open("rb") as stored:
        data = stored.read()
    text = " ".join(
        " ".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages).split()
    )
    return data, text


@pytest.fixture
def published(code, settings):
    # The plugin's own defaults for what the host otherwise fills in (name and logo on the
    # PDF), as well as its own adapter.
    del settings.CERTIFICATES_ORGANISATION_NAME
    del settings.CERTIFICATES_LOGO
    return publish(code)


@pytest.fixture
def signer(make_person):
    return make_person("ana@example.org", "Ana", "Peeters")


def test_a_person_signs_and_the_acknowledgement_is_verified(
    client, sign_in, published, signer, make_person, django_capture_on_commit_callbacks
):
    adapter = get_adapter()
    assert type(adapter) is DefaultCertificatesAdapter
    # Who may sign: anyone signed in without a current acknowledgement, for agreement,
    # with nothing to finish first; on record is only the account's full name.
    assert adapter.acknowledgements_due(signer) == [Due()]
    assert adapter.unfinished_before_acknowledging(signer) == []
    assert adapter.kind_for(signer) == Kind.SIGNATURE
    assert adapter.details_on_record(signer) == {"full_name": "Ana Peeters"}
    sign_in(client, signer)

    page = client.get("/nl/acknowledge/").content.decode()
    assert "2026.1" in page and "Je meldt misbruik." in page  # the code is read first
    assert "<dd>Ana Peeters</dd>" in page  # the name on record, shown, not asked
    assert 'name="employer"' in page and 'name="place"' in page  # the signer fills these in
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            "/nl/acknowledge/",
            {
                "full_name": "Somebody Else",  # ignored: the name on record is signed
                "employer": "Gemeente Testdorp",
                "place": "Gent",
                "typed_signature": "Ana Peeters",
                "confirm": "on",
            },
        )

    signature = Acknowledgement.objects.get(user=signer).get_real_instance()
    assert type(signature) is Signature
    assert response["Location"] == f"/nl/acknowledge/{signature.verification_code}/"
    assert (signature.full_name, signature.employer, signature.place) == (
        "Ana Peeters",
        "Gemeente Testdorp",
        "Gent",
    )
    assert signature.version.label == "2026.1" and signature.language == "nl"
    assert signature.statement == (
        "Ik, Ana Peeters, tewerkgesteld bij Gemeente Testdorp, onderteken voor akkoord."
    )
    # The signed PDF: stored, checksummed, signed, carrying what was acknowledged.
    assert signature.pdf
    data, text = pdf_of(signature)
    assert signature.pdf_sha256 == hashlib.sha256(data).hexdigest()
    assert signature_is_intact(data)
    assert "Ana Peeters" in text and "Gemeente Testdorp" in text and "Gent" in text
    assert "2026.1" in text and signature.display_code in text
    assert mail.outbox[-1].to == ["ana@example.org"]
    assert mail.outbox[-1].attachments[0][2] == "application/pdf"

    done = client.get(response["Location"]).content.decode()
    assert signature.display_code in done
    download = client.get(f"/nl/acknowledge/{signature.verification_code}/pdf/")
    assert download["Content-Type"] == "application/pdf"
    assert b"".join(download.streaming_content) == data

    # Nothing more is due: the page says it is done, and signing again adds nothing.
    assert adapter.acknowledgements_due(signer) == []
    again = client.get("/nl/acknowledge/").content.decode()
    assert 'name="typed_signature"' not in again and "/pdf/" in again
    client.post("/nl/acknowledge/", {"place": "Brugge", "typed_signature": "Ana Peeters"})
    assert Acknowledgement.objects.count() == 1

    # Anyone can check it, without signing in, at the address printed on the PDF.
    visitor = Client()
    verify_url = reverse("verify:code", args=[signature.verification_code])
    assert verify_url == f"/verify/{signature.verification_code}/"
    assert f"http://testserver{verify_url}" in text.replace(" ", "")
    verified = visitor.get(verify_url, HTTP_ACCEPT_LANGUAGE="nl")
    assert verified.status_code == 200
    assert verified.context["acknowledgement"].pk == signature.pk
    # What the result says (the plugin's part of the page; the code itself is the address).
    result = verified.content.decode().split("<main", 1)[1].split("</main>", 1)[0]
    assert "verify-status" in result and "message--success" in result and nl("Valid") in result
    assert "<dd>Ana Peeters</dd>" in result and "<dd>2026.1</dd>" in result
    with translation.override("nl"):
        assert f"<dd>{capfirst(signature.kind_label)}</dd>" in result
    assert "ana@example.org" not in result
    assert visitor.get("/verify/AAAABBBBCCCCDDDD/").status_code == 404


def test_who_may_open_someone_elses_pdf(client, sign_in, published, signer, make_person):
    """The default adapter: the person themselves, and whoever holds the view permission;
    nobody else (the host widens this to coordinators)."""
    sign_in(client, signer)
    client.get("/nl/acknowledge/")
    client.post(
        "/nl/acknowledge/",
        {
            "employer": "Gemeente Testdorp",
            "place": "Gent",
            "typed_signature": "Ana Peeters",
            "confirm": "on",
        },
    )
    code = Acknowledgement.objects.get(user=signer).verification_code
    colleague = make_person("colleague@example.org", "Cas", "Collega")
    officer = make_person(
        "officer@example.org", "Olga", "Officer", permissions=["certificates.view_acknowledgement"]
    )
    adapter = get_adapter()
    assert not adapter.may_see_acknowledgements_of(colleague, signer)
    assert adapter.may_see_acknowledgements_of(officer, signer)
    client.logout()
    sign_in(client, colleague)
    assert client.get(f"/nl/acknowledge/{code}/pdf/").status_code == 404
    client.logout()
    sign_in(client, officer)
    response = client.get(f"/nl/acknowledge/{code}/pdf/")
    assert response.status_code == 200 and response["Content-Type"] == "application/pdf"
