"""A member sets their preferred language and the site follows it."""

import re

from playwright.sync_api import expect


def test_member_changes_language_in_profile(page, site, sign_in, assert_accessible):
    sign_in(page, site, "official@example.org")
    page.locator(".account-nav").get_by_role("link", name="Profiel").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Jouw profiel")
    assert_accessible(page, "profile-nl")

    # A blank name is refused with a message and nothing changes.
    page.fill("input[name=first_name]", "")
    page.get_by_role("button", name="Opslaan").click()
    expect(page.locator(".error-summary")).to_be_visible()
    assert_accessible(page, "profile-errors-nl")

    page.fill("input[name=first_name]", "Ambtenaar")
    page.select_option("select[name=preferred_language]", "es")
    page.get_by_role("button", name="Opslaan").click()
    expect(page).to_have_url(re.compile(r"/es/accounts/profile/$"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Su perfil")
    expect(page.get_by_role("status")).to_be_visible()
    assert_accessible(page, "profile-saved-es")

    # From now on the bare address opens the site in Spanish.
    page.goto(f"{site}/")
    expect(page).to_have_url(f"{site}/es/")

    page.locator(".account-nav").get_by_role("link", name="Perfil").click()
    page.get_by_role("link", name=re.compile("dirección de correo electrónico")).click()
    expect(page).to_have_url(re.compile(r"/es/accounts/email/$"))
    assert_accessible(page, "email-es")
