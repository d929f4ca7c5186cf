"""How allauth behaves on this platform (see ACCOUNT_ADAPTER)."""

from types import SimpleNamespace
from urllib.parse import urlsplit

from allauth.account.adapter import DefaultAccountAdapter
from django.conf import settings
from django.urls import translate_url

from integrity_common.links import absolute_url, site_host


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
        redirect_url = translate_url(target, user.preferred_language)
        return super().post_login(request, user, redirect_url=redirect_url, **kwargs)

    def send_mail(self, template_prefix, email, context):
        # allauth's emails greet "from" the site the request named (Django's RequestSite);
        # behind a proxy that is an internal host. Name the platform and its public host.
        site = SimpleNamespace(name=settings.WAGTAIL_SITE_NAME, domain=site_host(self.request))
        super().send_mail(template_prefix, email, {"current_site": site, **context})

    def get_reset_password_from_key_url(self, key):
        return on_public_site(super().get_reset_password_from_key_url(key), self.request)

    def get_email_confirmation_url(self, request, emailconfirmation):
        url = super().get_email_confirmation_url(request, emailconfirmation)
        return on_public_site(url, request)
