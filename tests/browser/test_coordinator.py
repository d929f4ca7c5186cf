"""A coordinator invites a group of officials from a spreadsheet."""

import re

from playwright.sync_api import expect

from integrity_platform.demo.courses import COURSES

POLICY_TITLE_NL = next(c for c in COURSES if c["key"] == "integrity-policy")["title"]["nl"]

CSV = (
    "email;name;organisation;role;language\n"
    "lotte@example.org;Lotte Vermeulen;Gemeente Lindenhove;municipal_official;nl\n"
    "not-an-email;Someone;Gemeente Lindenhove;municipal_official;nl\n"
    "marie@example.org;Marie Dubois;Commune de Koudoubé;municipal_official;fr\n"
)


def test_coordinator_imports_members_from_csv(page, site, sign_in, assert_accessible, tmp_path):
    csv_file = tmp_path / "officials.csv"
    csv_file.write_text(CSV, encoding="utf-8")
    sign_in(page, site, "coordinator@example.org")

    page.goto(f"{site}/admin/members/")
    expect(page.get_by_role("table")).to_contain_text("official@example.org")
    expect(page.get_by_role("table")).not_to_contain_text("partner@example.org")
    assert_accessible(page, "members")
    page.get_by_role("link", name=re.compile("CSV")).click()

    expect(page).to_have_url(re.compile(r"/admin/members/import/$"))
    assert_accessible(page, "import")
    page.set_input_files("input[type=file]", str(csv_file))
    page.locator("main form button[type=submit]").click()

    preview = page.get_by_role("table")
    expect(preview.locator("tr[data-import-line='2']")).to_contain_text("lotte@example.org")
    expect(preview.locator("tr[data-import-line='3']")).to_contain_text("not-an-email")
    expect(preview.locator("tr[data-import-line='4']")).to_contain_text("Koudoubé")
    assert_accessible(page, "import-preview")

    page.locator("main form button[type=submit]").click()
    # The import runs as a task (inline here); its page says what it did, in her Dutch.
    expect(page.locator("[data-import-progress]")).to_contain_text("Klaar: 1 lid uitgenodigd.")
    assert_accessible(page, "import-done-nl")
    page.get_by_role("link", name=re.compile("members list|ledenlijst", re.I)).click()
    expect(page).to_have_url(re.compile(r"/admin/members/$"))
    expect(page.get_by_role("table")).to_contain_text("lotte@example.org")
    expect(page.get_by_role("table")).not_to_contain_text("marie@example.org")


def test_invited_official_sets_a_password_from_the_email(
    page, browser, site, sign_in, assert_accessible
):
    from django.core import mail

    sign_in(page, site, "coordinator@example.org")
    page.goto(f"{site}/admin/members/new/")
    page.fill("input[name=email]", "nieuwe.collega@example.org")
    page.fill("input[name=first_name]", "Nieuwe")
    page.fill("input[name=last_name]", "Collega")
    page.select_option("select[name=preferred_language]", "fr")
    page.select_option("select[name=organisation]", label="Gemeente Lindenhove")
    page.select_option("select[name=programme_role]", "municipal_official")
    assert_accessible(page, "member-new")
    page.locator("main form button[type=submit]").first.click()
    expect(page.get_by_role("table")).to_contain_text("nieuwe.collega@example.org")

    # The invitation is in French, the invitee's language, and carries a set-password link.
    invitation = mail.outbox[-1]
    assert invitation.to == ["nieuwe.collega@example.org"]
    assert "Bonjour Nieuwe Collega" in invitation.body
    link = re.search(r"https?://\S+(/fr/accounts/password/reset/key/\S+)", invitation.body)

    invitee = browser.new_context().new_page()
    invitee.goto(site + link.group(1))
    expect(invitee.get_by_role("heading", level=1)).to_be_visible()
    assert_accessible(invitee, "set-password-fr")
    invitee.fill("input[name=password1]", "mon-Nouveau-secret-2026")
    invitee.fill("input[name=password2]", "mon-Nouveau-secret-2026")
    invitee.locator("form.form button[name=action]").click()

    invitee.goto(f"{site}/fr/accounts/login/")
    invitee.fill("input[name=login]", "nieuwe.collega@example.org")
    invitee.fill("input[name=password]", "mon-Nouveau-secret-2026")
    invitee.locator("form.form button[type=submit]").click()
    expect(invitee).to_have_url(f"{site}/fr/")
    expect(invitee.locator(".account-nav")).to_contain_text("Profil")
    assert_accessible(invitee, "home-invitee-fr")


def test_coordinator_follows_course_progress_and_assigns_a_course(
    page, site, sign_in, assert_accessible
):
    sign_in(page, site, "coordinator@example.org")
    page.goto(f"{site}/admin/courses/progress/")
    table = page.get_by_role("table")
    expect(table).to_contain_text("Ambtenaar (demo)")
    expect(table).not_to_contain_text("Agent communal")  # another organisation's official
    assert_accessible(page, "course-progress")

    page.goto(f"{site}/admin/courses/progress/new/")
    page.select_option("select[name=course]", label=POLICY_TITLE_NL)
    page.select_option("select[name=audience]", "municipal_official")
    page.fill("input[name=due_date]", "2027-01-31")
    assert_accessible(page, "assign-course")
    page.locator("main form button[type=submit]").click()
    expect(page).to_have_url(re.compile(r"/admin/courses/progress/$"))
    expect(page.locator(".messages")).to_be_visible()

    from courses.models import Enrolment

    due = Enrolment.objects.filter(course__title=POLICY_TITLE_NL).values_list(
        "user__email", "due_date"
    )
    updated = {email for email, date in due if date and date.isoformat() == "2027-01-31"}
    assert "official@example.org" in updated
    assert "partner@example.org" not in updated  # another organisation
