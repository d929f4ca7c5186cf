"""A coordinator invites a group of officials from a spreadsheet."""

import re

from playwright.sync_api import expect

CSV = (
    "email;name;organisation;role;language\n"
    "lotte@example.org;Lotte Vermeulen;Gemeente Lindenhove;municipal_official;nl\n"
    "not-an-email;Someone;Gemeente Lindenhove;municipal_official;nl\n"
    "marie@example.org;Marie Dubois;Commune de Koudoubé;municipal_official;fr\n"
)


def test_coordinator_imports_members_from_csv(page, site, sign_in, assert_accessible, tmp_path):
    csv_file = tmp_path / "officials.csv"
    csv_file.write_text(CSV, encoding="utf-8")
    sign_in(page, site, "coordinator@example.org")

    page.goto(f"{site}/admin/members/")
    expect(page.get_by_role("table")).to_contain_text("official@example.org")
    expect(page.get_by_role("table")).not_to_contain_text("partner@example.org")
    page.get_by_role("link", name=re.compile("CSV")).click()

    expect(page).to_have_url(re.compile(r"/admin/members/import/$"))
    page.set_input_files("input[type=file]", str(csv_file))
    page.locator("main form button[type=submit]").click()

    preview = page.get_by_role("table")
    expect(preview.locator("tr[data-import-line='2']")).to_contain_text("lotte@example.org")
    expect(preview.locator("tr[data-import-line='3']")).to_contain_text("not-an-email")
    expect(preview.locator("tr[data-import-line='4']")).to_contain_text("Koudoubé")
    assert_accessible(page, "import-preview")

    page.locator("main form button[type=submit]").click()
    expect(page).to_have_url(re.compile(r"/admin/members/$"))
    expect(page.get_by_role("table")).to_contain_text("lotte@example.org")
    expect(page.get_by_role("table")).not_to_contain_text("marie@example.org")
