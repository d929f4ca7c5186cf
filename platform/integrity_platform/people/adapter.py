"""The host's answers to what the plugins ask about people (see each plugin's adapter)."""

from django.contrib.auth import get_user_model
from django.db.models import F
from django.urls import reverse

from certificates.adapter import DefaultCertificatesAdapter
from certificates.models import Kind
from courses.adapter import DefaultCoursesAdapter
from courses.queries import courses_before_signing
from dilemmas.adapter import DefaultDilemmasAdapter
from integrity_platform.review.acknowledging import period_on as review_period_on
from integrity_platform.review.acknowledging import review_due, this_years_standing
from integrity_platform.visits.dues import visit_dues

from .models import Member
from .scoping import (
    active_member,
    active_role,
    manages_all_organisations,
    members_managed_by,
    organisations_managed_by,
)


class OrganisationScoping:
    """Both plugins' reports list people: they see and filter them by organisation, as far
    as the staff member's own scope reaches (see scoping.py)."""

    def _people_visible_to(self, user):
        return get_user_model().objects.filter(
            member__in=members_managed_by(user), member__is_active=True
        )

    def organisation_choices(self, user):
        return list(organisations_managed_by(user).values_list("pk", "name"))

    def annotate_organisation(self, queryset, user_path):
        return queryset.annotate(organisation_name=F(f"{user_path}__member__organisation__name"))

    def filter_organisation(self, queryset, user_path, organisation_id):
        return queryset.filter(**{f"{user_path}__member__organisation_id": organisation_id})


class CoursesAdapter(OrganisationScoping, DefaultCoursesAdapter):
    """Courses are meant for roles in the programme; reports follow organisation scoping."""

    def audience_choices(self):
        return Member.ProgrammeRole.choices

    def audience_of(self, user):
        return active_role(user)

    def learners_in_audience(self, learners, audience):
        return learners.filter(member__is_active=True, member__programme_role=audience)

    def start_date_of(self, user):
        member = active_member(user)
        return member.start_date if member else None

    def learners_visible_to(self, user):
        return self._people_visible_to(user)


class CertificatesAdapter(OrganisationScoping, DefaultCertificatesAdapter):
    """The kind of acknowledgement follows the role in the programme, as the code says:
    team members and municipal officials sign for agreement, delegation members take note,
    partner representatives acknowledge on behalf of their organisation."""

    KINDS = {
        Member.ProgrammeRole.TEAM_MEMBER: Kind.SIGNATURE,
        Member.ProgrammeRole.MUNICIPAL_OFFICIAL: Kind.SIGNATURE,
        Member.ProgrammeRole.DELEGATION_MEMBER: Kind.RECEIPT,
        Member.ProgrammeRole.PARTNER_REPRESENTATIVE: Kind.PARTNER,
    }

    def kind_for(self, user):
        member = active_member(user)
        return self.KINDS[member.programme_role] if member else super().kind_for(user)

    def details_on_record(self, user):
        details = super().details_on_record(user)
        member = active_member(user)
        if member is not None:
            # The code's signature block: "employed at the international team / at local
            # government [name]": the organisation's own name says which. A partner
            # representative acknowledges on behalf of their organisation.
            details["employer"] = details["organisation"] = member.organisation.name
        return details

    def correction_url(self, user):
        return reverse("people_correction") if active_member(user) else ""

    def may_see_acknowledgements_of(self, viewer, person):
        # The integrity officer everyone's; a coordinator their own organisation's members'.
        return (
            super().may_see_acknowledgements_of(viewer, person)
            or members_managed_by(viewer).filter(user=person).exists()
        )

    def language_of(self, user):
        return user.preferred_language

    def people_visible_to(self, user):
        return self._people_visible_to(user)

    def acknowledgements_visible_to(self, user, acknowledgements):
        # The integrity officer every one (of departed members too); anyone else those of
        # the organisations they manage.
        if manages_all_organisations(user):
            return acknowledgements
        return acknowledgements.filter(
            user__member__organisation__in=organisations_managed_by(user)
        )

    def acknowledgements_due(self, user):
        """This year's review asks a reviewed member to reaffirm the code, and each work
        visit asks its delegates to take note; anyone outside an open review acknowledges
        once per version. Two queries for a member in an open review."""
        member = active_member(user)
        if member is None:
            return super().acknowledgements_due(user)
        standing = this_years_standing(member)
        dues = [due for due in [review_due(standing)] if due is not None] + visit_dues(member)
        if dues or standing is not None:
            return dues
        return super().acknowledgements_due(user)

    def unfinished_before_acknowledging(self, user):
        """A member finishes the onboarding courses that lead to signing before their first
        acknowledgement; later ones (a new year, a new version) do not wait for courses."""
        if user.code_acknowledgements.exists():
            return []
        return [(course.title, course.url) for course in courses_before_signing(user)]

    def period_on(self, user, day):
        member = active_member(user)
        return review_period_on(member, day) if member is not None else ""


class DilemmasAdapter(DefaultDilemmasAdapter):
    """A live session can count as an organisation's annual review session: the facilitator
    picks one of the review sessions they may run (see review.receivers)."""

    def sees_every_session(self, user):
        return manages_all_organisations(user)

    def contact_choices(self):
        from integrity_platform.guidance.models import IntegrityContact

        return IntegrityContact.Role.choices

    def contacts_for(self, key):
        from integrity_platform.guidance.routes import contacts_for

        return contacts_for((key,))

    def counts_for_choices(self, user):
        from integrity_platform.review.dilemma_sessions import review_sessions_for

        return review_sessions_for(user)
