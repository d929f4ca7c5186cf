"""The demo's "Where can I go?" guide in nl (source), fr, en and es, after the integrity
policy: an ethical dilemma to the integrity adviser (or, in confidence, the programme
manager); a suspected breach to the formal reporting channel; a labour dispute or an HR
question to the programme manager, head of department or HR; financial integrity to the
programme manager or the financial manager; something personal to a confidential
counsellor, for the association's own team. Every text is a dict {"nl", "fr", "en", "es"}.

ANSWERS are the answers to the first question, each leading to an OUTCOMES key or to a
follow-up question with its own answers; slugs are the steps' addresses per language.
OUTCOMES cite the code's rules by value key and rule number (as the code lists them).
"""

GUIDE = {
    "title": {
        "nl": "Waar kan ik terecht?",
        "fr": "À qui m’adresser\u202f?",
        "en": "Where can I go?",
        "es": "¿A quién puedo acudir?",
    },
    "slug": {
        "nl": "waar-kan-ik-terecht",
        "fr": "a-qui-m-adresser",
        "en": "where-can-i-go",
        "es": "a-quien-puedo-acudir",
    },
    "intro": {
        "nl": "Een paar vragen brengen je bij de juiste persoon. Niets wat je kiest, wordt "
        "bewaard.",
        "fr": "Quelques questions vous mènent à la bonne personne. Rien de ce que vous "
        "choisissez n’est enregistré.",
        "en": "A few questions lead you to the right person. Nothing you choose is stored.",
        "es": "Unas pocas preguntas le llevan a la persona adecuada. Nada de lo que elija se "
        "guarda.",
    },
    "first_question": {
        "nl": "Waarmee zit je?",
        "fr": "Qu’est-ce qui vous amène\u202f?",
        "en": "What brings you here?",
        "es": "¿Qué le trae por aquí?",
    },
    "complaint_form_url": {
        "nl": "https://example.org/nl/klachtenformulier",
        "fr": "https://example.org/fr/formulaire-de-plainte",
        "en": "https://example.org/en/complaint-form",
        "es": "https://example.org/es/formulario-de-quejas",
    },
    "complaints_procedure_url": {
        "nl": "https://example.org/nl/klachtenprocedure",
        "fr": "https://example.org/fr/procedure-de-plainte",
        "en": "https://example.org/en/complaints-procedure",
        "es": "https://example.org/es/procedimiento-de-quejas",
    },
    "reporting_text": {
        "nl": (
            "<p>Iedereen kan via het klachtenformulier een integriteitsschending melden. De "
            "klachtenmanager behandelt je melding vertrouwelijk en objectief, reageert "
            "<strong>binnen de twee weken</strong> en houdt je op de hoogte van elke stap in de "
            "verdere behandeling.</p><ul><li>Enkel de klachtenmanager heeft toegang tot je "
            "melding en je persoonsgegevens. Ze worden met niemand gedeeld zonder jouw "
            "toestemming.</li><li>Is de klachtenmanager afwezig of zelf betrokken? Richt je dan "
            "tot de back-up klachtenmanager.</li><li>Gaat het over medewerkers van een gemeente? "
            "Dan wordt je melding doorgespeeld aan de juiste personen in die gemeente; de "
            "klachtenmanager kan het onderzoek ondersteunen.</li></ul>"
        ),
        "fr": (
            "<p>Toute personne peut signaler un manquement à l’intégrité au moyen du formulaire "
            "de plainte. Le gestionnaire des plaintes traite votre signalement de manière "
            "confidentielle et objective, vous répond <strong>dans les deux semaines</strong> et "
            "vous tient informé de chaque étape de la suite du traitement.</p><ul><li>Seul le "
            "gestionnaire des plaintes a accès à votre signalement et à vos données "
            "personnelles. Ils ne sont communiqués à personne sans votre accord.</li><li>Le "
            "gestionnaire des plaintes est absent ou lui-même concerné\u202f? Adressez-vous au "
            "gestionnaire des plaintes suppléant.</li><li>Le signalement concerne des agents "
            "d’une commune\u202f? Il est transmis aux bonnes personnes dans cette commune\u202f; "
            "le gestionnaire des plaintes peut soutenir l’enquête.</li></ul>"
        ),
        "en": (
            "<p>Anyone can report a breach of integrity through the complaint form. The "
            "complaints manager handles your report confidentially and objectively, answers "
            "<strong>within two weeks</strong> and keeps you informed of every further "
            "step.</p><ul><li>Only the complaints manager has access to your report and your "
            "personal data. They are shared with no one without your consent.</li><li>Is the "
            "complaints manager away, or involved in the matter? Then turn to the back-up "
            "complaints manager.</li><li>Is it about the staff of a municipality? Then your "
            "report is forwarded to the right people in that municipality; the complaints "
            "manager can support the investigation.</li></ul>"
        ),
        "es": (
            "<p>Cualquier persona puede informar de una falta de integridad mediante el "
            "formulario de quejas. El gestor de quejas trata su queja de forma confidencial y "
            "objetiva, le responde <strong>en un plazo de dos semanas</strong> y le mantiene "
            "informado de cada paso posterior.</p><ul><li>Solo el gestor de quejas tiene acceso "
            "a su queja y a sus datos personales. No se comparten con nadie sin su "
            "consentimiento.</li><li>¿El gestor de quejas está ausente o implicado en el asunto? "
            "Diríjase al gestor de quejas suplente.</li><li>¿Se trata del personal de un "
            "municipio? Su queja se transmite a las personas adecuadas de ese municipio; el "
            "gestor de quejas puede apoyar la investigación.</li></ul>"
        ),
    },
}

