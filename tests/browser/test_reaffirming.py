"""Year after year: a long-serving official reaffirms the code for this year's review from
My review, and a version published in Dutch only reaches Dutch readers only."""

import re

from playwright.sync_api import expect

from integrity_platform.demo.code import version_label


def test_a_colleague_reaffirms_for_this_years_review(page, site, sign_in, assert_accessible):
    from certificates.issuing import revoke
    from certificates.models import Signature

    # In the demo, colleague@ already reaffirmed this year; take that back to start over.
    this_year = Signature.objects.get(
        user__email="colleague@example.org", period__endswith=version_label()[:4]
    )
    revoke(this_year, reason="Journey: reaffirm again", user=this_year.user)

    sign_in(page, site, "colleague@example.org", language="en")
    page.goto(f"{site}/en/review/")
    assert_accessible(page, "my-review-to-reaffirm-en")
    page.locator("main a[href='/en/acknowledge/']").click()  # 1
    expect(page.locator(".due")).to_contain_text(version_label()[:4])
    assert page.input_value("input[name=employer]") == "Gemeente Lindenhove"
    assert_accessible(page, "reaffirm-en")
    page.fill("input[name=place]", "Lindenhove")
    page.fill("input[name=typed_signature]", page.input_value("input[name=full_name]"))
    page.check("input[name=confirm]")  # 2
    page.locator("form.form button[type=submit]").click()  # 3
    expect(page.get_by_role("status")).to_be_visible()
    assert_accessible(page, "reaffirmed-en")

    held = Signature.objects.filter(user__email="colleague@example.org", revoked_at=None)
    assert held.count() == 2  # last year's, still on record, and this year's
    page.goto(f"{site}/en/review/record/")
    for signature in held:
        expect(page.locator("main")).to_contain_text(signature.version.label)
    assert_accessible(page, "record-two-years-en")


def test_a_version_in_dutch_only_is_not_forced_on_english_readers(
    page, site, sign_in, assert_accessible
):
    from certificates.models import EthicsCodePage

    dutch = EthicsCodePage.objects.get(locale__language_code="nl")
    dutch.version_label = f"{version_label()[:4]}.2"
    dutch.intro = dutch.intro.replace("</p>", " (herzien)</p>", 1)
    dutch.save_revision().publish()

    # colleague@ signed this year's version in Dutch: superseded now, asked again. Reading
    # in English, they get the English text of the version still in force in English.
    sign_in(page, site, "colleague@example.org", language="en")
    page.goto(f"{site}/en/acknowledge/")
    expect(page.locator("section.code-text")).to_have_attribute("lang", "en")
    expect(page.locator("main")).to_contain_text(version_label())
    notice = page.locator("[role=note]")
    expect(notice).to_contain_text(re.compile(r"being translated"))
    assert_accessible(page, "update-in-translation-en")
    notice.locator("a[lang=nl]").click()
    expect(page.locator("section.code-text")).to_have_attribute("lang", "nl")
    expect(page.locator("section.code-text")).to_contain_text("(herzien)")
    assert_accessible(page, "chosen-language-nl")
