"""Adding delegates to a visit, inviting new ones, and reminding those who have not taken
note: the one place that changes a delegation, for the admin form and the demo alike."""

from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.db.models import Count
from django.utils import timezone
from wagtail.log_actions import log

from integrity_platform.people.invitations import invite_member
from integrity_platform.people.models import Member

from .emails import send_take_note
from .models import Delegate
from .receipts import receipts_for

# Two clicks on "Send a reminder" (or two coordinators at once) send one email.
REMIND_AGAIN_AFTER = timedelta(hours=1)


def usual_language(organisation):
    """The language most of the organisation's active members read; the site's default
    when it has none. Invitations whose language the coordinator did not choose use it."""
    row = (
        Member.objects.filter(organisation=organisation, is_active=True)
        .values("user__preferred_language")
        .annotate(n=Count("pk"))
        .order_by("-n", "user__preferred_language")
        .first()
    )
    return row["user__preferred_language"] if row else settings.LANGUAGE_CODE


def invite_delegate(*, email, first_name, last_name, organisation, language, invited_by):
    """A new account and membership as a delegation member, through the usual invitation
    (an email in `language` to choose a password)."""
    return invite_member(
        email=email,
        first_name=first_name,
        last_name=last_name,
        organisation=organisation,
        programme_role=Member.ProgrammeRole.DELEGATION_MEMBER,
        language=language,
        start_date=timezone.localdate(),
        invited_by=invited_by,
    )


def add_delegates(visit, members, *, notify=True):
    """Make these members delegates of the visit; those who were not yet are emailed,
    once the transaction commits. Returns the new Delegate rows."""
    existing = set(visit.delegates.values_list("member_id", flat=True))
    added = []
    for member in members:
        if member.pk not in existing:
            existing.add(member.pk)
            added.append(Delegate.objects.create(visit=visit, member=member))
    if notify and added:
        newcomers = [delegate.member for delegate in added]
        transaction.on_commit(lambda: send_take_note(visit, newcomers))
    return added


def remove_delegates(visit, keep):
    """Remove the active delegates who are not among `keep` (members). Members who have
    left cannot be chosen on the form, so they stay on the visits they were on; a receipt
    someone already holds stays in any case: it is their record."""
    visit.delegates.filter(member__is_active=True).exclude(member__in=keep).delete()


def send_reminders(visit, *, by, now=None):
    """Email the active delegates who have not taken note (and were not reminded in the
    last hour), record when, and log it. Returns (sent, skipped as just reminded)."""
    now = now or timezone.now()
    noted = receipts_for(visit)
    waiting = [
        delegate
        for delegate in visit.delegates.select_related("member__user").filter(
            member__is_active=True
        )
        if delegate.member.user_id not in noted
    ]
    due = [d for d in waiting if d.reminded_at is None or d.reminded_at <= now - REMIND_AGAIN_AFTER]
    if due:
        with transaction.atomic():
            Delegate.objects.filter(pk__in=[d.pk for d in due]).update(reminded_at=now)
            log(instance=visit, action="visits.remind", user=by, data={"count": len(due)})
        send_take_note(visit, [d.member for d in due], reminder=True)
    return len(due), len(waiting) - len(due)
