from urllib.parse import urlencode

from django.shortcuts import redirect
from django.urls import reverse
from django.utils import translation

from integrity_platform.middleware import chosen_language

from .two_step import has_two_step, must_use_two_step


class PreferredLanguageMiddleware:
    """Use a signed-in member's preferred language where the URL does not name one.

    URLs with a language prefix (/fr/...) always win: following a link in another
    language must show that language. Only unprefixed URLs (/, /accounts/...) fall back
    to the member's preference instead of the browser's Accept-Language header, unless
    they ask for another with ?lang= (see integrity_platform.middleware).
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = getattr(request, "user", None)
        if (
            user is not None
            and user.is_authenticated
            and translation.get_language_from_path(request.path_info) is None
            and chosen_language(request) is None
        ):
            translation.activate(user.preferred_language)
            request.LANGUAGE_CODE = user.preferred_language
        return self.get_response(request)


class TwoStepRequiredMiddleware:
    """Send someone who must use two-step verification (see two_step) and has not set it
    up to the page that explains why and how, instead of a staff area.

    Staff areas are the Wagtail admin and the facilitator's pages (running live dilemma
    sessions, the interview kits). Everything else stays open, so an officer can still
    learn and sign the code, and reach the pages that set up the authenticator."""

    STAFF_NAMESPACES = {"dilemmas"}

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        user = getattr(request, "user", None)
        if user is None or not self.in_staff_area(request):
            return None
        if not must_use_two_step(user) or has_two_step(user):
            return None
        target = reverse("accounts:two_step_required")
        return redirect(f"{target}?{urlencode({'next': request.get_full_path()})}")

    def in_staff_area(self, request):
        match = request.resolver_match
        if match is not None and match.namespace in self.STAFF_NAMESPACES:
            return True
        return request.path_info.startswith(reverse("wagtailadmin_home"))
