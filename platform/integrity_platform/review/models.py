"""The annual code review: a cycle per organisation and year, each member's standing in it,
the review sessions with their attendance and minutes, and the proposals for the code.

A member's standing is kept in ReviewStatus and refreshed whenever something it depends on
happens (see status.py and receivers.py), so that dashboards over a hundred thousand
members read one table instead of asking every plugin about every member.
"""

import secrets
from datetime import date

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from integrity_common.languages import default_language, language_choices
from integrity_platform.people.models import Member, Organisation

# Who walks through the code every year: the team and the municipal officials who signed
# it for agreement. Delegation members and partner representatives take note once.
REVIEWED_ROLES = (Member.ProgrammeRole.TEAM_MEMBER, Member.ProgrammeRole.MUNICIPAL_OFFICIAL)


class ReviewCycle(models.Model):
    organisation = models.ForeignKey(
        Organisation,
        on_delete=models.CASCADE,
        related_name="review_cycles",
        verbose_name=_("organisation"),
    )
    year = models.PositiveSmallIntegerField(_("year"))
    opens_on = models.DateField(_("opens on"))
    due_on = models.DateField(_("due on"))
    catch_up_course = models.ForeignKey(
        "courses.CoursePage",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("catch-up course"),
        help_text=_("Completing it counts as taking part, for members who missed the session."),
    )
    opened_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("opened by"),
    )
    opened_at = models.DateTimeField(_("opened at"), default=timezone.now)
    # Kept by update_counts() whenever statuses change, so that the overview of every
    # organisation reads a few hundred rows instead of counting a hundred thousand.
    member_count = models.PositiveIntegerField(_("members"), default=0, editable=False)
    done_count = models.PositiveIntegerField(_("done"), default=0, editable=False)
    exempt_count = models.PositiveIntegerField(_("exempt"), default=0, editable=False)

    class Meta:
        verbose_name = _("review cycle")
        verbose_name_plural = _("review cycles")
        ordering = ["-year", "organisation__name"]
        constraints = [
            models.UniqueConstraint(fields=["organisation", "year"], name="one_cycle_per_year")
        ]

    def __str__(self):
        return f"{self.organisation} · {self.year}"

    def update_counts(self):
        counts = self.statuses.aggregate(
            members=models.Count("pk", filter=models.Q(is_exempt=False)),
            done=models.Count("pk", filter=models.Q(is_exempt=False, is_done=True)),
            exempt=models.Count("pk", filter=models.Q(is_exempt=True)),
        )
        self.member_count, self.done_count = counts["members"], counts["done"]
        self.exempt_count = counts["exempt"]
        ReviewCycle.objects.filter(pk=self.pk).update(
            member_count=self.member_count,
            done_count=self.done_count,
            exempt_count=self.exempt_count,
        )

    @property
    def percent_done(self):
        """Done out of those not exempt; a cycle with nobody to review is complete."""
        return 100 * self.done_count / self.member_count if self.member_count else 100.0

    @property
    def percent(self):
        return f"{self.percent_done:.0f}%"

    @property
    def closes_on(self):
        """What is done within the year counts, also after the due date (late, but done)."""
        return date(self.year, 12, 31)

    @property
    def window(self):
        return (self.opens_on, self.closes_on)


class State(models.TextChoices):
    # A member's standing in the review; "done" needs its own context in languages where
    # it agrees with the noun (a course is "terminée", a review "terminée" or "terminé").
    DONE = "done", pgettext_lazy("review status", "Done")
    IN_PROGRESS = "in_progress", pgettext_lazy("review status", "In progress")
    OVERDUE = "overdue", pgettext_lazy("review status", "Overdue")
    EXEMPT = "exempt", pgettext_lazy("review status", "Exempt")


class ReviewStatusQuerySet(models.QuerySet):
    def with_state(self, today=None):
        """`state` as people read it: an open status past the cycle's due date is overdue."""
        today = today or timezone.localdate()
        return self.annotate(
            state=models.Case(
                models.When(is_exempt=True, then=models.Value(State.EXEMPT)),
                models.When(is_done=True, then=models.Value(State.DONE)),
                models.When(cycle__due_on__lt=today, then=models.Value(State.OVERDUE)),
                default=models.Value(State.IN_PROGRESS),
                output_field=models.CharField(),
            )
        )


