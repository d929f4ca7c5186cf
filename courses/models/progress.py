"""A learner's record: enrolments, lessons done, answers. Recorded against the pages in the
default language (see pages.canonical), whatever language the learner reads in."""

from django.conf import settings
from django.db import models
from django.db.models import Case, Value, When
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from polymorphic.models import PolymorphicModel


class Status(models.TextChoices):
    NOT_STARTED = "not_started", _("Not started")
    IN_PROGRESS = "in_progress", _("In progress")
    COMPLETED = "completed", _("Completed")
    OVERDUE = "overdue", _("Overdue")


class EnrolmentQuerySet(models.QuerySet):
    def with_status(self, today=None):
        today = today or timezone.localdate()
        return self.annotate(
            status=Case(
                When(completed_at__isnull=False, then=Value(Status.COMPLETED)),
                When(due_date__lt=today, then=Value(Status.OVERDUE)),
                When(started_at__isnull=False, then=Value(Status.IN_PROGRESS)),
                default=Value(Status.NOT_STARTED),
                output_field=models.CharField(),
            )
        )


class Enrolment(models.Model):
    class Source(models.TextChoices):
        REQUIRED = "required", _("Required for their role")
        ASSIGNED = "assigned", _("Assigned by a coordinator")
        SELF = "self", _("Started by the learner")

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="course_enrolments",
        verbose_name=_("learner"),
    )
    course = models.ForeignKey(
        "courses.CoursePage",
        on_delete=models.CASCADE,
        related_name="enrolments",
        verbose_name=_("course"),
    )
    source = models.CharField(_("source"), max_length=16, choices=Source.choices)
    assigned_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("assigned by"),
    )
    assigned_at = models.DateTimeField(_("assigned at"), default=timezone.now)
    due_date = models.DateField(_("due date"), null=True, blank=True)
    started_at = models.DateTimeField(_("started at"), null=True, blank=True)
    completed_at = models.DateTimeField(_("completed at"), null=True, blank=True)
    score = models.PositiveSmallIntegerField(_("score (%)"), null=True, blank=True)
    # The learner's current attempt: 1, then one more each time they start the course
    # again after finishing it below the pass mark (earlier ones are ArchivedAttempts).
    attempt = models.PositiveSmallIntegerField(_("attempt"), default=1)
    last_lesson = models.ForeignKey(
        "courses.LessonPage",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("last lesson"),
    )

    objects = EnrolmentQuerySet.as_manager()

    class Meta:
        verbose_name = _("enrolment")
        verbose_name_plural = _("enrolments")
        constraints = [
            models.UniqueConstraint(fields=["user", "course"], name="one_enrolment_per_course")
        ]
        ordering = ["due_date", "pk"]

    def __str__(self):
        return f"{self.user} · {self.course}"

    @property
    def current_status(self):
        if self.completed_at:
            return Status.COMPLETED
        if self.due_date and self.due_date < timezone.localdate():
            return Status.OVERDUE
        if self.started_at:
            return Status.IN_PROGRESS
        return Status.NOT_STARTED

    def get_current_status_display(self):
        return Status(self.current_status).label

    @property
    def status_label(self):
        # Lists annotate `status` in the database (to filter and sort by it); use it.
        return Status(getattr(self, "status", None) or self.current_status).label

    @property
    def email(self):
        return self.user.email


class LessonCompletion(models.Model):
    enrolment = models.ForeignKey(
        Enrolment, on_delete=models.CASCADE, related_name="lesson_completions"
    )
    lesson = models.ForeignKey("courses.LessonPage", on_delete=models.CASCADE, related_name="+")
    completed_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["enrolment", "lesson"], name="lesson_done_once")
        ]

    def __str__(self):
        return f"{self.enrolment} · {self.lesson}"


class ArchivedAttempt(models.Model):
    """An earlier attempt at a course: every lesson done, the score below the pass mark,
    closed when the learner started the course again. Kept as the record of what happened;
    only the learner's own answers are in it."""

    enrolment = models.ForeignKey(
        Enrolment, on_delete=models.CASCADE, related_name="archived_attempts"
    )
    number = models.PositiveSmallIntegerField(_("attempt"))
    started_at = models.DateTimeField(_("started at"), null=True, blank=True)
    ended_at = models.DateTimeField(_("ended at"), default=timezone.now)
    score = models.PositiveSmallIntegerField(_("score (%)"))
    pass_mark = models.PositiveSmallIntegerField(_("pass mark (%)"))
    # question id -> {"first_is_correct", "is_correct", "attempts", "selected"}
    answers = models.JSONField(_("answers"), default=dict)

    class Meta:
        verbose_name = _("earlier attempt")
        verbose_name_plural = _("earlier attempts")
        constraints = [
            models.UniqueConstraint(fields=["enrolment", "number"], name="attempt_archived_once")
        ]
        ordering = ["enrolment", "number"]

    def __str__(self):
        return f"{self.enrolment} · {self.number}"


class Response(PolymorphicModel):
    """A learner's answer to one question; only they ever see it.

    It holds the latest answer (what the lesson shows, with its feedback) and whether the
    first one was correct: the score counts first answers only, so that retrying until
    right teaches without raising the score, and the pass mark stays a real threshold."""

    enrolment = models.ForeignKey(Enrolment, on_delete=models.CASCADE, related_name="responses")
    lesson = models.ForeignKey("courses.LessonPage", on_delete=models.CASCADE, related_name="+")
    question_id = models.CharField(max_length=64)
    attempts = models.PositiveSmallIntegerField(default=1)
    is_correct = models.BooleanField(null=True)  # the latest answer; None: not graded
    first_is_correct = models.BooleanField(null=True)  # the first answer; None: not graded
    answered_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["enrolment", "question_id"], name="one_response_per_question"
            )
        ]
        indexes = [models.Index(fields=["enrolment", "first_is_correct"])]

    def __str__(self):
        return f"{self.enrolment} · {self.question_id}"


class ChoiceResponse(Response):
    selected = models.JSONField(default=list)


class ReflectionResponse(Response):
    text = models.TextField()
