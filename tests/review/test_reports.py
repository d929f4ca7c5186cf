"""The review dashboards: completion per organisation and the members x requirements
matrix, their scoping, exports and query counts."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from integrity_platform.people.models import Member, Organisation
from integrity_platform.review.models import Attendance, ReviewSession, ReviewStatus
from integrity_platform.review.status import refresh
from tests.certificates.helpers import sign_in_to_admin
from tests.factories import MemberFactory

pytestmark = pytest.mark.django_db
COMPLETION = "/admin/review/completion/"
STATUS = "/admin/review/status/"


def login(client, who):
    return sign_in_to_admin(client, who)


def export(client, url, **params):
    response = client.get(url, {"export": "csv", **params})
    return b"".join(response.streaming_content).decode()


def test_officer_sees_every_organisation_and_the_share_done(client, demo):
    login(client, "officer")
    lindenhove = Organisation.objects.get(name="Gemeente Lindenhove")
    year = timezone.localdate().year
    statuses = ReviewStatus.objects.filter(cycle__organisation=lindenhove, cycle__year=year)
    # This year Lindenhove reviews six members (official@, coordinator@, colleague@ and
    # three invited colleagues; the one who left is not counted). colleague@ and the finance
    # colleague signed and attended the session, so two are done.
    assert statuses.count() == 6 and statuses.filter(is_done=True).count() == 2
    page = client.get(COMPLETION).content.decode()
    bars = page.count('class="completion-chart__bar"')
    assert bars == Organisation.objects.count()  # one bar each
    assert "33% (2 of 6)" in page
    statuses.filter(pk=statuses.filter(is_done=False).first().pk).update(is_done=True)
    statuses.first().cycle.update_counts()  # as refresh() does after every change
    csv = export(client, COMPLETION)
    assert f"Gemeente Lindenhove,{year},6,3,0,50%" in csv


def test_coordinator_sees_only_their_own_organisation(client, demo):
    login(client, "coordinator")
    koudoube = Organisation.objects.get(name="Commune de Koudoubé")
    page = client.get(STATUS).content.decode()
    official = Member.objects.get(user__email="official@example.org").user.get_full_name()
    assert official in page
    other = client.get(STATUS, {"organisation": koudoube.pk}).context["object_list"]
    assert all(s.cycle.organisation.name == "Gemeente Lindenhove" for s in other)
    assert "Commune de Koudoubé" not in client.get(COMPLETION).content.decode()
    assert "@" not in export(client, STATUS)  # no email addresses in the export
    assert client.get(f"{STATUS}1/edit/").status_code == 404  # computed rows: no editing


def test_matrix_filters_by_state_and_exports_words(client, demo):
    login(client, "officer")
    official = Member.objects.get(user__email="official@example.org")
    status = ReviewStatus.objects.get(member=official)
    session = ReviewSession.objects.create(
        cycle=status.cycle, starts_at=timezone.now(), place="Raadzaal"
    )
    Attendance.objects.create(session=session, member=official, how="list")
    csv = export(client, STATUS, organisation=status.cycle.organisation_id)
    row = next(line for line in csv.splitlines() if line.startswith(official.user.get_full_name()))
    assert ",no,yes," in row  # not acknowledged yet, took part
    done = client.get(STATUS, {"state": "done"}).context["object_list"]
    assert official not in [s.member for s in done]


@pytest.mark.parametrize("url", [STATUS, COMPLETION])
def test_query_count_does_not_grow_with_members(client, demo, url):
    login(client, "officer")
    lindenhove = Organisation.objects.get(name="Gemeente Lindenhove")

    def count():
        with CaptureQueriesContext(connection) as queries:
            assert client.get(url).status_code == 200
        return len(queries)

    count()  # the page cache warmed (the request's site, navigation), as in steady use
    before = count()
    MemberFactory.create_batch(40, organisation=lindenhove)
    refresh(ReviewStatus.objects.filter(cycle__organisation=lindenhove).first().cycle)
    assert count() == before
