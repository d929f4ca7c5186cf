"""The integrity officer erases a person: nothing personal stays but the signed
acknowledgements, kept as evidence under a pseudonym; the account can no longer sign in."""

import pytest
from django.apps import apps
from django.contrib.auth import get_user_model
from django.db import models
from django.db.models import Q
from django.urls import reverse
from wagtail.models import ModelLogEntry

from certificates.models import Acknowledgement
from integrity_platform.people.models import Member
from integrity_platform.privacy.models import Erasure

from .conftest import REFLECTION

pytestmark = pytest.mark.django_db

DEMO_PASSWORD = "demo-Integrity-2026"
# What names the colleague: their email and their name, as on their account and signatures.
IDENTIFIERS = ["colleague@example.org", "Collega (demo)"]
TEXT_FIELDS = (models.CharField, models.TextField, models.JSONField)
# Kept as evidence until their retention period ends.
RETAINED = {"certificates.acknowledgement", "certificates.signature"}


def rows_naming(identifiers):
    """Every row of every table with a text field that mentions one of `identifiers`:
    (model label, field) pairs."""
    found = set()
    for model in apps.get_models():
        fields = [f for f in model._meta.concrete_fields if isinstance(f, TEXT_FIELDS)]
        for field in fields:
            query = Q()
            for identifier in identifiers:
                query |= Q(**{f"{field.name}__icontains": identifier})
            if model._base_manager.filter(query).exists():
                found.add((model._meta.label_lower, field.name))
    return found


def sign_in_in_english(client, email):
    """The demo's staff read Dutch; these tests read the admin's English."""
    get_user_model().objects.filter(email=email).update(preferred_language="en")
    assert client.login(email=email, password=DEMO_PASSWORD)


def erase_page(member):
    return f"/admin/members/{member.pk}/erase/"


def test_the_officer_erases_a_person(client, colleague):
    member = colleague.member
    codes = set(
        Acknowledgement.objects.filter(user=colleague).values_list("verification_code", flat=True)
    )
    assert len(codes) == 2
    assert {label for label, _field in rows_naming(IDENTIFIERS)} > RETAINED  # before: many

    sign_in_in_english(client, "officer@example.org")
    edit = client.get(f"/admin/members/edit/{member.pk}/").content.decode()
    assert erase_page(member) in edit  # the button on the member's page
    confirm = client.get(erase_page(member)).content.decode()
    assert "Kept: the 2 signed acknowledgements" in confirm
    response = client.post(erase_page(member), {"reason": "Request of the person, by email"})
    assert response.status_code == 302
    assert response["Location"] == "/admin/members/"

    # Nothing names them any more, but the acknowledgements they signed.
    assert {label for label, _field in rows_naming(IDENTIFIERS)} <= RETAINED
    assert rows_naming([REFLECTION, "Te duur: ik leg vriendelijk uit"]) == set()
    assert not Member.objects.filter(pk=member.pk).exists()

    # The acknowledgements stay, with their PDFs, linked to the pseudonymised account.
    erasure = Erasure.objects.get()
    account = get_user_model().objects.get(pk=colleague.pk)
    kept = Acknowledgement.objects.filter(verification_code__in=codes)
    assert kept.count() == 2
    assert {a.user_id for a in kept} == {account.pk}
    assert all(a.pdf for a in kept)
    assert account.email == f"{erasure.pseudonym}@erased.invalid"
    assert account.get_full_name() == erasure.pseudonym
    assert not account.is_active
    assert not account.has_usable_password()

    # They can no longer sign in.
    client.logout()
    assert not client.login(email="colleague@example.org", password=DEMO_PASSWORD)

    # The erasure is logged without personal data: who, when, why, the pseudonym.
    assert erasure.erased_by.email == "officer@example.org"
    assert erasure.reason == "Request of the person, by email"
    entry = ModelLogEntry.objects.get(action="privacy.erase")
    assert entry.user_id == erasure.erased_by_id
    assert entry.label == erasure.pseudonym
    assert entry.data["reason"] == "Request of the person, by email"


def test_only_the_officer_may_erase(client, colleague):
    member = colleague.member
    client.login(email="coordinator@example.org", password=DEMO_PASSWORD)  # same organisation
    assert (
        erase_page(member) not in client.get(f"/admin/members/edit/{member.pk}/").content.decode()
    )
    # Wagtail answers a refusal in its admin with a redirect to the dashboard.
    for response in (
        client.get(erase_page(member)),
        client.post(erase_page(member), {"reason": "Left"}),
    ):
        assert (response.status_code, response["Location"]) == (302, "/admin/")
    assert Member.objects.filter(pk=member.pk).exists()


@pytest.mark.parametrize(
    "reason, message",
    [
        ("", "Give the reason for erasing this person."),
        ("Asked by colleague@example.org", "The reason names the person"),
    ],
)
def test_a_reason_is_required_and_names_nobody(client, colleague, reason, message):
    sign_in_in_english(client, "officer@example.org")
    response = client.post(erase_page(colleague.member), {"reason": reason})
    assert response.status_code == 200
    assert message in response.content.decode()
    assert Member.objects.filter(user=colleague).exists()
    assert not Erasure.objects.exists()


def test_deleting_a_signer_points_to_erasure_instead_of_failing(client, colleague):
    sign_in_in_english(client, "admin@example.org")
    url = reverse("wagtailusers_users:delete", args=[colleague.pk])
    for response in (client.get(url), client.post(url)):
        assert response.status_code == 302
        assert response["Location"] == erase_page(colleague.member)
    bulk = client.post(f"/admin/bulk/accounts/user/delete/?next=/admin/users/&id={colleague.pk}")
    assert bulk.status_code == 302
    messages = [str(m) for m in bulk.wsgi_request._messages]
    assert any("those acknowledgements are evidence" in m for m in messages)
    assert get_user_model().objects.filter(pk=colleague.pk, email=IDENTIFIERS[0]).exists()
