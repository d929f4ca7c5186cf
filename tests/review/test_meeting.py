"""The review meeting in the room: the big screen that walks the team through the code's
values and rules and the two standing questions, its check-in QR code, the printed agenda,
and the members' preparation in My review."""

import json
import re
import subprocess
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.utils import translation
from wagtail.models import Locale, Site

from certificates.models import CodeValue, EthicsCodePage
from integrity_platform.people import roles
from integrity_platform.review.models import STANDING_QUESTIONS, Attendance, ReviewSession
from tests.certificates.conftest import publish
from tests.conftest import member_with_role
from tests.factories import PASSWORD, MemberFactory
from tests.qr import qr_texts_in_html
from tests.test_pdfs import check_fonts, language_and_title

pytestmark = pytest.mark.django_db

BRUSSELS = ZoneInfo("Europe/Brussels")
NOW = datetime(2026, 11, 10, 9, 0, tzinfo=BRUSSELS)
SESSIONS = "/admin/review/sessions/"

# Two of the code's values in Dutch and French: service with a few short rules, integrity
# with more than one screen holds.
VALUES = {
    "service": {
        "nl": ("Dienstbaarheid", "We staan klaar voor wie op ons rekent."),
        "fr": ("Serviabilité", "Nous sommes là pour ceux qui comptent sur nous."),
    },
    "integrity": {
        "nl": ("Integriteit", "We handelen eerlijk."),
        "fr": ("Intégrité", "Nous agissons honnêtement."),
    },
}
RULES = {
    "service": {
        "nl": ["Je beantwoordt vragen binnen een redelijke termijn.", "Je bent bereikbaar."],
        "fr": ["Vous répondez aux questions dans un délai raisonnable.", "Vous êtes joignable."],
    },
    "integrity": {
        "nl": [
            f"Regel {number} over integriteit: je vermijdt belangenconflicten en je meldt "
            f"geschenken aan je diensthoofd, zoals regel {number} het vraagt."
            for number in range(1, 10)
        ],
        "fr": [
            f"Règle {number} sur l'intégrité : vous évitez les conflits d'intérêts et vous "
            f"déclarez les cadeaux à votre chef de service, comme le demande la règle {number}."
            for number in range(1, 10)
        ],
    },
}


@pytest.fixture(autouse=True)
def frozen():
    with time_machine.travel(NOW, tick=False):
        yield


def stream(values, language):
    return json.dumps(
        [
            {
                "type": "value",
                "id": f"v{value.pk}",
                "value": {
                    "value": value.pk,
                    "rules": [
                        {"type": "item", "id": f"r{value.pk}-{number}", "value": rule}
                        for number, rule in enumerate(RULES[value.key][language])
                    ],
                },
            }
            for value in values
        ]
    )


@pytest.fixture
def code(integrity_value):
    """The code in Dutch with two values and their rules (published by `version`)."""
    service = CodeValue.objects.create(
        key="service", name=VALUES["service"]["nl"][0], motto=VALUES["service"]["nl"][1]
    )
    home = Site.objects.get(is_default_site=True).root_page
    return home.add_child(
        instance=EthicsCodePage(
            title="Ethische code",
            slug="ethische-code",
            version_label="2026.1",
            intro="<p>Waarom een code.</p>",
            scope="<p>Wie tekent.</p>",
            values=stream([service, integrity_value], "nl"),
            agreement_text="Ik, {name}, tewerkgesteld bij {employer}, onderteken voor akkoord.",
            receipt_text="Ik, {name}, nam kennis van de code tijdens {visit}.",
            partner_text="Ik, {name}, neem namens {organisation} kennis van de code.",
            live=False,
        )
    )


@pytest.fixture
def french(version):
    """The same version of the code published in French too."""
    french = Locale.objects.get_or_create(language_code="fr")[0]
    translated = []
    for value in CodeValue.objects.filter(locale__language_code="nl").order_by("sort_order"):
        copy = value.copy_for_translation(french)
        copy.name, copy.motto = VALUES[value.key]["fr"]
        copy.save()
        translated.append(copy)
    page = EthicsCodePage.objects.get(locale__language_code="nl")
    page = page.copy_for_translation(french, copy_parents=True)
    page.title = "Code d'éthique"
    page.values = stream(translated, "fr")
    return publish(page)


@pytest.fixture
def session(cycle):
    """Lindenhove's session, next week."""
    return ReviewSession.objects.create(
        cycle=cycle,
        starts_at=datetime(2026, 11, 17, 14, 0, tzinfo=BRUSSELS),
        place="Raadzaal, Lindenhove",
    )


@pytest.fixture
def coordinating(client, coordinator):
    client.force_login(coordinator)
    return client


