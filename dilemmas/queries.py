"""Public questions other apps ask the dilemmas plugin (the host's training record)."""

from django.db.models import Prefetch
from django.utils.translation import get_language

from .models import DilemmaOption, Participant, PracticeAnswer
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


def personal_data(user):
    """Everything the plugin holds about a person, as plain data for their own copy of it
    (the right of access): their practice answers, and the live sessions they joined with
    their own votes, titles in the active language where translated. A constant number
    of queries, however many."""
    language = get_language()
    options = Prefetch("dilemma__options", queryset=DilemmaOption.objects.order_by("sort_order"))
    answers = list(
        PracticeAnswer.objects.filter(user=user)
        .select_related("dilemma")
        .prefetch_related(options)
        .order_by("answered_at")
    )
    shown = in_language([answer.dilemma for answer in answers], language)
    participations = (
        Participant.objects.filter(user=user)
        .select_related("session")
        .prefetch_related("votes")
        .order_by("joined_at")
    )
    return {
        "practice_answers": [
            {
                "dilemma": dilemma.title,
                "option": answer.option,
                "option_label": _option_label(dilemma, answer.option),
                "why": answer.justification,
                "language": answer.language,
                "answered_at": answer.answered_at,
            }
            for answer, dilemma in zip(answers, shown, strict=True)
        ],
        "live_sessions": [
            {
                "session": participant.session.title_in(language),
                "started_at": participant.session.started_at,
                "ended_at": participant.session.ended_at,
                "joined_at": participant.joined_at,
                "nickname": participant.nickname,
                "votes": [
                    {
                        "dilemma_number": vote.position + 1,
                        "round": vote.round,
                        "option": vote.option,
                        "cast_at": vote.cast_at,
                    }
                    for vote in sorted(participant.votes.all(), key=lambda v: v.cast_at)
                ],
            }
            for participant in participations
        ],
    }


def _option_label(dilemma, number):
    """Votes and answers record an option's place, 1 first (see DilemmaOption)."""
    options = list(dilemma.options.all())
    return options[number - 1].label if 0 < number <= len(options) else ""
