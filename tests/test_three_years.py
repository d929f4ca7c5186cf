"""A programme through three years, the clock moving as the years go by:

- year 1: two new municipal officials go through onboarding and sign, one in Dutch, one
  in French;
- year 2: the review opens, both reaffirm the code, one checks in at the review session,
  the reminders go out on the right days;
- year 3: a material version is published in Dutch first and in French a week later;
- then the old PDFs verify as they should and the dashboards agree with the statuses.
"""

import io
from contextlib import contextmanager
from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.utils import timezone
from wagtail.models import Locale

from certificates.models import Acknowledgement
from certificates.queries import status_of
from integrity_platform.review.cycles import open_cycles
from integrity_platform.review.models import ReviewCycle, ReviewSession, ReviewStatus
from tests.certificates.conftest import code, integrity_value, publish  # noqa: F401 (fixtures)
from tests.certificates.helpers import pdf_text
from tests.courses.conftest import CORRECT, Q_MULTI, Q_REFLECT, Q_SINGLE, Q_TF, course  # noqa: F401
from tests.factories import MemberFactory

pytestmark = pytest.mark.django_db
BRUSSELS = ZoneInfo("Europe/Brussels")


@contextmanager
def on(day, hour=10, minute=0):
    """The clock on that day and hour in Brussels (it keeps ticking from there)."""
    with time_machine.travel(datetime(*day, hour, minute, tzinfo=BRUSSELS)):
        yield


def signature(full_name, place):
    return {
        "full_name": full_name,
        "employer": "Gemeente Lindenhove",
        "place": place,
        "typed_signature": full_name,
        "confirm": "on",
    }


def sign(client, user, language, place):
    client.force_login(user)
    page = client.get(f"/{language}/acknowledge/").content.decode()
    assert 'name="confirm"' in page, page
    response = client.post(
        f"/{language}/acknowledge/", signature(user.get_full_name(), place), follow=False
    )
    assert response.status_code == 302
    return Acknowledgement.objects.filter(user=user).order_by("-issued_at").first()


def work_through(client, user, course):  # noqa: F811
    client.force_login(user)
    lesson_one, lesson_two = course.lesson_one, course.lesson_two
    for lesson, question in [(lesson_one, Q_SINGLE), (lesson_one, Q_MULTI), (lesson_two, Q_TF)]:
        client.post(
            f"/nl/learning/lessons/{lesson.pk}/answer/",
            {"question": question, "option": CORRECT[question]},
        )
    client.post(
        f"/nl/learning/lessons/{lesson_one.pk}/answer/",
        {"question": Q_REFLECT, "reflection": "When a partner insisted."},
    )


def publish_version(page, label, intro):
    page.refresh_from_db()
    page.version_label, page.change, page.intro = label, "material", intro
    page.effective_date = timezone.localdate()
    return publish(page)


def status(member, year):
    return ReviewStatus.objects.with_state().get(member=member, cycle__year=year)


