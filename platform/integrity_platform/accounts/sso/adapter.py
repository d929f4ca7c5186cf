"""How allauth's social sign-in behaves here (SOCIALACCOUNT_ADAPTER)."""

from allauth.account.models import EmailAddress
from allauth.core.exceptions import ImmediateHttpResponse
from allauth.socialaccount.adapter import DefaultSocialAccountAdapter
from allauth.socialaccount.helpers import render_authentication_error
from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.utils.crypto import constant_time_compare

from .authority import vouches_for
from .provider import OrganisationProvider


class SignInAdapter(DefaultSocialAccountAdapter):
    def is_open_for_signup(self, request, sociallogin):
        # Invitation-only holds for every way in: a provider's account that matches no
        # invited person gets "sign-up is by invitation", not a new account.
        return settings.PLATFORM_OPEN_SIGNUP

    def pre_social_login(self, request, sociallogin):
        provider = sociallogin.account.get_provider()
        if not isinstance(provider, OrganisationProvider):
            return
        expected = sociallogin.state.get("nonce") or ""
        received = sociallogin.account.extra_data.get("id_token", {}).get("nonce") or ""
        if not expected or not constant_time_compare(expected, received):
            raise ImmediateHttpResponse(
                render_authentication_error(
                    request,
                    provider,
                    exception=PermissionDenied("The ID token's nonce is not this sign-in's."),
                )
            )
        user = sociallogin.user
        email = provider.email_of(sociallogin.account.extra_data)
        # account.provider holds the app's provider_id: which organisation's provider.
        if user is not None and user.pk and email and vouches_for(provider.app.provider_id, email):
            # The organisation's own provider has just proved the address: the invited
            # account needs no confirmation email before its first sign-in.
            EmailAddress.objects.filter(user=user, email__iexact=email).update(verified=True)
