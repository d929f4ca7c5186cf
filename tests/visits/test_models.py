"""Work visits and delegates as recorded: dates that make sense, one delegate per member."""

from datetime import date

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import translation

from integrity_platform.visits.models import Delegate, WorkVisit

from .conftest import make_visit

pytestmark = pytest.mark.django_db


def test_a_visit_names_itself_and_its_due_period(visit):
    assert str(visit) == "Stedenbandbezoek – Koudoubé, Burkina Faso"
    assert visit.receipt_title == str(visit)
    assert visit.period == f"visit-{visit.pk}"
    assert WorkVisit._meta.app_label == "visits"
    with translation.override("en"):
        assert str(WorkVisit._meta.verbose_name) == "work visit"


def test_the_last_day_cannot_be_before_the_first(lindenhove):
    visit = WorkVisit(
        organisation=lindenhove,
        name="Bezoek",
        destination="Valle Alto, Perú",
        starts_on=date(2026, 11, 9),
        ends_on=date(2026, 11, 2),
    )
    with translation.override("en"):
        with pytest.raises(ValidationError) as error:
            visit.full_clean()
        # Read inside the override: the message is translated when it is read.
        assert error.value.message_dict["ends_on"] == [
            "The last day cannot be before the first day."
        ]
    # The database refuses it too, whatever bypasses the form.
    with pytest.raises(IntegrityError), transaction.atomic():
        visit.save()
    visit.ends_on = visit.starts_on  # a one-day visit is fine
    visit.full_clean()


def test_a_receipt_has_room_for_the_longest_name_and_destination(lindenhove):
    visit = make_visit(lindenhove, name="n" * 120, destination="d" * 75)
    assert len(visit.receipt_title) <= 200  # certificates' Receipt.visit


def test_a_member_is_a_delegate_of_a_visit_once(visit, an):
    with pytest.raises(IntegrityError), transaction.atomic():
        Delegate.objects.create(visit=visit, member=an)
    assert visit.delegates.count() == 2


def test_deleting_a_visit_removes_its_delegates_not_the_members(visit, an):
    visit.delete()
    assert not Delegate.objects.exists()
    an.refresh_from_db()
