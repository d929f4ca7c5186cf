from django.urls import path
from wagtail import hooks

from . import views
from .viewsets import PeopleGroup


@hooks.register("register_admin_viewset")
def register_people():
    return PeopleGroup()


@hooks.register("register_admin_urls")
def register_import_urls():
    return [
        path("members/import/", views.MemberImportView.as_view(), name="people_import"),
        path(
            "members/import/confirm/",
            views.MemberImportConfirmView.as_view(),
            name="people_import_confirm",
        ),
        path(
            "members/import/<int:pk>/",
            views.MemberImportJobView.as_view(),
            name="people_import_job",
        ),
    ]
