import pytest
from django.contrib.sessions.models import Session
from wagtail.models import Locale

from certificates.models import CodeValue
from integrity_platform.guidance.models import IntegrityContact, WhereToGoPage

Role = IntegrityContact.Role


@pytest.fixture
def guide(english_home):
    nl = Locale.get_default()
    for role, email in [
        (Role.INTEGRITY_ADVISER, "adviser@example.org"),
        (Role.COMPLAINTS_MANAGER, "complaints@example.org"),
        (Role.CONFIDENTIAL_COUNSELLOR, "counsellors@example.org"),
    ]:
        IntegrityContact.objects.create(role=role, email=email, locale=nl)
    CodeValue.objects.get_or_create(
        key="integrity", locale=nl, defaults={"name": "Integriteit", "motto": "Geen gunsten."}
    )
    return english_home.add_child(
        instance=WhereToGoPage(
            title="Where can I go?",
            slug="where",
            complaint_form_url="https://example.org/complaint-form",
        )
    )


def test_the_first_question_offers_plain_links(client, guide):
    html = client.get(guide.url).content.decode()
    assert "What brings you here?" in html
    assert f'href="{guide.url}not-sure/"' in html and f'href="{guide.url}breach/"' in html
    assert "<form" not in html.split('<main id="main"')[1].split("</main>")[0]


def test_a_gift_leads_to_the_integrity_adviser_and_the_code(client, guide):
    html = client.get(guide.url + "not-sure/").content.decode()
    assert f'href="{guide.url}not-sure/gift/"' in html
    outcome = client.get(guide.url + "not-sure/gift/").content.decode()
    assert "Talk to the integrity adviser" in outcome
    assert "adviser@example.org" in outcome and "complaints@example.org" not in outcome
    assert "Integriteit" in outcome and "Geen gunsten." in outcome


def test_fraud_leads_to_the_reporting_channel_with_the_two_week_promise(client, guide):
    outcome = client.get(guide.url + "breach/fraud/").content.decode()
    assert 'href="https://example.org/complaint-form"' in outcome
    assert "within two weeks" in outcome and "confidentially" in outcome
    assert "complaints@example.org" in outcome


def test_something_personal_goes_straight_to_a_confidential_counsellor(client, guide):
    outcome = client.get(guide.url + "personal/").content.decode()
    assert "Talk to a confidential counsellor" in outcome and "counsellors@example.org" in outcome


@pytest.mark.parametrize("path", ["nonsense/", "breach/nonsense/", "personal/gift/"])
def test_unknown_answers_are_404(client, guide, path):
    assert client.get(guide.url + path).status_code == 404


def test_nothing_the_visitor_clicks_is_stored(client, guide, django_assert_max_num_queries):
    for path in ["", "not-sure/", "not-sure/gift/", "breach/", "breach/fraud/"]:
        response = client.get(guide.url + path)
        assert "sessionid" not in response.cookies
    assert not Session.objects.exists()


def test_the_integrity_officer_keeps_the_contacts_and_a_coordinator_cannot(
    client, officer, coordinator
):
    client.force_login(officer)
    assert client.get("/admin/snippets/guidance/integritycontact/").status_code == 200
    client.force_login(coordinator)
    assert client.get("/admin/snippets/guidance/integritycontact/").status_code == 302


def test_the_language_switcher_keeps_the_step(client, guide):
    french = Locale.objects.create(language_code="fr")
    guide_fr = guide.copy_for_translation(french, copy_parents=True)
    guide_fr.slug = "ou-aller"
    guide_fr.save_revision().publish()
    html = client.get(guide.url + "breach/fraud/").content.decode()
    assert 'href="/fr/ou-aller/breach/fraud/"' in html
