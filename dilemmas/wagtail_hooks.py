from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.viewsets.base import ViewSetGroup

from .adapter import get_adapter
from .viewsets import PlaylistViewSet, ThemeViewSet


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
