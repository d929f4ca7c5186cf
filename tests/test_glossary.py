"""One vocabulary per language: locale/GLOSSARY.md is held against the catalogues and the demo.

GLOSSARY.md holds a machine-readable table (Concept | Language | Use | Avoid). A catalogue
msgstr (nl, fr, es) or a demo text in that language that uses a variant listed under Avoid
fails, naming the file, the line and the text. French msgstrs must also carry a narrow
no-break space (U+202F) before : ; ? ! and inside « ». No Django needed: the demo content is
read from its data files (demo/content/, YAML) and the demo's Python files (with ast), so
these tests run in a second.
"""

import ast
import re
from functools import cache
from pathlib import Path

import polib
import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
LOCALE = ROOT / "locale"
GLOSSARY = LOCALE / "GLOSSARY.md"
DEMO = ROOT / "platform" / "integrity_platform" / "demo"
DEMO_CONTENT = DEMO / "content"
LANGUAGES = ("nl", "fr", "en", "es")
CATALOGUE_LANGUAGES = ("nl", "fr", "es")


NARROW_NBSP = "\u202f"
# A page slug ("dilemmas", "a-quien-puedo-acudir") is an address, not a text a reader reads.
SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
TABLE_HEADER = ["concept", "language", "use", "avoid"]


def read_glossary():
    """{language: [(concept, use, [wrong variants])]} from the table in GLOSSARY.md."""
    terms = {language: [] for language in LANGUAGES}
    header = None
    for line in GLOSSARY.read_text(encoding="utf-8").splitlines():
        if not line.startswith("|"):
            header = None
            continue
        cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
        if header is None:
            header = [cell.lower() for cell in cells]
            continue
        if header != TABLE_HEADER or set("".join(cells)) <= set("-: "):
            continue
        concept, language, use, avoid = cells
        wrong = [variant.strip() for variant in avoid.split(";")]
        terms[language].append((concept, use, [v for v in wrong if v and v != "—"]))
    return terms


def variant_pattern(variant):
    """A listed variant as a regex: case-insensitive, whole words, `*` for any word ending."""
    parts = [re.escape(part) for part in normalise(variant).split("*")]
    return re.compile(r"(?<!\w)" + r"\w*".join(parts) + r"(?!\w)", re.IGNORECASE)


def normalise(text):
    """Compare words, not markup: no tags, one kind of apostrophe and of space."""
    text = re.sub(r"<[^>]*>", " ", text)
    text = text.replace("’", "'").replace("\u00a0", " ").replace(NARROW_NBSP, " ")
    return re.sub(r"\s+", " ", text)


def catalogue_texts(language):
    """(where, text) for every msgstr of the language's catalogue."""
    path = LOCALE / language / "LC_MESSAGES" / "django.po"
    for entry in polib.pofile(str(path)):
        if entry.obsolete:
            continue
        texts = entry.msgstr_plural.values() if entry.msgid_plural else [entry.msgstr]
        for text in texts:
            yield f"{path.relative_to(ROOT)}:{entry.linenum} (msgid {entry.msgid[:60]!r})", text


def demo_texts(language):
    """(where, text) for every string under a language key ("nl", "fr"…) in the demo files."""
    for where, found, text in all_demo_texts():
        if found == language and not SLUG.fullmatch(text):
            yield where, text


@cache
def all_demo_texts():
    """(where, language, text) from the demo's Python files and its data files."""
    texts = []
    for path in sorted(DEMO.glob("*.py")):
        for found, line, text in strings_by_language(ast.parse(path.read_text(encoding="utf-8"))):
            texts.append((f"{path.relative_to(ROOT)}:{line}", found, text))
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    for path in sorted(DEMO_CONTENT.rglob("*.yaml")):
        node = yaml.compose(path.read_text(encoding="utf-8"), Loader=loader)
        for found, line, text in yaml_strings_by_language(node):
            texts.append((f"{path.relative_to(ROOT)}:{line}", found, text))
    return texts


def yaml_strings_by_language(node, language=None):
    """(language, line, text) for every text under a language key of a data file's nodes."""
    if isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            is_language = isinstance(key, yaml.ScalarNode) and key.value in LANGUAGES
            yield from yaml_strings_by_language(value, key.value if is_language else language)
    elif isinstance(node, yaml.SequenceNode):
        for item in node.value:
            yield from yaml_strings_by_language(item, language)
    elif isinstance(node, yaml.ScalarNode) and node.tag == "tag:yaml.org,2002:str" and language:
        yield language, node.start_mark.line + 1, node.value


def strings_by_language(tree):
    found = []

    def walk(node, language):
        if isinstance(node, ast.Dict):
            for key, value in zip(node.keys, node.values, strict=True):
                if isinstance(key, ast.Constant) and key.value in LANGUAGES:
                    walk(value, key.value)
                else:
                    if key is not None:
                        walk(key, language)
                    walk(value, language)
        elif isinstance(node, ast.Constant) and isinstance(node.value, str):
            if language:
                found.append((language, node.lineno, node.value))
        else:
            for child in ast.iter_child_nodes(node):
                walk(child, language)

    walk(tree, None)
    return found


