"""Load-test a live session the way a large room uses it, against gunicorn.

Starts the site under gunicorn with the production settings (behind a pretend TLS proxy,
as in production), opens a session on five demo dilemmas, and lets N simulated phones
join by code, poll the session's state every two seconds and vote once per dilemma, while
the facilitator moves the session on. Prints requests per second, p50/p95/p99 latency per
kind of request, errors, and whether the votes recorded equal the votes sent.

Run `manage.py seed_demo` first. The session and its votes are deleted at the end.
"""

import asyncio
import json
import random
import statistics
import time
from contextlib import ExitStack
from http.cookies import SimpleCookie

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from dilemmas.live import move, start
from dilemmas.models import DilemmaPage, Phase, Playlist, PlaylistItem, Vote

from ...servers import PROXY_HEADERS, gunicorn, nginx, percentile

BUDGET_P95_MS = 150


class Phone:
    """One participant: its own cookies, as a browser keeps them."""

    def __init__(self, number, base):
        self.number = number
        self.base = base
        self.cookies = {}
        self.voted = set()
        self.etag = None

    def remember(self, response):
        for header in response.headers.getall("Set-Cookie", []):
            for name, morsel in SimpleCookie(header).items():
                self.cookies[name] = morsel.value

    def cookie_header(self):
        return "; ".join(f"{k}={v}" for k, v in self.cookies.items())


