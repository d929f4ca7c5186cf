import io

from django.core.management import call_command
from django.test import Client

from tests.factories import PASSWORD, UserFactory

from .conftest import make_dilemma, pdf_text


def titles(response):
    return [d.title for d in response.context["library"].page]


def test_the_library_lists_learner_dilemmas_and_never_recruitment_ones(client, library):
    response = client.get(library["index"].url)
    assert response.status_code == 200
    assert sorted(titles(response)) == [
        "A gift from the partner",
        "Flying for a two-hour meeting",
        "Per diems that do not match",
    ]
    assert "double invoice" not in response.content.decode()


def test_filters_by_theme_value_and_context(client, library):
    url = library["index"].url
    assert titles(client.get(url, {"theme": "financial_integrity"})) == [
        "Per diems that do not match"
    ]
    assert sorted(titles(client.get(url, {"value": "integrity"}))) == [
        "A gift from the partner",
        "Per diems that do not match",
    ]
    assert titles(client.get(url, {"context": "work_visit"})) == ["Flying for a two-hour meeting"]
    assert titles(client.get(url, {"value": "integrity", "context": "work_visit"})) == []


def test_recruitment_is_not_a_context_learners_can_filter_on(client, library):
    response = client.get(library["index"].url, {"context": "recruitment"})
    # An unknown choice is a form error; the library stays unfiltered and shows no
    # recruitment dilemma.
    assert "The double invoice (interview)" not in titles(response)
    assert response.context["library"].form.errors


def test_search_finds_text_but_never_a_recruitment_dilemma(client, library):
    call_command("update_index", stdout=io.StringIO())
    # "carved" appears in the gift's situation and in the interview dilemma's.
    response = client.get(library["index"].url, {"q": "carved"})
    assert titles(response) == ["A gift from the partner"]
    # The same for a signed-in learner.
    client.force_login(UserFactory())
    assert titles(client.get(library["index"].url, {"q": "invoice"})) == []


def test_recruitment_dilemmas_are_hidden_from_learners_and_open_to_staff(
    client, library, learner, facilitator
):
    interview = library["interview"]
    assert client.get(interview.url).status_code == 404
    client.login(email=learner.email, password=PASSWORD)
    assert client.get(interview.url).status_code == 404
    assert client.get(interview.url + "print/").status_code == 404
    assert client.get(library["gift"].url + "print/").status_code == 403
    staff = Client()
    staff.login(email=facilitator.email, password=PASSWORD)
    assert staff.get(interview.url).status_code == 200
    pdf = staff.get(interview.url + "print/")
    assert pdf["Content-Type"] == "application/pdf"
    text = pdf_text(pdf)
    assert "The double invoice (interview)" in text and "Ask the room about timing." in text


def test_facilitator_notes_are_only_for_facilitators(client, library, learner, facilitator):
    client.login(email=learner.email, password=PASSWORD)
    assert "Ask the room about timing." not in client.get(library["gift"].url).content.decode()
    client.login(email=facilitator.email, password=PASSWORD)
    assert "Ask the room about timing." in client.get(library["gift"].url).content.decode()


def test_the_library_costs_the_same_queries_for_three_or_twelve_dilemmas(
    client, library, tags, django_assert_max_num_queries
):
    url = library["index"].url
    client.get(url)  # warm the page cache (integrity_common.page_cache)
    with django_assert_max_num_queries(30) as few:
        client.get(url)
    budget = len(few.captured_queries)  # read now: the next request clears Django's log
    for n in range(9):
        make_dilemma(library["index"], f"extra-{n}", f"Extra {n}", themes=[tags["gifts"]])
    client.get(url)  # new pages renew the page cache: compare warm with warm
    with django_assert_max_num_queries(budget):
        response = client.get(url)
    assert len(titles(response)) == 12


def test_the_guide_walks_through_six_steps_with_the_code_rules(client, library):
    gift = library["gift"]
    first = client.get(gift.url + "guide/1/").content.decode()
    assert "The facts" in first and "carved wooden statue" in first
    values = client.get(gift.url + "guide/3/").content.decode()
    assert "Integriteit" in values
    assert client.get(gift.url + "guide/7/").status_code == 404
    assert client.get(library["interview"].url + "guide/1/").status_code == 404


def test_an_edited_situation_and_theme_show_at_once_and_a_draft_only_in_preview(
    client, library, tags
):
    # The dilemma as written is kept rendered (cached_fragment): what changes it renews it.
    gift = library["gift"]
    assert "carved wooden statue" in client.get(gift.url).content.decode()
    gift.situation = "<p>A bronze medal, handed over at the airport.</p>"
    gift.save_revision().publish()
    tags["gifts"].name = "Gifts and hospitality"
    tags["gifts"].save()
    page = client.get(gift.url).content.decode()
    assert "bronze medal" in page and "carved wooden statue" not in page
    assert "Gifts and hospitality" in page
    gift.situation = "<p>Draft: a silver pen.</p>"
    gift.save_revision()
    assert "silver pen" in gift.make_preview_request().render().content.decode()
    # On the host the preview was rendered for, as an editor's preview is on the site's own.
    visitor = client.get(gift.url, headers={"Host": gift.get_site().hostname})
    assert "silver pen" not in visitor.content.decode()
