"""Emails queued with send_later arrive as they were built, inline or through the worker."""

import pytest
from django.core import mail
from django.core.mail import EmailMessage, EmailMultiAlternatives
from django.db import transaction
from django_tasks_db.models import DBTaskResult

from integrity_common.mail import send_later
from tests.tasks import run_queued_tasks

pytestmark = pytest.mark.django_db

IMMEDIATE = "django_tasks.backends.immediate.ImmediateBackend"
DATABASE = "django_tasks_db.DatabaseBackend"
PDF = b"%PDF-1.7\n\x00\xff\xfe binary, not text\n%%EOF"
ICS = "BEGIN:VCALENDAR\r\nSUMMARY:Jaarlijkse herziening – café\r\nEND:VCALENDAR\r\n"


def letter():
    message = EmailMultiAlternatives(
        "Uw bevestiging – ethische code",
        "Zie bijlage.",
        "integriteit@example.org",
        to=["an@example.org"],
        cc=["coordinator@example.org"],
        bcc=["archief@example.org"],
        reply_to=["helpdesk@example.org"],
        headers={"X-Integrity-Kind": "acknowledgement"},
    )
    message.attach_alternative("<p>Zie <strong>bijlage</strong>.</p>", "text/html")
    message.attach("BEV-1234.pdf", PDF, "application/pdf")
    message.attach("review.ics", ICS.encode(), "text/calendar")
    return message


def assert_arrived_as_built(sent):
    assert sent.subject == "Uw bevestiging – ethische code"
    assert sent.body == "Zie bijlage."
    assert sent.from_email == "integriteit@example.org"
    assert sent.to == ["an@example.org"]
    assert sent.cc == ["coordinator@example.org"]
    assert sent.bcc == ["archief@example.org"]
    assert sent.reply_to == ["helpdesk@example.org"]
    assert sent.extra_headers["X-Integrity-Kind"] == "acknowledgement"
    assert list(sent.alternatives) == [("<p>Zie <strong>bijlage</strong>.</p>", "text/html")]
    assert [tuple(a) for a in sent.attachments] == [
        ("BEV-1234.pdf", PDF, "application/pdf"),
        ("review.ics", ICS, "text/calendar"),
    ]
    # What leaves is a real MIME message: the PDF survives the trip byte for byte.
    parsed = sent.message()
    pdf = next(part for part in parsed.walk() if part.get_filename() == "BEV-1234.pdf")
    assert pdf.get_payload(decode=True) == PDF
    assert set(sent.recipients()) == {
        "an@example.org",
        "coordinator@example.org",
        "archief@example.org",
    }


def test_inline_the_email_leaves_once_the_transaction_commits(committed):
    with committed():
        send_later(letter())
        assert mail.outbox == []  # not before the commit
    assert len(mail.outbox) == 1
    assert_arrived_as_built(mail.outbox[0])


def test_a_plain_message_stays_plain(committed):
    with committed():
        send_later(EmailMessage("Uitnodiging", "Welkom.", to=["jo@example.org"]))
    (sent,) = mail.outbox
    assert (sent.subject, sent.body, sent.to) == ("Uitnodiging", "Welkom.", ["jo@example.org"])
    assert sent.message().get_content_type() == "text/plain"


@pytest.mark.parametrize("backend", [IMMEDIATE, DATABASE])
def test_rolled_back_work_emails_nobody(committed, settings, backend):
    settings.TASKS = {"default": {"BACKEND": backend}}
    with committed():
        with pytest.raises(RuntimeError), transaction.atomic():
            send_later(letter())
            raise RuntimeError("the change that needed the email failed")
    assert mail.outbox == []
    assert not DBTaskResult.objects.exists()


def test_with_the_database_backend_the_worker_sends_it(settings, committed):
    settings.TASKS = {"default": {"BACKEND": DATABASE}}
    with committed():
        send_later(letter())
    assert mail.outbox == []
    queued = DBTaskResult.objects.get()
    assert queued.task_path == "integrity_common.mail.deliver"
    assert queued.status == "READY"

    run_queued_tasks()

    queued.refresh_from_db()
    assert queued.status == "SUCCESSFUL"
    assert len(mail.outbox) == 1
    assert_arrived_as_built(mail.outbox[0])
