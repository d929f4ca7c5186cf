"""Emails to delegates, each in the delegate's own language: the visit, its dates and the
link to take note of the code for it."""

from django.utils import translation

from integrity_common.links import absolute_url
from integrity_common.mail import compose, send_later

from .dues import dates_of, take_note_path


def take_note_email(visit, member, *, reminder=False):
    """The email asking `member` to take note for `visit`."""
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
    return compose(
        "visits/email/take_note", context, to=[user.email], language=user.preferred_language
    )


def send_take_note(visit, members, *, reminder=False):
    """Queue the email for each member (they leave in the background); returns how many."""
    count = 0
    for member in members:
        send_later(take_note_email(visit, member, reminder=reminder))
        count += 1
    return count
