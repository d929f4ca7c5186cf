"""The Content-Security-Policy in a real browser: the site's pages, the live session, the
member's pages and the Wagtail admin run under it with nothing refused and no console
error, and their interactive parts still work (scripts are files, styles are classes)."""

import re

import pytest
from playwright.sync_api import expect
from wagtail.images.models import Image

from tests.browser.conftest import (
    PASSWORD,
    SCREENSHOTS,
    join_as_guest,
    start_live_session,
    vote_for_the_first_option,
)

# Every page of these contexts records what the browser refused, in its window.
RECORD_VIOLATIONS = """
window.__cspViolations = [];
document.addEventListener("securitypolicyviolation", (event) => {
  window.__cspViolations.push(
    `${event.effectiveDirective} refused ${event.blockedURI || "inline"} ` +
    `(${event.sourceFile}:${event.lineNumber}) ${event.sample}`
  );
});
"""


def complaint(message):
    """A console error, or the browser's warning about a feature our header names wrongly."""
    return message.type == "error" or "Permissions-Policy" in message.text


@pytest.fixture
def watched(browser):
    """new_page(**context_options) opens a page whose refusals and console errors are kept;
    assert_clean(page) asserts there were none on the page shown and in its frames."""
    errors = []
    contexts = []

    def new_page(**options):
        context = browser.new_context(**options)
        context.add_init_script(RECORD_VIOLATIONS)
        contexts.append(context)
        page = context.new_page()
        page.on("console", lambda m: complaint(m) and errors.append(f"{page.url}: {m.text}"))
        page.on("pageerror", lambda e: errors.append(f"{page.url}: {e}"))
        return page

    def assert_clean(page, screenshot=None):
        page.wait_for_load_state("networkidle")  # what scripts fetch after loading too
        refused = [
            f"{frame.url}: {violation}"
            for frame in page.frames
            for violation in (frame.evaluate("window.__cspViolations || []") or [])
        ]
        if screenshot:
            SCREENSHOTS.mkdir(parents=True, exist_ok=True)
            page.screenshot(path=str(SCREENSHOTS / f"csp-{screenshot}.png"), full_page=True)
        assert refused == [], "\n".join(refused)
        assert errors == [], "\n".join(errors)

    yield new_page, assert_clean
    for context in contexts:
        context.close()


def test_the_browser_refuses_a_script_slipped_into_a_page(site, watched):
    new_page, _ = watched
    page = new_page()
    page.goto(f"{site}/en/")
    page.evaluate(
        """() => {
          const script = document.createElement("script");
          script.textContent = "window.__ran = true";
          document.body.append(script);
          document.body.insertAdjacentHTML("beforeend", '<p style="color: red">x</p>');
        }"""
    )
    assert page.evaluate("window.__ran") is None
    refused = page.evaluate("window.__cspViolations")
    assert [v.split()[0] for v in refused] == ["script-src-elem", "style-src-attr"]


def test_the_site_and_a_members_pages(site, watched, sign_in):
    from courses.models import CoursePage

    new_page, assert_clean = watched
    page = new_page()
    for path in ["/en/", "/verify/", "/en/dilemmas/", "/live/?lang=en", "/en/accounts/login/"]:
        page.goto(f"{site}{path}")
        assert_clean(page, screenshot=re.sub(r"\W+", "-", path).strip("-") or "home")

    sign_in(page, site, "official@example.org", language="en")
    page.goto(f"{site}/en/learning/")
    expect(page.locator("progress").first).to_be_visible()
    assert_clean(page, screenshot="my-learning")
    page.locator("main a", has_text="ethics code").first.click()
    assert_clean(page)
    CoursePage.objects.update(required_before_signing=False)  # straight to signing
    page.goto(f"{site}/en/acknowledge/")
    # signature-pad.js, a static file, reveals the drawing area, and it draws.
    canvas = page.locator("canvas.signature-pad__canvas")
    canvas.scroll_into_view_if_needed()
    box = canvas.bounding_box()
    page.mouse.move(box["x"] + 20, box["y"] + 20)
    page.mouse.down()
    page.mouse.move(box["x"] + 120, box["y"] + 80, steps=5)
    page.mouse.up()
    assert page.input_value("input[name=drawn_signature]").startswith("M ")
    assert_clean(page, screenshot="acknowledge")
    page.goto(f"{site}/en/dilemmas/")
    page.get_by_role("link", name="A costly gift from the partner municipality").click()
    page.locator("input[name=option]").nth(1).check()
    page.get_by_label("Why? Explain your choice in a few sentences").fill("Returning it kindly.")
    page.get_by_role("button", name="Save my answer").click()
    expect(page.locator("figure.bars svg.bars__bar").first).to_be_visible()
    assert_clean(page, screenshot="dilemma-answered")

    # Setting up two-step verification: the QR code is a data: image, the passkey scripts
    # are static files.
    page.goto(f"{site}/en/accounts/2fa/totp/activate/")
    if "reauthenticate" in page.url:
        page.fill("input[name=password]", PASSWORD)
        page.locator("main form button[type=submit]").first.click()
    qr = page.locator("img[src^='data:image/svg+xml']")
    expect(qr).to_be_visible()
    assert qr.evaluate("img => img.naturalWidth") > 0
    assert_clean(page, screenshot="two-step-setup")
    page.goto(f"{site}/en/accounts/2fa/webauthn/add/")
    assert_clean(page)


