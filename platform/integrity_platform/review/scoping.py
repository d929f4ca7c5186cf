"""Which organisations' reviews a staff member may run or see.

The integrity officer sees every organisation; a coordinator their own (as for members,
see people.scoping); a facilitator schedules and runs sessions of their own organisation.
"""

from integrity_platform.people.models import Organisation
from integrity_platform.people.scoping import active_member, organisations_managed_by

from .models import ReviewCycle, ReviewSession, ReviewStatus


def organisations_reviewed_by(user):
    managed = organisations_managed_by(user)
    member = active_member(user)
    if member is not None and user.has_perm("review.add_reviewsession"):
        return (managed | Organisation.objects.filter(pk=member.organisation_id)).distinct()
    return managed


def cycles_for(user):
    return ReviewCycle.objects.filter(organisation__in=organisations_reviewed_by(user))


def sessions_for(user):
    return ReviewSession.objects.filter(cycle__organisation__in=organisations_reviewed_by(user))


def statuses_for(user):
    return ReviewStatus.objects.filter(cycle__organisation__in=organisations_managed_by(user))