ADVISER = ["integrity_adviser", "programme_manager"]
REPORTING = ["complaints_manager", "complaints_backup"]

ADVICE = {
    "nl": (
        "<p>De raadgever integriteit is het eerste aanspreekpunt tot wie je je in vertrouwen "
        "kan wenden voor advies. Je kan ook in vertrouwen terecht bij de programmabeheerder. "
        "Ze luisteren, denken met je mee en verwijzen je indien nodig door, bijvoorbeeld naar "
        "de personeelsdienst, de klachtenmanager of een vertrouwenspersoon. Elke bezorgdheid "
        "wordt snel, eerlijk en discreet behandeld, en samen met de raadgever integriteit kan "
        "je op elk moment beslissen of je al dan niet een officiële klacht indient.</p>"
    ),
    "fr": (
        "<p>Le conseiller en intégrité est le premier interlocuteur auquel vous pouvez vous "
        "adresser en toute confiance pour un conseil. Vous pouvez aussi vous adresser en "
        "confiance au responsable de programme. Ils vous écoutent, réfléchissent avec vous et, "
        "si nécessaire, vous orientent, par exemple vers le service du personnel, le "
        "gestionnaire des plaintes ou une personne de confiance. Chaque préoccupation est "
        "traitée rapidement, honnêtement et discrètement, et vous pouvez à tout moment décider, "
        "avec le conseiller en intégrité, de déposer ou non une plainte officielle.</p>"
    ),
    "en": (
        "<p>The integrity adviser is the first point of contact you can turn to in confidence "
        "for advice. You can also turn to the programme manager in confidence. They listen, "
        "think it through with you and, if needed, refer you on, for instance to HR, the "
        "complaints manager or a confidential counsellor. Every concern is handled promptly, "
        "fairly and discreetly, and together with the integrity adviser you can decide at any "
        "time whether or not to file an official complaint.</p>"
    ),
    "es": (
        "<p>El asesor de integridad es el primer punto de contacto al que puede acudir en "
        "confianza para pedir consejo. También puede acudir en confianza al responsable del "
        "programa. Le escuchan, reflexionan con usted y, si es necesario, le orientan, por "
        "ejemplo, hacia recursos humanos, el gestor de quejas o una persona de confianza. Toda "
        "inquietud se trata con rapidez, honestidad y discreción, y junto con el asesor de "
        "integridad puede decidir en cualquier momento si presenta o no una queja "
        "oficial.</p>"
    ),
}

NOT_SURE_YET = {
    "nl": (
        "<p>Twijfel je nog of het om een schending gaat? Je kan eerst advies vragen aan de "
        "raadgever integriteit.</p>"
    ),
    "fr": (
        "<p>Vous hésitez encore à parler de manquement\u202f? Vous pouvez d’abord demander "
        "conseil au conseiller en intégrité.</p>"
    ),
    "en": (
        "<p>Not sure yet whether it is a breach? You can first ask the integrity adviser for "
        "advice.</p>"
    ),
    "es": (
        "<p>¿Todavía duda de que se trate de una falta? Puede pedir antes consejo al asesor de "
        "integridad.</p>"
    ),
}


