"""A member downloads everything the platform holds about them, and nothing of others."""

import io
import json
import zipfile

import pytest

from certificates.models import Acknowledgement
from dilemmas.models import DilemmaPage, PracticeAnswer
from integrity_platform.visits.models import Delegate, WorkVisit

from .conftest import REFLECTION

pytestmark = pytest.mark.django_db


def download(client):
    response = client.get("/en/my-data/download/")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/zip"
    assert response["Content-Disposition"].startswith('attachment; filename="my-data-')
    return zipfile.ZipFile(io.BytesIO(response.content))


def test_my_data_holds_everything_about_the_member_and_nothing_of_others(client, colleague):
    client.force_login(colleague)
    archive = download(client)
    raw = archive.read("my-data.json").decode()
    data = json.loads(raw)

    assert data["account"]["email"] == "colleague@example.org"
    assert data["account"]["email_addresses"][0]["verified"] is True
    assert data["membership"]["organisation"] == "Gemeente Lindenhove"
    assert data["membership"]["role_in_the_programme"] == "Municipal official"
    review = data["annual_review"]
    assert len(review["statuses"]) == 2  # last year's and this year's
    assert len(review["check_ins"]) == 2
    assert len(review["reminders"]) == 1
    assert data["work_visits"][0]["destination"] == "Koudoubé, Burkina Faso"
    answers = [a for course in data["courses"] for a in course["answers"]]
    assert any(a.get("text") == REFLECTION and a["question"] for a in answers)
    assert any(a.get("chosen") for a in answers)
    training = data["dilemma_training"]
    assert training["practice_answers"][0]["why"].startswith("Te duur")
    assert training["practice_answers"][0]["option_label"]
    assert training["live_sessions"][0]["votes"]
    # Both signatures, each with its signed PDF in the archive, byte for byte.
    acknowledgements = data["acknowledgements"]
    assert len(acknowledgements) == 2
    for item in acknowledgements:
        stored = Acknowledgement.objects.get(verification_code=item["verification_code"])
        with stored.pdf.open("rb") as pdf:
            assert archive.read(item["pdf_in_this_archive"]) == pdf.read()
        assert item["employer"] == "Gemeente Lindenhove"
    assert {"certificates.issue"} <= {entry["action"] for entry in data["history"]}

    # Nothing of anyone else: the coordinator joined the same live session and practised
    # the same dilemma.
    assert "coordinator@example.org" not in raw
    assert "Ik geef het aan de organisatie" not in raw
    assert "Stedenbandcoördinator" not in raw


def test_my_data_needs_signing_in(client, demo):
    response = client.get("/en/my-data/download/")
    assert response.status_code == 302
    assert "/accounts/login/" in response["Location"]


def test_my_data_costs_the_same_queries_however_many_records(client, colleague, queries_of):
    client.force_login(colleague)
    download(client)  # the page cache warmed (the request's site), as in steady use
    before = queries_of(lambda: download(client))
    # More of everything: practice answers, delegations.
    for dilemma in DilemmaPage.objects.filter(locale__language_code="nl")[:4]:
        PracticeAnswer.objects.get_or_create(
            user=colleague,
            dilemma=dilemma,
            defaults={"option": 1, "justification": "…", "language": "nl"},
        )
    visit = WorkVisit.objects.get()
    for n in range(3):
        other = WorkVisit.objects.create(
            organisation=visit.organisation,
            name=f"Visit {n}",
            destination="Valle Alto",
            starts_on=visit.starts_on,
            ends_on=visit.ends_on,
        )
        Delegate.objects.create(visit=other, member=colleague.member)
    assert 0 < queries_of(lambda: download(client)) == before
    data = json.loads(download(client).read("my-data.json"))
    assert len(data["work_visits"]) == 4
    assert len(data["dilemma_training"]["practice_answers"]) >= 4


def test_profile_leads_to_my_data(client, colleague):
    client.force_login(colleague)
    assert 'href="/en/my-data/"' in client.get("/en/accounts/profile/").content.decode()
    page = client.get("/en/my-data/").content.decode()
    assert 'href="/en/my-data/download/"' in page
