"""The demo dilemma library (texts in content/dilemmas/, at home then abroad), its
themes, a playlist for the annual review session, and a few practice answers so that the
anonymous distribution shows on one dilemma. Their texts are in content/: dilemma-themes.yaml,
dilemma-playlist.yaml, dilemma-practice.yaml and the index page's, index-pages/dilemmas.yaml."""

from django.contrib.auth import get_user_model
from wagtail.models import Locale
from wagtail.rich_text import RichText

from dilemmas.models import (
    DilemmaIndexPage,
    DilemmaOption,
    DilemmaPage,
    Playlist,
    PlaylistItem,
    PracticeAnswer,
    Theme,
)

from . import data
from .pages import LANGUAGE_CODES, ensure_page

DILEMMAS = data.load("dilemmas")
INDEX = data.load("index-pages/dilemmas")
# The themes by key, in the library's order: [(key, {language: name})].
THEMES = list(data.load("dilemma-themes").items())
_PLAYLIST = data.load("dilemma-playlist")
# Each phone in the room shows the playlist's title in its own language.
PLAYLIST_TITLES = _PLAYLIST["title"]
PLAYLIST = PLAYLIST_TITLES["nl"]
PLAYLIST_DESCRIPTIONS = _PLAYLIST["description"]
PLAYLIST_KEYS = _PLAYLIST["dilemmas"]
# Five colleagues practised the gift dilemma, so its distribution is visible.
PRACTICE = [
    (answer["user"], answer["option"], answer["justification"])
    for answer in data.load("dilemma-practice")["answers"]
]


def ensure_themes(locales):
    themes = {}
    for order, (key, names) in enumerate(THEMES, start=1):
        dutch = Theme.objects.filter(key=key, locale=locales["nl"]).first()
        if dutch is None:
            dutch = Theme.objects.create(
                key=key, name=names["nl"], sort_order=order, locale=locales["nl"]
            )
        for code in LANGUAGE_CODES[1:]:
            if dutch.get_translation_or_none(locales[code]) is None:
                Theme.objects.create(
                    key=key,
                    name=names[code],
                    sort_order=order,
                    locale=locales[code],
                    translation_key=dutch.translation_key,
                )
        themes[key] = dutch
    return themes


def ensure_dilemmas(home, locales, code_values):
    themes = ensure_themes(locales)
    index = ensure_page(
        home,
        DilemmaIndexPage,
        lambda lang: {
            "title": INDEX["title"][lang],
            "slug": INDEX["slug"][lang],
            "intro": RichText(f"<p>{INDEX['intro'][lang]}</p>"),
        },
        locales,
        show_in_menus=True,
    )
    pages = {}
    for dilemma in DILEMMAS:

        def fields_for(lang, d=dilemma):
            return {
                "title": d["title"][lang],
                "slug": d["slug"][lang],
                "summary": d["summary"][lang],
                "situation": d["situation"][lang],
                "stakeholders": d["stakeholders"][lang],
                "commentary": d["commentary"][lang],
                "facilitator_notes": d["facilitator_notes"][lang],
                "context": d["context"],
                "for_recruitment": d["for_recruitment"],
                "themes": [themes[key] for key in d["themes"]],
                "values": [code_values[key] for key in d["values"]],
                "options": [
                    DilemmaOption(label=o["label"][lang], considerations=o["considerations"][lang])
                    for o in d["options"]
                ],
            }

        pages[dilemma["key"]] = ensure_page(index, DilemmaPage, fields_for, locales)
    ensure_playlist(pages)
    ensure_practice(pages["gift-from-partner-municipality"])
    return pages


def ensure_playlist(pages):
    """The playlist in Dutch and its translations (a translatable snippet), each listing
    the dilemmas in its own language."""
    locales = {locale.language_code: locale for locale in Locale.objects.all()}
    playlist = Playlist.objects.filter(title=PLAYLIST, locale=locales["nl"]).first()
    if playlist is None:
        playlist = Playlist.objects.create(
            title=PLAYLIST,
            description=PLAYLIST_DESCRIPTIONS["nl"],
            locale=locales["nl"],
            items=[PlaylistItem(dilemma=pages[key]) for key in PLAYLIST_KEYS],
        )
    for code in LANGUAGE_CODES[1:]:
        locale = locales.get(code)
        if locale is None or playlist.has_translation(locale):
            continue
        Playlist.objects.create(
            title=PLAYLIST_TITLES[code],
            description=PLAYLIST_DESCRIPTIONS[code],
            locale=locale,
            translation_key=playlist.translation_key,
            items=[
                PlaylistItem(dilemma=pages[key].get_translation_or_none(locale) or pages[key])
                for key in PLAYLIST_KEYS
            ],
        )


def ensure_practice(dilemma):
    User = get_user_model()
    for email, option, why in PRACTICE:
        user = User.objects.filter(email=email).first()
        if user is not None:
            PracticeAnswer.objects.get_or_create(
                user=user,
                dilemma=dilemma,
                defaults={"option": option, "justification": why, "language": "nl"},
            )
