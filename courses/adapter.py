"""What the courses plugin needs to know about people, asked through a swappable adapter.

The plugin knows nothing of organisations or programme roles; the host does. The host
names its own adapter in the COURSES_ADAPTER setting (see allauth's ACCOUNT_ADAPTER).
The default suits a site without organisations: one audience, only superusers see reports.
"""

from django.contrib.auth import get_user_model
from django.utils import timezone
from django.utils.module_loading import import_string
from django.utils.translation import gettext_lazy as _

from integrity_common.organisations import NoOrganisations

from .app_settings import app_settings


class DefaultCoursesAdapter(NoOrganisations):
    def audience_choices(self):
        """(value, label) pairs of the audiences a course can be meant for."""
        return [("everyone", _("Everyone"))]

    def audience_of(self, user):
        """The audience value a learner belongs to, or None."""
        return "everyone" if user.is_authenticated else None

    def learners_in_audience(self, learners, audience):
        """Those of `learners` (a queryset of users) in `audience`: assigning a course to a
        role reads them at once. The host answers in one query."""
        return [user for user in learners if self.audience_of(user) == audience]

    def start_date_of(self, user):
        """The day the learner started; required courses are due a number of days after."""
        return timezone.localdate(user.date_joined) if user.date_joined else None

    def learners_visible_to(self, user):
        """The users whose progress `user` may see in reports and assign courses to."""
        User = get_user_model()
        if user.is_superuser:
            return User.objects.filter(is_active=True)
        return User.objects.none()


def get_adapter():
    return import_string(app_settings.ADAPTER)()
