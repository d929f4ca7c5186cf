"""A live dilemma session linked to an organisation's review session counts as attending."""

from datetime import timedelta

import pytest
from django.db import transaction
from django.test import Client
from django.utils import timezone

from dilemmas.live import join
from dilemmas.models import LiveSession
from dilemmas.signals import session_attended
from integrity_platform.review.models import Attendance, ReviewSession, ReviewStatus
from tests.dilemmas.conftest import library, playlist, tags  # noqa: F401
from tests.factories import PASSWORD, MemberFactory, OrganisationFactory


@pytest.fixture
def review_session(cycle):
    return ReviewSession.objects.create(
        cycle=cycle, starts_at=timezone.now() + timedelta(hours=1), place="Zaal 1"
    )


def test_the_coordinator_links_a_live_session_to_their_review_session(
    client,
    coordinator,
    review_session,
    playlist,  # noqa: F811
):
    client.login(email=coordinator.email, password=PASSWORD)
    page = client.get("/en/facilitate/sessions/")
    choices = dict(page.context["form"].fields["counts_for"].choices)
    reference = f"review-session:{review_session.pk}"
    assert reference in choices and "Lindenhove" in str(choices[reference])
    client.post(
        "/en/facilitate/sessions/",
        {"playlist": playlist.pk, "language": "en", "counts_for": reference},
    )
    assert LiveSession.objects.get().counts_for == reference
    forged = client.post(
        "/en/facilitate/sessions/",
        {"playlist": playlist.pk, "language": "en", "counts_for": "review-session:999"},
    )
    assert forged.context["form"].errors["counts_for"]
    assert LiveSession.objects.count() == 1


def test_members_who_join_are_recorded_as_attending(
    coordinator,
    review_session,
    lindenhove,
    committed,
):
    session = LiveSession.objects.create(
        title="Review",
        facilitator=coordinator,
        language="nl",
        counts_for=f"review-session:{review_session.pk}",
    )
    official = MemberFactory(organisation=lindenhove)
    outsider = MemberFactory(organisation=OrganisationFactory(name="Elders"))
    phone = Client()
    phone.force_login(official.user)
    with committed():  # the attendance is announced once the join is committed
        phone.post("/live/", {"code": session.code})
        phone.post("/live/", {"code": session.code})  # joining twice records once
        join(session, outsider.user)
        join(session, None, "A guest")
    attendance = Attendance.objects.get()
    assert (attendance.member, attendance.how) == (official, Attendance.How.DILEMMAS)
    assert ReviewStatus.objects.get(member=official).took_part


def test_a_join_that_is_rolled_back_is_never_announced(
    coordinator, review_session, lindenhove, committed
):
    session = LiveSession.objects.create(
        title="Review",
        facilitator=coordinator,
        language="nl",
        counts_for=f"review-session:{review_session.pk}",
    )
    official = MemberFactory(organisation=lindenhove)
    heard = []

    def listener(sender, user, **kwargs):
        heard.append(user)

    session_attended.connect(listener)
    try:
        with committed(), pytest.raises(RuntimeError):
            with transaction.atomic():
                join(session, official.user)
                raise RuntimeError("the request failed after the join")
        assert heard == []
        with committed():
            join(session, official.user)
        assert heard == [official.user]
    finally:
        session_attended.disconnect(listener)
