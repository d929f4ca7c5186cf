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
                f"DILEMMAS_ADAPTER {app_settings.ADAPTER!r} cannot be imported: {error}",
                id="dilemmas.E001",
            )
        ]
    return []
