"""The "organisation" provider: allauth's OpenID Connect provider, made strict.

allauth's own OIDC provider sends no nonce and skips the ID token's signature when the
token came straight from the provider over TLS (the specification allows it). Ours sends a
nonce and checks it (adapter.SignInAdapter), always checks the signature against the
provider's published keys, takes the person from the signed ID token, and counts an email
address as verified only when the organisation owning its domain names this provider
(authority.vouches_for), never on the provider's own say-so.
"""

from urllib.parse import urlencode

from allauth.account.models import EmailAddress
from allauth.socialaccount.internal import jwtkit
from allauth.socialaccount.providers.openid_connect.provider import (
    OpenIDConnectProvider,
    OpenIDConnectProviderAccount,
)
from allauth.socialaccount.providers.openid_connect.views import OpenIDConnectOAuth2Adapter
from django.urls import reverse
from django.utils.crypto import get_random_string

from integrity_common.links import absolute_url

from .authority import vouches_for


class OrganisationAdapter(OpenIDConnectOAuth2Adapter):
    def _decode_id_token(self, app, id_token):
        return jwtkit.verify_and_decode(
            credential=id_token,
            keys_url=self.openid_config["jwks_uri"],
            issuer=self.openid_config["issuer"],
            audience=app.client_id,
            lookup_kid=jwtkit.lookup_kid_jwk,
            verify_signature=True,
        )

    def get_callback_url(self, request, app):
        return self.get_provider().callback_address(request)


class OrganisationProvider(OpenIDConnectProvider):
    id = "organisation"
    name = "Organisation"
    account_class = OpenIDConnectProviderAccount
    oauth2_adapter_class = OrganisationAdapter

    def get_login_url(self, request, **kwargs):
        url = reverse("sso:login", kwargs={"provider_id": self.app.provider_id})
        return f"{url}?{urlencode(kwargs)}" if kwargs else url

    def get_callback_url(self):
        return reverse("sso:callback", kwargs={"provider_id": self.app.provider_id})

    def callback_address(self, request):
        # One address per provider, on the public address (SITE_URL, whatever host the
        # proxy passed on) and without a language prefix: the identity provider accepts
        # only the redirect address registered with it.
        return absolute_url(self.get_callback_url(), request)

    def redirect(self, request, process, next_url=None, data=None, **kwargs):
        nonce = get_random_string(32)
        auth_params = kwargs.pop("auth_params", None) or self.get_auth_params()
        # The nonce travels in the stashed state and comes back inside the signed ID
        # token; a token replayed from another sign-in carries another nonce.
        return super().redirect(
            request,
            process,
            next_url,
            data,
            auth_params={**auth_params, "nonce": nonce},
            nonce=nonce,
            **kwargs,
        )

    def extract_email_addresses(self, data):
        email = self.email_of(data)
        if not email:
            return []
        verified = vouches_for(self.app.provider_id, email)
        return [EmailAddress(email=email, verified=verified, primary=True)]

    def extract_common_fields(self, data):
        return {**super().extract_common_fields(data), "email": self.email_of(data)}

    def email_of(self, data):
        claims = data.get("id_token") or data.get("userinfo") or {}
        for claim in self.app.settings.get("email_claims", ["email"]):
            value = claims.get(claim)
            if isinstance(value, str) and "@" in value:
                return value.strip().lower()
        return None


provider_classes = [OrganisationProvider]
