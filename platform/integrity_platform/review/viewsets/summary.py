"""The yearly summary for the moral report: on screen, as CSV and as PDF (see summary.py)."""

from django.core.exceptions import PermissionDenied
from django.urls import path
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views import View
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from certificates.app_settings import app_settings as certificates_settings
from integrity_common.export import csv_response
from integrity_common.pdf import pdf_download, render_template_pdf
from integrity_platform.people.scoping import manages_all_organisations

from ..models import ReviewCycle
from ..summary import yearly_summary
from .reports import chosen_year


class ForTheOfficer:
    """Across every organisation: the integrity officer (and administrators) only."""

    def dispatch(self, request, *args, **kwargs):
        if not manages_all_organisations(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    @property
    def year(self):
        return chosen_year(self.request)


class SummaryView(ForTheOfficer, WagtailAdminTemplateMixin, TemplateView):
    template_name = "review/admin/summary.html"
    page_title = gettext_lazy("Yearly summary")
    header_icon = "doc-full"

    def get_context_data(self, **kwargs):
        years = ReviewCycle.objects.values_list("year", flat=True).distinct().order_by("-year")
        return super().get_context_data(summary=yearly_summary(self.year), years=years, **kwargs)


def summary_rows(summary):
    """The summary as rows of a spreadsheet: one section after another."""
    yield [_("Yearly summary of the annual code review"), summary.year]
    yield []
    yield [_("Organisation"), _("Members"), _("Done"), _("Exempt"), _("Share done")]
    for cycle in summary.organisations:
        percent = f"{cycle.percent_done:.0f}"
        yield [
            cycle.organisation.name,
            cycle.member_count,
            cycle.done_count,
            cycle.exempt_count,
            percent,
        ]
    yield [_("All organisations"), summary.members, summary.done, "", summary.percent_done]
    yield []
    yield [_("Review sessions held"), summary.sessions_held]
    yield [_("Sessions with minutes"), summary.sessions_with_minutes]
    yield [_("(Suspected) integrity violations discussed: yes"), summary.violations_yes]
    yield [_("(Suspected) integrity violations discussed: no"), summary.violations_no]
    yield [_("Sessions that found the code needs changes"), summary.changes_yes]
    yield [_("Proposals for the code"), summary.proposals]
    yield [_("Proposals taken into a version"), summary.proposals_taken]
    yield []
    yield [_("Course"), _("Completed")]
    for course, count in summary.courses:
        yield [course.title_shown, count]
    yield []
    yield [_("Acknowledgements of the code"), _("Number issued")]
    for kind, count in summary.acknowledgements:
        yield [str(kind), count]


def summary_filename(year):
    # Translators: a file name: lowercase, words joined by hyphens.
    return _("review-summary-%(year)s") % {"year": year}


class SummaryCSVView(ForTheOfficer, View):
    def get(self, request):
        return csv_response(summary_rows(yearly_summary(self.year)), summary_filename(self.year))


class SummaryPDFView(ForTheOfficer, View):
    def get(self, request):
        pdf = render_template_pdf(
            "review/pdf/summary.html",
            {
                "summary": yearly_summary(self.year),
                "organisation_name": certificates_settings.ORGANISATION_NAME,
                "generated": timezone.now(),
            },
        )
        return pdf_download(pdf, f"{summary_filename(self.year)}.pdf")


def summary_urls():
    return [
        path("review/summary/", SummaryView.as_view(), name="review_summary"),
        path("review/summary/csv/", SummaryCSVView.as_view(), name="review_summary_csv"),
        path("review/summary/pdf/", SummaryPDFView.as_view(), name="review_summary_pdf"),
    ]
