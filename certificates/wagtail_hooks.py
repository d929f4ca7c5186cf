from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.snippets.views.snippets import SnippetViewSet

from .admin_views import AcknowledgementViewSet
from .models import CodeValue, CodeVersion


class CodeValueViewSet(SnippetViewSet):
    model = CodeValue
    icon = "pick"
    menu_label = _("Values of the code")
    list_display = ["name", "motto", "key"]
    ordering = ["sort_order"]


class CodeVersionViewSet(ModelViewSet):
    """Versions are recorded by publishing the code page; here they are only looked at."""

    model = CodeVersion
    icon = "history"
    menu_label = _("Versions of the code")
    url_prefix = "code/versions"
    form_fields = ["effective_date"]
    list_display = ["label", "effective_date", "change", "published_at"]
    inspect_view_enabled = True
    inspect_view_fields = ["label", "effective_date", "change", "published_at", "published_by"]
    copy_view_enabled = False


class EthicsCodeGroup(ViewSetGroup):
    menu_label = _("Ethics code")
    menu_icon = "doc-full"
    menu_order = 220
    items = (
        AcknowledgementViewSet(name="acknowledgements"),
        CodeValueViewSet(),
        CodeVersionViewSet(name="code_versions"),
    )


@hooks.register("register_admin_viewset")
def register_ethics_code():
    return EthicsCodeGroup()


@hooks.register("register_log_actions")
def register_acknowledgement_actions(actions):
    actions.register_action("certificates.issue", _("Issue"), _("Acknowledgement issued"))
    actions.register_action("certificates.revoke", _("Revoke"), _("Acknowledgement revoked"))
    actions.register_action(
        "certificates.reissue", _("Re-issue"), _("Acknowledgement re-issued with corrections")
    )
