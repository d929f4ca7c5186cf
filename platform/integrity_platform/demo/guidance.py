"""Demo integrity contacts (roles, never real people) and the "Where can I go?" page; their
texts are in content/guidance/ (contacts/, and the guide's questions and outcomes)."""

import uuid

from wagtail.rich_text import RichText

from integrity_platform.guidance.models import IntegrityContact, WhereToGoPage

from . import data
from .pages import LANGUAGE_CODES, ensure_page

GUIDE = data.load("guidance/guide")
ANSWERS = data.load("guidance/answers")
OUTCOMES = data.load("guidance/outcomes")

# The same answer keeps the same block id in every language: the language switcher finds
# a step's translation by it.
BLOCK_IDS = uuid.UUID("9c4d1e7a-2b3f-4a8c-b6d5-0e1f2a3b4c5d")

Role = IntegrityContact.Role

# (role, email, phone, {language: how to reach}), in their order on the site.
CONTACTS = [
    (Role(contact["role"]), contact["email"], contact["phone"], contact["how_to_reach"])
    for contact in data.load("guidance/contacts")
]


def ensure_contacts(locales):
    for order, (role, email, phone, how) in enumerate(CONTACTS, start=1):
        dutch = IntegrityContact.objects.filter(role=role, locale=locales["nl"]).first()
        if dutch is None:
            dutch = IntegrityContact.objects.create(
                role=role,
                email=email,
                phone=phone,
                how_to_reach=how["nl"],
                sort_order=order,
                locale=locales["nl"],
            )
        for code in LANGUAGE_CODES[1:]:
            if dutch.get_translation_or_none(locales[code]) is None:
                IntegrityContact.objects.create(
                    role=role,
                    email=email,
                    phone=phone,
                    how_to_reach=how[code],
                    sort_order=order,
                    locale=locales[code],
                    translation_key=dutch.translation_key,
                )


def _block_id(*parts):
    return str(uuid.uuid5(BLOCK_IDS, "/".join(parts)))


def guide_fields(language):
    """The guide page's fields in a language, its answers and outcomes as stream data."""
    answers = []
    for answer in ANSWERS:
        key = answer["slug"]["en"]
        value = {
            "slug": answer["slug"][language],
            "label": answer["label"][language],
            "outcome": answer.get("outcome", ""),
            "question": answer["question"][language] if "question" in answer else "",
            "answers": [
                {
                    "type": "item",
                    "id": _block_id("answer", key, follow_up["slug"]["en"]),
                    "value": {
                        "slug": follow_up["slug"][language],
                        "label": follow_up["label"][language],
                        "outcome": follow_up["outcome"],
                    },
                }
                for follow_up in answer.get("answers", [])
            ],
        }
        answers.append({"type": "answer", "id": _block_id("answer", key), "value": value})
    outcomes = [
        {
            "type": "outcome",
            "id": _block_id("outcome", outcome["key"]),
            "value": {
                "key": outcome["key"],
                "title": outcome["title"][language],
                "text": outcome["text"][language],
                "contacts": outcome["contacts"],
                "reporting": outcome.get("reporting", False),
                "code": [
                    {
                        "type": "item",
                        "id": _block_id("outcome", outcome["key"], value_key),
                        "value": {"value": value_key, "rules": rules},
                    }
                    for value_key, rules in outcome["code"]
                ],
            },
        }
        for outcome in OUTCOMES
    ]
    return {
        "title": GUIDE["title"][language],
        "slug": GUIDE["slug"][language],
        "intro": RichText(f"<p>{GUIDE['intro'][language]}</p>"),
        "first_question": GUIDE["first_question"][language],
        "answers": answers,
        "outcomes": outcomes,
        "reporting_text": GUIDE["reporting_text"][language],
        "complaint_form_url": GUIDE["complaint_form_url"][language],
        "complaints_procedure_url": GUIDE["complaints_procedure_url"][language],
    }


def ensure_guidance(home, locales):
    ensure_contacts(locales)
    return ensure_page(home, WhereToGoPage, guide_fields, locales, show_in_menus=True)
