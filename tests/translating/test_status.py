"""When a Dutch page changes, its translations are marked out of date; translators see what
changed, and publishing (or marking) a translation brings it up to date."""

import pytest
from wagtail.models import Locale, Site

from integrity_platform.home.models import StandardPage
from integrity_platform.translating.status import OUT_OF_DATE, UP_TO_DATE, status_of

REPORT = "/admin/translation-status/"


@pytest.fixture
def locales(db):
    return {
        code: Locale.objects.get_or_create(language_code=code)[0] for code in "fr en es".split()
    }


@pytest.fixture
def source(db):
    home = Site.objects.get(is_default_site=True).root_page
    page = home.add_child(
        instance=StandardPage(title="Onthaal", slug="onthaal", intro="Welkom in het team.")
    )
    page.save_revision().publish()
    return page


@pytest.fixture
def translated(source, locales):
    """The source in French, English and Spanish, made as editors make them (a copy)."""
    pages = {}
    for code, locale in locales.items():
        copy = source.copy_for_translation(locale, copy_parents=True)
        copy.title = f"Onthaal ({code})"
        copy.save_revision().publish()
        pages[code] = copy
    return pages


def change(page, **fields):
    revision = page.get_latest_revision_as_object()
    for name, value in fields.items():
        setattr(revision, name, value)
    revision.save_revision().publish()


def test_new_translations_follow_their_source(translated):
    assert {status_of(page)["status"] for page in translated.values()} == {UP_TO_DATE}


def test_a_change_to_the_dutch_page_puts_every_translation_out_of_date(translated, source):
    change(source, intro="Welkom in het internationale team.")
    assert {status_of(page)["status"] for page in translated.values()} == {OUT_OF_DATE}


def test_the_translator_sees_it_in_the_editor_with_what_changed(
    client, officer, translated, source
):
    change(source, intro="Welkom in het internationale team.")
    client.force_login(officer)
    french = translated["fr"]
    html = client.get(f"/admin/pages/{french.pk}/edit/").content.decode()
    assert "The original of this page (Dutch) has changed since this translation" in html
    compare = status_of(french)
    pair = f"{compare['followed_revision']}...{compare['source_revision']}"
    url = f"/admin/pages/{source.pk}/revisions/compare/{pair}/"
    assert url in html
    changes = client.get(url).content.decode()
    assert "internationale team" in changes


def test_publishing_the_translation_brings_it_up_to_date(translated, source):
    change(source, intro="Welkom in het internationale team.")
    change(translated["fr"], intro="Bienvenue dans l’équipe internationale.")
    assert status_of(translated["fr"])["status"] == UP_TO_DATE
    assert status_of(translated["es"])["status"] == OUT_OF_DATE


def test_the_report_lists_out_of_date_translations_per_language(
    client, officer, translated, source
):
    change(source, intro="Welkom in het internationale team.")
    change(translated["en"], intro="Welcome to the international team.")
    client.force_login(officer)
    html = client.get(REPORT + "?status=out_of_date").content.decode()
    assert "Onthaal (fr)" in html and "Onthaal (es)" in html
    assert "Onthaal (en)" not in html
    summary = client.get(REPORT).content.decode()
    assert "1 up to date, 0 out of date, 0 missing" in summary  # English
    assert "0 up to date, 1 out of date, 0 missing" in summary  # French, Spanish
    spanish_only = client.get(REPORT + "?language=es").content.decode()
    assert "Onthaal (es)" in spanish_only and "Onthaal (fr)" not in spanish_only


def test_a_missing_translation_is_counted(client, officer, source, locales):
    source.copy_for_translation(locales["fr"], copy_parents=True)
    client.force_login(officer)
    html = client.get(REPORT).content.decode()
    assert "1 up to date, 0 out of date, 0 missing" in html
    assert "0 up to date, 0 out of date, 1 missing" in html


def test_a_translator_marks_a_translation_up_to_date(client, officer, translated, source):
    change(source, intro="Welkom in het team!")  # punctuation: no new wording needed
    client.force_login(officer)
    spanish = translated["es"]
    response = client.post(f"{REPORT}{spanish.pk}/up-to-date/", {"next": REPORT + "?language=es"})
    assert response.status_code == 302 and response["Location"] == REPORT + "?language=es"
    assert status_of(spanish)["status"] == UP_TO_DATE
    assert status_of(translated["fr"])["status"] == OUT_OF_DATE


def test_marking_refuses_what_it_should(client, officer, coordinator, translated, source):
    spanish = translated["es"]
    change(source, intro="Welkom in het team!")
    client.force_login(officer)
    assert client.get(f"{REPORT}{spanish.pk}/up-to-date/").status_code == 405
    assert client.post(f"{REPORT}999999/up-to-date/").status_code == 404
    assert client.post(f"{REPORT}{source.pk}/up-to-date/").status_code == 404  # a source
    outside = client.post(f"{REPORT}{spanish.pk}/up-to-date/", {"next": "https://evil.example/"})
    assert outside["Location"] == REPORT
    change(source, intro="Welkom!")
    client.force_login(coordinator)  # no page permissions: the admin's "permission denied"
    assert client.post(f"{REPORT}{spanish.pk}/up-to-date/")["Location"] == "/admin/"
    assert client.get(REPORT)["Location"] == "/admin/"
    assert "Translation status" not in client.get("/admin/").content.decode()
    assert status_of(spanish)["status"] == OUT_OF_DATE


