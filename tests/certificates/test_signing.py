"""Signing the code, the signed PDF, and public verification."""

import io
import re
from pathlib import Path

import pytest
import time_machine
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.utils import timezone

from certificates.issuing import revoke
from certificates.models import Acknowledgement, PartnerAcknowledgement, Receipt, Signature
from certificates.signing import signature_is_intact
from certificates.storage import pdf_storage
from courses.models import CoursePage
from integrity_common.pdf import static_only
from integrity_platform.demo.code import version_label
from integrity_platform.visits.models import WorkVisit

from .helpers import DEMO_PASSWORD as PASSWORD
from .helpers import pdf_text, sign

pytestmark = pytest.mark.django_db
# The demo holds a year of acknowledgements of other people; these tests are about the
# official's (who holds none in the demo) and the acknowledgements they make here.
OFFICIAL = "official@example.org"


def officials_signature():
    return Signature.objects.get(user__email=OFFICIAL)


def officials_acknowledgements():
    return Acknowledgement.objects.filter(user__email=OFFICIAL)


def test_official_signs_and_gets_a_signed_pdf_by_email(official, committed):
    page = official.get("/nl/acknowledge/").content.decode()
    assert "<dd>Gemeente Lindenhove</dd>" in page  # on record, through the adapter
    with committed():
        response = sign(official)
    assert response.status_code == 302
    signature = officials_signature()
    assert response["Location"] == f"/nl/acknowledge/{signature.verification_code}/"
    assert signature.shown_at is not None and signature.language == "nl"
    data, text = pdf_text(signature)
    assert "Zoë Façade-Muñoz" in text and "Łódź" in text and version_label() in text
    assert signature.pdf_sha256 == __import__("hashlib").sha256(data).hexdigest()
    assert signature_is_intact(data)
    assert mail.outbox[-1].to == ["official@example.org"]
    assert mail.outbox[-1].attachments[0][2] == "application/pdf"


@pytest.mark.parametrize("language", ["fr", "en", "es"])
def test_pdf_in_the_signers_language(official, language):
    sign(official, language=language)
    signature = officials_signature()
    _data, text = pdf_text(signature)
    assert signature.language == language
    assert "Łódź" in text and version_label() in text
    assert signature.statement in " ".join(text.split()) or "Zoë Façade-Muñoz" in text


def test_a_second_submit_creates_no_second_acknowledgement(official, committed):
    # Committed, as a real request is: the official's review status (this year's review
    # is open in the demo) then knows they have acknowledged, and nothing is due any more.
    with committed():
        sign(official)
    second = sign(official)
    assert officials_acknowledgements().count() == 1
    assert second.status_code == 200  # "you have acknowledged the code", with the download
    assert "/pdf/" in second.content.decode()


def test_signing_without_reading_or_with_a_wrong_signature_changes_nothing(official):
    response = official.post(
        "/en/acknowledge/",
        {
            "full_name": "A B",
            "employer": "X",
            "place": "Y",
            "typed_signature": "A B",
            "confirm": "on",
        },
    )
    assert "Please read the code before acknowledging it." in response.content.decode()
    official.get("/en/acknowledge/")
    response = official.post(
        "/en/acknowledge/",
        {"full_name": "A B", "employer": "X", "place": "Y", "typed_signature": "Someone else"},
    )
    html = response.content.decode()
    assert "Type exactly the full name given above." in html
    assert "error-summary" in html
    assert not officials_acknowledgements().exists()


def test_delegate_gets_a_receipt_and_partner_a_partner_acknowledgement(client, demo):
    # partner@ has not finished the onboarding course the demo asks before a first
    # acknowledgement; this test is about the kind of acknowledgement, so the switch is off
    # here, as for the official (tests/certificates/test_onboarding_first.py has it on).
    CoursePage.objects.update(required_before_signing=False)
    # The demo's delegate travels with Scheldemeer's delegation: the visit is filled in by
    # the host and cannot be changed, whatever the form sends.
    visit = WorkVisit.objects.get(delegates__member__user__email="delegate@example.org")
    client.login(email="delegate@example.org", password=PASSWORD)
    client.get("/en/acknowledge/")
    client.post(
        "/en/acknowledge/",
        {
            "full_name": "Delegation member",
            "visit": "Work visit to Koudoubé",
            "visit_start": "2026-11-02",
            "visit_end": "2026-11-09",
            "confirm": "on",
        },
    )
    receipt = Receipt.objects.get(user__email="delegate@example.org")
    assert receipt.period == visit.period and receipt.visit == visit.receipt_title
    assert visit.receipt_title in receipt.statement
    assert "Work visit to Koudoubé" not in receipt.statement
    client.logout()
    client.login(email="partner@example.org", password=PASSWORD)
    client.get("/fr/acknowledge/")
    client.post(
        "/fr/acknowledge/",
        {
            "full_name": "Agent communal",
            "organisation": "Commune de Koudoubé",
            "commitment": "share_own",
            "confirm": "on",
        },
    )
    partner = PartnerAcknowledgement.objects.get(user__email="partner@example.org")
    assert partner.language == "fr" and "Commune de Koudoubé" in partner.statement


def test_one_member_cannot_download_anothers_pdf(official, client, demo):
    sign(official)
    code = officials_signature().verification_code
    official.logout()
    client.login(email="staff@example.org", password=PASSWORD)
    assert client.get(f"/nl/acknowledge/{code}/pdf/").status_code == 404
    assert client.get(f"/nl/acknowledge/{code}/").status_code == 404


