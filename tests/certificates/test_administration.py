"""The integrity officer's side: the list with its filters, exports and ZIP, revoking,
re-issuing, and recording an acknowledgement on someone's behalf."""

import io
import zipfile
from datetime import date

import pytest
from django.core import mail
from wagtail.models import ModelLogEntry

from certificates.models import Acknowledgement, Receipt, Signature
from integrity_platform.demo.code import version_label
from integrity_platform.people.models import Organisation

from .helpers import DEMO_PASSWORD as PASSWORD
from .helpers import pdf_text, sign, sign_in_to_admin

pytestmark = pytest.mark.django_db
LIST = "/admin/code/acknowledgements/"


@pytest.fixture
def signed(official, client):
    """The official's signature, and the client signed in as the integrity officer."""
    sign(official)
    official.logout()
    client.login(email="officer@example.org", password=PASSWORD)
    return Signature.objects.get(user__email="official@example.org")


def test_officer_lists_filters_and_exports_acknowledgements(official, client, demo):
    sign(official)
    official.logout()
    client.login(email="officer@example.org", password=PASSWORD)
    page = client.get("/admin/code/acknowledgements/").content.decode()
    assert "Zoë Façade-Muñoz" in page
    export = client.get("/admin/code/acknowledgements/?export=csv&status=valid")
    content = b"".join(export.streaming_content).decode()
    assert "Zoë Façade-Muñoz" in content and version_label() in content
    assert "@" not in content  # no email addresses in the export
    revoked = client.get("/admin/code/acknowledgements/?status=revoked").content.decode()
    assert "Zoë Façade-Muñoz" not in revoked
    client.logout()
    client.login(email="coordinator@example.org", password=PASSWORD)
    assert client.get("/admin/code/acknowledgements/").status_code in (302, 403)


def test_officer_revokes_with_a_reason_kept_in_the_history(official, client, demo):
    from wagtail.models import ModelLogEntry

    sign(official)
    signature = Signature.objects.get(user__email="official@example.org")
    official.logout()
    client.login(email="officer@example.org", password=PASSWORD)
    inspect = client.get(f"/admin/code/acknowledgements/inspect/{signature.pk}/")
    assert f"/admin/code/acknowledgements/revoke/{signature.pk}/" in inspect.content.decode()
    url = f"/admin/code/acknowledgements/revoke/{signature.pk}/"
    assert client.post(url, {"reason": ""}).status_code == 200  # the reason is required
    signature.refresh_from_db()
    assert signature.revoked_at is None
    response = client.post(url, {"reason": "Signed on behalf of a colleague by mistake"})
    assert response.status_code == 302
    signature.refresh_from_db()
    assert signature.revoked_at is not None
    entry = ModelLogEntry.objects.for_instance(signature).get(action="certificates.revoke")
    assert entry.data["reason"] == "Signed on behalf of a colleague by mistake"
    assert client.post(url, {"reason": "again"}).status_code == 404  # already revoked
    client.logout()
    client.login(email="coordinator@example.org", password=PASSWORD)
    assert client.get(url).status_code in (302, 403)


def test_the_list_filters_by_organisation(signed, client):
    lindenhove = Organisation.objects.get(name="Gemeente Lindenhove")
    koudoube = Organisation.objects.get(name="Commune de Koudoubé")
    page = client.get(LIST, {"organisation": lindenhove.pk}).content.decode()
    assert "Zoë Façade-Muñoz" in page and "Gemeente Lindenhove" in page
    assert (
        "Zoë Façade-Muñoz" not in client.get(LIST, {"organisation": koudoube.pk}).content.decode()
    )


def test_the_selection_downloads_as_a_zip_of_the_stored_pdfs(signed, client):
    index = client.get(LIST, {"status": "valid"}).content.decode()
    assert "download=zip" in index  # the button keeps the filters
    response = client.get(LIST, {"status": "valid", "download": "zip"})
    assert response["Content-Type"] == "application/zip"
    bundle = zipfile.ZipFile(io.BytesIO(b"".join(response.streaming_content)))
    stored, _text = pdf_text(signed)
    # Valid are the acknowledgements of this year's version: the official's, the demo's
    # five signatures of this year's review and the alderman's receipt for the work visit.
    # Last year's five signatures, of last year's version, are superseded.
    valid = Acknowledgement.objects.filter(version__label=version_label(), revoked_at=None)
    assert valid.count() == 7
    assert sorted(bundle.namelist()) == sorted(f"{a.display_code}.pdf" for a in valid)
    assert bundle.read(f"{signed.display_code}.pdf") == stored  # exactly as issued
    empty = client.get(LIST, {"status": "revoked", "download": "zip"})
    assert zipfile.ZipFile(io.BytesIO(b"".join(empty.streaming_content))).namelist() == []


