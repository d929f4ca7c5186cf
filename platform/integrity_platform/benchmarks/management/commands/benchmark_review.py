"""Measure the review dashboards on whatever population is loaded (see review_population):
the integrity officer's completion overview and a coordinator's matrix, first page and a
later one. Prints queries and median/p95 server time per page; changes are rolled back."""

import statistics
import time

from allauth.mfa.totp.internal.auth import TOTP, generate_totp_secret
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand
from django.db import connection, transaction
from django.test import Client
from django.test.utils import CaptureQueriesContext

from integrity_platform.people import roles
from integrity_platform.people.models import Member, Organisation
from integrity_platform.review.models import ReviewStatus

BUDGET_MS = 200
BUDGET_QUERIES = 20


class Rollback(Exception):
    pass


class Command(BaseCommand):
    help = "Print queries and server time of the review dashboards at the loaded size."

    def add_arguments(self, parser):
        parser.add_argument("--repeat", type=int, default=20, help="requests per page")

    def handle(self, *args, repeat, **options):
        self.repeat = repeat
        self.stdout.write(
            f"population: {Organisation.objects.count()} organisations, "
            f"{Member.objects.count()} members, {ReviewStatus.objects.count()} review statuses"
        )
        self.stdout.write(f"{'page':<58} {'queries':>7} {'median ms':>10} {'p95 ms':>8}")
        self.failures = 0
        try:
            with transaction.atomic():
                self.measure_all()
                raise Rollback
        except Rollback:
            pass
        verdict = "within" if not self.failures else "OVER"
        self.stdout.write(f"{verdict} budget ({BUDGET_MS} ms, {BUDGET_QUERIES} queries)")

    def measure_all(self):
        roles.sync_role_groups()
        officer = self.client_in(roles.INTEGRITY_OFFICER, Member.objects.first().organisation)
        self.measure("officer: completion per organisation", officer, "/admin/review/completion/")
        self.measure("officer: completion, page 4", officer, "/admin/review/completion/?p=4")
        self.measure("officer: review status, all members", officer, "/admin/review/status/")
        largest = Member.objects.values("organisation").order_by("-organisation__members").first()
        organisation = Organisation.objects.get(pk=largest["organisation"])
        coordinator = self.client_in(roles.COORDINATOR, organisation)
        size = organisation.members.count()
        self.measure(f"coordinator: matrix of {size} members", coordinator, "/admin/review/status/")
        self.measure("coordinator: matrix, page 2", coordinator, "/admin/review/status/?p=2")
        self.measure(
            "coordinator: matrix, overdue only", coordinator, "/admin/review/status/?state=overdue"
        )

    def client_in(self, group, organisation):
        user = get_user_model().objects.create_user(
            email=f"benchmark-{group.lower().replace(' ', '-')}@example.invalid",
            password="benchmark-Password-2026",
        )
        user.groups.add(Group.objects.get(name=group))
        Member.objects.create(user=user, organisation=organisation)
        # The admin opens only to people with a second factor (accounts.two_step).
        TOTP.activate(user, generate_totp_secret())
        client = Client()
        client.force_login(user)
        return client

    def measure(self, label, client, url):
        client.get(url)  # warm caches, as a server that has been up a while
        times = []
        for _ in range(self.repeat):
            with CaptureQueriesContext(connection) as queries:
                started = time.perf_counter()
                response = client.get(url)
                times.append((time.perf_counter() - started) * 1000)
            assert response.status_code == 200, (url, response.status_code)
        median = statistics.median(times)
        p95 = statistics.quantiles(times, n=20)[-1] if len(times) > 1 else times[0]
        if median > BUDGET_MS or len(queries) > BUDGET_QUERIES:
            self.failures += 1
        self.stdout.write(f"{label:<58} {len(queries):>7} {median:>10.1f} {p95:>8.1f}")
