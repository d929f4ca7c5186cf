"""Sane numbers in a review session, and minutes that name nobody, not even by title."""

import pytest
from django.utils import translation
from django.utils.translation import gettext

from integrity_platform.people.models import Member
from integrity_platform.review.forms import MinutesForm
from tests.certificates.helpers import sign_in_to_admin

from .test_sessions import (  # noqa: F401 (fixtures)
    coordinator,
    cycle_of,
    new_sessions,
    schedule,
    session,
    session_ids,
)

pytestmark = pytest.mark.django_db


def response_for(client, minutes):
    return schedule(
        client, cycle_of("Gemeente Lindenhove"), duration_minutes=minutes
    ).content.decode()


def test_a_session_lasts_from_a_quarter_of_an_hour_to_eight_hours(coordinator):  # noqa: F811
    lindenhove = cycle_of("Gemeente Lindenhove")
    before = session_ids()
    for minutes in (10**9, 481, 14, 0):
        response = schedule(coordinator, lindenhove, duration_minutes=minutes)
        assert response.status_code == 200, minutes
        assert not new_sessions(before).exists()
    assert "Ensure this value is less than or equal to 480." in response_for(coordinator, 10**9)
    for minutes in (15, 480):
        assert schedule(coordinator, lindenhove, duration_minutes=minutes).status_code == 302
    assert sorted(new_sessions(before).values_list("duration_minutes", flat=True)) == [15, 480]


def test_the_limit_is_told_in_the_coordinators_language(client, demo):
    sign_in_to_admin(client, "coordinator", language="nl")
    with translation.override("nl"):
        expected = gettext("Ensure this value is less than or equal to %(limit_value)s.") % {
            "limit_value": 480
        }
    assert expected.startswith("Zorg")  # Django's own Dutch
    assert expected in response_for(client, 10**9)


@pytest.fixture
def minutes_of(session):  # noqa: F811
    def minutes(note):
        return MinutesForm(
            {"violations_discussed": "yes", "violations_note": note, "changes_needed": "no"},
            instance=session,
        )

    return minutes


# Dutch, French, English and Spanish titles, and academic ones.
TITLES = ["Mevrouw", "mevr.", "Mw.", "Meneer", "de heer", "Dhr.", "Madame", "Mme", "Monsieur",
          "M.", "Mr", "Mrs.", "Ms", "Señora", "Señor", "Sra.", "Sr.", "Dr.", "prof."]  # fmt: skip


def test_a_surname_after_a_title_is_refused(minutes_of):
    official = Member.objects.get(user__email="official@example.org").user
    for title in TITLES:
        form = minutes_of(f"{title} {official.last_name} accepted a gift from a supplier.")
        assert not form.is_valid(), title
        assert "Describe what happened without naming anyone" in str(form.errors), title


def test_titles_without_a_members_name_are_fine(minutes_of):
    form = minutes_of("Mevrouw de voorzitter asked the team about gifts; Dr. Who was quoted.")
    assert form.is_valid(), form.errors
