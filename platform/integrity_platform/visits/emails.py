"""Emails to delegates, each in the delegate's own language: the visit, its dates and the
link to take note of the code for it."""

from django.core.mail import EmailMessage, get_connection
from django.template.loader import render_to_string
from django.utils import translation

from integrity_platform.links import absolute_url

from .dues import dates_of, take_note_path


def render(visit, member, *, reminder=False):
    """(subject, body) of the email asking `member` to take note for `visit`."""
    user = member.user
    with translation.override(user.preferred_language):
        context = {
            "visit": visit,
            "user": user,
            "dates": dates_of(visit),
            "url": absolute_url(take_note_path(visit)),
            # Someone just invited has no password yet: the invitation comes first.
            "needs_password": not user.has_usable_password(),
            "reminder": reminder,
        }
        subject = render_to_string("visits/email/take_note_subject.txt", context).strip()
        body = render_to_string("visits/email/take_note_message.txt", context)
    return subject, body


def send_take_note(visit, members, *, reminder=False):
    """Email each member over one connection; returns how many were sent."""
    messages = []
    for member in members:
        subject, body = render(visit, member, reminder=reminder)
        messages.append(EmailMessage(subject, body, to=[member.user.email]))
    if not messages:
        return 0
    return get_connection().send_messages(messages) or 0
