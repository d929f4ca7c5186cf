from .pages import CourseAudience, CourseIndexPage, CoursePage, LessonPage
from .progress import (
    ArchivedAttempt,
    ChoiceResponse,
    Enrolment,
    LessonCompletion,
    ReflectionResponse,
    Response,
)

__all__ = [
    "ArchivedAttempt",
    "ChoiceResponse",
    "CourseAudience",
    "CourseIndexPage",
    "CoursePage",
    "Enrolment",
    "LessonCompletion",
    "LessonPage",
    "ReflectionResponse",
    "Response",
]
