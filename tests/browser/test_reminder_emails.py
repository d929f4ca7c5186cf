"""A member stops the review reminders from the link in one, without signing in, and
switches them back on from their profile: accessible in both places."""

import re
from urllib.parse import urlsplit

from django.contrib.auth import get_user_model
from playwright.sync_api import expect

from integrity_platform.people.models import Member
from integrity_platform.review.unsubscribe import unsubscribe_url


def reminders_on(email):
    return Member.objects.get(user__email=email).review_reminders


def test_a_member_stops_the_reminders_and_switches_them_back_on(
    page, site, sign_in, assert_accessible
):
    official = get_user_model().objects.get(email="official@example.org")
    link = urlsplit(unsubscribe_url(official))

    # From the footer of a reminder, in their language (Dutch), not signed in.
    page.goto(f"{site}{link.path}")
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "Herinneringen voor de jaarlijkse bespreking per e-mail"
    )
    expect(page.get_by_text("official@example.org")).to_be_visible()
    assert_accessible(page, "reminders-stop-ask-nl")
    assert reminders_on("official@example.org")  # opening the link changes nothing

    page.get_by_role("button", name="Geen herinneringsmails meer").click()
    expect(page.get_by_role("status")).to_contain_text("Je krijgt geen herinneringsmails")
    assert_accessible(page, "reminders-stopped-nl")
    assert not reminders_on("official@example.org")

    # A forged link says so and changes nothing.
    page.goto(f"{site}/nl/review/reminders/stop/forged/")
    expect(page.get_by_role("alert")).to_contain_text("Deze link is niet geldig")

    sign_in(page, site, "official@example.org")
    page.goto(f"{site}/nl/accounts/profile/")
    page.get_by_role("link", name=re.compile(r"^Wijzigen\W+herinneringen")).click()
    assert_accessible(page, "reminders-preference-nl")
    page.get_by_label("herinneringen voor de jaarlijkse bespreking per e-mail").check()
    page.get_by_role("button", name="Opslaan").click()
    expect(page.get_by_role("status").first).to_be_visible()
    assert reminders_on("official@example.org")
