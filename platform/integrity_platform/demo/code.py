"""The demo ethics code: its values and this year's version, Y.1, in force since 1 January:
the code as written (content/ethics-code/). history.py adds last year's, Y-1.1, whose text
(content/ethics-code-last-year/, in our own words and trimmed) last_years_texts() composes."""

import json
import uuid
from datetime import date

from django.utils import timezone

from certificates.models import CodeValue, EthicsCodePage
from certificates.models.code import compose_text
from certificates.versions import record_version

from . import data
from .pages import LANGUAGE_CODES, ensure_page

CODE = data.load("ethics-code/page")
VALUES = data.load("ethics-code/values")
PREVIOUS_CODE = data.load("ethics-code-last-year/page")
PREVIOUS_VALUES = data.load("ethics-code-last-year/values")

BLOCK_IDS = uuid.UUID("2b7f3a61-0c4e-4d1b-9d8f-5e6a7c8b9d01")


def version_label(year=None):
    """This year's version: the demo's code was last revised after last year's review."""
    return f"{year or timezone.localdate().year}.1"


def ensure_values(locales):
    values = {}
    for order, value in enumerate(VALUES, start=1):
        dutch = CodeValue.objects.filter(key=value["key"], locale=locales["nl"]).first()
        if dutch is None:
            dutch = CodeValue.objects.create(
                key=value["key"],
                name=value["name"]["nl"],
                motto=value["motto"]["nl"],
                sort_order=order,
                locale=locales["nl"],
            )
        for code in LANGUAGE_CODES[1:]:
            if dutch.get_translation_or_none(locales[code]) is None:
                CodeValue.objects.create(
                    key=value["key"],
                    name=value["name"][code],
                    motto=value["motto"][code],
                    sort_order=order,
                    locale=locales[code],
                    translation_key=dutch.translation_key,
                )
        values[value["key"]] = dutch
    return values


def ensure_ethics_code(home, locales):
    """The code page in four languages, its version recorded; returns the values by key."""
    values = ensure_values(locales)

    def fields_for(language):
        blocks = [
            {
                "type": "value",
                "id": str(uuid.uuid5(BLOCK_IDS, value["key"])),
                "value": {
                    "value": values[value["key"]].pk,
                    "lead_in": value["lead_in"][language],
                    "rules": [
                        {
                            "type": "item",
                            "id": str(uuid.uuid5(BLOCK_IDS, f"{value['key']}/{number}")),
                            "value": rule[language],
                        }
                        for number, rule in enumerate(value["rules"])
                    ],
                },
            }
            for value in VALUES
        ]
        return {
            "title": CODE["title"][language],
            "slug": CODE["slug"][language],
            "version_label": version_label(),
            "effective_date": date(timezone.localdate().year, 1, 1),
            "intro": CODE["intro"][language],
            "scope": CODE["scope"][language],
            "background": CODE["background"][language],
            "values": json.dumps(blocks),
            "agreement_text": CODE["agreement_text"][language],
            "receipt_text": CODE["receipt_text"][language],
            "partner_text": CODE["partner_text"][language],
        }

    code = ensure_page(home, EthicsCodePage, fields_for, locales, show_in_menus=True)
    # The demo pages are created live rather than published through revisions, so record
    # the version as publishing would.
    for page in EthicsCodePage.objects.filter(translation_key=code.translation_key):
        record_version(page)
    return values


def last_years_texts():
    """Last year's text in each language, composed as the platform freezes a page's text
    (certificates' compose_text), from content/ethics-code-last-year/: its own mottos, merged
    rules, no background. Without its last integrity rule, on reporting abuse or corruption:
    a review session proposed it last year, and this year's version took it in (history.py).
    """
    texts = {}
    code = PREVIOUS_CODE
    for language in LANGUAGE_CODES:
        values = []
        for value in PREVIOUS_VALUES:
            rules = [rule[language] for rule in value["rules"]]
            if value["key"] == "integrity":
                rules = rules[:-1]
            values.append((value["name"][language], value["motto"][language], "", rules))
        texts[language] = compose_text(
            code["title"][language],
            [code["intro"][language], code["scope"][language]],
            values,
            [code[key][language] for key in ("agreement_text", "receipt_text", "partner_text")],
        )
    return texts
