"""The code's values (snippets) and its versions, which are only looked at here: a version
is recorded by publishing the code page."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.views.generic import IndexView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.snippets.views.snippets import SnippetViewSet

from ..models import CodeValue, CodeVersion


class CodeValueViewSet(SnippetViewSet):
    model = CodeValue
    icon = "pick"
    menu_label = _("Values of the code")
    list_display = ["name", "motto", "key"]
    ordering = ["sort_order"]


class CodeVersionIndexView(IndexView):
    def get_base_queryset(self):
        return super().get_base_queryset().prefetch_related("texts")


class CodeVersionViewSet(ModelViewSet):
    """Versions are recorded by publishing the code page; here they are only looked at."""

    model = CodeVersion
    icon = "history"
    menu_label = _("Versions of the code")
    url_prefix = "code/versions"
    form_fields = ["effective_date"]
    index_view_class = CodeVersionIndexView
    list_display = ["label", "effective_date", "change", "languages_published", "published_at"]
    inspect_view_enabled = True
    inspect_view_fields = ["label", "effective_date", "change", "published_at", "published_by"]
    copy_view_enabled = False
