"""How allauth behaves on this platform (see ACCOUNT_ADAPTER)."""

from allauth.account.adapter import DefaultAccountAdapter
from django.conf import settings
from django.urls import translate_url


class AccountAdapter(DefaultAccountAdapter):
    def is_open_for_signup(self, request):
        return settings.PLATFORM_OPEN_SIGNUP

    def post_login(self, request, user, *, redirect_url=None, **kwargs):
        # Whatever page the sign-in started from, continue in the member's own language.
        target = redirect_url or self.get_login_redirect_url(request)
        redirect_url = translate_url(target, user.preferred_language)
        return super().post_login(request, user, redirect_url=redirect_url, **kwargs)