def test_officer_records_a_receipt_on_behalf_of_a_delegate(client, demo, committed):
    sign_in_to_admin(client, "officer")
    add = f"{LIST}new/"
    unknown = client.get(add, {"email": "nobody@example.org"}, HTTP_ACCEPT_LANGUAGE="en")
    assert "Nobody you manage has this email address." in unknown.content.decode()
    step = {"email": "DELEGATE@example.org", "kind": "", "language": ""}
    page = client.get(add, step).content.decode()
    assert 'name="visit"' in page and 'name="recorded_note"' in page  # a receipt, by role
    query = "?email=DELEGATE%40example.org&kind=&language="
    details = {
        "full_name": "Delegatielid Scheldemeer",
        "visit": "Werkbezoek Koudoubé",
        "visit_start": "2026-10-05",
        "visit_end": "2026-10-09",
        "acknowledged_on": "2026-10-05",
        "confirm": "on",
    }
    assert client.post(add + query, details).status_code == 200  # how it was obtained is required
    # Another name than the one on record is the officer's to give, with a reason.
    unexplained = client.post(add + query, {**details, "recorded_note": "Signed on paper"})
    assert "differ from the person&#x27;s record" in unexplained.content.decode()
    assert not Acknowledgement.objects.filter(user__email="delegate@example.org").exists()
    reason = "Signed with the name in their passport"
    with committed():
        response = client.post(
            add + query,
            {**details, "recorded_note": "Signed on paper", "officer_reason": reason},
        )
    assert response.status_code == 302
    receipt = Receipt.objects.get(user__email="delegate@example.org")
    assert (
        receipt.user.email == "delegate@example.org" and receipt.recorded_note == "Signed on paper"
    )
    assert receipt.full_name == "Delegatielid Scheldemeer" and receipt.officer_reason == reason
    assert receipt.recorded_by.email == "officer@example.org"
    assert receipt.language == "en"  # the delegate's preferred language
    assert "Delegatielid Scheldemeer" in pdf_text(receipt)[1]
    assert mail.outbox[-1].to == ["delegate@example.org"]
    entry = ModelLogEntry.objects.for_instance(receipt).get(action="certificates.issue")
    assert entry.user.email == "officer@example.org" and entry.data["reason"] == reason
    history = client.get(f"{LIST}history/{receipt.pk}/").content.decode()
    assert reason in history
    assert receipt.acknowledged_on == date(2026, 10, 5)
    again = client.post(
        add + query, {**details, "recorded_note": "Twice", "officer_reason": reason}, follow=True
    )
    assert "already holds an acknowledgement of this version" in again.content.decode()
    assert Receipt.objects.filter(user__email="delegate@example.org").count() == 1


def test_officer_reissues_with_a_corrected_name(signed, client):
    url = f"{LIST}reissue/{signed.pk}/"
    assert url in client.get(f"{LIST}inspect/{signed.pk}/").content.decode()
    form = client.get(url).content.decode()
    assert 'value="Gemeente Lindenhove"' in form  # the original's details, to correct
    corrected = {
        "full_name": "Zoë Façade-Muñoz Peeters",
        "employer": "Gemeente Lindenhove",
        "place": "Łódź",
        "typed_signature": "Zoë Façade-Muñoz Peeters",
        "acknowledged_on": signed.signed_on.isoformat(),
        "confirm": "on",
    }
    unexplained = client.post(url, corrected)  # the reason is required
    assert unexplained.status_code == 200
    assert not Signature.objects.filter(replaces=signed).exists()
    response = client.post(url, {**corrected, "officer_reason": "Family name was missing"})
    assert response.status_code == 302
    signed.refresh_from_db()
    new = Signature.objects.get(replaces=signed)
    assert signed.revoked_at is not None and new.revoked_at is None
    assert new.verification_code != signed.verification_code
    assert new.version == signed.version and new.language == signed.language
    assert "Zoë Façade-Muñoz Peeters" in new.statement
    assert "Zoë Façade-Muñoz Peeters" in pdf_text(new)[1]
    entry = ModelLogEntry.objects.for_instance(new).get(action="certificates.reissue")
    assert entry.data["replaces"] == signed.verification_code
    assert entry.data["reason"] == new.officer_reason == "Family name was missing"
    assert "Family name was missing" in client.get(f"{LIST}history/{new.pk}/").content.decode()
    assert ModelLogEntry.objects.filter(action="certificates.revoke").count() == 1
    assert ModelLogEntry.objects.for_instance(signed).filter(action="certificates.revoke").exists()


def test_coordinators_cannot_record_or_reissue(signed, client):
    before = set(Acknowledgement.objects.values_list("pk", "revoked_at"))
    client.logout()
    client.login(email="coordinator@example.org", password=PASSWORD)
    for url in (f"{LIST}new/", f"{LIST}reissue/{signed.pk}/"):
        assert client.get(url).status_code in (302, 403)
        assert client.post(url, {"recorded_note": "x"}).status_code in (302, 403)
    assert set(Acknowledgement.objects.values_list("pk", "revoked_at")) == before
