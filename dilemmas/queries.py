"""Public questions other apps ask the dilemmas plugin (the host's training record)."""

from .models import Participant, PracticeAnswer


def practice_answers_of(user):
    """The dilemmas a person practised alone, newest first (their own eyes only)."""
    return (
        PracticeAnswer.objects.filter(user=user).select_related("dilemma").order_by("-answered_at")
    )


def sessions_joined_by(user):
    """The live sessions a signed-in person joined, newest first."""
    return (
        Participant.objects.filter(user=user)
        .select_related("session")
        .order_by("-session__started_at")
    )
