"""Emails to delegates, each in the delegate's own language: the visit, its dates and the
link to take note of the code for it."""

from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.utils import translation

from integrity_common.mail import send_later
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
    """Queue the email for each member (they leave in the background); returns how many."""
    count = 0
    for member in members:
        subject, body = render(visit, member, reminder=reminder)
        send_later(EmailMessage(subject, body, to=[member.user.email]))
        count += 1
    return count