class ReviewStatus(models.Model):
    """One member's standing in one cycle: which requirements are met (see status.py)."""

    cycle = models.ForeignKey(ReviewCycle, on_delete=models.CASCADE, related_name="statuses")
    member = models.ForeignKey(Member, on_delete=models.CASCADE, related_name="review_statuses")
    acknowledged = models.BooleanField(_("code acknowledged"), default=False)
    took_part = models.BooleanField(_("took part in the review"), default=False)
    onboarding_required = models.BooleanField(_("onboarding required"), default=False)
    onboarded = models.BooleanField(_("onboarding completed"), default=False)
    is_exempt = models.BooleanField(_("exempt"), default=False)
    is_done = models.BooleanField(_("done"), default=False, db_index=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = ReviewStatusQuerySet.as_manager()

    class Meta:
        verbose_name = _("review status")
        verbose_name_plural = _("review statuses")
        constraints = [
            models.UniqueConstraint(fields=["cycle", "member"], name="one_status_per_cycle")
        ]
        indexes = [models.Index(fields=["cycle", "is_done", "is_exempt"])]

    def __str__(self):
        return f"{self.member} · {self.cycle.year}"

    @property
    def organisation(self):
        return self.cycle.organisation

    @property
    def state_label(self):
        """Of a status read through with_state(), which knows today's date."""
        return State(self.state).label

    @property
    def onboarding(self):
        if not self.onboarding_required:
            return _("not required")
        return _("completed") if self.onboarded else _("not completed")

    @property
    def missing_text(self):
        return "; ".join(str(item) for item in self.missing)

    @property
    def missing(self):
        """What is left, in words, for the member and their coordinator."""
        if self.is_exempt or self.is_done:
            return []
        left = []
        if not self.acknowledged:
            left.append(_("acknowledge the current code"))
        if not self.took_part:
            left.append(_("take part in the review session or complete the catch-up course"))
        if self.onboarding_required and not self.onboarded:
            left.append(_("complete onboarding"))
        return left


class Exemption(models.Model):
    cycle = models.ForeignKey(ReviewCycle, on_delete=models.CASCADE, related_name="exemptions")
    member = models.ForeignKey(Member, on_delete=models.CASCADE, related_name="+")
    reason = models.CharField(
        _("reason"), max_length=200, help_text=_("For example: long-term leave.")
    )
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    recorded_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("exemption")
        verbose_name_plural = _("exemptions")
        constraints = [
            models.UniqueConstraint(fields=["cycle", "member"], name="one_exemption_per_cycle")
        ]

    def __str__(self):
        return f"{self.member} · {self.cycle.year}: {self.reason}"


# How long a review session may last, in minutes.
SESSION_MINUTES = (15, 480)

# Short codes people type on a phone: no 0/O, 1/I/L.
CHECK_IN_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"


def new_check_in_code():
    return "".join(secrets.choice(CHECK_IN_ALPHABET) for _ in range(6))


# The two questions every review session discusses besides the code itself (the integrity
# policy: were there (suspected) violations, does the code need changes). The big screen,
# the printed agenda and the member's preparation ask them; the minutes answer them.
VIOLATIONS_QUESTION = _("Were there (suspected) integrity violations?")
CHANGES_QUESTION = _("Does the code need additions or changes?")
STANDING_QUESTIONS = (VIOLATIONS_QUESTION, CHANGES_QUESTION)


class Answer(models.TextChoices):
    YES = "yes", _("Yes")
    NO = "no", _("No")


class ReviewSession(models.Model):
    cycle = models.ForeignKey(ReviewCycle, on_delete=models.CASCADE, related_name="sessions")
    starts_at = models.DateTimeField(_("starts at"))
    # From a short meeting to a working day: a typing slip (1200, 10⁹) would otherwise put
    # the check-in window, which follows the session's end, days or years away.
    duration_minutes = models.PositiveSmallIntegerField(
        _("duration (minutes)"),
        default=120,
        validators=[
            MinValueValidator(SESSION_MINUTES[0]),
            MaxValueValidator(SESSION_MINUTES[1]),
        ],
    )
    place = models.CharField(_("place"), max_length=200, blank=True)
    online_link = models.URLField(_("online link"), blank=True)
    # The language the meeting is held in: the big screen and the printed agenda use it,
    # whatever the language of whoever opens or downloads them.
    language = models.CharField(
        _("language of the meeting"),
        max_length=8,
        choices=language_choices,
        default=default_language,
        help_text=_("The big screen and the printed agenda are in this language."),
    )
    scheduled_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    check_in_code = models.CharField(
        _("check-in code"), max_length=6, unique=True, default=new_check_in_code
    )
    # The minutes: per standing question, yes or no and a note that names nobody.
    violations_discussed = models.CharField(
        VIOLATIONS_QUESTION,
        max_length=3,
        choices=Answer.choices,
        blank=True,
    )
    violations_note = models.TextField(_("note"), blank=True)
    changes_needed = models.CharField(
        CHANGES_QUESTION,
        max_length=3,
        choices=Answer.choices,
        blank=True,
    )
    changes_note = models.TextField(_("note"), blank=True)
    minutes_recorded_at = models.DateTimeField(_("minutes recorded at"), null=True, blank=True)
    minutes_recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )

    class Meta:
        verbose_name = _("review session")
        verbose_name_plural = _("review sessions")
        ordering = ["-starts_at"]

    def __str__(self):
        return f"{self.cycle.organisation} · {timezone.localtime(self.starts_at):%Y-%m-%d %H:%M}"

    @property
    def ends_at(self):
        return self.starts_at + timezone.timedelta(minutes=self.duration_minutes)

    @property
    def has_minutes(self):
        return self.minutes_recorded_at is not None