def test_a_live_session_on_the_big_screen_and_a_phone(site, watched, sign_in):
    new_page, assert_clean = watched
    console = new_page(viewport={"width": 1280, "height": 900})
    code = start_live_session(console, site, sign_in)
    assert_clean(console)

    phone = new_page(viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True)
    join_as_guest(phone, site, code)
    # console.js counts people joining without a reload.
    expect(console.locator("[data-joined]")).to_have_text("1", timeout=10_000)
    console.get_by_role("button", name="Show the first dilemma").click()
    console.get_by_role("button", name="Open voting").click()
    # room.js follows the session by polling and votes in the background.
    vote_for_the_first_option(phone)
    expect(console.locator("[data-votes]")).to_have_text("1", timeout=10_000)
    assert_clean(phone, screenshot="live-room")
    console.get_by_role("button", name="Close voting").click()
    console.get_by_role("button", name="Show the results").click()
    bar = console.locator("figure.bars svg.bars__bar").first
    expect(console.locator("figure.bars")).to_contain_text("100% (1)")
    # The bar drawn for 100% is as wide as its track.
    assert bar.bounding_box()["width"] == pytest.approx(
        console.locator("figure.bars .bars__track").first.bounding_box()["width"], abs=1
    )
    assert_clean(console, screenshot="live-results")
    phone.context.close()  # stop its polling before the database is flushed


def test_the_admin(site, watched, sign_in):
    from courses.models import LessonPage
    from integrity_platform.people import roles
    from integrity_platform.review.models import ReviewSession

    # After the live server's flush, seed_demo syncs the roles before it recreates the root
    # page, so the officer would lack page permissions: sync them as a fresh site has them.
    roles.sync_role_groups()
    new_page, assert_clean = watched
    page = new_page(viewport={"width": 1280, "height": 900})
    sign_in(page, site, "officer@example.org", language="en")
    page.goto(f"{site}/admin/")
    assert_clean(page, screenshot="admin-dashboard")
    # The sidebar's menus open (Wagtail's scripts run); the officer's admin speaks Dutch.
    completion = page.locator("nav a[href='/admin/review/completion/']")
    expect(completion).to_be_hidden()
    page.get_by_role("button", name=re.compile("^Jaarlijkse")).click()
    expect(completion).to_be_visible()
    completion.click()
    chart = page.locator(".completion-chart")
    expect(chart).to_be_visible()
    assert chart.evaluate("figure => getComputedStyle(figure).paddingLeft") == "24px"
    assert_clean(page, screenshot="admin-completion")

    page.goto(f"{site}/admin/members/")
    assert_clean(page)
    # A form of ours in the admin.
    page.goto(f"{site}/admin/courses/progress/new/")
    assert_clean(page, screenshot="admin-assign-course")

    session = ReviewSession.objects.order_by("-starts_at").first()
    page.goto(f"{site}/admin/review/sessions/{session.pk}/run/")
    expect(page.locator(".check-in svg")).to_be_visible()
    assert_clean(page, screenshot="admin-review-run")

    lesson = LessonPage.objects.filter(locale__language_code="en").order_by("path").first()
    page.goto(f"{site}/admin/pages/{lesson.pk}/edit/")
    expect(page.locator("[data-draftail-input], .Draftail-Editor").first).to_be_attached()
    # The preview panel shows the lesson in a frame of the admin.
    page.locator("[data-side-panel-toggle=preview]").click()
    expect(page.frame_locator("iframe").first.locator("h1")).to_be_visible(timeout=15_000)
    # The checks panel measures the preview with axe-core, inside the previewed page.
    page.locator("[data-side-panel-toggle=checks]").click()
    expect(page.locator("[data-content-word-count]")).to_have_text(re.compile(r"\d"))
    assert_clean(page, screenshot="admin-page-editor")
    # Inline scripts, which the admin allows, set up the pickers of the publishing schedule.
    expect(page.locator(".xdsoft_datetimepicker")).to_have_count(2)

    page.goto(f"{site}/admin/images/{Image.objects.first().pk}/")
    assert_clean(page, screenshot="admin-image")
    # On the site, an editor's userbar checks the page with axe-core under the site's policy.
    page.goto(f"{site}/en/")
    count = page.locator("wagtail-userbar [data-content-checker-count]").first
    expect(count).to_have_text(re.compile(r"\d"), timeout=15_000)
    assert_clean(page, screenshot="home-with-userbar")

    # An administrator's dashboard asks no other site for anything (no update check).
    administrator = new_page()
    sign_in(administrator, site, "admin@example.org", language="en")
    administrator.goto(f"{site}/admin/")
    assert_clean(administrator)
