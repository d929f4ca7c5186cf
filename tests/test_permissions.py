"""One permission in one query (integrity_common.permissions): the same answers as
Django's model backend, for what every signed-in page asks (the admin's link and
Wagtail's userbar, whether a reader may run a live session)."""

import pytest
from django.contrib.auth.models import Group, Permission
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from integrity_common.permissions import has_perm
from integrity_platform.people import roles

from .factories import UserFactory

pytestmark = pytest.mark.django_db

PERMISSIONS = ["wagtailadmin.access_admin", "dilemmas.add_livesession", "courses.view_enrolment"]


def fresh(user):
    """The user as the next request loads it, with nothing known of its permissions."""
    return type(user).objects.get(pk=user.pk)


@pytest.fixture
def people(role_groups):
    editors = Group.objects.create(name="Editors of nothing else")
    editors.permissions.add(
        Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin")
    )
    own_permission = UserFactory()
    own_permission.user_permissions.add(
        Permission.objects.get(content_type__app_label="dilemmas", codename="add_livesession")
    )
    return {
        "learner": UserFactory(),
        "coordinator": UserFactory(groups=[roles.COORDINATOR]),
        "officer": UserFactory(groups=[roles.INTEGRITY_OFFICER]),
        "own permission": own_permission,
        "group without it": UserFactory(groups=[editors.name]),
        "inactive officer": UserFactory(is_active=False, groups=[roles.INTEGRITY_OFFICER]),
        "superuser": UserFactory(is_superuser=True),
        "inactive superuser": UserFactory(is_superuser=True, is_active=False),
    }


def test_each_answer_is_the_model_backends(people):
    answers = {}
    for name, user in people.items():
        for perm in PERMISSIONS:
            ours, django = has_perm(fresh(user), perm), fresh(user).has_perm(perm)
            assert ours == django, (name, perm)
            answers[name, perm] = ours
    # Both answers occur, for direct and group permissions alike.
    assert answers["own permission", "dilemmas.add_livesession"] is True
    assert answers["group without it", "wagtailadmin.access_admin"] is True
    assert answers["group without it", "dilemmas.add_livesession"] is False
    assert answers["learner", "wagtailadmin.access_admin"] is False
    assert answers["inactive officer", "wagtailadmin.access_admin"] is False


def test_one_query_per_permission_and_request(people):
    user = fresh(people["learner"])
    with CaptureQueriesContext(connection) as queries:
        assert has_perm(user, "wagtailadmin.access_admin") is False
        assert has_perm(user, "wagtailadmin.access_admin") is False
    assert len(queries) == 1
    with CaptureQueriesContext(connection) as queries:
        assert has_perm(fresh(people["superuser"]), "wagtailadmin.access_admin") is True
    assert len(queries) == 1  # loading the user; a superuser's answer needs no query


def test_another_kind_of_backend_is_asked_as_django_asks(people, settings):
    from integrity_common import permissions

    class Everything:
        def authenticate(self, request, **credentials):
            return None

        def has_perm(self, user, perm, obj=None):
            return True

    settings.AUTHENTICATION_BACKENDS = [
        *settings.AUTHENTICATION_BACKENDS,
        f"{__name__}.EverythingBackend",
    ]
    globals()["EverythingBackend"] = Everything
    permissions._model_backends_only.cache_clear()
    try:
        assert has_perm(fresh(people["learner"]), "wagtailadmin.access_admin") is True
    finally:
        permissions._model_backends_only.cache_clear()


def test_the_shell_shows_the_admin_only_to_who_may_open_it(client, people):
    for name, sees_it in [("learner", False), ("group without it", True), ("superuser", True)]:
        client.force_login(people[name])
        page = client.get(reverse("courses:my_learning")).content.decode()
        assert ("<wagtail-userbar" in page, 'href="/admin/"' in page) == (sees_it, sees_it), name
