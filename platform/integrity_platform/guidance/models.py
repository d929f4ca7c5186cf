"""Where people go with which question: the integrity contacts, and the guided "Where can
I go?" page that leads from a situation to the right place, as the integrity policy says."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page, TranslatableMixin

from integrity_common.kept_pages import KeptPageMixin

from .blocks import AnswerBlock, OutcomeBlock


class IntegrityContact(TranslatableMixin, models.Model):
    """A person (or a shared mailbox) people can turn to, by role. Demo entries name roles,
    never real people."""

    class Role(models.TextChoices):
        INTEGRITY_ADVISER = "integrity_adviser", _("Integrity adviser")
        PROGRAMME_MANAGER = "programme_manager", _("Programme manager")
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


class WhereToGoPage(RoutablePageMixin, KeptPageMixin, Page):
    """A few questions, one per page, each answer a link: usable without JavaScript, and
    nothing the visitor clicks is stored. The questions, answers and outcomes are content,
    written per language by the integrity officer (guidance.routes walks them)."""

    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])
    first_question = models.CharField(_("first question"), max_length=200, blank=True)
    answers = StreamField(
        [("answer", AnswerBlock())],
        blank=True,
        verbose_name=_("answers"),
        help_text=_(
            "The answers to the first question, each leading to an outcome or a follow-up question."
        ),
    )
    outcomes = StreamField([("outcome", OutcomeBlock())], blank=True, verbose_name=_("outcomes"))
    reporting_text = RichTextField(
        _("how a report is handled"),
        blank=True,
        features=["bold", "italic", "link", "ul"],
        help_text=_(
            "Shown with every outcome that leads to a formal report: confidentiality, who "
            "sees the report, when the reporter hears back."
        ),
    )
    complaint_form_url = models.URLField(
        _("complaint form"),
        help_text=_("The formal reporting channel: the online complaint form in this language."),
    )
    complaints_procedure_url = models.URLField(
        _("complaints procedure"),
        blank=True,
        help_text=_(
            "How complaints are received and handled, with the phone numbers for urgent "
            "cases, in this language."
        ),
    )

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        FieldPanel("first_question"),
        FieldPanel("answers"),
        FieldPanel("outcomes"),
        MultiFieldPanel(
            [
                FieldPanel("reporting_text"),
                FieldPanel("complaint_form_url"),
                FieldPanel("complaints_procedure_url"),
            ],
            heading=_("Formal reports"),
        ),
    ]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("where can I go? guide")

    def clean(self):
        super().clean()
        keys = [block.value["key"] for block in self.outcomes]
        if len(keys) != len(set(keys)):
            raise ValidationError({"outcomes": _("Give each outcome its own key.")})
        errors = []
        slugs = [block.value["slug"] for block in self.answers]
        if len(slugs) != len(set(slugs)):
            errors.append(_("Give each answer its own address."))
        for block in self.answers:
            leads_to = [block.value["outcome"]] if block.value["outcome"] else []
            leads_to += [answer["outcome"] for answer in block.value["answers"]]
            follow_up = [answer["slug"] for answer in block.value["answers"]]
            if len(follow_up) != len(set(follow_up)):
                errors.append(_("Give each answer its own address."))
            errors += [
                _("No outcome has the key “%(key)s”.") % {"key": key}
                for key in leads_to
                if key not in keys
            ]
        if errors:
            raise ValidationError({"answers": sorted(set(map(str, errors)))})

    def translate_sub_path(self, rest, target):
        """This page's step `rest` ("geschenk/") as the same step of `target`, this page
        in another language: answers keep their block ids in translations."""
        from .routes import translate_steps

        return translate_steps(self, rest, target)

    @path("")
    def start(self, request):
        from .routes import question_view

        return question_view(request, self, None)

    @path("<slug:answer>/")
    def answer(self, request, answer):
        from .routes import question_view

        return question_view(request, self, answer)

    @path("<slug:answer>/<slug:detail>/")
    def outcome(self, request, answer, detail):
        from .routes import outcome_view

        return outcome_view(request, self, answer, detail)
