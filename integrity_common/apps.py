from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class IntegrityCommonConfig(AppConfig):
    """Installed for its system checks and the page cache's receivers; it has no models."""

    name = "integrity_common"
    label = "integrity_common"
    verbose_name = _("Shared services")

    def ready(self):
        from . import checks  # noqa: F401
        from .page_cache import connect_receivers

        connect_receivers()
