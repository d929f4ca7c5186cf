"""What the annual review asks of the certificates plugin: every review year, a new
acknowledgement of the code (the host's CertificatesAdapter passes it on).

The plugin knows nothing of cycles; it is told a due period, "review-2027", under which
the person may hold one standing acknowledgement of a version. Last year's stays on
record as last year's.
"""

from django.utils import timezone
from django.utils.translation import gettext as _

from certificates.adapter import Due

from .models import REVIEWED_ROLES, ReviewCycle, ReviewStatus


def review_period(year):
    return f"review-{year}"


def opened_cycle(member, day):
    """The member's review cycle of `day`'s year, if it had opened by that day."""
    if member.programme_role not in REVIEWED_ROLES:
        return None
    return ReviewCycle.objects.filter(
        organisation_id=member.organisation_id, year=day.year, opens_on__lte=day
    ).first()


def this_years_standing(member):
    """The member's status in this year's review, once it has opened; else None. One
    query: the status table already knows whether they acknowledged within the cycle (it
    is refreshed when an acknowledgement is issued or revoked and when a version is
    published)."""
    today = timezone.localdate()
    return (
        ReviewStatus.objects.filter(
            member=member, cycle__year=today.year, cycle__opens_on__lte=today
        )
        .select_related("cycle")
        .first()
    )


def review_due(standing):
    """A Due for the year of this standing when the member has not acknowledged within it;
    else None."""
    if standing is None or standing.acknowledged:
        return None
    year = standing.cycle.year
    return Due(period=review_period(year), label=_("Annual review %(year)s") % {"year": year})


def period_on(member, day):
    """The due period of an acknowledgement the member made on `day` (for one recorded on
    their behalf, e.g. a paper signature of last year)."""
    return review_period(day.year) if opened_cycle(member, day) else ""
