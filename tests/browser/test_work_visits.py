"""A coordinator records a work visit; a delegate takes note from the home page; the visit
page shows who has."""

import re
from datetime import timedelta

from django.utils import timezone
from playwright.sync_api import expect

PASSWORD = "demo-Integrity-2026"


def test_coordinator_records_a_visit_and_sees_who_has_taken_note(
    page, browser, site, sign_in, assert_accessible
):
    from django.core import mail

    # Relative to the day the test runs: the visit is always ahead.
    starts_on = timezone.localdate() + timedelta(days=14)
    ends_on = starts_on + timedelta(days=6)

    sign_in(page, site, "coordinator@example.org")
    page.goto(f"{site}/admin/visits/")
    assert_accessible(page, "work-visits")
    page.goto(f"{site}/admin/visits/new/")
    page.fill("input[name=name]", "Stedenbandbezoek")
    page.fill("input[name=destination]", "Koudoubé, Burkina Faso")
    page.fill("input[name=starts_on]", starts_on.isoformat())
    page.fill("input[name=ends_on]", ends_on.isoformat())
    # One colleague from the list, one newcomer by email, invited in English.
    page.get_by_label("Collega (demo)").check()
    page.fill("textarea[name=invite]", "Nieuwe Delegee <nieuwe.delegee@example.org>")
    page.select_option("select[name=invite_language]", "en")
    page.keyboard.press("Escape")  # close the date picker Wagtail opens on the date fields
    assert_accessible(page, "work-visit-new")
    page.locator("main form button[type=submit]").first.click()

    expect(page).to_have_url(re.compile(r"/admin/visits/inspect/\d+/$"))
    # The coordinator reads the admin in Dutch: the counts are checked, not the sentence.
    taken_note = page.locator("[data-taken-note]")
    expect(taken_note).to_have_attribute("data-delegates", "2")
    expect(taken_note).to_have_attribute("data-noted", "0")
    expect(page.get_by_role("table")).to_contain_text("Nieuwe Delegee")
    # Checked without the "saved" message: Wagtail's green (#238a6b on white text, 4.26:1)
    # fails WCAG AA contrast on every admin page that shows one; see the report.
    page.reload()
    assert_accessible(page, "work-visit-page")
    visit_page = page.url

    # The newcomer chooses a password from the invitation, signs in and finds the visit
    # on the home page.
    invitation = next(
        m
        for m in mail.outbox
        if m.to == ["nieuwe.delegee@example.org"] and "/password/reset/key/" in m.body
    )
    take_note_mail = next(
        m for m in mail.outbox if m.to == ["nieuwe.delegee@example.org"] and m is not invitation
    )
    assert re.search(r"/en/acknowledge/\?for=visit-\d+", take_note_mail.body)
    link = re.search(r"https?://\S+(/en/accounts/password/reset/key/\S+)", invitation.body)
    delegate = browser.new_context().new_page()
    delegate.goto(site + link.group(1))
    assert_accessible(delegate, "set-password-en")
    delegate.fill("input[name=password1]", PASSWORD)
    delegate.fill("input[name=password2]", PASSWORD)
    delegate.locator("form.form button[name=action]").click()
    sign_in(delegate, site, "nieuwe.delegee@example.org", language="en")

    delegate.goto(f"{site}/en/")
    # One step for the visit, however many ways there are to tell it.
    step = delegate.locator(".next-steps .card", has_text="Work visit to Koudoubé")
    expect(step).to_have_count(1)
    assert_accessible(delegate, "home-delegate")
    step.get_by_role("link").click()

    expect(delegate).to_have_url(re.compile(r"/en/acknowledge/\?for=visit-\d+$"))
    expect(delegate.locator("input[name=visit]")).to_have_value(
        "Stedenbandbezoek – Koudoubé, Burkina Faso"
    )
    expect(delegate.locator("input[name=visit]")).to_be_disabled()
    expect(delegate.locator("input[name=full_name]")).to_have_value("Nieuwe Delegee")
    assert_accessible(delegate, "take-note-for-visit")
    delegate.check("input[name=confirm]")
    delegate.locator("form.form button[type=submit]").click()
    expect(delegate.get_by_role("status")).to_be_visible()
    assert_accessible(delegate, "taken-note-for-visit")

    # Taken note: the home page no longer asks, and the coordinator sees one of two.
    delegate.goto(f"{site}/en/")
    expect(delegate.locator("main")).not_to_contain_text("Work visit to Koudoubé")

    page.goto(visit_page)
    expect(page.locator("[data-taken-note]")).to_have_attribute("data-noted", "1")
    row = page.get_by_role("row", name=re.compile("Nieuwe Delegee"))
    expect(row).to_contain_text(re.compile(r"[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}"))
    assert_accessible(page, "work-visit-page-noted")
