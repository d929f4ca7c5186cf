"""Security headers the browser enforces: the Content-Security-Policy (django-csp, with the
Wagtail admin's own policy) and the Permissions-Policy. The policies themselves are settings
(CONTENT_SECURITY_POLICY, CONTENT_SECURITY_POLICY_WAGTAILADMIN, PERMISSIONS_POLICY)."""

from csp.constants import SELF
from csp.middleware import CSPMiddleware
from django.conf import settings
from django.urls import reverse


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    """django-csp's middleware, answering pages of the Wagtail admin with the admin's policy.

    Wagtail's admin writes inline scripts without a nonce, so it cannot live under the site's
    strict policy; a per-view decorator cannot reach Wagtail's own views, the address can.
    A view's own policy (django-csp's @csp decorator) still wins."""

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only)
        if report_only:
            return parts
        if getattr(request, "is_dummy", False):
            # A page Wagtail renders for the editor's preview panel (through a request of
            # its own, flagged for middleware): the site's policy, framed by the admin.
            parts.replace = {**(parts.replace or {}), "frame-ancestors": [SELF]}
        elif parts.config is None and in_wagtail_admin(request):
            parts.config = settings.CONTENT_SECURITY_POLICY_WAGTAILADMIN["DIRECTIVES"]
        return parts


def in_wagtail_admin(request):
    return request.path.startswith(reverse("wagtailadmin_home"))


class PermissionsPolicyMiddleware:
    """Sends settings.PERMISSIONS_POLICY, a mapping of browser feature to the origins that
    may use it: [] switches the feature off, ["self"] keeps it to the site, other origins
    are written quoted ('"https://player.vimeo.com"'), as the header spells them."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        response.headers.setdefault(
            "Permissions-Policy", permissions_policy_header(settings.PERMISSIONS_POLICY)
        )
        return response


def permissions_policy_header(policy):
    return ", ".join(f"{feature}=({' '.join(origins)})" for feature, origins in policy.items())
