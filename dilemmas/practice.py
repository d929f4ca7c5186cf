"""Practising alone: choose an option, say why, then see how others chose (only once
enough people answered to keep everyone anonymous) and the expert commentary."""

from dataclasses import dataclass

from django import forms
from django.db.models import Count
from django.utils.translation import gettext_lazy as _

from integrity_common.page_cache import cached

from .app_settings import app_settings
from .models import PracticeAnswer


@dataclass
class Share:
    number: int
    label: str
    count: int
    percent: int


def shares(labels, counts):
    """One Share per option, percentages of the total (rounded; they may add to 99-101)."""
    total = sum(counts.values())
    return [
        Share(n, label, counts.get(n, 0), round(100 * counts.get(n, 0) / total) if total else 0)
        for n, label in enumerate(labels, start=1)
    ]


def distribution(dilemma):
    """{option number: answers} over everyone who practised this dilemma, any language."""
    rows = (
        PracticeAnswer.objects.filter(dilemma=dilemma.canonical())
        .values_list("option")
        .annotate(n=Count("pk"))
    )
    return dict(rows)


class AnswerForm(forms.Form):
    option = forms.TypedChoiceField(
        label=_("What would you do?"),
        coerce=int,
        widget=forms.RadioSelect,
        error_messages={
            "required": _("Choose one of the options."),
            "invalid_choice": _("That option is not one of this dilemma's options."),
        },
    )
    justification = forms.CharField(
        label=_("Why? Explain your choice in a few sentences"),
        widget=forms.Textarea(attrs={"rows": 4}),
        max_length=2000,
        error_messages={"required": _("Say briefly why you chose this option.")},
    )

    def __init__(self, *args, options, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["option"].choices = [
            (n, option.label) for n, option in enumerate(options, start=1)
        ]


def options_of(dilemma):
    # The options change only when the dilemma is published, which renews the cache.
    return cached("dilemma-options", dilemma.pk, build=lambda: list(dilemma.options.all()))


def practice_state(user, dilemma):
    state = {"answer": None, "form": None, "answering": False, "shares": None}
    if not user.is_authenticated:
        return state
    try:
        # One per reader and dilemma: get() leaves out the list's ordering.
        answer = PracticeAnswer.objects.get(user=user, dilemma=dilemma.canonical())
    except PracticeAnswer.DoesNotExist:
        # The blank form is kept rendered: built (templates call callables) only when the
        # kept copy is missing.
        state["answering"] = True
        state["blank_form"] = lambda: AnswerForm(options=options_of(dilemma))
        return state
    options = options_of(dilemma)
    state["options"] = options
    state["answer"] = answer
    state["chosen"] = options[answer.option - 1] if answer.option <= len(options) else None
    counts = distribution(dilemma)
    state["answer_count"] = sum(counts.values())
    if state["answer_count"] >= app_settings.MIN_ANSWERS_FOR_DISTRIBUTION:
        state["shares"] = shares([o.label for o in options], counts)
    state["threshold"] = app_settings.MIN_ANSWERS_FOR_DISTRIBUTION
    return state
