from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.viewsets.base import ViewSetGroup

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
    )


@hooks.register("register_admin_viewset")
def register_review():
    return ReviewGroup()
