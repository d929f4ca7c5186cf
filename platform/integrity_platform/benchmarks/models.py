from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.fields import StreamField
from wagtail.models import Page


class ReferencePage(Page):
    """The yardstick of `manage.py benchmark`: a page as `wagtail start` makes one, a
    StreamField of headings, paragraphs and quotes in a minimal template, with none of this
    site's shell. The benchmark creates one, measures our pages against it and removes it;
    editors never see this type (`is_creatable`)."""

    body = StreamField(
        [
            ("heading", blocks.CharBlock(form_classname="title")),
            ("paragraph", blocks.RichTextBlock()),
            ("quote", blocks.BlockQuoteBlock()),
        ],
        blank=True,
    )

    content_panels = Page.content_panels + ["body"]
    is_creatable = False

    class Meta:
        verbose_name = _("benchmark reference page")
