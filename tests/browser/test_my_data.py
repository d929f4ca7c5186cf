"""A member downloads their data; the integrity officer erases a person."""

import io
import json
import re
import zipfile

from django.contrib.auth import get_user_model
from playwright.sync_api import expect

from integrity_platform.people.models import Member


def test_member_downloads_my_data_and_the_officer_erases_a_person(
    page, site, sign_in, assert_accessible
):
    sign_in(page, site, "colleague@example.org", language="en")
    page.goto(f"{site}/en/accounts/profile/")
    assert_accessible(page, "profile-en")
    page.get_by_role("link", name="My data").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("My data")
    assert_accessible(page, "my-data-en")
    with page.expect_download() as download:
        page.get_by_role("link", name="Download my data (ZIP)").click()
    archive = zipfile.ZipFile(io.BytesIO(open(download.value.path(), "rb").read()))
    data = json.loads(archive.read("my-data.json"))
    assert data["account"]["email"] == "colleague@example.org"
    assert [name for name in archive.namelist() if name.endswith(".pdf")]

    page.context.clear_cookies()
    # The admin speaks the officer's preferred language: English here.
    get_user_model().objects.filter(email="officer@example.org").update(preferred_language="en")
    sign_in(page, site, "officer@example.org", language="en")
    member = Member.objects.get(user__email="colleague@example.org")
    page.goto(f"{site}/admin/members/edit/{member.pk}/")
    assert_accessible(page, "member-edit")
    page.get_by_role("button", name="Actions").click()
    page.get_by_role("link", name="Erase personal data").click()
    expect(page).to_have_url(re.compile(rf"/admin/members/{member.pk}/erase/$"))
    assert_accessible(page, "erase-person")

    # No reason: refused, nothing erased.
    page.get_by_role("button", name="Erase personal data").click()
    expect(page.get_by_text("Give the reason for erasing this person.")).to_be_visible()
    assert_accessible(page, "erase-person-errors")

    page.get_by_label("Reason").fill("Request of the person, by email")
    page.get_by_role("button", name="Erase personal data").click()
    expect(page).to_have_url(re.compile(r"/admin/members/$"))
    expect(page.get_by_text("The person's data has been erased")).to_be_visible()
    assert_accessible(page, "erased")  # the success message included (admin.css)
    assert not Member.objects.filter(pk=member.pk).exists()