def _report(intro):
    return {code: f"<p>{intro[code]}</p>{NOT_SURE_YET[code]}" for code in intro}


OUTCOMES = [
    {
        "key": "adviser",
        "title": {
            "nl": "Praat met de raadgever integriteit",
            "fr": "Parlez-en au conseiller en intégrité",
            "en": "Talk to the integrity adviser",
            "es": "Hable con el asesor de integridad",
        },
        "text": ADVICE,
        "contacts": ADVISER,
        "code": [],
    },
    {
        "key": "gift",
        "title": {
            "nl": "Vraag raad voor je een geschenk of uitnodiging aanvaardt",
            "fr": "Demandez conseil avant d’accepter un cadeau ou une invitation",
            "en": "Ask for advice before you accept a gift or an invitation",
            "es": "Pida consejo antes de aceptar un regalo o una invitación",
        },
        "text": ADVICE,
        "contacts": ADVISER,
        "code": [("integrity", "4, 5")],
    },
    {
        "key": "interest",
        "title": {
            "nl": "Bespreek het mogelijke belangenconflict",
            "fr": "Parlez du possible conflit d’intérêts",
            "en": "Discuss the possible conflict of interest",
            "es": "Hable del posible conflicto de intereses",
        },
        "text": ADVICE,
        "contacts": ADVISER,
        "code": [("integrity", "1")],
    },
    {
        "key": "report-fraud",
        "title": {
            "nl": "Meld fraude of corruptie via het formele meldkanaal",
            "fr": "Signalez la fraude ou la corruption par le canal de signalement formel",
            "en": "Report fraud or corruption through the formal reporting channel",
            "es": "Informe del fraude o la corrupción por el canal formal de quejas",
        },
        "text": _report(
            {
                "nl": "Vul het klachtenformulier in: zo komt je melding bij de klachtenmanager.",
                "fr": "Remplissez le formulaire de plainte\u202f: votre signalement parvient "
                "ainsi au gestionnaire des plaintes.",
                "en": "Fill in the complaint form: that is how your report reaches the "
                "complaints manager.",
                "es": "Rellene el formulario de quejas: así su queja llega al gestor de quejas.",
            }
        ),
        "contacts": REPORTING,
        "reporting": True,
        "code": [("integrity", "3, 9")],
    },
    {
        "key": "report-abuse",
        "title": {
            "nl": "Meld het via het formele meldkanaal",
            "fr": "Signalez-le par le canal de signalement formel",
            "en": "Report it through the formal reporting channel",
            "es": "Infórmelo por el canal formal de quejas",
        },
        "text": _report(
            {
                "nl": "Seksuele uitbuiting of misbruik, intimidatie, geweld of discriminatie "
                "meld je via het klachtenformulier. Ben je zelf getroffen, zorg dan eerst voor "
                "je veiligheid.",
                "fr": "L’exploitation ou les abus sexuels, le harcèlement, la violence ou la "
                "discrimination se signalent par le formulaire de plainte. Si vous êtes "
                "vous-même touché, veillez d’abord à votre sécurité.",
                "en": "Report sexual exploitation or abuse, harassment, violence or "
                "discrimination through the complaint form. If it happened to you, see to your "
                "safety first.",
                "es": "La explotación o el abuso sexual, el acoso, la violencia o la "
                "discriminación se informan mediante el formulario de quejas. Si le ha ocurrido "
                "a usted, ocúpese primero de su seguridad.",
            }
        ),
        "contacts": REPORTING,
        "reporting": True,
        "code": [("integrity", "6, 7, 8"), ("collegiality", "3")],
    },
    {
        "key": "report",
        "title": {
            "nl": "Meld het via het formele meldkanaal",
            "fr": "Signalez-le par le canal de signalement formel",
            "en": "Report it through the formal reporting channel",
            "es": "Infórmelo por el canal formal de quejas",
        },
        "text": _report(
            {
                "nl": "Een vermoedelijke schending van de ethische code meld je via het "
                "klachtenformulier.",
                "fr": "Un manquement présumé au code d’éthique se signale par le formulaire de "
                "plainte.",
                "en": "Report a suspected breach of the ethics code through the complaint form.",
                "es": "Una presunta infracción del código de ética se informa mediante el "
                "formulario de quejas.",
            }
        ),
        "contacts": REPORTING,
        "reporting": True,
        "code": [("integrity", "9")],
    },
    {
        "key": "hr",
        "title": {
            "nl": "Praat met je programmabeheerder, je diensthoofd of de HR-manager",
            "fr": "Parlez-en à votre responsable de programme, à votre chef de service ou aux RH",
            "en": "Talk to your programme manager, head of department or HR manager",
            "es": "Hable con el responsable del programa, su jefe de departamento o recursos "
            "humanos",
        },
        "text": {
            "nl": "<p>Met een arbeidsgeschil, of met vragen over integriteit rond opleiding, "
            "welzijn, evaluatie, functioneren of loopbaan, kan je terecht bij je "
            "programmabeheerder, je diensthoofd of de HR-manager.</p>",
            "fr": "<p>Pour un conflit de travail, ou pour des questions d’intégrité liées à la "
            "formation, au bien-être, à l’évaluation, au fonctionnement ou à la carrière, "
            "adressez-vous à votre responsable de programme, à votre chef de service ou au "
            "responsable des RH.</p>",
            "en": "<p>With a labour dispute, or with questions of integrity in training, "
            "well-being, evaluation, performance or career, go to your programme manager, your "
            "head of department or the HR manager.</p>",
            "es": "<p>Con un conflicto laboral, o con preguntas de integridad sobre formación, "
            "bienestar, evaluación, desempeño o carrera, acuda al responsable del programa, a "
            "su jefe de departamento o al responsable de recursos humanos.</p>",
        },
        "contacts": ["hr"],
        "code": [],
    },
    {
        "key": "financial",
        "title": {
            "nl": "Vraag het aan de programmabeheerder of de financieel beheerder",
            "fr": "Demandez au responsable de programme ou au responsable financier",
            "en": "Ask the programme manager or the financial manager",
            "es": "Pregunte al responsable del programa o al responsable financiero",
        },
        "text": {
            "nl": "<p>Vragen over financiële integriteit (onkosten, dagvergoedingen, aankopen, "
            "budgetten) gaan naar de programmabeheerder of de financieel beheerder. De "
            "financiële handleiding is beschikbaar in alle partnertalen.</p>",
            "fr": "<p>Les questions d’intégrité financière (frais, per diem, achats, budgets) "
            "vont au responsable de programme ou au responsable financier. Le manuel financier "
            "est disponible dans toutes les langues des partenaires.</p>",
            "en": "<p>Questions of financial integrity (expenses, per diems, procurement, "
            "budgets) go to the programme manager or the financial manager. The financial "
            "handbook is available in every partner language.</p>",
            "es": "<p>Las preguntas de integridad financiera (gastos, viáticos, compras, "
            "presupuestos) van al responsable del programa o al responsable financiero. El "
            "manual financiero está disponible en todos los idiomas de los socios.</p>",
        },
        "contacts": ["financial_manager"],
        "code": [("integrity", "3")],
    },
    {
        "key": "counsellor",
        "title": {
            "nl": "Praat met een vertrouwenspersoon",
            "fr": "Parlez-en à une personne de confiance",
            "en": "Talk to a confidential counsellor",
            "es": "Hable con una persona de confianza",
        },
        "text": {
            "nl": "<p>Voor persoonlijke zaken, die niet per se over een schending van je eigen "
            "integriteit of die van een collega gaan, kunnen medewerkers van de vereniging "
            "terecht bij een van de vijf collega's die als vertrouwenspersoon aangesteld "
            "zijn.</p>",
            "fr": "<p>Pour des questions personnelles, qui ne portent pas forcément sur un "
            "manquement à votre intégrité ou à celle d’un collègue, les membres du personnel de "
            "l’association peuvent s’adresser à l’un des cinq collègues désignés comme "
            "personnes de confiance.</p>",
            "en": "<p>For personal matters, which are not necessarily about a breach of your "
            "own integrity or a colleague's, the association's staff can turn to one of the five "
            "colleagues appointed as confidential counsellors.</p>",
            "es": "<p>Para asuntos personales, que no tienen por qué tratar de una falta a su "
            "propia integridad o a la de un colega, el personal de la asociación puede acudir a "
            "uno de los cinco colegas designados como personas de confianza.</p>",
        },
        "contacts": ["confidential_counsellor"],
        "code": [],
    },
    {
        "key": "personal-partner",
        "title": {
            "nl": "Praat in vertrouwen met de raadgever integriteit",
            "fr": "Parlez-en en confiance au conseiller en intégrité",
            "en": "Talk to the integrity adviser in confidence",
            "es": "Hable en confianza con el asesor de integridad",
        },
        "text": {
            "nl": "<p>De vertrouwenspersonen zijn er voor de medewerkers van de vereniging. Werk "
            "je voor een gemeente of een partnerorganisatie, dan luistert de raadgever "
            "integriteit in vertrouwen naar je en helpt je de juiste persoon in je eigen "
            "organisatie te vinden.</p>",
            "fr": "<p>Les personnes de confiance sont là pour le personnel de l’association. Si "
            "vous travaillez pour une commune ou une organisation partenaire, le conseiller en "
            "intégrité vous écoute en confiance et vous aide à trouver la bonne personne dans "
            "votre propre organisation.</p>",
            "en": "<p>The confidential counsellors are there for the association's staff. If you "
            "work for a municipality or a partner organisation, the integrity adviser listens "
            "to you in confidence and helps you find the right person in your own "
            "organisation.</p>",
            "es": "<p>Las personas de confianza están para el personal de la asociación. Si "
            "trabaja para un municipio o una organización socia, el asesor de integridad le "
            "escucha en confianza y le ayuda a encontrar a la persona adecuada en su propia "
            "organización.</p>",
        },
        "contacts": ADVISER,
        "code": [],
    },
]


