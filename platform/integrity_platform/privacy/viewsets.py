from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.widgets.button import Button

from .models import ERASE_PERMISSION


class EraseButtonMixin:
    """*Erase personal data* among a member's admin page buttons, for those who may."""

    @cached_property
    def header_more_buttons(self):
        buttons = list(super().header_more_buttons)
        if self.request.user.has_perm(ERASE_PERMISSION):
            url = reverse("privacy_erase", args=[self.object.pk])
            buttons.append(
                Button(_("Erase personal data"), url=url, icon_name="warning", priority=40)
            )
        return buttons
