import io
from datetime import date

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.utils import timezone
from wagtail.models import Page

from integrity_platform.people.models import Member, Organisation


def counts():
    return (
        get_user_model().objects.count(),
        Member.objects.count(),
        Organisation.objects.count(),
        Page.objects.count(),
        Page.objects.filter(live=True).count(),
    )


@pytest.mark.django_db
def test_seed_demo_twice_changes_nothing(demo):
    # `demo` is what a first seed_demo left (the run's snapshot of it): seed it again.
    first = counts()
    passwords = dict(get_user_model().objects.values_list("email", "password"))
    out = io.StringIO()
    call_command("seed_demo", stdout=out)
    assert counts() == first
    assert dict(get_user_model().objects.values_list("email", "password")) == passwords
    # Seven demo accounts and eleven invited colleagues, six organisations, a home page
    # and two pages in four languages.
    assert first[:3] == (19, 19, 6)
    assert (
        not get_user_model()
        .objects.get(email="vertrokken-medewerker.lindenhove@example.org")
        .is_active
    )
    # Home, two pages, the ethics code, a course index, two courses and their ten lessons,
    # the dilemma library and its fourteen dilemmas, the toolbox with eight cases and three
    # tools, the guide, the Week of Integrity with its 2026 campaign and five items:
    # 52 pages, each in four languages.
    assert Page.objects.filter(depth__gte=2).count() == 208
    assert "officer@example.org" in out.getvalue() and "demo-Integrity-2026" in out.getvalue()


@pytest.mark.django_db
def test_demo_accounts_sign_in(client, demo):
    for email in ["officer@example.org", "partner@example.org", "admin@example.org"]:
        assert client.login(email=email, password="demo-Integrity-2026"), email
        client.logout()


@pytest.mark.django_db
def test_benchmark_prints_queries_and_times_and_leaves_no_trace(demo):
    before = counts()
    out = io.StringIO()
    call_command("benchmark", "--repeat", "1", "--queries-only", stdout=out)
    lines = out.getvalue().splitlines()
    assert lines[0].split() == ["page", "queries", "median", "ms"]
    rows = {line[:56].strip(): line[56:].split() for line in lines[1:]}
    assert int(rows["health check"][0]) == 1
    # The lists cost the same number of queries for 10 and for 50 members.
    for page in ("member list", "course progress"):
        ten = rows[f"{page}, coordinator, 10 members (50 a page)"][0]
        fifty = rows[f"{page}, coordinator, 50 members (50 a page)"][0]
        assert ten == fifty
    assert counts() == before


@pytest.mark.django_db
def test_demo_learners_are_in_every_state(demo):
    from courses.models import Enrolment

    ethics = {
        e.user.email: e.status
        for e in Enrolment.objects.with_status()
        .select_related("user", "course")
        .filter(course__leads_to_acknowledgement=True)
    }
    assert ethics["staff@example.org"] == "completed"
    assert ethics["coordinator@example.org"] == "in_progress"
    assert ethics["partner@example.org"] == "overdue"
    assert ethics["official@example.org"] == "not_started"


@pytest.mark.django_db
def test_demo_ethics_code_has_last_years_and_this_years_version_in_four_languages(demo):
    from certificates.models import CodeValue, CodeVersion
    from integrity_platform.demo.code import version_label

    year = timezone.localdate().year
    versions = list(CodeVersion.objects.order_by("effective_date"))
    # Last year's version, then this year's, which took in last year's proposal.
    assert [v.label for v in versions] == [version_label(year - 1), version_label()]
    assert [v.effective_date for v in versions] == [date(year - 1, 1, 1), date(year, 1, 1)]
    for version in versions:
        languages = sorted(version.texts.values_list("language", flat=True))
        assert languages == ["en", "es", "fr", "nl"], version.label
    assert CodeValue.objects.filter(locale__language_code="es").count() == 5


def test_the_demo_library_covers_every_theme_and_context_in_four_languages(demo):
    from dilemmas.models import Context, DilemmaPage, Playlist, Theme

    dilemmas = DilemmaPage.objects.filter(locale__language_code="nl")
    assert dilemmas.count() >= 12
    assert set(dilemmas.values_list("themes__key", flat=True)) == set(
        Theme.objects.filter(locale__language_code="nl").values_list("key", flat=True)
    )
    assert set(dilemmas.values_list("context", flat=True)) == set(Context.values)
    for language in ("fr", "en", "es"):
        assert DilemmaPage.objects.filter(locale__language_code=language).count() == len(dilemmas)
    # The playlist is a translatable snippet: one per language, under one translation key.
    playlists = Playlist.objects.select_related("locale")
    assert sorted(p.locale.language_code for p in playlists) == ["en", "es", "fr", "nl"]
    assert len({p.translation_key for p in playlists}) == 1
    assert {p.items.count() for p in playlists} == {5}
    assert playlists.get(locale__language_code="fr").title.startswith("Revue annuelle")


def test_the_demo_week_of_integrity_has_live_and_scheduled_items(demo):
    from wagtail.models import Revision

    from integrity_platform.campaigns.models import CampaignItemPage
    from integrity_platform.demo.guidance import CONTACTS
    from integrity_platform.guidance.models import IntegrityContact

    for language in ("nl", "fr", "en", "es"):
        items = CampaignItemPage.objects.filter(locale__language_code=language)
        assert items.live().count() == 3 and items.not_live().count() == 2
        scheduled = Revision.page_revisions.filter(
            object_id__in=[str(pk) for pk in items.not_live().values_list("pk", flat=True)],
            approved_go_live_at__isnull=False,
        )
        assert scheduled.count() == 2
        assert IntegrityContact.objects.filter(locale__language_code=language).count() == len(
            CONTACTS
        )
    landing = CampaignItemPage.objects.first().get_parent().get_parent()
    assert landing.specific.get_workflow().name.startswith("Week van de Integriteit")


WRK_REPORT = """Running 5s test @ http://127.0.0.1:8000/en/
  2 threads and 16 connections
  Latency Distribution
     50%   12.34ms
     75%   20.00ms
Requests/sec:    812.50
"""


def test_the_page_benchmark_reads_wrk_and_refuses_a_run_with_errors():
    from django.core.management.base import CommandError

    from integrity_platform.benchmarks.management.commands.benchmark import read_wrk

    assert read_wrk(WRK_REPORT, "/en/") == (812.5, 12.34)
    assert read_wrk(WRK_REPORT.replace("12.34ms", "1.50s"), "/en/") == (812.5, 1500.0)
    with pytest.raises(CommandError):
        read_wrk(WRK_REPORT + "  Non-2xx or 3xx responses: 3\n", "/en/")


def test_the_plain_reference_page_renders_its_thirteen_blocks(demo, client):
    # The yardstick the page benchmark serves over HTTP (its template lives with the model).
    from integrity_platform.benchmarks.management.commands.benchmark import Throughput

    page = Throughput(io.StringIO(), {}).reference_page()
    response = client.get(page.url)
    assert response.status_code == 200
    text = response.content.decode()
    assert "Section 0" in text and "Section 12" in text and "Paragraph 10" in text
    assert "Integrity is doing the right thing" in text
