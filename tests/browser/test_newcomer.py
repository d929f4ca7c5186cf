"""A newcomer's first visit: four languages, signing in, switching language, accessibly."""

import re

from playwright.sync_api import expect

HOME_TITLES = {
    "nl": "Integriteit in internationale samenwerking",
    "fr": "L'intégrité dans la coopération internationale",
    "en": "Integrity in international cooperation",
    "es": "Integridad en la cooperación internacional",
}
SIGN_IN = {"nl": "Aanmelden", "fr": "Se connecter", "en": "Sign in", "es": "Iniciar sesión"}


def test_newcomer_reads_the_site_in_four_languages_and_signs_in(
    page, site, assert_accessible, sign_in
):
    for language, title in HOME_TITLES.items():
        page.goto(f"{site}/{language}/")
        expect(page.locator("html")).to_have_attribute("lang", language)
        expect(page.get_by_role("heading", level=1)).to_have_text(title)
        expect(page.get_by_role("navigation", name=re.compile(".")).first).to_be_visible()
        expect(page.locator(".account-nav")).to_contain_text(SIGN_IN[language])
    page.goto(f"{site}/nl/")
    assert_accessible(page, "home-nl")

    page.locator(".account-nav a").click()
    expect(page).to_have_url(re.compile(r"/nl/accounts/login/"))
    assert_accessible(page, "login-nl")

    sign_in(page, site, "official@example.org")
    expect(page).to_have_url(f"{site}/nl/")
    expect(page.get_by_role("heading", level=2).first).to_contain_text("Ambtenaar")
    assert_accessible(page, "home-official-nl")

    page.get_by_role("link", name="Toegankelijkheidsverklaring").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Toegankelijkheidsverklaring")
    assert_accessible(page, "accessibility-nl")

    # Switch language: the same page, now in French, still signed in.
    page.locator(".languages a[lang=fr]").click()
    expect(page).to_have_url(f"{site}/fr/accessibilite/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Déclaration d'accessibilité")
    expect(page.locator(".account-nav")).to_contain_text("Profil")
    assert_accessible(page, "accessibility-fr")


def test_signup_and_password_reset_pages_are_accessible(page, site, assert_accessible, settings):
    # Accounts are by invitation: a stranger learns so, and how an invitee gets a new link.
    page.goto(f"{site}/en/accounts/signup/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Sign-up is by invitation")
    expect(page.get_by_role("link", name="Ask for a new link")).to_be_visible()
    assert_accessible(page, "signup-closed-en")

    settings.PLATFORM_OPEN_SIGNUP = True  # a site that opens sign-up shows the form
    page.goto(f"{site}/en/accounts/signup/")
    expect(page.locator("input[name=password1]")).to_be_visible()
    assert_accessible(page, "signup-en")

    # A failed sign-up shows an error summary that is accessible too.
    page.locator("form.form button[type=submit]").click()
    expect(page.locator(".error-summary")).to_be_visible()
    assert_accessible(page, "signup-errors-en")

    page.goto(f"{site}/es/accounts/password/reset/")
    expect(page.get_by_role("heading", level=1)).to_be_visible()
    assert_accessible(page, "password-reset-es")
    page.fill("input[name=email]", "partner@example.org")
    page.locator("form.form button[type=submit]").click()
    expect(page).to_have_url(re.compile(r"/es/accounts/password/reset/done/"))
    assert_accessible(page, "password-reset-done-es")


def test_partner_signing_in_from_a_dutch_page_continues_in_french(page, site, sign_in):
    sign_in(page, site, "partner@example.org", language="nl")
    expect(page).to_have_url(f"{site}/fr/")
    expect(page.locator("html")).to_have_attribute("lang", "fr")


def test_home_on_a_phone(browser, site, assert_accessible):
    phone = browser.new_context(viewport={"width": 375, "height": 740}, is_mobile=True)
    page = phone.new_page()
    page.goto(f"{site}/fr/")
    expect(page.get_by_role("heading", level=1)).to_be_visible()
    # Nothing scrolls sideways on a small screen.
    assert page.evaluate("document.documentElement.scrollWidth") <= 375
    assert_accessible(page, "home-fr-phone")
    phone.close()
