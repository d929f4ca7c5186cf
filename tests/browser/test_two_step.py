"""The integrity officer's first visit to the admin: two-step verification is set up first."""

import re

from allauth.mfa.models import Authenticator
from playwright.sync_api import expect

from .conftest import DEMO_TOTP_SECRET, PASSWORD, two_step_code


def test_officer_sets_up_an_authenticator_app_before_the_admin_opens(
    page, site, sign_in, assert_accessible
):
    # As a real officer's first visit: no authenticator yet (the demo gives them one).
    Authenticator.objects.filter(user__email="officer@example.org").delete()
    sign_in(page, site, "officer@example.org", language="en")
    expect(page).to_have_url(f"{site}/nl/")  # signed in, in the officer's own language

    page.goto(f"{site}/admin/")
    expect(page).to_have_url(re.compile(r"/nl/accounts/two-step/required/\?next=%2Fadmin%2F$"))
    assert_accessible(page, "two-step-required-nl")

    page.locator("a[href$='/accounts/2fa/totp/activate/']").click()
    # allauth asks for the password again before an authenticator is added.
    expect(page).to_have_url(re.compile(r"/nl/accounts/reauthenticate/"))
    assert_accessible(page, "two-step-reauthenticate-nl")
    page.fill("input[name=password]", PASSWORD)
    page.locator("form.form button[type=submit]").click()
    expect(page).to_have_url(re.compile(r"/nl/accounts/2fa/totp/activate/$"))
    assert_accessible(page, "two-step-activate-nl")
    # The secret is shown beside the QR code, for typing into an app; the app's code is
    # what allauth's own helper computes from it.
    secret = page.locator("#authenticator_secret").input_value()
    assert secret and secret != DEMO_TOTP_SECRET
    page.fill("input[name=code]", two_step_code(secret))
    page.locator("form.form button[type=submit]").click()

    expect(page).to_have_url(re.compile(r"/nl/accounts/2fa/recovery-codes/$"))
    expect(page.locator("#recovery_codes")).to_be_visible()
    assert_accessible(page, "two-step-recovery-codes-nl")
    page.locator("main a[href='/admin/']").click()

    expect(page).to_have_url(f"{site}/admin/")
    expect(page.locator("body")).not_to_contain_text("two-step")
    assert_accessible(page, "admin-dashboard")

    # Where a member manages it later: from the profile, in the site's layout.
    page.goto(f"{site}/nl/accounts/profile/")
    page.locator("a[href='/nl/accounts/2fa/']").click()
    expect(page.get_by_role("heading", level=1)).to_be_visible()
    assert_accessible(page, "two-step-index-nl")
    page.goto(f"{site}/nl/accounts/2fa/webauthn/add/")
    expect(page.locator("input[name=name]")).to_be_visible()
    assert_accessible(page, "two-step-add-key-nl")


def test_demo_officer_is_asked_for_a_code_at_sign_in(page, site, assert_accessible):
    page.goto(f"{site}/fr/accounts/login/")
    page.fill("input[name=login]", "officer@example.org")
    page.fill("input[name=password]", PASSWORD)
    page.locator("form.form button[type=submit]").click()

    expect(page).to_have_url(re.compile(r"/accounts/2fa/authenticate/$"))
    assert_accessible(page, "two-step-authenticate-fr")
    page.fill("input[name=code]", two_step_code(DEMO_TOTP_SECRET))
    page.locator("form.form button[type=submit]").first.click()
    page.goto(f"{site}/admin/")
    expect(page).to_have_url(f"{site}/admin/")
