"""The dilemma library: themes, the index page that filters and searches, and dilemmas."""

from django import forms
from django.core.exceptions import PermissionDenied
from django.db import models
from django.http import Http404
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import Locale, Orderable, Page, TranslatableMixin
from wagtail.search import index

from integrity_common import page_cache
from integrity_common.kept_pages import KeptPageMixin
from integrity_common.routes import RoutesInPageLanguageMixin

from ..adapter import get_adapter

PROSE = ["h3", "bold", "italic", "ol", "ul", "link"]


def in_default_language():
    """Tags are chosen once, in the default language; each language shows its own name
    for the same key (see library.names_by_key)."""
    return {"locale": Locale.get_default()}


class Theme(TranslatableMixin, models.Model):
    """What a dilemma is about (gifts and hospitality, conflicts of interest, ...).
    Editors add themes; the key stays the same in every language, so that a filter chosen
    in one language still means the same in another."""

    key = models.SlugField(_("key"), max_length=40)
    name = models.CharField(_("name"), max_length=80)
    sort_order = models.PositiveSmallIntegerField(_("order"), default=0)

    panels = [FieldPanel("key"), FieldPanel("name"), FieldPanel("sort_order")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("theme")
        verbose_name_plural = _("themes")
        ordering = ["sort_order", "name"]
        unique_together = [("translation_key", "locale"), ("key", "locale")]

    def __str__(self):
        return self.name


class Context(models.TextChoices):
    """Where a dilemma happens; recruitment dilemmas are put to candidates in interviews."""

    FLANDERS = "flanders", _("At work in Flanders")
    PARTNER_COUNTRY = "partner_country", _("In a partner country")
    WORK_VISIT = "work_visit", _("On a work visit")
    RECRUITMENT = "recruitment", _("In a recruitment interview")


class DilemmaIndexPage(KeptPageMixin, Page):
    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])

    content_panels = Page.content_panels + [FieldPanel("intro")]
    subpage_types = ["dilemmas.DilemmaPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("dilemma library")

    def get_context(self, request, *args, **kwargs):
        from ..library import browse

        context = super().get_context(request, *args, **kwargs)
        context["library"] = browse(self, request)
        return context


class DilemmaPage(RoutesInPageLanguageMixin, RoutablePageMixin, KeptPageMixin, Page):
    summary = models.CharField(
        _("summary"), max_length=255, help_text=_("One sentence, shown in the library.")
    )
    situation = RichTextField(_("situation"), features=PROSE)
    context = models.CharField(_("context"), max_length=20, choices=Context.choices)
    themes = ParentalManyToManyField(
        Theme, verbose_name=_("themes"), blank=True, limit_choices_to=in_default_language
    )
    values = ParentalManyToManyField(
        "certificates.CodeValue",
        verbose_name=_("values of the code"),
        blank=True,
        limit_choices_to=in_default_language,
        help_text=_("The values of the ethics code this dilemma touches."),
    )
    stakeholders = models.TextField(
        _("who is affected"), help_text=_("Who the choice affects, and how.")
    )
    commentary = RichTextField(
        _("expert commentary"), features=PROSE, help_text=_("Shown after answering.")
    )
    facilitator_notes = RichTextField(
        _("notes for facilitators"),
        features=PROSE,
        blank=True,
        help_text=_("Discussion questions and tips; shown only to facilitators and in the kit."),
    )
    for_recruitment = models.BooleanField(
        _("for recruitment interviews"),
        default=False,
        help_text=_(
            "Hidden from the library and search; only staff who sit on interview panels can "
            "open and print it."
        ),
    )

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        FieldPanel("situation"),
        FieldPanel("stakeholders"),
        InlinePanel("options", heading=_("Options"), label=_("Option"), min_num=2, max_num=4),
        FieldPanel("commentary"),
        FieldPanel("facilitator_notes"),
        MultiFieldPanel(
            [
                FieldPanel("context"),
                FieldPanel("themes", widget=forms.CheckboxSelectMultiple),
                FieldPanel("values", widget=forms.CheckboxSelectMultiple),
                FieldPanel("for_recruitment"),
            ],
            heading=_("Tags"),
        ),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.SearchField("situation"),
        index.SearchField("stakeholders"),
        index.FilterField("for_recruitment"),
        index.FilterField("context"),
        index.FilterField("locale_id"),
    ]
    parent_page_types = ["dilemmas.DilemmaIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("dilemma")
        permissions = [
            ("view_recruitment_dilemmas", _("Can open and print dilemmas for recruitment")),
        ]

    def canonical(self):
        """The dilemma in the default language: answers and votes are recorded against it,
        so that people answering in different languages are counted together."""
        default = page_cache.default_locale()
        if self.locale_id == default.id:
            return self
        return page_cache.cached(
            "canonical", self.pk, build=lambda: self.get_translation_or_none(default) or self
        )

    def check_visible_to(self, user):
        if self.for_recruitment and not get_adapter().can_see_recruitment_dilemmas(user):
            raise Http404

    def serve(self, request, *args, **kwargs):
        if not getattr(request, "is_preview", False):
            self.check_visible_to(request.user)
        return super().serve(request, *args, **kwargs)

    def get_context(self, request, *args, **kwargs):
        from ..library import tag_pages
        from ..practice import practice_state

        context = super().get_context(request, *args, **kwargs)
        tag_pages([self], page_cache.locale(self.locale_id))
        context["practice"] = practice_state(request.user, self)
        context["for_facilitators"] = get_adapter().can_facilitate(request.user)
        return context

    # Translators: the end of a web address: lowercase, no spaces or accents, keep the slashes.
    @path(_("answer/"), name="answer")
    def answer(self, request):
        from ..routes import answer_view

        return answer_view(request, self)

    # Translators: the end of a web address: lowercase, no spaces or accents; keep the
    # slashes and <int:step> as they are.
    @path(_("guide/<int:step>/"), name="guide")
    def guide(self, request, step):
        from ..routes import guide_view

        return guide_view(request, self, step)

    # Translators: the end of a web address: lowercase, no spaces or accents, keep the slashes.
    @path(_("print/"), name="print")
    def print_pdf(self, request):
        from ..routes import print_view

        self.check_printable_by(request.user)
        return print_view(request, self)

    # Translators: the end of a web address: lowercase, no spaces or accents, keep the slashes.
    @path(_("print/page/"), name="print_page")
    def print_page(self, request):
        """The printed version on a page: the PDF's accessible equivalent."""
        from ..routes import print_page_view

        self.check_printable_by(request.user)
        return print_page_view(request, self)

    def check_printable_by(self, user):
        if not get_adapter().can_facilitate(user):
            raise PermissionDenied
        self.check_visible_to(user)


class DilemmaOption(Orderable):
    """What one could do. Votes and answers record the option's place (1, 2, ...), the same
    in every translation, so that a room answering in four languages is counted together."""

    page = ParentalKey(DilemmaPage, on_delete=models.CASCADE, related_name="options")
    label = models.CharField(_("option"), max_length=200)
    considerations = models.TextField(_("considerations"), blank=True)

    panels = [FieldPanel("label"), FieldPanel("considerations")]

    class Meta(Orderable.Meta):
        verbose_name = _("option")
