"""A live dilemma session in a room: the facilitator starts it from the demo playlist,
a member and two guests on phones join by code and vote, the big screen counts the votes,
a second vote after the discussion shows how opinions moved, and the summary matches.
Then a member practises a dilemma alone in the library."""

import re

from playwright.sync_api import expect

from dilemmas.models import Vote
from tests.browser.conftest import start_live_session

PHONE = {"viewport": {"width": 390, "height": 844}, "is_mobile": True, "has_touch": True}


# The member's phone follows their preferred language (Dutch); the guests' phones chose
# English: one room, votes counted together.
IN = {"nl": "Je bent binnen", "en": "You are in"}
VOTED = {"nl": "Je stem is binnen", "en": "Your vote is in"}
ENDED = {"nl": "De sessie is afgelopen", "en": "The session has ended"}
PLAYLIST = {
    "nl": "Jaarlijkse bespreking 2026: vijf dilemma's",
    "en": "Annual review 2026: five dilemmas",
}


def language_of(phone):
    return phone.locator("html").get_attribute("lang")


def vote_for(phone, option):
    form = phone.locator("[data-vote-form]:visible")
    expect(form).to_be_visible(timeout=10_000)
    form.locator("input[name=option]").nth(option - 1).check()
    form.locator("button[type=submit]").click()
    expect(phone.locator("[data-status]")).to_contain_text(VOTED[language_of(phone)])


def press(console, name):
    console.get_by_role("button", name=name).click()
    console.wait_for_load_state()


def test_a_room_votes_twice_and_the_summary_matches(site, browser, sign_in, assert_accessible):
    facilitator = browser.new_context(viewport={"width": 1280, "height": 900})
    console = facilitator.new_page()
    code = start_live_session(console, site, sign_in)
    assert re.fullmatch(r"[A-Z2-9]{6}", code)

    member_context = browser.new_context(**PHONE)
    member = member_context.new_page()
    sign_in(member, site, "official@example.org", language="en")
    phones = [member] + [browser.new_context(**PHONE).new_page() for _ in range(2)]
    for n, phone in enumerate(phones):
        phone.goto(f"{site}/live/?lang=en")
        phone.get_by_label("Session code").fill(code.lower())
        if n:
            if n == 1:
                assert_accessible(phone, "live-join")
            phone.get_by_label("Your nickname").fill(f"Guest {n}")
        phone.get_by_role("button", name="Join").click()
        expect(phone.locator("[data-status]")).to_contain_text(IN[language_of(phone)])
        # The lobby's one heading: the playlist's title in the phone's language.
        expect(phone.locator("h1")).to_have_text(PLAYLIST[language_of(phone)])
    assert [language_of(phone) for phone in phones] == ["nl", "en", "en"]
    expect(console.locator("[data-joined]")).to_have_text("3", timeout=10_000)

    press(console, "Show the first dilemma")
    press(console, "Open voting")
    assert_accessible(phones[1], "live-voting")
    for phone, option in zip(phones, [1, 1, 2], strict=True):
        vote_for(phone, option)
    expect(console.locator("[data-votes]")).to_have_text("3", timeout=10_000)

    press(console, "Close voting")
    press(console, "Show the results")
    chart = console.locator("figure.bars")
    expect(chart).to_contain_text("First vote: 3 votes")
    expect(chart).to_contain_text("67% (2)")
    assert_accessible(console, "live-results")
    # Guests see the state of the room, never who is in it.
    assert "Ambtenaar" not in phones[1].content()

    press(console, "Vote again after the discussion")
    for phone, option in zip(phones, [2, 2, 2], strict=True):
        vote_for(phone, option)
    expect(console.locator("[data-votes]")).to_have_text("3", timeout=10_000)
    press(console, "Show the results")
    expect(chart).to_contain_text("+67 points")
    expect(chart).to_contain_text("-67 points")
    assert_accessible(console, "live-shift")

    # Ending cannot be undone: the console asks first.
    console.get_by_role("link", name="End the session").click()
    expect(console.locator("h1")).to_have_text("End the session?")
    press(console, "Yes, end the session")
    for phone in phones:
        expect(phone.locator("[data-status]")).to_contain_text(ENDED[language_of(phone)])
    console.get_by_role("link", name="See the summary").click()
    first = console.locator(".summary-item").first
    expect(first).to_contain_text("First vote: 3 votes · after the discussion: 3 votes")
    expect(first).to_contain_text("100% (3)")
    expect(console.locator(".facts")).to_contain_text("Members: 1 · Guests: 2")
    assert Vote.objects.filter(session__code=code).count() == 6
    assert_accessible(console, "live-summary")
    for phone in phones:  # stop their polling before the database is flushed
        phone.context.close()
    facilitator.close()


def test_a_member_practises_a_dilemma_alone(site, page, sign_in, assert_accessible):
    sign_in(page, site, "official@example.org", language="en")
    page.goto(f"{site}/en/dilemmas/")
    assert_accessible(page, "dilemma-library")
    page.locator("#id_theme").select_option(label="Gifts and hospitality")
    page.get_by_role("button", name="Show dilemmas").click()
    page.get_by_role("link", name="A costly gift from the partner municipality").click()
    page.get_by_role("button", name="Save my answer").click()
    expect(page.locator(".error-summary")).to_contain_text("Choose one of the options.")
    page.locator("input[name=option]").nth(1).check()
    page.get_by_label("Why? Explain your choice in a few sentences").fill(
        "Returning it kindly keeps the partnership clean; I explain our rules."
    )
    page.get_by_role("button", name="Save my answer").click()
    expect(page.locator("#your-answer")).to_contain_text("Returning it kindly")
    # Five colleagues practised it before (demo; three chose the second option), so the
    # distribution shows: four of six now.
    expect(page.locator("figure.bars")).to_contain_text("67% (4 answers)")
    expect(page.locator("#commentary-title")).to_be_visible()
    assert_accessible(page, "dilemma-answered")
