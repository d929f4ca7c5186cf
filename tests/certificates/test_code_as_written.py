"""What members sign is the whole ethics code as written, not a summary of it.

The Dutch text the demo publishes as its current version, read as the platform froze it
for signing (the CodeVersionText behind the checksum), holds every sentence of the
original, ../shared/seeds/ethische-code.txt, with the association's name replaced by the
demo's wording. French, English and Spanish have the same structure: the same numbered
sections, the same values with as many rules, the same statements.

The original is an OCR-ish export; what the comparison leaves out of it, and why:
- its title line (the page's title is the demo's title) and the signature block at the
  end (the platform's agreement statement; place, date and signature are recorded with
  each signature, not written into the text);
- the footnote on "doelstellingen van de VVSG" and its address: it points to the real
  association's statutes, which the demo does not name;
- stray characters: the footnote marker, a word split in two ("doelstell ingen"),
  typographic quotes around the mottos, the kind of dash and apostrophe, line breaks.
"""

import html
import os
import re
from functools import cache
from pathlib import Path

import pytest

from certificates.models import CodeValue, CodeVersion
from certificates.models.code import compose_text
from certificates.versions import text_in_force
from integrity_platform.demo.code import CODE, VALUES, version_label

# The original lives beside the repository (it names the real association, which the
# repository does not); ETHICS_CODE_SEED points elsewhere.
SEED = Path(
    os.environ.get("ETHICS_CODE_SEED")
    or Path(__file__).resolve().parents[3] / "shared" / "seeds" / "ethische-code.txt"
)
LANGUAGES = ("nl", "fr", "en", "es")

# The association's name, as the demo words it (in this order: the particular before the general).
NAME = [
    (
        "Ethische code VVSG Internationaal",
        "Ethische code van het internationale team van de vereniging",
    ),
    ("Situering VVSG Internationaal", "Situering van het internationale team van de vereniging"),
    ("VVSG-werknemer", "werknemer van de vereniging"),
    ("VVSG Internationaal", "het internationale team van de vereniging"),
    ("de VVSG", "de vereniging"),
    ("De VVSG", "De vereniging"),
]
# Stray characters of the export.
REPAIRS = [("doelstell ingen", "doelstellingen"), ("van de VVSG 1.", "van de VVSG.")]
# The values, as the original's headings name them (its section 2.3 lists them).
VALUE_HEADINGS = [
    "Collegialiteit",
    "Dienstbaarheid",
    "Integriteit",
    "Duurzaamheid",
    "Professionalisme",
]
HEADING = re.compile(r"^(\d+(?:\.\d+)*\.)\s+\S")
FOOTNOTE = re.compile(r"^(\d+ Zie |https?://)")
SIGNATURE_BLOCK = "Ik [naam"
SENTENCE_END = re.compile(r"(?<=[.?!])\s+(?=[‘(]?[A-ZÀ-Ý0-9])")


def flat(text):
    """Words only: one space for any whitespace, one kind of dash and apostrophe, no
    typographic double quotes."""
    text = re.sub(r"[“”\"]", " ", text).replace("'", "’")
    text = " ".join(text.split())
    return re.sub(r" [-–—] ", " – ", text)


@cache
def seed_units(path=SEED):
    """The original's sentences, headings and value names, in its order, with the demo's
    name for the association: what the signed text must contain."""
    lines = path.read_text(encoding="utf-8").splitlines()
    lines = [line.strip() for line in lines]
    end = next(i for i, line in enumerate(lines) if line.startswith(SIGNATURE_BLOCK))
    body = [line for line in lines[:end] if line]
    units, running = [body[0]], []  # the title line, then the rest

    def close_running():
        # A line ending on a hyphen ("VVSG-" / "werknemer") runs on without a space.
        text = flat(re.sub(r"(?<=\w-) (?=\w)", "", " ".join(running)))
        for chunk in text.split("•"):
            units.extend(part for part in SENTENCE_END.split(chunk.strip()) if part.strip())
        running.clear()

    for line in body[1:]:
        if FOOTNOTE.match(line):
            continue
        if HEADING.match(line) or line in VALUE_HEADINGS:
            close_running()
            units.append(line)
        else:
            running.append(line)
    close_running()
    result = []
    for unit in units:
        unit = flat(unit)
        for old, new in REPAIRS + NAME:
            unit = unit.replace(old, new)
        assert "VVSG" not in unit, f"the association's name is left in: {unit}"
        unit = unit.strip(" ”“")
        if unit:
            result.append(unit[0].upper() + unit[1:])
    return result


def missing_sentences(signed_text, units):
    """The units of the original that the signed text does not contain, word for word."""
    signed = flat(signed_text)
    return [unit for unit in units if unit not in signed]


def structure(text, value_names):
    """What a language's signed text is made of: its section numbers, the number of
    paragraphs before the values, per value whether it has its sentence before the rules
    and how many rules, and the statements' placeholders."""
    parts = text.split("\n\n")
    names = iter(value_names)
    expected = next(names)
    before, values = [], []
    for part in parts[1:]:
        if expected and part.startswith(f"{expected}: "):
            values.append({"lead_in": False, "rules": 0})
            expected = next(names, None)
        elif part.startswith("- ") and values:
            values[-1]["rules"] += 1
        elif values and not values[-1]["rules"] and not values[-1]["lead_in"]:
            values[-1]["lead_in"] = True
        elif not values:
            before.extend(part.splitlines())
    return {
        "sections": [m.group(1) for line in before if (m := HEADING.match(line))],
        "paragraphs": len(before),
        "values": values,
        "placeholders": re.findall(r"\{[a-z]+\}", text),
    }


