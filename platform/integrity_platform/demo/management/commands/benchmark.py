"""Measure the main pages on the demo data: queries per request and response time.

Everything the benchmark adds (extra members, sessions) is rolled back at the end.
Run `manage.py seed_demo` first.
"""

import statistics
import time

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from django.db import connection, reset_queries, transaction
from django.test import Client
from django.test.utils import CaptureQueriesContext

from courses.models import Enrolment, LessonPage
from integrity_platform.people.models import Member, Organisation

COORDINATOR = "coordinator@example.org"
LEARNER = "official@example.org"
OFFICER = "officer@example.org"


class Command(BaseCommand):
    help = "Print queries and median response time of the main pages (changes are rolled back)."

    def add_arguments(self, parser):
        parser.add_argument("--repeat", type=int, default=20, help="requests per page")

    def handle(self, *args, repeat, **options):
        User = get_user_model()
        if not User.objects.filter(email=COORDINATOR).exists():
            raise CommandError("Load the demo first: manage.py seed_demo")
        self.repeat = repeat
        self.stdout.write(f"{'page':<56} {'queries':>7} {'median ms':>10}")
        with transaction.atomic():
            anonymous = Client()
            self.measure("home page, anonymous", anonymous, "/nl/")
            self.measure("sign-in page", anonymous, "/nl/accounts/login/")
            self.measure("health check", anonymous, "/health/")
            officer = self.client_for(OFFICER)
            self.measure("home page, integrity officer", officer, "/nl/")
            self.measure("profile", officer, "/nl/accounts/profile/")
            self.measure("my learning, integrity officer", officer, "/nl/learning/")
            learner = self.client_for(LEARNER)
            course = Enrolment.objects.filter(user__email=LEARNER).first().course
            self.measure("course page, learner", learner, course.url)
            lesson = LessonPage.objects.child_of(course).live().first()
            self.measure("lesson page with questions, learner", learner, lesson.url)
            coordinator = self.client_for(COORDINATOR)
            organisation = User.objects.get(email=COORDINATOR).member.organisation
            for total in (10, 50):
                self.add_members(organisation, total, course)
                self.measure(
                    f"member list, coordinator, {total} members (50 a page)",
                    coordinator,
                    "/admin/members/",
                )
                self.measure(
                    f"course progress, coordinator, {total} members (50 a page)",
                    coordinator,
                    "/admin/courses/progress/",
                )
            transaction.set_rollback(True)

    def client_for(self, email):
        client = Client()
        client.force_login(get_user_model().objects.get(email=email))
        return client

    def add_members(self, organisation: Organisation, total, course):
        User = get_user_model()
        missing = total - organisation.members.count()
        start = User.objects.count()
        users = User.objects.bulk_create(
            User(email=f"bench{start + i}@example.org", first_name="Bench", last_name=str(i))
            for i in range(max(0, missing))
        )
        Member.objects.bulk_create(
            Member(user=user, organisation=organisation, programme_role="municipal_official")
            for user in users
        )
        Enrolment.objects.bulk_create(
            Enrolment(user=user, course=course, source=Enrolment.Source.ASSIGNED) for user in users
        )

    def measure(self, label, client, url):
        client.get(url)  # warm caches, as a running server would have them
        reset_queries()
        with CaptureQueriesContext(connection) as queries:
            response = client.get(url)
        # Read the count now: the next request clears Django's query log.
        query_count = len(queries)
        if response.status_code != 200:
            raise CommandError(f"{url} answered {response.status_code}")
        timings = []
        for _ in range(self.repeat):
            started = time.perf_counter()
            client.get(url)
            timings.append((time.perf_counter() - started) * 1000)
        median = statistics.median(timings)
        self.stdout.write(f"{label:<56} {query_count:>7} {median:>10.1f}")
