"""Which version of its Dutch source a translated page follows.

A translated page is up to date while its source's live revision is the one recorded here;
when an editor publishes a change to the source, the translations fall out of date until a
translator publishes them again, or marks them up to date (see status.py)."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class TranslationSync(models.Model):
    page = models.OneToOneField(
        "wagtailcore.Page",
        on_delete=models.CASCADE,
        related_name="translation_sync",
        verbose_name=_("translation"),
    )
    source_revision = models.ForeignKey(
        "wagtailcore.Revision",
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("source version it follows"),
    )
    marked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("marked by"),
    )
    marked_at = models.DateTimeField(_("marked at"), auto_now=True)

    class Meta:
        verbose_name = _("translation status")
        verbose_name_plural = _("translation statuses")

    def __str__(self):
        return str(self.page)
