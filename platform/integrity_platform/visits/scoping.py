"""Which work visits a staff member may see and record: those of the organisations they
manage (people.scoping), so a coordinator their own and the integrity officer all. Every
visits view reads its querysets from here."""

from integrity_platform.people.models import Member
from integrity_platform.people.scoping import manages_all_organisations, organisations_managed_by

from .models import WorkVisit


def visits_for(user):
    if manages_all_organisations(user):
        return WorkVisit.objects.all()
    return WorkVisit.objects.filter(organisation__in=organisations_managed_by(user))


def delegate_choices(organisation):
    """Who can join an organisation's delegation: its active members."""
    return (
        Member.objects.filter(organisation=organisation, is_active=True)
        .select_related("user")
        .order_by("user__last_name", "user__first_name", "pk")
    )
