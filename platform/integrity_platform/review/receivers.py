"""Keep each member's review status current: the plugins announce what happened, the
review recomputes the standing of whom it concerns (see status.py)."""

from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from django.utils import timezone

from certificates.signals import (
    acknowledgement_issued,
    acknowledgement_revoked,
    version_published,
)
from courses.signals import course_completed
from dilemmas.signals import session_attended
from integrity_platform.people.models import Member

from .dilemma_sessions import record_attendance
from .models import Attendance, Exemption
from .status import refresh, refresh_member, refresh_year


def _for_user(user, year=None):
    member = Member.objects.filter(user=user).first()
    if member is not None:
        refresh_member(member, year)


@receiver(acknowledgement_issued)
@receiver(acknowledgement_revoked)
def acknowledgement_changed(sender, acknowledgement, **kwargs):
    _for_user(acknowledgement.user)
    # One recorded on someone's behalf may belong to an earlier year (a paper signature).
    if acknowledgement.acknowledged_on.year != timezone.localdate().year:
        _for_user(acknowledgement.user, acknowledgement.acknowledged_on.year)


@receiver(course_completed)
def course_done(sender, user, **kwargs):
    _for_user(user)


@receiver(session_attended)
def dilemma_session_attended(sender, user, counts_for, **kwargs):
    record_attendance(user, counts_for)


@receiver(post_save, sender=Member)
def member_changed(sender, instance, **kwargs):
    transaction.on_commit(lambda: refresh_member(instance))


@receiver(post_save, sender=Attendance)
@receiver(post_delete, sender=Attendance)
def attendance_changed(sender, instance, **kwargs):
    refresh(instance.session.cycle, [instance.member])


@receiver(post_save, sender=Exemption)
@receiver(post_delete, sender=Exemption)
def exemption_changed(sender, instance, **kwargs):
    refresh(instance.cycle, [instance.member])


@receiver(version_published)
def code_version_published(sender, version, language, **kwargs):
    """A material change asks everyone who reads `language` for a new acknowledgement (the
    signal is sent once the publication is committed)."""
    if version.is_material:
        refresh_year.enqueue()
