"""Demo integrity contacts (roles, never real people) and the "Where can I go?" page, whose
questions and outcomes are in content/guidance/."""

import uuid

from wagtail.rich_text import RichText

from integrity_platform.guidance.models import IntegrityContact, WhereToGoPage

from . import data
from .pages import LANGUAGE_CODES, ensure_page

GUIDE = data.load("guidance/guide")
ANSWERS = data.load("guidance/answers")
OUTCOMES = data.load("guidance/outcomes")

# The same answer keeps the same block id in every language: the language switcher finds
# a step's translation by it.
BLOCK_IDS = uuid.UUID("9c4d1e7a-2b3f-4a8c-b6d5-0e1f2a3b4c5d")

Role = IntegrityContact.Role

CONTACTS = [
    (
        Role.INTEGRITY_ADVISER,
        "integrity-adviser@example.org",
        "+32 2 000 10 01",
        {
            "nl": "Voor vertrouwelijk advies bij een ethisch dilemma. Mail of bel; een gesprek kan "
            "ook online, in het Nederlands, Frans, Engels of Spaans.",
            "fr": "Pour un conseil confidentiel face à un dilemme éthique. Par e-mail ou par "
            "téléphone ; un entretien peut aussi se faire en ligne, en quatre langues.",
            "en": "For confidential advice on an ethical dilemma. Email or call; a conversation "
            "can also take place online, in Dutch, French, English or Spanish.",
            "es": "Para un consejo confidencial ante un dilema ético. Por correo o teléfono; la "
            "conversación también puede ser en línea, en cuatro idiomas.",
        },
    ),
    (
        Role.PROGRAMME_MANAGER,
        "programme@example.org",
        "+32 2 000 10 07",
        {
            "nl": "Ook bij de programmabeheerder kan je in vertrouwen terecht met vragen over "
            "integriteit in de programma's.",
            "fr": "Vous pouvez aussi vous adresser en confiance au responsable de programme pour "
            "les questions d’intégrité dans les programmes.",
            "en": "You can also turn to the programme manager in confidence with questions of "
            "integrity in the programmes.",
            "es": "También puede acudir en confianza al responsable del programa con preguntas "
            "de integridad en los programas.",
        },
    ),
    (
        Role.COMPLAINTS_MANAGER,
        "complaints@example.org",
        "+32 2 000 10 02",
        {
            # The answer's deadline is said once, in the guide's text on reporting, which
            # the integrity officer keeps in line with the policy.
            "nl": "Behandelt formele meldingen via het klachtenformulier, vertrouwelijk en "
            "objectief.",
            "fr": "Traite les signalements formels reçus par le formulaire de plainte, de "
            "manière confidentielle et objective.",
            "en": "Handles formal reports made through the complaint form, confidentially and "
            "objectively.",
            "es": "Tramita las quejas formales recibidas por el formulario de quejas, de forma "
            "confidencial y objetiva.",
        },
    ),
    (
        Role.COMPLAINTS_BACKUP,
        "complaints@example.org",
        "+32 2 000 10 03",
        {
            "nl": "Neemt over wanneer de klachtenmanager afwezig is of zelf betrokken is.",
            "fr": "Prend le relais lorsque le gestionnaire des plaintes est absent ou concerné.",
            "en": "Takes over when the complaints manager is away or is involved.",
            "es": "Asume el caso cuando el gestor de quejas está ausente o implicado.",
        },
    ),
    (
        Role.CONFIDENTIAL_COUNSELLOR,
        "counsellors@example.org",
        "",
        {
            "nl": "Vijf collega's zijn vertrouwenspersoon. Kies zelf bij wie je terechtkunt; "
            "wat je vertelt, blijft tussen jullie.",
            "fr": "Cinq collègues sont personnes de confiance. Choisissez à qui vous adresser ; ce "
            "que vous dites reste entre vous.",
            "en": "Five colleagues are confidential counsellors. Choose whom you turn to; what you "
            "tell them stays between you.",
            "es": "Cinco colegas son personas de confianza. Elija a quién acudir; lo que cuente "
            "queda entre ustedes.",
        },
    ),
    (
        Role.INTEGRITY_OFFICER,
        "integrity@example.org",
        "",
        {
            "nl": (
                "Volgt het integriteitsbeleid op en beantwoordt vragen over de code en deze site."
            ),
            "fr": (
                "Assure le suivi de la politique d'intégrité et répond aux questions sur le code."
            ),
            "en": (
                "Follows up the integrity policy and answers questions about the code and this "
                "site."
            ),
            "es": (
                "Da seguimiento a la política de integridad y responde preguntas sobre el código."
            ),
        },
    ),
    (
        Role.FINANCIAL_MANAGER,
        "finance@example.org",
        "+32 2 000 10 05",
        {
            "nl": (
                "Voor vragen over onkosten, dagvergoedingen, aankopen en budgetten van projecten."
            ),
            "fr": "Pour les questions sur les frais, les per diem, les achats et les budgets.",
            "en": "For questions about expenses, per diems, procurement and project budgets.",
            "es": "Para preguntas sobre gastos, viáticos, compras y presupuestos de proyectos.",
        },
    ),
    (
        Role.HR,
        "hr@example.org",
        "+32 2 000 10 06",
        {
            "nl": (
                "Voor arbeidsgeschillen en vragen over opleiding, welzijn, evaluatie en loopbaan."
            ),
            "fr": "Pour les conflits de travail et les questions de formation, bien-être, "
            "évaluation et carrière.",
            "en": (
                "For labour disputes and questions on training, well-being, evaluation and career."
            ),
            "es": "Para conflictos laborales y preguntas sobre formación, bienestar, evaluación y "
            "carrera.",
        },
    ),
]


