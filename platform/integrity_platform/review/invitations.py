"""Calendar invitations for review sessions: an .ics file to download or receive by email,
in each member's own language."""

from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from icalendar import Calendar, Event

from integrity_common.dates import date_format
from integrity_common.links import absolute_url, site_host
from integrity_common.mail import compose, send_later

from .models import REVIEWED_ROLES


def check_in_path(session=None):
    """The check-in address without a language prefix: each phone is redirected to its
    own language, whatever the language of the coordinator who shows the code."""
    _empty, _language, path = reverse("review:check_in").split("/", 2)
    query = f"?code={session.check_in_code}" if session else ""
    return f"/{path}{query}"


def ics(session, language):
    """The session as an iCalendar file (RFC 5545), its texts in `language`."""
    with translation.override(language):
        check_in = absolute_url(check_in_path())
        calendar = Calendar()
        calendar.add("prodid", "-//Integrity platform//Annual code review//EN")
        calendar.add("version", "2.0")
        calendar.add("method", "PUBLISH")
        event = Event()
        # RFC 5545: a globally unique id, by convention id@host (a host, not an address).
        event.add("uid", f"review-session-{session.pk}@{site_host()}")
        event.add("dtstamp", session.starts_at)
        event.add("dtstart", session.starts_at)
        event.add("dtend", session.ends_at)
        event.add(
            "summary",
            _("Annual review of the ethics code · %(organisation)s")
            % {"organisation": session.cycle.organisation.name},
        )
        description = [
            _(
                "Once a year we walk through the ethics code together, discuss whether "
                "(suspected) integrity violations occurred and whether the code needs "
                "additions or changes."
            ),
            _("Check in on the day: %(url)s") % {"url": check_in},
        ]
        if session.online_link:
            description.append(_("Join online: %(url)s") % {"url": session.online_link})
            event.add("url", session.online_link)
        event.add("description", "\n\n".join(description))
        if session.place:
            event.add("location", session.place)
        calendar.add_component(event)
    return calendar.to_ical()


def send_invitations(session):
    """Email the invitation, with its .ics, to every reviewed member of the organisation
    (queued: they leave in the background). Returns the number of emails."""
    members = session.cycle.organisation.members.filter(
        is_active=True, programme_role__in=REVIEWED_ROLES
    ).select_related("user")
    sent = 0
    for member in members:
        language = member.user.preferred_language
        with translation.override(language):
            date = date_format(timezone.localtime(session.starts_at), "DATETIME_FORMAT")
            # Translators: a file name: lowercase, words joined by hyphens.
            filename = str(_("review-session")) + ".ics"
        message = compose(
            "review/email/session_invitation",
            {"session": session, "date": date},
            to=[member.user.email],
            language=language,
        )
        message.attach(filename, ics(session, language), "text/calendar")
        send_later(message)
        sent += 1
    return sent
