"""Every PDF the platform prints, as production prints it: after collectstatic, with the
manifest storage (hashed static names), its fonts and logo embedded, its language and title
declared; and the PDF renderer reaching nothing but the project's static files."""

import io
from pathlib import Path

import pytest
from django.conf import settings as django_settings
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.templatetags.static import static
from django.test import override_settings
from django.utils import timezone, translation
from django.utils.translation import gettext
from PIL import Image
from pypdf import PdfReader
from pypdf.generic import ContentStream
from wagtail.documents import get_document_model

from certificates.issuing import fill, issue
from certificates.models import CodeVersionText, Signature
from dilemmas.live import start
from dilemmas.models import DilemmaPage, Playlist
from integrity_common.pdf import PdfError, render_template_pdf, static_only
from integrity_platform.demo.toolbox import TOOLS, handbook_document
from tests.certificates.helpers import DEMO_PASSWORD, sign_in_to_admin
from tests.factories import UserFactory

# settings/production.py's static storage: Django's ManifestStaticFilesStorage, compressed.
PRODUCTION_STATIC = "whitenoise.storage.CompressedManifestStaticFilesStorage"
LOGO = Path(django_settings.BASE_DIR) / "certificates" / "static" / "certificates" / "logo.png"


@pytest.fixture(scope="module")
def collected(tmp_path_factory):
    """`collectstatic --noinput` as a deploy runs it, once for this module."""
    root = tmp_path_factory.mktemp("static")
    storages = {**django_settings.STORAGES, "staticfiles": {"BACKEND": PRODUCTION_STATIC}}
    with override_settings(STATIC_ROOT=root, STORAGES=storages):
        call_command("collectstatic", "--noinput", verbosity=0)
    return root


@pytest.fixture
def production_static(settings, collected):
    settings.STATIC_ROOT = collected
    settings.STORAGES = {**settings.STORAGES, "staticfiles": {"BACKEND": PRODUCTION_STATIC}}
    assert ".ttf" in static("integrity_common/fonts/DejaVuSans.ttf")
    assert (
        static("integrity_common/fonts/DejaVuSans.ttf")
        != "/static/integrity_common/fonts/DejaVuSans.ttf"
    )
    return collected


# --- Reading a PDF back ------------------------------------------------------------------


def _embedded(font):
    if font.get("/Subtype") == "/Type0":
        font = font["/DescendantFonts"][0].get_object()
    descriptor = font.get("/FontDescriptor")
    descriptor = descriptor.get_object() if descriptor is not None else {}
    return any(key in descriptor for key in ("/FontFile", "/FontFile2", "/FontFile3"))


def fonts(data):
    """{font name: (embedded, draws text)} for every font the pages name. ReportLab selects
    Helvetica at the top of every page without drawing with it; what matters to a reader is
    whether a font that is not in the file draws any glyph."""
    reader = PdfReader(io.BytesIO(data))
    found = {}

    def walk(content, resources, depth=0):
        resources = resources.get_object() if resources is not None else {}
        named = resources.get("/Font")
        named = named.get_object() if named is not None else {}
        for ref in named.values():
            font = ref.get_object()
            name = str(font["/BaseFont"]).lstrip("/").split("+")[-1]
            found.setdefault(name, [_embedded(font), False])
        current, saved = None, []
        for operands, operator in ContentStream(content, reader).operations:
            if operator == b"q":
                saved.append(current)
            elif operator == b"Q" and saved:
                current = saved.pop()
            elif operator == b"Tf":
                current = str(named[operands[0]].get_object()["/BaseFont"])
                current = current.lstrip("/").split("+")[-1]
            elif operator in (b"Tj", b"'", b'"', b"TJ") and current:
                strings = operands[-1] if operator == b"TJ" else [operands[-1]]
                if any(isinstance(s, (str, bytes)) and len(s) for s in strings):
                    found[current][1] = True
            elif operator == b"Do" and depth < 5:
                xobject = resources["/XObject"][operands[0]].get_object()
                if xobject.get("/Subtype") == "/Form":
                    walk(xobject, xobject.get("/Resources"), depth + 1)

    for page in reader.pages:
        walk(page["/Contents"].get_object(), page.get("/Resources"))
    return {name: tuple(state) for name, state in found.items()}


