"""What the host's data protection asks the dilemmas plugin to forget. The plugin does not
decide when: the host's retention rules and erasure call these, with the moment before
which data has expired. With dry_run they count and change nothing."""

from django.db.models import Q

from .models import Participant, PracticeAnswer
from .models.live import new_token


def erase_participant(user):
    """Forget a person in the dilemma training. Their practice answers go. In live
    sessions they become a guest without a nickname: their votes stay, anonymous, so that
    the sessions' results do not change."""
    PracticeAnswer.objects.filter(user=user).delete()
    for participant in Participant.objects.filter(user=user):
        _forget(participant, user=None)


def forget_live_guests(ended_before, dry_run=False):
    """Guests' nicknames of the live sessions that ended before `ended_before` (or were
    left running since before it: a live session lasts an hour, not days). Their votes
    stay for the session's summary; a new cookie token unlinks them from the phone that
    cast them. Returns how many guests."""
    guests = Participant.objects.filter(user__isnull=True).exclude(nickname="")
    guests = guests.filter(
        Q(session__ended_at__lt=ended_before)
        | Q(session__ended_at__isnull=True, session__started_at__lt=ended_before)
    )
    if dry_run:
        return guests.count()
    count = 0
    for guest in guests.iterator():
        _forget(guest)
        count += 1
    return count


def purge_practice_answers(answered_before, dry_run=False):
    """Practice answers given before `answered_before`. Returns how many."""
    answers = PracticeAnswer.objects.filter(answered_at__lt=answered_before)
    if dry_run:
        return answers.count()
    _total, per_model = answers.delete()
    return per_model.get(PracticeAnswer._meta.label, 0)


def _forget(participant, **changes):
    for name, value in {"nickname": "", "token": new_token(), **changes}.items():
        setattr(participant, name, value)
    participant.save(update_fields=["nickname", "token", *changes])
