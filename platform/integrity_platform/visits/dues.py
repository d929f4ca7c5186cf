"""What a work visit asks of its delegates: to take note of the ethics code, once per visit.

The certificates plugin asks the host what is due (CertificatesAdapter.acknowledgements_due);
for a delegation member the host adds `visit_dues(member)`. The certificates plugin's
"register_next_steps" hook turns each Due into a step on the home page, so a delegate finds
every visit there without a hook of this app (one would show each visit twice).
"""

from datetime import timedelta

from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from certificates.adapter import Due
from certificates.models import Kind
from integrity_common.dates import date_format

from .models import WorkVisit
from .receipts import noted_by

# A delegate may take note of the code up to a month after the visit ends: some only get to
# it once home, and the coordinator's reminder needs time to work. After that the visit is
# history: a receipt "for the visit" would no longer say the code was in hand during it,
# and a delegate's home page would otherwise keep every old visit for ever. The visit page
# keeps showing who did not take note.
TAKE_NOTE_DAYS_AFTER = 30


def still_open(visit, today=None):
    """Whether delegates can still take note for this visit."""
    today = today or timezone.localdate()
    return visit.ends_on >= today - timedelta(days=TAKE_NOTE_DAYS_AFTER)


def pending_visits(member, today=None):
    """The visits `member` is a delegate of and has not taken note for yet, still open,
    the most recent first: one query."""
    if member is None:
        return []
    today = today or timezone.localdate()
    return list(
        WorkVisit.objects.filter(
            delegates__member=member,
            ends_on__gte=today - timedelta(days=TAKE_NOTE_DAYS_AFTER),
        )
        .alias(noted=noted_by(member.user_id))
        .filter(noted=False)
        .order_by("-starts_on", "-pk")
    )


def dates_of(visit):
    # Spaced: each date has spaces of its own ("2 November 2026 – 9 November 2026").
    return _("%(start)s – %(end)s") % {
        "start": date_format(visit.starts_on, "DATE_FORMAT"),
        "end": date_format(visit.ends_on, "DATE_FORMAT"),
    }


def due_for(visit):
    """The receipt a visit asks for, in the active language."""
    return Due(
        period=visit.period,
        label=_("Work visit to %(destination)s, %(dates)s")
        % {"destination": visit.destination, "dates": dates_of(visit)},
        kind=Kind.RECEIPT,
        # The receipt names the visit as recorded; the delegate cannot change it.
        initial={
            "visit": visit.receipt_title,
            "visit_start": visit.starts_on,
            "visit_end": visit.ends_on,
        },
        fixed=("visit", "visit_start", "visit_end"),
    )


def visit_dues(member):
    """A Due per visit the member still has to take note for, the most recent first."""
    return [due_for(visit) for visit in pending_visits(member)]


def take_note_path(visit):
    """Where a delegate takes note for this visit, in the active language."""
    return f"{reverse('certificates:acknowledge')}?for={visit.period}"
