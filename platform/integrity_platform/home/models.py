from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from integrity_common.kept_pages import KeptPageMixin

from .blocks import BodyBlock
from .next_steps import next_steps_for


class ContentPage(KeptPageMixin, Page):
    """Fields every host page shares: a short introduction and a body."""

    intro = models.TextField(_("introduction"), blank=True)
    body = StreamField(BodyBlock(), verbose_name=_("body"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    search_fields = Page.search_fields + [
        index.SearchField("intro"),
        index.SearchField("body"),
    ]

    class Meta:
        abstract = True


class HomePage(ContentPage):
    """The site's front door: says what the platform is and shows each visitor their next
    step (see next_steps.py)."""

    max_count_per_parent = 1
    parent_page_types = ["wagtailcore.Page"]

    class Meta:
        verbose_name = _("home page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["next_steps"] = next_steps_for(request)
        return context


class StandardPage(ContentPage):
    """A plain content page: the accessibility statement, the privacy notice, and so on."""

    parent_page_types = ["home.HomePage", "home.StandardPage"]
    subpage_types = ["home.StandardPage"]

    class Meta:
        verbose_name = _("standard page")
