"""Nobody reaches another organisation's records through the Wagtail admin.

The walk reads every admin URL pattern our apps register (viewsets' and hooks') from the URL
resolver, so a view added later is walked too: there is no list of URLs to forget one in.
In a world with two organisations it signs in as each role of Lindenhove and requests every
pattern that names an object with the ids of Scheldemeer's records, and every listing,
export and report: a record of Scheldemeer answers 403, 404 or a redirect to the sign-in
page or the dashboard, and nothing of Scheldemeer (every text of it carries "Schelde")
shows in any response. The integrity officer, who sees every organisation, is the control
that those ids and texts are really there to find.
"""

import io
import itertools
import re
import zipfile
from dataclasses import dataclass
from datetime import date, datetime, timedelta

import pytest
from django.apps import apps
from django.contrib.auth.models import Group
from django.urls import URLResolver, get_resolver, reverse
from django.utils import timezone
from pypdf import PdfReader
from wagtail.admin.viewsets import viewsets
from wagtail.log_actions import log

from certificates.models import CodeValue, CodeVersion
from courses.assignment import assign
from dilemmas.models import Playlist, Theme
from integrity_platform.guidance.models import IntegrityContact
from integrity_platform.people import roles
from integrity_platform.review.cycles import open_cycles
from integrity_platform.review.models import Attendance, ChangeProposal, Exemption, ReviewSession
from integrity_platform.visits.models import Delegate, WorkVisit
from tests.certificates.conftest import code, integrity_value, publish  # noqa: F401 (fixtures)
from tests.certificates.helpers import issue_signature
from tests.conftest import member_with_role
from tests.courses.conftest import course  # noqa: F401 (fixture)
from tests.factories import MemberFactory, OrganisationFactory

OUR_PACKAGES = ("integrity_platform", "courses", "dilemmas", "certificates", "integrity_common")

# Every text of the other organisation carries this (names, reasons, places, addresses).
TRACE = "schelde"

# The only allow-list: records that belong to no organisation, which every organisation's
# staff may see. Their views are walked with every id they have, to show that they, too,
# show nothing of another organisation (a usage page lists what refers to them).
ORGANISATION_LESS = {
    CodeVersion: "a version of the code is the same for everyone",
    CodeValue: "the values of the code",
    Theme: "themes of the dilemma library",
    Playlist: "playlists of dilemmas, shared by facilitators of every organisation",
    IntegrityContact: "the integrity contacts anyone may turn to",
    # Wagtail's groups, served by our viewset so that role groups show translated.
    Group: "the permission roles, the same in every organisation",
}

# A listing as a page and as its downloads.
LISTING_QUERIES = ("", "?export=csv", "?export=xlsx")

# What to pass for URL arguments that name no record.
OTHER_ARGUMENTS = {"export_format": ["csv", "xlsx"]}

# Besides our own patterns, Wagtail's pages that show our records: the dashboard (panels)
# and Reports -> Site history (which the host serves at Wagtail's address).
WAGTAIL_PAGES_SHOWING_OURS = ["/admin/", "/admin/reports/site-history/"]


# The admin URL patterns ------------------------------------------------------------------


@dataclass(frozen=True)
class AdminPattern:
    route: str  # "admin/review/exemptions/history/<int:pk>/"
    converters: dict  # argument name -> path converter
    model: type | None  # the viewset's model; None for a hook's own URL

    def url(self, **values):
        return "/" + re.sub(r"<(?:\w+:)?(\w+)>", lambda m: str(values[m.group(1)]), self.route)


def _patterns(patterns, route="", namespace=None, converters=None):
    for pattern in patterns:
        here = {**(converters or {}), **getattr(pattern.pattern, "converters", {})}
        if isinstance(pattern, URLResolver):
            yield from _patterns(
                pattern.url_patterns,
                route + str(pattern.pattern),
                pattern.namespace or namespace,
                here,
            )
        else:
            yield route + str(pattern.pattern), namespace, here, pattern


def _is_ours(thing):
    return (thing.__module__ or "").startswith(OUR_PACKAGES)


