"""The programme role the learner pages ask for on every request (people.scoping.
active_role): the role of an active membership, in one light query."""

import pytest
from django.contrib.auth.models import AnonymousUser
from django.db import connection
from django.test.utils import CaptureQueriesContext

from integrity_platform.people.models import Member
from integrity_platform.people.scoping import active_role

from ..factories import MemberFactory, UserFactory

pytestmark = pytest.mark.django_db


def fresh(user):
    return type(user).objects.get(pk=user.pk)


def test_the_role_of_an_active_membership_only(lindenhove):
    official = MemberFactory(organisation=lindenhove).user
    delegate = MemberFactory(
        organisation=lindenhove, programme_role=Member.ProgrammeRole.DELEGATION_MEMBER
    ).user
    departed = MemberFactory(organisation=lindenhove, is_active=False).user
    assert active_role(fresh(official)) == Member.ProgrammeRole.MUNICIPAL_OFFICIAL
    assert active_role(fresh(delegate)) == Member.ProgrammeRole.DELEGATION_MEMBER
    assert active_role(fresh(departed)) is None
    assert active_role(fresh(UserFactory())) is None  # no membership
    assert active_role(AnonymousUser()) is None


def test_one_query_and_none_when_the_membership_is_loaded(lindenhove):
    user = fresh(MemberFactory(organisation=lindenhove).user)
    with CaptureQueriesContext(connection) as queries:
        active_role(user)
    assert len(queries) == 1
    assert user.member.is_active  # loaded by another part of the page: answered from it
    with CaptureQueriesContext(connection) as queries:
        role = active_role(user)
    assert (len(queries), role) == (0, Member.ProgrammeRole.MUNICIPAL_OFFICIAL)
