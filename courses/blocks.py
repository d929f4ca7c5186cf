"""The blocks a trainer builds a lesson from, knowledge checks included.

Every question keeps its StreamField block id as its identity, and every option its list
item id: simple_translation copies both into a translation, so a learner's answers stay
theirs when they switch language.
"""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageChooserBlock
from wagtail.snippets.blocks import SnippetChooserBlock

QUESTION_TYPES = ("single_choice", "multiple_choice", "true_false", "reflection")
GRADED_TYPES = ("single_choice", "multiple_choice", "true_false")


class ImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("Image"))
    alt_text = blocks.CharBlock(
        label=_("Alternative text"),
        help_text=_("What the image shows, for people who cannot see it."),
    )
    caption = blocks.CharBlock(label=_("Caption"), required=False)

    class Meta:
        icon = "image"
        label = _("Image")
        template = "courses/blocks/image.html"


class VideoBlock(blocks.StructBlock):
    video = EmbedBlock(label=_("Video address"))
    title = blocks.CharBlock(label=_("Title"))
    transcript = blocks.RichTextBlock(
        label=_("Transcript"),
        features=["bold", "italic", "ul", "ol"],
        help_text=_("Everything said and shown, for people who cannot watch or hear it."),
    )

    class Meta:
        icon = "media"
        label = _("Video")
        template = "courses/blocks/video.html"


# Previews in the block picker are in the editor's language, like the rest of the admin.


class CodeRuleBlock(blocks.StructBlock):
    # Tagged with the code's own value (certificates plugin), so a rule shows the value's
    # name in the reader's language and lessons can be found by value.
    value = SnippetChooserBlock("certificates.CodeValue", label=_("Value of the code"))
    rule = blocks.TextBlock(label=_("Rule"))

    class Meta:
        icon = "pick"
        label = _("Rule from the code")
        template = "courses/blocks/code_rule.html"
        preview_value = {"rule": _("You report abuse or corruption that you witness.")}


class QuoteBlock(blocks.StructBlock):
    quote = blocks.TextBlock(label=_("Quote"))
    attribution = blocks.CharBlock(
        label=_("Who says it"), required=False, help_text=_("A role, not a name.")
    )

    class Meta:
        icon = "openquote"
        label = _("Quote or testimony")
        template = "courses/blocks/quote.html"
        preview_value = {
            "quote": _("We talked it through before the visit; that made saying no easy."),
            "attribution": _("a twinning coordinator"),
        }


class DocumentBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("Document"))
    description = blocks.CharBlock(label=_("Description"), required=False)

    class Meta:
        icon = "doc-full"
        label = _("Downloadable document")
        template = "courses/blocks/document.html"


class OptionBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Answer"))
    is_correct = blocks.BooleanBlock(label=_("Correct"), required=False)
    feedback = blocks.TextBlock(
        label=_("Feedback"), help_text=_("Shown to whoever chooses this answer: explain why.")
    )

    class Meta:
        icon = "radio-full"
        label = _("Option")


class ChoiceQuestionBlock(blocks.StructBlock):
    question = blocks.TextBlock(label=_("Question"))
    options = blocks.ListBlock(OptionBlock(), label=_("Options"), min_num=2, max_num=6)

    allow_several = False

    class Meta:
        icon = "radio-full"
        template = "courses/blocks/question_preview.html"

    def clean(self, value):
        value = super().clean(value)
        correct = sum(1 for option in value["options"] if option["is_correct"])
        if not self.allow_several and correct != 1:
            raise StructBlockValidationError(
                block_errors={"options": ValidationError(_("Mark exactly one answer correct."))}
            )
        if self.allow_several and correct < 1:
            raise StructBlockValidationError(
                block_errors={"options": ValidationError(_("Mark at least one answer correct."))}
            )
        return value


class SingleChoiceBlock(ChoiceQuestionBlock):
    class Meta:
        label = _("Single choice question")
        preview_value = {
            "question": _("A partner offers you a small gift after a meeting. What do you do?"),
            "options": [
                {"text": _("Refuse it"), "is_correct": False, "feedback": _("Not always needed.")},
                {"text": _("Accept and report it"), "is_correct": True, "feedback": _("Yes.")},
            ],
        }


class MultipleChoiceBlock(ChoiceQuestionBlock):
    allow_several = True

    class Meta:
        icon = "tick-inverse"
        label = _("Multiple choice question")
        preview_value = {
            "question": _("Whom can you ask for advice in confidence?"),
            "options": [
                {"text": _("The integrity adviser"), "is_correct": True, "feedback": _("Yes.")},
                {"text": _("A confidential counsellor"), "is_correct": True, "feedback": _("Yes.")},
                {
                    "text": _("Nobody"),
                    "is_correct": False,
                    "feedback": _("There is always someone."),
                },
            ],
        }


class TrueFalseBlock(blocks.StructBlock):
    statement = blocks.TextBlock(label=_("Statement"))
    answer = blocks.BooleanBlock(label=_("The statement is true"), required=False)
    feedback_true = blocks.TextBlock(label=_("Feedback for who answers “true”"))
    feedback_false = blocks.TextBlock(label=_("Feedback for who answers “false”"))

    class Meta:
        icon = "tick"
        label = _("True or false")
        template = "courses/blocks/question_preview.html"
        preview_value = {
            "statement": _("The complaints manager answers within two weeks."),
            "answer": True,
            "feedback_true": _("Right."),
            "feedback_false": _("It is two weeks."),
        }


class ReflectionBlock(blocks.StructBlock):
    prompt = blocks.TextBlock(label=_("Question for reflection"))

    class Meta:
        icon = "comment"
        label = _("Reflection (not graded, private to the learner)")
        template = "courses/blocks/question_preview.html"
        preview_value = {"prompt": _("When did you last doubt whether to accept an invitation?")}


class LessonBodyBlock(blocks.StreamBlock):
    text = blocks.RichTextBlock(
        label=_("Text"),
        features=["h2", "h3", "bold", "italic", "link", "ol", "ul", "document-link"],
        template="courses/blocks/text.html",
    )
    image = ImageBlock()
    video = VideoBlock()
    code_rule = CodeRuleBlock()
    quote = QuoteBlock()
    document = DocumentBlock()
    single_choice = SingleChoiceBlock()
    multiple_choice = MultipleChoiceBlock()
    true_false = TrueFalseBlock()
    reflection = ReflectionBlock()
