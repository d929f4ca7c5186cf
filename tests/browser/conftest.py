"""Playwright journeys in Chromium against the live test server, with axe-core checks."""

import os
import threading
import time
from pathlib import Path

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.db import connections, transaction
from django.utils import timezone
from playwright.sync_api import expect

from integrity_platform.demo.management.commands.seed_demo import DEMO_TOTP_SECRET
from tests import demo_snapshot as snapshots

# Playwright's sync API runs an event loop in this thread; Django's ORM must still be
# allowed to answer the live server and the fixtures here.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
WCAG_21_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
PASSWORD = "demo-Integrity-2026"
SCREENSHOTS = Path(__file__).resolve().parents[2] / "var" / "screenshots"
# Screenshots are for people to look at; CI, which nobody looks over, sets SCREENSHOTS=0.
TAKE_SCREENSHOTS = os.environ.get("SCREENSHOTS", "1") != "0"


def pytest_collection_modifyitems(items):
    for item in items:
        if "tests/browser/" in str(item.fspath):
            item.add_marker(pytest.mark.browser)


@pytest.fixture(scope="session")
def live_server(django_db_setup, live_server):
    """pytest-django's live server, started once the test database exists: on SQLite that
    database lives in memory, and only a server started after it is made shares this
    process's connection with its threads (connections of their own meet "database table
    is locked")."""
    connection = connections["default"]
    if connection.vendor == "sqlite" and connection.is_in_memory_db():
        assert live_server.thread.connections_override, "the live server has its own connection"
    return live_server


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args, live_server):
    # The live server starts before Chromium so that it stops after it: the connections
    # Chromium keeps open end while the server still shares the in-memory database with
    # their threads (the other way round, each ended with a "DatabaseWrapper objects
    # created in a thread" error at the end of the run).
    args = {**browser_type_launch_args, "args": CHROMIUM_FLAGS}
    chromium = os.environ.get("CHROMIUM") or (
        "/usr/bin/chromium" if Path("/usr/bin/chromium").exists() else ""
    )
    if chromium:
        args["executable_path"] = chromium
    return args


@pytest.fixture(scope="session")
def committed_demo_snapshot(django_db_setup, django_db_blocker, tmp_path_factory):
    """The demo as `seed_demo` leaves it when every step commits, as under `make run`,
    made once per run (tests/demo_snapshot.py)."""
    with django_db_blocker.unblock():
        return snapshots.shared(tmp_path_factory, "committed-demo", committed=True)


@pytest.fixture
def site(committed_demo_snapshot, live_server, transactional_db, browser):
    """The demo, served by the live server: what a newcomer sees after `make run`.

    The live server needs committed data, so the database is flushed after each of these
    tests and the demo written again, Wagtail's root page included."""
    if committed_demo_snapshot.day == timezone.localdate():
        with transaction.atomic():
            snapshots.restore(committed_demo_snapshot)
    else:  # the day turned since the snapshot: the demo is dated from the day it is loaded
        snapshots.seed_in_a_thread()
    yield live_server.url
    # Before the flush: the test's pages closed and what they asked answered. A page left
    # open keeps talking to the server (Wagtail's editor pings it after loading), and a
    # request writing during the flush met "database table is locked", which left the
    # shared connection broken for the tests after it.
    for context in browser.contexts:
        context.close()
    deadline = time.monotonic() + 30
    while _requests_in_flight() and time.monotonic() < deadline:
        time.sleep(0.05)


def _requests_in_flight():
    # The live server answers each request in a thread of its own, named after its target.
    return [t for t in threading.enumerate() if "process_request_thread" in t.name]


@pytest.fixture(scope="session")
def axe():
    return Axe()


# WCAG 1.4.10 (reflow): content fits 320 CSS pixels without scrolling sideways.
REFLOW_WIDTH = 320
# What sticks out past the viewport: the innermost elements whose box or content does, outside
# any container that scrolls or clips on its own (a wide table in its scroll box is fine).
WIDER_THAN_THE_VIEWPORT = """(width) => {
  const contained = (element) => {
    for (let up = element.parentElement; up && up !== document.body; up = up.parentElement) {
      if (getComputedStyle(up).overflowX !== "visible") return true;
    }
    return false;
  };
  const wide = [...document.body.querySelectorAll("*")].filter((element) => {
    const box = element.getBoundingClientRect();
    const right = box.left + Math.max(box.width, element.scrollWidth);
    return (box.width || box.height) && right > width + 0.5 && !contained(element);
  });
  return wide
    .filter((element) => !wide.some((other) => other !== element && element.contains(other)))
    .slice(0, 12)
    .map((element) => {
      const box = element.getBoundingClientRect();
      const name = element.tagName.toLowerCase() +
        [...element.classList].map((c) => "." + c).join("");
      const text = (element.textContent || "").trim().replace(/\\s+/g, " ").slice(0, 60);
      const extent = Math.round(Math.max(box.width, element.scrollWidth));
      return `${name} "${text}": ${extent}px wide, reaching ${Math.round(box.left + extent)}px`;
    });
}"""


