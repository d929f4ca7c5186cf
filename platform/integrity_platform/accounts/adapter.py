"""How allauth behaves on this platform (see ACCOUNT_ADAPTER)."""

from types import SimpleNamespace
from urllib.parse import urlsplit

from allauth.account.adapter import DefaultAccountAdapter
from allauth.core import context as allauth_context
from allauth.mfa.adapter import DefaultMFAAdapter
from django.conf import settings
from django.urls import translate_url
from django.utils import translation

from integrity_common.links import absolute_url, site_host
from integrity_common.mail import send_later

from .two_step import SECOND_FACTORS, must_use_two_step


def on_public_site(url, request):
    """allauth builds its email links from the request; ours name the public address
    (SITE_URL), like every other link the platform sends."""
    parts = urlsplit(url)
    path = parts.path + (f"?{parts.query}" if parts.query else "")
    return absolute_url(path, request)


class AccountAdapter(DefaultAccountAdapter):
    def is_open_for_signup(self, request):
        return settings.PLATFORM_OPEN_SIGNUP

    def post_login(self, request, user, *, redirect_url=None, **kwargs):
        # Whatever page the sign-in started from, continue in the member's own language.
        target = redirect_url or self.get_login_redirect_url(request)
        # translate_url resolves the address in the active language; a sign-in that ends
        # on an unprefixed address (/sso/…/callback/) has another one active.
        with translation.override(translation.get_language_from_path(target)):
            redirect_url = translate_url(target, user.preferred_language)
        return super().post_login(request, user, redirect_url=redirect_url, **kwargs)

    def add_message(self, request, *args, **kwargs):
        # "Signed in as …" belongs to the page it is shown on, which post_login picks in the
        # member's language; a sign-in that ends on an unprefixed address (/sso/…) would
        # otherwise word it in whatever language that request had.
        user = getattr(request, "user", None)
        language = user.preferred_language if user and user.is_authenticated else None
        with translation.override(language or translation.get_language()):
            super().add_message(request, *args, **kwargs)

    def send_mail(self, template_prefix, email, context):
        """Render in the request (its language, its links), send outside it: a sign-up or a
        password reset then takes as long whether or not the address has an account, and a
        slow mail server never holds the page."""
        request = allauth_context.request
        # allauth's emails greet "from" the site the request named (Django's RequestSite);
        # behind a proxy that is an internal host. Name the platform and its public host.
        site = SimpleNamespace(name=settings.WAGTAIL_SITE_NAME, domain=site_host(request))
        context = {"request": request, "email": email, "current_site": site, **context}
        send_later(self.render_mail(template_prefix, email, context))

    def get_reset_password_from_key_url(self, key):
        return on_public_site(super().get_reset_password_from_key_url(key), self.request)

    def get_email_confirmation_url(self, request, emailconfirmation):
        url = super().get_email_confirmation_url(request, emailconfirmation)
        return on_public_site(url, request)


class TwoStepAdapter(DefaultMFAAdapter):
    """allauth.mfa on this platform (MFA_ADAPTER)."""

    def get_totp_issuer(self):
        # The name authenticator apps show next to the codes (in the language of the
        # person setting it up: the setting is lazily translated).
        return str(settings.WAGTAIL_SITE_NAME)

    def can_delete_authenticator(self, authenticator):
        # Whoever must use two-step verification keeps at least one second factor; they
        # may replace it by adding the new one first.
        user = authenticator.user
        if not must_use_two_step(user) or authenticator.type not in SECOND_FACTORS:
            return True
        others = user.authenticator_set.filter(type__in=SECOND_FACTORS).exclude(pk=authenticator.pk)
        return others.exists()
