"""An issued acknowledgement is final: nobody edits or deletes it, the superuser included;
corrections are a revocation and a re-issue. Its PDF is kept out of the public media and
served only to those who may see it."""

import importlib
import re
from datetime import UTC, datetime
from pathlib import Path

import pytest
from django.apps import apps
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.db import connection, transaction
from wagtail.models import ModelLogEntry

from certificates.issuing import change_note, revoke
from certificates.models import Acknowledgement, AcknowledgementIsFinal, CodeVersion, Signature
from certificates.storage import pdf_storage
from integrity_platform.people import roles
from tests.conftest import member_with_role, with_two_step
from tests.factories import MemberFactory, UserFactory

from .conftest import publish
from .helpers import issue_signature

pytestmark = pytest.mark.django_db
LIST = "/admin/code/acknowledgements/"


@pytest.fixture
def version(code):
    publish(code)
    return CodeVersion.objects.get()


@pytest.fixture
def signature(version, lindenhove):
    user = MemberFactory(
        organisation=lindenhove, user__first_name="An", user__last_name="Peeters"
    ).user
    return issue_signature(user, version)[0]


@pytest.fixture
def superuser(db):
    return with_two_step(UserFactory(is_superuser=True, preferred_language="en"))


def test_no_way_of_deleting_an_acknowledgement_gets_through(signature):
    attempts = [
        signature.delete,
        lambda: signature.delete(keep_parents=True),
        Acknowledgement.objects.filter(pk=signature.pk).delete,
        Acknowledgement.objects.non_polymorphic().all().delete,
        Signature.objects.all().delete,
        Signature._base_manager.all().delete,  # a manager without the guard
        signature.user.delete,  # the person's account: protected, never cascaded
    ]
    for attempt in attempts:
        with pytest.raises(Exception) as refused, transaction.atomic():
            attempt()
        assert "cannot be deleted" in str(refused.value) or "protected" in str(refused.value)
    assert Signature.objects.filter(pk=signature.pk, full_name="An Peeters").exists()


def test_only_the_revocation_and_the_note_change_after_issue(signature, officer):
    signature.full_name = "Someone Else"
    with pytest.raises(AcknowledgementIsFinal):
        signature.save()
    with pytest.raises(AcknowledgementIsFinal):
        signature.save(update_fields=["full_name"])
    signature.refresh_from_db()
    signature.employer = "Forged BV"
    with pytest.raises(AcknowledgementIsFinal):
        signature.save(update_fields=["employer", "recorded_note"])
    signature.refresh_from_db()
    revoke(signature, reason="Signed in error", user=officer)
    change_note(signature, "Scanned copy in the file", user=officer)
    signature.refresh_from_db()
    assert (signature.full_name, signature.employer) == ("An Peeters", "Gemeente Lindenhove")
    assert signature.revoked_at is not None
    assert signature.recorded_note == "Scanned copy in the file"


@pytest.mark.skipif(connection.vendor != "postgresql", reason="a PostgreSQL trigger")
def test_the_database_refuses_a_delete_that_bypasses_the_orm(signature):
    from django.db import DatabaseError

    with pytest.raises(DatabaseError), transaction.atomic():
        with connection.cursor() as cursor:
            cursor.execute(
                "DELETE FROM certificates_signature WHERE acknowledgement_ptr_id = %s",
                [signature.pk],
            )
    assert Signature.objects.filter(pk=signature.pk).exists()


def test_the_admin_has_no_edit_or_delete_views_even_for_the_superuser(client, signature, superuser):
    client.force_login(superuser)
    for url in (f"{LIST}edit/{signature.pk}/", f"{LIST}delete/{signature.pk}/"):
        assert client.get(url).status_code == 404
        assert client.post(url).status_code == 404
    listing = client.get(LIST).content.decode()
    assert f'href="{LIST}inspect/{signature.pk}/"' in listing  # the name opens it
    assert "/delete/" not in listing and "/edit/" not in listing
    inspect = client.get(f"{LIST}inspect/{signature.pk}/").content.decode()
    assert "/delete/" not in inspect and f"{LIST}edit/" not in inspect
    assert Signature.objects.filter(pk=signature.pk).exists()