def our_admin_patterns():
    """Every pattern under /admin/ that a viewset of ours (or one for a model of ours, such
    as a snippet's chooser) or a hook of ours registers."""
    url_patterns = get_resolver().url_patterns  # loading them registers the viewsets
    viewsets_by_namespace = {
        viewset.url_namespace: viewset
        for viewset in viewsets.viewsets
        if getattr(viewset, "name", None)
    }
    found = []
    for route, namespace, converters, pattern in _patterns(url_patterns):
        if not route.startswith("admin/"):
            continue
        viewset = viewsets_by_namespace.get(namespace)
        model = getattr(viewset, "model", None)
        if isinstance(model, str):  # a chooser's model may be named "app_label.Model"
            model = apps.get_model(model)
        view = getattr(pattern.callback, "view_class", pattern.callback)
        if viewset is not None:
            ours = _is_ours(type(viewset)) or (model is not None and _is_ours(model))
        else:
            ours = _is_ours(view)
        if ours:
            found.append(AdminPattern(route, converters, model))
    return found


# Two organisations -----------------------------------------------------------------------


def _pks_of_our_models():
    return {
        model: set(model._base_manager.values_list("pk", flat=True))
        for model in apps.get_models()
        if model.__module__.startswith(OUR_PACKAGES)
    }


@dataclass
class World:
    users: dict  # role -> user of Lindenhove
    foreign: dict  # model -> ids of Scheldemeer's records
    exemption: Exemption  # Scheldemeer's


def build_scheldemeer(version, course):  # noqa: F811
    """Scheldemeer's records of every kind, each with entries in its history."""
    scheldemeer = OrganisationFactory(name="Gemeente Scheldemeer")
    coordinator = MemberFactory(
        organisation=scheldemeer,
        user__first_name="Wout",
        user__last_name="Scheldecoord",
        user__email="wout@scheldemeer.example",
        user__groups=[roles.COORDINATOR],
    ).user
    zoe = MemberFactory(
        organisation=scheldemeer,
        user__first_name="Zoe",
        user__last_name="Scheldewindt",
        user__email="zoe@scheldemeer.example",
    )
    today = timezone.localdate()
    (cycle,) = open_cycles(
        today.year,
        opens_on=today - timedelta(days=10),
        due_on=today + timedelta(days=30),
        organisations=[scheldemeer],
        catch_up_course=course,
    )
    session = ReviewSession.objects.create(
        cycle=cycle,
        starts_at=timezone.make_aware(datetime(today.year, today.month, today.day, 14)),
        place="Scheldezaal",
        scheduled_by=coordinator,
        violations_note="Scheldewindt told of a gift",
    )
    Attendance.objects.create(session=session, member=zoe, how=Attendance.How.LIST)
    ChangeProposal.objects.create(session=session, text="Scheldewindt proposes a rule on gifts")
    exemption = Exemption.objects.create(
        cycle=cycle, member=zoe, reason="Scheldewindt is on leave", recorded_by=coordinator
    )
    visit = WorkVisit.objects.create(
        organisation=scheldemeer,
        name="Scheldebezoek",
        destination="Schelde-Oost",
        starts_on=today + timedelta(days=5),
        ends_on=today + timedelta(days=9),
        created_by=coordinator,
    )
    Delegate.objects.create(visit=visit, member=zoe)
    assign(course, [zoe.user], due_date=today + timedelta(days=30), assigned_by=coordinator)
    issue_signature(zoe.user, version, notify=False)
    for record in [
        scheldemeer,
        zoe,
        cycle,
        session,
        exemption,
        visit,
        *zoe.user.course_enrolments.all(),
    ]:
        log(instance=record, action="wagtail.edit", user=coordinator)
    return exemption