def screens(client, session):
    """Every screen of the big screen, in order, until the one after the last (404)."""
    pages = []
    while True:
        response = client.get(f"{SESSIONS}{session.pk}/screen/{len(pages) + 1}/")
        if response.status_code == 404:
            return pages
        assert response.status_code == 200
        pages.append(response.content.decode())


def words(text):
    return " ".join(text.split())


def unescaped(html):
    return words(html.replace("&#x27;", "'").replace("&quot;", '"').replace("&amp;", "&"))


@pytest.mark.parametrize("language", ["nl", "fr"])
def test_the_big_screen_walks_through_every_value_with_its_rules_and_both_questions(
    coordinating, session, french, language
):
    session.language = language
    session.save()
    pages = screens(coordinating, session)
    assert coordinating.get(f"{SESSIONS}{session.pk}/screen/").content.decode() == pages[0]
    everything = unescaped(" ".join(pages))
    for key, names in VALUES.items():
        name, motto = names[language]
        assert name in everything and motto in everything
        for rule in RULES[key][language]:
            assert words(rule) in everything, rule
    with translation.override(language):
        assert all(words(str(question)) in everything for question in STANDING_QUESTIONS)
    assert all(f'<html lang="{language}">' in page for page in pages)
    # Checking in first, then the agenda at a glance, the values (integrity's nine rules
    # over more than one screen) and the two questions last.
    assert session.check_in_code in pages[0] and "<svg" in pages[0]
    assert all(VALUES[key][language][0] in pages[1] for key in VALUES)
    integrity = VALUES["integrity"][language][0]
    assert sum(integrity in page for page in pages[2:-2]) > 1
    with translation.override(language):
        questions = [words(str(question)) for question in STANDING_QUESTIONS]
    assert all(q in unescaped(page) for q, page in zip(questions, pages[-2:], strict=True))
    # Each step links on, and works without script; no inline script or style (CSP).
    assert f'href="{SESSIONS}{session.pk}/screen/2/"' in pages[0]
    assert f'href="{SESSIONS}{session.pk}/screen/{len(pages) - 1}/"' in pages[-1]
    for page in pages:
        assert "<script>" not in page and "<style" not in page and " style=" not in page
        assert "wagtail" not in page.lower()  # nothing of the admin around it
        assert "coord@example.org" not in page


def test_a_long_value_is_split_over_screens_in_its_order(coordinating, session):
    pages = [unescaped(page) for page in screens(coordinating, session)]
    integrity = [page for page in pages if "Regel 1 over" in page or "Regel 9 over" in page]
    assert len(integrity) == 2
    shown = [int(n) for page in integrity for n in re.findall(r"Regel (\d) over", page)]
    assert shown == list(range(1, 10))


def test_the_big_screen_is_for_those_who_run_the_session_only(
    client, session, coordinator, koudoube
):
    other = member_with_role(koudoube, "other@example.org", roles.COORDINATOR)
    client.force_login(other)
    for url in ("screen/", "screen/2/", "agenda.pdf"):
        assert client.get(f"{SESSIONS}{session.pk}/{url}").status_code == 404
    member = MemberFactory(organisation=session.cycle.organisation)
    client.force_login(member.user)
    response = client.get(f"{SESSIONS}{session.pk}/screen/")
    assert response.status_code in (302, 403)
    assert session.check_in_code not in response.content.decode()
    client.force_login(coordinator)
    assert client.get(f"{SESSIONS}{session.pk}/screen/").status_code == 200
    assert client.get(f"{SESSIONS}{session.pk}/screen/0/").status_code == 404


def test_the_qr_code_on_the_big_screen_checks_a_member_of_the_organisation_in(
    coordinating, cycle, client
):
    session = ReviewSession.objects.create(
        cycle=cycle, starts_at=NOW + timedelta(minutes=10), place="Raadzaal"
    )
    page = coordinating.get(f"{SESSIONS}{session.pk}/screen/").content.decode()
    (address,) = qr_texts_in_html(page)
    assert address == f"http://testserver/review/check-in/?code={session.check_in_code}"
    assert "http://testserver/review/check-in/" in page  # the address to type

    member = MemberFactory(organisation=cycle.organisation)
    client.login(email=member.user.email, password=PASSWORD)
    form = client.get(address, follow=True)  # the phone is sent on in its own language
    assert form.redirect_chain and f'value="{session.check_in_code}"' in form.content.decode()
    client.post(form.redirect_chain[-1][0], {"code": session.check_in_code})
    assert Attendance.objects.get(session=session).member == member


def pdf_text(data):
    return words(
        subprocess.run(
            ["pdftotext", "-enc", "UTF-8", "-", "-"], input=data, capture_output=True, check=True
        ).stdout.decode()
    )


