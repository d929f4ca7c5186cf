"""Template tags of the certificates plugin."""

from django import template

from ..text import acknowledged_text, paragraphs

register = template.Library()


@register.simple_tag
def code_text_of(acknowledgement):
    """The frozen text an acknowledgement was made on, with its paragraphs, as the PDF's
    annex prints it: {"text": CodeVersionText, "paragraphs": [...]}, or None."""
    text = acknowledged_text(acknowledgement)
    return {"text": text, "paragraphs": paragraphs(text.text)} if text else None
