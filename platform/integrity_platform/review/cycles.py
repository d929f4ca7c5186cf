"""Opening the year's review: one cycle per organisation, everyone's status computed."""

from django.db import transaction

from integrity_platform.people.models import Organisation

from .models import ReviewCycle
from .status import refresh


@transaction.atomic
def open_cycles(year, *, opens_on, due_on, organisations=None, catch_up_course=None, by=None):
    """Open the year's cycle for these organisations (default: all); an organisation that
    already has one keeps it. Returns the cycles opened now."""
    organisations = Organisation.objects.all() if organisations is None else organisations
    existing = set(
        ReviewCycle.objects.filter(year=year, organisation__in=organisations).values_list(
            "organisation_id", flat=True
        )
    )
    opened = []
    for organisation in organisations:
        if organisation.pk in existing:
            continue
        cycle = ReviewCycle.objects.create(
            organisation=organisation,
            year=year,
            opens_on=opens_on,
            due_on=due_on,
            catch_up_course=catch_up_course,
            opened_by=by,
        )
        refresh(cycle)
        opened.append(cycle)
    return opened
