"""The room of a live dilemma session: the facilitator opens the big screen from the console
and drives the session with the keyboard; the projector (1920x1080, then 1280x720) never
needs scrolling, from the join code to the results; phones vote with the button in view;
ending asks for confirmation; and the console works on the facilitator's own phone."""

import re

from playwright.sync_api import expect

from tests.browser.conftest import start_live_session

PHONE = {"viewport": {"width": 390, "height": 844}, "is_mobile": True, "has_touch": True}
PROJECTORS = [(1920, 1080), (1280, 720)]
NO_SIDEWAYS = "() => document.documentElement.scrollWidth <= window.innerWidth"
FITS = f"""() => document.documentElement.scrollHeight <= window.innerHeight
    && ({NO_SIDEWAYS})()"""


def projected(screen, state, assert_accessible):
    """On both projectors: nothing to scroll, one h1, no axe violations, a screenshot."""
    for width, height in PROJECTORS:
        screen.set_viewport_size({"width": width, "height": height})
        screen.wait_for_function(FITS, timeout=5_000)
        assert screen.locator("h1").count() == 1
        assert_accessible(screen, f"screen-{state}-{width}x{height}")


def vote_in_view(phone, option):
    """Vote with the button in view on the phone's screen, the situation folded away."""
    form = phone.locator("[data-vote-form]:visible")
    expect(form).to_be_visible(timeout=10_000)
    situation = phone.locator(".room-dilemma:visible details")
    if situation.get_attribute("open") is not None:
        situation.locator("summary").click()
    button = form.get_by_role("button", name="Vote")
    box = button.bounding_box()
    assert box and box["y"] >= 0 and box["y"] + box["height"] <= 844, box
    form.locator("input[name=option]").nth(option - 1).check()
    button.click()
    expect(phone.locator("[data-status]")).to_contain_text("Your vote is in")


def shortcut(console, key):
    with console.expect_navigation():
        console.keyboard.press(key)


def test_the_big_screen_follows_the_session(site, browser, sign_in, assert_accessible):
    facilitator = browser.new_context(viewport={"width": 1280, "height": 800})
    console = facilitator.new_page()
    code = start_live_session(console, site, sign_in)

    with facilitator.expect_page() as opened:
        console.get_by_role("link", name="Open the big screen").click()
    screen = opened.value
    expect(screen.locator(".screen__code")).to_have_text(code)
    expect(screen.locator("h1")).to_have_text("Annual review 2026: five dilemmas")
    for private in (".site-header", ".account-nav", "form", ".facilitator-notes"):
        expect(screen.locator(private)).to_have_count(0)
    projected(screen, "lobby", assert_accessible)

    phones = [browser.new_context(**PHONE).new_page() for _ in range(2)]
    for n, phone in enumerate(phones, start=1):
        phone.goto(f"{site}/live/?lang=en&code={code}")
        phone.get_by_label("Your nickname").fill(f"Guest {n}")
        phone.get_by_role("button", name="Join").click()
        # The lobby's one h1 is the playlist's title in the phone's language.
        expect(phone.locator("h1")).to_have_text("Annual review 2026: five dilemmas")
    expect(screen.locator("[data-joined]")).to_have_text("2", timeout=10_000)

    # The console's shortcuts: N shows the first dilemma, O opens the vote.
    expect(console.get_by_role("heading", name="Keyboard shortcuts")).to_be_visible()
    shortcut(console, "n")
    shortcut(console, "o")
    expect(screen.locator(".screen__step")).to_have_text("Vote on your phone now", timeout=10_000)
    projected(screen, "voting", assert_accessible)

    for n, phone in enumerate(phones):
        expect(phone.locator("h1")).to_have_text("A costly gift from the partner municipality")
        assert phone.locator("h1").count() == 1
        if n == 0:
            assert_accessible(phone, "room-voting-390")
        vote_in_view(phone, n + 1)
    expect(screen.locator("[data-votes]")).to_have_text("2", timeout=10_000)

    shortcut(console, "r")
    chart = screen.locator("figure.bars")
    expect(chart).to_be_visible(timeout=10_000)
    expect(chart).to_contain_text("First vote: 2 votes")
    values = screen.locator(".bars__value")
    expect(values.first).to_have_text("50% (1)")
    expect(values.nth(1)).to_have_text("50% (1)")
    expect(values.nth(2)).to_have_text("0% (0)")
    projected(screen, "revealed", assert_accessible)

    console.get_by_role("button", name="Vote again after the discussion").click()
    for phone in phones:
        vote_in_view(phone, 2)
    expect(screen.locator("[data-votes]")).to_have_text("2", timeout=10_000)
    shortcut(console, "r")
    expect(chart).to_contain_text("after the discussion: 2 votes", timeout=10_000)
    expect(chart.locator(".shift").nth(1)).to_have_text("+50 points")
    projected(screen, "second-vote", assert_accessible)

    # The facilitator's own phone: big buttons, no sideways scrolling, End set apart.
    console.set_viewport_size({"width": 390, "height": 844})
    console.wait_for_function(NO_SIDEWAYS, timeout=5_000)
    controls = console.locator(".controls")
    assert controls.get_by_role("button").first.bounding_box()["height"] >= 48
    expect(controls).not_to_contain_text("End the session")
    assert_accessible(console, "console-revealed-390")

    console.get_by_role("link", name="End the session").click()
    expect(console.locator("h1")).to_have_text("End the session?")
    assert_accessible(console, "console-end-confirm")
    console.get_by_role("link", name="Cancel").click()
    expect(console).to_have_url(re.compile(rf"/sessions/{code}/$"))
    console.get_by_role("link", name="End the session").click()
    console.get_by_role("button", name="Yes, end the session").click()
    expect(console.locator(".callout")).to_contain_text("The session has ended.")
    expect(screen.locator("h1")).to_have_text("Thank you for taking part", timeout=10_000)
    projected(screen, "ended", assert_accessible)
    for phone in phones:  # stop their polling before the database is flushed
        phone.context.close()
    facilitator.close()
