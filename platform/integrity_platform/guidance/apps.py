from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class GuidanceConfig(AppConfig):
    name = "integrity_platform.guidance"
    label = "guidance"
    verbose_name = _("Where to go")
    default_auto_field = "django.db.models.BigAutoField"
