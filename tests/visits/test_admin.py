"""Work visits in the admin: recording a visit with its delegates, scoped to one's own
organisation on every URL, the visit page, reminders and exports."""

import csv
import io
import re
from datetime import date

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.urls import reverse
from django.utils import translation
from django.utils.formats import date_format
from openpyxl import load_workbook

from integrity_platform.people import roles
from integrity_platform.people.models import Member
from integrity_platform.visits.models import Delegate, WorkVisit
from integrity_platform.visits.viewsets import WorkVisitViewSet
from tests.conftest import member_with_role, with_two_step
from tests.factories import MemberFactory

from .conftest import delegate_member, make_visit, take_note

pytestmark = pytest.mark.django_db
VISITS = "/admin/visits/"


def visit_data(organisation, **extra):
    return {
        "organisation": organisation.pk,
        "name": "Stedenbandbezoek",
        "destination": "Koudoubé, Burkina Faso",
        "starts_on": "2026-11-02",
        "ends_on": "2026-11-09",
        "invite": "",
        "invite_language": "",
        **extra,
    }


@pytest.fixture
def as_coordinator(client, coordinator):
    client.force_login(coordinator)
    return client


# Scoping -------------------------------------------------------------------------------


def urls_for(visit):
    """Every URL the viewset generates for one visit, by name."""
    urls = {}
    for pattern in WorkVisitViewSet(name="work_visits").get_urlpatterns():
        converters = pattern.pattern.converters
        if "pk" not in converters:
            continue
        kwargs = {"pk": visit.pk}
        if "export_format" in converters:
            for export_format in ("csv", "xlsx"):
                urls[f"{pattern.name}:{export_format}"] = reverse(
                    f"work_visits:{pattern.name}", kwargs={**kwargs, "export_format": export_format}
                )
            continue
        urls[pattern.name] = reverse(f"work_visits:{pattern.name}", kwargs=kwargs)
    return urls


def test_every_url_of_another_organisations_visit_is_a_404(as_coordinator, koudoube_visit):
    urls = urls_for(koudoube_visit)
    # The walk covers what Wagtail generates and what the visit page adds.
    assert {
        "edit",
        "delete",
        "history",
        "history_results",
        "usage",
        "inspect",
        "remind",
        "delegates_export:csv",
        "delegates_export:xlsx",
    } <= set(urls)
    for name, url in urls.items():
        statuses = {as_coordinator.get(url).status_code, as_coordinator.post(url).status_code}
        # 405 only where the view does not take that method at all (a GET to "remind").
        assert statuses <= {404, 405} and 404 in statuses, (name, url, statuses)
    koudoube_visit.refresh_from_db()
    assert koudoube_visit.name == "Visite à Lindenhove"
    assert koudoube_visit.delegates.count() == 1 and mail.outbox == []


def test_the_same_urls_answer_for_ones_own_visit(as_coordinator, visit):
    for name, url in urls_for(visit).items():
        if name == "remind":
            continue  # POST only; tested below
        assert as_coordinator.get(url).status_code == 200, (name, url)


def test_list_and_its_exports_show_only_ones_own_visits(as_coordinator, visit, koudoube_visit):
    page = as_coordinator.get(VISITS).content.decode()
    assert "Stedenbandbezoek" in page and "Visite à Lindenhove" not in page
    for export_format in ("csv", "xlsx"):
        response = as_coordinator.get(f"{VISITS}?export={export_format}")
        assert response.status_code == 200
        content = b"".join(response.streaming_content) if response.streaming else response.content
        if export_format == "csv":
            text = content.decode()
            assert "Stedenbandbezoek" in text and "Visite à Lindenhove" not in text
        else:
            cells = [c for row in load_workbook(io.BytesIO(content)).active.values for c in row]
            assert "Stedenbandbezoek" in cells and "Visite à Lindenhove" not in cells
    search = as_coordinator.get(f"{VISITS}?q=Lindenhove").content.decode()
    assert "Visite à Lindenhove" not in search


def test_officer_sees_every_organisations_visits(client, officer, visit, koudoube_visit):
    client.force_login(officer)
    page = client.get(VISITS).content.decode()
    assert "Stedenbandbezoek" in page and "Visite à Lindenhove" in page
    assert client.get(reverse("work_visits:inspect", args=[koudoube_visit.pk])).status_code == 200


