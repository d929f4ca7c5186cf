"""Inviting a member: an account without a password, and an email to set one."""

from allauth.account.forms import default_token_generator
from allauth.account.models import EmailAddress
from allauth.account.utils import user_pk_to_url_str
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import send_mail
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation

from integrity_common.links import absolute_url

from .models import Member


def invite_member(
    *,
    email,
    first_name,
    last_name,
    organisation,
    programme_role,
    language,
    start_date,
    invited_by,
):
    """Create the account and membership; the email leaves once the transaction commits."""
    user = get_user_model().objects.create_user(
        email=email,
        first_name=first_name,
        last_name=last_name,
        preferred_language=language,
    )
    user.set_unusable_password()
    user.save(update_fields=["password"])
    EmailAddress.objects.create(user=user, email=user.email, primary=True, verified=False)
    member = Member.objects.create(
        user=user,
        organisation=organisation,
        programme_role=programme_role,
        start_date=start_date,
        invited_at=timezone.now(),
        invited_by=invited_by,
    )
    transaction.on_commit(lambda: send_invitation(member))
    return member


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
    with translation.override(user.preferred_language):
        context = {
            "member": member,
            "user": user,
            "organisation": member.organisation,
            "url": invitation_url(user),
            "site_name": settings.WAGTAIL_SITE_NAME,
            "valid_days": max(1, settings.PASSWORD_RESET_TIMEOUT // 86400),
        }
        subject = render_to_string("people/email/invitation_subject.txt", context).strip()
        body = render_to_string("people/email/invitation_message.txt", context)
    send_mail(subject, body, None, [user.email])
