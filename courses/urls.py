from django.urls import path

from . import views

app_name = "courses"

urlpatterns = [
    path("", views.my_learning, name="my_learning"),
    path("courses/<int:course_id>/start/", views.start_course, name="start"),
    path("courses/<int:course_id>/result/", views.course_result, name="result"),
    path("courses/<int:course_id>/start-again/", views.start_again, name="start_again"),
    path("lessons/<int:lesson_id>/answer/", views.answer, name="answer"),
    path("lessons/<int:lesson_id>/done/", views.mark_done, name="lesson_done"),
    path("next-step/", views.acknowledgement_next_step, name="acknowledgement_next_step"),
]
