"""The `date` filter with the French "1er" (see integrity_common.dates).

Loaded as a template builtin (TEMPLATES OPTIONS "builtins" in settings/base.py), after
Django's own, so `{{ value|date:"DATE_FORMAT" }}` everywhere, PDFs and emails included, writes
"le 1er janvier" in French without each template having to remember it.
"""

from django import template
from django.template.defaultfilters import date as django_date

from integrity_common.dates import first_of_month_as_ordinal

register = template.Library()


@register.filter(expects_localtime=True, is_safe=False)
def date(value, arg=None):
    return first_of_month_as_ordinal(django_date(value, arg))
