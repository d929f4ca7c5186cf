from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoursesConfig(AppConfig):
    name = "courses"
    label = "courses"
    verbose_name = _("Onboarding courses")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from integrity_common.page_cache import renew_on_change

        from . import checks  # noqa: F401
        from .models import CourseAudience

        # Which courses an audience may open is read from the page cache (learning.py).
        renew_on_change(CourseAudience)
