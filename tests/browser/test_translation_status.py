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
    rows.first.locator("a[href*='/revisions/compare/']").click()
    expect(page.locator("main")).to_contain_text("jaarlijkse bespreking van de code")
    page.go_back()

    rows.nth(1).get_by_role("button").click()
    expect(languages).to_have_text(["EN", "FR"])


def test_a_translator_works_offline_with_a_po_file(
    page, site, sign_in, assert_accessible, tmp_path
):
    import polib

    sign_in(page, site, "officer@example.org", language="en")
    page.goto(f"{site}/admin/translation-status/?status=out_of_date&language=fr")
    french = page.locator("main table.listing").last.locator("tbody tr").first
    with page.expect_download() as download:
        french.locator("a[href$='/po/']").click()
    path = tmp_path / download.value.suggested_filename
    download.value.save_as(path)
    assert path.name.endswith("-fr.po")
    po = polib.pofile(str(path))
    changed = [entry for entry in po if "fuzzy" in entry.flags]
    assert [entry.msgctxt for entry in changed] == ["search_description"]
    changed[0].msgstr = "Pourquoi l’association a un code d’éthique, mis à jour après sa revue."
    changed[0].flags.remove("fuzzy")
    po.save(str(path))

    french.locator("a[href$='/upload/']").click()
    assert_accessible(page, "translation-upload")
    page.locator("input[type=file]").set_input_files(str(path))
    page.locator("main form button[type=submit]").click()
    expect(page.locator(".messages")).to_contain_text("1")
    assert "/edit/" in page.url
