"""Acknowledging the ethics code: sign, download the PDF, follow its QR code, see it valid."""

import io
import re

import zxingcpp
from PIL import Image
from playwright.sync_api import expect
from pypdf import PdfReader


def qr_url(pdf_bytes):
    """Decode the QR code printed in the PDF, as a phone camera would."""
    for page in PdfReader(io.BytesIO(pdf_bytes)).pages:
        for image in page.images:
            for result in zxingcpp.read_barcodes(Image.open(io.BytesIO(image.data))):
                return result.text
    return None


def draw_signature(page):
    """A short zigzag with the mouse on the drawing area."""
    canvas = page.locator("canvas.signature-pad__canvas")
    canvas.scroll_into_view_if_needed()
    box = canvas.bounding_box()
    page.mouse.move(box["x"] + 20, box["y"] + box["height"] * 0.7)
    page.mouse.down()
    for step in range(1, 8):
        x = box["x"] + 20 + step * box["width"] / 10
        y = box["y"] + box["height"] * (0.3 if step % 2 else 0.7)
        page.mouse.move(x, y, steps=4)
    page.mouse.up()
    assert re.fullmatch(r"M \d+ \d+( L \d+ \d+)+", page.input_value("input[name=drawn_signature]"))


def let_sign_without_onboarding():
    """The integrity officer's switch, off: these journeys are about signing (the demo's
    newcomers have not finished the course that comes first; see test_reaffirming)."""
    from courses.models import CoursePage

    CoursePage.objects.update(required_before_signing=False)


def test_official_signs_in_dutch_and_the_qr_code_verifies(page, site, sign_in, assert_accessible):
    sign_in(page, site, "official@example.org")
    # Onboarding comes first: the page names the course to finish.
    page.goto(f"{site}/nl/acknowledge/")
    expect(page.locator("main ul a")).to_have_count(1)
    assert page.locator("input[name=confirm]").count() == 0
    assert_accessible(page, "acknowledge-onboarding-first-nl")
    let_sign_without_onboarding()
    page.goto(f"{site}/nl/acknowledge/")
    expect(page.get_by_role("heading", level=1)).to_be_visible()
    # Name and employer come from their record: shown, not typed, with a way to have
    # them corrected.
    details = page.locator("form.form dl.facts")
    expect(details).to_contain_text("Ambtenaar (demo)")
    expect(details).to_contain_text("Gemeente Lindenhove")
    assert page.locator("input[name=full_name]:visible, input[name=employer]:visible").count() == 0
    expect(page.locator("form.form a[href^='/nl/my-details/correction/']")).to_be_visible()
    assert_accessible(page, "acknowledge-nl")

    # Forgetting to confirm and signing with another name are both explained.
    page.fill("input[name=place]", "Lindenhove")
    page.fill("input[name=typed_signature]", "Iemand anders")
    page.locator("form.form button[type=submit]").click()
    expect(page.locator(".error-summary")).to_be_visible()
    assert_accessible(page, "acknowledge-errors-nl")

    page.fill("input[name=typed_signature]", "Ambtenaar (demo)")
    draw_signature(page)
    # The clear button works from the keyboard, as the whole form does.
    page.locator("[data-signature-clear]").focus()
    page.keyboard.press("Enter")
    assert page.input_value("input[name=drawn_signature]") == ""
    draw_signature(page)
    page.check("input[name=confirm]")
    page.locator("form.form button[type=submit]").click()
    expect(page.get_by_role("status")).to_be_visible()
    assert_accessible(page, "acknowledged-nl")

    from certificates.models import Signature

    signed = Signature.objects.get(user__email="official@example.org")
    assert signed.drawn_signature.startswith("M ")
    with page.expect_download() as download_info:
        page.locator("main a.button--primary").click()
    pdf = open(download_info.value.path(), "rb").read()
    assert pdf.startswith(b"%PDF")
    url = qr_url(pdf)
    assert url and re.search(r"/verify/[0-9A-Z]{16}/$", url)

    # The QR code holds the public address; open its path on the test server, signed out.
    visitor = page.context.browser.new_context().new_page()
    visitor.goto(site + url[url.index("/verify/") :])
    expect(visitor.locator(".verify-status")).to_contain_text(re.compile("Geldig|Valid"))
    expect(visitor.locator("main")).to_contain_text("Ambtenaar (demo)")
    expect(visitor.locator("main")).not_to_contain_text("@")
    assert_accessible(visitor, "verify-result")
    visitor.goto(f"{site}/verify/")
    assert_accessible(visitor, "verify")