def _answer(slugs, label, outcome):
    languages = ("nl", "fr", "en", "es")
    return {"slug": dict(zip(languages, slugs, strict=True)), "label": label, "outcome": outcome}


ANSWERS = [
    {
        "slug": {"nl": "niet-zeker", "fr": "pas-sur", "en": "not-sure", "es": "no-estoy-seguro"},
        "label": {
            "nl": "Ik weet niet goed wat de juiste keuze is",
            "fr": "Je ne sais pas bien ce qu’il faut faire",
            "en": "I am not sure what the right thing to do is",
            "es": "No estoy seguro de qué es lo correcto",
        },
        "question": {
            "nl": "Waarover gaat het?",
            "fr": "De quoi s’agit-il\u202f?",
            "en": "What is it about?",
            "es": "¿De qué se trata?",
        },
        "answers": [
            _answer(
                ("geschenk", "cadeau", "gift", "regalo"),
                {
                    "nl": "Een geschenk, een uitnodiging of gastvrijheid",
                    "fr": "Un cadeau, une invitation ou de l’hospitalité",
                    "en": "A gift, an invitation or hospitality",
                    "es": "Un regalo, una invitación o una atención",
                },
                "gift",
            ),
            _answer(
                ("belang", "interet", "interest", "interes"),
                {
                    "nl": "Een persoonlijk belang: familie, een vriend, een nevenactiviteit",
                    "fr": "Un intérêt personnel\u202f: un proche, un ami, une activité "
                    "complémentaire",
                    "en": "A personal interest: a relative, a friend, a side job",
                    "es": "Un interés personal: un familiar, un amigo, otra actividad",
                },
                "interest",
            ),
            _answer(
                ("iets-anders", "autre-chose", "something-else", "otra-cosa"),
                {
                    "nl": "Een andere situatie waarin waarden botsen",
                    "fr": "Une autre situation où des valeurs s’opposent",
                    "en": "Another situation where values pull apart",
                    "es": "Otra situación en la que los valores chocan",
                },
                "adviser",
            ),
        ],
    },
    {
        "slug": {"nl": "schending", "fr": "manquement", "en": "breach", "es": "infraccion"},
        "label": {
            "nl": "Ik denk dat iemand de ethische code schendt",
            "fr": "Je pense que quelqu’un enfreint le code d’éthique",
            "en": "I think someone broke the ethics code",
            "es": "Creo que alguien ha infringido el código de ética",
        },
        "question": {
            "nl": "Wat heb je gezien of gehoord?",
            "fr": "Qu’avez-vous vu ou entendu\u202f?",
            "en": "What did you see or hear?",
            "es": "¿Qué ha visto u oído?",
        },
        "answers": [
            _answer(
                ("fraude", "fraude", "fraud", "fraude"),
                {
                    "nl": "Fraude, corruptie of misbruik van geld",
                    "fr": "Une fraude, de la corruption ou un mauvais usage de l’argent",
                    "en": "Fraud, corruption or misuse of money",
                    "es": "Fraude, corrupción o mal uso del dinero",
                },
                "report-fraud",
            ),
            _answer(
                ("misbruik", "abus", "abuse", "abuso"),
                {
                    "nl": "Seksuele uitbuiting of misbruik, intimidatie, geweld of discriminatie",
                    "fr": "Exploitation ou abus sexuels, harcèlement, violence ou discrimination",
                    "en": "Sexual exploitation or abuse, harassment, violence or discrimination",
                    "es": "Explotación o abuso sexual, acoso, violencia o discriminación",
                },
                "report-abuse",
            ),
            _answer(
                ("andere-schending", "autre-manquement", "other-breach", "otra-infraccion"),
                {
                    "nl": "Een andere schending van de code",
                    "fr": "Un autre manquement au code",
                    "en": "Another breach of the code",
                    "es": "Otra infracción del código",
                },
                "report",
            ),
        ],
    },
    {
        "slug": {"nl": "werk", "fr": "travail", "en": "work", "es": "trabajo"},
        "label": {
            "nl": "Een vraag over mijn werk of over geld in een project",
            "fr": "Une question sur mon travail ou sur l’argent d’un projet",
            "en": "A question about my job or about money in a project",
            "es": "Una pregunta sobre mi trabajo o sobre el dinero de un proyecto",
        },
        "question": {
            "nl": "Wat voor vraag?",
            "fr": "Quel type de question\u202f?",
            "en": "Which kind of question?",
            "es": "¿Qué tipo de pregunta?",
        },
        "answers": [
            _answer(
                ("personeel", "personnel", "staff", "personal"),
                {
                    "nl": "Een arbeidsgeschil, of opleiding, welzijn, evaluatie, functioneren of "
                    "loopbaan",
                    "fr": "Un conflit de travail, ou la formation, le bien-être, l’évaluation, le "
                    "fonctionnement ou la carrière",
                    "en": "A labour dispute, or training, well-being, evaluation, performance or "
                    "career",
                    "es": "Un conflicto laboral, o formación, bienestar, evaluación, desempeño o "
                    "carrera",
                },
                "hr",
            ),
            _answer(
                ("geld", "argent", "money", "dinero"),
                {
                    "nl": "Onkosten, dagvergoedingen, aankopen of budgetten",
                    "fr": "Des frais, des per diem, des achats ou des budgets",
                    "en": "Expenses, per diems, procurement or budgets",
                    "es": "Gastos, viáticos, compras o presupuestos",
                },
                "financial",
            ),
        ],
    },
    {
        "slug": {"nl": "persoonlijk", "fr": "personnel", "en": "personal", "es": "personal"},
        "label": {
            "nl": "Iets persoonlijks dat me bezighoudt",
            "fr": "Quelque chose de personnel qui me pèse",
            "en": "Something personal that weighs on me",
            "es": "Algo personal que me preocupa",
        },
        "question": {
            "nl": "Werk je in het internationale team van de vereniging?",
            "fr": "Travaillez-vous dans l’équipe internationale de l’association\u202f?",
            "en": "Do you work in the association's international team?",
            "es": "¿Trabaja en el equipo internacional de la asociación?",
        },
        "answers": [
            _answer(
                ("team", "equipe", "team", "equipo"),
                {
                    "nl": "Ja, ik werk in het team",
                    "fr": "Oui, je travaille dans l’équipe",
                    "en": "Yes, I work in the team",
                    "es": "Sí, trabajo en el equipo",
                },
                "counsellor",
            ),
            _answer(
                ("partner", "partenaire", "partner", "socio"),
                {
                    "nl": "Nee, ik werk voor een gemeente of een partnerorganisatie",
                    "fr": "Non, je travaille pour une commune ou une organisation partenaire",
                    "en": "No, I work for a municipality or a partner organisation",
                    "es": "No, trabajo para un municipio o una organización socia",
                },
                "personal-partner",
            ),
        ],
    },
]