def test_the_inspect_page_offers_revoke_reissue_and_the_pdf_and_reads_in_brussels_time(
    client, signature, officer
):
    # 22:30 UTC on 30 June is half past midnight on 1 July in Brussels. Set directly, as
    # nothing in the platform moves an acknowledgement's date.
    Acknowledgement.objects.filter(pk=signature.pk).update(
        issued_at=datetime(2026, 6, 30, 22, 30, tzinfo=UTC)
    )
    client.force_login(officer)
    page = client.get(f"{LIST}inspect/{signature.pk}/").content.decode()
    assert "1 July 2026, 00:30" in page and "30 June" not in page
    assert "Gemeente Lindenhove" in page  # the kind's own fields: the employer
    fields = re.sub(r"<[^>]+>", " ", page[page.index("<dl>") : page.index("</dl>")])
    assert "None" not in fields and "Re-issued as" not in fields and "Revoked at" not in fields
    assert "An Peeters" in fields and signature.display_code in fields
    for url in (
        f"{LIST}revoke/{signature.pk}/",
        f"{LIST}reissue/{signature.pk}/",
        f"{LIST}note/{signature.pk}/",
        f"/en/acknowledge/{signature.verification_code}/pdf/",
    ):
        assert f'href="{url}"' in page


def test_a_note_change_keeps_before_and_after_in_the_history(client, signature, officer):
    client.force_login(officer)
    url = f"{LIST}note/{signature.pk}/"
    client.post(url, {"recorded_note": "Signed on paper"})
    client.post(url, {"recorded_note": "Signed on paper, 3 March"})
    entries = ModelLogEntry.objects.for_instance(signature).filter(action="certificates.note")
    assert [entry.data for entry in entries.order_by("timestamp", "pk")] == [
        {"before": "", "after": "Signed on paper"},
        {"before": "Signed on paper", "after": "Signed on paper, 3 March"},
    ]
    history = client.get(f"{LIST}history/{signature.pk}/").content.decode()
    assert "“Signed on paper” to “Signed on paper, 3 March”" in history


def test_coordinators_and_members_cannot_change_the_note(client, signature, coordinator):
    client.force_login(coordinator)
    assert client.post(f"{LIST}note/{signature.pk}/", {"recorded_note": "x"}).status_code in (
        302,
        403,
    )
    signature.refresh_from_db()
    assert signature.recorded_note == ""


def test_the_pdf_is_private_and_served_to_whom_may_see_it(
    client, settings, signature, officer, coordinator, role_groups
):
    assert pdf_storage.exists(signature.pdf.name)
    assert not list(Path(settings.MEDIA_ROOT).rglob("*.pdf"))  # nothing under /media/
    url = f"/nl/acknowledge/{signature.verification_code}/pdf/"
    elsewhere = MemberFactory(organisation__name="Gemeente Elders").organisation
    others_coordinator = member_with_role(elsewhere, "elders@example.org", roles.COORDINATOR)
    colleague = MemberFactory(organisation=signature.user.member.organisation).user
    for who, status in [
        (signature.user, 200),  # the person
        (officer, 200),  # the integrity officer
        (coordinator, 200),  # Lindenhove's coordinator
        (others_coordinator, 404),
        (colleague, 404),
    ]:
        client.force_login(who)
        response = client.get(url)
        assert response.status_code == status, who
        if status == 200:
            assert b"".join(response.streaming_content).startswith(b"%PDF")
    client.logout()
    assert client.get(url).status_code == 302  # to sign in


def test_pdfs_stored_in_the_public_media_before_move_out_and_keep_working(client, signature):
    # As before this change: the PDF under MEDIA_ROOT.
    name = signature.pdf.name
    data = pdf_storage.open(name).read()
    default_storage.save(name, ContentFile(data))
    pdf_storage.delete(name)
    migration = importlib.import_module(
        "certificates.migrations.0004_private_pdfs_and_final_acknowledgements"
    )
    migration.move_pdfs_to_private_storage(apps, None)
    migration.move_pdfs_to_private_storage(apps, None)  # twice changes nothing
    assert not default_storage.exists(name)
    assert pdf_storage.open(name).read() == data
    client.force_login(signature.user)
    response = client.get(f"/nl/acknowledge/{signature.verification_code}/pdf/")
    assert b"".join(response.streaming_content) == data


def test_a_pdf_storage_inside_the_public_media_or_missing_stops_the_site(settings, tmp_path):
    from certificates.checks import check_pdf_storage

    settings.MEDIA_ROOT = tmp_path / "media"
    private = settings.STORAGES["certificates"]
    settings.STORAGES = {
        **settings.STORAGES,
        "certificates": {**private, "OPTIONS": {"location": tmp_path / "media" / "pdfs"}},
    }
    assert [error.id for error in check_pdf_storage(None)] == ["certificates.E004"]
    settings.CERTIFICATES_PDF_STORAGE = "nowhere"
    assert [error.id for error in check_pdf_storage(None)] == ["certificates.E003"]
    settings.CERTIFICATES_PDF_STORAGE = "certificates"
    settings.STORAGES = {**settings.STORAGES, "certificates": private}
    assert check_pdf_storage(None) == []
