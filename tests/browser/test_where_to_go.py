"""A visitor finds where to go with their question, browses the practice toolbox, and
follows the Week of Integrity, on the demo content."""

from playwright.sync_api import expect


def test_the_guide_leads_from_a_situation_to_the_right_place(site, page, assert_accessible):
    page.goto(f"{site}/en/where-can-i-go/")
    assert_accessible(page, "guide-question")
    page.get_by_role("link", name="I am not sure what the right thing to do is").click()
    assert_accessible(page, "guide-second-question")
    page.get_by_role("link", name="A gift, an invitation or hospitality").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "Ask for advice before you accept a gift or an invitation"
    )
    expect(page.locator(".contact-card")).to_contain_text("integrity-adviser@example.org")
    expect(page.locator(".contact-card")).to_contain_text("programme@example.org")
    expect(page.locator("#code-title-1")).to_contain_text("Integrity")
    expect(page.locator("main")).to_contain_text("Small tokens may be accepted")
    assert_accessible(page, "guide-outcome-gift")

    page.get_by_role("link", name="Start again").click()
    page.get_by_role("link", name="I think someone broke the ethics code").click()
    assert_accessible(page, "guide-breach-question")
    page.get_by_role("link", name="Fraud, corruption or misuse of money").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "Report fraud or corruption through the formal reporting channel"
    )
    expect(page.locator(".reporting")).to_contain_text("within two weeks")
    expect(page.get_by_role("link", name="Go to the complaint form")).to_have_attribute(
        "href", "https://example.org/en/complaint-form"
    )
    assert_accessible(page, "guide-outcome-fraud")

    # The same step in Spanish: the language menu takes the visitor to its Spanish address,
    # where the complaints manager has one name.
    page.locator(".languages").get_by_role("link", name="Español").click()
    expect(page).to_have_url(f"{site}/es/a-quien-puedo-acudir/infraccion/fraude/")
    main = page.locator("main")
    expect(main).to_contain_text("gestor de quejas")
    expect(page.locator(".contact-card")).to_contain_text("Gestor de quejas")
    for other_name in ("Responsable de denuncias", "formulario de denuncia"):
        expect(main).not_to_contain_text(other_name)
    assert_accessible(page, "guide-outcome-fraud-es")


def test_the_toolbox_and_the_week_of_integrity(site, page, assert_accessible):
    page.goto(f"{site}/en/toolbox/")
    assert_accessible(page, "toolbox")
    page.locator(".card a").first.click()
    expect(page.locator(".contact-card")).to_be_visible()
    assert_accessible(page, "toolbox-case")

    page.goto(f"{site}/en/")
    page.locator("footer").get_by_role("link", name="Week of Integrity").click()
    expect(page.locator(".campaign-now")).to_contain_text("Day 3 of 5")
    assert page.locator(".campaign-now .card").count() == 3
    assert_accessible(page, "campaign-landing")
    page.locator(".campaign-now .card a").first.click()
    expect(page.locator("#social-text")).to_contain_text("#WeekOfIntegrity")
    assert_accessible(page, "campaign-item")
