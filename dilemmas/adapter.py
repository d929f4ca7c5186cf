"""What the dilemmas plugin asks the host about people, through a swappable adapter.

The plugin knows nothing of organisations or the annual review; the host does, and names
its own adapter in the DILEMMAS_ADAPTER setting (see allauth's ACCOUNT_ADAPTER). The
default suits a site without them: Django permissions decide, and no session counts
toward anything.
"""

from django.utils.module_loading import import_string
from django.utils.translation import gettext_lazy as _

from integrity_common.permissions import has_perm

from .app_settings import app_settings


class DefaultDilemmasAdapter:
    def can_see_recruitment_dilemmas(self, user):
        """Dilemmas put to candidates in interviews stay out of the library: only staff
        who sit on interview panels may read and print them."""
        return has_perm(user, "dilemmas.view_recruitment_dilemmas")

    def can_facilitate(self, user):
        """Who may start and run a live session."""
        return has_perm(user, "dilemmas.add_livesession")

    def sees_every_session(self, user):
        """Who may open sessions other facilitators run (to take over, or for reports)."""
        return user.is_superuser

    def counts_for_choices(self, user):
        """(reference, label) pairs of what a session run by `user` can count toward, such
        as an organisation's annual review session. The reference travels back to the
        host in the `session_attended` signal."""
        return []

    def contact_choices(self):
        """(key, label) of the people a toolbox page can tell readers to ask. The host
        names its own integrity contacts; these are the roles the policy knows."""
        return [
            ("integrity_adviser", _("Integrity adviser")),
            ("complaints_manager", _("Complaints manager")),
            ("confidential_counsellor", _("Confidential counsellor")),
            ("integrity_officer", _("Integrity officer")),
            ("financial_manager", _("Programme or financial manager")),
        ]

    def contacts_for(self, key):
        """The contact entries for a role, each with `role`, `name`, `how_to_reach`,
        `email` and `phone` (any may be empty). The default knows nobody."""
        return []


def get_adapter():
    return import_string(app_settings.ADAPTER)()
