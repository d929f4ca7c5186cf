"""wagtail.users as installed on this platform (INSTALLED_APPS names this class).

Kept apart from apps.py: a module with two app configs would leave Django unsure which one
is the people app's."""

from wagtail.users.apps import WagtailUsersAppConfig


class UsersConfig(WagtailUsersAppConfig):
    """wagtail.users, with a list of groups that names the role groups in the reader's
    language (Wagtail's list reads the stored name)."""

    group_viewset = "integrity_platform.people.groups.GroupViewSet"
