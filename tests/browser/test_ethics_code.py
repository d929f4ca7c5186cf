"""Anyone can read the ethics code, in each language, from the footer of every page."""

from playwright.sync_api import expect

from integrity_platform.demo.code import CODE, VALUES, version_label


def test_visitor_reads_the_ethics_code(page, site, assert_accessible):
    page.goto(f"{site}/en/")
    page.get_by_role("contentinfo").get_by_role("link", name=CODE["title"]["en"]).click()
    expect(page.get_by_role("heading", level=1)).to_have_text(CODE["title"]["en"])
    expect(page.locator(".meta").first).to_contain_text(version_label())
    # The code's sections are h2 and h3 headings in its text; the values come under
    # "3. Code of conduct".
    for section in ("1. Introduction", "1.2. About the association's international team"):
        expect(page.get_by_role("heading", name=section)).to_be_visible()
    for value in VALUES:
        expect(page.get_by_role("heading", level=3, name=value["name"]["en"])).to_be_visible()
    assert_accessible(page, "ethics-code-en")

    page.locator(".languages a[lang=es]").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(CODE["title"]["es"])
    expect(page.get_by_role("heading", level=3, name=VALUES[0]["name"]["es"])).to_be_visible()
    assert_accessible(page, "ethics-code-es")
