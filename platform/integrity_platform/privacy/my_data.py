"""A person's copy of everything the platform holds about them (the right of access): one
JSON file gathered from the host and from each plugin's public `personal_data`, and the
signed PDFs of their acknowledgements. A constant number of queries, however many rows."""

import io
import json
import zipfile

from allauth.account.models import EmailAddress
from allauth.mfa.models import Authenticator
from django.contrib.contenttypes.models import ContentType
from django.core.serializers.json import DjangoJSONEncoder
from django.db.models import Q
from django.utils import timezone
from wagtail.models import ModelLogEntry

import certificates.queries
import courses.queries
import dilemmas.queries
from certificates.models import Acknowledgement
from integrity_platform.people.models import Member
from integrity_platform.review.models import Attendance, Exemption, Reminder, ReviewStatus
from integrity_platform.visits.models import Delegate

from .models import Departure

PDF_FOLDER = "acknowledgements"


def archive_of(user):
    """The ZIP: my-data.json and acknowledgements/<verification code>.pdf."""
    signed = list(
        Acknowledgement.objects.non_polymorphic()
        .filter(user=user)
        .only("pk", "polymorphic_ctype_id", "verification_code", "pdf")
    )
    data = collect(user, signed)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(
            "my-data.json",
            json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False, indent=2),
        )
        for acknowledgement in signed:
            if acknowledgement.pdf:
                # Through the file field: the PDFs may live in a private storage.
                with acknowledgement.pdf.open("rb") as pdf:
                    archive.writestr(_pdf_name(acknowledgement), pdf.read())
    return buffer.getvalue()


def _pdf_name(acknowledgement):
    return f"{PDF_FOLDER}/{acknowledgement.verification_code}.pdf"


def collect(user, signed):
    member = Member.objects.filter(user=user).select_related("organisation").first()
    acknowledgements = certificates.queries.personal_data(user)
    pdfs = {a.verification_code: _pdf_name(a) for a in signed if a.pdf}
    for acknowledgement in acknowledgements:
        acknowledgement["pdf_in_this_archive"] = pdfs.get(acknowledgement["verification_code"])
    return {
        "exported_at": timezone.now(),
        "account": _account(user),
        "membership": _membership(member),
        "annual_review": _review(member, user),
        "work_visits": _visits(member),
        "courses": courses.queries.personal_data(user),
        "dilemma_training": dilemmas.queries.personal_data(user),
        "acknowledgements": acknowledgements,
        "history": _history(user, member, signed),
    }


def _account(user):
    departure = Departure.objects.filter(user=user).first()
    return {
        "email": user.email,
        "first_name": user.first_name,
        "last_name": user.last_name,
        "preferred_language": user.preferred_language,
        "date_joined": user.date_joined,
        "last_login": user.last_login,
        "email_addresses": list(
            EmailAddress.objects.filter(user=user).values("email", "verified", "primary")
        ),
        "roles": sorted(user.groups.values_list("name", flat=True)),
        "two_step_verification": [
            {
                "type": a.get_type_display(),
                "created_at": a.created_at,
                "last_used_at": a.last_used_at,
            }
            for a in Authenticator.objects.filter(user=user)
        ],
        "left_on": departure.left_on if departure else None,
    }


def _membership(member):
    if member is None:
        return None
    organisation = member.organisation
    return {
        "organisation": organisation.name,
        "organisation_kind": organisation.get_kind_display(),
        "country": organisation.country.name,
        "role_in_the_programme": member.get_programme_role_display(),
        "start_date": member.start_date,
        "active": member.is_active,
        "invited_at": member.invited_at,
        "review_reminders_by_email": member.review_reminders,
    }


def _review(member, user):
    reminders = [
        {"kind": r.get_kind_display(), "year": r.cycle.year, "sent_on": r.sent_on}
        for r in Reminder.objects.filter(user=user).select_related("cycle").order_by("sent_on")
    ]
    if member is None:
        return {"statuses": [], "check_ins": [], "exemptions": [], "reminders": reminders}
    statuses = (
        ReviewStatus.objects.filter(member=member)
        .with_state()
        .select_related("cycle__organisation")
        .order_by("cycle__year")
    )
    check_ins = (
        Attendance.objects.filter(member=member)
        .select_related("session")
        .order_by("session__starts_at")
    )
    exemptions = Exemption.objects.filter(member=member).select_related("cycle")
    return {
        "statuses": [
            {
                "year": status.cycle.year,
                "organisation": status.cycle.organisation.name,
                "status": str(status.state_label),
                "code_acknowledged": status.acknowledged,
                "took_part": status.took_part,
                "onboarding_required": status.onboarding_required,
                "onboarding_completed": status.onboarded,
                "exempt": status.is_exempt,
                "updated_at": status.updated_at,
            }
            for status in statuses
        ],
        "check_ins": [
            {
                "session_starts_at": check_in.session.starts_at,
                "place": check_in.session.place,
                "how": check_in.get_how_display(),
                "recorded_at": check_in.recorded_at,
            }
            for check_in in check_ins
        ],
        "exemptions": [
            {"year": e.cycle.year, "reason": e.reason, "recorded_at": e.recorded_at}
            for e in exemptions
        ],
        "reminders": reminders,
    }


def _visits(member):
    if member is None:
        return []
    return [
        {
            "visit": delegate.visit.name,
            "destination": delegate.visit.destination,
            "first_day": delegate.visit.starts_on,
            "last_day": delegate.visit.ends_on,
            "asked_to_take_note_at": delegate.invited_at,
            "last_reminded_at": delegate.reminded_at,
        }
        for delegate in Delegate.objects.filter(member=member).select_related("visit")
    ]


def _history(user, member, signed):
    """The site history's entries about the person: their account, their membership and
    their acknowledgements (who acted is someone else's data and is left out)."""
    about = Q(content_type=ContentType.objects.get_for_model(user), object_id=str(user.pk))
    if member is not None:
        about |= Q(content_type=ContentType.objects.get_for_model(member), object_id=str(member.pk))
    for acknowledgement in signed:
        about |= Q(
            content_type_id=acknowledgement.polymorphic_ctype_id,
            object_id=str(acknowledgement.pk),
        )
    return [
        {
            "at": entry.timestamp,
            "action": entry.action,
            "what": str(entry.message),
            "about": entry.label,
        }
        for entry in ModelLogEntry.objects.filter(about).order_by("timestamp")
    ]