def test_coordinators_and_the_officer_find_work_visits_in_the_menu(
    client, coordinator, officer, an
):
    for user in (coordinator, officer):
        client.force_login(user)
        assert f'"{VISITS}"' in client.get("/admin/").content.decode()


def test_a_learner_has_no_access(client, an, visit):
    client.force_login(an.user)
    assert client.get(VISITS).status_code in (302, 403)
    assert client.get(reverse("work_visits:inspect", args=[visit.pk])).status_code in (302, 403)


def test_admin_access_alone_is_not_enough(client, role_groups, lindenhove, visit):
    facilitator = member_with_role(lindenhove, "facilitator@example.org", roles.FACILITATOR)
    client.force_login(facilitator)
    assert client.get("/admin/").status_code == 200
    assert f'"{VISITS}"' not in client.get("/admin/").content.decode()
    # Denied: Wagtail redirects to the dashboard or answers 403; views that look the visit
    # up first (among none) answer 404.
    for name, url in {**urls_for(visit), "index": VISITS, "add": f"{VISITS}new/"}.items():
        method = client.post if name in ("remind", "delete") else client.get
        response = method(url)
        assert response.status_code in (302, 403, 404), (name, response.status_code)
        assert response.status_code != 302 or response["Location"] == "/admin/", name
    assert WorkVisit.objects.filter(pk=visit.pk).exists()
    assert mail.outbox == []


def test_coordinator_cannot_record_a_visit_for_another_organisation(
    as_coordinator, koudoube, lindenhove
):
    form = as_coordinator.get(f"{VISITS}new/").content.decode()
    assert "Gemeente Lindenhove" in form and "Commune de Koudoubé" not in form
    response = as_coordinator.post(f"{VISITS}new/", visit_data(koudoube))
    assert response.status_code == 200 and not WorkVisit.objects.exists()


def test_delegates_are_offered_from_the_organisations_active_members_only(
    as_coordinator, lindenhove, koudoube, an
):
    gone = delegate_member(lindenhove, "Vertrokken", is_active=False)
    foreign = delegate_member(koudoube, "Awa Ouédraogo")
    form = as_coordinator.get(f"{VISITS}new/").content.decode()
    assert "An Peeters" in form and "Vertrokken" not in form and "Ouédraogo" not in form
    for forged in (foreign, gone):
        response = as_coordinator.post(
            f"{VISITS}new/", visit_data(lindenhove, delegates=[forged.pk])
        )
        assert response.status_code == 200 and not WorkVisit.objects.exists()


# Recording a visit -------------------------------------------------------------------------


def test_the_officer_chooses_the_organisation_first_then_its_members(
    client, officer, committed, lindenhove, koudoube, an
):
    client.force_login(officer)
    form = client.get(f"{VISITS}new/").content.decode()
    assert "Commune de Koudoubé" in form and 'name="delegates"' not in form
    response = client.post(f"{VISITS}new/", visit_data(lindenhove))
    visit = WorkVisit.objects.get()
    assert response["Location"] == reverse("work_visits:inspect", args=[visit.pk])
    page = client.get(response["Location"]).content.decode()
    assert "No delegates yet" in page
    edit = client.get(reverse("work_visits:edit", args=[visit.pk])).content.decode()
    assert 'name="delegates"' in edit and "An Peeters" in edit
    with committed():
        client.post(
            reverse("work_visits:edit", args=[visit.pk]), visit_data(lindenhove, delegates=[an.pk])
        )
    assert list(visit.delegates.values_list("member", flat=True)) == [an.pk]
    assert [m.to for m in mail.outbox] == [[an.user.email]]


