"""A mail server that refuses (451) or is down loses no email: the worker tries again
later, with growing delays (MAIL_RETRY_DELAYS), and after the last attempt the letter waits
in a failed task for `manage.py resend_failed_mail`."""

import io
import logging
from datetime import timedelta

import pytest
import time_machine
from django.core.mail import EmailMessage
from django.core.management import call_command
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from integrity_common.checks import check_mail_retry_delays
from integrity_common.mail import send_later
from tests.certificates.helpers import issue_signature
from tests.factories import MemberFactory
from tests.tasks import run_queued_tasks

from .conftest import attachments, subject

pytestmark = pytest.mark.django_db


def waiting():
    return DBTaskResult.objects.filter(status="READY")


def failed():
    return DBTaskResult.objects.filter(status="FAILED")


def run_worker_after(task_result):
    """Run the worker a second after `task_result` becomes due (the clock moved, never
    waited for)."""
    with time_machine.travel(task_result.run_after + timedelta(seconds=1), tick=False):
        run_queued_tasks()


def test_an_acknowledgement_copy_survives_a_refused_first_send(
    smtp, worker, lindenhove, version, committed, caplog
):
    user = MemberFactory(organisation=lindenhove).user
    smtp.refuse = True
    with committed():
        acknowledgement, _created = issue_signature(user, version)

    with caplog.at_level(logging.WARNING, logger="integrity_common.mail"):
        run_queued_tasks()
    assert smtp.refused == 1 and smtp.messages == []
    assert "not sent (attempt 1 of 7)" in caplog.text
    (retry,) = waiting()
    assert retry.run_after - timezone.now() == pytest.approx(
        timedelta(seconds=60), abs=timedelta(seconds=5)
    )

    run_queued_tasks()  # too early: the retry waits for its moment
    assert smtp.refused == 1

    smtp.refuse = False
    run_worker_after(retry)
    (message,) = smtp.wait_for(1)
    assert message["To"] == user.email
    ((filename, content_type, pdf),) = attachments(message)
    assert (filename, content_type) == (f"{acknowledgement.display_code}.pdf", "application/pdf")
    assert pdf.startswith(b"%PDF")
    assert len(smtp.messages) == 1 and not waiting().exists() and not failed().exists()


def test_the_delays_grow_and_the_last_failure_keeps_the_letter_for_resending(
    smtp, worker, settings, caplog
):
    settings.MAIL_RETRY_DELAYS = [60, 600]
    smtp.refuse = True
    send_later(EmailMessage("Uitnodiging", "Welkom.", to=["jo@example.org"]))
    run_queued_tasks()
    first = waiting().get()
    run_worker_after(first)
    second = waiting().get()
    assert second.run_after - first.run_after == pytest.approx(
        timedelta(seconds=600), abs=timedelta(seconds=5)
    )
    with caplog.at_level(logging.ERROR, logger="integrity_common.mail"):
        run_worker_after(second)
    assert smtp.refused == 3 and not waiting().exists()
    (kept,) = failed()
    assert kept.task_result.args[0]["subject"] == "Uitnodiging"
    assert "not sent after 3 attempts, giving up" in caplog.text

    out = io.StringIO()
    call_command("resend_failed_mail", "--dry-run", stdout=out)
    assert "would resend\tUitnodiging\tjo@example.org\tsmtplib.SMTPDataError" in out.getvalue()
    assert failed().count() == 1 and not waiting().exists()

    smtp.refuse = False
    call_command("resend_failed_mail", stdout=io.StringIO())
    assert not failed().exists()
    run_queued_tasks()
    (message,) = smtp.wait_for(1)
    assert (subject(message), message["To"]) == ("Uitnodiging", "jo@example.org")
    out = io.StringIO()
    call_command("resend_failed_mail", stdout=out)  # nothing twice
    assert "0 queued again" in out.getvalue() and len(smtp.messages) == 1


def test_inline_a_refused_email_is_logged_and_the_work_goes_on(smtp, committed, caplog):
    # The immediate backend has no queue to wait in: retrying would hold the request.
    smtp.refuse = True
    with caplog.at_level(logging.ERROR, logger="integrity_common.mail"), committed():
        send_later(EmailMessage("Uitnodiging", "Welkom.", to=["jo@example.org"]))
    assert smtp.refused == 1 and smtp.messages == []
    assert "'Uitnodiging' to jo@example.org not sent (inline, not retried)" in caplog.text


@pytest.mark.parametrize("delays", ["60", [60, "a day"], [-1]])
def test_retry_delays_that_are_not_seconds_stop_the_site(settings, delays):
    settings.MAIL_RETRY_DELAYS = delays
    assert [error.id for error in check_mail_retry_delays(None)] == ["integrity_common.E006"]
