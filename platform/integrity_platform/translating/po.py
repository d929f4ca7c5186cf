"""Translating a page offline: its texts as a PO file, and the file read back.

Each entry is one text of the page: `msgctxt` says where it lives (a field, or a block by the
ids of its place in a StreamField, which a translation keeps from its source), `msgid` is the
Dutch original and `msgstr` the translation as it stands. Entries whose original changed
since the translation was brought up to date are marked fuzzy, so translators' tools (Poedit,
Lokalize, Weblate) point at them. Reading a file back saves a draft of the translation for
an editor to review and publish; rich text keeps only what the editor itself allows.

Texts are the page's own fields and blocks of text (char, text, rich text); slugs, addresses,
choices and blocks marked `translatable = False` (keys) stay as they are.
"""

import polib
from django.core.exceptions import FieldDoesNotExist
from django.db import models
from django.utils import timezone
from wagtail import blocks
from wagtail.admin.rich_text.converters.editor_html import EditorHTMLConverter
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Revision

from .status import OUT_OF_DATE, source_of, status_of

NOT_TEXT_FIELDS = (models.SlugField, models.URLField, models.EmailField)
PAGE_HEADER = "X-Translated-Page"


class FileError(Exception):
    """A file that cannot be read back into this page; the message says why, translated."""


def text_fields(page):
    """The page's fields an editor fills in with words, in the order of its edit form."""
    form_fields = page.get_edit_handler().get_form_class()._meta.fields or []
    fields = []
    for name in form_fields:
        try:
            field = page._meta.get_field(name)
        except FieldDoesNotExist:  # a form-only field (Wagtail's comment and scheduling fields)
            continue
        if isinstance(field, StreamField) or (
            isinstance(field, models.CharField | models.TextField)
            and not isinstance(field, NOT_TEXT_FIELDS)
            and not field.choices
        ):
            fields.append(field)
    return fields


class Text:
    """One text of a page, and how to put a translation in its place."""

    def __init__(self, path, value, features, container, key):
        self.path = path
        self.value = value
        self.features = features  # rich text's allowed features; None for plain text
        self.container = container
        self.key = key

    @property
    def is_rich(self):
        return self.features is not None

    def put(self, text):
        if self.is_rich:
            # Keep only what the rich text editor itself allows (no scripts, no styles).
            features = self.features or None
            text = EditorHTMLConverter(features=features).to_database_format(text)
        else:
            text = text.strip()
        self.container[self.key] = text


def _rich_features(field_or_block):
    features = getattr(field_or_block, "features", None)
    return list(features) if features else []


def _walk_block(block, raw, path, container, key):
    if not getattr(block, "translatable", True):
        return
    if isinstance(block, blocks.StreamBlock):
        for item in raw or []:
            child = block.child_blocks.get(item.get("type"))
            if child is not None:
                yield from _walk_block(
                    child, item.get("value"), f"{path}/{item.get('id')}", item, "value"
                )
    elif isinstance(block, blocks.StructBlock):
        for name, child in block.child_blocks.items():
            if isinstance(raw, dict) and name in raw:
                yield from _walk_block(child, raw[name], f"{path}/{name}", raw, name)
    elif isinstance(block, blocks.ListBlock):
        for index, item in enumerate(raw or []):
            if isinstance(item, dict) and item.get("type") == "item":
                place = f"{path}/{item.get('id')}"
                yield from _walk_block(block.child_block, item.get("value"), place, item, "value")
            else:
                yield from _walk_block(block.child_block, item, f"{path}/{index}", raw, index)
    elif isinstance(block, blocks.RichTextBlock) and isinstance(raw, str):
        yield Text(path, raw, _rich_features(block), container, key)
    elif isinstance(block, blocks.CharBlock | blocks.TextBlock) and isinstance(raw, str):
        yield Text(path, raw, None, container, key)


def texts_of(page):
    """{path: Text} of every text of `page`. Stream fields are walked in their raw form (a
    copy held in `page._translating_streams`, which `apply` writes back)."""
    texts = {}
    streams = {}
    for field in text_fields(page):
        if isinstance(field, StreamField):
            raw = list(getattr(page, field.name).get_prep_value())
            streams[field.name] = raw
            holder = {"value": raw}
            for text in _walk_block(field.stream_block, raw, field.name, holder, "value"):
                texts[text.path] = text
        else:
            value = getattr(page, field.name) or ""
            features = _rich_features(field) if isinstance(field, RichTextField) else None
            texts[field.name] = Text(field.name, value, features, page.__dict__, field.attname)
    page._translating_streams = streams
    return texts


def export(page):
    """The PO file of a translation `page`: its source's texts and the translation's."""
    source = source_of(page)
    if source is None:
        raise FileError("not a translation")
    source = source.specific
    mine = texts_of(page)
    changed = set()
    row = status_of(page)
    if row and row["status"] == OUT_OF_DATE and row["followed_revision"]:
        before = Revision.objects.get(pk=row["followed_revision"]).as_object()
        old = {path: text.value for path, text in texts_of(before).items()}
        changed = {path for path, text in texts_of(source).items() if old.get(path) != text.value}
    po = polib.POFile(wrapwidth=0)
    po.metadata = {
        "Project-Id-Version": source.title,
        "Language": page.locale.language_code,
        "Content-Type": "text/plain; charset=utf-8",
        "Content-Transfer-Encoding": "8bit",
        "POT-Creation-Date": timezone.now().strftime("%Y-%m-%d %H:%M%z"),
        PAGE_HEADER: str(page.pk),
    }
    for path, text in texts_of(source).items():
        if not text.value.strip():
            continue
        translated = mine.get(path)
        entry = polib.POEntry(
            msgctxt=path, msgid=text.value, msgstr=translated.value if translated else ""
        )
        if path in changed or translated is None:
            entry.flags.append("fuzzy")
        po.append(entry)
    return str(po)


def read(page, content):
    """Puts the translations of a PO file (its text) into `page`, unsaved; returns how many
    texts changed. FileError when the file is not this page's."""
    try:
        po = polib.pofile(content)
    except (OSError, ValueError, UnicodeError) as error:
        raise FileError("unreadable") from error
    if po.metadata.get(PAGE_HEADER) != str(page.pk):
        raise FileError("another page")
    texts = texts_of(page)
    changed = 0
    for entry in po:
        text = texts.get(entry.msgctxt)
        if text is None or not entry.msgstr or entry.obsolete or entry.msgstr == text.value:
            continue
        text.put(entry.msgstr)
        changed += 1
    for name, raw in page._translating_streams.items():
        setattr(page, name, raw)
    return changed
