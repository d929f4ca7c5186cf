"""Bulk invitation from a CSV file: preview first, import only the valid rows."""

import re

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile

from integrity_platform.people.models import Member
from tests.factories import MemberFactory

pytestmark = pytest.mark.django_db

HEADER = "email,name,organisation,role,language\n"


def upload(client, content, name="members.csv"):
    data = content.encode("utf-8") if isinstance(content, str) else content
    return client.post(
        "/admin/members/import/", {"file": SimpleUploadedFile(name, data, "text/csv")}
    )


@pytest.fixture
def confirm(client, committed):
    def confirm(preview):
        token = re.search(r'name="token" value="([0-9a-f]+)"', preview.content.decode()).group(1)
        with committed():
            return client.post("/admin/members/import/confirm/", {"token": token})

    return confirm


def row_html(preview, line):
    html = preview.content.decode()
    match = re.search(rf'<tr data-import-line="{line}">(.*?)</tr>', html, re.S)
    return match.group(1)


def test_preview_then_only_valid_rows_are_imported(
    client, confirm, coordinator, lindenhove, koudoube
):
    MemberFactory(organisation=lindenhove, user__email="bestaand@example.org")
    client.force_login(coordinator)
    csv = HEADER + (
        "an.peeters@example.org,An Peeters,Gemeente Lindenhove,municipal_official,nl\n"
        "not-an-email,Bad Email,Gemeente Lindenhove,municipal_official,nl\n"
        "bestaand@example.org,Al Lid,Gemeente Lindenhove,team_member,nl\n"
        "marie@example.org,Marie Curie,Commune de Koudoubé,municipal_official,fr\n"
        "jo@example.org,Jo Van den Berghe,gemeente lindenhove,Municipal official,en\n"
        "sam@example.org,Sam,Gemeente Lindenhove,astronaut,xx\n"
        "AN.PEETERS@example.org,An Again,Gemeente Lindenhove,municipal_official,nl\n"
    )
    preview = upload(client, csv)
    assert preview.status_code == 200
    assert Member.objects.count() == 2  # nothing written yet (coordinator + existing)

    assert "Will be invited" in row_html(preview, 2)
    assert "not a valid email address" in row_html(preview, 3)
    assert "Already a member" in row_html(preview, 4)
    assert "not an organisation you can invite members into" in row_html(preview, 5)
    assert "Will be invited" in row_html(preview, 6)
    assert "not a role" in row_html(preview, 7)
    assert "not a language of the platform" in row_html(preview, 7)
    assert "already on line 2" in row_html(preview, 8)

    response = confirm(preview)
    assert response.status_code == 302
    imported = Member.objects.filter(invited_by=coordinator).select_related("user")
    assert sorted(m.user.email for m in imported) == ["an.peeters@example.org", "jo@example.org"]
    jo = imported.get(user__email="jo@example.org").user
    assert (jo.first_name, jo.last_name, jo.preferred_language) == ("Jo", "Van den Berghe", "en")
    assert not get_user_model().objects.filter(email="marie@example.org").exists()
    assert len(mail.outbox) == 2


def test_confirming_twice_imports_once(client, confirm, coordinator):
    client.force_login(coordinator)
    preview = upload(
        client, HEADER + "x@example.org,X Y,Gemeente Lindenhove,municipal_official,nl\n"
    )
    first = confirm(preview)
    second = confirm(preview)
    assert second.status_code == 302
    assert second["Location"] == first["Location"]  # the first one's progress page
    assert Member.objects.filter(user__email="x@example.org").count() == 1
    assert len(mail.outbox) == 1


def test_a_stale_confirmation_changes_nothing(client, confirm, coordinator):
    client.force_login(coordinator)
    preview = upload(
        client, HEADER + "x@example.org,X Y,Gemeente Lindenhove,municipal_official,nl\n"
    )
    upload(client, HEADER + "z@example.org,Z Y,Gemeente Lindenhove,municipal_official,nl\n")
    stale = confirm(preview)  # the first preview's button, after a second file was checked
    follow = client.get(stale["Location"]).content.decode()
    assert "already been done or has expired" in follow
    assert not Member.objects.filter(user__email__in=["x@example.org", "z@example.org"]).exists()


@pytest.mark.parametrize(
    "content, reason",
    [
        (b"email;naam\nx@example.org;X\n", "Columns missing"),
        (
            HEADER.encode()
            + "jos@example.org,Jos Lambrechts,Gemeente Lindenhove,"
            "municipal_official,nl\nfran\xe7ois@example.org,Fran\xe7ois,Gemeente Lindenhove,"
            "municipal_official,fr\n".encode("latin-1"),
            "not in UTF-8",
        ),
        (b"%PDF-1.7\n\x00\x01\x02binary", "not a CSV file"),
        (b"", "empty"),
        (HEADER.encode(), "no members"),
    ],
    ids=["missing-columns", "wrong-encoding", "not-a-csv", "empty", "header-only"],
)
def test_unreadable_file_imports_nothing_and_says_why(client, coordinator, content, reason):
    client.force_login(coordinator)
    before = Member.objects.count()
    response = upload(client, content)
    assert response.status_code == 200
    assert reason in response.content.decode()
    assert 'name="token"' not in response.content.decode()
    assert Member.objects.count() == before
    assert mail.outbox == []


def test_semicolon_separated_file_from_belgian_excel(client, coordinator):
    client.force_login(coordinator)
    content = (
        "\ufeffemail;name;organisation;role;language\n"
        "els@example.org;Els Wouters;Gemeente Lindenhove;Gemeentelijk ambtenaar;nl\n"
    )
    preview = upload(client, content)
    assert "Will be invited" in row_html(preview, 2)


def test_invitation_lets_the_member_set_a_password_and_sign_in(client, confirm, coordinator):
    client.force_login(coordinator)
    preview = upload(
        client, HEADER + "ana@example.org,Ana Rojas,Gemeente Lindenhove,municipal_official,es\n"
    )
    confirm(preview)
    client.logout()
    email = mail.outbox[0]
    assert email.to == ["ana@example.org"]
    assert "Ana Rojas" in email.body
    link = re.search(r"http://testserver(/es/accounts/password/reset/key/\S+)", email.body).group(1)

    page = client.get(link, follow=True)
    assert page.status_code == 200
    form_url = page.redirect_chain[-1][0] if page.redirect_chain else link
    response = client.post(
        form_url, {"password1": "mi-Nueva-clave-2026", "password2": "mi-Nueva-clave-2026"}
    )
    assert response.status_code == 302
    client.logout()
    signed_in = client.post(
        "/es/accounts/login/", {"login": "ana@example.org", "password": "mi-Nueva-clave-2026"}
    )
    assert signed_in.status_code == 302
    assert client.session.get("_auth_user_id")
