"""Measure the main pages on the demo data, in two parts.

1. In-process: queries per request and median response time (what the tests also watch).
   Everything this part adds (extra members) is rolled back.
2. Over HTTP, beside yardsticks measured in the same run: gunicorn with the production
   settings and `wrk` (Debian: `apt-get install wrk`) measure the throughput of our pages,
   of a bare Django view, of a bare JSON view with one query and of a plain Wagtail page
   (a StreamField of 13 blocks in a minimal template, created here and removed after).
   Targets are interleaved round by round, so a busy machine slows all of them alike; the
   median of the rounds is kept. The output ends with one machine-readable line per page,
   `ratio <page> <throughput / plain page>` (signed-in pages against the plain page signed
   in, anonymous ones against it anonymous), and `ratio poll <throughput / bare JSON view>`.
3. With `--anchors`, the course page of the third-party wagtail-lms 0.11.1, served by a plain
   `wagtail start` site (built once under var/anchors/, see anchors.py), joins the same
   rounds; one more line per page, `ratio-lms <page> <throughput / that course page>`,
   checks the budget: our pages at least twice its throughput.

Run `manage.py seed_demo` first.
"""

import re
import shutil
import statistics
import subprocess
import time
from contextlib import ExitStack
from http.client import HTTPConnection
from urllib.parse import urljoin, urlsplit

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from django.db import connection, reset_queries, transaction
from django.test import Client, override_settings
from django.test.utils import CaptureQueriesContext
from django.utils.crypto import get_random_string
from wagtail.models import Page

from courses.models import Enrolment, LessonPage
from dilemmas.live import start
from dilemmas.models import DilemmaPage, Playlist, PlaylistItem
from integrity_platform.people.models import Member, Organisation

from ...anchors import anchor_site
from ...models import ReferencePage
from ...servers import PROXY_HEADERS, gunicorn

COORDINATOR = "coordinator@example.org"
LEARNER = "official@example.org"
OFFICER = "officer@example.org"


class Command(BaseCommand):
    help = "Print queries and median response time of the main pages (changes are rolled back)."

    def add_arguments(self, parser):
        parser.add_argument("--repeat", type=int, default=20, help="requests per page")
        parser.add_argument(
            "--queries-only", action="store_true", help="only the in-process part (no wrk)"
        )
        parser.add_argument("--seconds", type=int, default=5, help="wrk run per target")
        parser.add_argument("--rounds", type=int, default=3)
        parser.add_argument("--workers", type=int, default=2, help="gunicorn workers")
        parser.add_argument("--connections", type=int, default=16, help="wrk connections")
        parser.add_argument(
            "--server-settings",
            default=settings.BENCHMARK_SERVER_SETTINGS,
            help="settings module of the servers (default: BENCHMARK_SERVER_SETTINGS)",
        )
        parser.add_argument(
            "--anchors",
            action="store_true",
            help="also measure the course page of wagtail-lms 0.11.1 (builds it once, from PyPI)",
        )

    def handle(self, *args, **options):
        self.queries_and_times(options["repeat"])
        if not options["queries_only"]:
            if not shutil.which("wrk"):
                raise CommandError("The HTTP part needs wrk (apt-get install wrk).")
            Throughput(self.stdout, options).run()

    def queries_and_times(self, repeat):
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
        # Warm caches, as a running server would have them: a page's first request finds
        # its route, the second keeps the page (integrity_common.kept_pages).
        client.get(url)
        client.get(url)
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


# wrk's latency units, in milliseconds.
UNITS = {"us": 0.001, "ms": 1.0, "s": 1000.0}


def read_wrk(output, url):
    """(requests per second, median latency in ms) from wrk's report; an error answer or a
    failed connection makes the whole measurement worthless."""
    if "Non-2xx or 3xx responses" in output or "Socket errors" in output:
        raise CommandError(f"wrk saw errors on {url}:\n{output}")
    rate = float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))
    value, unit = re.search(r"50%\s+([\d.]+)(us|ms|s)\b", output).groups()
    return rate, float(value) * UNITS[unit]


