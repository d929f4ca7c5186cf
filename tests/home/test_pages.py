import re

import pytest

pytestmark = pytest.mark.django_db

HOME_TITLES = {
    "nl": "Integriteit in internationale samenwerking",
    "fr": "L'intégrité dans la coopération internationale",
    "en": "Integrity in international cooperation",
    "es": "Integridad en la cooperación internacional",
}


@pytest.mark.parametrize("language", HOME_TITLES)
def test_home_in_each_language(client, demo, language):
    response = client.get(f"/{language}/")
    html = response.content.decode()
    assert response.status_code == 200
    assert f'<html lang="{language}">' in html
    assert f'<h1 id="page-title">{HOME_TITLES[language]}</h1>'.replace("'", "&#x27;") in html
    # Every translation is announced for search engines and screen readers.
    for other in HOME_TITLES:
        assert f'hreflang="{other}"' in html


def test_language_switcher_links_to_the_same_page_in_each_language(client, demo):
    html = client.get("/nl/toegankelijkheid/").content.decode()
    links = dict(re.findall(r'<a href="([^"]+)" lang="(\w\w)"', html))
    assert {v: k for k, v in links.items()} == {
        "nl": "/nl/toegankelijkheid/",
        "fr": "/fr/accessibilite/",
        "en": "/en/accessibility/",
        "es": "/es/accesibilidad/",
    }


def test_language_switcher_on_a_non_page_view_keeps_the_path(client, demo):
    html = client.get("/fr/accounts/login/").content.decode()
    assert '<a href="/es/accounts/login/" lang="es"' in html


def test_root_sends_visitors_to_their_browser_language(client, demo):
    assert client.get("/", HTTP_ACCEPT_LANGUAGE="es-ES,es;q=0.9")["Location"] == "/es/"
    assert client.get("/", HTTP_ACCEPT_LANGUAGE="de")["Location"] == "/nl/"


def test_footer_links_to_accessibility_and_privacy_in_the_page_language(client, demo):
    html = client.get("/es/").content.decode()
    assert 'href="/es/accesibilidad/"' in html
    assert 'href="/es/privacidad/"' in html


def test_home_shows_each_kind_of_user_their_next_step(client, demo):
    anonymous = client.get("/en/").content.decode()
    assert "/en/accounts/login/" in anonymous
    client.login(email="coordinator@example.org", password="demo-Integrity-2026")
    coordinator = client.get("/en/").content.decode()
    assert "/admin/members/" in coordinator
    client.logout()
    client.login(email="official@example.org", password="demo-Integrity-2026")
    official = client.get("/en/").content.decode()
    assert "/admin/members/" not in official
    assert "/en/accounts/profile/" in official


def test_home_page_query_count_is_constant(client, demo, django_assert_max_num_queries):
    client.login(email="officer@example.org", password="demo-Integrity-2026")
    client.get("/en/")
    # The card "Acknowledge the ethics code" asks three: the membership, this year's
    # review status and pending work visits.
    with django_assert_max_num_queries(32):
        client.get("/en/")


def test_unknown_page_gets_a_translated_404_in_the_site_shell(client, demo):
    response = client.get("/fr/cette-page-n-existe-pas/")
    assert response.status_code == 404
    html = response.content.decode()
    assert "<h1>Page introuvable</h1>" in html
    assert 'href="/fr/accessibilite/"' in html  # the site's footer: the visitor is not lost


def test_home_leads_a_learner_to_their_unfinished_courses(client, demo):
    from courses.models import Enrolment

    client.login(email="coordinator@example.org", password="demo-Integrity-2026")
    html = client.get("/nl/").content.decode()
    course = Enrolment.objects.get(
        user__email="coordinator@example.org", course__leads_to_acknowledgement=True
    ).course
    assert f'href="{course.url}"' in html
    assert "2 lessen van 6 voltooid · te voltooien tegen" in html
