"""Publishing the ethics code records versions with a frozen, checksummed text per language."""

import hashlib
from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.core.exceptions import ValidationError
from wagtail.models import Locale

from certificates.models import CodeVersion, CodeVersionText
from certificates.versions import current_version, is_current

from .conftest import publish

pytestmark = pytest.mark.django_db
BRUSSELS = ZoneInfo("Europe/Brussels")


def test_publishing_records_the_version_with_its_checksum(code):
    publish(code)
    version = CodeVersion.objects.get()
    assert (version.label, version.change, version.code_key) == (
        "2026.1",
        "material",
        code.translation_key,
    )
    text = CodeVersionText.objects.get(version=version, language="nl")
    assert "Integriteit: We handelen eerlijk." in text.text
    assert "- Je meldt misbruik." in text.text
    assert text.checksum == hashlib.sha256(text.text.encode()).hexdigest()
    assert current_version() == version


def test_each_language_adds_its_text_to_the_same_version(code):
    publish(code)
    french = Locale.objects.get_or_create(language_code="fr")[0]
    code_fr = code.copy_for_translation(french, copy_parents=True)
    code_fr.title = "Code d'éthique"
    publish(code_fr)
    version = CodeVersion.objects.get()
    assert set(version.texts.values_list("language", flat=True)) == {"nl", "fr"}
    assert version.texts.get(language="fr").text.startswith("Code d'éthique")


def test_published_text_is_frozen_under_its_label(code):
    code = publish(code)
    code.intro = "<p>Een andere tekst.</p>"
    with pytest.raises(ValidationError) as error:
        code.full_clean()
    assert "version_label" in error.value.message_dict
    # Republishing the same text is fine (nothing changes), and a new label is fine too.
    code.intro = "<p>Waarom een code.</p>"
    code.full_clean()
    code.intro = "<p>Een andere tekst.</p>"
    code.version_label = "2026.2"
    code.full_clean()


def test_minor_versions_keep_acknowledgements_current_material_ones_do_not(code):
    code = publish(code)
    first = CodeVersion.objects.get(label="2026.1")
    code.version_label, code.change, code.effective_date = "2026.2", "minor", date(2026, 6, 1)
    code.intro = "<p>Waarom een code, zonder tikfout.</p>"
    code = publish(code)
    assert is_current(first.pk, "nl")
    assert current_version().label == "2026.2"
    code.version_label, code.change, code.effective_date = "2027.1", "material", date(2027, 1, 1)
    code.intro = "<p>Een nieuwe regel.</p>"
    publish(code)
    with time_machine.travel(datetime(2027, 1, 1, 9, 0, tzinfo=BRUSSELS)):
        assert not is_current(first.pk, "nl")
        assert not is_current(CodeVersion.objects.get(label="2026.2").pk, "nl")
        assert is_current(CodeVersion.objects.get(label="2027.1").pk, "nl")


def test_code_page_shows_version_values_and_rules(client, code):
    code = publish(code)
    html = client.get(code.url).content.decode()
    assert "2026.1" in html
    assert "Integriteit" in html and "We handelen eerlijk." in html and "Je meldt misbruik." in html
