"""Knowledge checks: reading the questions out of a lesson, checking and grading answers."""

from dataclasses import dataclass

from django.utils.translation import gettext as _

from .blocks import GRADED_TYPES, QUESTION_TYPES

TRUE, FALSE = "true", "false"


class InvalidAnswer(Exception):
    """The submitted answer cannot be recorded; the message says why, for the learner."""


@dataclass
class Option:
    id: str
    text: str
    is_correct: bool
    feedback: str


@dataclass
class Question:
    id: str
    kind: str
    text: str
    options: list

    @property
    def is_graded(self):
        return self.kind in GRADED_TYPES

    @property
    def allows_several(self):
        return self.kind == "multiple_choice"

    def option(self, option_id):
        return next((option for option in self.options if option.id == option_id), None)


def _question(block):
    value = block.value
    if block.block_type in ("single_choice", "multiple_choice"):
        options = [
            Option(item.id, item.value["text"], item.value["is_correct"], item.value["feedback"])
            for item in value["options"].bound_blocks
        ]
        return Question(block.id, block.block_type, value["question"], options)
    if block.block_type == "true_false":
        options = [
            Option(TRUE, _("True"), value["answer"], value["feedback_true"]),
            Option(FALSE, _("False"), not value["answer"], value["feedback_false"]),
        ]
        return Question(block.id, "true_false", value["statement"], options)
    return Question(block.id, "reflection", value["prompt"], [])


def questions_in(lesson):
    return [_question(block) for block in lesson.body if block.block_type in QUESTION_TYPES]


def find_question(lesson, question_id):
    return next((q for q in questions_in(lesson) if q.id == question_id), None)


def check_choice(question, selected_ids):
    """Validate the chosen option ids; returns (ids, is_correct) or raises InvalidAnswer."""
    selected_ids = [option_id for option_id in selected_ids if option_id]
    if not selected_ids:
        raise InvalidAnswer(_("Choose an answer before checking it."))
    if not question.allows_several and len(selected_ids) > 1:
        raise InvalidAnswer(_("Choose only one answer."))
    if len(set(selected_ids)) != len(selected_ids) or any(
        question.option(option_id) is None for option_id in selected_ids
    ):
        raise InvalidAnswer(_("That answer is not one of the options. Please choose again."))
    correct = {option.id for option in question.options if option.is_correct}
    return selected_ids, set(selected_ids) == correct


def check_reflection(text):
    text = (text or "").strip()
    if not text:
        raise InvalidAnswer(_("Write a few words before saving your reflection."))
    if len(text) > 5000:
        raise InvalidAnswer(_("Keep your reflection under 5,000 characters."))
    return text
