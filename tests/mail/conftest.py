"""Mail through a real SMTP conversation: Django's SMTP backend talks to an aiosmtpd server
on localhost (tests/smtp_server.py), and the tests read what it received."""

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
import time_machine

from tests.certificates.conftest import code, integrity_value  # noqa: F401 (fixtures)
from tests.review.conftest import cycle, today, version  # noqa: F401 (fixtures)
from tests.smtp_server import SmtpServer

DATABASE = "django_tasks_db.DatabaseBackend"
SITE_URL = "https://integrity.example.org"


@pytest.fixture(autouse=True)
def _a_wednesday_in_june():
    """Reminders follow the calendar (see tests/review/test_reminders.py): a Wednesday in
    June keeps every due date in this year's cycle, whatever day the tests run."""
    moment = datetime(2026, 6, 17, 10, 0, tzinfo=ZoneInfo("Europe/Brussels"))
    with time_machine.travel(moment, tick=True):
        yield


@pytest.fixture(autouse=True)
def _public_address(settings):
    # Links in emails are absolute and https, as in production.
    settings.SITE_URL = SITE_URL


@pytest.fixture
def smtp():
    with SmtpServer() as server, server.settings():
        yield server


@pytest.fixture
def worker(settings):
    """The database queue and its worker (`manage.py db_worker`), as in production."""
    settings.TASKS = {"default": {"BACKEND": DATABASE}}


def body(message, subtype):
    """The text of the plain or HTML part of a received message."""
    return message.get_body(preferencelist=(subtype,)).get_content()


def assert_two_parts_in(message, language):
    """A plain-text part and its HTML alternative, both marked as written in `language`."""
    assert message["Content-Language"] == language
    plain = message.get_body(preferencelist=("plain",))
    html = message.get_body(preferencelist=("html",))
    assert plain.get_content_type() == "text/plain"
    assert html.get_content_type() == "text/html"
    assert f'<html lang="{language}"' in html.get_content()


def attachments(message):
    """(file name, content type, content) of each attachment."""
    return [
        (part.get_filename(), part.get_content_type(), part.get_content())
        for part in message.iter_attachments()
    ]


def subject(message):
    # Django folds an encoded subject onto a line of its own ("Subject: \n =?utf-8?..."),
    # which Python's parser reads with the fold's space in front; mail clients drop it.
    return str(message["Subject"]).strip()