def check_fonts(data):
    used = fonts(data)
    assert used.get("DejaVuSans", (False, False)) == (True, True), used
    not_embedded = sorted(
        name for name, (embedded, draws) in used.items() if draws and not embedded
    )
    assert not_embedded == [], f"text drawn in fonts that are not embedded: {not_embedded}"


def language_and_title(data):
    reader = PdfReader(io.BytesIO(data))
    return reader.trailer["/Root"].get("/Lang"), (reader.metadata or {}).get("/Title")


def has_logo(data):
    size = Image.open(LOGO).size
    first = PdfReader(io.BytesIO(data)).pages[0]
    return any(image.image.size == size for image in first.images)


# --- Every PDF, under the production storage ---------------------------------------------


def acknowledgement_pdf(language):
    """A new acknowledgement as issuing makes it (the signing flow's tests cover the form)."""
    user = UserFactory()
    text = CodeVersionText.objects.filter(language=language).order_by("-published_at").first()
    acknowledgement, created = issue(
        Signature,
        user=user,
        version=text.version,
        language=language,
        text_checksum=text.checksum,
        statement=fill(text.page.agreement_text, name="Zoë Façade", employer="Lindenhove"),
        full_name="Zoë Façade",
        employer="Lindenhove",
        place="Łódź",
        typed_signature="Zoë Façade",
    )
    assert created
    with acknowledgement.pdf.open("rb") as stored, translation.override(language):
        return stored.read(), str(acknowledgement.kind_label)


