"""The acknowledgement PDF as a document people keep: what was acknowledged (the full frozen
text as an annex, the partner's chosen commitment), headed in its own language, with long
values kept on the page."""

import io
from datetime import date
from pathlib import Path

import pytest
from django.conf import settings as django_settings
from django.utils import translation
from pypdf import PdfReader
from reportlab.pdfbase.ttfonts import TTFont
from wagtail.models import Locale

from certificates.app_settings import app_settings
from certificates.issuing import issue
from certificates.models import CodeVersion, PartnerAcknowledgement, Receipt, Signature
from certificates.signing import signature_is_intact
from certificates.text import paragraphs
from tests.factories import MemberFactory

from .conftest import publish

pytestmark = pytest.mark.django_db

FONTS = (
    Path(django_settings.BASE_DIR) / "integrity_common" / "static" / "integrity_common" / "fonts"
)


@pytest.fixture
def version(code):
    """Version 2026.1 of the code, published in Dutch and in French."""
    publish(code)
    code_fr = code.copy_for_translation(
        Locale.objects.get_or_create(language_code="fr")[0], copy_parents=True
    )
    code_fr.title = "Code d'éthique"
    code_fr.intro = "<p>Pourquoi un code.</p>"
    code_fr.agreement_text = (
        "Je soussigné(e), {name}, employé(e) par {employer}, signe pour accord."
    )
    publish(code_fr)
    return CodeVersion.objects.get()


def acknowledge(model, version, language="nl", **fields):
    text = version.texts.filter(language=language).first()
    acknowledgement, _created = issue(
        model,
        user=MemberFactory().user,
        version=version,
        language=language,
        text_checksum=text.checksum if text else "0" * 64,
        statement=fields.pop("statement", "Ik neem kennis van de code."),
        full_name=fields.pop("full_name", "Zoë Façade-Muñoz"),
        **fields,
    )
    with acknowledgement.pdf.open("rb") as stored:
        return acknowledgement, stored.read()


def signature(version, language="nl", **fields):
    return acknowledge(
        Signature,
        version,
        language,
        **{"employer": "Gemeente Lindenhove", "place": "Łódź", "typed_signature": "Zoë", **fields},
    )


def page_texts(data):
    return [" ".join(page.extract_text().split()) for page in PdfReader(io.BytesIO(data)).pages]


def test_the_full_text_acknowledged_is_annexed(version):
    acknowledgement, data = signature(version, "fr")
    first, *annex = page_texts(data)
    annex = " ".join(annex)
    assert annex, "the annex starts on a page of its own"
    assert "2026.1" in annex and "Code d'éthique" not in first
    text = version.texts.get(language="fr")
    for block in paragraphs(text.text):
        for part in block.get("rules") or [block["text"]]:
            assert " ".join(part.split()) in annex, part
    assert "Pourquoi un code." in annex and "Waarom een code." not in annex
    assert acknowledgement.text_checksum in first
    assert signature_is_intact(data)  # the annex is part of what is signed


def test_the_pdf_declares_its_language_and_title(version):
    for language in ("nl", "fr"):
        acknowledgement, data = signature(version, language)
        reader = PdfReader(io.BytesIO(data))
        assert reader.trailer["/Root"]["/Lang"] == language
        with translation.override(language):
            assert reader.metadata.title == f"{acknowledgement.kind_label} · Zoë Façade-Muñoz"


def test_the_partner_pdf_prints_only_the_commitment_chosen(version):
    chosen, other = (
        PartnerAcknowledgement.Commitment.DEVELOP,
        PartnerAcknowledgement.Commitment.SHARE,
    )
    _acknowledgement, data = acknowledge(
        PartnerAcknowledgement,
        version,
        organisation="Commune de Koudoubé",
        commitment=chosen,
    )
    first = page_texts(data)[0]
    with translation.override("nl"):
        assert str(chosen.label) in first
        assert str(other.label) not in first


def test_a_receipt_names_its_work_visit(version):
    _acknowledgement, data = acknowledge(
        Receipt,
        version,
        visit="Werkbezoek aan Koudoubé",
        visit_start=date(2026, 11, 2),
        visit_end=date(2026, 11, 9),
    )
    assert "Werkbezoek aan Koudoubé" in page_texts(data)[0]


def test_the_organisation_is_named_in_the_language_of_the_document(version, settings):
    settings.CERTIFICATES_ORGANISATION_NAME = {
        "nl": "Vereniging van Vlaamse Steden en Gemeenten",
        "fr": "Association des villes et communes flamandes",
    }
    assert "Vereniging" in page_texts(signature(version, "nl")[1])[0]
    french = page_texts(signature(version, "fr")[1])[0]
    assert "Association des villes" in french and "Vereniging" not in french
    # A language the setting leaves out gets the name in LANGUAGE_CODE (Dutch).
    assert app_settings.organisation_name("es") == "Vereniging van Vlaamse Steden en Gemeenten"
    settings.CERTIFICATES_ORGANISATION_NAME = "One name"
    assert app_settings.organisation_name("fr") == "One name"


def the_text_beyond_the_right_margin(data, margin=2 * 72 / 2.54):
    """Every run of text that ends past the right margin (2 cm), measured with the font's
    own glyph widths."""
    faces = {
        "bold": TTFont("ProbeBold", str(FONTS / "DejaVuSans-Bold.ttf")),
        "regular": TTFont("ProbeRegular", str(FONTS / "DejaVuSans.ttf")),
    }
    beyond = []
    for page in PdfReader(io.BytesIO(data)).pages:
        limit = float(page.mediabox.width) - margin + 1

        def visit(text, cm, tm, font, size, limit=limit):
            if not text.strip() or font is None:
                return
            face = faces["bold" if "Bold" in str(font.get("/BaseFont")) else "regular"]
            x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
            end = x + face.stringWidth(text.rstrip(), size) * tm[0] * cm[0]
            if end > limit:
                beyond.append(text)

        page.extract_text(visitor_text=visit)
    return beyond


@pytest.mark.parametrize(
    "place",
    [
        ("Gemeentehuis van Sint-Pieters-Leeuw, raadzaal op de eerste verdieping, " * 2)[:120],
        "Ł" + "o" * 118 + "ź",  # one word of 120 letters
    ],
)
def test_long_values_wrap_inside_the_page(version, place):
    employer = "Gemeente" + "n" * 150 + " dienst internationale samenwerking"
    _acknowledgement, data = signature(version, place=place, employer=employer)
    first = "".join(page_texts(data)[0].split())
    assert "".join(place.split()) in first and "".join(employer.split()) in first
    assert the_text_beyond_the_right_margin(data) == []


def test_the_acknowledgements_page_holds_what_its_pdf_holds(version, client):
    """The PDF cannot be tagged for screen readers; its owner reads the same on a page."""
    acknowledgement, _data = acknowledge(
        PartnerAcknowledgement,
        version,
        "fr",
        organisation="Commune de Koudoubé",
        commitment=PartnerAcknowledgement.Commitment.SHARE,
    )
    client.force_login(acknowledgement.user)
    page = client.get(f"/nl/acknowledge/{acknowledgement.verification_code}/").content.decode()
    assert "/pdf/" in page and 'href="#acknowledgement-title"' in page
    assert acknowledgement.statement in page and "Commune de Koudoubé" in page
    with translation.override("fr"):
        assert str(PartnerAcknowledgement.Commitment.SHARE.label) in page
        assert str(PartnerAcknowledgement.Commitment.DEVELOP.label) not in page
    assert 'lang="fr"' in page and "Pourquoi un code." in page and "Je meldt misbruik." in page
    assert acknowledgement.text_checksum in page
