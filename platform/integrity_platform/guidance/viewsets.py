"""The integrity contacts in the admin (snippets the integrity officer keeps)."""

from django.utils.translation import gettext_lazy as _
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import IntegrityContact


class IntegrityContactViewSet(SnippetViewSet):
    model = IntegrityContact
    icon = "user"
    menu_label = _("Integrity contacts")
    add_to_admin_menu = True
    menu_order = 230
    list_display = ["role", "name", "email", "phone"]
    list_filter = ["role", "locale"]
