"""Reading a CSV file of members to invite, and judging every row before anything changes.

Expected columns (any order, header names case-insensitive):
email, name, organisation, role, language. "name" is the full name; its first word is
kept as the first name and the rest as the last name, so the full name reads back as given.
"""

import csv
import io
from dataclasses import dataclass, field

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.utils import translation
from django.utils.translation import gettext as _

from .models import Member

REQUIRED_COLUMNS = ("email", "name", "organisation", "role", "language")
MAX_ROWS = 2000


class UnreadableFile(Exception):
    """The file as a whole cannot be used; nothing will be imported."""


@dataclass
class ImportRow:
    line: int
    email: str
    name: str
    organisation_name: str
    role: str
    language: str
    errors: list = field(default_factory=list)
    already_member: bool = False
    organisation: object = None
    programme_role: str = ""
    language_code: str = ""

    @property
    def will_be_invited(self):
        return not self.errors and not self.already_member

    @property
    def first_name(self):
        return self.name.split(None, 1)[0]

    @property
    def last_name(self):
        parts = self.name.split(None, 1)
        return parts[1] if len(parts) > 1 else ""


def decode(raw_bytes):
    if not raw_bytes.strip():
        raise UnreadableFile(_("The file is empty."))
    if b"\x00" in raw_bytes[:4096]:
        raise UnreadableFile(
            _("This is not a CSV file. Export the spreadsheet as “CSV UTF-8” and try again.")
        )
    try:
        return raw_bytes.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise UnreadableFile(
            _(
                "The file is not in UTF-8 encoding (problem at byte %(position)s). "
                "Save it as “CSV UTF-8” and try again."
            )
            % {"position": error.start}
        ) from error


def _reader(text):
    sample = text[:4096]
    try:
        dialect = csv.Sniffer().sniff(sample, delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    return csv.reader(io.StringIO(text), dialect)


def _choice_lookup(choices):
    """Map a value or its label in any of the site's languages to the value."""
    lookup = {}
    for value, label in choices:
        lookup[value.lower()] = value
        for code, _name in settings.LANGUAGES:
            with translation.override(code):
                lookup[str(label).strip().lower()] = value
    return lookup


def parse(raw_bytes, organisations):
    """Return one ImportRow per data row, or raise UnreadableFile.

    `organisations` is the queryset the importing user may invite into; a row naming any
    other organisation is invalid, so nobody can invite into an organisation not theirs.
    """
    text = decode(raw_bytes)
    try:
        rows = list(_reader(text))
    except csv.Error as error:
        raise UnreadableFile(_("The file could not be read as CSV: %s") % error) from error
    rows = [row for row in rows if any(cell.strip() for cell in row)]
    if not rows:
        raise UnreadableFile(_("The file is empty."))
    header = [cell.strip().lower() for cell in rows[0]]
    missing = [column for column in REQUIRED_COLUMNS if column not in header]
    if missing:
        raise UnreadableFile(
            _("Columns missing from the first line: %(missing)s. Expected: %(expected)s.")
            % {"missing": ", ".join(missing), "expected": ", ".join(REQUIRED_COLUMNS)}
        )
    if len(rows) == 1:
        raise UnreadableFile(_("The file has a header line but no members."))
    if len(rows) - 1 > MAX_ROWS:
        raise UnreadableFile(
            _("The file has more than %(max)s members; split it into smaller files.")
            % {"max": MAX_ROWS}
        )

    index = {column: header.index(column) for column in REQUIRED_COLUMNS}
    organisations_by_name = {org.name.strip().lower(): org for org in organisations}
    roles = _choice_lookup(Member.ProgrammeRole.choices)
    languages = _choice_lookup(settings.LANGUAGES)

    parsed = []
    for line, cells in enumerate(rows[1:], start=2):
        cells = cells + [""] * (len(header) - len(cells))
        row = ImportRow(
            line=line,
            **{
                key: cells[index[column]].strip()
                for key, column in [
                    ("email", "email"),
                    ("name", "name"),
                    ("organisation_name", "organisation"),
                    ("role", "role"),
                    ("language", "language"),
                ]
            },
        )
        row.email = row.email.lower()
        parsed.append(row)
        _judge(row, organisations_by_name, roles, languages)

    _mark_duplicates_and_existing(parsed)
    return parsed


def _judge(row, organisations_by_name, roles, languages):
    try:
        validate_email(row.email)
    except ValidationError:
        row.errors.append(_("“%(email)s” is not a valid email address.") % {"email": row.email})
    if not row.name:
        row.errors.append(_("The name is missing."))
    row.organisation = organisations_by_name.get(row.organisation_name.lower())
    if row.organisation is None:
        row.errors.append(
            _("“%(name)s” is not an organisation you can invite members into.")
            % {"name": row.organisation_name}
        )
    row.programme_role = roles.get(row.role.lower(), "")
    if not row.programme_role:
        row.errors.append(
            _("“%(role)s” is not a role. Use one of: %(roles)s.")
            % {"role": row.role, "roles": ", ".join(Member.ProgrammeRole.values)}
        )
    row.language_code = languages.get(row.language.lower(), "")
    if not row.language_code:
        row.errors.append(
            _("“%(language)s” is not a language of the platform. Use nl, fr, en or es.")
            % {"language": row.language}
        )


def _mark_duplicates_and_existing(rows):
    first_line_of = {}
    for row in rows:
        if row.email in first_line_of:
            row.errors.append(
                _("The same email address is already on line %(line)s.")
                % {"line": first_line_of[row.email]}
            )
        else:
            first_line_of[row.email] = row.line
    existing = set(
        get_user_model()
        .objects.filter(email__in=list(first_line_of))
        .values_list("email", flat=True)
    )
    for row in rows:
        if row.email in existing:
            row.already_member = True
