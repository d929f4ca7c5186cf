from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TranslatingConfig(AppConfig):
    name = "integrity_platform.translating"
    label = "translating"
    verbose_name = _("Translations")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from wagtail.signals import copy_for_translation_done, page_published

        from .status import on_page_published, on_translation_copied

        page_published.connect(on_page_published, dispatch_uid="translation_status_published")
        copy_for_translation_done.connect(
            on_translation_copied, dispatch_uid="translation_status_copied"
        )