class Command(BaseCommand):
    help = "Simulate a room of phones in a live dilemma session under gunicorn; print numbers."

    def add_arguments(self, parser):
        parser.add_argument("--participants", type=int, default=500)
        parser.add_argument("--dilemmas", type=int, default=5)
        parser.add_argument("--poll-seconds", type=float, default=2.0)
        parser.add_argument("--workers", type=int, default=4, help="gunicorn workers")
        parser.add_argument(
            "--instances",
            type=int,
            default=1,
            help="servers on as many ports, phones spread across them as by a load balancer "
            "(share a database and Redis: DATABASE_URL, REDIS_URL)",
        )
        parser.add_argument(
            "--proxy",
            action="store_true",
            help="phones reach the servers through nginx with the production site's rules "
            "(deploy/nginx: the poll from a one-second cache), as in production",
        )
        parser.add_argument(
            "--server-settings",
            default=settings.BENCHMARK_SERVER_SETTINGS,
            help="settings module of the servers (default: BENCHMARK_SERVER_SETTINGS)",
        )
        parser.add_argument("--join-seconds", type=float, default=30.0, help="joining ramp")
        parser.add_argument("--vote-seconds", type=float, default=20.0, help="voting time")

    def handle(self, *args, **options):
        try:
            import aiohttp  # noqa: F401 (a development dependency)
        except ImportError as error:
            raise CommandError("Install the development tools: pip install -e '.[dev]'") from error
        self.options = options
        session = self.open_session(options["dilemmas"])
        try:
            with ExitStack() as stack:
                bases = stack.enter_context(
                    gunicorn(
                        options["server_settings"],
                        options["workers"],
                        options["instances"],
                        warm_paths=["/live/"],
                        # nginx appends the phone's address to X-Forwarded-For.
                        env={"TRUSTED_PROXY_COUNT": "1"} if options["proxy"] else None,
                    )
                )
                self.stdout.write(
                    f"gunicorn: {options['instances']} x {options['workers']} workers at "
                    f"{', '.join(bases)}; {options['participants']} phones; "
                    f"{options['dilemmas']} dilemmas"
                )
                if options["proxy"]:
                    bases = [stack.enter_context(nginx(bases))]
                    self.stdout.write(f"nginx in front at {bases[0]} (deploy/nginx rules)")
                results = asyncio.run(self.room(bases, session))
            self.report(session, results)
        finally:
            playlist = session.playlist
            session.delete()
            playlist.delete()

    def open_session(self, count):
        dilemmas = list(
            DilemmaPage.objects.live()
            .filter(locale__language_code="nl", for_recruitment=False)
            .order_by("path")[:count]
        )
        if len(dilemmas) < count:
            raise CommandError("Load the demo first: manage.py seed_demo")
        facilitator = get_user_model().objects.filter(is_superuser=True).first()
        playlist = Playlist.objects.create(
            title="Load benchmark", items=[PlaylistItem(dilemma=d) for d in dilemmas]
        )
        return start(playlist, facilitator, "en")

    async def room(self, bases, session):
        import aiohttp

        opts = self.options

        # As behind the production TLS proxy: the site sees HTTPS and checks the Origin.
        def proxy(base):
            return {**PROXY_HEADERS, "Origin": base.replace("http://", "https://")}

        timings = {"join": [], "room page": [], "poll": [], "vote": []}
        failures = []
        sent = {"votes": 0, "refused": 0}
        done = asyncio.Event()
        # gunicorn's sync workers close every connection; nginx keeps them open, as it does
        # for phones.
        connector = aiohttp.TCPConnector(limit=200, force_close=not opts["proxy"])
        timeout = aiohttp.ClientTimeout(total=30)
        code = session.code

        async with aiohttp.ClientSession(
            connector=connector, timeout=timeout, cookie_jar=aiohttp.DummyCookieJar()
        ) as http:

            async def request(kind, phone, method, path, expect, **kwargs):
                base = phone.base
                headers = {
                    **proxy(base),
                    "Cookie": phone.cookie_header(),
                    **kwargs.pop("headers", {}),
                }
                started = time.perf_counter()
                try:
                    async with http.request(
                        method, base + path, headers=headers, allow_redirects=False, **kwargs
                    ) as response:
                        body = await response.read()
                        phone.remember(response)
                        timings[kind].append((time.perf_counter() - started) * 1000)
                        if response.status not in expect:
                            failures.append(f"{kind} {response.status}")
                        return response, body
                except (TimeoutError, aiohttp.ClientError) as error:
                    failures.append(f"{kind} {type(error).__name__}")
                    return None, b""

            async def phone_in_the_room(phone):
                await asyncio.sleep(random.uniform(0, opts["join_seconds"]))
                await request("join", phone, "GET", f"/live/?code={code}", {200})
                await request(
                    "join",
                    phone,
                    "POST",
                    "/live/",
                    {302},
                    data={"code": code, "nickname": f"Phone {phone.number}"},
                    headers={"X-CSRFToken": phone.cookies.get("csrftoken", "")},
                )
                await request("room page", phone, "GET", f"/live/{code}/", {200})
                await asyncio.sleep(random.uniform(0, opts["poll_seconds"]))
                while not done.is_set():
                    headers = {"If-None-Match": phone.etag} if phone.etag else {}
                    response, body = await request(
                        "poll", phone, "GET", f"/live/{code}/state/", {200, 304}, headers=headers
                    )
                    if response is not None and response.status == 200:
                        state = json.loads(body)
                        phone.etag = response.headers.get("ETag")
                        if state["phase"] == Phase.ENDED:
                            return
                        turn = (state["position"], state["round"])
                        if state["phase"] == Phase.VOTING and turn not in phone.voted:
                            phone.voted.add(turn)
                            asyncio.create_task(cast(phone, turn))
                    await asyncio.sleep(opts["poll_seconds"])

            async def cast(phone, turn):
                await asyncio.sleep(random.uniform(1, opts["vote_seconds"] / 2))
                response, _body = await request(
                    "vote",
                    phone,
                    "POST",
                    f"/live/{code}/vote/",
                    {200},
                    data={"position": turn[0], "round": turn[1], "option": random.randint(1, 2)},
                    headers={
                        "Accept": "application/json",
                        "X-CSRFToken": phone.cookies.get("csrftoken", ""),
                    },
                )
                if response is not None and response.status == 200:
                    sent["votes"] += 1
                elif response is not None:
                    sent["refused"] += 1

            async def facilitator():
                current = session
                await asyncio.sleep(opts["join_seconds"] + 2)
                for number in range(opts["dilemmas"]):
                    action = "begin" if number == 0 else "next"
                    current = await asyncio.to_thread(move, current, action, current.version)
                    await asyncio.sleep(3)
                    current = await asyncio.to_thread(move, current, "open", current.version)
                    await asyncio.sleep(opts["vote_seconds"])
                    current = await asyncio.to_thread(move, current, "lock", current.version)
                    current = await asyncio.to_thread(move, current, "reveal", current.version)
                    await asyncio.sleep(3)
                await asyncio.to_thread(move, current, "end", current.version)
                await asyncio.sleep(opts["poll_seconds"] * 2)
                done.set()

            started = time.perf_counter()
            # Each phone keeps to one server, as a load balancer's round robin gives them.
            phones = [Phone(n, bases[n % len(bases)]) for n in range(opts["participants"])]
            lag = []

            async def watch_the_load_generator():
                # The phones share one process and event loop on the servers' cores: how
                # late a 50 ms sleep wakes up is the delay the load generator itself adds to
                # every latency it measures.
                while not done.is_set():
                    before = time.perf_counter()
                    await asyncio.sleep(0.05)
                    lag.append((time.perf_counter() - before - 0.05) * 1000)

            await asyncio.gather(
                facilitator(),
                watch_the_load_generator(),
                *(phone_in_the_room(p) for p in phones),
            )
            elapsed = time.perf_counter() - started
        return {
            "timings": timings,
            "failures": failures,
            "sent": sent,
            "elapsed": elapsed,
            "lag": lag,
        }

    def report(self, session, results):
        timings, failures, sent = results["timings"], results["failures"], results["sent"]
        everything = [ms for values in timings.values() for ms in values]
        self.stdout.write(
            f"{'requests':<12} {'count':>7} {'p50 ms':>8} {'p95 ms':>8} {'p99 ms':>8} {'max ms':>8}"
        )
        for kind, values in [*timings.items(), ("all", everything)]:
            if values:
                self.stdout.write(
                    f"{kind:<12} {len(values):>7} {statistics.median(values):>8.1f} "
                    f"{percentile(values, 0.95):>8.1f} {percentile(values, 0.99):>8.1f} "
                    f"{max(values):>8.1f}"
                )
        recorded = Vote.objects.filter(session=session).count()
        distinct = (
            Vote.objects.filter(session=session)
            .values("participant", "position", "round")
            .distinct()
            .count()
        )
        expected = self.options["participants"] * self.options["dilemmas"]
        p95 = percentile(everything, 0.95)
        self.stdout.write(
            f"duration {results['elapsed']:.1f} s; {len(everything) / results['elapsed']:.1f} "
            f"requests/s; errors {len(failures)}"
            + (f" ({', '.join(sorted(set(failures))[:5])})" if failures else "")
        )
        lag = results["lag"]
        self.stdout.write(
            f"load generator's own delay (event loop lag, in every latency above): "
            f"p50 {statistics.median(lag):.1f} ms, p95 {percentile(lag, 0.95):.1f} ms, "
            f"max {max(lag):.1f} ms"
        )
        self.stdout.write(
            f"votes: {expected} expected, {sent['votes']} accepted, {sent['refused']} refused, "
            f"{recorded} recorded, {recorded - distinct} doubled"
        )
        ok = (
            p95 < BUDGET_P95_MS
            and not failures
            and sent["votes"] == recorded == distinct == expected
        )
        # The budget is on every request together; say which kinds miss it on their own.
        slow = [
            f"{kind} p95 {percentile(values, 0.95):.0f} ms"
            for kind, values in timings.items()
            if values and percentile(values, 0.95) >= BUDGET_P95_MS
        ]
        self.stdout.write(
            f"budget (p95 < {BUDGET_P95_MS} ms, no errors, every vote recorded once): "
            + ("met" if ok else "NOT met")
            + (f"; above it on their own: {', '.join(slow)}" if slow else "")
        )