@pytest.mark.parametrize("language", ["nl", "fr"])
def test_the_printed_agenda_reads_in_the_language_of_the_meeting(
    coordinating, session, french, language
):
    session.language = language
    session.save()
    response = coordinating.get(f"{SESSIONS}{session.pk}/agenda.pdf")
    assert response["Content-Type"] == "application/pdf"
    assert "review-agenda-2026-11-17.pdf" in response["Content-Disposition"]
    data = response.content
    text = pdf_text(data)
    for key, names in VALUES.items():
        assert all(part in text for part in names[language])
        assert all(words(rule) in text for rule in RULES[key][language])
    with translation.override(language):
        assert all(words(str(question)) in text for question in STANDING_QUESTIONS)
    day = {"nl": "Dinsdag 17 november 2026", "fr": "Mardi 17 novembre 2026"}[language]
    assert f"{day}, 14:00–16:00 (Europe/Brussels)" in text
    assert "Raadzaal, Lindenhove" in text and "2026.1" in text
    # Members download it beforehand: the code that checks people in stays in the room.
    assert session.check_in_code not in text
    check_fonts(data)
    assert language_and_title(data)[0] == language


@pytest.fixture
def member(client, cycle, committed):
    with committed():
        member = MemberFactory(organisation=cycle.organisation)
    client.login(email=member.user.email, password=PASSWORD)
    return member


def test_my_review_prepares_the_member_for_the_next_session(member, session, french, client):
    page = unescaped(client.get("/fr/review/").content.decode())
    assert 'id="prepare-title"' in page
    assert "17 novembre 2026" in page and "Raadzaal, Lindenhove" in page
    assert all(part in page for names in VALUES.values() for part in names["fr"])
    with translation.override("fr"):
        assert all(words(str(question)) in page for question in STANDING_QUESTIONS)
    assert f"/fr/review/sessions/{session.pk}/agenda.pdf" in page
    assert f'href="{french.url}"' in page  # the code, with all its rules
    assert session.check_in_code not in page
    response = client.get(f"/fr/review/sessions/{session.pk}/agenda.pdf")
    assert response["Content-Type"] == "application/pdf"
    assert "Dienstbaarheid" in pdf_text(response.content)  # the meeting is held in Dutch


def test_my_review_has_nothing_to_prepare_without_a_session(member, client):
    page = client.get("/en/review/").content.decode()
    assert "No session is planned yet." in page and 'id="prepare-title"' not in page


def test_a_past_session_leaves_nothing_to_prepare(member, session, client):
    with time_machine.travel(datetime(2026, 11, 17, 16, 30, tzinfo=BRUSSELS), tick=False):
        page = client.get("/en/review/").content.decode()
    assert 'id="prepare-title"' not in page


def test_only_members_of_the_organisation_download_its_agenda(member, session, client, koudoube):
    url = f"/en/review/sessions/{session.pk}/agenda.pdf"
    assert client.get(url).status_code == 200
    outsider = MemberFactory(organisation=koudoube)
    client.force_login(outsider.user)
    assert client.get(url).status_code == 404
    client.logout()
    assert client.get(url).status_code == 302  # to sign in


def test_my_review_asks_as_many_queries_with_more_sessions_and_values(
    member, session, client, queries_of
):
    client.get("/en/review/")  # the site's root paths cached, as on any later visit
    one_of_each = queries_of(lambda: client.get("/en/review/"))
    assert one_of_each > 0
    for day in range(1, 6):
        ReviewSession.objects.create(
            cycle=session.cycle, starts_at=session.starts_at + timedelta(days=day), place="Zaal"
        )
    for number in range(5):
        CodeValue.objects.create(key=f"extra-{number}", name=f"Waarde {number}", motto="Motto")
    # A new value of the code renews the page cache: the next visit rebuilds the site shell.
    client.get("/en/review/")
    assert queries_of(lambda: client.get("/en/review/")) <= one_of_each
    page = client.get("/en/review/").content.decode()
    assert "Waarde 4" in page and page.count('class="card"') == 6


def test_the_session_page_opens_the_big_screen_and_the_printed_agenda(coordinating, session):
    page = coordinating.get(f"{SESSIONS}{session.pk}/run/").content.decode()
    assert re.search(rf'href="{SESSIONS}{session.pk}/screen/" target="_blank"', page)
    assert f'href="{SESSIONS}{session.pk}/agenda.pdf" download' in page


def test_a_session_is_held_in_the_language_of_whoever_schedules_it_unless_changed(
    coordinating,
):
    form = coordinating.get(f"{SESSIONS}new/").content.decode()
    assert re.search(r'<option value="en"\s+selected>', form)  # the coordinator reads English
