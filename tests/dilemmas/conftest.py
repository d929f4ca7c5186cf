"""A small library built in code: three dilemmas for learners, one for recruitment
interviews, two themes and two values of the code; a playlist; a facilitator."""

import io
from datetime import UTC, datetime

import pytest
import time_machine
from django.test import Client
from pypdf import PdfReader
from wagtail.models import Locale

from certificates.models import CodeValue
from dilemmas.models import (
    DilemmaIndexPage,
    DilemmaOption,
    DilemmaPage,
    Playlist,
    PlaylistItem,
    Theme,
)
from integrity_platform.people import roles
from tests.conftest import member_with_role
from tests.factories import MemberFactory

PASSWORD = "test-Integrity-2026"


def pdf_text(response):
    pages = PdfReader(io.BytesIO(response.content)).pages
    return " ".join(" ".join(page.extract_text() for page in pages).split())


def make_dilemma(index, slug, title, *, themes=(), values=(), context="flanders", **fields):
    options = fields.pop(
        "options", ["Accept it and report it", "Refuse it politely", "Give it to the team"]
    )
    return index.add_child(
        instance=DilemmaPage(
            title=title,
            slug=slug,
            summary=fields.pop("summary", f"Summary of {title}."),
            situation=fields.pop("situation", f"<p>The situation of {title}.</p>"),
            stakeholders="The partner, the team.",
            commentary="<p>The expert says: report every gift.</p>",
            facilitator_notes="<p>Ask the room about timing.</p>",
            context=context,
            themes=list(themes),
            values=list(values),
            options=[DilemmaOption(label=label, considerations="Weigh it.") for label in options],
            **fields,
        )
    )


@pytest.fixture
def tags(db):
    nl = Locale.get_default()
    return {
        "gifts": Theme.objects.create(key="gifts_hospitality", name="Geschenken", locale=nl),
        "money": Theme.objects.create(key="financial_integrity", name="Financieel", locale=nl),
        # get_or_create: the certificates fixtures may have made the same values.
        "integrity": CodeValue.objects.get_or_create(
            key="integrity", locale=nl, defaults={"name": "Integriteit", "motto": "Eerlijk."}
        )[0],
        "sustainability": CodeValue.objects.get_or_create(
            key="sustainability", locale=nl, defaults={"name": "Duurzaamheid", "motto": "Zuinig."}
        )[0],
    }


@pytest.fixture
def client():
    """The room's pages have no language prefix: these phones ask for English."""
    return Client(headers={"Accept-Language": "en"})


@pytest.fixture
def library(tags, english_home):
    index = english_home.add_child(
        instance=DilemmaIndexPage(title="Dilemmas", slug="dilemmas-test")
    )
    return {
        "index": index,
        "gift": make_dilemma(
            index,
            "gift",
            "A gift from the partner",
            themes=[tags["gifts"]],
            values=[tags["integrity"]],
            situation="<p>A carved wooden statue, worth far more than a token.</p>",
        ),
        "per-diem": make_dilemma(
            index,
            "per-diem",
            "Per diems that do not match",
            themes=[tags["money"]],
            values=[tags["integrity"]],
            context="partner_country",
        ),
        "flight": make_dilemma(
            index,
            "flight",
            "Flying for a two-hour meeting",
            values=[tags["sustainability"]],
            context="work_visit",
            options=["Fly", "Meet online"],
        ),
        "interview": make_dilemma(
            index,
            "interview",
            "The double invoice (interview)",
            themes=[tags["money"]],
            context="recruitment",
            for_recruitment=True,
            situation="<p>Imagine your manager approved a carved invoice twice.</p>",
        ),
    }


@pytest.fixture
def learner(db):
    return MemberFactory(user__email="learner@example.org", user__preferred_language="en").user


@pytest.fixture
def facilitator(role_groups, lindenhove):
    return member_with_role(lindenhove, "facilitator@example.org", roles.FACILITATOR)


@pytest.fixture
def playlist(library):
    return Playlist.objects.create(
        title="Review session",
        items=[PlaylistItem(dilemma=library[key]) for key in ("gift", "flight")],
    )


@pytest.fixture
def still_clock():
    """The rate limits count in windows of the wall clock (django-ratelimit): a run that
    crossed a window's end would start counting again. The clock stands still instead."""
    with time_machine.travel(datetime(2026, 6, 15, 10, 0, tzinfo=UTC), tick=False):
        yield
