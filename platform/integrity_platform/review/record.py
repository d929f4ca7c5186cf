"""A member's training record: the trainings and meetings they followed, from every
plugin, newest first. Visible to the member and their coordinator; downloadable as PDF."""

from dataclasses import dataclass
from datetime import date

from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from certificates.queries import acknowledgements_of
from courses.queries import completions
from dilemmas.queries import practice_answers_of, sessions_joined_by
from integrity_common.pdf import pdf_download, render_template_pdf

from .models import Attendance


@dataclass(frozen=True)
class Entry:
    day: date
    kind: str
    title: str
    detail: str = ""


def _day(moment):
    return timezone.localdate(moment) if moment else None


def training_record(member):
    """In the active language: the reader's (the member, or their coordinator)."""
    user = member.user
    language = get_language()
    entries = [
        Entry(
            _day(e.completed_at),
            _("Course completed"),
            e.course_title,
            f"{e.score}%" if e.score is not None else "",
        )
        for e in completions(user)
    ]
    entries += [
        Entry(
            a.acknowledged_on,
            _("Ethics code acknowledged"),
            f"{a.kind_label} · {a.version.label}",
            a.status_display,
        )
        for a in acknowledgements_of(user)
    ]
    entries += [
        Entry(
            _day(a.session.starts_at),
            _("Annual review session"),
            str(a.session.cycle.organisation),
            a.session.place,
        )
        for a in Attendance.objects.filter(member=member).select_related(
            "session__cycle__organisation"
        )
    ]
    entries += [
        Entry(_day(a.answered_at), _("Dilemma practised"), a.title)
        for a in practice_answers_of(user)
    ]
    entries += [
        Entry(_day(p.joined_at), _("Live dilemma session"), p.session.title_in(language))
        for p in sessions_joined_by(user)
    ]
    return sorted(entries, key=lambda entry: entry.day or date.min, reverse=True)


def record_download(member):
    pdf = render_template_pdf(
        "review/pdf/record.html",
        {"member": member, "entries": training_record(member), "generated": timezone.now()},
    )
    # Translators: a file name: lowercase, words joined by hyphens.
    return pdf_download(pdf, str(_("training-record")) + ".pdf")
