"""Walking the "Where can I go?" guide: from the first question through an answer (and a
follow-up question) to an outcome, as the page's content lays them out in its language.

The integrity officer writes the questions, answers and outcomes (guidance.blocks), so the
guide follows the integrity policy as it changes. Every answer is a plain link (no form, no
JavaScript), and nothing is stored."""

from dataclasses import dataclass

from django.http import Http404
from django.template.response import TemplateResponse
from django.utils.translation import get_language

from certificates.queries import values_with_rules

from .blocks import rule_numbers
from .models import IntegrityContact


@dataclass(frozen=True)
class Step:
    """An answer on the way to where the visitor is: its label, and its block id, which
    the same answer keeps in every translation of the page."""

    id: str
    slug: str
    label: str


def _answers(page):
    return [(block.id, block.value) for block in page.answers]


def _follow_ups(answer):
    return [(child.id, child.value) for child in answer["answers"].bound_blocks]


def _find(answers, slug):
    for block_id, answer in answers:
        if answer["slug"] == slug:
            return block_id, answer
    raise Http404


def question_view(request, page, slug):
    if slug is None:
        question, answers, base = page.first_question, _answers(page), page.url
    else:
        block_id, answer = _find(_answers(page), slug)
        if answer["outcome"]:
            step = Step(block_id, answer["slug"], answer["label"])
            return render_outcome(request, page, answer["outcome"], [step])
        question, answers, base = answer["question"], _follow_ups(answer), f"{page.url}{slug}/"
    return TemplateResponse(
        request,
        "guidance/question.html",
        {
            "page": page,
            "question": question,
            "choices": [(f"{base}{a['slug']}/", a["label"]) for _id, a in answers],
            "is_first": slug is None,
        },
    )


def outcome_view(request, page, slug, detail):
    block_id, answer = _find(_answers(page), slug)
    if answer["outcome"]:
        raise Http404  # this answer has no follow-up question
    child_id, chosen = _find(_follow_ups(answer), detail)
    path = [
        Step(block_id, answer["slug"], answer["label"]),
        Step(child_id, chosen["slug"], chosen["label"]),
    ]
    return render_outcome(request, page, chosen["outcome"], path)


def render_outcome(request, page, key, path):
    outcome = next((block.value for block in page.outcomes if block.value["key"] == key), None)
    if outcome is None:
        raise Http404  # page.clean() refuses this; an old revision could still hold it
    return TemplateResponse(
        request,
        "guidance/outcome.html",
        {
            "page": page,
            "outcome": outcome,
            "path": path,
            "contacts": contacts_for(tuple(outcome["contacts"])),
            "code": what_the_code_says(outcome["code"]),
        },
    )


def what_the_code_says(references):
    """The values the outcome cites, each with only the rules it names, from the code
    published in the visitor's language."""
    if not references:
        return []
    values = {v.key: v for v in values_with_rules(get_language(), {r["value"] for r in references})}
    cited = []
    for reference in references:
        value = values.get(reference["value"])
        if value is None:
            continue
        numbers = rule_numbers(reference["rules"])
        cited.append(
            {
                "name": value.name,
                "motto": value.motto,
                "rules": [value.rules[n - 1] for n in numbers if n <= len(value.rules)],
            }
        )
    return cited


def contacts_for(roles):
    """The contacts for these roles in the active language (the default language's where
    none is translated), in one query."""
    if not roles:
        return []
    contacts = IntegrityContact.objects.filter(role__in=roles).select_related("locale")
    language = get_language()
    chosen = {}
    for contact in contacts:
        key = contact.translation_key
        if key not in chosen or contact.locale.language_code == language:
            chosen[key] = contact
    return sorted(chosen.values(), key=lambda c: (roles.index(c.role), c.sort_order))


def translate_steps(page, rest, target):
    """The steps in `rest` ("niet-zeker/geschenk/") as `target`, a translation of `page`,
    names them; the answers are matched by block id. "" where `target` lacks the step."""
    slugs = [part for part in rest.split("/") if part]
    if not slugs:
        return rest
    translated = []
    mine, theirs = _answers(page), dict(_answers(target))
    try:
        block_id, answer = _find(mine, slugs[0])
        their_answer = theirs[block_id]
        translated.append(their_answer["slug"])
        if len(slugs) > 1:
            child_id, _child = _find(_follow_ups(answer), slugs[1])
            translated.append(dict(_follow_ups(their_answer))[child_id]["slug"])
    except (Http404, KeyError):
        return ""
    return "".join(f"{slug}/" for slug in translated)