# The original's sentences as seed_units() derives them, committed (the association's name
# already replaced) so that a machine without the original still checks the signed text;
# where the original is at hand, the copy must be what it derives.
UNITS_COPY = Path(__file__).with_name("ethics_code_sentences.txt")


@pytest.fixture
def units():
    copy = UNITS_COPY.read_text(encoding="utf-8").splitlines()
    if SEED.exists():
        assert seed_units() == copy, f"{UNITS_COPY.name} is out of date: rewrite it from the seed"
    return copy


def test_the_comparison_reads_the_whole_original_and_names_what_is_missing(units):
    """The check below can fail: a sentence taken out of the text is named."""
    assert units[0] == "Ethische code van het internationale team van de vereniging"
    assert "2.2. Missie" in units and "Professionalisme" in units
    assert "Je respecteert afspraken en deadlines." in units
    assert len(units) > 100
    dutch = compose_text(
        CODE["title"]["nl"],
        [CODE[section]["nl"] for section in ("intro", "scope", "background")],
        [
            (v["name"]["nl"], v["motto"]["nl"], v["lead_in"]["nl"], [r["nl"] for r in v["rules"]])
            for v in VALUES
        ],
        [],
    )
    assert missing_sentences(dutch, units) == []
    sentence = "Je geeft elkaar op een rationele en tactvolle wijze constructieve feedback."
    assert missing_sentences(dutch.replace(sentence, ""), units) == [sentence]
    motto = "Belangenbehartiging en dienstverlening naar de leden toe hebben voorrang op"
    trimmed = dutch.replace(motto, "Dienstverlening heeft voorrang op")
    assert [unit[:40] for unit in missing_sentences(trimmed, units)] == [motto[:40]]


def test_members_sign_every_sentence_of_the_code_as_written(units, demo):
    signed = text_in_force("nl")
    # This year's version, the demo's current one, is what a member signs today.
    assert signed.version.label == version_label()
    missing = missing_sentences(signed.text, units)
    assert not missing, "sentences of the code missing from the signed Dutch text:\n" + "\n".join(
        missing
    )
    assert "onderteken deze ethische code voor akkoord." in signed.text
    # Last year's version was the trimmed one: this year's is a material change.
    last = CodeVersion.objects.exclude(pk=signed.version_id).get()
    assert last.effective_date < signed.version.effective_date
    assert signed.version.change == "material"
    assert missing_sentences(last.texts.get(language="nl").text, units)


def test_every_language_signs_the_same_structure(units, demo):
    seed_sections = [m.group(1) for unit in units if (m := HEADING.match(unit))]
    shapes = {}
    for language in LANGUAGES:
        text = text_in_force(language)
        assert text.version.label == version_label(), language
        names = list(
            CodeValue.objects.filter(locale__language_code=language)
            .order_by("sort_order")
            .values_list("name", flat=True)
        )
        shapes[language] = structure(text.text, names)
    dutch = shapes["nl"]
    assert dutch["sections"] == seed_sections
    assert [value["rules"] for value in dutch["values"]] == [7, 5, 9, 5, 14]
    assert all(value["lead_in"] for value in dutch["values"])
    for language in LANGUAGES[1:]:
        assert shapes[language] == dutch, language


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_demo_content_has_the_same_shape_in_every_language(language):
    """Without the database: the content the demo publishes, value by value."""
    assert [len(value["rules"]) for value in VALUES] == [7, 5, 9, 5, 14]
    for value in VALUES:
        assert value["motto"][language] and value["lead_in"][language], value["key"]
        assert all(rule[language] for rule in value["rules"]), value["key"]
    for field in ("intro", "scope", "background"):
        tags = re.findall(r"<(h2|h3|p)>", CODE[field][language])
        assert tags == re.findall(r"<(h2|h3|p)>", CODE[field]["nl"]), (field, language)


def test_partners_take_note_and_share_or_develop_their_own_code():
    """The partnership clause of the integrity policy: partners take note of this code and,
    where applicable, share their own ethics code or develop one (not spread this one)."""
    from certificates.forms import PartnerForm

    offered = [value for value, _label in PartnerForm.base_fields["commitment"].choices]
    assert offered == ["share_own", "develop"]
    statement = CODE["partner_text"]["nl"]
    assert "kennis van deze ethische code" in statement
    assert "indien van toepassing, haar eigen ethische code te delen of te ontwikkelen" in statement
    for language in LANGUAGES:
        assert "{organisation}" in CODE["partner_text"][language], language


def test_the_french_text_keeps_french_typography():
    """’ for apostrophes, and a narrow no-break space before : ; ? ! and inside « »."""
    texts = [CODE[field]["fr"] for field in CODE]
    for value in VALUES:
        texts += [value[field]["fr"] for field in ("name", "motto", "lead_in")]
        texts += [rule["fr"] for rule in value["rules"]]
    for text in texts:
        text = html.unescape(re.sub(r"<[^>]+>", " ", text))
        assert "'" not in text, text
        assert not re.search(r"[^\u202f][:;?!»]|«[^\u202f]", text), text
