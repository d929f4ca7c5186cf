"""Versions take effect per language: a version reaches the readers of a language once its
text in that language is published, and nobody is handed a text in another language unless
they choose it."""

from datetime import date

import pytest
from django.contrib.messages.storage.fallback import FallbackStorage
from django.utils import translation
from wagtail.models import Locale

from certificates.models import Acknowledgement
from certificates.queries import current_acknowledgement, status_of
from certificates.versions import text_in_force
from certificates.wagtail_hooks import say_which_languages_are_missing
from tests.factories import MemberFactory

from .conftest import publish
from .helpers import sign

pytestmark = pytest.mark.django_db


@pytest.fixture
def code_in_two_languages(code):
    """2026.1 published in Dutch and French."""
    dutch = publish(code)
    french = Locale.objects.get_or_create(language_code="fr")[0]
    page = dutch.copy_for_translation(french, copy_parents=True)
    page.title = "Code d'éthique"
    page.intro = "<p>Pourquoi un code.</p>"
    page.agreement_text = "Je soussigné·e, {name}, employé·e par {employer}, signe pour accord."
    return dutch, publish(page)


def new_version(page, label, intro):
    page.version_label, page.change, page.intro = label, "material", intro
    page.effective_date = date(2026, 1, 1)
    return publish(page)


def signed_in(client, lindenhove, email, language, name="Test Person"):
    """A member of Lindenhove named `name` on record (what they sign in), signed in."""
    first_name, last_name = name.split(" ", 1)
    member = MemberFactory(
        organisation=lindenhove,
        user__email=email,
        user__preferred_language=language,
        user__first_name=first_name,
        user__last_name=last_name,
    )
    client.force_login(member.user)
    return member.user


def test_a_version_in_dutch_only_leaves_french_readers_current(
    client, lindenhove, code_in_two_languages
):
    dutch, french = code_in_two_languages
    marie = signed_in(client, lindenhove, "marie@example.org", "fr", "Marie Dubois")
    sign(client, language="fr", typed_signature="Marie Dubois")
    held = Acknowledgement.objects.get(user=marie)
    assert held.language == "fr" and held.version.label == "2026.1"

    new_version(dutch, "2026.2", "<p>Waarom een code, herzien.</p>")
    assert status_of(held) == "valid"  # French has no 2026.2 yet
    assert current_acknowledgement(marie) == held
    page = client.get("/fr/acknowledge/").content.decode()
    assert "Marie Dubois" not in page or "Download" not in page
    assert 'name="confirm"' not in page  # nothing to sign: no Dutch text forced on her
    assert "?language=nl" in page  # she may choose to read 2026.2 in Dutch herself

    # A French newcomer signs the version in force in French: 2026.1, in French.
    client.logout()
    signed_in(client, lindenhove, "paul@example.org", "fr")
    page = client.get("/fr/acknowledge/").content.decode()
    assert "Pourquoi un code." in page and "herzien" not in page
    assert text_in_force("fr").version.label == "2026.1"
    assert text_in_force("nl").version.label == "2026.2"

    # Publishing the French text asks Marie again, in French.
    french.refresh_from_db()
    new_version(french, "2026.2", "<p>Pourquoi un code, revu.</p>")
    assert status_of(held) == "superseded"
    client.logout()
    client.force_login(marie)
    page = client.get("/fr/acknowledge/").content.decode()
    assert "Pourquoi un code, revu." in page and 'name="confirm"' in page
    sign(client, language="fr", typed_signature="Marie Dubois")
    latest = current_acknowledgement(marie)
    assert (latest.version.label, latest.language) == ("2026.2", "fr")


def test_a_dutch_reader_is_superseded_when_dutch_has_the_new_version(
    client, lindenhove, code_in_two_languages
):
    dutch, _french = code_in_two_languages
    jan = signed_in(client, lindenhove, "jan@example.org", "nl", "Jan Peeters")
    sign(client, language="nl", typed_signature="Jan Peeters")
    held = Acknowledgement.objects.get(user=jan)
    new_version(dutch, "2026.2", "<p>Waarom een code, herzien.</p>")
    assert status_of(held) == "superseded"
    verify = client.get(f"/verify/{held.verification_code}/?lang=en").content.decode()
    assert "Superseded" in verify
    page = client.get("/nl/acknowledge/").content.decode()
    assert "herzien" in page and 'name="confirm"' in page


def test_a_language_without_the_code_asks_the_reader_to_choose(
    client, lindenhove, code_in_two_languages
):
    user = signed_in(client, lindenhove, "ana@example.org", "es", "Ana Pérez")
    page = client.get("/es/acknowledge/").content.decode()
    assert 'name="confirm"' not in page
    assert "?language=nl" in page and "?language=fr" in page
    chosen = client.get("/es/acknowledge/?language=fr").content.decode()
    assert "Pourquoi un code." in chosen and 'name="confirm"' in chosen
    response = client.post(
        "/es/acknowledge/?language=fr",
        {
            "place": "Lima",
            "typed_signature": "Ana Pérez",
            "confirm": "on",
        },
    )
    assert response.status_code == 302
    assert Acknowledgement.objects.get(user=user).language == "fr"
    # A forged language is ignored: the page's own language applies.
    assert 'name="confirm"' not in client.get("/es/acknowledge/?language=xx").content.decode()


def test_the_admin_says_which_languages_are_missing(client, code_in_two_languages, admin_user, rf):
    dutch, _french = code_in_two_languages
    admin_user.preferred_language = "en"
    admin_user.save()
    client.force_login(admin_user)
    versions = client.get("/admin/code/versions/").content.decode()
    assert "French: published" in versions and "Spanish: missing" in versions

    new_version(dutch, "2026.2", "<p>Waarom een code, herzien.</p>")
    request = rf.post("/admin/")
    request.user = admin_user
    request.session = client.session
    request._messages = FallbackStorage(request)
    with translation.override("en"):
        say_which_languages_are_missing(request, dutch)
        warnings = [str(message) for message in request._messages]
    assert warnings == [
        "Version 2026.2 is published in Dutch. Still missing: French, English, Spanish. "
        "People who read those languages keep their current acknowledgement until you "
        "publish the translation there."
    ]
    versions = client.get("/admin/code/versions/").content.decode()
    assert versions.count("French: missing") == 1  # 2026.2; 2026.1 stays published
