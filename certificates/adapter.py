"""What the certificates plugin asks the host about people (see CERTIFICATES_ADAPTER).

The plugin knows nothing of organisations or roles in the programme; the host does. The
default suits a site without organisations: everyone signs for agreement, and only
superusers record acknowledgements for others.
"""

from dataclasses import dataclass, field

from django.conf import settings
from django.contrib.auth import get_user_model
from django.utils.module_loading import import_string

from integrity_common.organisations import NoOrganisations

from .app_settings import app_settings
from .models import Kind


@dataclass(frozen=True)
class Due:
    """An acknowledgement the host asks a person for, and why.

    `period` names the due period: with the person and the version of the code it makes an
    acknowledgement unique, so that the same acknowledgement asked again in a new period (a
    new review year, another work visit) is a new one, and a double submission in the same
    period is not. "" is the once-only acknowledgement of a version. The plugin never reads
    meaning into it: "review-2027" and "visit-12" are the host's words.
    """

    period: str = ""
    label: str = ""  # why it is asked, in words: "Annual review 2027", "Work visit to …"
    kind: str | None = None  # the kind asked; None: kind_for(user)
    initial: dict = field(default_factory=dict)  # form values the host fills in
    fixed: tuple = ()  # names among `initial` the person cannot change (the visit)


class DefaultCertificatesAdapter(NoOrganisations):
    def acknowledgements_due(self, user):
        """What this person is asked to acknowledge now, most pressing first: a list of Due.
        The default asks once per version: only someone without a current acknowledgement."""
        from .queries import current_acknowledgement

        return [Due()] if current_acknowledgement(user) is None else []

    def unfinished_before_acknowledging(self, user):
        """What this person must finish before acknowledging (onboarding before a first
        signature): a list of (title, url). The default asks nothing first."""
        return []

    def period_on(self, user, day):
        """The due period of an acknowledgement recorded on someone's behalf and signed on
        `day` (a paper signature of last year belongs to last year)."""
        return ""

    def kind_for(self, user):
        """Which kind of acknowledgement this person is offered."""
        return Kind.SIGNATURE

    def details_on_record(self, user):
        """The person's details as the site records them, which what they acknowledge
        carries unchanged: full_name, and where the host knows them employer and (for a
        partner) organisation. The signing form shows them read-only and ignores whatever
        is posted instead; only the integrity officer issues in other details, giving a
        reason (see viewsets/recording.py)."""
        return {"full_name": user.get_full_name() or user.get_username()}

    def correction_url(self, user):
        """Where the person asks for a correction of their details on record; "" when the
        site has no such page (the default)."""
        return ""

    def may_see_acknowledgements_of(self, viewer, person):
        """Whether `viewer` may open `person`'s acknowledgements and their signed PDFs
        (everyone may open their own). The default: whoever may view every one."""
        return viewer.has_perm("certificates.view_acknowledgement")

    def language_of(self, user):
        """The language an acknowledgement recorded for this person is issued in."""
        return getattr(user, "preferred_language", "") or settings.LANGUAGE_CODE

    def acknowledgements_visible_to(self, user, acknowledgements):
        """`acknowledgements` kept to those `user` may see in the admin. The default keeps
        them all: whoever has the view permission sees every one."""
        return acknowledgements

    def people_visible_to(self, user):
        """The people `user` may record an acknowledgement for."""
        User = get_user_model()
        return User.objects.filter(is_active=True) if user.is_superuser else User.objects.none()


def get_adapter():
    return import_string(app_settings.ADAPTER)()
