from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from .viewsets import WorkVisitViewSet


@hooks.register("register_admin_viewset")
def register_work_visits():
    return WorkVisitViewSet(name="work_visits")


@hooks.register("register_log_actions")
def register_visit_actions(actions):
    actions.register_action(
        "visits.remind", _("Remind"), _("Reminder sent to the delegates who had not taken note")
    )
