"""The deploy rehearsal: the site as production runs it, on this machine, end to end.

A fresh PostgreSQL database and a Redis database of its own, the production settings from
the environment a deploy sets, the deploy's commands (migrate, collectstatic, check
--deploy), gunicorn with two workers beside the task worker, and a local SMTP server. One
member signs the ethics code over HTTP as a browser behind the TLS proxy would (nginx passes
the host and X-Forwarded-Proto on, see deploy/nginx/), and the signed PDF arrives by email,
sent by the worker. What the in-process suite cannot see is what this proves: the settings
read from the environment, the static manifest, sessions in the shared cache, the queue
between two processes and a real SMTP conversation.

PostgreSQL (127.0.0.1:5432) and Redis (127.0.0.1:6379) must answer: without them the
rehearsal fails rather than skips, since a skipped rehearsal proves nothing.
"""

import http.client
import json
import os
import random
import re
import secrets
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from http.cookies import SimpleCookie
from pathlib import Path
from urllib.parse import urlencode, urlsplit

import psycopg
import pytest
import redis
from bs4 import BeautifulSoup
from django.test import override_settings
from psycopg import sql

from certificates.signing import _development_pair
from integrity_platform.benchmarks.servers import free_port
from tests.smtp_server import SmtpServer

pytestmark = pytest.mark.rehearsal

ROOT = Path(__file__).resolve().parents[2]
HOST = "integrity.example.test"
SITE_URL = f"https://{HOST}"
CLIENT_ADDRESS = "203.0.113.7"  # the visitor, as nginx appends it to X-Forwarded-For
FROM_EMAIL = "integrity@example.test"
MEMBER_EMAIL = "official@example.test"
MEMBER_NAME = "Zoë Façade-Muñoz"
PASSWORD = secrets.token_urlsafe(16)
ORGANISATION = "Gemeente Lindenhove"
PLACE = "Kortenberg"

# The one thing a fresh database needs before someone can sign: a published version of the
# code and a member with a verified address. The site's address is set as an operator sets
# it. No course is required before signing, since the fresh site has none. Run by `manage.py
# shell` under the production settings, in the rehearsal's database.
SETUP = """
import json
from datetime import date

from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from wagtail.models import Site

from certificates.models import CodeValue, EthicsCodePage
from integrity_platform.people.models import Member, Organisation

site = Site.objects.get(is_default_site=True)
site.hostname, site.port = HOST, 443
site.save()
value = CodeValue.objects.create(
    key="integrity", name="Integriteit", motto="We handelen eerlijk.", sort_order=1
)
values = [{"type": "value", "id": "v1", "value": {"value": value.pk, "rules": [
    {"type": "item", "id": "r1", "value": "Je meldt misbruik."}
]}}]
code = site.root_page.add_child(instance=EthicsCodePage(
    title="Ethische code",
    slug="ethische-code",
    version_label="2020.1",
    # Long in force, whatever the day the rehearsal runs.
    effective_date=date(2020, 1, 1),
    intro="<p>Waarom een code.</p>",
    scope="<p>Wie tekent.</p>",
    values=json.dumps(values),
    agreement_text="Ik, {name}, tewerkgesteld bij {employer}, onderteken voor akkoord.",
    receipt_text="Ik, {name}, nam kennis van de code tijdens {visit}.",
    partner_text="Ik, {name}, neem namens {organisation} kennis van de code.",
    live=False,
))
code.save_revision().publish()

first_name, last_name = NAME.split(" ", 1)
user = get_user_model().objects.create_user(
    EMAIL, PASSWORD, first_name=first_name, last_name=last_name, preferred_language="nl"
)
EmailAddress.objects.create(user=user, email=EMAIL, primary=True, verified=True)
Member.objects.create(
    user=user,
    organisation=Organisation.objects.create(
        name=ORGANISATION, kind=Organisation.Kind.FLEMISH_MUNICIPALITY, country="BE"
    ),
    programme_role=Member.ProgrammeRole.MUNICIPAL_OFFICIAL,
)
"""


