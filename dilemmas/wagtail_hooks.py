from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.snippets.views.snippets import SnippetViewSet

from .adapter import get_adapter
from .models import Playlist, Theme


class ThemeViewSet(SnippetViewSet):
    model = Theme
    icon = "tag"
    menu_label = _("Themes")
    list_display = ["name", "key"]
    ordering = ["sort_order"]


class PlaylistViewSet(SnippetViewSet):
    """A translatable snippet: the list shows one language at a time, and "Translate"
    (simple_translation) copies a playlist, its dilemmas included, into another."""

    model = Playlist
    icon = "list-ul"
    menu_label = _("Playlists")
    url_prefix = "dilemmas/playlists"
    list_display = ["title", "description"]
    search_fields = ["title"]
    search_backend_name = None
    copy_view_enabled = False


class DilemmaTrainingGroup(ViewSetGroup):
    menu_label = _("Dilemma training")
    menu_icon = "group"
    menu_order = 225
    items = (PlaylistViewSet(name="playlists"), ThemeViewSet())


class FacilitateMenuItem(MenuItem):
    def is_shown(self, request):
        return get_adapter().can_facilitate(request.user)


@hooks.register("register_admin_viewset")
def register_dilemma_training():
    return DilemmaTrainingGroup()


@hooks.register("register_admin_menu_item")
def register_live_sessions():
    return FacilitateMenuItem(
        _("Live dilemma sessions"), reverse("dilemmas:sessions"), icon_name="desktop", order=226
    )
