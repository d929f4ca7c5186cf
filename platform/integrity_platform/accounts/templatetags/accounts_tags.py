from allauth.account.adapter import get_adapter
from django import template

from integrity_common.permissions import has_perm

from ..views import TWO_STEP_NEXT

register = template.Library()


@register.simple_tag(takes_context=True)
def admin_access(context):
    """Whether the visitor may open the admin: one query, not Django's two
    (integrity_common.permissions)."""
    user = context.get("user")
    return user is not None and has_perm(user, "wagtailadmin.access_admin")


@register.simple_tag(takes_context=True)
def signup_is_open(context):
    """Whether strangers may create an account (PLATFORM_OPEN_SIGNUP), as allauth decides."""
    request = context.get("request")
    return get_adapter(request).is_open_for_signup(request)


@register.simple_tag(takes_context=True)
def two_step_continue_url(context):
    """The staff page that asked for two-step verification, to continue there once set up."""
    return context["request"].session.get(TWO_STEP_NEXT, "")
