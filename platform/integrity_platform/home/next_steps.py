"""What the home page suggests each visitor does next.

The host knows roles; plugins add their own steps (a course to finish, a code to sign)
through the "register_next_steps" Wagtail hook: a function taking the request and
returning integrity_common.next_steps.NextStep objects. Plugins' steps
come first: they are the learner's own work.
"""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from integrity_common.next_steps import NextStep
from integrity_platform.people.scoping import manages_all_organisations


def next_steps_for(request):
    user = request.user
    if not user.is_authenticated:
        return [
            NextStep(
                _("Sign in"),
                _("Members invited by their coordinator sign in with their email address."),
                reverse("account_login"),
                _("Sign in"),
            )
        ]

    steps = []
    for hook in hooks.get_hooks("register_next_steps"):
        steps.extend(hook(request))

    member = getattr(user, "member", None)
    if member is None and not user.is_staff and not manages_all_organisations(user):
        steps.append(
            NextStep(
                _("Join your organisation"),
                _(
                    "Your account is not yet linked to an organisation. Ask your coordinator "
                    "to invite this email address; your training then appears here."
                ),
                reverse("accounts:profile"),
                _("See your profile"),
            )
        )
    if user.has_perm("people.add_member"):
        steps.append(
            NextStep(
                _("Invite your members"),
                _("Invite people one by one or from a CSV file, and follow who has joined."),
                reverse("members:index"),
                _("Manage members"),
            )
        )
    if user.has_perm("wagtailadmin.access_admin") and manages_all_organisations(user):
        steps.append(
            NextStep(
                _("Publish content"),
                _("Write and translate the pages of the platform in the editor."),
                reverse("wagtailadmin_home"),
                _("Open the editor"),
            )
        )
    steps.append(
        NextStep(
            _("Your profile"),
            _("Check your name and choose the language the platform speaks to you in."),
            reverse("accounts:profile"),
            _("Open your profile"),
        )
    )
    return steps
