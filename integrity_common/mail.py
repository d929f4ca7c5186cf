"""Email sent outside the request: `send_later(message)` queues a built message as a task.

The task's arguments are stored as JSON by the database backend, so the message travels as
a plain dict (binary attachments such as PDFs base64-encoded) and is rebuilt by the worker.
Which backend runs the task is the `TASKS` setting: inline where none is configured, or
`manage.py db_worker` with the database backend.
"""

import base64
from email.mime.base import MIMEBase

from django.core.mail import EmailMultiAlternatives
from django.db import transaction
from django_tasks import task
from django_tasks_db.backend import DatabaseBackend


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


@task()
def deliver(letter):
    """Rebuild and send a message queued by `send_later`; returns how many were sent."""
    # A plain EmailMessage comes back as an EmailMultiAlternatives without alternatives,
    # which sends the very same message.
    return _as_message(letter).send()


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
