"""Titles of courses and dilemmas in the reader's language: a French member's training
record, its PDF, their copy of their data and the yearly summary name the French course,
not the Dutch page progress is kept against, at a constant number of queries."""

import csv
import io
import zipfile

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone, translation
from django.utils.html import escape
from pypdf import PdfReader
from wagtail.models import Locale

import courses.queries
import dilemmas.queries
from courses.models import CoursePage, Enrolment
from dilemmas.models import DilemmaPage, PracticeAnswer
from integrity_platform.people.models import Member
from tests.certificates.helpers import DEMO_PASSWORD, sign_in_to_admin

pytestmark = pytest.mark.django_db


def pdf_text(response):
    pages = PdfReader(io.BytesIO(response.content)).pages
    return " ".join(" ".join(page.extract_text() for page in pages).split())


def titles(language):
    return set(
        CoursePage.objects.filter(locale__language_code=language).values_list("title", flat=True)
    )


@pytest.fixture
def french_officer(client, demo):
    """The demo officer completed both courses; they read the platform in French."""
    member = Member.objects.get(user__email="officer@example.org")
    member.user.preferred_language = "fr"
    member.user.save()
    client.login(email="officer@example.org", password=DEMO_PASSWORD)
    return member


def completed_titles(user):
    return {e.course.title for e in Enrolment.objects.filter(user=user, completed_at__isnull=False)}


def test_a_french_training_record_and_its_pdf_name_the_french_courses(client, french_officer):
    dutch = completed_titles(french_officer.user)
    assert dutch and dutch <= titles("nl")  # progress is kept against the Dutch pages
    french = {
        CoursePage.objects.get(
            translation_key=e.course.translation_key, locale__language_code="fr"
        ).title
        for e in Enrolment.objects.filter(user=french_officer.user, completed_at__isnull=False)
    }
    assert french.isdisjoint(dutch)
    page = client.get("/fr/review/record/").content.decode()
    text = pdf_text(client.get("/fr/review/record/pdf/"))

    def in_pdf(title):  # pdf_text() joins the words with plain spaces
        return " ".join(title.split()) in text

    for title in french:
        assert escape(title) in page and in_pdf(title)
    for title in dutch:
        assert escape(title) not in page and not in_pdf(title)


def test_the_record_costs_the_same_queries_however_many_courses(client, french_officer):
    def queries():
        with CaptureQueriesContext(connection) as context:
            assert client.get("/fr/review/record/").status_code == 200
        return len(context)

    queries()  # the caches of the page tree filled
    before = queries()
    course = Enrolment.objects.filter(user=french_officer.user).first().course
    for number in range(3):
        extra = course.get_parent().add_child(
            instance=CoursePage(title=f"Opleiding {number}", slug=f"extra-{number}", intro="-")
        )
        french = extra.copy_for_translation(Locale.objects.get(language_code="fr"))
        french.title = f"Formation {number}"
        french.save_revision().publish()
        Enrolment.objects.create(
            user=french_officer.user, course=extra, completed_at=timezone.now(), score=90
        )
    queries()
    assert queries() == before
    assert "Formation 2" in client.get("/fr/review/record/").content.decode()


def test_my_data_names_courses_and_dilemmas_in_the_readers_language(french_officer):
    user = french_officer.user
    dilemma = DilemmaPage.objects.filter(locale__language_code="nl").first()
    PracticeAnswer.objects.get_or_create(
        user=user, dilemma=dilemma, defaults={"option": 1, "language": "nl"}
    )
    french_dilemma = DilemmaPage.objects.get(
        translation_key=dilemma.translation_key, locale__language_code="fr"
    )
    with translation.override("fr"):
        mine = courses.queries.personal_data(user)
        practised = dilemmas.queries.personal_data(user)["practice_answers"]
    assert {c["course"] for c in mine if c["completed_at"]} <= titles("fr")
    shown = [a for a in practised if a["dilemma"] == french_dilemma.title]
    assert (
        shown and shown[0]["option_label"] == french_dilemma.options.order_by("sort_order")[0].label
    )


def test_the_yearly_summary_names_the_courses_in_the_officers_language(client, demo):
    sign_in_to_admin(client, "officer", language="fr")
    page = client.get("/admin/review/summary/").content.decode()
    completed = completed_titles(Member.objects.get(user__email="officer@example.org").user)
    assert completed and not any(escape(title) in page for title in completed)
    assert all(escape(title) in page for title in titles("fr"))


def test_course_progress_names_the_course_in_the_readers_language(client, demo):
    sign_in_to_admin(client, "officer", language="fr")
    page = client.get("/admin/courses/progress/").content.decode()
    assert all(escape(title) in page for title in titles("fr"))
    assert not any(escape(title) in page for title in titles("nl"))
    export = client.get("/admin/courses/progress/", {"export": "csv"})
    assert 'filename="suivi-des-formations.csv"' in export["Content-Disposition"]
    body = b"".join(export.streaming_content).decode("utf-8-sig")
    assert all(title in body for title in titles("fr"))
    assert not any(title in body for title in titles("nl"))


def test_downloads_are_named_in_the_readers_language(client, french_officer):
    response = client.get("/fr/review/record/pdf/")
    assert 'filename="releve-de-formation.pdf"' in response["Content-Disposition"]
    response = client.get("/fr/my-data/download/")
    assert "mes-donnees-" in response["Content-Disposition"]
    assert zipfile.is_zipfile(io.BytesIO(response.content))


def test_the_proposals_export_names_every_heading_in_the_readers_language(client, demo):
    sign_in_to_admin(client, "officer", language="nl")
    response = client.get("/admin/review/proposals/", {"export": "csv"})
    assert 'filename="voorstellen-code.csv"' in response["Content-Disposition"]
    body = b"".join(response.streaming_content).decode("utf-8-sig")
    headings = next(csv.reader(io.StringIO(body)))
    assert headings == [
        "Voorstel",
        "Organisatie",
        "Voorgesteld op",
        "Status",
        "Opgenomen in versie",
    ]
    response = client.get("/admin/review/proposals/", {"export": "xlsx"})
    assert 'filename="voorstellen-code.xlsx"' in response["Content-Disposition"]
    sign_in_to_admin(client, "officer", language="es")
    response = client.get("/admin/members/", {"export": "csv"})
    assert 'filename="miembros.csv"' in response["Content-Disposition"]


def test_the_admin_home_names_the_site_in_the_readers_language(client, demo):
    sign_in_to_admin(client, "coordinator", language="fr")
    page = client.get("/admin/").content.decode()
    assert "L’intégrité dans la coopération internationale" in page