@pytest.fixture
def world(role_groups, lindenhove, code, course, time_machine):  # noqa: F811
    time_machine.move_to("2026-10-20 10:00 +02:00", tick=False)
    publish(code)
    version = CodeVersion.objects.get()
    Theme.objects.create(key="gifts", name="Gifts")
    Playlist.objects.create(title="Gifts and favours")
    IntegrityContact.objects.create(role=IntegrityContact.Role.INTEGRITY_ADVISER, name="Adviser")
    users = {
        "coordinator": member_with_role(lindenhove, "coord@example.org", roles.COORDINATOR),
        "facilitator": member_with_role(lindenhove, "facil@example.org", roles.FACILITATOR),
        "member": MemberFactory(organisation=lindenhove, user__email="an@example.org").user,
        "officer": member_with_role(lindenhove, "officer@example.org", roles.INTEGRITY_OFFICER),
    }
    before = _pks_of_our_models()
    exemption = build_scheldemeer(version, course)
    after = _pks_of_our_models()
    foreign = {
        model: after[model] - before[model] for model in after if after[model] - before[model]
    }
    return World(users=users, foreign=foreign, exemption=exemption)


# Reading a response ----------------------------------------------------------------------


def readable(response):
    """The text a person gets to see: the page, or the contents of a download."""
    content = (
        b"".join(response.streaming_content)
        if getattr(response, "streaming", False)
        else response.content
    )
    if content.startswith(b"%PDF"):
        return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(content)).pages)
    if content.startswith(b"PK"):  # XLSX, or a ZIP of PDFs
        with zipfile.ZipFile(io.BytesIO(content)) as bundle:
            return "\n".join(
                bundle.read(name).decode("utf-8", "replace") for name in bundle.namelist()
            )
    return content.decode("utf-8", "replace")


def refused(response):
    """403, 404, or a redirect to signing in or to the dashboard (Wagtail's "permission
    denied"): never the record, and never a redirect onwards to it."""
    if response.status_code in (403, 404):
        return True
    location = response.get("Location", "")
    return response.status_code == 302 and (location == "/admin/" or "login" in location)


def request(client, url):
    """GET; a view that only accepts POST is asked with an (empty) POST instead."""
    response = client.get(url)
    if response.status_code == 405:
        response = client.post(url)
    return response


def arguments_for(pattern, world):
    """Every combination of values to fill the pattern's arguments with."""
    choices = {}
    for name, converter in pattern.converters.items():
        if name == "pk" and pattern.model in ORGANISATION_LESS:
            choices[name] = sorted(pattern.model._base_manager.values_list("pk", flat=True))
        elif name == "pk" and pattern.model is not None:
            choices[name] = sorted(world.foreign.get(pattern.model, ()))
            assert choices[name], (
                f"{pattern.route}: the world has no record of {pattern.model.__name__} of "
                "another organisation to request it with. Add one to build_scheldemeer(), "
                "or, if such records belong to no organisation, to ORGANISATION_LESS."
            )
        elif name in OTHER_ARGUMENTS:
            choices[name] = OTHER_ARGUMENTS[name]
        elif type(converter).__name__ in ("IntConverter", "StringConverter"):
            # A hook's URL: which model it names is not known, so every id of the other
            # organisation's records, as someone walking the ids would try.
            choices[name] = sorted(set().union(*world.foreign.values()))
        else:
            pytest.fail(f"{pattern.route}: add sample values for <{name}> to OTHER_ARGUMENTS")
    names = list(choices)
    combinations = itertools.product(*choices.values())
    return [dict(zip(names, values, strict=True)) for values in combinations]


def walk(client, world):
    """(url, response) for every object pattern with the other organisation's ids, and for
    every listing, export and report."""
    for pattern in our_admin_patterns():
        if pattern.converters:
            for values in arguments_for(pattern, world):
                url = pattern.url(**values)
                yield pattern, url, request(client, url)
        else:
            for query in LISTING_QUERIES:
                url = pattern.url() + query
                yield pattern, url, client.get(url)
    for page in WAGTAIL_PAGES_SHOWING_OURS:
        for query in LISTING_QUERIES:
            yield None, page + query, client.get(page + query)


# The walk --------------------------------------------------------------------------------