def test_the_report_reads_a_constant_number_of_queries(
    client, officer, source, locales, queries_of
):
    client.force_login(officer)
    home = source.get_parent()

    def add_translated_pages(first, count):
        for number in range(first, first + count):
            page = home.add_child(
                instance=StandardPage(title=f"Pagina {number}", slug=f"pagina-{number}")
            )
            page.save_revision().publish()
            for locale in locales.values():
                page.copy_for_translation(locale, copy_parents=True)

    add_translated_pages(0, 2)
    client.get(REPORT)  # warm the caches
    few = queries_of(lambda: client.get(REPORT))
    add_translated_pages(2, 6)
    client.get(REPORT)  # new pages renew the page cache
    assert 0 < queries_of(lambda: client.get(REPORT)) == few


# Offline translation: PO files ---------------------------------------------------------


def upload(client, page, content, name="page.po"):
    from django.core.files.uploadedfile import SimpleUploadedFile

    file = SimpleUploadedFile(name, content.encode(), "text/x-gettext-translation")
    return client.post(f"{REPORT}{page.pk}/upload/", {"file": file})


def test_a_translator_downloads_the_texts_with_what_changed_marked(
    client, officer, translated, source
):
    import polib

    change(source, intro="Welkom in het internationale team.")
    client.force_login(officer)
    response = client.get(f"{REPORT}{translated['fr'].pk}/po/")
    assert response["Content-Disposition"].endswith('.po"')
    po = polib.pofile(response.content.decode())
    entries = {entry.msgctxt: entry for entry in po}
    assert entries["intro"].msgid == "Welkom in het internationale team."
    assert entries["intro"].msgstr == "Welkom in het team."  # not translated yet: the copy
    assert "fuzzy" in entries["intro"].flags
    assert entries["title"].msgstr == "Onthaal (fr)" and "fuzzy" not in entries["title"].flags
    assert "slug" not in entries


def test_an_uploaded_translation_becomes_a_draft_to_review(client, officer, translated, source):
    import polib

    client.force_login(officer)
    french = translated["fr"]
    po = polib.pofile(client.get(f"{REPORT}{french.pk}/po/").content.decode())
    po.find("intro", by="msgctxt").msgstr = "Bienvenue dans l’équipe."
    versions = french.revisions.count()
    response = upload(client, french, str(po))
    assert response.status_code == 302
    french.refresh_from_db()
    assert french.intro == "Welkom in het team."  # the live page is unchanged
    assert french.get_latest_revision_as_object().intro == "Bienvenue dans l’équipe."
    again = upload(client, french, str(po))  # the same file twice: nothing new
    assert again.status_code == 302
    assert french.revisions.count() == versions + 1


def test_a_wrong_file_changes_nothing_and_says_why(client, officer, translated, source):
    import polib
    from django.core.files.uploadedfile import SimpleUploadedFile

    client.force_login(officer)
    spanish, french = translated["es"], translated["fr"]
    versions = french.revisions.count()
    for_spanish = client.get(f"{REPORT}{spanish.pk}/po/").content.decode()
    response = upload(client, french, for_spanish)
    assert "belongs to another page or language" in response.content.decode()
    assert "not a PO file" in upload(client, french, "\x00garbage").content.decode()
    latin = SimpleUploadedFile("page.po", 'msgid "Caf\xe9"'.encode("latin-1"))
    assert "UTF-8" in client.post(f"{REPORT}{french.pk}/upload/", {"file": latin}).content.decode()
    assert french.revisions.count() == versions
    po = polib.pofile(client.get(f"{REPORT}{french.pk}/po/").content.decode())
    assert po.find("intro", by="msgctxt") is not None


def test_uploaded_rich_text_keeps_only_what_the_editor_allows(client, officer, locales):
    import polib

    from integrity_platform.demo.guidance import guide_fields
    from integrity_platform.guidance.models import WhereToGoPage

    home = Site.objects.get(is_default_site=True).root_page
    fields = {
        **guide_fields("nl"),
        "slug": "gids",
        "reporting_text": "<p>Binnen de twee weken.</p>",
    }
    guide = home.add_child(instance=WhereToGoPage(**fields))
    guide.save_revision().publish()
    french = guide.copy_for_translation(locales["fr"], copy_parents=True)
    client.force_login(officer)
    po = polib.pofile(client.get(f"{REPORT}{french.pk}/po/").content.decode())
    contexts = {entry.msgctxt for entry in po}
    assert {"title", "first_question", "reporting_text"} <= contexts
    # Answers' texts are there by block id; the keys that join answers to outcomes are not.
    assert any(c.startswith("answers/") and c.endswith("/label") for c in contexts)
    assert not any(c.endswith("/key") or c.endswith("/outcome") for c in contexts)
    entry = po.find("reporting_text", by="msgctxt")
    entry.msgstr = "<p>Dans les deux semaines.<script>alert(1)</script></p>"
    assert upload(client, french, str(po)).status_code == 302
    french.refresh_from_db()
    draft = french.get_latest_revision_as_object()
    assert "Dans les deux semaines." in draft.reporting_text
    assert "<script" not in draft.reporting_text


def test_only_editors_of_the_translation_get_its_file(client, coordinator, translated):
    client.force_login(coordinator)
    french = translated["fr"]
    assert client.get(f"{REPORT}{french.pk}/po/")["Location"] == "/admin/"
    assert client.get(f"{REPORT}{french.pk}/upload/")["Location"] == "/admin/"
