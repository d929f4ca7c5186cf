"""The year in numbers, for the moral report to the funder: completion per organisation,
sessions held, whether violations were discussed, proposals for the code and the training
followed. Counts only: no member is named anywhere in it."""

from dataclasses import dataclass
from datetime import date

from django.utils import timezone

from certificates.queries import issued_counts
from courses.queries import completion_counts

from .models import Answer, ChangeProposal, ReviewCycle, ReviewSession


@dataclass
class YearSummary:
    year: int
    organisations: list  # ReviewCycle rows, with their counts
    members: int
    done: int
    sessions_held: int
    sessions_with_minutes: int
    violations_yes: int
    violations_no: int
    changes_yes: int
    proposals: int
    proposals_taken: int
    courses: list  # (course, completions)
    acknowledgements: list  # (kind, count)

    @property
    def percent_done(self):
        return round(100 * self.done / self.members) if self.members else 100


def yearly_summary(year):
    between = (date(year, 1, 1), date(year, 12, 31))
    cycles = list(
        ReviewCycle.objects.filter(year=year)
        .select_related("organisation")
        .order_by("organisation__name")
    )
    held = ReviewSession.objects.filter(cycle__year=year, starts_at__lte=timezone.now())
    minutes = held.filter(minutes_recorded_at__isnull=False)
    proposals = ChangeProposal.objects.filter(session__cycle__year=year)
    return YearSummary(
        year=year,
        organisations=cycles,
        members=sum(c.member_count for c in cycles),
        done=sum(c.done_count for c in cycles),
        sessions_held=held.count(),
        sessions_with_minutes=minutes.count(),
        violations_yes=minutes.filter(violations_discussed=Answer.YES).count(),
        violations_no=minutes.filter(violations_discussed=Answer.NO).count(),
        changes_yes=minutes.filter(changes_needed=Answer.YES).count(),
        proposals=proposals.count(),
        proposals_taken=proposals.filter(status=ChangeProposal.Status.TAKEN).count(),
        courses=completion_counts(between),
        acknowledgements=issued_counts(between),
    )
