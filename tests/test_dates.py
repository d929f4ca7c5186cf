"""Dates read the way each language writes them: British English, the French "1er"."""

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest
from django.template import Context, Template
from django.utils import translation

from integrity_common.dates import date_format

BRUSSELS = ZoneInfo("Europe/Brussels")
EVENING = datetime(2026, 12, 6, 15, 33, tzinfo=BRUSSELS)


def render(source, **context):
    return Template(source).render(Context(context))


def test_english_dates_are_british():
    with translation.override("en"):
        assert date_format(date(2026, 12, 6)) == "6 December 2026"
        assert date_format(EVENING, "DATETIME_FORMAT") == "6 December 2026, 15:33"
        assert date_format(EVENING, "SHORT_DATE_FORMAT") == "06/12/2026"
        page = render(
            '{{ when|date:"DATETIME_FORMAT" }} · {{ when|date:"TIME_FORMAT" }}', when=EVENING
        )
    assert page == "6 December 2026, 15:33 · 15:33"
    assert "a.m." not in page and "p.m." not in page and "Dec." not in page


@pytest.mark.parametrize(
    "day, text",
    [
        (date(2027, 1, 1), "1er janvier 2027"),
        (date(2027, 1, 11), "11 janvier 2027"),
        (date(2027, 8, 21), "21 août 2027"),
        (date(2027, 2, 2), "2 février 2027"),
    ],
)
def test_french_writes_the_first_of_the_month_as_an_ordinal(day, text):
    with translation.override("fr"):
        assert date_format(day) == text
        assert render('le {{ day|date:"DATE_FORMAT" }}', day=day) == f"le {text}"
        assert render('{{ day|date:"l j F" }}', day=day).endswith(text.rsplit(" ", 1)[0])


def test_only_french_gets_the_ordinal():
    with translation.override("nl"):
        assert date_format(date(2027, 1, 1)) == "1 januari 2027"
    with translation.override("en"):
        assert render('{{ day|date:"j F" }}', day=date(2027, 1, 1)) == "1 January"


def test_the_date_filter_still_takes_what_django_takes():
    with translation.override("fr"):
        assert render("{{ missing|date }}") == ""
        assert render('{{ day|date:"Y-m-d" }}', day=date(2027, 1, 1)) == "2027-01-01"
