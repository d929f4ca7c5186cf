from django.urls import path

from . import views

app_name = "accounts"

urlpatterns = [
    path("profile/", views.profile, name="profile"),
    path("two-step/required/", views.two_step_required, name="two_step_required"),
]
