"""Every spreadsheet export of the platform opens safely: a name, title or note typed as
`=1+1` comes out as text, never as a formula (integrity_common/export.py)."""

import csv
import io

import pytest
from django.urls import get_resolver
from openpyxl import load_workbook
from wagtail.admin.viewsets import viewsets
from wagtail.admin.viewsets.base import ViewSet
from wagtail.models import PageLogEntry

from certificates.models import Acknowledgement
from dilemmas.models import DilemmaPage, LiveSession
from integrity_common.export import SafeSpreadsheetExportMixin, neutralise
from integrity_platform.people.models import Member, Organisation
from integrity_platform.review.models import ChangeProposal
from integrity_platform.visits.models import WorkVisit
from tests.certificates.helpers import sign_in_to_admin

FORMULA = "=1+1"


def cells(response):
    body = (
        b"".join(response.streaming_content) if response.streaming else response.content
    ).decode("utf-8-sig")
    return [cell for row in csv.reader(io.StringIO(body)) for cell in row]


def assert_harmless(response):
    assert response.status_code == 200
    found = cells(response)
    assert "'" + FORMULA in found  # shown as the text typed...
    assert FORMULA not in found  # ...never as a formula


@pytest.mark.parametrize("text", ["=1+1", "+1+1", "-1+1", "@SUM(A1)", "\t=1", "\r=1"])
def test_text_a_spreadsheet_would_calculate_gets_an_apostrophe(text):
    assert neutralise(text) == "'" + text


@pytest.mark.parametrize("value", ["Ana Peeters", "", "1+1", "a=b", -5, 3.5, None])
def test_other_values_are_left_as_they_are(value):
    assert neutralise(value) == value


def test_every_list_export_of_ours_is_guarded():
    # Including any viewset added later: its index view must take the mixin. (Wagtail's
    # own page explorer exports page titles, which only editors write.)
    get_resolver().url_patterns  # noqa: B018 (loading the admin's URLs registers the viewsets)
    exporting = [
        viewset
        for viewset in viewsets.viewsets
        if getattr(viewset, "list_export", ViewSet.UNDEFINED) not in (ViewSet.UNDEFINED, [])
        and not type(viewset).__module__.startswith("wagtail.")
    ]
    assert len(exporting) >= 7
    for viewset in exporting:
        assert issubclass(viewset.index_view_class, SafeSpreadsheetExportMixin), viewset


@pytest.fixture
def officer(client, demo):
    return sign_in_to_admin(client, "officer")


@pytest.fixture
def official_named_a_formula(demo):
    user = Member.objects.get(user__email="official@example.org").user
    user.first_name, user.last_name = FORMULA, ""
    user.save()
    return user


def test_members_export(officer, official_named_a_formula):
    assert_harmless(officer.get("/admin/members/", {"export": "csv"}))


def test_course_progress_export(officer, official_named_a_formula):
    assert_harmless(officer.get("/admin/courses/progress/", {"export": "csv"}))


def test_review_status_export(officer, official_named_a_formula):
    assert_harmless(officer.get("/admin/review/status/", {"export": "csv"}))


def test_completion_export_and_yearly_summary(officer):
    Organisation.objects.filter(name="Gemeente Lindenhove").update(name=FORMULA)
    assert_harmless(officer.get("/admin/review/completion/", {"export": "csv"}))
    assert_harmless(officer.get("/admin/review/summary/csv/"))


def test_acknowledgements_export(officer):
    Acknowledgement.objects.filter(pk=Acknowledgement.objects.first().pk).update(full_name=FORMULA)
    assert_harmless(officer.get("/admin/code/acknowledgements/", {"export": "csv"}))


def test_proposals_export(officer):
    ChangeProposal.objects.filter(pk=ChangeProposal.objects.first().pk).update(text=FORMULA)
    assert_harmless(officer.get("/admin/review/proposals/", {"export": "csv"}))


def test_work_visits_and_delegates_exports(officer):
    visit = WorkVisit.objects.get()
    delegate = visit.delegates.select_related("member__user").first().member.user
    delegate.first_name, delegate.last_name = FORMULA, ""
    delegate.save()
    WorkVisit.objects.update(name=FORMULA)
    assert_harmless(officer.get("/admin/visits/", {"export": "csv"}))
    assert_harmless(officer.get(f"/admin/visits/export/{visit.pk}/csv/"))
    sheet = load_workbook(
        io.BytesIO(officer.get(f"/admin/visits/export/{visit.pk}/xlsx/").content)
    ).active
    typed = [cell for row in sheet.iter_rows() for cell in row if cell.value == FORMULA]
    assert typed and all(cell.data_type == "s" and cell.quotePrefix for cell in typed)


def test_wagtail_xlsx_exports_keep_formulas_as_text(officer, official_named_a_formula):
    response = officer.get("/admin/members/", {"export": "xlsx"})
    sheet = load_workbook(io.BytesIO(b"".join(response.streaming_content))).active
    found = [cell for row in sheet.iter_rows() for cell in row if cell.value == FORMULA]
    assert found and all(cell.data_type == "s" for cell in found)


def test_site_history_export(officer):
    # The history keeps the label of what was acted on: an acknowledgement's is a name.
    entry = PageLogEntry.objects.order_by("-pk").first()
    PageLogEntry.objects.filter(pk=entry.pk).update(label=FORMULA)
    assert_harmless(officer.get("/admin/reports/site-history/", {"export": "csv"}))


def test_live_dilemma_session_summary(client, demo):
    session = LiveSession.objects.get()
    first = session.items.get(position=0).dilemma
    DilemmaPage.objects.filter(translation_key=first.translation_key).update(title=FORMULA)
    sign_in_to_admin(client, "coordinator")  # who ran it
    assert_harmless(client.get(f"/en/facilitate/sessions/{session.code}/summary.csv"))