@contextmanager
def postgresql_database():
    """A database of the rehearsal's own, dropped afterwards: the suites running beside it
    use their own test databases."""
    try:
        admin = psycopg.connect(
            "postgresql://postgres@127.0.0.1:5432/postgres", autocommit=True, connect_timeout=5
        )
    except psycopg.OperationalError as error:
        pytest.fail(f"PostgreSQL does not answer on 127.0.0.1:5432: {error}", pytrace=False)
    name = f"integrity_rehearsal_{secrets.token_hex(6)}"
    with admin:
        admin.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
        try:
            yield f"postgres://postgres@127.0.0.1:5432/{name}"
        finally:
            # gunicorn's workers keep their connections open (CONN_MAX_AGE): closed by force.
            admin.execute(sql.SQL("DROP DATABASE {} WITH (FORCE)").format(sql.Identifier(name)))


CLAIM = "integrity-rehearsal:claim"


@contextmanager
def redis_database():
    """A Redis database number of the rehearsal's own: the settings fix the cache's key
    prefix, so the number is what keeps its sessions and counters apart. It takes one that
    is empty, marked as taken in one atomic step so that two rehearsals never share one."""
    token = secrets.token_hex(8)
    try:
        # Not 0, every site's default (deploy/env.example's too).
        for number in random.sample(range(1, 16), 15):
            client = redis.Redis(host="127.0.0.1", port=6379, db=number, socket_timeout=5)
            if client.set(CLAIM, token, nx=True, ex=3600):
                if client.dbsize() == 1:
                    break
                client.delete(CLAIM)  # someone else's data is in it
        else:
            pytest.fail("Redis on 127.0.0.1:6379 has no empty database among 1-15", pytrace=False)
    except redis.RedisError as error:
        pytest.fail(f"Redis does not answer on 127.0.0.1:6379: {error}", pytrace=False)
    try:
        yield f"redis://127.0.0.1:6379/{number}"
    finally:
        keys = list(client.scan_iter("integrity:*"))  # the settings' KEY_PREFIX
        client.delete(*keys, CLAIM)


def deploy_environment(tmp_path, database_url, redis_url, smtp):
    """What a deploy sets (README, "Production configuration"), and nothing inherited from
    the shell that runs the tests besides where programs are, and a home of its own."""
    # The organisation's key and certificate, as it would configure them.
    with override_settings(CERTIFICATES_DEVELOPMENT_KEY_DIR=tmp_path / "signing"):
        key, certificate = _development_pair()
    return {
        **{name: os.environ[name] for name in ("PATH", "LANG") if name in os.environ},
        "HOME": str(tmp_path),
        "DJANGO_SETTINGS_MODULE": "integrity_platform.settings.production",
        "SECRET_KEY": secrets.token_urlsafe(50),
        "ALLOWED_HOSTS": HOST,
        "SITE_URL": SITE_URL,
        "DATABASE_URL": database_url,
        "REDIS_URL": redis_url,
        "TRUSTED_PROXY_COUNT": "1",
        "WEB_CONCURRENCY": "2",  # gunicorn's workers
        "EMAIL_HOST": smtp.host,
        "EMAIL_PORT": str(smtp.port),
        "DEFAULT_FROM_EMAIL": FROM_EMAIL,
        "MEDIA_ROOT": str(tmp_path / "media"),
        "PRIVATE_ROOT": str(tmp_path / "private"),
        "CERTIFICATES_SIGNING_KEY": str(key),
        "CERTIFICATES_SIGNING_CERT": str(certificate),
    }


def manage(env, *args):
    result = subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        # migrate takes half a minute of CPU; in CI, beside two suites, it has taken three.
        timeout=600,
    )
    if result.returncode != 0:
        pytest.fail(
            f"manage.py {args[0]} failed ({result.returncode}):\n{result.stdout}{result.stderr}",
            pytrace=False,
        )
    return result


def start(env, *args):
    # Their output goes to the test's own, which pytest shows when the rehearsal fails.
    return subprocess.Popen([sys.executable, *args], cwd=ROOT, env=env)


def stop(*processes, timeout=15):
    """Ask them to stop, as a service manager does (gunicorn and the worker finish what they
    are doing first), then kill what is still running after `timeout` seconds."""
    for process in processes:
        process.terminate()
    deadline = time.monotonic() + timeout
    for process in processes:
        try:
            process.wait(timeout=max(0, deadline - time.monotonic()))
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


