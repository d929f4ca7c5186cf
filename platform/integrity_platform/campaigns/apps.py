from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CampaignsConfig(AppConfig):
    name = "integrity_platform.campaigns"
    label = "campaigns"
    verbose_name = _("Week of Integrity")
    default_auto_field = "django.db.models.BigAutoField"