def test_the_walk_finds_every_kind_of_admin_view(db):
    """The walk is only as good as its enumeration: it sees viewsets' generated views
    (history, usage, ...), their custom views and hooks' URLs."""
    routes = {pattern.route for pattern in our_admin_patterns()}
    for route in [
        "admin/review/exemptions/history/<int:pk>/",
        "admin/review/exemptions/usage/<int:pk>/",
        "admin/courses/progress/history/<int:pk>/",
        "admin/review/sessions/<int:pk>/run/",
        "admin/code/acknowledgements/",
        "admin/review/record/<int:pk>/",
        "admin/snippets/dilemmas/theme/usage/<int:pk>/",
    ]:
        assert route in routes


@pytest.mark.parametrize("role", ["coordinator", "facilitator", "member"])
def test_no_role_reaches_another_organisations_records(client, world, role):
    client.force_login(world.users[role])
    seen = []
    for pattern, url, response in walk(client, world):
        assert response.status_code < 500, url
        if pattern is not None and pattern.model is not None and "pk" in pattern.converters:
            if pattern.model not in ORGANISATION_LESS and not refused(response):
                seen.append(f"{url} answered {response.status_code}")
        if TRACE in readable(response).lower():
            seen.append(f"{url} shows Scheldemeer's data")
    assert not seen, "\n".join(seen)


def test_the_integrity_officer_reaches_every_organisation(client, world):
    """The control: the ids and texts the walk looks for are there for whoever may see
    them, and the mechanism that keeps them from the others stops nothing of the officer."""
    client.force_login(world.users["officer"])
    shown = set()
    for _pattern, url, response in walk(client, world):
        assert response.status_code < 500, url
        if TRACE in readable(response).lower():
            shown.add(url)
    history = reverse("review_exemptions:history", args=[world.exemption.pk])
    assert history in shown
    assert reverse("review_exemptions:usage", args=[world.exemption.pk]) in shown
    assert "/admin/reports/site-history/?export=csv" in shown


# The finding, and Site history -----------------------------------------------------------


def test_a_coordinator_gets_404_for_another_organisations_exemption(client, world):
    client.force_login(world.users["coordinator"])
    for name in ["history", "usage", "edit", "delete"]:
        response = client.get(reverse(f"review_exemptions:{name}", args=[world.exemption.pk]))
        assert response.status_code == 404, name
        assert b"Scheldewindt" not in response.content


def test_site_history_keeps_to_the_organisations_a_user_sees(client, world):
    lindenhove = world.users["coordinator"].member.organisation
    own_session = ReviewSession.objects.create(
        cycle=open_cycles(
            2026, opens_on=date(2026, 10, 1), due_on=date(2026, 12, 1), organisations=[lindenhove]
        )[0],
        starts_at=timezone.now(),
        place="Lindezaal",
    )
    log(instance=own_session, action="wagtail.edit", user=world.users["facilitator"])
    site_history = reverse("wagtailadmin_reports:site_history")

    client.force_login(world.users["facilitator"])
    page = client.get(site_history).content.decode()
    assert "Lindenhove" in page  # their own organisation's session
    assert "Schelde" not in page  # neither the session nor the coordinator who edited it
    export = readable(client.get(site_history + "?export=csv"))
    assert "Lindenhove" in export and "Schelde" not in export

    client.force_login(world.users["officer"])
    page = client.get(site_history).content.decode()
    assert "Lindenhove" in page and "Scheldemeer" in page


def test_site_history_shows_the_officer_entries_of_deleted_records(client, world):
    world.exemption.delete()
    client.force_login(world.users["officer"])
    site_history = reverse("wagtailadmin_reports:site_history")
    assert "Scheldewindt is on leave" in client.get(site_history).content.decode()


def test_site_history_queries_do_not_grow_with_the_entries(
    client, world, django_assert_max_num_queries
):
    client.force_login(world.users["coordinator"])
    site_history = reverse("wagtailadmin_reports:site_history")
    member = world.users["member"].member
    log(instance=member, action="wagtail.edit", user=world.users["coordinator"])
    client.get(site_history)  # warm the caches (content types, permissions)
    with django_assert_max_num_queries(60) as few:
        client.get(site_history)
    for _ in range(20):
        log(instance=member, action="wagtail.edit", user=world.users["coordinator"])
    with django_assert_max_num_queries(len(few.captured_queries)):
        client.get(site_history)
