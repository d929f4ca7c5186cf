from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class PracticeAnswer(models.Model):
    """What one person chose when practising alone, and why. Private: only its author sees
    it (in their training record); others see nothing but anonymous percentages."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="dilemma_answers"
    )
    dilemma = models.ForeignKey(
        "dilemmas.DilemmaPage",
        on_delete=models.CASCADE,
        related_name="practice_answers",
        verbose_name=_("dilemma"),
        help_text=_("The dilemma in the default language."),
    )
    option = models.PositiveSmallIntegerField(_("option"))
    justification = models.TextField(_("why"))
    language = models.CharField(_("language"), max_length=8)
    answered_at = models.DateTimeField(_("answered at"), default=timezone.now)

    class Meta:
        verbose_name = _("practice answer")
        verbose_name_plural = _("practice answers")
        constraints = [
            models.UniqueConstraint(fields=["user", "dilemma"], name="one_answer_per_dilemma")
        ]

    def __str__(self):
        return f"{self.dilemma} · {self.option}"
