"""A large synthetic population for measuring the review dashboards at scale: organisations,
members and several years of review history, written with bulk inserts. Every name is
synthetic ("Synthetic municipality 0001", "synthetic-000001@example.invalid")."""

import random
from datetime import date

from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone

from integrity_platform.people.models import Member, Organisation
from integrity_platform.review.models import REVIEWED_ROLES, ReviewCycle, ReviewStatus

PREFIX = "Synthetic municipality"
BATCH = 5000


@transaction.atomic
def generate(organisations, members, years, *, seed=2026):
    """Add `organisations` organisations sharing `members` members, with a review cycle and a
    status for every member in each of the last `years` years. Returns the organisations."""
    rng = random.Random(seed)
    User = get_user_model()
    this_year = timezone.localdate().year
    start = Organisation.objects.filter(name__startswith=PREFIX).count()
    orgs = Organisation.objects.bulk_create(
        Organisation(
            name=f"{PREFIX} {start + i:04d}",
            kind=Organisation.Kind.FLEMISH_MUNICIPALITY,
            country="BE",
        )
        for i in range(organisations)
    )
    first_user = User.objects.filter(email__startswith="synthetic-").count()
    users = User.objects.bulk_create(
        (
            User(
                email=f"synthetic-{first_user + i:06d}@example.invalid",
                first_name="Synthetic",
                last_name=f"Member {first_user + i:06d}",
                password="!",  # unusable: nobody signs in as a synthetic member
            )
            for i in range(members)
        ),
        batch_size=BATCH,
    )
    people = Member.objects.bulk_create(
        (
            Member(
                user=user,
                organisation=orgs[i % len(orgs)],
                programme_role=REVIEWED_ROLES[i % len(REVIEWED_ROLES)],
                start_date=date(this_year - rng.randint(0, years + 2), 1, 1),
            )
            for i, user in enumerate(users)
        ),
        batch_size=BATCH,
    )
    for year in range(this_year - years + 1, this_year + 1):
        cycles = {
            cycle.organisation_id: cycle
            for cycle in ReviewCycle.objects.bulk_create(
                ReviewCycle(
                    organisation=org,
                    year=year,
                    opens_on=date(year, 2, 1),
                    due_on=date(year, 11, 30),
                )
                for org in orgs
            )
        }
        # Earlier years mostly done; this year under way.
        share_done = 0.9 if year < this_year else rng.uniform(0.3, 0.7)
        statuses = []
        for member in people:
            exempt = rng.random() < 0.02
            acknowledged = rng.random() < share_done + 0.05
            took_part = rng.random() < share_done + 0.05
            statuses.append(
                ReviewStatus(
                    cycle=cycles[member.organisation_id],
                    member=member,
                    acknowledged=acknowledged,
                    took_part=took_part,
                    onboarding_required=member.start_date.year == year,
                    onboarded=True,
                    is_exempt=exempt,
                    is_done=not exempt and acknowledged and took_part,
                )
            )
        ReviewStatus.objects.bulk_create(statuses, batch_size=BATCH)
        for cycle in cycles.values():
            cycle.update_counts()
    return orgs
