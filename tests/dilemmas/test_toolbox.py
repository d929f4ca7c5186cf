import pytest

from dilemmas.models import PracticeCasePage, ToolboxIndexPage, ToolPage
from integrity_platform.guidance.models import IntegrityContact


@pytest.fixture
def toolbox(library, tags, english_home):
    IntegrityContact.objects.create(
        role="integrity_adviser", email="adviser@example.org", locale=library["gift"].locale
    )
    index = english_home.add_child(instance=ToolboxIndexPage(title="Toolbox", slug="toolbox-test"))
    case = index.add_child(
        instance=PracticeCasePage(
            title="A commission from a supplier",
            slug="commission",
            summary="A supplier offers a commission.",
            situation="<p>A supplier offers you five percent.</p>",
            signals=[("signal", "Money offered in private"), ("signal", "Haste")],
            what_to_do="<p>Refuse and tell your manager.</p>",
            ask="integrity_adviser",
            code_value=tags["integrity"],
            code_rule="You do not let your services be bought.",
            related=[("page", library["gift"]), ("page", library["interview"])],
            themes=[tags["money"]],
            values=[tags["integrity"]],
        )
    )
    tool = index.add_child(
        instance=ToolPage(
            title="Before you accept a gift",
            slug="gift-checklist",
            summary="Six questions.",
            kind="checklist",
            steps=[("step", "Is it more than a token?"), ("step", "Is it handed over in public?")],
            themes=[tags["gifts"]],
            values=[tags["integrity"]],
        )
    )
    return {"index": index, "case": case, "tool": tool}


def titles(response):
    return [page.title for page in response.context["toolbox"].page]


def test_the_toolbox_filters_by_theme_value_and_kind(client, toolbox):
    url = toolbox["index"].url
    assert titles(client.get(url)) == ["A commission from a supplier", "Before you accept a gift"]
    assert titles(client.get(url, {"theme": "gifts_hospitality"})) == ["Before you accept a gift"]
    assert titles(client.get(url, {"kind": "case"})) == ["A commission from a supplier"]
    assert len(titles(client.get(url, {"value": "integrity"}))) == 2
    assert titles(client.get(url, {"value": "sustainability"})) == []


def test_a_practice_case_shows_whom_to_ask_the_rule_and_related_pages(client, toolbox, library):
    html = client.get(toolbox["case"].url).content.decode()
    assert "Money offered in private" in html
    assert "Integrity adviser" in html and "adviser@example.org" in html
    assert "You do not let your services be bought." in html
    assert f'href="{library["gift"].url}"' in html
    # A dilemma kept for recruitment interviews is never linked for learners.
    assert "double invoice" not in html


def test_a_checklist_tool_lists_its_items(client, toolbox):
    html = client.get(toolbox["tool"].url).content.decode()
    assert "Is it more than a token?" in html and "Checklist" in html