def ensure_contacts(locales):
    for order, (role, email, phone, how) in enumerate(CONTACTS, start=1):
        dutch = IntegrityContact.objects.filter(role=role, locale=locales["nl"]).first()
        if dutch is None:
            dutch = IntegrityContact.objects.create(
                role=role,
                email=email,
                phone=phone,
                how_to_reach=how["nl"],
                sort_order=order,
                locale=locales["nl"],
            )
        for code in LANGUAGE_CODES[1:]:
            if dutch.get_translation_or_none(locales[code]) is None:
                IntegrityContact.objects.create(
                    role=role,
                    email=email,
                    phone=phone,
                    how_to_reach=how[code],
                    sort_order=order,
                    locale=locales[code],
                    translation_key=dutch.translation_key,
                )


def _block_id(*parts):
    return str(uuid.uuid5(BLOCK_IDS, "/".join(parts)))


def guide_fields(language):
    """The guide page's fields in a language, its answers and outcomes as stream data."""
    answers = []
    for answer in ANSWERS:
        key = answer["slug"]["en"]
        value = {
            "slug": answer["slug"][language],
            "label": answer["label"][language],
            "outcome": answer.get("outcome", ""),
            "question": answer["question"][language] if "question" in answer else "",
            "answers": [
                {
                    "type": "item",
                    "id": _block_id("answer", key, follow_up["slug"]["en"]),
                    "value": {
                        "slug": follow_up["slug"][language],
                        "label": follow_up["label"][language],
                        "outcome": follow_up["outcome"],
                    },
                }
                for follow_up in answer.get("answers", [])
            ],
        }
        answers.append({"type": "answer", "id": _block_id("answer", key), "value": value})
    outcomes = [
        {
            "type": "outcome",
            "id": _block_id("outcome", outcome["key"]),
            "value": {
                "key": outcome["key"],
                "title": outcome["title"][language],
                "text": outcome["text"][language],
                "contacts": outcome["contacts"],
                "reporting": outcome.get("reporting", False),
                "code": [
                    {
                        "type": "item",
                        "id": _block_id("outcome", outcome["key"], value_key),
                        "value": {"value": value_key, "rules": rules},
                    }
                    for value_key, rules in outcome["code"]
                ],
            },
        }
        for outcome in OUTCOMES
    ]
    return {
        "title": GUIDE["title"][language],
        "slug": GUIDE["slug"][language],
        "intro": RichText(f"<p>{GUIDE['intro'][language]}</p>"),
        "first_question": GUIDE["first_question"][language],
        "answers": answers,
        "outcomes": outcomes,
        "reporting_text": GUIDE["reporting_text"][language],
        "complaint_form_url": GUIDE["complaint_form_url"][language],
        "complaints_procedure_url": GUIDE["complaints_procedure_url"][language],
    }


def ensure_guidance(home, locales):
    ensure_contacts(locales)
    return ensure_page(home, WhereToGoPage, guide_fields, locales, show_in_menus=True)
