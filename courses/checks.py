from django.apps import apps
from django.core.checks import Error, register
from django.utils.module_loading import import_string

from .app_settings import app_settings


@register()
def check_adapter(app_configs, **kwargs):
    try:
        import_string(app_settings.ADAPTER)
    except ImportError as error:
        return [
            Error(
                f"COURSES_ADAPTER {app_settings.ADAPTER!r} cannot be imported: {error}",
                id="courses.E001",
            )
        ]
    return []


@register()
def check_code_values(app_configs, **kwargs):
    """Lessons quote rules tagged with the code's values, which the certificates plugin
    holds: a declared dependency (see app_settings)."""
    if apps.is_installed("certificates"):
        return []
    return [
        Error(
            "The courses plugin needs the certificates plugin for the values of the code "
            "(lesson blocks 'Rule from the code').",
            hint="Add 'certificates' to INSTALLED_APPS.",
            id="courses.E002",
        )
    ]
