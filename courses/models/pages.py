from django.contrib.auth.views import redirect_to_login
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from integrity_common.kept_pages import KeptPageMixin
from integrity_common.page_cache import cached, default_locale

from ..adapter import get_adapter
from ..app_settings import app_settings
from ..blocks import LessonBodyBlock


def canonical(page):
    """The page in the default language, which progress is recorded against, so that a
    learner who switches language keeps their progress. Falls back to the page itself."""
    default = default_locale()
    if page.locale_id == default.id:
        return page
    # Two queries on every translated lesson view otherwise; the tree rarely changes.
    return cached("canonical", page.pk, build=lambda: page.get_translation_or_none(default) or page)


class CourseIndexPage(KeptPageMixin, Page):
    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])

    content_panels = Page.content_panels + [FieldPanel("intro")]
    subpage_types = ["courses.CoursePage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("course index")

    def get_context(self, request, *args, **kwargs):
        from ..learning import courses_overview

        context = super().get_context(request, *args, **kwargs)
        context["overview"] = courses_overview(request.user, self)
        return context


def default_pass_mark():
    # A callable: the setting is read when a course is made, not frozen into a migration.
    return app_settings.DEFAULT_PASS_MARK


def audience_choices():
    return get_adapter().audience_choices()


class CoursePage(KeptPageMixin, Page):
    intro = models.TextField(_("introduction"))
    learning_objectives = StreamField(
        [("objective", blocks.CharBlock(label=_("Learning objective")))],
        verbose_name=_("learning objectives"),
        blank=True,
    )
    estimated_minutes = models.PositiveSmallIntegerField(_("estimated minutes"), default=30)
    pass_mark = models.PositiveSmallIntegerField(
        _("pass mark (%)"),
        default=default_pass_mark,
        validators=[MinValueValidator(0), MaxValueValidator(100)],
        help_text=_("The share of graded questions a learner must answer correctly."),
    )
    leads_to_acknowledgement = models.BooleanField(
        _("leads to acknowledging the ethics code"),
        default=False,
        help_text=_("On completion, the learner is invited to acknowledge the code."),
    )
    # On by default, and only meaningful with leads_to_acknowledgement: the onboarding
    # course that leads to signing is, unless the integrity officer says otherwise, what a
    # member finishes before their first acknowledgement (see queries.courses_before_signing).
    required_before_signing = models.BooleanField(
        _("must be completed before signing the ethics code"),
        default=True,
        help_text=_(
            "Applies to a course that leads to acknowledging the code: a member for whom "
            "the course is required completes it before they first acknowledge the code."
        ),
    )

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        FieldPanel("learning_objectives"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("estimated_minutes"), FieldPanel("pass_mark")]),
                FieldPanel("leads_to_acknowledgement"),
                FieldPanel("required_before_signing"),
            ],
            heading=_("Completion"),
        ),
        InlinePanel("audiences", heading=_("Audiences"), label=_("Audience")),
    ]
    search_fields = Page.search_fields + [index.SearchField("intro")]
    parent_page_types = ["courses.CourseIndexPage"]
    subpage_types = ["courses.LessonPage"]

    class Meta:
        verbose_name = _("course")

    def get_context(self, request, *args, **kwargs):
        from ..learning import course_state

        context = super().get_context(request, *args, **kwargs)
        context["state"] = course_state(request.user, self)
        context["acknowledgement_url"] = reverse(app_settings.ACKNOWLEDGEMENT_URL_NAME)
        return context


class CourseAudience(Orderable):
    """Who a course is meant for; required courses are assigned when a member is created."""

    course = ParentalKey(CoursePage, on_delete=models.CASCADE, related_name="audiences")
    audience = models.CharField(_("audience"), max_length=32, choices=audience_choices)
    is_required = models.BooleanField(_("required"), default=True)
    due_within_days = models.PositiveSmallIntegerField(
        _("due within (days after the start date)"), default=30
    )

    panels = [
        FieldRowPanel(
            [FieldPanel("audience"), FieldPanel("is_required"), FieldPanel("due_within_days")]
        )
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("audience")


class LessonPage(KeptPageMixin, Page):
    body = StreamField(LessonBodyBlock(), verbose_name=_("body"))

    content_panels = Page.content_panels + [FieldPanel("body")]
    search_fields = Page.search_fields + [index.SearchField("body")]
    parent_page_types = ["courses.CoursePage"]
    subpage_types = []

    class Meta:
        verbose_name = _("lesson")

    def serve(self, request, *args, **kwargs):
        # Lessons record progress, so they are for signed-in learners; the course page
        # itself stays public as the description of what the course is.
        if not request.user.is_authenticated and not getattr(request, "is_preview", False):
            return redirect_to_login(request.get_full_path())
        return super().serve(request, *args, **kwargs)

    def get_context(self, request, *args, **kwargs):
        from ..learning import lesson_state

        context = super().get_context(request, *args, **kwargs)
        context["state"] = lesson_state(request.user, self)
        return context
