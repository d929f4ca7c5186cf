"""The blocks of the "Where can I go?" guide: the answers a visitor can pick, and the outcomes
they lead to. The integrity officer writes them per language, so the guide follows the
policy when it changes; the slugs are the addresses of the steps in that language."""

from django.core.exceptions import ValidationError
from django.core.validators import validate_slug
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError

from certificates.models import CodeValue
from integrity_common.page_cache import default_locale


class KeyBlock(blocks.CharBlock):
    """A key an answer uses to name its outcome: the same in every language, so translators
    leave it alone (translating.po skips blocks that are not translatable)."""

    translatable = False

    def __init__(self, **kwargs):
        super().__init__(max_length=50, validators=[validate_slug], **kwargs)


def contact_role_choices():
    from .models import IntegrityContact  # the page model imports these blocks

    return IntegrityContact.Role.choices


def code_value_choices():
    """The code's values by key, named in the default language (the key is the same in
    every language)."""
    return [
        (value.key, value.name)
        for value in CodeValue.objects.filter(locale=default_locale()).order_by("sort_order")
    ]


def rule_numbers(text):
    """ "4, 5" → [4, 5]; the numbers of rules as the code page lists them under a value."""
    numbers = []
    for part in (text or "").replace(";", ",").split(","):
        part = part.strip()
        if not part:
            continue
        if not part.isdigit() or int(part) < 1:
            raise ValidationError(_("Give rule numbers separated by commas, such as 4, 5."))
        numbers.append(int(part))
    return numbers


class CodeReferenceBlock(blocks.StructBlock):
    value = blocks.ChoiceBlock(choices=code_value_choices, label=_("value of the code"))
    rules = blocks.CharBlock(
        label=_("rule numbers"),
        required=False,
        help_text=_(
            "The numbers of the rules that apply, as the code lists them under this value, "
            "separated by commas (e.g. 4, 5). Leave empty to show the motto only. Check them "
            "when a new version of the code is published."
        ),
    )

    def clean(self, value):
        value = super().clean(value)
        try:
            rule_numbers(value["rules"])
        except ValidationError as error:
            raise StructBlockValidationError({"rules": error}) from None
        return value

    class Meta:
        icon = "doc-full"
        label = _("rules of the code")


class OutcomeBlock(blocks.StructBlock):
    key = KeyBlock(
        label=_("key"),
        help_text=_("Answers lead to this outcome by its key; it is not shown. E.g. adviser."),
    )
    title = blocks.CharBlock(label=_("title"), max_length=160)
    text = blocks.RichTextBlock(label=_("text"), features=["bold", "italic", "link", "ul"])
    contacts = blocks.MultipleChoiceBlock(
        choices=contact_role_choices,
        required=False,
        label=_("contacts to show"),
        help_text=_("The integrity contacts with these roles are shown, in this order."),
    )
    reporting = blocks.BooleanBlock(
        required=False,
        label=_("formal report"),
        help_text=_(
            "Show how a report is handled (the page's text on reporting), the complaint "
            "form and the complaints procedure."
        ),
    )
    code = blocks.ListBlock(CodeReferenceBlock(), label=_("what the code says"), default=[])

    class Meta:
        icon = "flag"
        label = _("outcome")


def step_address_block():
    """An answer's step in the web address, which the page's language names."""
    return blocks.CharBlock(
        label=_("address"),
        max_length=50,
        validators=[validate_slug],
        help_text=_("The last part of this step's web address, in this language."),
    )


class FollowUpAnswerBlock(blocks.StructBlock):
    slug = step_address_block()
    label = blocks.CharBlock(label=_("answer"), max_length=200)
    outcome = KeyBlock(label=_("leads to outcome"), help_text=_("The key of an outcome below."))

    class Meta:
        icon = "arrow-right"
        label = _("answer")


class AnswerBlock(blocks.StructBlock):
    slug = step_address_block()
    label = blocks.CharBlock(label=_("answer"), max_length=200)
    outcome = KeyBlock(
        label=_("leads to outcome"),
        required=False,
        help_text=_("The key of an outcome; or leave empty and ask a follow-up question."),
    )
    question = blocks.CharBlock(label=_("follow-up question"), max_length=200, required=False)
    answers = blocks.ListBlock(
        FollowUpAnswerBlock(), label=_("answers to the follow-up question"), default=[]
    )

    def clean(self, value):
        value = super().clean(value)
        if bool(value["outcome"]) == bool(value["question"] or value["answers"]):
            raise StructBlockValidationError(
                block_errors={
                    "outcome": ValidationError(
                        _("Lead either to an outcome or to a follow-up question with answers.")
                    )
                }
            )
        if value["question"] and not value["answers"]:
            raise StructBlockValidationError(
                block_errors={"question": ValidationError(_("Give the question its answers."))}
            )
        return value

    class Meta:
        icon = "help"
        label = _("answer")
