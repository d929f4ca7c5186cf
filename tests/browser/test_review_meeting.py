"""The review meeting in the room: the coordinator opens the big screen from the session's
page, projects the check-in at 1920x1080 and 1280x720, steps through the code with the
arrow keys and downloads the printed agenda; a member prepares for the meeting in My
review.

The session is put a week ahead of whenever the test runs (the browser's clock cannot be
moved, and two-step codes follow the real one), so no day of the year changes what it sees."""

import subprocess
from datetime import timedelta

from django.utils import timezone
from playwright.sync_api import expect

from integrity_platform.review.models import ReviewCycle, ReviewSession
from tests.browser.conftest import SCREENSHOTS

SCREENS = {"1920x1080": (1920, 1080), "1280x720": (1280, 720)}


def next_weeks_session():
    cycle = ReviewCycle.objects.get(
        organisation__name="Gemeente Lindenhove", year=timezone.localdate().year
    )
    starts = timezone.localtime().replace(hour=14, minute=0, second=0, microsecond=0)
    return ReviewSession.objects.create(
        cycle=cycle,
        starts_at=starts + timedelta(days=7),
        place="Raadzaal, Lindenhove",
        language="nl",
    )


def scrolls(page):
    """Whether the page is larger than the window, either way."""
    return page.evaluate(
        "() => { const root = document.documentElement;"
        " return [root.scrollHeight > innerHeight, root.scrollWidth > innerWidth]; }"
    )


def test_the_meeting_on_the_big_screen_and_in_my_review(
    browser, site, sign_in, assert_accessible, tmp_path
):
    session = next_weeks_session()
    coordinator = browser.new_context().new_page()
    sign_in(coordinator, site, "coordinator@example.org")
    coordinator.goto(f"{site}/admin/review/sessions/{session.pk}/run/")
    assert_accessible(coordinator, "review-meeting-run")

    with coordinator.expect_popup() as opened:
        coordinator.locator(f'a[href$="/sessions/{session.pk}/screen/"]').click()
    screen = opened.value
    screen.wait_for_load_state()
    expect(screen.locator("h1")).to_be_visible()
    assert session.check_in_code in screen.locator("main").inner_text()
    for name, (width, height) in SCREENS.items():
        screen.set_viewport_size({"width": width, "height": height})
        assert scrolls(screen) == [False, False], name
        assert_accessible(screen, f"review-meeting-check-in-{name}")

    # The arrow keys step through the agenda, one value with its rules at a time, and back.
    heading = screen.locator("main h1")
    first = heading.inner_text()
    titles = []
    while screen.locator("a[data-step=next]").count():
        before = screen.url
        screen.keyboard.press("ArrowRight")
        expect(screen).not_to_have_url(before)
        titles.append(heading.inner_text())
        assert scrolls(screen) == [False, False], titles[-1]  # every step fits on 1280x720
        assert_accessible(screen, f"review-meeting-step-{len(titles) + 1}")
    assert titles[0] != first and any("Integriteit" in title for title in titles)
    screen.keyboard.press("ArrowLeft")
    expect(heading).to_have_text(titles[-2])

    with screen.expect_download() as download:
        screen.locator("nav a[download]").click()
    pdf = tmp_path / "agenda.pdf"
    download.value.save_as(pdf)
    text = subprocess.run(["pdftotext", pdf, "-"], capture_output=True, check=True).stdout
    assert "Integriteit" in text.decode() and "Raadzaal, Lindenhove" in text.decode()

    # French runs longer than Dutch: a meeting held in French still fits every screen.
    ReviewSession.objects.filter(pk=session.pk).update(language="fr")
    step, screens = 1, f"{site}/admin/review/sessions/{session.pk}/screen"
    while (response := screen.goto(f"{screens}/{step}/")).ok:
        assert scrolls(screen) == [False, False], screen.locator("main h1").inner_text()
        screen.screenshot(path=SCREENSHOTS / f"review-meeting-fr-{step}.png")
        step += 1
    assert response.status == 404 and step - 1 >= len(titles) + 1  # as many screens, or more

    member = browser.new_context().new_page()
    sign_in(member, site, "official@example.org")
    member.goto(f"{site}/nl/review/")
    prepare = member.locator("section", has=member.locator("#prepare-title"))
    expect(prepare).to_contain_text("Raadzaal, Lindenhove")
    expect(prepare).to_contain_text("Integriteit")
    assert_accessible(member, "review-meeting-prepare")
    with member.expect_download() as download:
        prepare.locator("a[download]").click()
    # Named in the member's language (Dutch).
    assert download.value.suggested_filename.startswith("agenda-bespreking-")
