from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


class PeopleConfig(AppConfig):
    name = "integrity_platform.people"
    label = "people"
    verbose_name = _("Organisations and members")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from . import receivers  # noqa: F401
        from .roles import sync_role_groups_after_migrate

        post_migrate.connect(sync_role_groups_after_migrate, sender=self)
        show_role_groups_translated()


def show_role_groups_translated():
    """Everywhere a group is shown by its str() (the user form's checkboxes, workflow
    tasks, messages), a role's group shows its name in the reader's language; the stored
    name stays the fixed identifier roles.py looks it up by."""
    from django.contrib.auth.models import Group

    from .roles import group_label

    Group.__str__ = lambda group: str(group_label(group.name))
