"""The provider's sign-in and callback views: allauth's OAuth2 views on our strict adapter."""

from allauth.account.internal.decorators import login_not_required
from allauth.socialaccount.models import SocialApp
from allauth.socialaccount.providers.oauth2.views import OAuth2CallbackView, OAuth2LoginView
from django.http import Http404

from .provider import OrganisationAdapter


def _for_each_provider(view_class):
    @login_not_required
    def view(request, provider_id):
        try:
            return view_class.adapter_view(OrganisationAdapter(request, provider_id))(request)
        except SocialApp.DoesNotExist:  # no provider of that name in OIDC_PROVIDERS
            raise Http404 from None

    return view


login = _for_each_provider(OAuth2LoginView)
callback = _for_each_provider(OAuth2CallbackView)
