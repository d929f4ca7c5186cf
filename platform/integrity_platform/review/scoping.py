"""Which organisations' reviews a staff member may run or see.

The integrity officer sees every organisation; a coordinator their own (as for members,
see people.scoping); a facilitator schedules and runs sessions of their own organisation.
Every review view, list or single record, reads its querysets from here.
"""

from integrity_platform.people.models import Organisation
from integrity_platform.people.scoping import (
    active_member,
    manages_all_organisations,
    organisations_managed_by,
)

from .models import ChangeProposal, Exemption, ReviewCycle, ReviewSession, ReviewStatus


def organisations_reviewed_by(user):
    managed = organisations_managed_by(user)
    member = active_member(user)
    if member is not None and user.has_perm("review.add_reviewsession"):
        return (managed | Organisation.objects.filter(pk=member.organisation_id)).distinct()
    return managed


def _within(records, organisation_path, organisations, user):
    """`records` of `organisations` only; all of them, unfiltered, for someone who manages
    every organisation (Site history then keeps the entries of deleted records for them,
    see integrity_common.admin_scoping)."""
    if manages_all_organisations(user):
        return records
    return records.filter(**{f"{organisation_path}__in": organisations})


def cycles_for(user):
    return _within(ReviewCycle.objects.all(), "organisation", organisations_reviewed_by(user), user)


def sessions_for(user):
    return _within(
        ReviewSession.objects.all(), "cycle__organisation", organisations_reviewed_by(user), user
    )


def statuses_for(user):
    return _within(
        ReviewStatus.objects.all(), "cycle__organisation", organisations_managed_by(user), user
    )


def exemptions_for(user):
    return _within(
        Exemption.objects.all(), "cycle__organisation", organisations_reviewed_by(user), user
    )


def proposals_for(user):
    return _within(
        ChangeProposal.objects.all(),
        "session__cycle__organisation",
        organisations_reviewed_by(user),
        user,
    )
