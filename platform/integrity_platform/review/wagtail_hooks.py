from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.viewsets.base import ViewSetGroup

from integrity_platform.people.scoping import manages_all_organisations

from .viewsets.cycles import ExemptionViewSet, OpenCyclesView, ProposalViewSet
from .viewsets.reports import CompletionViewSet, RecordView, StatusViewSet
from .viewsets.sessions import ReviewSessionViewSet
from .viewsets.summary import summary_urls


class SummaryMenuItem(MenuItem):
    def is_shown(self, request):
        return manages_all_organisations(request.user)


class ReviewGroup(ViewSetGroup):
    menu_label = _("Annual review")
    menu_icon = "calendar-check"
    menu_order = 215
    items = (
        CompletionViewSet(name="review_completion"),
        StatusViewSet(name="review_status"),
        ReviewSessionViewSet(name="review_sessions"),
        ExemptionViewSet(name="review_exemptions"),
        ProposalViewSet(name="review_proposals"),
    )


@hooks.register("register_admin_viewset")
def register_review():
    return ReviewGroup()


@hooks.register("register_admin_urls")
def register_review_urls():
    return [
        path("review/open/", OpenCyclesView.as_view(), name="review_open"),
        path("review/record/<int:pk>/", RecordView.as_view(), name="review_record"),
        path(
            "review/record/<int:pk>/pdf/",
            RecordView.as_view(),
            {"pdf": True},
            name="review_record_pdf",
        ),
        *summary_urls(),
    ]


@hooks.register("register_reports_menu_item")
def register_summary_report():
    return SummaryMenuItem(
        _("Yearly summary"), reverse("review_summary"), icon_name="doc-full", order=290
    )