def test_coordinator_records_a_visit_with_chosen_and_invited_delegates(
    as_coordinator, committed, coordinator, lindenhove, an, bram
):
    with committed():
        response = as_coordinator.post(
            f"{VISITS}new/",
            visit_data(
                lindenhove,
                delegates=[an.pk],
                # An existing member by email, a newcomer with a name, one twice.
                invite=f"{bram.user.email.upper()}\nCarla Janssens <carla@example.org>\n"
                "carla@example.org\n",
                invite_language="es",
            ),
        )
    visit = WorkVisit.objects.get()
    assert response.status_code == 302
    assert response["Location"] == reverse("work_visits:inspect", args=[visit.pk])
    assert visit.created_by == coordinator and visit.organisation == lindenhove
    carla = Member.objects.get(user__email="carla@example.org")
    assert carla.organisation == lindenhove
    assert carla.programme_role == Member.ProgrammeRole.DELEGATION_MEMBER
    assert carla.user.preferred_language == "es" and carla.invited_by == coordinator
    assert (carla.user.first_name, carla.user.last_name) == ("Carla", "Janssens")
    assert set(visit.delegates.values_list("member", flat=True)) == {an.pk, bram.pk, carla.pk}

    # Carla's invitation to choose a password, then one email per delegate.
    by_recipient = {}
    for message in mail.outbox:
        by_recipient.setdefault(message.to[0], []).append(message)
    assert sorted(len(m) for m in by_recipient.values()) == [1, 1, 2]
    invitation, take_note_mail = by_recipient["carla@example.org"]
    assert "/es/accounts/password/reset/key/" in invitation.body
    assert f"/es/acknowledge/?for=visit-{visit.pk}" in take_note_mail.body
    assert f"/fr/acknowledge/?for=visit-{visit.pk}" in by_recipient[bram.user.email][0].body
    assert f"/nl/acknowledge/?for=visit-{visit.pk}" in by_recipient[an.user.email][0].body


def test_invitations_without_a_chosen_language_use_the_organisations_usual_one(
    as_coordinator, committed, lindenhove, koudoube
):
    for n in range(2):
        delegate_member(koudoube, f"Agent {n}", language="fr")
    officer_client = as_coordinator
    officer_client.force_login(
        with_two_step(
            MemberFactory(
                organisation=lindenhove,
                user__groups=["Integrity officers"],
                user__preferred_language="en",
            ).user
        )
    )
    with committed():
        officer_client.post(f"{VISITS}new/", visit_data(koudoube, invite="nouveau@example.org"))
    newcomer = get_user_model().objects.get(email="nouveau@example.org")
    assert newcomer.preferred_language == "fr"
    assert any("/fr/acknowledge/?for=visit-" in m.body for m in mail.outbox)


@pytest.mark.parametrize(
    "extra, field, message",
    [
        ({"ends_on": "2026-11-01"}, "ends_on", "The last day cannot be before the first day."),
        ({"invite": "carla@example.org\nnot an address"}, "invite", "Line 2:"),
        ({"invite": "a@example.org b@example.org"}, "invite", "is not one email address"),
    ],
)
def test_bad_input_is_explained_and_changes_nothing(
    as_coordinator, lindenhove, extra, field, message
):
    response = as_coordinator.post(f"{VISITS}new/", visit_data(lindenhove, **extra))
    assert response.status_code == 200
    assert message in str(response.context["form"].errors[field])
    assert not WorkVisit.objects.exists()
    assert not get_user_model().objects.filter(email="carla@example.org").exists()
    assert mail.outbox == []


def test_someone_of_another_organisation_cannot_be_invited_by_email(
    as_coordinator, lindenhove, koudoube
):
    foreign = delegate_member(koudoube, "Awa Ouédraogo")
    gone = delegate_member(lindenhove, "Vertrokken", is_active=False)
    response = as_coordinator.post(
        f"{VISITS}new/",
        visit_data(lindenhove, invite=f"{foreign.user.email}\n{gone.user.email}"),
    )
    errors = " ".join(response.context["form"].errors["invite"])
    assert "already has an account outside Gemeente Lindenhove" in errors
    assert "is no longer active" in errors
    assert not WorkVisit.objects.exists() and mail.outbox == []


def test_editing_adds_and_removes_delegates_and_emails_only_the_new_ones(
    as_coordinator, committed, lindenhove, visit, an, bram
):
    carla = delegate_member(lindenhove, "Carla Janssens", language="en")
    url = reverse("work_visits:edit", args=[visit.pk])
    form = as_coordinator.get(url).content.decode()
    assert re.search(rf'value="{an.pk}"[^>]*checked', form)
    with committed():
        response = as_coordinator.post(
            url, visit_data(lindenhove, delegates=[an.pk, carla.pk], ends_on="2026-11-10")
        )
    assert response.status_code == 302
    visit.refresh_from_db()
    assert visit.ends_on == date(2026, 11, 10)
    assert set(visit.delegates.values_list("member", flat=True)) == {an.pk, carla.pk}
    assert [m.to for m in mail.outbox] == [[carla.user.email]]


