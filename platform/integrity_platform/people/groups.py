"""Wagtail's groups in the administration, the role groups named in the reader's language
(see apps.UsersConfig)."""

from wagtail.admin.ui.tables import TitleColumn
from wagtail.users.views import groups

from .roles import group_label


class GroupIndexView(groups.IndexView):
    columns = [
        TitleColumn(
            "name",
            accessor=lambda group: group_label(group.name),
            label=groups.IndexView.columns[0].label,
            sort_key="name",
            url_name="wagtailusers_groups:edit",
        ),
    ]


class GroupViewSet(groups.GroupViewSet):
    index_view_class = GroupIndexView
