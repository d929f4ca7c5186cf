"""The phones' two requests in a full room, answered before the rest of the middleware.

In a full room every phone asks for the session's state every few seconds: two thousand
phones are a thousand requests a second. The answer is one indexed row, the same for
everyone, with no language, no account and no form; sessions, authentication, messages,
locale, CSRF and the Content-Security-Policy of an HTML page would only add work (they were
most of the cost of a poll).

When a vote opens, the same phones vote within a few seconds. A vote sent by the room's
script (it asks for JSON) needs the participant's cookie, Django's CSRF check and the
language of the page it came from, which the form carries; sessions, authentication,
messages and the page policies are not needed, and skipping them takes about a third off
each vote. A vote from a browser without JavaScript takes the ordinary path (it answers
with a message on the next page, which needs the session).

Place this middleware right after Django's SecurityMiddleware, so that the HTTPS redirect
and its headers still apply. The addresses are resolved through the URLconf, wherever the
host mounted the room's URLs.
"""

from django.conf import settings
from django.middleware.csrf import CsrfViewMiddleware
from django.urls import Resolver404, resolve
from django.utils import translation

STATE_URL_NAME = "live:state"
VOTE_URL_NAME = "live:vote"


def wants_json(request):
    return "application/json" in request.headers.get("Accept", "")


class LiveRoomMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response
        self.csrf = CsrfViewMiddleware(get_response)

    def __call__(self, request):
        # A cheap test first: every other request only pays this comparison.
        if request.path_info.endswith(("/state/", "/vote/")):
            try:
                match = resolve(request.path_info)
            except Resolver404:
                match = None
            if match is not None and match.view_name == STATE_URL_NAME:
                return match.func(request, *match.args, **match.kwargs)
            if (
                match is not None
                and match.view_name == VOTE_URL_NAME
                and request.method == "POST"
                and wants_json(request)
                and not settings.CSRF_USE_SESSIONS
            ):
                return self.vote(request, match)
        return self.get_response(request)

    def vote(self, request, match):
        self.csrf.process_request(request)
        refused = self.csrf.process_view(request, match.func, match.args, match.kwargs)
        if refused is not None:
            return refused
        language = request.POST.get("language")
        if language not in dict(settings.LANGUAGES):
            # A form without it (a page from before): as a guest's page is chosen.
            language = translation.get_language_from_request(request)
        with translation.override(language):
            response = match.func(request, *match.args, **match.kwargs)
            response["Content-Language"] = language
        return response
