"""Public questions other apps ask the dilemmas plugin (the host's training record)."""

from django.utils.translation import get_language

from .models import Participant, PracticeAnswer
from .results import in_language


def practice_answers_of(user):
    """The dilemmas a person practised alone, newest first (their own eyes only), each
    with `title` in the active language."""
    answers = list(
        PracticeAnswer.objects.filter(user=user).select_related("dilemma").order_by("-answered_at")
    )
    translated = in_language([answer.dilemma for answer in answers], get_language())
    for answer, dilemma in zip(answers, translated, strict=True):
        answer.title = dilemma.title
    return answers


def sessions_joined_by(user):
    """The live sessions a signed-in person joined, newest first."""
    return (
        Participant.objects.filter(user=user)
        .select_related("session")
        .order_by("-session__started_at")
    )
