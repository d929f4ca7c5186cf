"""Names the platform gives things, read in the reader's language: the site's own name in
emails and on the admin's home page, and the role groups in the admin."""

import pytest
from django.contrib.auth.models import Group
from django.core import mail
from django.utils import translation
from wagtail.models import GroupApprovalTask, Task, Workflow

from integrity_platform.accounts.adapter import TwoStepAdapter
from integrity_platform.demo.campaign import ensure_workflow
from integrity_platform.people import roles
from integrity_platform.people.invitations import send_invitation
from tests.conftest import member_with_role
from tests.factories import MemberFactory

pytestmark = pytest.mark.django_db

SITE_NAME = {
    "nl": "Integriteit in internationale samenwerking",
    "fr": "L’intégrité dans la coopération internationale",
    "en": "Integrity in international cooperation",
}


@pytest.mark.parametrize("language", ["nl", "fr"])
def test_an_invitation_names_the_site_in_the_members_language(
    language, django_capture_on_commit_callbacks
):
    member = MemberFactory(user__preferred_language=language)
    with django_capture_on_commit_callbacks(execute=True):
        send_invitation(member)
    (message,) = mail.outbox
    assert SITE_NAME[language] in message.subject
    assert SITE_NAME["en"] not in message.subject


def test_authenticator_apps_get_the_site_name_as_text():
    with translation.override("nl"):
        issuer = TwoStepAdapter().get_totp_issuer()
    assert type(issuer) is str and issuer == SITE_NAME["nl"]


@pytest.fixture
def dutch_officer(client, role_groups, lindenhove):
    user = member_with_role(lindenhove, "officer@example.org", roles.INTEGRITY_OFFICER)
    user.preferred_language = "nl"  # the admin follows it
    user.is_superuser = True  # to see the groups
    user.save()
    client.force_login(user)
    return user


def test_the_dutch_admin_home_names_the_site_in_dutch(client, dutch_officer):
    page = client.get("/admin/").content.decode()
    assert SITE_NAME["nl"] in page and SITE_NAME["en"] not in page


def test_role_groups_show_in_the_readers_language(client, dutch_officer):
    groups = client.get("/admin/groups/").content.decode()
    for dutch in ("Integriteitsverantwoordelijken", "Coördinatoren", "Begeleiders"):
        assert dutch in groups
    assert "Integrity officers" not in groups and "Coordinators" not in groups
    form = client.get(f"/admin/users/edit/{dutch_officer.pk}/").content.decode()
    assert "Integriteitsverantwoordelijken" in form and "Integrity officers" not in form
    # The stored names stay the identifiers the code looks the groups up by.
    assert Group.objects.filter(name=roles.INTEGRITY_OFFICER).exists()
    with translation.override("fr"):
        assert str(Group.objects.get(name=roles.COORDINATOR)) == "Coordinateurs"
    assert str(Group.objects.create(name="Webredactie")) == "Webredactie"


def test_the_demo_workflow_is_named_in_the_main_language(role_groups):
    Workflow.objects.create(name="Week of Integrity: review by the integrity officer")
    Task.objects.create(name="Integrity officer approval")  # as an earlier demo named them
    ensure_workflow([])
    ensure_workflow([])  # loading the demo again changes nothing
    workflow = Workflow.objects.get(name__startswith="Week van de Integriteit")
    assert workflow.name == "Week van de Integriteit: nazicht door de integriteitsverantwoordelijke"
    assert Task.objects.filter(name="Integrity officer approval").count() == 0
    assert (
        Task.objects.filter(name="Goedkeuring door de integriteitsverantwoordelijke").count() == 1
    )


def test_a_new_demo_workflow_has_a_dutch_task(role_groups):
    ensure_workflow([])
    task = GroupApprovalTask.objects.get(name="Goedkeuring door de integriteitsverantwoordelijke")
    with translation.override("en"):
        assert [str(group) for group in task.groups.all()] == ["Integrity officers"]


def test_wagtails_own_workflow_and_the_share_image_are_named_in_dutch(role_groups):
    """Wagtail's migrations create "Moderators approval" in English on every site; the demo
    names it in the main language, as it does the campaign's share image."""
    from wagtail.images import get_image_model

    from integrity_platform.demo.campaign import share_image

    assert Workflow.objects.filter(name="Moderators approval").exists()
    ensure_workflow([])
    assert not Workflow.objects.filter(name="Moderators approval").exists()
    assert Workflow.objects.filter(name="Goedkeuring door de moderatoren").exists()
    assert not Task.objects.filter(name="Moderators approval").exists()
    assert share_image().title == "Week van de Integriteit"
    assert share_image() == get_image_model().objects.get()  # loading again adds none
