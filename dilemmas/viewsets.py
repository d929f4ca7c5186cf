"""Themes and playlists in the admin (snippets)."""

from django.utils.translation import gettext_lazy as _
from wagtail.snippets.views.snippets import SnippetViewSet

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
