"""The demo's texts: YAML files under content/, one per item, a folder being a list in the
order of its file names.

A file holds its language-independent fields first, then a mapping per language (nl, the
source, then fr, en, es) with that language's texts, lists aligned item by item with the
shared ones ({} or null where an item has nothing of its own); load() merges them, each text
becoming a dict {"nl", "fr", "en", "es"} in its place, and lists under "body", "blocks" and
"code", written as one-key mappings (`- heading: Wat je hier doet`), becoming (type, value)
pairs. A file without language mappings (texts written in one language, such as the Dutch
minutes of history.yaml) is read as it stands. A host page, from page(), is {language:
{"title", "slug", "intro" (plain text), "body"}}, its body ("heading", text) and
("paragraph", simple HTML: p, ul, li, strong, mailto links) pairs; roles are named, never
real people or the real association.
"""

from functools import cache
from pathlib import Path

import yaml

CONTENT = Path(__file__).resolve().parent / "content"
LANGUAGES = ("nl", "fr", "en", "es")
PAIRS = frozenset({"body", "blocks", "code"})
SCALARS = (str, int, float, bool)
# yaml.safe_load's loader, in C when PyYAML has libyaml (ten times faster, same safe types).
SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@cache
def load(name):
    """content/<name>.yaml as one value, or the folder content/<name>/ as a list."""
    path = CONTENT / name
    if path.is_dir():
        return [_load_file(file) for file in sorted(path.glob("*.yaml"))]
    return _load_file(path.with_name(f"{path.name}.yaml"))


def page(name):
    """A host page of content/pages/ as {language: {"title", "slug", "intro", "body"}}."""
    return by_language(load(f"pages/{name}"))


def _load_file(path):
    document = yaml.load(path.read_text(encoding="utf-8"), Loader=SAFE_LOADER)
    per_language = {code: document.pop(code) for code in LANGUAGES if code in document}
    try:
        if per_language and set(per_language) != set(LANGUAGES):
            raise ValueError(f"languages {', '.join(per_language)}; expected {LANGUAGES}")
        return merge(document, per_language)
    except ValueError as error:
        raise ValueError(f"{path.relative_to(CONTENT)}: {error}") from None


def merge(shared, per_language, key=None, where="top"):
    """The value split() took apart: `shared` with each language's texts put back."""
    parts = {code: part for code, part in per_language.items() if part is not None}
    if parts and set(parts) != set(LANGUAGES):
        raise ValueError(f"{where}: only in {', '.join(parts)}")
    kinds = {type(part) for part in parts.values()}
    if shared == {} and parts and kinds != {dict}:
        shared = None  # a placeholder for a text in a list
    if isinstance(shared, dict) or (shared is None and kinds == {dict}):
        return _merge_dict(shared or {}, parts, where)
    if isinstance(shared, list) or (shared is None and kinds == {list}):
        items = _merge_list(shared, parts, where)
        if key in PAIRS:
            return [_pair(item, f"{where}[{number}]") for number, item in enumerate(items)]
        return items
    if not parts:
        return shared
    if shared is not None or not kinds <= set(SCALARS):
        raise ValueError(f"{where}: shared and per language do not match")
    return {code: parts[code] for code in LANGUAGES}


def _merge_dict(shared, parts, where):
    if any(not isinstance(part, dict) for part in parts.values()):
        raise ValueError(f"{where}: a mapping in some languages, not in others")
    keys = {code: list(part) for code, part in parts.items()}
    if len({frozenset(names) for names in keys.values()}) > 1:
        raise ValueError(f"{where}: the languages have different fields: {keys}")
    names = list(shared) + [name for name in keys.get("nl", []) if name not in shared]
    return {
        name: merge(
            shared.get(name),
            {code: part.get(name) for code, part in parts.items()},
            name,
            f"{where}.{name}",
        )
        for name in names
    }


def _merge_list(shared, parts, where):
    if any(not isinstance(part, list) for part in parts.values()):
        raise ValueError(f"{where}: a list in some languages, not in others")
    lengths = {code: len(part) for code, part in parts.items()}
    if shared is not None:
        lengths["shared"] = len(shared)
    if len(set(lengths.values())) > 1:
        raise ValueError(f"{where}: lists of different lengths: {lengths}")
    return [
        merge(
            None if shared is None else shared[number],
            {code: part[number] for code, part in parts.items()},
            None,
            f"{where}[{number}]",
        )
        for number in range(next(iter(lengths.values()), 0))
    ]


def _pair(item, where):
    if not (isinstance(item, dict) and len(item) == 1):
        raise ValueError(f"{where}: expected one `type: value`")
    return next(iter(item.items()))


def split(value, key=None):
    """(shared, {language: part}) such that merge(shared, parts) == value; shared is None
    when nothing is shared, parts {} when nothing is translated."""
    if key in PAIRS and isinstance(value, list):
        value = [{kind: item} for kind, item in value]
    if isinstance(value, dict) and set(value) == set(LANGUAGES):
        if all(isinstance(text, SCALARS) for text in value.values()):
            return None, {code: value[code] for code in LANGUAGES}
        value = _interleave(value)
    if isinstance(value, dict):
        shared, parts = {}, {code: {} for code in LANGUAGES}
        for name, item in value.items():
            item_shared, item_parts = split(item, name)
            if item_shared is not None:
                shared[name] = item_shared
            for code, part in item_parts.items():
                parts[code][name] = part
        translated = any(parts.values())
        return (None if translated and not shared else shared), (parts if translated else {})
    if isinstance(value, list | tuple):
        pieces = [split(item) for item in value]
        # In a list, an item with nothing shared, or nothing translated, keeps its place.
        blanks = [{} if isinstance(item, dict) else None for item in value]
        parts = {}
        if any(item_parts for _shared, item_parts in pieces):
            parts = {
                code: [
                    item_parts[code] if item_parts else blank
                    for (_shared, item_parts), blank in zip(pieces, blanks, strict=True)
                ]
                for code in LANGUAGES
            }
        if parts and all(item_shared is None for item_shared, _parts in pieces):
            return None, parts
        shared = [
            blank if item_shared is None else item_shared
            for (item_shared, _parts), blank in zip(pieces, blanks, strict=True)
        ]
        return shared, parts
    return value, {}


def _interleave(by_language):
    """{language: structure} as one structure whose texts are {language: text}; what every
    language has alike (a block's type) is shared."""
    values = [by_language[code] for code in LANGUAGES]
    first = values[0]
    if isinstance(first, dict | list | tuple):
        if {type(value) for value in values} != {type(first)} or any(
            list(value) != list(first) if isinstance(first, dict) else len(value) != len(first)
            for value in values
        ):
            raise ValueError(f"the languages differ in structure: {by_language}")
        if isinstance(first, dict):
            return {
                name: _interleave({c: by_language[c][name] for c in LANGUAGES}) for name in first
            }
        return type(first)(
            _interleave({c: by_language[c][number] for c in LANGUAGES})
            for number in range(len(first))
        )
    if all(value == first for value in values):
        return first
    return {code: by_language[code] for code in LANGUAGES}


def by_language(value):
    """{language: value in that language}: every text {language: text} picked in turn."""
    return {code: in_language(value, code) for code in LANGUAGES}


def in_language(value, language):
    if isinstance(value, dict):
        if set(value) == set(LANGUAGES):
            return value[language]
        return {name: in_language(item, language) for name, item in value.items()}
    if isinstance(value, list | tuple):
        return type(value)(in_language(item, language) for item in value)
    return value
