from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CertificatesConfig(AppConfig):
    name = "certificates"
    label = "certificates"
    verbose_name = _("Ethics code and acknowledgements")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from wagtail.signals import page_published

        from integrity_common.page_cache import renew_on_change

        from . import checks  # noqa: F401
        from .models import CodeValue
        from .versions import on_page_published

        renew_on_change(CodeValue)

        page_published.connect(on_page_published, dispatch_uid="certificates_record_version")
