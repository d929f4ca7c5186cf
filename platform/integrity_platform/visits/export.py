"""CSV and XLSX downloads of a visit's delegates.

A name typed by someone else ends up in a coordinator's spreadsheet: a cell that starts
with = + - @ (or a tab or carriage return) would be read as a formula there, so such text
is written with a leading apostrophe (OWASP's advice on CSV injection).
"""

import csv
import io

from certificates.pdf import download

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def guard(value):
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value


def csv_response(headings, rows, filename):
    # With a byte order mark, a spreadsheet opens the accents (Koudoubé) as UTF-8.
    buffer = io.StringIO()
    buffer.write("\ufeff")
    writer = csv.writer(buffer)
    writer.writerow([guard(str(h)) for h in headings])
    for row in rows:
        writer.writerow(["" if v is None else guard(str(v)) for v in row])
    return download(buffer.getvalue(), "text/csv; charset=utf-8", f"{filename}.csv")


def xlsx_response(headings, rows, filename):
    from openpyxl import Workbook

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet()
    sheet.append([guard(str(h)) for h in headings])
    for row in rows:
        # Text is guarded and kept as text; dates stay dates, so the sheet can sort them.
        sheet.append([guard(v) if isinstance(v, str) else v for v in row])
    output = io.BytesIO()
    workbook.save(output)
    return download(output.getvalue(), XLSX, f"{filename}.xlsx")
