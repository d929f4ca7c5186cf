from django.contrib import messages
from django.contrib.auth import get_user_model
from django.shortcuts import redirect
from django.urls import path, reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail import hooks

from certificates.models import Acknowledgement
from integrity_platform.people.models import Member

from .models import ERASE_PERMISSION
from .views import EraseView


@hooks.register("register_admin_urls")
def register_erasure_urls():
    return [path("members/<str:pk>/erase/", EraseView.as_view(), name="privacy_erase")]


@hooks.register("register_log_actions")
def register_erasure_actions(actions):
    actions.register_action(
        "privacy.erase", gettext_lazy("Erase"), gettext_lazy("Personal data erased")
    )


def _refuse_deletion(request, users):
    """Deleting an account would delete its signed acknowledgements, which are evidence:
    the database refuses it. Say so, and point to erasure, instead of failing."""
    keeping = [user for user in users if Acknowledgement.objects.filter(user=user).exists()]
    if not keeping:
        return None
    messages.error(
        request,
        _(
            "%(names)s signed the ethics code: those acknowledgements are evidence and are "
            "kept, so the account is not deleted. To remove a person's data, the integrity "
            "officer erases them from their page under People → Members (Erase personal "
            "data); the acknowledgements then go when their retention period ends."
        )
        % {"names": ", ".join(str(user) for user in keeping)},
    )
    member = Member.objects.filter(user=keeping[0]).first()
    if len(keeping) == 1 and member is not None and request.user.has_perm(ERASE_PERMISSION):
        return redirect("privacy_erase", pk=member.pk)
    return redirect(reverse("wagtailusers_users:index"))


@hooks.register("before_delete_user")
def refuse_deleting_a_signer(request, user):
    return _refuse_deletion(request, [user])


@hooks.register("before_bulk_action")
def refuse_deleting_signers(request, action_type, objects, action_class_instance):
    if (
        action_type == "delete"
        and getattr(action_class_instance, "model", None) is get_user_model()
    ):
        return _refuse_deletion(request, objects)
    return None