def assert_reflows(page, width=REFLOW_WIDTH):
    """Asserts the page shows without horizontal scroll at `width` CSS pixels (the height kept),
    naming what sticks out if not, then gives the page back its viewport."""
    before = page.viewport_size
    page.set_viewport_size({"width": width, "height": before["height"] if before else 640})
    try:
        # Two animation frames: the resize has been laid out and painted.
        page.evaluate(
            "() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))"
        )
        scroll_width = page.evaluate("document.documentElement.scrollWidth")
        if scroll_width > width:
            wide = page.evaluate(WIDER_THAN_THE_VIEWPORT, width)
            raise AssertionError(
                f"{page.url} scrolls sideways at {width}px: {scroll_width}px wide. "
                "Wider than the viewport:\n  " + "\n  ".join(wide)
            )
    finally:
        if before:
            page.set_viewport_size(before)


@pytest.fixture
def assert_accessible(axe):
    def check(page, name=None):
        # Wagtail's admin messages fade in; judged halfway, their colours are a blend.
        messages = page.locator(".messages > ul")
        if messages.count():
            expect(messages.first).to_have_css("opacity", "1")
        # Only the violations are collected: axe otherwise builds and sends back every
        # node that passed, which nobody reads.
        options = {"runOnly": {"type": "tag", "values": WCAG_21_AA}, "resultTypes": ["violations"]}
        results = axe.run(page, options=options)
        if name and TAKE_SCREENSHOTS:
            SCREENSHOTS.mkdir(parents=True, exist_ok=True)
            page.screenshot(path=str(SCREENSHOTS / f"{name}.png"), full_page=True)
        assert results.violations_count == 0, f"{page.url}\n{results.generate_report()}"
        assert_reflows(page)

    return check


def two_step_code(secret, used=None, account=None):
    """The code an authenticator app shows now, computed with allauth's own helper. allauth
    accepts each code once per account: for a second sign-in of `account` within the same
    30 seconds (`used` remembers), wait for the next code."""
    from allauth.mfa.totp.internal.auth import format_hotp_value, hotp_value

    used = {} if used is None else used
    # allauth accepts the current window's code only (MFA_TOTP_TOLERANCE 0): a code typed in
    # a window's last seconds may reach the server in the next one on a busy machine.
    left = 30 - time.time() % 30
    if left < 5:
        time.sleep(left + 0.1)
    counter = int(time.time()) // 30
    if counter <= used.get(account, -1):
        time.sleep((counter + 1) * 30 - time.time() + 0.1)
        counter += 1
    used[account] = counter
    return format_hotp_value(hotp_value(secret, counter))


@pytest.fixture
def sign_in():
    used = {}

    def sign_in(page, base_url, email, language="nl"):
        page.goto(f"{base_url}/{language}/accounts/login/")
        page.fill("input[name=login]", email)
        page.fill("input[name=password]", PASSWORD)
        page.locator("form.form button[type=submit]").click()
        # Wait for the answer to arrive, not for the old page's load state: a goto() that
        # follows too soon cancels the navigation and the session cookie it would bring.
        page.wait_for_url(lambda url: "/accounts/login/" not in url)
        if "/accounts/2fa/authenticate/" in page.url:
            # The demo accounts that open the admin have an authenticator app (seed_demo).
            page.fill("input[name=code]", two_step_code(DEMO_TOTP_SECRET, used, email))
            page.locator("form.form button[type=submit]").first.click()
            page.wait_for_url(lambda url: "/accounts/2fa/authenticate/" not in url)

    return sign_in


def start_live_session(console, site, sign_in):
    """The facilitator (staff) signs in on `console`, starts a session on the demo playlist
    with an English big screen, and gets its join code."""
    sign_in(console, site, "staff@example.org", language="en")
    console.goto(f"{site}/en/facilitate/sessions/")
    console.get_by_label("Language of the big screen").select_option("en")
    console.get_by_role("button", name="Start the session").click()
    console.wait_for_load_state()
    return console.locator(".join-panel__code").inner_text()


def join_as_guest(phone, base, code, nickname="Guest"):
    """A phone joins the session by its code, in English."""
    phone.goto(f"{base}/live/?lang=en")
    phone.get_by_label("Session code").fill(code)
    phone.get_by_label("Your nickname").fill(nickname)
    phone.get_by_role("button", name="Join").click()


def vote_for_the_first_option(phone):
    """room.js shows the vote form once its poll sees voting open, and sends the vote in
    the background."""
    form = phone.locator("[data-vote-form]:visible")
    expect(form).to_be_visible(timeout=10_000)
    form.locator("input[name=option]").first.check()
    form.locator("button[type=submit]").click()
    expect(phone.locator("[data-status]")).to_contain_text("Your vote is in")
