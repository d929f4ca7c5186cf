"""The practice toolbox: situations from practice that carry an ethical risk, and tools
(checklists, how-tos, documents), filtered by theme and value of the code."""

from django import forms
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from integrity_common.kept_pages import KeptPageMixin

from ..adapter import get_adapter
from .library import PROSE, Theme, in_default_language


def contact_choices():
    return get_adapter().contact_choices()


class TaggedPage(KeptPageMixin, Page):
    """Toolbox pages carry the library's tags: themes and values of the code."""

    summary = models.CharField(
        _("summary"), max_length=255, help_text=_("One sentence, shown in the toolbox.")
    )
    themes = ParentalManyToManyField(
        Theme,
        verbose_name=_("themes"),
        blank=True,
        limit_choices_to=in_default_language,
        related_name="+",
    )
    values = ParentalManyToManyField(
        "certificates.CodeValue",
        verbose_name=_("values of the code"),
        blank=True,
        limit_choices_to=in_default_language,
        related_name="+",
    )

    tag_panels = [
        MultiFieldPanel(
            [
                FieldPanel("themes", widget=forms.CheckboxSelectMultiple),
                FieldPanel("values", widget=forms.CheckboxSelectMultiple),
            ],
            heading=_("Tags"),
        )
    ]
    search_fields = Page.search_fields + [index.SearchField("summary")]
    parent_page_types = ["dilemmas.ToolboxIndexPage"]
    subpage_types = []

    class Meta:
        abstract = True

    def get_context(self, request, *args, **kwargs):
        from ..library import tag_pages

        context = super().get_context(request, *args, **kwargs)
        tag_pages([self], self.locale)
        return context


class ToolboxIndexPage(KeptPageMixin, Page):
    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])

    content_panels = Page.content_panels + [FieldPanel("intro")]
    subpage_types = ["dilemmas.PracticeCasePage", "dilemmas.ToolPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("practice toolbox")

    def get_context(self, request, *args, **kwargs):
        from ..toolbox import browse

        context = super().get_context(request, *args, **kwargs)
        context["toolbox"] = browse(self, request)
        return context


class PracticeCasePage(TaggedPage):
    situation = RichTextField(_("the situation from practice"), features=PROSE)
    signals = StreamField(
        [("signal", blocks.CharBlock(label=_("Signal")))],
        verbose_name=_("signals that should make you stop and think"),
    )
    what_to_do = RichTextField(_("what to do"), features=PROSE)
    ask = models.CharField(
        _("whom to ask"),
        max_length=40,
        choices=contact_choices,
        help_text=_("The contact shown with this case."),
    )
    code_value = models.ForeignKey(
        "certificates.CodeValue",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        limit_choices_to=in_default_language,
        verbose_name=_("value of the code"),
    )
    code_rule = models.TextField(_("rule of the code"), blank=True)
    related = StreamField(
        [("page", blocks.PageChooserBlock(label=_("Related dilemma or course")))],
        verbose_name=_("related dilemmas and courses"),
        blank=True,
    )

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        FieldPanel("situation"),
        FieldPanel("signals"),
        FieldPanel("what_to_do"),
        FieldPanel("ask"),
        MultiFieldPanel([FieldPanel("code_value"), FieldPanel("code_rule")], heading=_("The code")),
        FieldPanel("related"),
        *TaggedPage.tag_panels,
    ]
    search_fields = TaggedPage.search_fields + [
        index.SearchField("situation"),
        index.SearchField("what_to_do"),
    ]

    class Meta:
        verbose_name = _("practice case")

    def get_context(self, request, *args, **kwargs):
        from ..toolbox import case_context

        context = super().get_context(request, *args, **kwargs)
        context.update(case_context(self))
        return context


class ToolPage(TaggedPage):
    class Kind(models.TextChoices):
        CHECKLIST = "checklist", _("Checklist")
        HOWTO = "howto", _("How-to")
        DOCUMENT = "document", _("Document")

    kind = models.CharField(_("kind"), max_length=12, choices=Kind.choices)
    intro = RichTextField(_("introduction"), features=PROSE, blank=True)
    steps = StreamField(
        [("step", blocks.CharBlock(label=_("Item or step")))],
        verbose_name=_("checklist items or steps"),
        blank=True,
    )
    document = models.ForeignKey(
        "wagtaildocs.Document",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("document to download"),
    )

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        FieldPanel("kind"),
        FieldPanel("intro"),
        FieldPanel("steps"),
        FieldPanel("document"),
        *TaggedPage.tag_panels,
    ]
    search_fields = TaggedPage.search_fields + [index.SearchField("intro")]

    class Meta:
        verbose_name = _("tool")
