"""A real SMTP server on localhost for the tests (aiosmtpd), so that mail goes through
Django's SMTP backend and a real SMTP conversation instead of the in-memory outbox.

    with SmtpServer() as smtp:
        with smtp.settings():          # EMAIL_BACKEND, EMAIL_HOST and EMAIL_PORT
            ...send...
        message = smtp.wait_for(1)[0]  # an email.message.EmailMessage, as received

`smtp.refuse = True` makes it answer every message with a temporary failure (451), as a
mail server that is down for maintenance would; the sender sees an SMTP error.
"""

import email
import email.policy
import threading
import time

from aiosmtpd.controller import Controller
from django.test import override_settings

from integrity_platform.benchmarks.servers import free_port


class _Handler:
    def __init__(self, server):
        self.server = server

    async def handle_DATA(self, smtp, session, envelope):  # noqa: N802 (aiosmtpd calls it so)
        if self.server.refuse:
            self.server.refused += 1
            return "451 4.3.0 Try again later"
        message = email.message_from_bytes(envelope.content, policy=email.policy.default)
        with self.server.lock:
            self.server.envelopes.append((envelope.mail_from, list(envelope.rcpt_tos)))
            self.server.messages.append(message)
        return "250 OK"


class SmtpServer:
    def __init__(self):
        self.host = "127.0.0.1"  # where free_port() looks
        self.messages = []  # email.message.EmailMessage, in the order received
        self.envelopes = []  # (MAIL FROM, [RCPT TO, …]) of each
        self.refuse = False
        self.refused = 0
        self.lock = threading.Lock()
        # A free port the system picks, so parallel test workers never collide (aiosmtpd's
        # controller cannot take port 0: it checks it is up by connecting to its port).
        self.controller = Controller(_Handler(self), hostname=self.host, port=free_port())

    def __enter__(self):
        self.controller.start()
        return self

    def __exit__(self, *exc_info):
        self.controller.stop()

    @property
    def port(self):
        return self.controller.port

    def settings(self):
        """Django's SMTP backend pointed at this server."""
        return override_settings(
            EMAIL_BACKEND="django.core.mail.backends.smtp.EmailBackend",
            EMAIL_HOST=self.host,
            EMAIL_PORT=self.port,
            EMAIL_USE_TLS=False,
            EMAIL_USE_SSL=False,
            EMAIL_HOST_USER="",
            EMAIL_HOST_PASSWORD="",
        )

    def wait_for(self, count, timeout=10):
        """The first `count` messages, waiting for them when another process sends them."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            with self.lock:
                if len(self.messages) >= count:
                    return list(self.messages[:count])
            time.sleep(0.05)
        raise AssertionError(f"{count} message(s) expected, {len(self.messages)} arrived")
