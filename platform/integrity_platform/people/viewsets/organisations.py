from django.utils.translation import gettext_lazy as _
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet

from integrity_common.admin_scoping import ScopedViewSetMixin

from ..models import Organisation
from ..scoping import organisations_managed_by
from .members import MemberViewSet


class OrganisationViewSet(ScopedViewSetMixin, ModelViewSet):
    model = Organisation
    icon = "site"
    menu_label = _("Organisations")
    url_prefix = "organisations"
    form_fields = ["name", "kind", "country", "email_domains", "sign_in_provider"]
    list_display = ["name", "kind", "country"]
    list_filter = ["kind"]
    search_fields = ["name"]
    search_backend_name = None
    copy_view_enabled = False

    def visible_to(self, user):
        return organisations_managed_by(user)


class PeopleGroup(ViewSetGroup):
    menu_label = _("People")
    menu_icon = "group"
    menu_order = 200
    items = (MemberViewSet(name="members"), OrganisationViewSet(name="organisations"))
