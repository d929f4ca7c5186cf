"""Email: composed in the reader's language, sent outside the request, and kept until the
mail server has taken it.

`compose(template_prefix, context, to=..., language=...)` renders an email from templates,
as allauth's render_mail does: `<prefix>_subject.txt`, `<prefix>_message.txt` (the plain
text every mail client can show) and, where it exists, `<prefix>_message.html` (which
extends integrity_common/email/base.html), all in the recipient's language.

`send_later(message)` queues a built message as the task `deliver`. The task's arguments
are stored as JSON by the database backend, so the message travels as a plain dict (binary
attachments such as PDFs base64-encoded) and is rebuilt by the worker. Which backend runs
the task is the `TASKS` setting: inline where none is configured, or `manage.py db_worker`
with the database backend.

When the mail server refuses or cannot be reached, `deliver` queues itself again after
each of MAIL_RETRY_DELAYS (app_settings.py); after the last attempt the task stays behind
as a failed task result that holds the letter, for `manage.py resend_failed_mail`. Inline
(the immediate backend) there is no queue to wait in: a refused email is logged as an
error and not retried, because retrying would hold the request that sent it for as long
as the mail server is down. Production runs the database backend.
"""

import base64
import logging
from datetime import timedelta
from email.mime.base import MIMEBase

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.db import transaction
from django.template import TemplateDoesNotExist
from django.template.loader import get_template, render_to_string
from django.utils import timezone, translation
from django_tasks import task
from django_tasks_db.backend import DatabaseBackend

from .app_settings import app_settings

logger = logging.getLogger(__name__)


def compose(template_prefix, context, *, to, language, headers=None, **fields):
    """An EmailMultiAlternatives rendered from templates in `language`: the plain text,
    and the HTML alternative when `<prefix>_message.html` exists. `fields` are further
    EmailMessage arguments (reply_to, ...)."""
    try:
        html_template = get_template(f"{template_prefix}_message.html")
    except TemplateDoesNotExist:
        html_template = None
    with translation.override(language):
        context = {"site_name": str(getattr(settings, "WAGTAIL_SITE_NAME", "")), **context}
        subject = render_to_string(f"{template_prefix}_subject.txt", context)
        # A header is one line, whatever the template's line breaks.
        subject = " ".join(subject.splitlines()).strip()
        text = render_to_string(f"{template_prefix}_message.txt", context)
        html = html_template and html_template.render({**context, "subject": subject})
    message = EmailMultiAlternatives(
        subject,
        text,
        to=to,
        # RFC 3282: screen readers and translating mail clients read it.
        headers={"Content-Language": language, **(headers or {})},
        **fields,
    )
    if html_template:
        message.attach_alternative(html, "text/html")
    return message


def unsubscribe_headers(url):
    """The headers that let a mail client offer "unsubscribe" (RFC 2369) and do it in one
    click, by a POST to `url` without opening a page (RFC 8058)."""
    return {
        "List-Unsubscribe": f"<{url}>",
        "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    }


def send_later(message):
    """Queue `message` (an EmailMessage or EmailMultiAlternatives) for sending.

    Work that is rolled back emails nobody. The database queue is written in the
    surrounding transaction, so the email commits with the work (and a thousand queued in
    one transaction cost one commit); any other backend (inline: sent at once) is given the
    message once the transaction commits. Outside a transaction it is queued at once."""
    letter = _as_letter(message)
    if isinstance(deliver.get_backend(), DatabaseBackend):
        deliver.enqueue(letter)
    else:
        transaction.on_commit(lambda: deliver.enqueue(letter))


@task(takes_context=True)
def deliver(context, letter, attempt=1):
    """Rebuild and send a message queued by `send_later`; returns how many were sent (0
    when the mail server did not take it and a later attempt is queued)."""
    # A plain EmailMessage comes back as an EmailMultiAlternatives without alternatives,
    # which sends the very same message.
    message = _as_message(letter)
    try:
        return message.send()
    except OSError as error:  # smtplib's errors are OSErrors: refused, 4xx, a dropped line
        delays = app_settings.RETRY_DELAYS
        whom = f"{message.subject!r} to {', '.join(message.recipients())}"
        if not context.task_result.task.get_backend().supports_defer:
            # Inline: there is no queue to wait in (see above).
            logger.error("Email %s not sent (inline, not retried): %s", whom, error)
            raise
        if attempt > len(delays):
            logger.error(
                "Email %s not sent after %d attempts, giving up: %s. Task %s keeps it: "
                "`manage.py resend_failed_mail` sends it again.",
                whom,
                attempt,
                error,
                context.task_result.id,
            )
            raise
        run_after = timezone.now() + timedelta(seconds=delays[attempt - 1])
        retry = deliver.using(backend=context.task_result.backend, run_after=run_after)
        retry = retry.enqueue(letter, attempt=attempt + 1)
        logger.warning(
            "Email %s not sent (attempt %d of %d): %s. Task %s tries again at %s.",
            whom,
            attempt,
            len(delays) + 1,
            error,
            retry.id,
            run_after.isoformat(),
        )
        return 0


def letter_of(task_result):
    """The letter a `deliver` task result carries (for resending a failed one)."""
    return task_result.args[0]


def _as_letter(message):
    attachments = []
    for attachment in message.attachments:
        if isinstance(attachment, MIMEBase):
            # A ready-made MIME part cannot travel as JSON; attach its content instead.
            raise TypeError("send_later takes attachments as (filename, content, mimetype)")
        filename, content, mimetype = attachment
        attachments.append({"filename": filename, "mimetype": mimetype, **_encoded(content)})
    return {
        # str(): a lazily translated subject or body becomes the text it stands for now.
        "subject": str(message.subject),
        "body": str(message.body),
        "content_subtype": message.content_subtype,
        "from_email": message.from_email,
        "to": list(message.to),
        "cc": list(message.cc),
        "bcc": list(message.bcc),
        "reply_to": list(message.reply_to),
        "headers": {name: str(value) for name, value in message.extra_headers.items()},
        "alternatives": [
            {"mimetype": mimetype, **_encoded(content)}
            for content, mimetype in getattr(message, "alternatives", [])
        ],
        "attachments": attachments,
    }


def _as_message(letter):
    message = EmailMultiAlternatives(
        letter["subject"],
        letter["body"],
        letter["from_email"],
        to=letter["to"],
        cc=letter["cc"],
        bcc=letter["bcc"],
        reply_to=letter["reply_to"],
        headers=letter["headers"],
    )
    message.content_subtype = letter["content_subtype"]
    for alternative in letter["alternatives"]:
        message.attach_alternative(_decoded(alternative), alternative["mimetype"])
    for attachment in letter["attachments"]:
        message.attach(attachment["filename"], _decoded(attachment), attachment["mimetype"])
    return message


def _encoded(content):
    if isinstance(content, bytes):
        return {"base64": base64.b64encode(content).decode("ascii")}
    return {"text": content}


def _decoded(part):
    if "base64" in part:
        return base64.b64decode(part["base64"])
    return part["text"]
