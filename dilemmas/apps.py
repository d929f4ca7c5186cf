from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DilemmasConfig(AppConfig):
    name = "dilemmas"
    label = "dilemmas"
    verbose_name = _("Dilemma training")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from integrity_common.page_cache import renew_on_change

        from . import checks  # noqa: F401
        from .models import DilemmaOption, Theme

        # Read with the pages from the page cache (library.py, practice.py).
        renew_on_change(Theme, DilemmaOption)
