from wagtail import hooks

from . import learning
from .viewsets import EnrolmentViewSet


@hooks.register("register_admin_viewset")
def register_course_progress():
    return EnrolmentViewSet(name="enrolments")


@hooks.register("register_next_steps")
def course_next_steps(request):
    """The host's home page asks each plugin what a visitor should do next."""
    return learning.next_steps(request.user)