def test_partner_acknowledges_in_french_and_delegate_takes_note_in_english(
    page, site, sign_in, assert_accessible
):
    let_sign_without_onboarding()
    sign_in(page, site, "partner@example.org", language="fr")
    page.goto(f"{site}/fr/acknowledge/")
    assert_accessible(page, "acknowledge-partner-fr")
    page.check("input[name=commitment][value=share_own]")
    page.check("input[name=confirm]")
    page.locator("form.form button[type=submit]").click()
    expect(page.get_by_role("status")).to_be_visible()

    from certificates.models import PartnerAcknowledgement, Receipt

    partner = PartnerAcknowledgement.objects.get()
    assert partner.language == "fr" and partner.organisation == "Commune de Koudoubé"
    assert partner.commitment == "share_own"

    # The delegate's work visit is on their home page; the receipt names it.
    page.context.clear_cookies()
    sign_in(page, site, "delegate@example.org", language="en")
    page.goto(f"{site}/en/")
    assert_accessible(page, "home-delegate-en")
    page.locator("a[href*='/en/acknowledge/?for=visit-']").first.click()
    assert page.locator("input[name=visit]").is_disabled()
    assert_accessible(page, "take-note-for-a-visit-en")
    page.check("input[name=confirm]")
    page.locator("form.form button[type=submit]").click()
    expect(page.get_by_role("status")).to_be_visible()
    receipt = Receipt.objects.get(user__email="delegate@example.org")
    assert receipt.language == "en" and "Koudoubé" in receipt.visit
    assert receipt.period.startswith("visit-")


def test_officer_opens_an_acknowledgement_from_the_list_and_revokes_it(
    page, site, sign_in, assert_accessible
):
    from django.contrib.auth import get_user_model

    from certificates.models import Acknowledgement

    get_user_model().objects.filter(email="officer@example.org").update(preferred_language="en")
    target = Acknowledgement.objects.filter(
        user__email="colleague@example.org", revoked_at=None
    ).latest("issued_at")
    sign_in(page, site, "officer@example.org", language="en")
    page.goto(f"{site}/admin/code/acknowledgements/")
    assert_accessible(page, "acknowledgements-list")
    # The name opens the acknowledgement: there is no edit page, nor a delete button.
    inspect = f"/admin/code/acknowledgements/inspect/{target.pk}/"
    page.locator(f"main a[href='{inspect}']").first.click()
    expect(page).to_have_url(re.compile(re.escape(inspect) + "$"))
    main = page.locator("main")
    expect(main).to_contain_text(target.display_code)
    expect(main).not_to_contain_text("None")
    assert_accessible(page, "acknowledgement-inspect")

    page.get_by_role("button", name="Actions").click()
    expect(page.get_by_role("link", name="Download the PDF")).to_be_visible()
    expect(page.get_by_role("link", name="Delete")).to_have_count(0)
    page.get_by_role("link", name="Revoke").click()
    assert_accessible(page, "acknowledgement-revoke")
    page.fill("textarea[name=reason]", "Signed for a colleague by mistake")
    page.locator("main form button[type=submit]").click()
    expect(page).to_have_url(re.compile(re.escape(inspect) + "$"))
    expect(main).to_contain_text("Signed for a colleague by mistake")
    assert_accessible(page, "acknowledgement-revoked")
    target.refresh_from_db()
    assert target.revoked_at is not None
