"""The demo has lived a year: last year's review closed, this year's running, so every
dashboard shows real numbers on first run. Loaded on a fixed day, since its dates are
relative to the day it is loaded."""

import io
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.core.management import call_command

from certificates.models import Acknowledgement, CodeVersion
from certificates.queries import status_of
from dilemmas.models import LiveSession, Phase
from integrity_platform.demo.history import PROPOSED_RULE
from integrity_platform.review.models import ChangeProposal, ReviewCycle, ReviewStatus, State
from integrity_platform.review.summary import yearly_summary
from tests import demo_snapshot as snapshots

pytestmark = pytest.mark.django_db
LOADED = datetime(2026, 12, 6, 10, 0, tzinfo=ZoneInfo("Europe/Brussels"))


@pytest.fixture(scope="module")
def lived_demo_snapshot(django_db_setup, django_db_blocker, tmp_path_factory):
    """The demo loaded on LOADED, once per run (tests/demo_snapshot.py)."""
    with django_db_blocker.unblock():
        return snapshots.shared(tmp_path_factory, "lived-demo", committed=False, at=LOADED)


@pytest.fixture
def lived_demo(lived_demo_snapshot, db):
    with time_machine.travel(LOADED, tick=False):
        snapshots.restore(lived_demo_snapshot)
        yield


def test_the_code_has_two_versions_and_last_years_proposal_is_in_this_years(lived_demo):
    last, this = CodeVersion.objects.order_by("effective_date")
    assert (last.label, this.label) == ("2025.1", "2026.1")
    rule = PROPOSED_RULE["nl"]
    assert rule not in last.texts.get(language="nl").text
    assert rule in this.texts.get(language="nl").text
    assert PROPOSED_RULE["fr"] in this.texts.get(language="fr").text
    proposal = ChangeProposal.objects.get()
    assert (proposal.status, proposal.version_label) == ("taken", "2026.1")
    assert proposal.session.cycle.year == 2025


def test_last_year_is_closed_and_this_year_is_running_in_every_state(lived_demo):
    counts = {
        (cycle.year, cycle.organisation.name): (cycle.member_count, cycle.done_count)
        for cycle in ReviewCycle.objects.select_related("organisation")
    }
    assert counts[(2025, "Gemeente Lindenhove")] == (4, 3)
    assert counts[(2025, "Internationaal team van de vereniging")] == (2, 2)
    assert counts[(2026, "Gemeente Lindenhove")] == (6, 2)
    with time_machine.travel(LOADED, tick=False):
        states = set(
            ReviewStatus.objects.with_state()
            .filter(cycle__year=2026)
            .values_list("state", flat=True)
        )
    assert states == {State.DONE, State.IN_PROGRESS, State.OVERDUE, State.EXEMPT}

    last_year = yearly_summary(2025)
    assert (last_year.sessions_held, last_year.violations_yes, last_year.proposals_taken) == (
        2,
        1,
        1,
    )
    assert last_year.done == 5 and sum(n for _kind, n in last_year.acknowledgements) == 5
    this_year = yearly_summary(2026)
    assert this_year.sessions_held == 1 and this_year.done == 4


def test_a_long_serving_official_holds_both_years_acknowledgements(lived_demo, client):
    held = Acknowledgement.objects.filter(user__email="colleague@example.org").order_by(
        "acknowledged_on"
    )
    assert [(a.version.label, a.period) for a in held] == [
        ("2025.1", "review-2025"),
        ("2026.1", "review-2026"),
    ]
    with time_machine.travel(LOADED, tick=True):
        assert [status_of(a) for a in held] == ["superseded", "valid"]
        client.login(email="colleague@example.org", password="demo-Integrity-2026")
        record = client.get("/en/review/record/").content.decode()
    assert "2025.1" in record and "2026.1" in record


def test_an_ended_live_session_counts_for_lindenhoves_review(lived_demo):
    session = LiveSession.objects.get()
    assert session.phase == Phase.ENDED and session.votes.count() > 0
    assert session.counts_for.startswith("review-session:")


def test_loading_the_lived_demo_twice_adds_nothing(lived_demo):
    def counts():
        return (
            Acknowledgement.objects.count(),
            CodeVersion.objects.count(),
            ReviewStatus.objects.count(),
            LiveSession.objects.count(),
            ChangeProposal.objects.count(),
        )

    before = counts()
    with time_machine.travel(LOADED, tick=False):
        call_command("seed_demo", stdout=io.StringIO())
    assert counts() == before


def test_a_work_visit_with_one_delegate_who_took_note(lived_demo, client):
    from integrity_platform.visits.models import WorkVisit

    visit = WorkVisit.objects.get()
    noted = Acknowledgement.objects.filter(period=visit.period)
    assert visit.delegates.count() == 2
    assert [a.user.email for a in noted] == [
        "schepen-ontwikkelingssamenwerking.scheldemeer@example.org"
    ]
    with time_machine.travel(LOADED, tick=True):
        client.login(email="delegate@example.org", password="demo-Integrity-2026")
        home = client.get("/en/").content.decode()
    assert f"/en/acknowledge/?for={visit.period}" in home
