from django.urls import path

from . import views

app_name = "sso"

urlpatterns = [
    path("<str:provider_id>/login/", views.login, name="login"),
    path("<str:provider_id>/callback/", views.callback, name="callback"),
]
