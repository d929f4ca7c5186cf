"""The Week of Integrity: every first week of December the integrity officer shares a tool,
an experience or a dilemma of the day. A campaign page holds a year's daily items; each
item is scheduled with Wagtail's go-live time, so that it appears on its day once
`publish_scheduled` runs (see the README's periodic jobs)."""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index

from integrity_common.kept_pages import KeptPageMixin
from integrity_common.routes import RoutesInPageLanguageMixin

TEXT = ["bold", "italic", "link", "ul", "ol"]


class CampaignIndexPage(RoutesInPageLanguageMixin, RoutablePageMixin, KeptPageMixin, Page):
    """The Week of Integrity's landing page: the current or next campaign, counting down."""

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    subpage_types = ["campaigns.CampaignPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("Week of Integrity landing page")

    def get_context(self, request, *args, **kwargs):
        from .schedule import landing

        context = super().get_context(request, *args, **kwargs)
        context.update(landing(self))
        return context

    # Translators: the end of a web address: lowercase, no spaces or accents, keep the slashes.
    @path(_("feed/"), name="feed")
    def feed(self, request):
        from .feeds import CampaignFeed

        return CampaignFeed()(request, landing=self)


class CampaignPage(RoutesInPageLanguageMixin, RoutablePageMixin, KeptPageMixin, Page):
    starts_on = models.DateField(_("first day"))
    ends_on = models.DateField(_("last day"))
    intro = RichTextField(_("introduction"), features=TEXT, blank=True)
    hashtag = models.CharField(_("hashtag"), max_length=60, blank=True)

    content_panels = Page.content_panels + [
        FieldRowPanel([FieldPanel("starts_on"), FieldPanel("ends_on")]),
        FieldPanel("intro"),
        FieldPanel("hashtag"),
    ]
    parent_page_types = ["campaigns.CampaignIndexPage"]
    subpage_types = ["campaigns.CampaignItemPage"]

    class Meta:
        verbose_name = _("Week of Integrity campaign")

    def live_items(self):
        return CampaignItemPage.objects.live().public().child_of(self).order_by("day", "path")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["items"] = self.live_items()
        return context

    # Translators: the end of a web address: lowercase, no spaces or accents, keep the slashes.
    @path(_("newsletter/"), name="newsletter_html")
    def newsletter_html(self, request):
        from .newsletter import newsletter

        return newsletter(request, self, "html")

    # Translators: the end of a web address: lowercase, no spaces or accents, keep the slashes.
    @path(_("newsletter/plain/"), name="newsletter_text")
    def newsletter_text(self, request):
        from .newsletter import newsletter

        return newsletter(request, self, "text")


class CampaignItemPage(KeptPageMixin, Page):
    class Kind(models.TextChoices):
        TOOL = "tool", _("Tool")
        EXPERIENCE = "experience", _("Experience")
        DILEMMA = "dilemma", _("Dilemma of the day")

    day = models.DateField(_("day"), default=timezone.localdate)
    kind = models.CharField(_("kind"), max_length=12, choices=Kind.choices)
    intro = models.TextField(
        _("introduction"), help_text=_("One sentence: the teaser and the share description.")
    )
    body = RichTextField(_("body"), features=TEXT)
    link = models.ForeignKey(
        "wagtailcore.Page",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("links to"),
        help_text=_("The tool or dilemma in the library this item is about."),
    )
    social_text = models.TextField(
        _("social media text"),
        max_length=260,
        help_text=_("Ready to copy; the page's address is added after it."),
    )
    share_image = models.ForeignKey(
        "wagtailimages.Image",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("share image"),
    )

    content_panels = Page.content_panels + [
        FieldRowPanel([FieldPanel("day"), FieldPanel("kind")]),
        FieldPanel("intro"),
        FieldPanel("body"),
        FieldPanel("link"),
        MultiFieldPanel(
            [FieldPanel("social_text"), FieldPanel("share_image")], heading=_("Sharing")
        ),
    ]
    search_fields = Page.search_fields + [index.SearchField("intro"), index.SearchField("body")]
    parent_page_types = ["campaigns.CampaignPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("Week of Integrity item")

    @property
    def share_description(self):
        return self.intro

    def get_context(self, request, *args, **kwargs):
        from integrity_common.links import absolute_url

        context = super().get_context(request, *args, **kwargs)
        link = self.link.specific.localized if self.link else None
        context["linked"] = link if link is not None and link.live else None
        context["share_url"] = absolute_url(self.get_url(request), request)
        return context
