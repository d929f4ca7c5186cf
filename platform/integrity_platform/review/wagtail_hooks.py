from django.urls import path
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.viewsets.base import ViewSetGroup

from .admin_cycles import ExemptionViewSet, OpenCyclesView, ProposalViewSet
from .admin_reports import CompletionViewSet, StatusViewSet
from .admin_sessions import ReviewSessionViewSet


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
def register_open_cycles():
    return [path("review/open/", OpenCyclesView.as_view(), name="review_open")]
