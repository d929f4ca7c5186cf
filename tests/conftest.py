import io
import os
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from django.core.management import call_command
from django.utils import timezone, translation
from wagtail.models import Locale, Site

from integrity_platform.people import roles

from . import demo_snapshot as snapshots
from . import template_database
from .factories import MemberFactory, OrganisationFactory

# `--clock` runs the whole suite at a chosen moment, to show no test depends on the hour
# or the date it runs (the issue asks for 00:30 and 23:30 Brussels time on 31 December):
#   .venv/bin/pytest -n 2 --clock 2026-12-31T00:30+01:00     (or: make test-clock CLOCK=...)
# A moment without an offset is read in Brussels time, the platform's time zone.
BRUSSELS = ZoneInfo("Europe/Brussels")
CLOCK = pytest.StashKey()


def pytest_addoption(parser):
    parser.addoption(
        "--clock",
        metavar="MOMENT",
        help="run every test with the clock set to this ISO 8601 moment, e.g. "
        "2026-12-31T23:30+01:00 (without an offset: Europe/Brussels); the clock keeps ticking",
    )


def clock_moment(config):
    value = config.getoption("clock", None)
    if not value:
        return None
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        raise pytest.UsageError(f"--clock: not an ISO 8601 moment: {value!r}") from None
    return moment if moment.tzinfo else moment.replace(tzinfo=BRUSSELS)


def pytest_configure(config):
    # pytest_configure runs in every process, the xdist workers included, before any
    # fixture: the test database, the fixtures, the tests and the live server's thread (the
    # browser tests' Django) all see the moved clock. time-machine patches the process-wide
    # clock functions, so other threads follow. Chromium's own clock (JavaScript's Date,
    # cookie expiry) is not moved, which is acceptable: no journey reads the time in
    # JavaScript, and Django's cookies carry Max-Age, which the browser counts from its own
    # clock and prefers over the (moved) Expires date.
    moment = clock_moment(config)
    if moment is None:
        return
    import time_machine

    # A timestamp rather than the datetime: time-machine would otherwise also set the
    # process's TZ to a UTC destination's zone; Django has set it to Europe/Brussels.
    traveller = time_machine.travel(moment.timestamp(), tick=True)
    traveller.start()
    config.stash[CLOCK] = traveller


@pytest.fixture(autouse=True)
def default_language():
    """Every test starts in the site's default language. A request made by an earlier test
    on the same worker leaves its language active in the thread, so a test that reads a
    translated text without choosing a language would pass or fail with the order."""
    translation.deactivate()
    yield
    translation.deactivate()


@pytest.fixture(scope="session")
def django_db_modify_db_settings(
    django_db_modify_db_settings_parallel_suffix, django_db_blocker, tmp_path_factory, request
):
    """Under xdist, each worker's test database is a copy of one migrated once for the run
    (tests/template_database.py) instead of migrated from nothing by every worker."""
    if not os.environ.get("PYTEST_XDIST_WORKER") or request.config.getvalue("reuse_db"):
        yield
        return
    with django_db_blocker.unblock():
        release = template_database.use(tmp_path_factory)
    yield
    release()


def pytest_sessionfinish(session):
    is_controller = not hasattr(session.config, "workerinput")
    if is_controller and getattr(session.config.option, "numprocesses", None):
        template_database.drop_postgresql_template(session.config)


def pytest_unconfigure(config):
    traveller = config.stash.get(CLOCK, None)
    if traveller is not None:
        traveller.stop()


def pytest_report_header(config):
    moment = clock_moment(config)
    if moment is not None:
        local = moment.astimezone(BRUSSELS)
        return f"clock: {moment.isoformat()} ({local:%Y-%m-%d %H:%M} in Brussels), ticking"


@pytest.fixture(autouse=True)
def _media_in_a_temporary_folder(settings, tmp_path):
    # Signed PDFs and uploads go to a folder of the test's own, never to var/media.
    settings.MEDIA_ROOT = tmp_path / "media"
    # The signed PDFs' private storage (outside MEDIA_ROOT, as in production), likewise.
    settings.STORAGES = {
        **settings.STORAGES,
        "certificates": {
            **settings.STORAGES["certificates"],
            "OPTIONS": {"location": tmp_path / "private"},
        },
    }


@pytest.fixture(autouse=True)
def _clear_cache():
    # allauth counts sign-in attempts in the cache; each test starts with a clean slate.
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def shared_cache_reads(monkeypatch):
    """A list that records each key read from the shared cache (Redis in production) from
    now on."""
    from django.core.cache import cache

    reads = []
    read = cache.get
    monkeypatch.setattr(
        cache, "get", lambda key, *args, **kw: (reads.append(key), read(key, *args, **kw))[1]
    )
    return reads


@pytest.fixture
def queries_of():
    """`queries_of(request)`: how many queries `request()` makes. Counted at once from an
    empty log: each request empties Django's query log, so a CaptureQueriesContext read
    after a later request reads what is left of it, not what it captured."""
    from django.db import connection, reset_queries
    from django.test.utils import CaptureQueriesContext

    def count(request):
        reset_queries()
        with CaptureQueriesContext(connection) as queries:
            request()
        return len(queries)

    return count


@pytest.fixture
def role_groups(db):
    roles.sync_role_groups()


@pytest.fixture(scope="session")
def demo_snapshot(django_db_setup, django_db_blocker, tmp_path_factory):
    """The demo as `seed_demo` leaves it inside a test's transaction, made once per worker
    (tests/demo_snapshot.py)."""
    with django_db_blocker.unblock():
        return snapshots.shared(tmp_path_factory, "demo", committed=False)


@pytest.fixture
def demo(demo_snapshot, db):
    if demo_snapshot.day == timezone.localdate():
        snapshots.restore(demo_snapshot)
    else:  # the day turned since the snapshot: the demo is dated from the day it is loaded
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
    """A member of `organisation` holding a permission role, using the admin in English.

    Every role opens the admin, which requires two-step verification: the member has an
    authenticator app (TOTP_SECRET). force_login and client.login skip allauth's code step,
    as they skip its password step; tests/accounts/test_two_step.py signs in for real."""
    user = MemberFactory(
        organisation=organisation,
        user__email=email,
        user__preferred_language="en",
        user__groups=[role],
    ).user
    return with_two_step(user)


# The authenticator-app secret of test accounts that open the admin.
TOTP_SECRET = "TESTINTEGRITYTESTINTEGRITY234567"


def with_two_step(user, secret=TOTP_SECRET):
    """Give `user` an authenticator app, as allauth stores one once set up."""
    from allauth.mfa.totp.internal.auth import TOTP

    TOTP.activate(user, secret)
    return user


@pytest.fixture
def admin_user(admin_user):
    """pytest-django's superuser, with the authenticator app the admin requires of them."""
    return with_two_step(admin_user)


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