class Attendance(models.Model):
    class How(models.TextChoices):
        LIST = "list", _("Ticked on the list")
        CODE = "code", _("Checked in with the code")
        DILEMMAS = "dilemmas", _("Joined the live dilemma session")

    session = models.ForeignKey(ReviewSession, on_delete=models.CASCADE, related_name="attendance")
    member = models.ForeignKey(Member, on_delete=models.CASCADE, related_name="review_attendance")
    how = models.CharField(_("how"), max_length=8, choices=How.choices)
    recorded_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("attendance")
        verbose_name_plural = _("attendance")
        constraints = [models.UniqueConstraint(fields=["session", "member"], name="attends_once")]

    def __str__(self):
        return f"{self.member} · {self.session}"


class ChangeProposal(models.Model):
    class Status(models.TextChoices):
        OPEN = "open", _("Open")
        TAKEN = "taken", _("Taken into the next version")
        DECLINED = "declined", _("Not taken")

    session = models.ForeignKey(ReviewSession, on_delete=models.CASCADE, related_name="proposals")
    text = models.TextField(_("proposal"))
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.OPEN
    )
    version_label = models.CharField(_("taken into version"), max_length=20, blank=True)
    created_at = models.DateTimeField(_("proposed at"), default=timezone.now)
    handled_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    handled_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("proposal for the code")
        verbose_name_plural = _("proposals for the code")
        ordering = ["-created_at"]

    def __str__(self):
        return self.text[:60]

    @property
    def organisation(self):
        return self.session.cycle.organisation


class Reminder(models.Model):
    """An email sent by the daily reminder job; at most one per person, cycle, kind and
    day, so that running the job twice sends nothing twice."""

    class Kind(models.TextChoices):
        MEMBER = "member", _("Reminder to a member")
        DIGEST = "digest", _("Weekly digest to a coordinator")

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    cycle = models.ForeignKey(ReviewCycle, on_delete=models.CASCADE, related_name="reminders")
    kind = models.CharField(max_length=8, choices=Kind.choices)
    sent_on = models.DateField()

    class Meta:
        verbose_name = _("reminder")
        verbose_name_plural = _("reminders")
        constraints = [
            models.UniqueConstraint(
                fields=["user", "cycle", "kind", "sent_on"], name="one_reminder_a_day"
            )
        ]

    def __str__(self):
        return f"{self.user} · {self.cycle} · {self.sent_on}"