@dataclass
class Response:
    status: int
    headers: http.client.HTTPMessage
    body: bytes
    path: str

    @property
    def text(self):
        return self.body.decode()

    def soup(self):
        return BeautifulSoup(self.body, "html.parser")


class Browser:
    """A browser as gunicorn sees it behind the TLS proxy: each request carries the host,
    X-Forwarded-Proto and X-Forwarded-For as nginx passes them. It keeps its cookies itself,
    Secure ones included, since TLS ends at the proxy."""

    def __init__(self, port, language="nl"):
        self.port = port
        self.language = language
        self.cookies = {}
        self.path = "/"

    def request(self, method, path, form=None, proxied=True):
        headers = {"Host": HOST, "Accept-Language": self.language}
        if proxied:
            headers |= {"X-Forwarded-Proto": "https", "X-Forwarded-For": CLIENT_ADDRESS}
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{name}={value}" for name, value in self.cookies.items())
        body = None
        if form is not None:
            body = urlencode(form)
            headers |= {
                "Content-Type": "application/x-www-form-urlencoded",
                "Origin": SITE_URL,
                "Referer": SITE_URL + self.path,
            }
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=30)
        try:
            connection.request(method, path, body, headers)
            response = connection.getresponse()
            content = response.read()
        finally:
            connection.close()
        for header in response.headers.get_all("Set-Cookie") or []:
            for name, morsel in SimpleCookie(header).items():
                if morsel.value and morsel["max-age"] != "0":
                    self.cookies[name] = morsel.value
                else:  # Django deletes a cookie with an empty value that has expired
                    self.cookies.pop(name, None)
        return Response(response.status, response.headers, content, path)

    def open(self, path, form=None):
        """GET `path` (POST `form` to it) and follow the redirects, as a browser does."""
        response = self.request("GET" if form is None else "POST", path, form)
        while response.status in (301, 302, 303):
            location = urlsplit(response.headers["Location"])
            # Every absolute address the site gives is its public one: https, its own host.
            assert location.scheme in ("", "https") and location.netloc in ("", HOST), location
            path = location.path + (f"?{location.query}" if location.query else "")
            response = self.request("GET", path)
        self.path = response.path
        return response

    def submit(self, page, selector, **typed):
        """Send the form of `page` found by `selector` as a browser sends it: its enabled
        fields with their values (a checkbox only when ticked), and what is `typed` in."""
        form = page.soup().select_one(selector)
        assert form is not None, f"no {selector} on {page.path}:\n{page.text}"
        fields = {}
        for field in form.select("input[name], textarea[name]"):
            kind = field.get("type", "text")
            if field.has_attr("disabled") or kind in ("submit", "button", "image", "file"):
                continue
            if kind in ("checkbox", "radio") and not field.has_attr("checked"):
                continue
            value = field.text if field.name == "textarea" else field.get("value", "")
            fields[field["name"]] = value
        return self.open(form.get("action") or page.path, {**fields, **typed})


@pytest.fixture
def smtp():
    with SmtpServer() as server:
        yield server


@pytest.fixture
def deployed_site(tmp_path, smtp):
    """The port of gunicorn serving a freshly deployed site, its worker running beside it."""
    with ExitStack() as stack:
        database_url = stack.enter_context(postgresql_database())
        redis_url = stack.enter_context(redis_database())
        env = deploy_environment(tmp_path, database_url, redis_url, smtp)
        # The checks and the static files need no database: they go on while it migrates,
        # which is most of the rehearsal's time.
        with ThreadPoolExecutor(1) as pool:
            migrated = pool.submit(manage, env, "migrate", "--noinput")
            # A deploy stops on any warning: this environment is what the README asks for.
            check = manage(env, "check", "--deploy", "--fail-level", "WARNING")
            assert "no issues" in check.stdout, check.stdout + check.stderr
            manage(env, "collectstatic", "--noinput")
            migrated.result()

        port = free_port()
        # As deploy/systemd/integrity-web.service starts it, on a port of its own.
        gunicorn = start(
            env,
            "-m",
            "gunicorn",
            "--pythonpath",
            str(ROOT / "platform"),
            "--bind",
            f"127.0.0.1:{port}",
            "--no-control-socket",
            "--access-logfile",
            "-",
            "integrity_platform.wsgi",
        )
        worker = start(env, "manage.py", "db_worker", "--no-reload")
        stack.callback(stop, gunicorn, worker)
        # The data goes in while they load the site; no page is asked for before it is in.
        setup = (
            f"HOST, EMAIL, PASSWORD = {HOST!r}, {MEMBER_EMAIL!r}, {PASSWORD!r}\n"
            f"NAME, ORGANISATION = {MEMBER_NAME!r}, {ORGANISATION!r}\n{SETUP}"
        )
        manage(env, "shell", "--no-imports", "-c", setup)
        wait_until_serving(gunicorn, port)
        yield port