def test_verification_page_shows_status_and_no_email(official, client):
    sign(official)
    signature = officials_signature()
    official.logout()
    page = client.get(f"/verify/{signature.display_code}/").content.decode()
    assert "Zoë Façade-Muñoz" in page and version_label() in page
    assert "verify-status" in page and "message--success" in page
    assert "@" not in re.sub(r"<[^>]+>", "", page.split("<main", 1)[1].split("</main>")[0])
    revoke(signature, reason="Signed in error", user=signature.user)
    page = client.get(f"/verify/{signature.verification_code.lower()}/").content.decode()
    assert "message--error" in page and "Signed in error" not in page


def test_forged_code_gets_a_clear_not_found_page(client, demo):
    # /verify/ has no language prefix: the visitor's browser language decides.
    response = client.get("/verify/AAAA-BBBB-CCCC-DDDD/", HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 404
    assert "No acknowledgement with this code" in response.content.decode()


def test_uploaded_pdf_is_checked_byte_for_byte(official, client):
    sign(official)
    data, _text = pdf_text(officials_signature())
    official.logout()
    response = client.post("/verify/", {"pdf": SimpleUploadedFile("a.pdf", data)})
    assert "message--success" in response.content.decode()
    tampered = bytearray(data)
    tampered[len(data) // 3] ^= 0x01  # one bit, somewhere inside the signed content
    response = client.post(
        "/verify/",
        {"pdf": SimpleUploadedFile("a.pdf", bytes(tampered))},
        HTTP_ACCEPT_LANGUAGE="en",
    )
    assert "Not authentic" in response.content.decode()
    assert not signature_is_intact(bytes(tampered))


def test_verification_lookups_are_rate_limited(client, demo):
    # The limit counts per clock minute (a fixed window): 31 lookups that straddle the turn
    # of a minute would start counting afresh. The clock stands still at a minute's start.
    still = timezone.now().replace(second=0, microsecond=0).timestamp()
    with time_machine.travel(still, tick=False):
        statuses = [client.get("/verify/AAAABBBBCCCCDDDD/").status_code for _ in range(31)]
    assert statuses[:30] == [404] * 30 and statuses[30] == 429


def test_signing_benchmark_prints_median_and_p95_and_leaves_nothing(demo):
    # The demo's own acknowledgements and their PDFs stay; the benchmark adds none.
    def pdfs():
        return set(Path(pdf_storage.path("acknowledgements")).rglob("*.pdf"))

    acknowledgements, files = set(Acknowledgement.objects.values_list("pk", flat=True)), pdfs()
    assert files  # the demo's, in the private storage
    out = io.StringIO()
    call_command("benchmark_signing", "--count", "3", stdout=out)
    assert re.match(r"signed 3 acknowledgements: median \d+\.\d ms, p95 \d+\.\d ms", out.getvalue())
    assert set(Acknowledgement.objects.values_list("pk", flat=True)) == acknowledgements
    assert pdfs() == files


@pytest.mark.parametrize(
    "uri",
    [
        "http://example.com/tracker.png",
        "file:///etc/passwd",
        "/etc/passwd",
        "/static/../../../etc/passwd",
        "/static/certificates/../../../../etc/passwd",
    ],
)
def test_pdf_rendering_reaches_only_the_projects_static_files(uri):
    assert static_only(uri, None) == ""


def test_pdf_rendering_finds_the_embedded_font():
    assert static_only("/static/integrity_common/fonts/DejaVuSans.ttf", None).endswith(
        "DejaVuSans.ttf"
    )


def test_verification_pages_switch_language_without_a_prefix(client, demo):
    english = client.get("/verify/", HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert 'href="/verify/?lang=fr"' in english  # the switcher keeps the printed URL
    french = client.get("/verify/?lang=fr", HTTP_ACCEPT_LANGUAGE="en")
    assert '<html lang="fr"' in french.content.decode()
    # The choice stays for what follows, such as the result of a lookup.
    result = client.get("/verify/AAAABBBBCCCCDDDD/", HTTP_ACCEPT_LANGUAGE="en")
    assert '<html lang="fr"' in result.content.decode()
    assert client.get("/verify/?lang=xx").status_code == 200  # an unknown language is ignored


def pdf_image_count(acknowledgement):
    from pypdf import PdfReader

    acknowledgement.pdf.open("rb")
    reader = PdfReader(io.BytesIO(acknowledgement.pdf.read()))
    acknowledgement.pdf.close()
    return sum(len(page.images) for page in reader.pages)


def test_a_drawn_signature_is_kept_and_printed_beside_the_typed_one(official):
    sign(official, drawn_signature="M 10 150 L 80 40 L 140 160 L 220 30 M 300 100")
    signature = officials_signature()
    assert signature.drawn_signature.startswith("M 10 150")
    assert pdf_image_count(signature) == 3  # the logo, the QR code and the drawing


def test_without_a_drawing_the_typed_name_signs_alone(official):
    sign(official)
    assert pdf_image_count(officials_signature()) == 2  # the logo and the QR code


@pytest.mark.parametrize(
    "path",
    ["M 10 10 L 900 10", "<script>alert(1)</script>", "M 1 2 Z", "M " + "1 1 L " * 5000 + "1 1"],
)
def test_a_forged_drawing_is_refused_and_nothing_is_signed(official, path):
    response = sign(official, drawn_signature=path)
    assert response.status_code == 200
    assert "drawn_signature_error" in response.content.decode()
    assert not officials_acknowledgements().exists()