def test_a_delegate_who_left_stays_on_the_visit(as_coordinator, lindenhove, visit, an, bram):
    bram.is_active = False
    bram.save()
    url = reverse("work_visits:edit", args=[visit.pk])
    assert "Bram Claes" not in as_coordinator.get(url).content.decode()  # cannot be chosen
    as_coordinator.post(url, visit_data(lindenhove, delegates=[an.pk]))
    assert set(visit.delegates.values_list("member", flat=True)) == {an.pk, bram.pk}
    page = as_coordinator.get(reverse("work_visits:inspect", args=[visit.pk])).content.decode()
    assert "Delegate Bram Claes (no longer active)" in page


def test_the_organisation_of_a_recorded_visit_stays(officer, client, visit, koudoube):
    client.force_login(officer)
    client.post(reverse("work_visits:edit", args=[visit.pk]), visit_data(koudoube))
    visit.refresh_from_db()
    assert visit.organisation.name == "Gemeente Lindenhove"


# The visit page ----------------------------------------------------------------------------


def test_the_visit_page_shows_who_has_taken_note(as_coordinator, visit, an, bram, version):
    receipt = take_note(an, visit, version)
    page = as_coordinator.get(reverse("work_visits:inspect", args=[visit.pk])).content.decode()
    assert "1 of 2 delegates have taken note" in page
    assert "Delegate An Peeters" in page and "Delegate Bram Claes" in page
    with translation.override("en"):
        assert f"Yes, on {date_format(date(2026, 10, 20))}" in page and "Not yet" in page
    assert "10:00" in page  # recorded at, in Brussels time
    assert receipt.display_code in page
    assert "Send a reminder to the 1 delegate who has not taken note" in page
    for name in ("edit", "history", "delete"):
        assert reverse(f"work_visits:{name}", args=[visit.pk]) in page
    listing = as_coordinator.get(VISITS).content.decode()
    assert reverse("work_visits:inspect", args=[visit.pk]) in listing


def test_a_receipt_for_another_visit_does_not_count(as_coordinator, lindenhove, visit, an, version):
    other = make_visit(lindenhove, an, name="Bezoek Valle Alto", destination="Valle Alto, Perú")
    take_note(an, other, version)
    page = as_coordinator.get(reverse("work_visits:inspect", args=[visit.pk])).content.decode()
    assert "0 of 2 delegates have taken note" in page
    listing = as_coordinator.get(VISITS)
    counts = {v.name: (v.delegate_count, v.noted_count) for v in listing.context["object_list"]}
    assert counts == {"Stedenbandbezoek": (2, 0), "Bezoek Valle Alto": (1, 1)}


def test_deleting_a_visit_keeps_the_receipts(as_coordinator, visit, an, version):
    receipt = take_note(an, visit, version)
    response = as_coordinator.post(reverse("work_visits:delete", args=[visit.pk]))
    assert response.status_code == 302 and not WorkVisit.objects.exists()
    receipt.refresh_from_db()
    assert (
        receipt.revoked_at is None and receipt.visit == "Stedenbandbezoek – Koudoubé, Burkina Faso"
    )


def test_list_queries_do_not_grow_with_the_visits(
    as_coordinator, lindenhove, an, bram, django_assert_max_num_queries
):
    make_visit(lindenhove, an, bram)
    as_coordinator.get(VISITS)
    with django_assert_max_num_queries(30) as few:
        as_coordinator.get(VISITS)
    for n in range(12):
        make_visit(lindenhove, an, bram, name=f"Bezoek {n}")
    with django_assert_max_num_queries(len(few.captured_queries)):
        page = as_coordinator.get(VISITS).content.decode()
    assert "Bezoek 11" in page


def test_queries_do_not_grow_with_the_delegates(
    as_coordinator, lindenhove, visit, version, django_assert_max_num_queries
):
    url = reverse("work_visits:inspect", args=[visit.pk])
    as_coordinator.get(url)  # warm caches (content types, site)
    with django_assert_max_num_queries(30) as few:
        as_coordinator.get(url)
    for n in range(10):
        member = delegate_member(lindenhove, f"Extra {n}")
        Delegate.objects.create(visit=visit, member=member)
        take_note(member, visit, version)
    with django_assert_max_num_queries(len(few.captured_queries)):
        page = as_coordinator.get(url).content.decode()
    assert "10 of 12 delegates have taken note" in page


# Reminders ------------------------------------------------------------------------------


