"""xhtml2pdf cannot tag a PDF for screen readers, so every PDF has a page beside it with the
same content: the acknowledgement (with the annexed text of the code), the printable kit
and a printed recruitment dilemma. Each page passes axe, on a desktop and on a phone."""

from concurrent.futures import ThreadPoolExecutor

from django.contrib.auth import get_user_model
from django.db import connections
from playwright.sync_api import expect

from certificates.issuing import issue
from certificates.models import CodeVersionText, PartnerAcknowledgement
from dilemmas.models import DilemmaPage

PHONE = {"viewport": {"width": 390, "height": 844}, "is_mobile": True, "has_touch": True}


def partner_acknowledgement():
    """Issued in a thread of its own: pyHanko's asyncio.run() refuses to run in the event
    loop Playwright keeps in this thread."""

    def make():
        try:
            text = CodeVersionText.objects.filter(language="fr").order_by("-published_at")[0]
            acknowledgement, _created = issue(
                PartnerAcknowledgement,
                user=get_user_model().objects.get(email="partner@example.org"),
                version=text.version,
                language="fr",
                text_checksum=text.checksum,
                statement="Je prends connaissance du code au nom de la Commune de Koudoubé.",
                period="html-equivalent",
                full_name="Agent communal",
                organisation="Commune de Koudoubé, " + "service de la coopération " * 6,
                commitment=PartnerAcknowledgement.Commitment.DEVELOP,
            )
            return acknowledgement.verification_code
        finally:
            connections.close_all()

    with ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(make).result()


def test_the_acknowledgement_and_the_kits_have_accessible_pages(
    site, browser, sign_in, assert_accessible
):
    code = partner_acknowledgement()
    for name, options in (("desktop", {}), ("phone", PHONE)):
        context = browser.new_context(**options)
        page = context.new_page()
        sign_in(page, site, "partner@example.org", "fr")
        page.goto(f"{site}/fr/acknowledge/{code}/")
        expect(page.locator("#annex-title")).to_be_visible()
        expect(page.locator("main")).to_contain_text("Commune de Koudoubé")
        assert page.locator("a[href$='/pdf/']").count() == 1
        assert_accessible(page, f"acknowledgement-page-{name}")
        context.close()

    context = browser.new_context()
    page = context.new_page()
    sign_in(page, site, "staff@example.org", "en")
    page.goto(f"{site}/en/facilitate/sessions/")
    assert_accessible(page, "facilitate-sessions")
    page.locator("a[href$='/kit/']").first.click()
    expect(page.get_by_role("heading", level=1)).to_be_visible()
    assert page.locator("a[href$='/kit.pdf']").count() == 1
    assert_accessible(page, "kit-page")

    interview = DilemmaPage.objects.filter(for_recruitment=True, locale__language_code="en")[0]
    page.goto(site + interview.url)
    assert_accessible(page, "recruitment-dilemma")
    page.locator("a[href$='/print/page/']").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(interview.title)
    assert_accessible(page, "recruitment-dilemma-page")
    context.close()
