from django.urls import path

from . import views

app_name = "review"

urlpatterns = [
    path("", views.my_review, name="mine"),
    path("check-in/", views.check_in_view, name="check_in"),
]
