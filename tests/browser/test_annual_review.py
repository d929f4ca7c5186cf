"""The annual review in a room: the coordinator schedules the session, three members check
in from their phones, the minutes collect a proposal, and the integrity officer sees the
organisation's completion change and the proposal in their list."""

import re
from concurrent.futures import ThreadPoolExecutor

from django.utils import timezone
from playwright.sync_api import expect

from certificates.versions import current_version
from courses.models import Enrolment
from integrity_platform.people.models import Member
from integrity_platform.review.models import ReviewCycle, ReviewStatus
from tests.certificates.helpers import issue_signature

MEMBERS = ["official@example.org", "colleague@example.org", "coordinator@example.org"]
PROPOSAL = "Add a rule on gifts received during work visits abroad."


def prepare_members():
    """They acknowledged the code and finished onboarding: only the session is left.
    Lindenhove offers no catch-up course this year, so only the session counts."""
    version = current_version()
    ReviewCycle.objects.filter(organisation__name="Gemeente Lindenhove").update(
        catch_up_course=None
    )
    for member in Member.objects.filter(user__email__in=MEMBERS).select_related("user"):
        issue_signature(member.user, version)
    Enrolment.objects.filter(user__email__in=MEMBERS, source=Enrolment.Source.REQUIRED).update(
        completed_at=timezone.now(), score=100
    )
    for member in Member.objects.filter(user__email__in=MEMBERS):
        member.save()  # refreshes their review status, as any change to a member does


def lindenhove_row(page):
    return page.locator("li", has_text="Gemeente Lindenhove").first.inner_text()


def done_in(row):
    """How many are done, from "50% (3 of 6)" in any language."""
    return int(re.search(r"\((\d+) \D+ \d+\)", row).group(1))


def test_a_review_session_from_scheduling_to_the_officers_overview(
    browser, site, sign_in, assert_accessible
):
    # Signing runs pyHanko's own event loop: not in this thread, where Playwright's runs.
    with ThreadPoolExecutor(1) as worker:
        worker.submit(prepare_members).result()
    officer = browser.new_context().new_page()
    sign_in(officer, site, "officer@example.org")
    officer.goto(f"{site}/admin/review/completion/")
    done_before = done_in(lindenhove_row(officer))

    coordinator = browser.new_context().new_page()
    sign_in(coordinator, site, "coordinator@example.org")
    coordinator.goto(f"{site}/admin/review/sessions/new/")
    coordinator.select_option(
        "select[name=cycle]", label=f"Gemeente Lindenhove · {timezone.localdate().year}"
    )
    coordinator.fill("input[name=starts_at]", timezone.localtime().strftime("%Y-%m-%d %H:%M"))
    coordinator.keyboard.press("Escape")  # close the date picker
    coordinator.fill("input[name=place]", "Raadzaal, Lindenhove")
    coordinator.locator("main form button[type=submit]").first.click()
    code_box = coordinator.locator("text=/^[2-9A-Z]{6}$/")
    expect(code_box).to_be_visible()
    code = code_box.inner_text()

    for index, email in enumerate(MEMBERS):
        phone = browser.new_context(viewport={"width": 375, "height": 740}, is_mobile=True)
        member = phone.new_page()
        sign_in(member, site, email)
        member.goto(f"{site}/review/check-in/")  # the address shown in the room
        if index == 0:
            assert_accessible(member, "review-check-in")
        member.fill("input[name=code]", code.lower())
        member.locator("form.form button[type=submit]").click()
        expect(member.locator(".messages, [role=status]").first).to_be_visible()
        if index == 0:
            expect(member.locator(".checklist__item--done")).to_have_count(3)
            assert_accessible(member, "review-my-status")
        phone.close()

    coordinator.reload()
    expect(coordinator.locator("#attendance h2")).to_contain_text("3")
    coordinator.check("input[name=violations_discussed][value=no]")
    coordinator.check("input[name=changes_needed][value=yes]")
    coordinator.fill("textarea[name=changes_note]", "The rules on gifts are unclear abroad.")
    coordinator.fill("textarea[name=proposals]", PROPOSAL)
    assert_accessible(coordinator, "review-minutes-form")
    coordinator.locator("#minutes form button[type=submit]").click()
    expect(coordinator.locator("#minutes")).to_contain_text(PROPOSAL)

    # The official was missing only the session: the overview counts them now, with the
    # colleagues the demo's year already counted.
    officer.reload()
    statuses = ReviewStatus.objects.filter(
        cycle__year=timezone.localdate().year, member__user__email__in=MEMBERS
    )
    assert [status.is_done for status in statuses] == [True] * 3
    assert done_in(lindenhove_row(officer)) == done_before + 1
    officer.goto(f"{site}/admin/review/proposals/")
    expect(officer.locator("main")).to_contain_text(PROPOSAL)
