"""Running a live session: start it from a playlist, let people join by code, move through
the dilemmas (present, vote, lock, reveal, vote again, next, end) and count the votes.

Every move is one conditional UPDATE on the session's version: two clicks on the same
button, or two facilitators' screens, move the session once."""

from django.db import IntegrityError, transaction
from django.db.models import Count, F
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .models import LiveSession, LiveSessionItem, Participant, Phase, Vote
from .signals import session_attended


class LiveError(Exception):
    """A move or a vote that cannot happen; the message is shown to the person."""


def as_number(value):
    """A number posted by a form; anything else becomes -1, which no position, round or
    option ever is."""
    try:
        return int(value)
    except (TypeError, ValueError):
        return -1


def start(playlist, facilitator, language, counts_for="", counts_for_label=""):
    dilemmas = [item.dilemma.specific.canonical() for item in playlist.items.all()]
    if not dilemmas:
        raise LiveError(_("This playlist has no dilemmas yet."))
    with transaction.atomic():
        session = LiveSession.objects.create(
            title=playlist.title,
            titles=playlist.titles_by_language(),
            playlist=playlist,
            facilitator=facilitator,
            language=language,
            counts_for=counts_for,
            counts_for_label=counts_for_label,
        )
        LiveSessionItem.objects.bulk_create(
            LiveSessionItem(
                session=session,
                position=position,
                dilemma=dilemma,
                option_count=dilemma.options.count(),
            )
            for position, dilemma in enumerate(dilemmas)
        )
    return session


# action: (phases it may start from, what it changes)
MOVES = {
    "begin": ({Phase.LOBBY}, lambda s: {"phase": Phase.PRESENTING}),
    "open": ({Phase.PRESENTING}, lambda s: {"phase": Phase.VOTING, "round": 1}),
    "lock": ({Phase.VOTING}, lambda s: {"phase": Phase.LOCKED}),
    "reveal": ({Phase.VOTING, Phase.LOCKED}, lambda s: {"phase": Phase.REVEALED}),
    "revote": ({Phase.REVEALED}, lambda s: {"phase": Phase.VOTING, "round": 2}),
    "next": (
        {Phase.REVEALED, Phase.PRESENTING},
        lambda s: {"phase": Phase.PRESENTING, "position": s.position + 1, "round": 1},
    ),
    "end": (set(Phase) - {Phase.ENDED}, lambda s: {"phase": Phase.ENDED}),
}


def allowed_moves(session):
    moves = [name for name, (phases, _change) in MOVES.items() if session.phase in phases]
    last = session.position >= session.items.count() - 1
    if "next" in moves and last:
        moves.remove("next")
    if "revote" in moves and session.round > 1:
        moves.remove("revote")
    return moves


def move(session, action, version):
    """Apply a facilitator's action, if the session is still where their screen showed it."""
    if action not in MOVES or action not in allowed_moves(session):
        raise LiveError(_("That step is not possible at this point of the session."))
    changes = MOVES[action][1](session)
    if action == "end":
        changes["ended_at"] = timezone.now()
    if action in ("open", "revote"):
        changes["voting_opened_at"] = timezone.now()
    if action == "revote":
        LiveSessionItem.objects.filter(session=session, position=session.position).update(rounds=2)
    updated = LiveSession.objects.filter(pk=session.pk, version=version).update(
        version=F("version") + 1, **changes
    )
    if not updated:
        raise LiveError(_("The session had already moved on; this is where it is now."))
    session.refresh_from_db()
    return session


def join(session, user=None, nickname=""):
    """Let someone into the room. A member who joins again (another phone, a reload) keeps
    their place and their votes; a member joining a session that counts toward the annual
    review is announced, so the host can record them as having taken part."""
    if not session.is_open:
        raise LiveError(_("This session has ended."))
    if user is not None and user.is_authenticated:
        participant, created = Participant.objects.get_or_create(session=session, user=user)
        if created and session.counts_for:
            # Announced once the place is committed, so that the host never records an
            # attendance for a join that was rolled back.
            transaction.on_commit(
                lambda: session_attended.send(
                    sender=LiveSession, session=session, user=user, counts_for=session.counts_for
                )
            )
        return participant
    return Participant.objects.create(session=session, nickname=nickname.strip())


# {(session id, code): {position: option count}}: frozen when the session starts, so a
# worker keeps them rather than ask the database at every one of a hall's votes. The code
# is in the key because SQLite may give a deleted session's id to the next one.
_option_counts = {}


def option_counts(session):
    key = (session.pk, session.code)
    counts = _option_counts.get(key)
    if counts is None:
        if len(_option_counts) > 1000:
            _option_counts.clear()
        counts = dict(session.items.values_list("position", "option_count"))
        _option_counts[key] = counts
    return counts


def cast_vote(participant, position, round_, option):
    """Record one vote. Refused when voting is not open for that dilemma and round, when
    the option does not exist, when this participant already voted in this round, or when
    they joined as a guest after this vote opened.

    Why that last rule: a guest is only a cookie, so clearing it (or a private window) makes
    a new guest, and each could vote again: 20 rejoins, 20 votes. Nothing ties a phone to a
    person without an account, and a per-address cap cannot tell a cheat from a hall of
    200 phones behind one municipal address. What the facilitator needs is that the vote on
    the screen counts each person in the room once, so a guest's voice in a vote is fixed
    when the vote opens: rejoining during it gives none. A latecomer who arrives in the
    middle of a vote (rare, and told so) votes from the next one; members keep their one
    place however often they join."""
    session = participant.session
    if session.phase != Phase.VOTING or (position, round_) != (session.position, session.round):
        raise LiveError(_("Voting on this dilemma is closed."))
    opened = session.voting_opened_at
    if participant.user_id is None and opened and participant.joined_at > opened:
        raise LiveError(_("You joined while this vote was open: you can vote from the next one."))
    option_count = option_counts(session).get(position)
    if option_count is None or not 1 <= option <= option_count:
        raise LiveError(_("That option is not one of this dilemma's options."))
    try:
        with transaction.atomic():
            return Vote.objects.create(
                session=session,
                participant=participant,
                position=position,
                round=round_,
                option=option,
            )
    except IntegrityError:
        raise LiveError(_("You already voted in this round.")) from None


def counts(session, position=None):
    """{position: {round: {option: votes}}} for the session (or one of its dilemmas), in
    one query."""
    votes = Vote.objects.filter(session=session)
    if position is not None:
        votes = votes.filter(position=position)
    result = {}
    for position_, round_, option, n in votes.values_list("position", "round", "option").annotate(
        n=Count("pk")
    ):
        result.setdefault(position_, {}).setdefault(round_, {})[option] = n
    return result


def attendance(session):
    """How many joined: members and guests, never who."""
    members = session.participants.filter(user__isnull=False).count()
    return {"members": members, "guests": session.participants.count() - members}
