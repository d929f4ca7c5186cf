"""Phones first (WCAG 1.4.10 reflow): the pages people open on a phone fit 320 CSS pixels
without scrolling sideways, long Dutch words included, and the header leaves the first screen
to the content, its languages and account links folded into a menu."""

import pytest
from playwright.sync_api import expect

from courses.models import CoursePage, LessonPage
from dilemmas.models import DilemmaPage, ToolboxIndexPage
from integrity_platform.campaigns.models import CampaignPage
from integrity_platform.demo import data
from integrity_platform.guidance.models import WhereToGoPage
from tests.browser.conftest import REFLOW_WIDTH, assert_reflows

NARROW = {"width": REFLOW_WIDTH, "height": 640}
PHONE = {"width": 390, "height": 844}
# About 15% of a 390x844 phone screen: the rest is the page's own.
HEADER_MAX_HEIGHT = 120
ACCESSIBILITY = data.page("accessibility")


@pytest.fixture
def phone(browser):
    """A phone-sized page (mobile viewport rules, touch) of the given viewport."""
    contexts = []

    def open_page(viewport):
        context = browser.new_context(viewport=viewport, is_mobile=True, has_touch=True)
        contexts.append(context)
        return context.new_page()

    yield open_page
    for context in contexts:
        context.close()


def dutch(model):
    return model.objects.live().filter(locale__language_code="nl")


def guide_outcomes(guide):
    """Every step of "Where can I go?": each answer, and each answer to a follow-up question."""
    for block in guide.answers:
        answer = block.value
        yield f"{guide.url}{answer['slug']}/"
        for detail in answer["answers"]:
            yield f"{guide.url}{answer['slug']}/{detail['slug']}/"


def assert_all_reflow(page, base_url, paths):
    for path in paths:
        response = page.goto(f"{base_url}{path}")
        assert response.ok, f"{path}: {response.status}"
        assert_reflows(page)


def test_public_pages_fit_320_pixels(site, phone):
    page = phone(NARROW)
    dilemma = dutch(DilemmaPage).first().url
    campaign = dutch(CampaignPage).first().url
    toolbox = dutch(ToolboxIndexPage).first()
    paths = [
        "/nl/",
        f"/nl/{ACCESSIBILITY['nl']['slug']}/",
        "/nl/accounts/login/",
        toolbox.url,
        *(case.url for case in toolbox.get_children().live()),
        # The guide's steps, "De antwoordmogelijkheden" among them.
        *(f"{dilemma}guide/{step}/" for step in range(1, 7)),
        *guide_outcomes(dutch(WhereToGoPage).first()),
        # The newsletter's email HTML, shown in the browser to be copied into an email tool.
        f"{campaign}newsletter/",
    ]
    assert_all_reflow(page, site, paths)


def test_signed_in_pages_fit_320_pixels(site, phone, sign_in):
    page = phone(NARROW)
    sign_in(page, site, "officer@example.org")
    # The officer's home greets them with their role: "Welkom, Integriteitsverantwoordelijke".
    expect(page.get_by_role("heading", level=2).first).to_contain_text("Integriteits")
    paths = [
        "/nl/",
        "/nl/learning/",
        *(course.url for course in dutch(CoursePage)),
        *(lesson.url for lesson in dutch(LessonPage)),
    ]
    assert_all_reflow(page, site, paths)

    # A dilemma's outcome: how others chose and the expert commentary, after answering.
    page.goto(f"{site}{dutch(DilemmaPage).first().url}")
    form = page.locator("form.question")
    if form.count():
        form.locator("input[name=option]").first.check()
        form.locator("textarea").fill("Omdat het geschenk de samenwerking kan beïnvloeden.")
        form.locator("button[type=submit]").click()
    expect(page.locator(".commentary")).to_be_visible()
    assert_reflows(page)


@pytest.mark.parametrize("email", [None, "officer@example.org"])
def test_the_header_is_one_slim_row_on_a_phone(site, phone, sign_in, assert_accessible, email):
    page = phone(PHONE)
    if email:
        sign_in(page, site, email)
    for path in ("/nl/", f"/nl/{ACCESSIBILITY['nl']['slug']}/"):
        page.goto(f"{site}{path}")
        header = page.locator(".site-header").bounding_box()
        assert header["height"] <= HEADER_MAX_HEIGHT, f"{path}: header {header['height']}px"
        heading = page.locator("main h1").bounding_box()
        assert heading["y"] + heading["height"] <= PHONE["height"], f"{path}: h1 below the fold"

    # The languages and account links wait behind the menu toggle, a 44px touch target.
    toggle = page.locator(".site-menu__toggle")
    box = toggle.bounding_box()
    assert box["width"] >= 44 and box["height"] >= 44
    expect(page.locator(".languages")).to_be_hidden()
    toggle.click()
    expect(page.locator(".site-menu")).to_have_attribute("open", "")
    expect(page.locator(".account-nav")).to_be_visible()
    assert_accessible(page, f"header-phone-{'signed-in' if email else 'anonymous'}")
    # Keyboard users reach them from the toggle, in reading order.
    toggle.focus()
    page.keyboard.press("Tab")
    expect(page.locator(".languages a").first).to_be_focused()
    page.locator(".languages a[lang=fr]").click()
    expect(page.locator("html")).to_have_attribute("lang", "fr")


def test_a_desktop_shows_the_header_links_without_a_menu(site, page):
    page.goto(f"{site}/nl/")
    expect(page.locator(".site-menu__toggle")).to_be_hidden()
    expect(page.locator(".languages")).to_be_visible()
    expect(page.locator(".account-nav")).to_be_visible()