class Throughput:
    """The HTTP part: our pages beside the yardsticks, in one interleaved run."""

    def __init__(self, stdout, options):
        self.stdout = stdout
        self.options = options
        # The server signs sessions with this secret: the learner's session made here works.
        self.secret = get_random_string(50)

    def run(self):
        reference, session = self.reference_page(), None
        try:
            session = self.live_session()
            learner = self.signed_in(LEARNER)
            targets = self.targets(reference, session, learner)
            with (
                ExitStack() as anchors,
                gunicorn(
                    self.options["server_settings"],
                    self.options["workers"],
                    warm_paths=[path for _label, path, _cookie in targets.values()],
                    secret_key=self.secret,
                ) as (base,),
            ):
                if self.options["anchors"]:
                    # On its own server: this target's path is a full URL.
                    site, path = anchors.enter_context(
                        anchor_site(self.stdout, self.options["workers"])
                    )
                    targets["lms"] = ("wagtail-lms 0.11.1 course page", site + path, None)
                for label, path, cookie in targets.values():
                    self.expect_page(base, label, path, cookie)
                results = self.measure(base, targets)
            self.report(targets, results)
        finally:
            reference.delete()
            if session is not None:
                playlist = session.playlist
                session.delete()
                playlist.delete()

    def reference_page(self):
        home = Page.objects.get(depth=2, locale__language_code="en")
        body = []
        for number in range(13):
            kind = ("heading", "paragraph", "quote")[number % 3]
            value = {
                "heading": f"Section {number}",
                "paragraph": f"<p>Paragraph {number}, with <b>some</b> rich text.</p>",
                "quote": "Integrity is doing the right thing when no one is watching.",
            }[kind]
            body.append((kind, value))
        page = ReferencePage(title="Plain page", slug=f"plain-{get_random_string(8).lower()}")
        page.body = body
        home.add_child(instance=page)
        page.save_revision().publish()
        return page

    def live_session(self):
        dilemmas = list(DilemmaPage.objects.live().filter(locale__language_code="en")[:1])
        if not dilemmas:
            raise CommandError("Load the demo first: manage.py seed_demo")
        facilitator = get_user_model().objects.filter(is_superuser=True).first()
        playlist = Playlist.objects.create(
            title="Benchmark", items=[PlaylistItem(dilemma=dilemmas[0])]
        )
        return start(playlist, facilitator, "en")

    def signed_in(self, email):
        client = Client()
        with override_settings(SECRET_KEY=self.secret):
            client.force_login(get_user_model().objects.get(email=email))
        return (
            f"{settings.SESSION_COOKIE_NAME}={client.cookies[settings.SESSION_COOKIE_NAME].value}"
        )

    def targets(self, reference, session, learner):
        course = Enrolment.objects.filter(user__email=LEARNER).first().course
        lesson = LessonPage.objects.child_of(course).live().first()
        dilemma = DilemmaPage.objects.live().filter(locale__language_code="en").first()
        plain = reference.url
        # name: (label, path, cookie); the names are those of the `ratio` lines.
        return {
            "bare": ("bare Django view", "/benchmark/bare/", None),
            "json": ("bare JSON view, 1 query", "/benchmark/json/", None),
            "plain": ("plain Wagtail page, 13 blocks", plain, None),
            "plain-signed-in": ("plain Wagtail page, signed in", plain, learner),
            "home": ("home page, anonymous", "/en/", None),
            "lesson": ("lesson page, learner", lesson.url, learner),
            "course": ("course page, learner", course.url, learner),
            "my-learning": ("My learning, learner", "/en/learning/", learner),
            "dilemma": ("dilemma page, learner", dilemma.url, learner),
            "poll": ("live poll /live/<code>/state/", f"/live/{session.code}/state/", None),
        }

    def expect_page(self, base, label, path, cookie):
        """Each target answers 200 (a signed-in page, not the sign-in redirect)."""
        address = urlsplit(urljoin(base, path))
        http = HTTPConnection(address.hostname, address.port, timeout=30)
        http.request(
            "GET", address.path, headers={**PROXY_HEADERS, **({"Cookie": cookie} if cookie else {})}
        )
        status = http.getresponse().status
        http.close()
        if status != 200:
            raise CommandError(f"{label} ({path}) answered {status}")

    def measure(self, base, targets):
        results = {name: [] for name in targets}
        for number in range(self.options["rounds"]):
            self.stdout.write(f"round {number + 1} of {self.options['rounds']}")
            for name, (_label, path, cookie) in targets.items():
                results[name].append(self.wrk(urljoin(base, path), cookie))
        return results

    def wrk(self, url, cookie):
        command = [
            "wrk",
            "-t2",
            f"-c{self.options['connections']}",
            f"-d{self.options['seconds']}s",
            # A loaded machine queues requests for seconds: slow is measured, not an error.
            "--timeout",
            "30s",
            "--latency",
        ]
        for name, value in PROXY_HEADERS.items():
            command += ["-H", f"{name}: {value}"]
        if cookie:
            command += ["-H", f"Cookie: {cookie}"]
        output = subprocess.run([*command, url], capture_output=True, text=True, check=True).stdout
        return read_wrk(output, url)

    def report(self, targets, results):
        rate = {name: statistics.median(r for r, _p50 in runs) for name, runs in results.items()}
        p50 = {name: statistics.median(p for _r, p in runs) for name, runs in results.items()}
        yardstick = {}
        for name, (_label, _path, cookie) in targets.items():
            yardstick[name] = "plain-signed-in" if cookie else "plain"
        yardstick["poll"] = "json"
        self.stdout.write(
            f"\n{'target':<36} {'req/s':>8} {'p50 ms':>8} {'vs plain':>9} {'vs yardstick':>13}"
        )
        for name, (label, _path, _cookie) in targets.items():
            self.stdout.write(
                f"{label:<36} {rate[name]:>8.0f} {p50[name]:>8.1f} "
                f"{rate[name] / rate['plain']:>8.2f}x {rate[name] / rate[yardstick[name]]:>12.2f}x"
            )
        self.stdout.write(
            "(vs yardstick: signed-in pages against the plain page signed in, anonymous ones "
            "against it anonymous, the poll against the bare JSON view)"
        )
        for name in ("home", "lesson", "course", "my-learning", "dilemma", "poll"):
            self.stdout.write(f"ratio {name} {rate[name] / rate[yardstick[name]]:.2f}")
        if "lms" in rate:
            for name in ("home", "lesson", "course", "my-learning", "dilemma"):
                self.stdout.write(f"ratio-lms {name} {rate[name] / rate['lms']:.2f}")
