"""The demo dilemma library (texts in content/dilemmas/, at home then abroad), its
themes, a playlist for the annual review session, and a few practice answers so that the
anonymous distribution shows on one dilemma."""

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

THEMES = [
    (
        "gifts_hospitality",
        {
            "nl": "Geschenken en gastvrijheid",
            "fr": "Cadeaux et hospitalité",
            "en": "Gifts and hospitality",
            "es": "Regalos y hospitalidad",
        },
    ),
    (
        "conflicts_of_interest",
        {
            "nl": "Belangenconflicten",
            "fr": "Conflits d'intérêts",
            "en": "Conflicts of interest",
            "es": "Conflictos de intereses",
        },
    ),
    (
        "financial_integrity",
        {
            "nl": "Financiële integriteit en aankopen",
            "fr": "Intégrité financière et marchés",
            "en": "Financial integrity and procurement",
            "es": "Integridad financiera y compras",
        },
    ),
    (
        "sexual_exploitation",
        {
            "nl": "Seksuele uitbuiting en misbruik",
            "fr": "Exploitation et abus sexuels",
            "en": "Sexual exploitation and abuse",
            "es": "Explotación y abuso sexual",
        },
    ),
    (
        "discrimination_respect",
        {
            "nl": "Discriminatie en respect",
            "fr": "Discrimination et respect",
            "en": "Discrimination and respect",
            "es": "Discriminación y respeto",
        },
    ),
    (
        "cultural_sensitivity",
        {
            "nl": "Culturele sensitiviteit",
            "fr": "Sensibilité culturelle",
            "en": "Cultural sensitivity",
            "es": "Sensibilidad cultural",
        },
    ),
    (
        "reporting_misconduct",
        {
            "nl": "Misbruik melden",
            "fr": "Signaler des manquements",
            "en": "Reporting misconduct",
            "es": "Denunciar faltas",
        },
    ),
    (
        "confidentiality",
        {
            "nl": "Vertrouwelijkheid",
            "fr": "Confidentialité",
            "en": "Confidentiality",
            "es": "Confidencialidad",
        },
    ),
    (
        "use_of_means",
        {
            "nl": "Gebruik van middelen van de organisatie",
            "fr": "Usage des moyens de l'organisation",
            "en": "Use of the organisation's means",
            "es": "Uso de los medios de la organización",
        },
    ),
    (
        "ecological_impact",
        {
            "nl": "Ecologische impact",
            "fr": "Impact écologique",
            "en": "Ecological impact",
            "es": "Impacto ecológico",
        },
    ),
]

INDEX = {
    "nl": (
        "Dilemma's",
        "dilemmas",
        "Situaties waarin waarden botsen en er geen kant-en-klaar "
        "antwoord is. Kies wat je zou doen, zeg waarom, en vergelijk met anderen.",
    ),
    "fr": (
        "Dilemmes",
        "dilemmes",
        "Des situations où les valeurs s'opposent et où aucune "
        "réponse n'est toute faite. Choisissez, expliquez pourquoi, comparez.",
    ),
    "en": (
        "Dilemmas",
        "dilemmas",
        "Situations where values pull in different directions and "
        "there is no ready-made answer. Choose, say why, and compare with others.",
    ),
    "es": (
        "Dilemas",
        "dilemas",
        "Situaciones en las que los valores chocan y no hay una "
        "respuesta hecha. Elija, explique por qué y compare con otras personas.",
    ),
}
PLAYLIST = "Jaarlijkse bespreking 2026: vijf dilemma's"
# Each phone in the room shows the playlist's title in its own language.
PLAYLIST_TITLES = {
    "nl": PLAYLIST,
    "fr": "Revue annuelle 2026\u202f: cinq dilemmes",
    "en": "Annual review 2026: five dilemmas",
    "es": "Revisión anual 2026: cinco dilemas",
}
PLAYLIST_DESCRIPTIONS = {
    "nl": "Voor de jaarlijkse bespreking van de code met het team en de stedenband"
    "coördinatoren: geschenken, belangen, geld en respect.",
    "fr": "Pour la revue annuelle du code avec l’équipe et les coordinateurs de jumelage\u202f: "
    "cadeaux, intérêts, argent et respect.",
    "en": "For the annual review of the code with the team and the twinning coordinators: "
    "gifts, interests, money and respect.",
    "es": "Para la revisión anual del código con el equipo y los coordinadores de "
    "hermanamiento: regalos, intereses, dinero y respeto.",
}
PLAYLIST_KEYS = [
    "gift-from-partner-municipality",
    "relative-applies-for-project-job",
    "per-diem-and-receipts",
    "hotel-with-a-commercial-link",
    "remark-during-the-field-visit",
]
# Five colleagues practised the gift dilemma, so its distribution is visible.
PRACTICE = [
    ("officer@example.org", 2, "Weigeren kwetst; aanvaarden en melden is transparant."),
    ("admin@example.org", 2, "Aanvaarden namens het team en melden aan het diensthoofd."),
    ("coordinator@example.org", 3, "Ik geef het aan de organisatie, zichtbaar voor iedereen."),
    ("colleague@example.org", 1, "Te duur: ik leg vriendelijk uit waarom ik het niet aanneem."),
    ("partner@example.org", 2, "Eerst vragen aan mijn diensthoofd, dan melden."),
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
            "title": INDEX[lang][0],
            "slug": INDEX[lang][1],
            "intro": RichText(f"<p>{INDEX[lang][2]}</p>"),
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
