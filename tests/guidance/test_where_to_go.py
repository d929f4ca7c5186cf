import json
from datetime import date

import pytest
from django.contrib.sessions.models import Session
from django.core.exceptions import ValidationError
from wagtail.models import Locale, Site

from certificates.models import CodeValue, EthicsCodePage
from integrity_platform.demo.guidance import guide_fields
from integrity_platform.guidance.models import IntegrityContact, WhereToGoPage

Role = IntegrityContact.Role


@pytest.fixture
def published_code(db):
    """A published code whose integrity value has nine numbered rules, as the seed's has."""
    integrity = CodeValue.objects.create(key="integrity", name="Integriteit", motto="Geen gunsten.")
    home = Site.objects.get(is_default_site=True).root_page
    rules = [
        {"type": "item", "id": f"r{n}", "value": f"Regel {n} van integriteit."}
        for n in range(1, 10)
    ]
    page = home.add_child(
        instance=EthicsCodePage(
            title="Ethische code",
            slug="ethische-code",
            version_label="2026.1",
            effective_date=date(2026, 1, 1),
            intro="<p>Waarom een code.</p>",
            scope="<p>Wie tekent.</p>",
            values=json.dumps(
                [{"type": "value", "id": "v1", "value": {"value": integrity.pk, "rules": rules}}]
            ),
            agreement_text="Ik, {name}, tewerkgesteld bij {employer}, onderteken voor akkoord.",
            receipt_text="Ik, {name}, nam kennis van de code tijdens {visit}.",
            partner_text="Ik, {name}, neem namens {organisation} kennis van de code.",
            live=False,
        )
    )
    page.save_revision().publish()
    return page


@pytest.fixture
def guide(english_home, published_code):
    """The demo's English guide (its questions and outcomes are content) with a contact for
    every role it names."""
    nl = Locale.get_default()
    for role, email in [
        (Role.INTEGRITY_ADVISER, "adviser@example.org"),
        (Role.PROGRAMME_MANAGER, "programme@example.org"),
        (Role.COMPLAINTS_MANAGER, "complaints@example.org"),
        (Role.CONFIDENTIAL_COUNSELLOR, "counsellors@example.org"),
        (Role.HR, "hr@example.org"),
    ]:
        IntegrityContact.objects.create(role=role, email=email, locale=nl)
    fields = {**guide_fields("en"), "slug": "where"}
    return english_home.add_child(instance=WhereToGoPage(**fields))


def test_the_first_question_offers_plain_links(client, guide):
    html = client.get(guide.url).content.decode()
    assert "What brings you here?" in html
    assert f'href="{guide.url}not-sure/"' in html and f'href="{guide.url}breach/"' in html
    assert "<form" not in html.split('<main id="main"')[1].split("</main>")[0]


def test_a_gift_leads_to_the_adviser_or_the_programme_manager_and_the_gift_rules_only(
    client, guide
):
    html = client.get(guide.url + "not-sure/").content.decode()
    assert f'href="{guide.url}not-sure/gift/"' in html
    outcome = client.get(guide.url + "not-sure/gift/").content.decode()
    assert "adviser@example.org" in outcome and "programme@example.org" in outcome
    assert "complaints@example.org" not in outcome
    assert "Integriteit" in outcome and "Geen gunsten." in outcome
    # The gift and invitation rules (4 and 5), not the other seven.
    assert "Regel 4 van" in outcome and "Regel 5 van" in outcome
    for other in (1, 2, 3, 6, 7, 8, 9):
        assert f"Regel {other} van" not in outcome


def test_fraud_leads_to_the_reporting_channel_as_the_policy_describes_it(client, guide):
    outcome = client.get(guide.url + "breach/fraud/").content.decode()
    assert 'href="https://example.org/en/complaint-form"' in outcome
    assert 'href="https://example.org/en/complaints-procedure"' in outcome
    assert "phone numbers for urgent cases" in outcome
    text = " ".join(outcome.split())
    assert "within two weeks" in text and "keeps you informed of every further step" in text
    assert "Only the complaints manager has access to your report" in text
    assert "forwarded to the right people in that municipality" in text
    assert "complaints@example.org" in outcome
    assert "Regel 3 van" in outcome and "Regel 9 van" in outcome and "Regel 7" not in outcome


def test_performance_questions_go_to_hr(client, guide):
    assert "performance" in client.get(guide.url + "work/").content.decode()
    assert "hr@example.org" in client.get(guide.url + "work/staff/").content.decode()


