"""Live group sessions: a facilitator's playlist, the session a room joins by code, who
joined, and the anonymous votes per dilemma and round."""

import secrets

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel, PageChooserPanel
from wagtail.models import Locale, Orderable, TranslatableMixin

from integrity_common.page_cache import default_locale

# No 0/O, 1/I/L: a code read off a projector is typed on a phone without guessing.
CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
CODE_LENGTH = 6


def new_code():
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))


def new_token():
    return secrets.token_urlsafe(24)


class Playlist(TranslatableMixin, ClusterableModel):
    """A facilitator's list of dilemmas for a live session: a translatable snippet, one row
    per language under one translation_key, so editors translate it with Wagtail's
    "Translate" like every other snippet, and a phone in the room reads the title of the
    translation in its own language (frozen into the session at start, see
    LiveSession.titles). The session runs the dilemmas of the playlist it was started
    from; each phone reads each dilemma in its own language."""

    title = models.CharField(_("title"), max_length=200)
    description = models.TextField(_("description"), blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        editable=False,
        related_name="+",
    )

    panels = [
        FieldPanel("title"),
        FieldPanel("description"),
        InlinePanel("items", heading=_("Dilemmas"), label=_("Dilemma"), min_num=1),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("playlist")
        verbose_name_plural = _("playlists")
        ordering = ["title"]

    def __str__(self):
        return self.title

    def save(self, *args, **kwargs):
        # Made in code (the demo, a benchmark) rather than in the admin, which sets it:
        # in the site's main language.
        if self.locale_id is None:
            self.locale = Locale.get_default()
        super().save(*args, **kwargs)

    def titles_by_language(self):
        """{language code: title} for every language the playlist is translated into,
        its own included: one query."""
        return dict(
            Playlist.objects.filter(translation_key=self.translation_key).values_list(
                "locale__language_code", "title"
            )
        )


def playlists_in(language):
    """One playlist per translation_key, for a facilitator to choose from or print: the
    translation in `language` where there is one, else the one in the site's main
    language, else any. Playlists are few: one query, sorted by title."""
    playlists = list(Playlist.objects.select_related("locale").order_by("pk"))
    default = default_locale().pk if playlists else None
    chosen = {}
    for playlist in playlists:
        if playlist.locale.language_code == language:
            rank = 0
        elif playlist.locale_id == default:
            rank = 1
        else:
            rank = 2
        best = chosen.get(playlist.translation_key)
        if best is None or rank < best[0]:
            chosen[playlist.translation_key] = (rank, playlist)
    return sorted((playlist for _rank, playlist in chosen.values()), key=lambda p: p.title.lower())


class PlaylistItem(Orderable):
    playlist = ParentalKey(Playlist, on_delete=models.CASCADE, related_name="items")
    dilemma = models.ForeignKey(
        "dilemmas.DilemmaPage",
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("dilemma"),
    )

    panels = [PageChooserPanel("dilemma", "dilemmas.DilemmaPage")]

    class Meta(Orderable.Meta):
        verbose_name = _("dilemma in a playlist")


class Phase(models.TextChoices):
    LOBBY = "lobby", _("Waiting for people to join")
    PRESENTING = "presenting", _("Reading the dilemma")
    VOTING = "voting", _("Voting is open")
    LOCKED = "locked", _("Voting is closed")
    REVEALED = "revealed", _("Results shown")
    ENDED = "ended", _("Ended")


class LiveSession(models.Model):
    title = models.CharField(_("title"), max_length=200)
    # The playlist's title in other languages, {language code: title}, frozen at start
    # like its dilemmas.
    titles = models.JSONField(default=dict, blank=True, editable=False)
    playlist = models.ForeignKey(
        Playlist, on_delete=models.SET_NULL, null=True, blank=True, related_name="sessions"
    )
    facilitator = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
        verbose_name=_("facilitator"),
    )
    code = models.CharField(_("code"), max_length=CODE_LENGTH, unique=True, default=new_code)
    language = models.CharField(_("language of the screen"), max_length=8)
    counts_for = models.CharField(_("counts for"), max_length=100, blank=True)
    counts_for_label = models.CharField(max_length=200, blank=True)
    started_at = models.DateTimeField(_("started at"), default=timezone.now)
    ended_at = models.DateTimeField(_("ended at"), null=True, blank=True)
    phase = models.CharField(_("phase"), max_length=12, choices=Phase.choices, default=Phase.LOBBY)
    position = models.PositiveSmallIntegerField(default=0)
    round = models.PositiveSmallIntegerField(default=1)
    # Bumped on every change: phones compare it to decide whether anything moved, and the
    # facilitator's buttons send it back so that a double click acts only once.
    version = models.PositiveIntegerField(default=1)
    # When the vote now open (or last opened) began: a guest who joins after it waits for the
    # next one (see live.cast_vote).
    voting_opened_at = models.DateTimeField(null=True, blank=True, editable=False)

    class Meta:
        verbose_name = _("live session")
        verbose_name_plural = _("live sessions")
        ordering = ["-started_at"]

    def __str__(self):
        return f"{self.title} ({self.code})"

    def title_in(self, language):
        return self.titles.get(language) or self.title

    @property
    def is_open(self):
        return self.phase != Phase.ENDED

    def state(self):
        """What every phone polls for: small, the same for everyone, no names."""
        return {
            "version": self.version,
            "phase": self.phase,
            "position": self.position,
            "round": self.round,
        }


class LiveSessionItem(models.Model):
    """The session's dilemmas, frozen at start: editing the playlist later changes nothing
    in a session that ran."""

    session = models.ForeignKey(LiveSession, on_delete=models.CASCADE, related_name="items")
    position = models.PositiveSmallIntegerField()
    dilemma = models.ForeignKey("dilemmas.DilemmaPage", on_delete=models.PROTECT, related_name="+")
    option_count = models.PositiveSmallIntegerField()
    rounds = models.PositiveSmallIntegerField(default=1)

    class Meta:
        ordering = ["position"]
        constraints = [
            models.UniqueConstraint(fields=["session", "position"], name="one_item_per_position")
        ]

    def __str__(self):
        return f"{self.session.code} #{self.position + 1}"


class Participant(models.Model):
    """Someone in the room. A signed-in member is recorded as attending; a guest is only a
    nickname. The token in their browser's cookie is how their vote is recognised."""

    session = models.ForeignKey(LiveSession, on_delete=models.CASCADE, related_name="participants")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="dilemma_sessions",
    )
    nickname = models.CharField(_("nickname"), max_length=40, blank=True)
    token = models.CharField(max_length=40, unique=True, default=new_token)
    joined_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["session", "user"],
                condition=models.Q(user__isnull=False),
                name="one_participant_per_member",
            )
        ]

    def __str__(self):
        # Never a member's name: a participant is shown as a number in the room.
        return f"{self.session.code} · {self.pk}"


class Vote(models.Model):
    """One vote, in one round of one dilemma. It points to the participant only so that
    nobody votes twice; nothing shows who voted what."""

    session = models.ForeignKey(LiveSession, on_delete=models.CASCADE, related_name="votes")
    participant = models.ForeignKey(Participant, on_delete=models.CASCADE, related_name="votes")
    position = models.PositiveSmallIntegerField()
    round = models.PositiveSmallIntegerField()
    option = models.PositiveSmallIntegerField()
    cast_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["participant", "position", "round"], name="one_vote_per_round"
            )
        ]
        indexes = [models.Index(fields=["session", "position", "round"])]

    def __str__(self):
        return f"{self.session.code} #{self.position + 1} r{self.round}: {self.option}"
