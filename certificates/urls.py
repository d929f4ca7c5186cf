from django.urls import path

from . import views

app_name = "certificates"

urlpatterns = [
    path("", views.acknowledge, name="acknowledge"),
    path("<str:code>/", views.done, name="done"),
    path("<str:code>/pdf/", views.download, name="download"),
]