def test_a_programme_through_three_years(
    client,
    code,  # noqa: F811
    course,  # noqa: F811
    lindenhove,
    django_capture_on_commit_callbacks,
):
    def committed():
        return django_capture_on_commit_callbacks(execute=True)

    # --- Year 1: the code is published in Dutch and French; two officials start.
    with on((2025, 1, 6)):
        code.version_label, code.effective_date = "2025.1", date(2025, 1, 6)
        dutch = publish(code)
        page = dutch.copy_for_translation(
            Locale.objects.get_or_create(language_code="fr")[0], copy_parents=True
        )
        page.title, page.intro = "Code d'éthique", "<p>Pourquoi un code.</p>"
        french = publish(page)
    with on((2025, 2, 3)):
        with committed():
            jan = MemberFactory(
                organisation=lindenhove,
                start_date=date(2025, 2, 3),
                user__first_name="Jan",
                user__last_name="Peeters",
                user__preferred_language="nl",
            )
            marie = MemberFactory(
                organisation=lindenhove,
                start_date=date(2025, 2, 3),
                user__first_name="Marie",
                user__last_name="Dubois",
                user__preferred_language="fr",
            )
        open_cycles(2025, opens_on=date(2025, 2, 1), due_on=date(2025, 6, 30))
        # Onboarding first: the course that leads to signing.
        client.force_login(jan.user)
        assert 'name="confirm"' not in client.get("/nl/acknowledge/").content.decode()
        for member in (jan, marie):
            with committed():
                work_through(client, member.user, course)
    with on((2025, 2, 4)):
        with committed():
            jan_2025 = sign(client, jan.user, "nl", "Lindenhove")
            marie_2025 = sign(client, marie.user, "fr", "Lindenhove")
    assert (jan_2025.language, marie_2025.language) == ("nl", "fr")
    assert (jan_2025.period, marie_2025.period) == ("review-2025", "review-2025")
    assert status(jan, 2025).acknowledged and status(jan, 2025).onboarded

    # --- Year 2: the review opens; both reaffirm; Jan checks in at the session.
    with on((2026, 3, 2)):
        open_cycles(2026, opens_on=date(2026, 3, 1), due_on=date(2026, 6, 30))
        assert not status(jan, 2026).acknowledged
        session = ReviewSession.objects.create(
            cycle=ReviewCycle.objects.get(year=2026),
            starts_at=datetime(2026, 4, 15, 14, 0, tzinfo=BRUSSELS),
        )
        with committed():
            jan_2026 = sign(client, jan.user, "nl", "Brussel")
            marie_2026 = sign(client, marie.user, "fr", "Bruxelles")
    assert jan_2026.verification_code != jan_2025.verification_code
    assert (jan_2026.period, status_of(jan_2025)) == ("review-2026", "valid")
    with on((2026, 4, 15), 14, 20):
        client.force_login(jan.user)
        checked = client.post("/nl/review/check-in/", {"code": session.check_in_code})
        assert checked.status_code == 302
    assert status(jan, 2026).is_done and not status(marie, 2026).is_done

    # Reminders: 30 days before the due date for who is not done, nothing on other days.
    mail.outbox.clear()
    with on((2026, 5, 30), 7), committed():
        call_command("review_reminders", stdout=io.StringIO())
    assert mail.outbox == []
    with on((2026, 5, 31), 7), committed():  # reminders leave once their log commits
        call_command("review_reminders", stdout=io.StringIO())
        call_command("review_reminders", stdout=io.StringIO())  # twice a day: once
    assert [message.to for message in mail.outbox] == [[marie.user.email]]
    assert "/fr/" in mail.outbox[0].body  # in her language

    # --- Year 3: the review opens; a material version comes, in Dutch first, in French a
    # week later. French readers are never handed the Dutch text.
    with on((2027, 1, 4)):
        open_cycles(2027, opens_on=date(2027, 1, 4), due_on=date(2027, 6, 30))
    with on((2027, 1, 11)):
        publish_version(dutch, "2027.1", "<p>Waarom een code, herzien.</p>")
        assert status_of(jan_2026) == "superseded"
        assert status_of(marie_2026) == "valid"  # French has no 2027.1 yet
        client.force_login(marie.user)
        waiting = client.get("/fr/acknowledge/").content.decode()
        assert "Pourquoi un code." in waiting and "herzien" not in waiting
        assert "2027.1" in waiting and "?language=nl" in waiting  # hers to choose
        jan_2027 = sign(client, jan.user, "nl", "Lindenhove")
        assert (jan_2027.version.label, jan_2027.period) == ("2027.1", "review-2027")
    with on((2027, 1, 18)):
        with committed():
            publish_version(french, "2027.1", "<p>Pourquoi un code, revu.</p>")
        assert status_of(marie_2026) == "superseded"
        with committed():
            marie_2027 = sign(client, marie.user, "fr", "Bruxelles")
        assert (marie_2027.version.label, marie_2027.language) == ("2027.1", "fr")
        assert "Pourquoi un code, revu." in pdf_text(marie_2027)[1]

        # Old PDFs still verify: the document is authentic, the acknowledgement superseded.
        for old in (jan_2025, marie_2026):
            data, _text = pdf_text(old)
            upload = SimpleUploadedFile("old.pdf", data, content_type="application/pdf")
            page = client.post("/verify/?lang=en", {"pdf": upload}).content.decode()
            assert "Superseded" in page and "The PDF is authentic and unchanged." in page
            assert old.full_name in page and "2025.1" in page
        assert (
            "Valid"
            in client.get(f"/verify/{marie_2027.verification_code}/?lang=en").content.decode()
        )

        # Every year's dashboard agrees with the statuses it counts.
        for cycle in ReviewCycle.objects.all():
            statuses = ReviewStatus.objects.filter(cycle=cycle, is_exempt=False)
            assert (cycle.member_count, cycle.done_count) == (
                statuses.count(),
                statuses.filter(is_done=True).count(),
            )
        assert status(jan, 2027).acknowledged and status(marie, 2027).acknowledged
        assert status(jan, 2025).acknowledged  # a closed year keeps its numbers
        assert [a.acknowledged_on.year for a in Acknowledgement.objects.filter(user=jan.user)] == [
            2027,
            2026,
            2025,
        ]
