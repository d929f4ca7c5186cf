import io

import pytest
from django.core.management import call_command

from integrity_platform.people import roles

from .factories import MemberFactory, OrganisationFactory


@pytest.fixture(autouse=True)
def _clear_cache():
    # allauth counts sign-in attempts in the cache; each test starts with a clean slate.
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def role_groups(db):
    roles.sync_role_groups()


@pytest.fixture
def demo(db):
    call_command("seed_demo", stdout=io.StringIO())


@pytest.fixture
def lindenhove(db):
    return OrganisationFactory(name="Gemeente Lindenhove")


@pytest.fixture
def koudoube(db):
    return OrganisationFactory(
        name="Commune de Koudoubé", kind="partner_municipality", country="BF"
    )


@pytest.fixture
def coordinator(role_groups, lindenhove):
    return MemberFactory(
        organisation=lindenhove,
        user__email="coord@example.org",
        user__preferred_language="en",
        user__groups=[roles.COORDINATOR],
    ).user


@pytest.fixture
def officer(role_groups, lindenhove):
    return MemberFactory(
        organisation=lindenhove,
        user__email="officer@example.org",
        user__preferred_language="en",
        user__groups=[roles.INTEGRITY_OFFICER],
    ).user


@pytest.fixture
def committed(django_capture_on_commit_callbacks):
    """Invitations leave when the transaction commits, which tests never do: wrap a
    request in `with committed():` to run its on-commit callbacks as a real commit would."""
    return lambda: django_capture_on_commit_callbacks(execute=True)
