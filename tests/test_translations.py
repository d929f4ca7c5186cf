"""The nl, fr and es catalogues are complete and the compiled files match them."""

import gettext
from pathlib import Path

import polib
import pytest

LOCALE = Path(__file__).resolve().parent.parent / "locale"


@pytest.mark.parametrize("language", ["nl", "fr", "es"])
def test_catalogue_is_complete(language):
    catalogue = polib.pofile(str(LOCALE / language / "LC_MESSAGES" / "django.po"))
    assert len(catalogue) > 100
    assert [e.msgid for e in catalogue.untranslated_entries()] == []
    assert [e.msgid for e in catalogue.fuzzy_entries()] == []


@pytest.mark.parametrize("language", ["nl", "fr", "es"])
def test_compiled_catalogue_matches_the_source(language):
    folder = LOCALE / language / "LC_MESSAGES"
    catalogue = polib.pofile(str(folder / "django.po"))
    with open(folder / "django.mo", "rb") as handle:
        compiled = gettext.GNUTranslations(handle)
    for entry in catalogue.translated_entries():
        if entry.msgid_plural:
            assert compiled.ngettext(entry.msgid, entry.msgid_plural, 1) == entry.msgstr_plural[0]
        elif entry.msgctxt:
            assert compiled.pgettext(entry.msgctxt, entry.msgid) == entry.msgstr
        else:
            assert compiled.gettext(entry.msgid) == entry.msgstr, entry.msgid
