from wagtail import hooks

from .admin_views import EnrolmentViewSet


@hooks.register("register_admin_viewset")
def register_course_progress():
    return EnrolmentViewSet(name="enrolments")
