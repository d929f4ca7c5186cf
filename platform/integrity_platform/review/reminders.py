"""The daily reminder job (see the review_reminders command).

Members who are not done get an email at configured offsets before the due date
(REVIEW_REMINDER_DAYS_BEFORE) and then weekly once overdue, in their own language, with a
direct link to each thing left. Coordinators get a weekly digest of their overdue members
on REVIEW_DIGEST_WEEKDAY. Whoever switched reminders off (Member.review_reminders, from the
link every one of these emails carries: unsubscribe.py) gets neither, and still appears in
their coordinator's digest. Each email is logged (Reminder) before it leaves, in the same
transaction, so a second run on the same day sends nothing twice.
"""

from dataclasses import dataclass, field
from datetime import timedelta

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _

from integrity_common.links import absolute_url
from integrity_common.mail import compose, send_later, unsubscribe_headers
from integrity_platform.people.roles import COORDINATOR
from integrity_platform.people.scoping import organisations_managed_by

from .models import Reminder, ReviewStatus
from .unsubscribe import unsubscribe_url

WEEK = 7


@dataclass
class Outgoing:
    kind: str
    user: object
    cycle: object
    statuses: list = field(default_factory=list)


def reminder_due_dates(today):
    """The due dates whose members are reminded today: a configured number of days ahead,
    or overdue since yesterday, a week ago, two weeks ago..."""
    ahead = [today + timedelta(days=days) for days in settings.REVIEW_REMINDER_DAYS_BEFORE]
    overdue = [today - timedelta(days=1 + WEEK * weeks) for weeks in range(54)]
    return ahead + overdue


def not_done(today, **filters):
    """This year's statuses of active members who are neither done nor exempt."""
    return ReviewStatus.objects.filter(
        cycle__year=today.year,
        is_done=False,
        is_exempt=False,
        member__is_active=True,
        **filters,
    ).select_related("cycle__organisation", "member__user")


def member_reminders(today):
    statuses = not_done(
        today,
        cycle__opens_on__lte=today,
        cycle__due_on__in=reminder_due_dates(today),
        member__review_reminders=True,
    ).order_by("pk")
    return [Outgoing(Reminder.Kind.MEMBER, s.member.user, s.cycle, [s]) for s in statuses]


def coordinator_digests(today):
    if today.weekday() != settings.REVIEW_DIGEST_WEEKDAY:
        return []
    coordinators = get_user_model().objects.filter(
        groups__name=COORDINATOR,
        is_active=True,
        member__is_active=True,
        member__review_reminders=True,
    )
    digests = []
    for coordinator in coordinators:
        overdue = list(
            not_done(
                today,
                cycle__due_on__lt=today,
                cycle__organisation__in=organisations_managed_by(coordinator),
            ).order_by("member__user__last_name", "member__user__first_name")
        )
        if overdue:
            digests.append(Outgoing(Reminder.Kind.DIGEST, coordinator, overdue[0].cycle, overdue))
    return digests


def outgoing(today):
    return member_reminders(today) + coordinator_digests(today)


def _links(status, language):
    """What is left, each with the page where it is done."""
    with translation.override(language):
        links = []
        if not status.acknowledged:
            links.append((_("Acknowledge the current ethics code"), "certificates:acknowledge"))
        if not status.took_part:
            links.append(
                (_("Take part in the review, or complete the catch-up course"), "review:mine")
            )
        if status.onboarding_required and not status.onboarded:
            links.append((_("Complete your onboarding courses"), "courses:my_learning"))
        return [(str(text), absolute_url(reverse(name))) for text, name in links]


def compose_reminder(message, today):
    """The email, in the recipient's language, with the link that stops these reminders
    (in the text, and in the headers for the mail client's own "unsubscribe")."""
    user = message.user
    language = user.preferred_language
    stop_url = unsubscribe_url(user)
    with translation.override(language):
        context = {
            "user": user,
            "cycle": message.cycle,
            "statuses": message.statuses,
            "overdue": message.cycle.due_on < today,
            "links": _links(message.statuses[0], language) if message.kind == "member" else [],
            "review_url": absolute_url(reverse("review:mine")),
            "status_url": absolute_url(reverse("review_status:index") + "?state=overdue"),
            "unsubscribe_url": stop_url,
        }
    return compose(
        f"review/email/{message.kind}",
        context,
        to=[user.email],
        language=language,
        headers=unsubscribe_headers(stop_url),
    )


def send(message, today):
    """Log, then send; False when it was already sent today."""
    try:
        with transaction.atomic():
            Reminder.objects.create(
                user=message.user, cycle=message.cycle, kind=message.kind, sent_on=today
            )
            # Queued when the log commits: a reminder is logged and sent, or neither.
            send_later(compose_reminder(message, today))
    except IntegrityError:
        return False
    return True
