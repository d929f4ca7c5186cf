"""Inviting a member: an account without a password, and an email to set one."""

from dataclasses import dataclass

from allauth.account.forms import default_token_generator
from allauth.account.models import EmailAddress
from allauth.account.utils import user_pk_to_url_str
from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import transaction
from django.urls import reverse
from django.utils import timezone, translation
from wagtail.users.models import UserProfile

from courses.assignment import assign_required_courses_to_all
from integrity_common.links import absolute_url
from integrity_common.mail import compose, send_later
from integrity_platform.review.status import refresh_members

from .models import Member, sign_in_provider_choices

# How often a long invitation run reports its progress (see welcome_members).
PROGRESS_EVERY = 100


@dataclass
class Invitee:
    email: str
    first_name: str
    last_name: str
    organisation: object
    programme_role: str
    language: str
    start_date: object


def invite_member(*, invited_by, **invitee):
    """Create the account and membership; the email leaves once the transaction commits."""
    (member,) = invite_members([Invitee(**invitee)], invited_by=invited_by)
    return member


def invite_members(invitees, *, invited_by):
    """Accounts without a password, their addresses and memberships, inserted in bulk (an
    import's thousands in a few queries). Bulk inserts send no signals, so what follows an
    invitation is done for all of them at once when the transaction commits:
    welcome_members (an import calls it itself, to report its progress)."""
    members = create_members(invitees, invited_by=invited_by)
    transaction.on_commit(lambda: welcome_members(members))
    return members


def create_members(invitees, *, invited_by):
    User = get_user_model()
    users = []
    for invitee in invitees:
        user = User(
            email=invitee.email.lower(),
            first_name=invitee.first_name,
            last_name=invitee.last_name,
            preferred_language=invitee.language,
        )
        user.set_unusable_password()
        users.append(user)
    User.objects.bulk_create(users)
    # What accounts.receivers does on a save: the admin speaks the preferred language too.
    UserProfile.objects.bulk_create(
        UserProfile(user=user, preferred_language=user.preferred_language) for user in users
    )
    EmailAddress.objects.bulk_create(
        EmailAddress(user=user, email=user.email, primary=True, verified=False) for user in users
    )
    now = timezone.now()
    return Member.objects.bulk_create(
        Member(
            user=user,
            organisation=invitee.organisation,
            programme_role=invitee.programme_role,
            start_date=invitee.start_date,
            invited_at=now,
            invited_by=invited_by,
        )
        for user, invitee in zip(users, invitees, strict=True)
    )


def welcome_members(members, on_invited=None):
    """What follows the invitation of new members, once for all: the courses their role
    requires, their standing in this year's review, and each one's invitation email.
    `on_invited(count)` hears how many invitations are queued, now and then."""
    assign_required_courses_to_all([member.user for member in members])
    refresh_members(members)
    for start in range(0, len(members), PROGRESS_EVERY):
        # One commit per hundred queued emails (the database queue writes in the transaction).
        with transaction.atomic():
            for member in members[start : start + PROGRESS_EVERY]:
                send_invitation(member)
        if on_invited:
            on_invited(min(start + PROGRESS_EVERY, len(members)))


def invitation_url(user):
    """The allauth set-password link, in the member's language."""
    with translation.override(user.preferred_language):
        path = reverse(
            "account_reset_password_from_key",
            kwargs={
                "uidb36": user_pk_to_url_str(user),
                "key": default_token_generator.make_token(user),
            },
        )
    return absolute_url(path)


def send_invitation(member):
    user = member.user
    context = {
        "member": member,
        "user": user,
        "organisation": member.organisation,
        "url": invitation_url(user),
        "valid_days": max(1, settings.PASSWORD_RESET_TIMEOUT // 86400),
        "sign_in_provider": dict(sign_in_provider_choices()).get(
            member.organisation.sign_in_provider
        ),
    }
    send_later(
        compose(
            "people/email/invitation", context, to=[user.email], language=user.preferred_language
        )
    )
