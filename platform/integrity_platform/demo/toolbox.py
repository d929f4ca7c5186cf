"""The demo practice toolbox (texts in content/toolbox/, its index page's in
content/index-pages/toolbox.yaml): eight cases from practice and three tools, one of them a
downloadable extract of the financial handbook."""

from django.core.files.base import ContentFile
from wagtail.documents import get_document_model
from wagtail.rich_text import RichText

from dilemmas.models import PracticeCasePage, Theme, ToolboxIndexPage, ToolPage
from integrity_common.pdf import render_template_pdf

from . import data
from .pages import ensure_page

PRACTICE_CASES = data.load("toolbox/cases")
TOOLS = data.load("toolbox/tools")
INDEX = data.load("index-pages/toolbox")


def handbook_document(tool, language):
    """The handbook extract as a PDF document in the Wagtail library, one per language."""
    Document = get_document_model()
    title = tool["document_title"][language]
    document = Document.objects.filter(title=title).first()
    if document is None:
        pdf = render_template_pdf(
            "demo/handbook.html",
            {"title": title, "body": tool["document_body"][language]},
            language=language,
        )
        document = Document(title=title)
        document.file.save(f"{tool['key']}-{language}.pdf", ContentFile(pdf))
        document.save()
    return document


def ensure_toolbox(home, locales, code_values, dilemmas, courses):
    themes = {theme.key: theme for theme in Theme.objects.filter(locale=locales["nl"])}
    index = ensure_page(
        home,
        ToolboxIndexPage,
        lambda lang: {
            "title": INDEX["title"][lang],
            "slug": INDEX["slug"][lang],
            "intro": RichText(f"<p>{INDEX['intro'][lang]}</p>"),
        },
        locales,
        show_in_menus=True,
    )

    def tags(item):
        return {
            "themes": [themes[key] for key in item["themes"]],
            "values": [code_values[key] for key in item["values"]],
        }

    for case in PRACTICE_CASES:
        related = [("page", dilemmas[key]) for key in case["related_dilemmas"]]
        related += [("page", courses[key]) for key in case["related_courses"]]

        def case_fields(lang, case=case, related=related):
            return {
                "title": case["title"][lang],
                "slug": case["slug"][lang],
                "summary": case["summary"][lang],
                "situation": case["situation"][lang],
                "signals": [("signal", signal[lang]) for signal in case["signals"]],
                "what_to_do": case["what_to_do"][lang],
                "ask": case["contact"],
                "code_value": code_values[case["values"][0]],
                "code_rule": case["rule"][lang],
                "related": related,
                **tags(case),
            }

        ensure_page(index, PracticeCasePage, case_fields, locales)

    for tool in TOOLS:

        def tool_fields(lang, tool=tool):
            return {
                "title": tool["title"][lang],
                "slug": tool["slug"][lang],
                "summary": tool["summary"][lang],
                "kind": tool["kind"],
                # A document's text is on the page too: its accessible HTML equivalent.
                "intro": tool["intro"][lang] + tool.get("document_body", {}).get(lang, ""),
                "steps": [("step", step[lang]) for step in tool["steps"]],
                "document": handbook_document(tool, lang) if tool["kind"] == "document" else None,
                **tags(tool),
            }

        ensure_page(index, ToolPage, tool_fields, locales)
    return index
