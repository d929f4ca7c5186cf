"""Who must sign in with two-step verification (allauth.mfa), and whether they can.

Whoever can open the Wagtail admin (integrity officers, coordinators, facilitators,
administrators) sees other people's records and issues documents in the association's
name: a guessed or reused password must not be enough. Once an authenticator exists,
allauth asks for its code at every sign-in; until then TwoStepRequiredMiddleware keeps
such a person out of the staff areas and sends them to set one up.
"""

from allauth.mfa.models import Authenticator
from allauth.mfa.utils import is_mfa_enabled

# Recovery codes only back up a lost phone or key; they are not a second factor alone.
SECOND_FACTORS = [Authenticator.Type.TOTP, Authenticator.Type.WEBAUTHN]


def must_use_two_step(user):
    return user.is_authenticated and (
        user.is_superuser or user.has_perm("wagtailadmin.access_admin")
    )


def has_two_step(user):
    return is_mfa_enabled(user, SECOND_FACTORS)