def wait_until_serving(gunicorn, port, timeout=60):
    """gunicorn listens before its workers have loaded the site: wait for /health/."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if gunicorn.poll() is not None:
            pytest.fail(f"gunicorn stopped ({gunicorn.returncode})", pytrace=False)
        try:
            if Browser(port).request("GET", "/health/").status == 200:
                return
        except OSError:
            pass
        time.sleep(0.2)
    pytest.fail(f"gunicorn did not answer /health/ within {timeout} s", pytrace=False)


def test_a_member_signs_on_the_deployed_site_and_receives_the_signed_pdf(deployed_site, smtp):
    port = deployed_site

    # The load balancer's probe, by the server's own address over plain HTTP.
    probe = Browser(port)
    health = probe.request("GET", "/health/", proxied=False)
    assert health.status == 200 and json.loads(health.body) == {"status": "ok", "database": "ok"}
    # A visitor who came over plain HTTP is sent to the public HTTPS address.
    plain = probe.request("GET", "/nl/acknowledge/", proxied=False)
    assert plain.status == 301 and plain.headers["Location"] == f"{SITE_URL}/nl/acknowledge/"

    member = Browser(port)
    login = member.open("/nl/acknowledge/")
    assert login.path.startswith("/nl/accounts/login/"), login.path
    # The static files are the collected ones, under their hashed names (the manifest).
    stylesheet = login.soup().select_one("link[rel=stylesheet]")["href"]
    assert re.search(r"\.[0-9a-f]{12}\.css$", stylesheet), stylesheet
    css = member.request("GET", stylesheet)
    assert css.status == 200 and css.body

    page = member.submit(
        login, "form:has(input[name=password])", login=MEMBER_EMAIL, password=PASSWORD
    )
    assert page.status == 200 and page.path == "/nl/acknowledge/", page.text
    done = member.submit(
        page,
        "form:has(input[name=confirm])",
        place=PLACE,
        typed_signature=MEMBER_NAME,
        confirm="on",
    )
    assert done.status == 200, done.text
    issued = re.fullmatch(r"/nl/acknowledge/([0-9A-Z]{16})/", done.path)
    assert issued, done.path
    code = issued[1]
    display_code = done.soup().select_one(".facts code").text
    assert display_code.replace("-", "") == code
    pdf = member.request("GET", f"/nl/acknowledge/{code}/pdf/")
    assert pdf.status == 200 and pdf.headers["Content-Type"] == "application/pdf"

    # The worker, another process, sends the copy through the SMTP server.
    [message] = smtp.wait_for(1, timeout=60)
    assert smtp.envelopes[0][1] == [MEMBER_EMAIL]
    assert [address.addr_spec for address in message["To"].addresses] == [MEMBER_EMAIL]
    assert [address.addr_spec for address in message["From"].addresses] == [FROM_EMAIL]
    assert message["Subject"].strip()
    [attachment] = [
        part for part in message.iter_attachments() if part.get_content_type() == "application/pdf"
    ]
    assert attachment.get_filename() == f"{display_code}.pdf"
    signed = attachment.get_content()
    assert signed.startswith(b"%PDF") and signed == pdf.body

    # Anyone may check it, without signing in, and learns no more than the page promises.
    verification = Browser(port).open(f"/verify/{code}/")
    assert verification.status == 200
    assert verification.soup().select_one(".verify-status.message--success"), verification.text
    assert MEMBER_NAME in verification.text
    for private in (MEMBER_EMAIL, PLACE, ORGANISATION):
        assert private not in verification.text
