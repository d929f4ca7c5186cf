"""British English: day before month, full month names, 24-hour times, weeks from Monday.

Django's "en" formats are American; its "en_GB" ones abbreviate the month and use a.m./p.m.
The language code stays "en" (it is in every URL), so these formats override it.
"""

DATE_FORMAT = "j F Y"  # 6 December 2026
TIME_FORMAT = "H:i"  # 15:33
DATETIME_FORMAT = "j F Y, H:i"  # 6 December 2026, 15:33
YEAR_MONTH_FORMAT = "F Y"  # December 2026
MONTH_DAY_FORMAT = "j F"  # 6 December
SHORT_DATE_FORMAT = "d/m/Y"  # 06/12/2026
SHORT_DATETIME_FORMAT = "d/m/Y H:i"  # 06/12/2026 15:33
FIRST_DAY_OF_WEEK = 1  # Monday

# ISO first: what <input type="date"> sends. Then what a British reader types.
DATE_INPUT_FORMATS = [
    "%Y-%m-%d",  # 2026-12-06
    "%d/%m/%Y",  # 06/12/2026
    "%d/%m/%y",  # 06/12/26
]
DATETIME_INPUT_FORMATS = [
    "%Y-%m-%d %H:%M:%S",
    "%Y-%m-%d %H:%M:%S.%f",
    "%Y-%m-%d %H:%M",
    "%Y-%m-%dT%H:%M",  # <input type="datetime-local">
    "%d/%m/%Y %H:%M:%S",
    "%d/%m/%Y %H:%M",
    "%d/%m/%y %H:%M",
]
DECIMAL_SEPARATOR = "."
THOUSAND_SEPARATOR = ","
NUMBER_GROUPING = 3
