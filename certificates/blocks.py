from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.snippets.blocks import SnippetChooserBlock


class ValueBlock(blocks.StructBlock):
    """One value of the code: the value itself (name and motto live on the value, so other
    plugins can tag content with it) and the behaviour rules the code attaches to it."""

    value = SnippetChooserBlock("certificates.CodeValue", label=_("Value"))
    # As the code has it, e.g. "Collegialiteit in je gedrag betekent:".
    lead_in = blocks.CharBlock(required=False, max_length=200, label=_("Sentence before the rules"))
    rules = blocks.ListBlock(blocks.TextBlock(label=_("Rule")), label=_("Behaviour rules"))

    class Meta:
        icon = "pick"
        label = _("Value with its rules")
        template = "certificates/blocks/value.html"
