"""The phones' poll, answered before the rest of the middleware.

In a full room every phone asks for the session's state every few seconds: two thousand
phones are a thousand requests a second. The answer is one indexed row, the same for
everyone, with no language, no account and no form; sessions, authentication, messages,
locale, CSRF and the Content-Security-Policy of an HTML page would only add work (they were
most of the cost of a poll). Place this middleware right after Django's SecurityMiddleware,
so that the HTTPS redirect and its headers still apply.

The address is resolved through the URLconf, wherever the host mounted the room's URLs.
"""

from django.urls import Resolver404, resolve

STATE_URL_NAME = "live:state"


class LiveStateMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        # A cheap test first: every other request only pays this comparison.
        if request.path_info.endswith("/state/"):
            try:
                match = resolve(request.path_info)
            except Resolver404:
                match = None
            if match is not None and match.view_name == STATE_URL_NAME:
                return match.func(request, *match.args, **match.kwargs)
        return self.get_response(request)
