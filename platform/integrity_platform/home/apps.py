from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HomeConfig(AppConfig):
    name = "integrity_platform.home"
    label = "home"
    verbose_name = _("Site pages")
    default_auto_field = "django.db.models.BigAutoField"
