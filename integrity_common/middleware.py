"""The request being served, for code that builds links far from the view (a PDF rendered
while issuing, an email sent when the transaction commits) when SITE_URL is not set."""

from contextvars import ContextVar

_current_request = ContextVar("integrity_common_current_request", default=None)


def current_request():
    """The request this thread or task is serving, or None (a management command)."""
    return _current_request.get()


class CurrentRequestMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        token = _current_request.set(request)
        try:
            return self.get_response(request)
        finally:
            _current_request.reset(token)
