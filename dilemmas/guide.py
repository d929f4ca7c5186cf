"""The moral-judgement guide: one dilemma, walked through step by step, alone or with a
room (the facilitator shows it on the big screen with ?room=1)."""

from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _

from certificates.queries import values_with_rules


@dataclass(frozen=True)
class Step:
    slug: str
    title: str
    question: str


STEPS = [
    Step(
        "facts",
        _("The facts"),
        _("What exactly is happening? Keep apart what you know from what you assume."),
    ),
    Step(
        "affected",
        _("Who is affected"),
        _("Who feels the consequences of what you do, here and in the partner municipality?"),
    ),
    Step(
        "values",
        _("Values and rules of the code"),
        _("Which values of the ethics code are at stake, and which rules say something about it?"),
    ),
    Step(
        "options",
        _("The options"),
        _("What could you do? Is there an option nobody has named yet?"),
    ),
    Step(
        "choice",
        _("Your choice and why"),
        _("Which option do you choose, and which argument weighs most for you?"),
    ),
    Step(
        "saying",
        _("What you would say"),
        _("How would you explain your choice to those affected, face to face?"),
    ),
]


def code_values_of(dilemma, language):
    """The values the dilemma is tagged with, in the visitor's language, with their rules."""
    return values_with_rules(language, set(dilemma.values.values_list("key", flat=True)))