def get_pdf(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    assert response["Content-Type"] == "application/pdf", url
    return response.content


def translated(message, language):
    with translation.override(language):
        return gettext(message)


@pytest.mark.django_db
def test_every_pdf_embeds_its_fonts_and_says_its_language_and_title_in_production(
    demo, production_static, client
):
    printed = {}  # kind: (pdf, language, a part of its title)

    data, kind = acknowledgement_pdf("fr")
    printed["acknowledgement"] = (data, "fr", "Zoë Façade")
    assert has_logo(data), "the logo is missing from the acknowledgement"
    assert kind in language_and_title(data)[1]

    client.login(email="staff@example.org", password=DEMO_PASSWORD)
    playlist = Playlist.objects.get(locale__language_code="nl")
    kit = get_pdf(client, f"/nl/facilitate/playlists/{playlist.pk}/kit.pdf")
    printed["kit"] = (kit, "nl", playlist.title)
    interview = DilemmaPage.objects.filter(for_recruitment=True, locale__language_code="fr").first()
    printed["recruitment dilemma"] = (
        get_pdf(client, interview.url + "print/"),
        "fr",
        interview.title,
    )
    session = start(playlist, get_user_model().objects.get(email="staff@example.org"), "es")
    printed["session summary"] = (
        get_pdf(client, f"/es/facilitate/sessions/{session.code}/summary.pdf"),
        "es",
        session.title_in("es"),  # the playlist's title in the reader's language
    )
    client.logout()

    client.login(email="official@example.org", password=DEMO_PASSWORD)
    for language in ("nl", "fr"):
        printed[f"training record ({language})"] = (
            get_pdf(client, f"/{language}/review/record/pdf/"),
            language,
            translated("Training record", language),
        )
    client.logout()

    sign_in_to_admin(client, "officer", "es")
    year = timezone.localdate().year
    printed["yearly summary"] = (
        get_pdf(client, f"/admin/review/summary/pdf/?year={year}"),
        "es",
        str(year),
    )

    (tool,) = [tool for tool in TOOLS if tool["kind"] == "document"]
    title = tool["document_title"]["es"]
    get_document_model().objects.filter(title=title).delete()
    with handbook_document(tool, "es").file.open("rb") as stored:
        printed["demo handbook"] = (stored.read(), "es", title)

    problems = {}
    for name, (data, language, title) in printed.items():
        try:
            check_fonts(data)
            assert language_and_title(data)[0] == language, f"/Lang {language_and_title(data)[0]}"
            assert title in (language_and_title(data)[1] or ""), (
                f"/Title {language_and_title(data)[1]}"
            )
        except AssertionError as problem:
            problems[name] = str(problem)
    assert problems == {}


# --- What the renderer may read ----------------------------------------------------------

REFUSED = [
    "http://example.com/tracker.png",
    "https://169.254.169.254/latest/meta-data/",
    "file:///etc/passwd",
    "/etc/passwd",
    "/static//etc/passwd",
    "/static/../../../etc/passwd",
    "/static/certificates/../../../../etc/passwd",
    "/static/integrity_common/fonts/../../../pyproject.toml",
    "/static/%2e%2e/%2e%2e/etc/passwd",
    "/static/staticfiles.json",  # the manifest is not a static file
    "data:text/html;base64,PHNjcmlwdD4=",
]


@pytest.mark.parametrize("uri", REFUSED)
def test_the_renderer_refuses_anything_but_static_files(uri):
    assert static_only(uri, None) == ""


@pytest.mark.parametrize("uri", REFUSED)
def test_the_renderer_refuses_anything_but_static_files_in_production(production_static, uri):
    assert static_only(uri, None) == ""


def test_hashed_and_plain_static_names_are_found_in_production(production_static):
    hashed = static_only(static("integrity_common/fonts/DejaVuSans.ttf"), None)
    assert Path(hashed).is_file() and Path(hashed).is_relative_to(production_static)
    assert Path(hashed).read_bytes()[:4] == b"\x00\x01\x00\x00"  # a TrueType font
    plain = static_only("/static/certificates/logo.png", None)
    assert Path(plain).is_file() and Path(plain).read_bytes() == LOGO.read_bytes()


def test_a_refused_file_is_not_read_by_the_renderer_either(settings, tmp_path, monkeypatch):
    """Refusing in link_callback hands xhtml2pdf the original address, which it would read
    itself if it lay under the working directory; the resource policy stops that too."""
    secret = tmp_path / "secret.png"
    Image.new("RGB", (7, 7), "red").save(secret)
    (tmp_path / "probe.html").write_text(
        '{% extends "integrity_common/pdf/base.html" %}{% block title %}Probe{% endblock %}'
        '{% block body %}<p>Probe</p><img src="{{ src }}" width="7" height="7">{% endblock %}'
    )
    settings.TEMPLATES = [
        {**settings.TEMPLATES[0], "DIRS": [*settings.TEMPLATES[0]["DIRS"], tmp_path]}
    ]
    monkeypatch.chdir(tmp_path)
    for src in (str(secret), "secret.png", f"file://{secret}"):
        data = render_template_pdf("probe.html", {"src": src}, language="en")
        assert not PdfReader(io.BytesIO(data)).pages[0].images, src


def test_a_pdf_without_its_language_or_title_is_refused(settings, tmp_path):
    (tmp_path / "untitled.html").write_text(
        '{% extends "integrity_common/pdf/base.html" %}'
        "{% block body %}<p>No title</p>{% endblock %}"
    )
    (tmp_path / "no-lang.html").write_text(
        "<html><head><title>T</title></head><body><p>No language</p></body></html>"
    )
    settings.TEMPLATES = [
        {**settings.TEMPLATES[0], "DIRS": [*settings.TEMPLATES[0]["DIRS"], tmp_path]}
    ]
    for template in ("untitled.html", "no-lang.html"):
        with pytest.raises(PdfError):
            render_template_pdf(template, {}, language="nl")
