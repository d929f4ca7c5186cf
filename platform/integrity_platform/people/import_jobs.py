"""A confirmed CSV import runs as a background task; its progress page reads the ImportJob.

The task judges the file again and imports every row the preview promised, or none: the
accounts are created in one transaction. Its progress meanwhile goes to the cache, since
the job's row cannot be written beside that transaction on SQLite (one writer at a time);
the cache is shared with the web server when REDIS_URL is set, otherwise the page shows
the count at the last step. What follows (courses, review status, invitation emails) runs
once for all the new members after the commit, and is counted on the job's row.
"""

import logging

from django.core.cache import cache
from django.db import transaction
from django.db.models import Q
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django_tasks import task

from . import csv_import
from .invitations import Invitee, create_members, welcome_members
from .models import ImportJob
from .scoping import manages_all_organisations, organisations_managed_by

logger = logging.getLogger(__name__)

# Accounts created between two progress reports.
CHUNK = 250


class ImportStopped(Exception):
    """The import cannot go on; the message says why, and nothing was imported."""


def jobs_visible_to(user):
    """A coordinator sees the imports into their organisation (and their own); the officer
    sees them all."""
    if manages_all_organisations(user):
        return ImportJob.objects.all()
    return ImportJob.objects.filter(
        Q(started_by=user) | Q(organisation__in=organisations_managed_by(user))
    )


def plan(rows):
    """What the preview of `rows` promises, kept until it is confirmed (JSON, for the
    session): the lines to invite, how many are skipped, and the organisation by which
    coordinators find the job (none when the rows name several)."""
    planned = [row for row in rows if row.will_be_invited]
    organisations = {row.organisation.pk for row in planned}
    return {
        "lines": [row.line for row in planned],
        "skipped": len(rows) - len(planned),
        "organisation": organisations.pop() if len(organisations) == 1 else None,
    }


def start_import(*, token, content, plan, started_by, language):
    """The job for the preview `token`, queued once; the same job when asked again."""
    job, created = ImportJob.objects.get_or_create(
        token=token,
        defaults={
            "started_by": started_by,
            "organisation_id": plan["organisation"],
            "content": content,
            "planned_lines": plan["lines"],
            "language": language,
            "total": len(plan["lines"]),
            "skipped": plan["skipped"],
        },
    )
    if created:
        transaction.on_commit(lambda: run_import.enqueue(job.pk))
    return job


def imported_so_far(job):
    """Accounts created, counting those of the transaction still open."""
    if job.status == ImportJob.Status.IMPORTING:
        return max(job.imported, cache.get(_progress_key(job.pk), 0))
    return job.imported


@task()
def run_import(job_id):
    job = ImportJob.objects.select_related("started_by").get(pk=job_id)
    if job.status != ImportJob.Status.QUEUED:
        return  # Already run: a job imports once.
    with translation.override(job.language):
        try:
            _import(job)
        except ImportStopped as stop:
            _record(job, status=ImportJob.Status.FAILED, error=str(stop))
        except Exception:
            logger.exception("Import of members %s stopped", job.pk)
            if job.status == ImportJob.Status.INVITING:
                error = _(
                    "The members were imported, but sending their invitations stopped. "
                    "Send an invitation again from a member's page."
                )
            else:
                error = _("The import stopped unexpectedly. Nothing was imported.")
            _record(job, status=ImportJob.Status.FAILED, error=error)
    cache.delete(_progress_key(job.pk))
    # The file holds names and addresses: once the job has run (a job runs once) it is not
    # needed, and a failed import is started again from a new upload.
    _record(job, content="")


def _import(job):
    _record(job, status=ImportJob.Status.IMPORTING)
    organisations = organisations_managed_by(job.started_by) if job.started_by else None
    if organisations is None or not organisations.exists():
        raise ImportStopped(_("You can no longer invite members. Nothing was imported."))
    try:
        rows = csv_import.parse(job.content.encode("utf-8"), organisations)
    except csv_import.UnreadableFile as error:
        raise ImportStopped(str(error)) from error
    invitees = [row for row in rows if row.will_be_invited]
    changed = sorted(set(job.planned_lines) ^ {row.line for row in invitees})
    if changed:
        raise ImportStopped(
            ngettext(
                "Line %(lines)s is no longer as it was when the file was checked (for "
                "example, someone with that email address now has an account).",
                "Lines %(lines)s are no longer as they were when the file was checked (for "
                "example, someone with one of those email addresses now has an account).",
                len(changed),
            )
            % {"lines": ", ".join(map(str, changed))}
            + " "
            + _("Nothing was imported; check the file again.")
        )
    members = _create_all(job, invitees)
    _record(job, status=ImportJob.Status.INVITING, imported=len(members))
    welcome_members(members, on_invited=lambda count: _record(job, invited=count))
    _record(job, status=ImportJob.Status.DONE, finished_at=timezone.now())


def _create_all(job, rows):
    today = timezone.localdate()
    members = []
    with transaction.atomic():
        for start in range(0, len(rows), CHUNK):
            invitees = [
                Invitee(
                    email=row.email,
                    first_name=row.first_name,
                    last_name=row.last_name,
                    organisation=row.organisation,
                    programme_role=row.programme_role,
                    language=row.language_code,
                    start_date=today,
                )
                for row in rows[start : start + CHUNK]
            ]
            members += create_members(invitees, invited_by=job.started_by)
            cache.set(_progress_key(job.pk), len(members), timeout=60 * 60)
    return members


def _record(job, **changes):
    for name, value in changes.items():
        setattr(job, name, value)
    job.save(update_fields=list(changes))


def _progress_key(job_id):
    return f"people-import-{job_id}"
