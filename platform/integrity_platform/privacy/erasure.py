"""Erasing a person: their personal data is removed or pseudonymised, except their signed
acknowledgements of the ethics code, which are evidence and stay (PDF and row) linked to
the pseudonymised account until their retention period ends (see retention.py).

The account remains so that those acknowledgements keep their person; it can no longer
sign in. The erasure is recorded (models.Erasure) and logged in the site history without
personal data: who erased, when, why, and the pseudonym.
"""

import json
import re

from allauth.account.models import EmailAddress
from allauth.mfa.models import Authenticator
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.db.models import Q
from wagtail.log_actions import log
from wagtail.models import ModelLogEntry
from wagtail.users.models import UserProfile

from certificates.models import Acknowledgement
from courses.retention import erase_learner
from dilemmas.retention import erase_participant
from integrity_platform.people.models import Member
from integrity_platform.review.models import (
    ChangeProposal,
    Reminder,
    ReviewCycle,
    ReviewSession,
    ReviewStatus,
)

from .models import Departure, Erasure, new_pseudonym

ERASED_DOMAIN = "erased.invalid"  # .invalid never resolves: no email can reach it


def identifiers_of(user):
    """What names the person in free text: their email addresses and names, also the
    names they signed with."""
    found = {user.email, user.get_full_name()}
    found |= set(EmailAddress.objects.filter(user=user).values_list("email", flat=True))
    found |= set(
        Acknowledgement.objects.non_polymorphic()
        .filter(user=user)
        .values_list("full_name", flat=True)
    )
    # Longest first, so that "Jan Peeters" is replaced before a shorter name inside it.
    return sorted((i for i in found if i and len(i) > 2), key=len, reverse=True)


@transaction.atomic
def erase_person(user, *, by=None, reason="", cause=Erasure.Cause.REQUEST):
    identifiers = identifiers_of(user)
    pseudonym = new_pseudonym()
    Departure.objects.get_or_create(user=user)
    _remove_membership(user)
    erase_learner(user)
    erase_participant(user)
    Reminder.objects.filter(user=user).delete()
    _scrub_free_text(identifiers, pseudonym)
    _scrub_log_entries(user, identifiers, pseudonym)
    _close_account(user, pseudonym)
    erasure = Erasure.objects.create(
        pseudonym=pseudonym, account=user, erased_by=by, reason=reason, cause=cause
    )
    log(
        instance=erasure,
        action="privacy.erase",
        user=by,
        data={"pseudonym": pseudonym, "cause": cause, "reason": reason},
    )
    return erasure


def _remove_membership(user):
    """The member record goes, and with it their review statuses, check-ins, exemptions
    and delegations; the review's counts are recomputed without them."""
    member = Member.objects.filter(user=user).first()
    if member is None:
        return
    cycle_ids = set(ReviewStatus.objects.filter(member=member).values_list("cycle", flat=True))
    # Inactive first (without signals), so that the review, told of the deleted check-ins,
    # does not count the person again on their way out.
    Member.objects.filter(pk=member.pk).update(is_active=False)
    member.is_active = False
    member.delete()
    for cycle in ReviewCycle.objects.filter(pk__in=cycle_ids):
        cycle.update_counts()


def _replace(text, identifiers, pseudonym):
    for identifier in identifiers:
        text = re.sub(re.escape(identifier), pseudonym, text, flags=re.IGNORECASE)
    return text


def _mentioning(fields, identifiers):
    query = Q()
    for identifier in identifiers:
        for field in fields:
            query |= Q(**{f"{field}__icontains": identifier})
    return query


def _scrub_free_text(identifiers, pseudonym):
    """Notes that name the person (the minutes refuse such notes, but proposals and older
    notes may): the name gives way to the pseudonym."""
    for model, fields in [
        (ReviewSession, ["violations_note", "changes_note"]),
        (ChangeProposal, ["text"]),
    ]:
        for row in model.objects.filter(_mentioning(fields, identifiers)):
            for field in fields:
                setattr(row, field, _replace(getattr(row, field), identifiers, pseudonym))
            row.save(update_fields=fields)


def _scrub_log_entries(user, identifiers, pseudonym):
    """The site history keeps what happened but no longer who it happened to: entries
    about the person, or naming them, show the pseudonym instead."""
    about = Q(content_type=ContentType.objects.get_for_model(user), object_id=str(user.pk))
    # JSON may be stored with non-ASCII characters escaped (SQLite): look for both forms.
    escaped = [json.dumps(i)[1:-1] for i in identifiers]
    entries = ModelLogEntry.objects.filter(
        about | _mentioning(["label", "data"], [*identifiers, *escaped])
    )
    for entry in entries:
        entry.label = _replace(entry.label, identifiers, pseudonym)
        entry.data = _replace_in_data(entry.data, identifiers, pseudonym)
        entry.save(update_fields=["label", "data"])


def _replace_in_data(value, identifiers, pseudonym):
    if isinstance(value, str):
        return _replace(value, identifiers, pseudonym)
    if isinstance(value, list):
        return [_replace_in_data(item, identifiers, pseudonym) for item in value]
    if isinstance(value, dict):
        return {k: _replace_in_data(v, identifiers, pseudonym) for k, v in value.items()}
    return value


def _close_account(user, pseudonym):
    """The account keeps the retained acknowledgements' person: it is renamed to the
    pseudonym and can no longer sign in; everything else tied to it goes."""
    EmailAddress.objects.filter(user=user).delete()
    Authenticator.objects.filter(user=user).delete()
    for profile in UserProfile.objects.filter(user=user):
        if profile.avatar:
            profile.avatar.delete(save=False)
        profile.delete()
    user.email = f"{pseudonym}@{ERASED_DOMAIN}"
    user.first_name, user.last_name = "", pseudonym
    user.set_unusable_password()
    user.is_active = user.is_staff = user.is_superuser = False
    user.last_login = None
    user.save()
    user.groups.clear()
    user.user_permissions.clear()
