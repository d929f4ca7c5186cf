"""The anchors' run: a third-party Wagtail LMS measured beside our pages.

The anchor is the course page of wagtail-lms 0.11.1 (PyPI), served by a plain
`wagtail start` site with the production settings that `wagtail start` generates. The
site lives in its own virtualenv under var/anchors/ with exactly our versions of Wagtail,
Django and gunicorn, so the comparison is between the pages, not the frameworks. It is
built once (that needs PyPI) and rebuilt only when our versions change.
"""

import os
import secrets
import shutil
import subprocess
import sys
import time
from contextlib import contextmanager
from importlib.metadata import version
from pathlib import Path

from django.conf import settings
from django.core.management.base import CommandError

from .servers import serve, stop, warm_up

LMS = "wagtail-lms==0.11.1"
ROOT = settings.BASE_DIR / "var" / "anchors"
VENV = ROOT / "venv"
SITE = ROOT / "site"
# Written last: its absence means the build did not finish, its text which versions it has.
READY = ROOT / "ready"
SLUG = "integrity-in-public-service"
COURSE_PATH = f"/{SLUG}/"

SETTINGS = """\
# The anchors' run: the generated production settings, a secret from the environment, any
# host (the benchmark asks 127.0.0.1:<port>) and wagtail-lms.
import os

from .production import *  # noqa: F403

SECRET_KEY = os.environ["SECRET_KEY"]
ALLOWED_HOSTS = ["*"]
INSTALLED_APPS = [*INSTALLED_APPS, "wagtail_lms"]  # noqa: F405
"""

# wagtail-lms's README asks for its URLs (the course page links to its enrol view); the
# health check is what servers.warm_up waits for before it warms the course page.
URLS = """
from django.http import HttpResponse

urlpatterns = [
    path("lms/", include("wagtail_lms.urls")),
    path("health/", lambda request: HttpResponse("ok")),
    *urlpatterns,
]
"""

# wagtail-lms's templates ask the base template for their stylesheet.
STYLESHEET = """<link rel="stylesheet" href="{% static 'wagtail_lms/css/course.css' %}">
    </head>"""

# The course page lists its live H5P lessons (rich text only: H5P activities need uploaded
# packages) and, to a visitor, asks to sign in to enrol; the lessons themselves are for
# enrolled learners.
COURSE = f"""
from wagtail.models import Page
from wagtail.rich_text import RichText
from wagtail_lms.models import CoursePage, H5PLessonPage

course = CoursePage(
    title="Integrity in public service",
    slug="{SLUG}",
    description=(
        "<p>An introduction for municipal officials: what integrity asks of you, how to "
        "recognise a dilemma and where to turn when something is not right.</p>"
        "<p>Three short lessons, about twenty minutes each.</p>"
    ),
)
Page.objects.get(depth=2).add_child(instance=course)
course.save_revision().publish()
lessons = [
    ("What integrity means", "Values, rules and the trust citizens place in you."),
    ("Gifts and conflicts of interest", "When a gift is a bribe, and what to declare."),
    ("Speaking up", "Reporting a suspected wrong, and the protection you have."),
]
for number, (title, intro) in enumerate(lessons, 1):
    lesson = H5PLessonPage(
        title=title,
        slug=f"lesson-{{number}}",
        intro=f"<p>{{intro}}</p>",
        body=[("paragraph", RichText(f"<p>{{title}}: the lesson's text.</p>"))],
    )
    course.add_child(instance=lesson)
    lesson.save_revision().publish()
"""


def requirements():
    return [
        f"wagtail=={version('wagtail')}",
        f"django=={version('django')}",
        f"gunicorn=={version('gunicorn')}",
        LMS,
    ]


def site_environment():
    """The anchor site's environment: ours without what points at our code and venv."""
    env = {
        name: value
        for name, value in os.environ.items()
        if name not in ("PYTHONPATH", "VIRTUAL_ENV")
    }
    return {
        **env,
        "DJANGO_SETTINGS_MODULE": "anchorsite.settings.anchors",
        "SECRET_KEY": secrets.token_urlsafe(50),
    }


def build(stdout):
    stdout.write(f"Building the wagtail-lms site under {ROOT} (once)")
    started = time.perf_counter()
    shutil.rmtree(ROOT, ignore_errors=True)
    python = VENV / "bin" / "python"
    uv = Path(sys.executable).with_name("uv")
    if uv.exists():
        subprocess.run([uv, "venv", "--quiet", "--python", sys.executable, VENV], check=True)
        install = [uv, "pip", "install", "--quiet", "--python", python]
    else:
        subprocess.run([sys.executable, "-m", "venv", VENV], check=True)
        install = [python, "-m", "pip", "install", "--quiet"]
    subprocess.run([*install, *requirements()], check=True)
    SITE.mkdir()
    subprocess.run(
        [VENV / "bin" / "wagtail", "start", "anchorsite", SITE],
        stdout=subprocess.DEVNULL,
        check=True,
    )
    project = SITE / "anchorsite"
    (project / "settings" / "anchors.py").write_text(SETTINGS)
    with open(project / "urls.py", "a") as urls:
        urls.write(URLS)
    template = project / "templates" / "base.html"
    template.write_text(template.read_text().replace("</head>", STYLESHEET, 1))
    env = site_environment()
    for command in (
        ["migrate", "--verbosity", "0"],
        ["collectstatic", "--noinput", "--verbosity", "0"],
        ["shell", "--verbosity", "0", "--command", COURSE],
    ):
        subprocess.run([python, "manage.py", *command], cwd=SITE, env=env, check=True)
    READY.write_text("\n".join(requirements()))
    stdout.write(f"Built in {time.perf_counter() - started:.0f} s")


@contextmanager
def anchor_site(stdout, workers):
    """Yields the base URL of the anchor site, served by gunicorn with `workers` sync
    workers as ours is, and the path of its course page; builds the site first if needed."""
    if not READY.exists() or READY.read_text() != "\n".join(requirements()):
        build(stdout)
    server, base = serve(
        VENV / "bin" / "python", "anchorsite.wsgi:application", workers, site_environment(), SITE
    )
    try:
        if not warm_up(base, workers, [COURSE_PATH]):
            raise CommandError(f"The wagtail-lms site did not start at {base}")
        yield base, COURSE_PATH
    finally:
        stop(server)
