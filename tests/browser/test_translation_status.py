"""The integrity officer sees which translations follow their Dutch source: in the demo an
editor has just improved a Dutch lesson, so its French, English and Spanish versions are out
of date; a translator sees what changed and marks the Spanish one up to date."""

from playwright.sync_api import expect


def test_the_officer_follows_the_translations_of_a_changed_lesson(
    page, site, sign_in, assert_accessible
):
    sign_in(page, site, "officer@example.org", language="en")
    page.goto(f"{site}/admin/translation-status/?status=out_of_date")
    rows = page.locator("main table.listing").last.locator("tbody tr")
    languages = rows.locator("td:nth-child(3)")
    expect(languages).to_have_text(["EN", "ES", "FR"])
    assert_accessible(page, "translation-status")

    # What changed, in Wagtail's comparison of the Dutch lesson's two versions.
    rows.first.locator("a.button").click()
    expect(page.locator("main")).to_contain_text("jaarlijkse bespreking van de code")
    page.go_back()

    rows.nth(1).get_by_role("button").click()
    expect(languages).to_have_text(["EN", "FR"])
