from datetime import date

import pytest

from certificates.issuing import issue
from certificates.models import CodeVersion, Receipt
from integrity_platform.people.models import Member
from integrity_platform.visits.models import Delegate, WorkVisit
from tests.certificates.conftest import code, integrity_value, publish  # noqa: F401 (fixtures)
from tests.factories import MemberFactory

# Every test runs on a fixed day (time_machine), so no date below depends on the clock.
TODAY = date(2026, 10, 20)


@pytest.fixture(autouse=True)
def _fixed_day(time_machine):
    time_machine.move_to("2026-10-20 10:00 +02:00", tick=False)


@pytest.fixture
def version(code):  # noqa: F811
    publish(code)
    return CodeVersion.objects.get()


def delegate_member(organisation, last_name, language="nl", **extra):
    return MemberFactory(
        organisation=organisation,
        programme_role=Member.ProgrammeRole.DELEGATION_MEMBER,
        user__first_name="Delegate",
        user__last_name=last_name,
        user__preferred_language=language,
        **extra,
    )


@pytest.fixture
def an(lindenhove):
    return delegate_member(lindenhove, "An Peeters")


@pytest.fixture
def bram(lindenhove):
    return delegate_member(lindenhove, "Bram Claes", language="fr")


def make_visit(organisation, *members, **fields):
    values = {
        "name": "Stedenbandbezoek",
        "destination": "Koudoubé, Burkina Faso",
        "starts_on": date(2026, 11, 2),
        "ends_on": date(2026, 11, 9),
        **fields,
    }
    visit = WorkVisit.objects.create(organisation=organisation, **values)
    for member in members:
        Delegate.objects.create(visit=visit, member=member)
    return visit


@pytest.fixture
def visit(lindenhove, an, bram):
    return make_visit(lindenhove, an, bram)


@pytest.fixture
def koudoube_visit(koudoube):
    other = delegate_member(koudoube, "Awa Ouédraogo", language="fr")
    return make_visit(koudoube, other, name="Visite à Lindenhove", destination="Lindenhove")


def take_note(member, visit, version, language="nl"):
    """A receipt for the visit, as the signing flow issues it."""
    user = member.user
    return issue(
        Receipt,
        user=user,
        version=version,
        language=language,
        text_checksum=version.texts.get(language="nl").checksum,
        statement=f"Ik, {user.get_full_name()}, nam kennis van de code tijdens {visit}.",
        full_name=user.get_full_name(),
        visit=visit.receipt_title,
        visit_start=visit.starts_on,
        visit_end=visit.ends_on,
        period=visit.period,
    )[0]
