"""Dates as a reader of each language writes them.

Django's formats (and ours for British English, integrity_common/formats/) cover the order and
the month names. One thing no format can say: French writes the first day of a month as an
ordinal, "le 1er janvier", and every other day as a plain number ("le 2 janvier"). Django's
`j` is the bare day number, so the French "1 " before a month name becomes "1er " here.
`date_format` is Django's with that rule; the template filter `date` (templatetags/dates.py,
a template builtin) uses it, so every template and PDF gets it without a change.
"""

import re

from django.utils import formats
from django.utils.translation import get_language

FRENCH_MONTHS = (
    "janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre"
)
# "1 janvier" but not "11 janvier" or "21 janvier"; any space Django or a translator uses.
FRENCH_FIRST_OF_MONTH = re.compile(rf"(?<![\d])1([ \u00a0\u202f])({FRENCH_MONTHS})\b", re.I)


def first_of_month_as_ordinal(text, language=None):
    """'1 janvier 2027' -> '1er janvier 2027' in French; anything else unchanged."""
    language = language or get_language() or ""
    if not language.startswith("fr"):
        return text
    return FRENCH_FIRST_OF_MONTH.sub(r"1er\1\2", text)


def date_format(value, format=None, use_l10n=None):
    """django.utils.formats.date_format, with the French "1er"."""
    return first_of_month_as_ordinal(formats.date_format(value, format, use_l10n))
