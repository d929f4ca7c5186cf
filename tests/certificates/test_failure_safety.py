"""Signing is all or nothing: whatever fails on the way (the database, the signer, a full
disk, the host's receiver, the email), no PDF, acknowledgement, history entry or email is
left behind, and signing again then succeeds."""

import errno
from contextlib import contextmanager
from pathlib import Path
from unittest import mock

import pytest
from django.core import mail
from django.core.files.storage import FileSystemStorage
from django.db import OperationalError
from wagtail.models import ModelLogEntry

from certificates import issuing
from certificates.forms import REISSUE_FORMS
from certificates.models import Acknowledgement, CodeVersion
from certificates.signals import acknowledgement_issued
from certificates.storage import pdf_storage
from tests.factories import MemberFactory

from .conftest import publish
from .helpers import issue_signature

pytestmark = pytest.mark.django_db


@pytest.fixture
def version(code):
    publish(code)
    return CodeVersion.objects.get()


@contextmanager
def database_fails_when_logging(actions=("certificates.issue", "certificates.reissue")):
    # The connection drops after the row and the file are written, before the history.
    real_log = issuing.log

    def log(**kwargs):
        if kwargs["action"] in actions:
            raise OperationalError("server closed the connection")
        return real_log(**kwargs)

    with mock.patch("certificates.issuing.log", log):
        yield


@contextmanager
def signer_fails():
    with mock.patch("certificates.issuing.sign_pdf", side_effect=RuntimeError("HSM offline")):
        yield


@contextmanager
def disk_full():
    # Half the PDF reaches the disk, then there is no space left.
    def half_then_full(storage, name, content):
        with open(storage.path(name), "wb") as partial:
            partial.write(content.read()[:1000])
        raise OSError(errno.ENOSPC, "No space left on device")

    with mock.patch.object(FileSystemStorage, "_save", half_then_full):
        yield


@contextmanager
def receiver_fails():
    # A host receiver writing to the database (the review status) fails.
    def failing(**kwargs):
        raise OperationalError("deadlock detected")

    acknowledgement_issued.connect(failing, dispatch_uid="failing-in-test")
    try:
        yield
    finally:
        acknowledgement_issued.disconnect(dispatch_uid="failing-in-test")


@contextmanager
def email_fails():
    with mock.patch("certificates.issuing.send_copy", side_effect=OperationalError("queue down")):
        yield


def stored_pdfs():
    return sorted(path.name for path in Path(pdf_storage.path("")).rglob("*") if path.is_file())


@pytest.mark.parametrize(
    "fault", [database_fails_when_logging, signer_fails, disk_full, receiver_fails, email_fails]
)
def test_a_fault_leaves_nothing_and_signing_again_succeeds(
    fault, version, lindenhove, django_capture_on_commit_callbacks
):
    user = MemberFactory(organisation=lindenhove).user
    with django_capture_on_commit_callbacks(execute=True), fault():
        with pytest.raises((OperationalError, RuntimeError, OSError)):
            issue_signature(user, version)
    assert stored_pdfs() == []
    assert not Acknowledgement.objects.exists()
    assert not ModelLogEntry.objects.filter(action__startswith="certificates.").exists()
    assert mail.outbox == []

    with django_capture_on_commit_callbacks(execute=True):
        acknowledgement, created = issue_signature(user, version)
    assert created and stored_pdfs() == [f"{acknowledgement.verification_code}.pdf"]
    assert ModelLogEntry.objects.for_instance(acknowledgement).get().action == "certificates.issue"
    assert [message.to for message in mail.outbox] == [[user.email]]


def test_a_failed_reissue_leaves_the_original_standing_and_no_new_pdf(
    version, lindenhove, officer, django_capture_on_commit_callbacks
):
    user = MemberFactory(organisation=lindenhove).user
    original = issue_signature(user, version)[0]
    form = REISSUE_FORMS[original.kind](
        {
            "full_name": user.get_full_name(),
            "employer": "Gemeente Lindenhove",
            "place": "Brussel",
            "typed_signature": user.get_full_name(),
            "acknowledged_on": original.acknowledged_on.isoformat(),
            "officer_reason": "Wrong place",
            "confirm": "on",
        },
        initial={"full_name": user.get_full_name(), "employer": "Gemeente Lindenhove"},
        person_on_record={"full_name": user.get_full_name()},
    )
    assert form.is_valid(), form.errors
    with database_fails_when_logging(), pytest.raises(OperationalError):
        issuing.reissue(original, form, user=officer, reason="Wrong place")
    original.refresh_from_db()
    assert original.revoked_at is None
    assert stored_pdfs() == [Path(original.pdf.name).name]
    assert ModelLogEntry.objects.filter(action="certificates.revoke").count() == 0