def test_confidential_counsellors_are_for_the_associations_own_staff(client, guide):
    question = client.get(guide.url + "personal/").content.decode()
    assert "Do you work in the association" in question
    staff = client.get(guide.url + "personal/team/").content.decode()
    assert "Talk to a confidential counsellor" in staff and "counsellors@example.org" in staff
    partner = client.get(guide.url + "personal/partner/").content.decode()
    assert "counsellors@example.org" not in partner and "adviser@example.org" in partner


@pytest.mark.parametrize(
    "path", ["nonsense/", "breach/nonsense/", "personal/gift/", "breach/fraud/more/"]
)
def test_unknown_answers_are_404(client, guide, path):
    assert client.get(guide.url + path).status_code == 404


def test_nothing_the_visitor_clicks_is_stored(client, guide):
    for path in ["", "not-sure/", "not-sure/gift/", "breach/", "breach/fraud/"]:
        response = client.get(guide.url + path)
        assert response.status_code == 200
        assert "sessionid" not in response.cookies
    assert not Session.objects.exists()


def test_the_officer_changes_the_promise_and_visitors_read_it_at_once(client, guide):
    """The reporting text is content: no deploy to follow a new policy."""
    assert "within two weeks" in client.get(guide.url + "breach/fraud/").content.decode()
    revision = guide.get_latest_revision_as_object()
    revision.reporting_text = revision.reporting_text.replace("within two weeks", "within ten days")
    revision.save_revision().publish()
    html = client.get(guide.url + "breach/fraud/").content.decode()
    assert "within ten days" in html and "within two weeks" not in html


def test_an_answer_must_lead_to_an_existing_outcome(guide):
    guide.answers[0].value["answers"][0]["outcome"] = "nowhere"
    with pytest.raises(ValidationError) as error:
        guide.full_clean()
    assert "nowhere" in str(error.value)


def test_the_integrity_officer_keeps_the_contacts_and_a_coordinator_cannot(
    client, officer, coordinator
):
    client.force_login(officer)
    assert client.get("/admin/snippets/guidance/integritycontact/").status_code == 200
    client.force_login(coordinator)
    assert client.get("/admin/snippets/guidance/integritycontact/").status_code == 302


def test_the_language_switcher_takes_the_step_to_its_name_in_the_other_language(client, guide):
    french = Locale.objects.create(language_code="fr")
    guide_fr = guide.copy_for_translation(french, copy_parents=True)
    for field, value in guide_fields("fr").items():
        if field not in ("answers", "outcomes"):  # the copy keeps the block ids
            setattr(guide_fr, field, value)
    guide_fr.answers = guide_fields("fr")["answers"]
    guide_fr.slug = "ou-aller"
    guide_fr.save_revision().publish()
    html = client.get(guide.url + "breach/fraud/").content.decode()
    assert 'href="/fr/ou-aller/manquement/fraude/"' in html
    # And back: the French steps are the English guide's "breach/fraud/".
    assert guide_fr.translate_sub_path("manquement/fraude/", guide) == "breach/fraud/"
    assert guide_fr.translate_sub_path("manquement/inconnu/", guide) == ""


PROMISES = {
    "nl": ("binnen de twee weken", "binnen de tien dagen"),
    "fr": ("dans les deux semaines", "dans les dix jours"),
    "en": ("within two weeks", "within ten days"),
    "es": ("en un plazo de dos semanas", "en un plazo de diez días"),
}


def test_the_officer_changes_the_promise_in_four_languages(client, demo):
    """The demo's guide: the officer edits the reporting text of each language's page in
    the admin, and the fraud outcome says the new promise in every language."""
    from integrity_platform.translating.status import UP_TO_DATE, status_of

    pages = WhereToGoPage.objects.select_related("locale")
    for page in sorted(pages, key=lambda page: page.locale.language_code != "nl"):
        language = page.locale.language_code
        old, new = PROMISES[language]
        breach = page.answers[1].value
        fraud = f"{page.url}{breach['slug']}/{breach['answers'][0]['slug']}/"
        assert old in client.get(fraud).content.decode(), language
        draft = page.get_latest_revision_as_object()
        draft.reporting_text = draft.reporting_text.replace(old, new)
        draft.save_revision().publish()
        html = client.get(fraud).content.decode()
        assert new in html and old not in html, language
    # Each translation was published after the Dutch page: all follow it.
    for page in WhereToGoPage.objects.exclude(locale__language_code="nl"):
        assert status_of(page)["status"] == UP_TO_DATE
