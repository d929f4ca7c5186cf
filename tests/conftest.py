import io

import pytest
from django.core.management import call_command
from wagtail.models import Locale, Site

from integrity_platform.people import roles

from .factories import MemberFactory, OrganisationFactory


@pytest.fixture(autouse=True)
def _media_in_a_temporary_folder(settings, tmp_path):
    # Signed PDFs and uploads go to a folder of the test's own, never to var/media.
    settings.MEDIA_ROOT = tmp_path / "media"


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


def member_with_role(organisation, email, role):
    """A member of `organisation` holding a permission role, using the admin in English."""
    return MemberFactory(
        organisation=organisation,
        user__email=email,
        user__preferred_language="en",
        user__groups=[role],
    ).user


@pytest.fixture
def coordinator(role_groups, lindenhove):
    return member_with_role(lindenhove, "coord@example.org", roles.COORDINATOR)


@pytest.fixture
def officer(role_groups, lindenhove):
    return member_with_role(lindenhove, "officer@example.org", roles.INTEGRITY_OFFICER)


@pytest.fixture
def committed(django_capture_on_commit_callbacks):
    """Invitations leave when the transaction commits, which tests never do: wrap a
    request in `with committed():` to run its on-commit callbacks as a real commit would."""
    return lambda: django_capture_on_commit_callbacks(execute=True)


@pytest.fixture
def english_home(db):
    """The site's home in English, so the library is read in English (/en/...)."""
    home = Site.objects.get(is_default_site=True).root_page
    english = Locale.objects.get_or_create(language_code="en")[0]
    translated = home.copy_for_translation(english)
    translated.save_revision().publish()
    return translated
