"""The site's languages for model fields, read when a form or a list needs them.

A field given `choices=settings.LANGUAGES` or `default=settings.LANGUAGE_CODE` copies the
values into its migrations, so a site that adds a language would need a migration in every
app. Callables are read at run time, and migrations keep only their names."""

from django.conf import settings


def language_choices():
    return settings.LANGUAGES


def default_language():
    return settings.LANGUAGE_CODE
