from .pages import CourseAudience, CourseIndexPage, CoursePage, LessonPage
from .progress import ChoiceResponse, Enrolment, LessonCompletion, ReflectionResponse, Response

__all__ = [
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