def test_reminder_goes_to_those_who_have_not_taken_note(
    as_coordinator, lindenhove, visit, an, bram, version, time_machine, committed
):
    take_note(an, visit, version)
    gone = delegate_member(lindenhove, "Vertrokken", is_active=False)
    Delegate.objects.create(visit=visit, member=gone)
    url = reverse("work_visits:remind", args=[visit.pk])
    assert as_coordinator.get(url).status_code == 405  # a POST from the button only

    with committed():
        response = as_coordinator.post(url, follow=True)
    assert "A reminder was sent to 1 delegate." in response.content.decode()
    assert [m.to for m in mail.outbox] == [[bram.user.email]]
    assert "Koudoubé" in mail.outbox[0].subject
    assert f"/fr/acknowledge/?for=visit-{visit.pk}" in mail.outbox[0].body
    assert Delegate.objects.get(member=bram).reminded_at is not None
    assert Delegate.objects.get(member=an).reminded_at is None

    # A second click sends nothing twice; an hour later it may.
    response = as_coordinator.post(url, follow=True)
    assert "reminded less than an hour ago" in response.content.decode()
    assert len(mail.outbox) == 1
    time_machine.shift(3600 * 2)
    with committed():
        as_coordinator.post(url)
    assert len(mail.outbox) == 2
    history = as_coordinator.get(reverse("work_visits:history", args=[visit.pk])).content.decode()
    assert "Reminder sent to the delegates who had not taken note" in history


def test_no_reminder_once_the_visit_is_history(as_coordinator, coordinator, visit, time_machine):
    time_machine.move_to("2026-12-10 10:00 +01:00", tick=False)  # 31 days after the last day
    as_coordinator.force_login(coordinator)  # the earlier session has expired by then
    page = as_coordinator.get(reverse("work_visits:inspect", args=[visit.pk])).content.decode()
    assert "Send a reminder" not in page and "can no longer take note" in page
    response = as_coordinator.post(reverse("work_visits:remind", args=[visit.pk]), follow=True)
    assert "no reminder was sent" in response.content.decode()
    assert mail.outbox == []


# Exports ---------------------------------------------------------------------------------


@pytest.fixture
def risky_visit(lindenhove, visit, an, version):
    """One delegate has taken note; another's name would be a formula in a spreadsheet."""
    take_note(an, visit, version)
    risky = delegate_member(lindenhove, "Person")
    risky.user.first_name, risky.user.last_name = '=HYPERLINK("http://evil")', ""
    risky.user.save()
    Delegate.objects.create(visit=visit, member=risky)
    return visit


def test_csv_export_lists_who_has_taken_note_without_email_addresses(as_coordinator, risky_visit):
    response = as_coordinator.get(
        reverse("work_visits:delegates_export", args=[risky_visit.pk, "csv"])
    )
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert 'filename="work-visit-' in response["Content-Disposition"]
    text = response.content.decode("utf-8-sig")
    assert "@" not in text
    rows = list(csv.reader(io.StringIO(text)))
    assert rows[0] == ["Name", "Organisation", "Taken note", "Date"]
    assert ["Delegate An Peeters", "Gemeente Lindenhove", "yes", "2026-10-20"] in rows
    assert ["Delegate Bram Claes", "Gemeente Lindenhove", "no", ""] in rows
    assert ['\'=HYPERLINK("http://evil")', "Gemeente Lindenhove", "no", ""] in rows


def test_xlsx_export_keeps_dates_and_defuses_formulas(as_coordinator, risky_visit):
    response = as_coordinator.get(
        reverse("work_visits:delegates_export", args=[risky_visit.pk, "xlsx"])
    )
    assert response["Content-Type"].startswith("application/vnd.openxmlformats")
    sheet = load_workbook(io.BytesIO(response.content)).active
    rows = [[cell.value for cell in row] for row in sheet.iter_rows()]
    assert rows[0] == ["Name", "Organisation", "Taken note", "Date"]
    noted = next(row for row in rows if row[0] == "Delegate An Peeters")
    assert noted[2] == "yes" and noted[3].date() == date(2026, 10, 20)
    # The name as typed, in a text cell: never a formula, even once someone edits it.
    risky = next(row for row in sheet.iter_rows() if "HYPERLINK" in row[0].value)[0]
    assert risky.value == '=HYPERLINK("http://evil")'
    assert risky.data_type == "s" and risky.quotePrefix
    assert all(cell.data_type != "f" for row in sheet.iter_rows() for cell in row)


def test_unknown_export_format_is_a_404(as_coordinator, visit):
    assert as_coordinator.get(f"{VISITS}export/{visit.pk}/pdf/").status_code == 404
