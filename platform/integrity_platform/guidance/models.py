"""Where people go with which question: the integrity contacts, and the guided "Where can
I go?" page that leads from a situation to the right place, as the integrity policy says."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import Page, TranslatableMixin


class IntegrityContact(TranslatableMixin, models.Model):
    """A person (or a shared mailbox) people can turn to, by role. Demo entries name roles,
    never real people."""

    class Role(models.TextChoices):
        INTEGRITY_ADVISER = "integrity_adviser", _("Integrity adviser")
        COMPLAINTS_MANAGER = "complaints_manager", _("Complaints manager")
        COMPLAINTS_BACKUP = "complaints_backup", _("Complaints manager (back-up)")
        CONFIDENTIAL_COUNSELLOR = "confidential_counsellor", _("Confidential counsellor")
        INTEGRITY_OFFICER = "integrity_officer", _("Integrity officer")
        FINANCIAL_MANAGER = "financial_manager", _("Programme or financial manager")
        HR = "hr", _("Programme manager, head of department or HR")

    role = models.CharField(_("role"), max_length=40, choices=Role.choices)
    name = models.CharField(
        _("name"), max_length=120, blank=True, help_text=_("Leave empty to show the role only.")
    )
    how_to_reach = models.TextField(_("how to reach them"), blank=True)
    email = models.EmailField(_("email"), blank=True)
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    sort_order = models.PositiveSmallIntegerField(_("order"), default=0)

    panels = [
        FieldPanel("role"),
        FieldPanel("name"),
        FieldPanel("how_to_reach"),
        FieldPanel("email"),
        FieldPanel("phone"),
        FieldPanel("sort_order"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("integrity contact")
        verbose_name_plural = _("integrity contacts")
        ordering = ["sort_order", "role"]

    def __str__(self):
        return self.name or self.get_role_display()

    @property
    def role_label(self):
        return self.get_role_display()


class WhereToGoPage(RoutablePageMixin, Page):
    """A few questions, one per page, each answer a link: usable without JavaScript, and
    nothing the visitor clicks is stored."""

    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])
    complaint_form_url = models.URLField(
        _("complaint form"),
        help_text=_("The formal reporting channel: the online complaint form in this language."),
    )

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("complaint_form_url")]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("where can I go? guide")

    @path("")
    def first_question(self, request):
        from .routes import question_view

        return question_view(request, self, None)

    @path("<slug:answer>/")
    def second_question(self, request, answer):
        from .routes import question_view

        return question_view(request, self, answer)

    @path("<slug:answer>/<slug:detail>/")
    def outcome(self, request, answer, detail):
        from .routes import outcome_view

        return outcome_view(request, self, answer, detail)
