from django.urls import path
from wagtail import hooks

from .viewsets import members
from .viewsets.organisations import PeopleGroup


@hooks.register("register_admin_viewset")
def register_people():
    return PeopleGroup()


@hooks.register("register_admin_urls")
def register_import_urls():
    return [
        path("members/import/", members.MemberImportView.as_view(), name="people_import"),
        path(
            "members/import/confirm/",
            members.MemberImportConfirmView.as_view(),
            name="people_import_confirm",
        ),
        path(
            "members/import/<int:pk>/",
            members.MemberImportJobView.as_view(),
            name="people_import_job",
        ),
    ]
