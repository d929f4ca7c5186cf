"""Permission roles, kept as Django groups, and what each role may see.

Learner is everyone signed in and needs no group. The other roles are groups whose
permissions are (re)applied after every migrate, so a deployment never drifts from here.
"""

from django.apps import apps
from django.contrib.auth.management import create_permissions
from django.contrib.auth.models import Group, Permission
from django.utils.translation import gettext_lazy as _

# The groups' names in the database: fixed identifiers, in English, that code looks groups
# up by. People read ROLE_LABELS instead, in their own language (group_label()).
FACILITATOR = "Facilitators"
COORDINATOR = "Coordinators"
INTEGRITY_OFFICER = "Integrity officers"
ADMINISTRATOR = "Administrators"

ROLE_LABELS = {
    FACILITATOR: _("Facilitators"),
    COORDINATOR: _("Coordinators"),
    INTEGRITY_OFFICER: _("Integrity officers"),
    ADMINISTRATOR: _("Administrators"),
    # The two groups Wagtail's own migrations create in every installation.
    "Editors": _("Editors"),
    "Moderators": _("Moderators"),
}


def group_label(name):
    """A group's name as people read it: a role's in their language, any other group's
    (one an administrator made) as it was typed."""
    return ROLE_LABELS.get(name, name)


_ADMIN_ACCESS = ["wagtailadmin.access_admin"]
_MEMBERS_OF_OWN_ORGANISATION = [
    "people.view_member",
    "people.add_member",
    "people.change_member",
    # Course progress of those members, and assigning them courses.
    "courses.view_enrolment",
    "courses.add_enrolment",
    # Their annual review: status per member, completion, exemptions.
    "review.view_reviewstatus",
    "review.view_reviewcycle",
    "review.view_exemption",
    "review.add_exemption",
    "review.change_exemption",
    "review.delete_exemption",
]
_CONTENT = [
    "wagtailimages.add_image",
    "wagtailimages.change_image",
    "wagtailimages.choose_image",
    "wagtaildocs.add_document",
    "wagtaildocs.change_document",
    "wagtaildocs.choose_document",
    "simple_translation.submit_translation",
]

# Scheduling and running the annual review sessions of their own organisation.
_REVIEW_SESSIONS = [
    "review.view_reviewsession",
    "review.add_reviewsession",
    "review.change_reviewsession",
    "review.delete_reviewsession",
]

# Running live dilemma sessions from playlists, and reading (and printing) the dilemmas
# kept for recruitment interviews, which staff on interview panels put to candidates.
_DILEMMA_SESSIONS = [
    "dilemmas.add_livesession",
    "dilemmas.view_playlist",
    "dilemmas.add_playlist",
    "dilemmas.change_playlist",
    "dilemmas.view_recruitment_dilemmas",
]

# Recording work visits of their own organisation (all of them for the integrity officer)
# and following which delegates took note of the code (integrity_platform.visits).
_WORK_VISITS = [
    "visits.view_workvisit",
    "visits.add_workvisit",
    "visits.change_workvisit",
    "visits.delete_workvisit",
]

ROLE_PERMISSIONS = {
    FACILITATOR: _ADMIN_ACCESS + _REVIEW_SESSIONS + _DILEMMA_SESSIONS,
    COORDINATOR: _ADMIN_ACCESS
    + _MEMBERS_OF_OWN_ORGANISATION
    + _REVIEW_SESSIONS
    + _DILEMMA_SESSIONS
    + _WORK_VISITS,
    INTEGRITY_OFFICER: _ADMIN_ACCESS
    + _MEMBERS_OF_OWN_ORGANISATION
    + _REVIEW_SESSIONS
    + _DILEMMA_SESSIONS
    + _WORK_VISITS
    + _CONTENT
    + [
        "dilemmas.delete_playlist",
        "guidance.add_integritycontact",
        "guidance.change_integritycontact",
        "guidance.delete_integritycontact",
        "dilemmas.add_theme",
        "dilemmas.change_theme",
        "people.manage_all_members",
        "people.view_organisation",
        "people.add_organisation",
        "people.change_organisation",
        "review.add_reviewcycle",
        "review.view_changeproposal",
        "review.change_changeproposal",
        "certificates.view_acknowledgement",
        "certificates.add_acknowledgement",
        "certificates.change_acknowledgement",
        # Erasing a person's data (integrity_platform.privacy): the officer only.
        "privacy.erase_person",
    ],
    ADMINISTRATOR: [],  # administrators are superusers; the group names them
}
# Page permissions on the whole tree (Wagtail keeps these per page, not per model).
INTEGRITY_OFFICER_PAGE_PERMISSIONS = [
    "add_page",
    "change_page",
    "publish_page",
    "lock_page",
    "unlock_page",
]


def _permission(dotted):
    app_label, codename = dotted.split(".")
    return Permission.objects.get(content_type__app_label=app_label, codename=codename)


def sync_role_groups():
    from wagtail.models import Collection, GroupCollectionPermission, GroupPagePermission, Page

    for name, dotted_permissions in ROLE_PERMISSIONS.items():
        group, _created = Group.objects.get_or_create(name=name)
        group.permissions.set([_permission(p) for p in dotted_permissions])

    officers = Group.objects.get(name=INTEGRITY_OFFICER)
    root_page = Page.get_first_root_node()
    if root_page is not None:
        for codename in INTEGRITY_OFFICER_PAGE_PERMISSIONS:
            GroupPagePermission.objects.get_or_create(
                group=officers,
                page=root_page,
                permission=Permission.objects.get(
                    content_type__app_label="wagtailcore", codename=codename
                ),
            )
    root_collection = Collection.get_first_root_node()
    if root_collection is not None:
        for dotted in _CONTENT:
            if dotted.startswith(("wagtailimages.", "wagtaildocs.")):
                GroupCollectionPermission.objects.get_or_create(
                    group=officers, collection=root_collection, permission=_permission(dotted)
                )


def sync_role_groups_after_migrate(sender, **kwargs):
    # Permissions of apps later in INSTALLED_APPS are only created by their own
    # post_migrate handlers; create them all now so that every group can be filled.
    for app_config in apps.get_app_configs():
        create_permissions(app_config, verbosity=0, using=kwargs.get("using", "default"))
    sync_role_groups()