def wrong_variants_in(texts, language):
    patterns = [
        (concept, use, variant, variant_pattern(variant))
        for concept, use, wrong in read_glossary()[language]
        for variant in wrong
    ]
    problems = []
    for where, text in texts:
        plain = normalise(text)
        for concept, use, variant, pattern in patterns:
            match = pattern.search(plain)
            if match:
                excerpt = plain[max(match.start() - 40, 0) : match.end() + 40]
                problems.append(f"{where}: {concept!r} is {use!r}, not {variant!r}: …{excerpt}…")
    return problems


def test_the_glossary_covers_every_language():
    terms = read_glossary()
    concepts = {
        language: {concept for concept, _use, _wrong in terms[language]} for language in LANGUAGES
    }
    assert len(concepts["nl"]) >= 25
    assert concepts["nl"] == concepts["fr"] == concepts["en"] == concepts["es"]
    assert all(use for language in LANGUAGES for _concept, use, _wrong in terms[language])
    assert sum(len(wrong) for _c, _u, wrong in terms["es"]) >= 20


@pytest.mark.parametrize("language", CATALOGUE_LANGUAGES)
def test_the_catalogue_uses_the_glossary(language):
    problems = wrong_variants_in(catalogue_texts(language), language)
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_demo_content_uses_the_glossary(language):
    problems = wrong_variants_in(demo_texts(language), language)
    assert not problems, "\n".join(problems)


def test_the_demo_texts_are_found():
    """The walk finds texts in every language, or the test above could not fail."""
    for language in LANGUAGES:
        assert len(list(demo_texts(language))) > 500


# What is not French prose, and so carries no space before its colon or question mark.
NOT_PROSE = re.compile(
    r"<[^>]*>"  # HTML tags and their attributes
    r"|(?:https?|mailto|tel):\S+"  # addresses
    r"|\b\d{1,2}:\d{2}\b"  # times: 15:30
    r"|%\([^)]*\)[a-z]|%[sd]"  # %(name)s placeholders
    r"|\{\{[^}]*\}\}|\{[a-z_]*\}"  # {{ name }} and {name}
    r"|&[a-z]+;|&#\d+;"  # HTML entities
)


def french_typography_problems(text):
    problems = []
    # Same-length filler, so that positions in `prose` are positions in `text`.
    prose = NOT_PROSE.sub(lambda match: "\x00" * len(match.group()), text)
    for match in re.finditer(r"[:;?!»]", prose):
        start = match.start()
        before = prose[start - 1] if start else ""
        if before == NARROW_NBSP or (match.group() != "»" and before and before in ":;?!"):
            continue  # spaced, or the second of "?!"
        if not start:
            continue  # the sentence began before this text (e.g. after a placeholder)
        excerpt = text[max(start - 30, 0) : start + 10]
        problems.append(f"no U+202F before {match.group()!r}: …{excerpt!r}")
    for match in re.finditer("«", prose):
        if prose[match.end() : match.end() + 1] != NARROW_NBSP:
            problems.append(f"no U+202F after '«': …{text[match.start() : match.end() + 30]!r}")
    return problems


def test_french_typography_in_the_catalogue():
    problems = [
        f"{where}: {problem}"
        for where, text in catalogue_texts("fr")
        for problem in french_typography_problems(text)
    ]
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize(
    "text, ok",
    [
        ("Valide\u202f: oui\u202f; vraiment\u202f? Oui\u202f!", True),
        ("« Bonjour\u202f»", False),
        ("«\u202fBonjour\u202f»", True),
        ("Valide: oui", False),
        ("Valide : oui", False),
        ("Valide\u00a0: oui", False),
        ("Voir https://exemple.be/a?b=c et mailto:x@y.be, à 15:30, %(name)s", True),
        ('<a href="https://x.be">lien</a> le {{ date }}', True),
        ("Quoi\u202f?!", True),
        ("<strong>Valide</strong>: oui", False),
        ("%(kind)s: %(name)s", False),
    ],
)
def test_the_french_typography_check_can_fail(text, ok):
    assert (french_typography_problems(text) == []) is ok


def test_a_listed_variant_is_found_whole_words_only():
    pattern = variant_pattern("dej* constancia")
    assert pattern.search(normalise("Usted <strong>dejó</strong> constancia del código"))
    assert pattern.search("Dejar constancia del código")
    assert not pattern.search("Su constancia del código")
    assert not variant_pattern("cours").search("le parcours d’accueil")


def test_a_wrong_variant_fails_and_names_the_place():
    problems = wrong_variants_in(
        [("somewhere.po:12", "Hable con el Responsable de denuncias")], "es"
    )
    assert len(problems) == 1 and problems[0].startswith("somewhere.po:12: 'complaints manager'")
    assert wrong_variants_in([("somewhere.po:12", "Hable con el gestor de quejas")], "es") == []
