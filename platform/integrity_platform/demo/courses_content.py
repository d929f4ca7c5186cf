"""Demo e-learning content: two onboarding courses, in nl (source), fr, en and es.

COURSES holds the course "ethics-code" (the five values of the ethics code in practice;
completing it leads to the ethics-code acknowledgement) and the course "integrity-policy"
(roles, advice and reporting). Every translatable text is a dict {"nl", "fr", "en", "es"}.
Lessons hold (block_type, value) tuples: "text" (simple HTML), "code_rule", "quote",
"single_choice", "multiple_choice", "true_false" and "reflection" (open, not graded).
Roles are named, never real people or the real association.
"""

COURSES = [
    {
        "key": "ethics-code",
        "title": {
            "nl": "Onze ethische code: de vijf waarden in de praktijk",
            "fr": "Notre code d'éthique\u202f: les cinq valeurs au quotidien",
            "en": "Our ethics code: the five values in practice",
            "es": "Nuestro código de ética: los cinco valores en la práctica",
        },
        "slug": {
            "nl": "onze-ethische-code",
            "fr": "notre-code-d-ethique",
            "en": "our-ethics-code",
            "es": "nuestro-codigo-de-etica",
        },
        "intro": {
            "nl": (
                "In deze module maak je kennis met de ethische code van het internationale team "
                "van de vereniging. Per waarde zie je wat de code concreet van je vraagt, en je "
                "toetst je inzicht aan situaties uit het werk met stedenbanden en "
                "partnergemeenten. Rond je de module af, dan kan je de code ondertekenen of er "
                "kennis van nemen, afhankelijk van je rol."
            ),
            "fr": (
                "Ce module vous présente le code d'éthique de l'équipe internationale de "
                "l'association. Pour chaque valeur, vous découvrez ce que le code attend "
                "concrètement de vous et vous vous exercez sur des situations tirées des jumelages "
                "et du travail avec les communes partenaires. Une fois le module terminé, vous "
                "pourrez signer le code ou en prendre connaissance, selon votre rôle."
            ),
            "en": (
                "This module introduces the ethics code of the association's international team. "
                "For each value you see what the code concretely asks of you, and you test your "
                "understanding against situations from twinning links and work with partner "
                "municipalities. Once you finish, you can sign the code or acknowledge it as read, "
                "depending on your role."
            ),
            "es": (
                "Este módulo le presenta el código de ética del equipo internacional de la "
                "asociación. Para cada valor verá qué le pide concretamente el código y pondrá a "
                "prueba lo aprendido con situaciones tomadas de los hermanamientos y del trabajo "
                "con los municipios socios. Al terminar, podrá firmar el código o tomar "
                "conocimiento de él, según su rol."
            ),
        },
        "objectives": [
            {
                "nl": (
                    "Je kan uitleggen waarom het team een ethische code heeft en wie hem voor "
                    "akkoord ondertekent of er enkel kennis van neemt."
                ),
                "fr": (
                    "Expliquer pourquoi l'équipe s'est dotée d'un code d'éthique, et qui le signe "
                    "pour accord ou en prend seulement connaissance."
                ),
                "en": (
                    "Explain why the team has an ethics code, and who signs it for agreement or "
                    "only acknowledges it as read."
                ),
                "es": (
                    "Explicar por qué el equipo tiene un código de ética y quién lo firma en señal "
                    "de conformidad o solo toma conocimiento de él."
                ),
            },
            {
                "nl": (
                    "Je kan de vijf waarden van de code opnoemen en bij elke waarde een concrete "
                    "gedragsregel geven."
                ),
                "fr": (
                    "Citer les cinq valeurs du code et donner pour chacune une règle de conduite "
                    "concrète."
                ),
                "en": (
                    "Name the five values of the code and give a concrete behaviour rule for each."
                ),
                "es": (
                    "Nombrar los cinco valores del código y dar una regla de conducta concreta "
                    "para cada uno."
                ),
            },
            {
                "nl": (
                    "Je weet wanneer je een kleine attentie of een betaalde uitnodiging mag "
                    "aannemen, en wie je op de hoogte brengt van een geschenk."
                ),
                "fr": (
                    "Reconnaître dans quels cas un petit présent ou une invitation payée peut être "
                    "accepté, et qui informer d'un cadeau reçu."
                ),
                "en": (
                    "Recognise when a small gift or a paid invitation may be accepted, and whom to "
                    "tell about a gift."
                ),
                "es": (
                    "Reconocer cuándo se puede aceptar un pequeño obsequio o una invitación "
                    "pagada, y a quién informar de un obsequio recibido."
                ),
            },
            {
                "nl": (
                    "Je weet hoe je handelt bij een belangenconflict of bij misbruik waarvan je "
                    "getuige bent, en bij wie je met twijfels terechtkan."
                ),
                "fr": (
                    "Réagir correctement face à un conflit d'intérêts ou à un abus dont vous êtes "
                    "témoin, et savoir à qui vous adresser en cas de doute."
                ),
                "en": (
                    "Respond appropriately to a conflict of interest or to abuse you witness, and "
                    "know where to turn when in doubt."
                ),
                "es": (
                    "Actuar correctamente ante un conflicto de intereses o un abuso que presencie, "
                    "y saber a quién acudir cuando tenga dudas."
                ),
            },
        ],
        "minutes": 35,
        "pass_mark": 80,
        "leads_to_acknowledgement": True,
        "lessons": [
            {
                "title": {
                    "nl": "Waarom een ethische code?",
                    "fr": "Pourquoi un code d'éthique\u202f?",
                    "en": "Why an ethics code?",
                    "es": "¿Por qué un código de ética?",
                },
                "slug": {
                    "nl": "waarom-een-code",
                    "fr": "pourquoi-un-code",
                    "en": "why-a-code",
                    "es": "por-que-un-codigo",
                },
                "blocks": [
                    (
                        "text",
                        {
                            "nl": (
                                "<p>Het internationale team van de vereniging werkt met publiek "
                                "geld en met partners in het Globale Zuiden, vaak in kwetsbare "
                                "situaties. Wie in naam van het team handelt, draagt mee de goede "
                                "naam en de betrouwbaarheid ervan. Daarom beschrijft de ethische "
                                "code welk gedrag we van elkaar verwachten, waar ter wereld je ook "
                                "aan de slag bent.</p><p>De code is geen volledig reglement: hij "
                                "herinnert je aan de belangrijkste normen, zodat je ook in "
                                "onverwachte situaties de juiste keuze kan maken. Hij steunt op "
                                "vijf waarden: <strong>collegialiteit</strong>, "
                                "<strong>dienstbaarheid</strong>, <strong>integriteit</strong>, "
                                "<strong>duurzaamheid</strong> en "
                                "<strong>professionalisme</strong>. Zo wil het team een ethische "
                                "cultuur bevorderen, bij zichzelf en bij zijn partners, en "
                                "wangedrag voorkomen.</p>"
                            ),
                            "fr": (
                                "<p>L'équipe internationale de l'association travaille avec de "
                                "l'argent public et avec des partenaires du Sud global, souvent "
                                "dans des contextes fragiles. Toute personne qui agit au nom de "
                                "l'équipe contribue à sa réputation et à sa crédibilité. C'est "
                                "pourquoi le code d'éthique décrit le comportement que nous "
                                "attendons les uns des autres, où que vous travailliez dans le "
                                "monde.</p><p>Le code n'est pas un règlement exhaustif\u202f: il "
                                "rappelle les normes essentielles pour vous aider à faire le bon "
                                "choix, y compris dans des situations imprévues. Il repose sur "
                                "cinq valeurs\u202f: <strong>collégialité</strong>, <strong>sens "
                                "du service</strong>, <strong>intégrité</strong>, "
                                "<strong>durabilité</strong> et "
                                "<strong>professionnalisme</strong>. L'objectif est de promouvoir "
                                "une culture éthique, au sein de l'équipe comme chez ses "
                                "partenaires, et de prévenir les comportements inappropriés.</p>"
                            ),
                            "en": (
                                "<p>The association's international team works with public money "
                                "and with partners in the Global South, often in fragile "
                                "situations. Everyone who acts on the team's behalf helps carry "
                                "its good name and credibility. That is why the ethics code sets "
                                "out the behaviour we expect from one another, wherever in the "
                                "world you are working.</p><p>The code is not an exhaustive "
                                "rulebook: it reminds you of the key standards so that you can "
                                "make the right choice, even in situations nobody foresaw. It "
                                "rests on five values: <strong>collegiality</strong>, "
                                "<strong>service</strong>, <strong>integrity</strong>, "
                                "<strong>sustainability</strong> and "
                                "<strong>professionalism</strong>. The aim is to foster an ethical "
                                "culture, within the team and among its partners, and to prevent "
                                "misconduct.</p>"
                            ),
                            "es": (
                                "<p>El equipo internacional de la asociación trabaja con fondos "
                                "públicos y con socios del Sur Global, muchas veces en contextos "
                                "de vulnerabilidad. Toda persona que actúa en nombre del equipo "
                                "contribuye a su buena reputación y a su credibilidad. Por eso, el "
                                "código de ética describe la conducta que esperamos unos de otros, "
                                "en cualquier lugar del mundo donde usted trabaje.</p><p>El código "
                                "no es un reglamento exhaustivo: le recuerda las normas esenciales "
                                "para que pueda tomar la decisión correcta, incluso en situaciones "
                                "imprevistas. Se basa en cinco valores: "
                                "<strong>colegialidad</strong>, <strong>vocación de "
                                "servicio</strong>, <strong>integridad</strong>, "
                                "<strong>sostenibilidad</strong> y "
                                "<strong>profesionalismo</strong>. Su objetivo es promover una "
                                "cultura ética, dentro del equipo y entre sus socios, y prevenir "
                                "las conductas indebidas.</p>"
                            ),
                        },
                    ),
                    (
                        "text",
                        {
                            "nl": (
                                "<p>Niet iedereen bevestigt de code op dezelfde "
                                "manier.</p><ul><li><strong>Voor akkoord ondertekenen</strong>: "
                                "alle leden van het internationale team en alle gemeentelijke "
                                "ambtenaren die meewerken aan de uitvoering van de projecten en "
                                "programma's van het team. Met je handtekening engageer je je om "
                                "de code na te leven.</li><li><strong>Ter kennisname</strong>: wie "
                                "als delegatielid meegaat op een internationaal werkbezoek, en elk "
                                "bestuur of elke organisatie waarmee het team een "
                                "partnerschapsovereenkomst sluit. Zij bevestigen dat ze de code "
                                "ontvangen en gelezen hebben.</li></ul><p>Voor elke partner en "
                                "betrokkene is de code bovendien een leidraad. Hij bestaat in het "
                                "Nederlands, Frans, Engels en Spaans en wordt overlopen wanneer "
                                "nieuwe collega's of nieuwe gemeentelijke ambtenaren starten, "
                                "zowel in Vlaanderen als in de partnerlanden.</p>"
                            ),
                            "fr": (
                                "<p>Tout le monde ne valide pas le code de la même "
                                "manière.</p><ul><li><strong>Signature pour accord</strong>\u202f: "
                                "tous les membres de l'équipe internationale et tous les agents "
                                "communaux qui participent à la mise en œuvre des projets et "
                                "programmes de l'équipe. Par votre signature, vous vous engagez à "
                                "respecter le code.</li><li><strong>Prise de "
                                "connaissance</strong>\u202f: les membres des délégations qui "
                                "participent à une visite de travail internationale, ainsi que "
                                "chaque administration ou organisation avec laquelle l'équipe "
                                "conclut une convention de partenariat. Ils confirment avoir reçu "
                                "et lu le code.</li></ul><p>Pour tous les partenaires et parties "
                                "prenantes, le code sert en outre de référence. Il existe en "
                                "néerlandais, en français, en anglais et en espagnol, et il est "
                                "présenté lors de l'accueil des nouveaux collègues et des nouveaux "
                                "agents communaux, en Flandre comme dans les pays partenaires.</p>"
                            ),
                            "en": (
                                "<p>Not everyone acknowledges the code in the same "
                                "way.</p><ul><li><strong>Signing for agreement</strong>: every "
                                "member of the international team and every municipal official "
                                "involved in carrying out the team's projects and programmes. With "
                                "your signature you commit to following the "
                                "code.</li><li><strong>For information</strong>: delegation "
                                "members on an international work visit, and every local "
                                "government or organisation the team concludes a partnership "
                                "agreement with. They confirm that they have received and read the "
                                "code.</li></ul><p>For all partners and stakeholders, the code "
                                "also serves as a guide. It exists in Dutch, French, English and "
                                "Spanish, and it is covered during the onboarding of new "
                                "colleagues and new municipal officials, both in Flanders and in "
                                "the partner countries.</p>"
                            ),
                            "es": (
                                "<p>No todas las personas validan el código de la misma "
                                "manera.</p><ul><li><strong>Firma en señal de "
                                "conformidad</strong>: todos los miembros del equipo internacional "
                                "y todos los funcionarios municipales que participan en la "
                                "ejecución de los proyectos y programas del equipo. Con su firma, "
                                "usted se compromete a cumplir el código.</li><li><strong>Toma de "
                                "conocimiento</strong>: quienes integran una delegación en una "
                                "visita de trabajo internacional y cada gobierno local u "
                                "organización con la que el equipo firma un convenio de "
                                "asociación. Confirman que recibieron y leyeron el "
                                "código.</li></ul><p>Además, el código sirve de guía para todos "
                                "los socios y partes interesadas. Está disponible en neerlandés, "
                                "francés, inglés y español, y se presenta durante la incorporación "
                                "de nuevos colegas y nuevos funcionarios municipales, tanto en "
                                "Flandes como en los países socios.</p>"
                            ),
                        },
                    ),
                    (
                        "single_choice",
                        {
                            "question": {
                                "nl": (
                                    "Een gemeenteraadslid reist als delegatielid mee op een "
                                    "werkbezoek aan de partnergemeente. Zelf werkt ze niet mee aan "
                                    "de uitvoering van het programma. Wat wordt er van haar "
                                    "verwacht?"
                                ),
                                "fr": (
                                    "Une conseillère communale participe, en tant que membre de la "
                                    "délégation, à une visite de travail dans la commune "
                                    "partenaire. Elle ne prend pas part à la mise en œuvre du "
                                    "programme. Qu'attend-on d'elle\u202f?"
                                ),
                                "en": (
                                    "A municipal councillor travels as a delegation member on a "
                                    "work visit to the partner municipality. She is not involved "
                                    "in carrying out the programme herself. What is expected of "
                                    "her?"
                                ),
                                "es": (
                                    "Una concejala viaja como integrante de una delegación en una "
                                    "visita de trabajo al municipio socio. Ella no participa en la "
                                    "ejecución del programa. ¿Qué se espera de ella?"
                                ),
                            },
                            "options": [
                                {
                                    "text": {
                                        "nl": (
                                            "Ze ondertekent de code voor akkoord, net als de "
                                            "teamleden."
                                        ),
                                        "fr": (
                                            "Elle signe le code pour accord, comme les membres de "
                                            "l'équipe."
                                        ),
                                        "en": (
                                            "She signs the code for agreement, just like the team "
                                            "members."
                                        ),
                                        "es": (
                                            "Firma el código en señal de conformidad, igual que "
                                            "los miembros del equipo."
                                        ),
                                    },
                                    "correct": False,
                                    "feedback": {
                                        "nl": (
                                            "Niet juist. Voor akkoord ondertekenen doen de "
                                            "teamleden en de gemeentelijke ambtenaren die "
                                            "meewerken aan de uitvoering van de projecten en "
                                            "programma's. Delegatieleden krijgen de code ter "
                                            "kennisname."
                                        ),
                                        "fr": (
                                            "Incorrect. Ce sont les membres de l'équipe et les "
                                            "agents communaux engagés dans la mise en œuvre des "
                                            "projets et programmes qui signent pour accord. Les "
                                            "membres des délégations, eux, en prennent "
                                            "connaissance."
                                        ),
                                        "en": (
                                            "Not correct. Signing for agreement is for team "
                                            "members and for municipal officials involved in "
                                            "carrying out the projects and programmes. Delegation "
                                            "members receive the code for information."
                                        ),
                                        "es": (
                                            "Incorrecto. Firman en señal de conformidad los "
                                            "miembros del equipo y los funcionarios municipales "
                                            "que participan en la ejecución de los proyectos y "
                                            "programas. Quienes integran una delegación reciben el "
                                            "código para tomar conocimiento de él."
                                        ),
                                    },
                                },
                                {
                                    "text": {
                                        "nl": (
                                            "Ze neemt kennis van de code en bevestigt dat ze hem "
                                            "gelezen heeft."
                                        ),
                                        "fr": (
                                            "Elle prend connaissance du code et confirme l'avoir "
                                            "lu."
                                        ),
                                        "en": (
                                            "She takes note of the code and confirms that she has "
                                            "read it."
                                        ),
                                        "es": (
                                            "Toma conocimiento del código y confirma que lo leyó."
                                        ),
                                    },
                                    "correct": True,
                                    "feedback": {
                                        "nl": (
                                            "Juist. Aan delegatieleden op internationaal "
                                            "werkbezoek wordt de code ter kennisname voorgelegd. "
                                            "Ze ondertekenen niet voor akkoord, maar bevestigen "
                                            "dat ze de code ontvangen en gelezen hebben."
                                        ),
                                        "fr": (
                                            "Exact. Le code est présenté à chaque membre d'une "
                                            "délégation en visite de travail internationale pour "
                                            "qu'il en prenne connaissance. Il ne le signe pas pour "
                                            "accord, mais confirme l'avoir reçu et lu."
                                        ),
                                        "en": (
                                            "Correct. The code is given to delegation members on "
                                            "international work visits for information. They do "
                                            "not sign it for agreement, but confirm that they have "
                                            "received and read it."
                                        ),
                                        "es": (
                                            "Correcto. A quienes integran una delegación en una "
                                            "visita de trabajo internacional se les presenta el "
                                            "código para que tomen conocimiento de él. No lo "
                                            "firman en señal de conformidad, pero confirman que lo "
                                            "recibieron y leyeron."
                                        ),
                                    },
                                },
                                {
                                    "text": {
                                        "nl": (
                                            "Niets: de code geldt alleen voor het team van de "
                                            "vereniging."
                                        ),
                                        "fr": (
                                            "Rien\u202f: le code ne concerne que l'équipe de "
                                            "l'association."
                                        ),
                                        "en": (
                                            "Nothing: the code only applies to the association's "
                                            "team."
                                        ),
                                        "es": (
                                            "Nada: el código solo se aplica al equipo de la "
                                            "asociación."
                                        ),
                                    },
                                    "correct": False,
                                    "feedback": {
                                        "nl": (
                                            "Niet juist. Ook wie mee op werkbezoek gaat, "
                                            "vertegenwoordigt de samenwerking. Daarom krijgt elk "
                                            "delegatielid de code ter kennisname."
                                        ),
                                        "fr": (
                                            "Incorrect. Les membres d'une délégation représentent "
                                            "eux aussi la coopération. C'est pourquoi le code est "
                                            "présenté à chacun d'eux pour qu'il en prenne "
                                            "connaissance."
                                        ),
                                        "en": (
                                            "Not correct. Delegation members also represent the "
                                            "cooperation. That is why every delegation member "
                                            "receives the code for information."
                                        ),
                                        "es": (
                                            "Incorrecto. Quienes viajan en una delegación también "
                                            "representan la cooperación. Por eso, cada integrante "
                                            "recibe el código para tomar conocimiento de él."
                                        ),
                                    },
                                },
                            ],
                        },
                    ),
                    (
                        "text",
                        {
                            "nl": (
                                "<p>Twijfel je of iets door de beugel kan? Daar sta je niet alleen "
                                "voor.</p><ul><li>Met <strong>vragen en twijfels</strong> kan je "
                                "in vertrouwen terecht bij de <strong>raadgever "
                                "integriteit</strong>, ook als je (nog) geen klacht wilt "
                                "indienen.</li><li>Denk je dat de code niet werd nageleefd bij een "
                                "activiteit waarbij het team betrokken is, dan meld je dat via het "
                                "online klachtenformulier aan de <strong>klachtenmanager</strong>. "
                                "Die behandelt elke melding vertrouwelijk en reageert binnen twee "
                                "weken.</li></ul><p>In de module over het integriteitsbeleid lees "
                                "je meer over wie wat doet.</p>"
                            ),
                            "fr": (
                                "<p>Vous vous demandez si un comportement est acceptable\u202f? "
                                "Vous n'êtes pas seul face à cette question.</p><ul><li>Pour toute "
                                "<strong>question ou hésitation</strong>, vous pouvez vous "
                                "adresser en toute confiance au <strong>conseiller en "
                                "intégrité</strong>, même si vous ne souhaitez pas (encore) "
                                "déposer de plainte.</li><li>Si vous pensez que le code n'a pas "
                                "été respecté dans une activité à laquelle l'équipe est associée, "
                                "signalez-le au <strong>gestionnaire des plaintes</strong> au "
                                "moyen du formulaire de plainte en ligne. Chaque signalement est "
                                "traité de manière confidentielle et reçoit une réponse dans les "
                                "deux semaines.</li></ul><p>Le module consacré à la politique "
                                "d'intégrité explique plus en détail qui fait quoi.</p>"
                            ),
                            "en": (
                                "<p>Not sure whether something is acceptable? You don't have to "
                                "work it out alone.</p><ul><li>With <strong>questions and "
                                "doubts</strong> you can go, in confidence, to the "
                                "<strong>integrity adviser</strong>, even if you do not (yet) want "
                                "to make a complaint.</li><li>If you believe the code was not "
                                "followed in an activity the team is involved in, report it to the "
                                "<strong>complaints manager</strong> through the online complaint "
                                "form. Every report is handled confidentially and gets a response "
                                "within two weeks.</li></ul><p>The module on the integrity policy "
                                "explains in more detail who does what.</p>"
                            ),
                            "es": (
                                "<p>¿Tiene dudas sobre si algo es aceptable? No tiene por qué "
                                "resolverlo sin ayuda.</p><ul><li>Con sus <strong>preguntas y "
                                "dudas</strong> puede acudir, de forma confidencial, al "
                                "<strong>asesor de integridad</strong>, aunque (todavía) no quiera "
                                "presentar una queja.</li><li>Si cree que no se respetó el código "
                                "en una actividad en la que participa el equipo, repórtelo al "
                                "<strong>gestor de quejas</strong> mediante el formulario de "
                                "quejas en línea. Cada reporte se trata de forma confidencial y "
                                "recibe respuesta en un plazo de dos semanas.</li></ul><p>El "
                                "módulo sobre la política de integridad explica con más detalle "
                                "quién hace qué.</p>"
                            ),
                        },
                    ),
                    (
                        "true_false",
                        {
                            "statement": {
                                "nl": (
                                    "Voordat je de raadgever integriteit om advies kan vragen, "
                                    "moet je eerst een formele klacht indienen."
                                ),
                                "fr": (
                                    "Avant de pouvoir demander conseil au conseiller en intégrité, "
                                    "vous devez d'abord déposer une plainte formelle."
                                ),
                                "en": (
                                    "Before you can ask the integrity adviser for advice, you must "
                                    "first make a formal complaint."
                                ),
                                "es": (
                                    "Antes de pedir asesoría al asesor de integridad, usted debe "
                                    "presentar una queja formal."
                                ),
                            },
                            "answer": False,
                            "feedback_true": {
                                "nl": (
                                    "Niet juist. Je kan net bij de raadgever integriteit terecht "
                                    "als je (nog) geen formele klacht wilt indienen. Samen kan je "
                                    "daarna bekijken of een klacht nodig is."
                                ),
                                "fr": (
                                    "Incorrect. Le conseiller en intégrité est justement là si "
                                    "vous ne souhaitez pas (encore) déposer de plainte formelle. "
                                    "Vous pourrez ensuite examiner ensemble si une plainte "
                                    "s'impose."
                                ),
                                "en": (
                                    "Not correct. The integrity adviser is there precisely for "
                                    "when you do not (yet) want to make a formal complaint. "
                                    "Together you can then consider whether a complaint is needed."
                                ),
                                "es": (
                                    "Incorrecto. El asesor de integridad está precisamente para "
                                    "cuando usted (todavía) no quiere presentar una queja formal. "
                                    "Luego pueden evaluar juntos si hace falta una queja."
                                ),
                            },
                            "feedback_false": {
                                "nl": (
                                    "Juist. Voor vragen en twijfels kan je bij de raadgever "
                                    "integriteit terecht, los van een klacht. Een formele klacht "
                                    "is een aparte stap, via het klachtenformulier bij de "
                                    "klachtenmanager."
                                ),
                                "fr": (
                                    "Exact. Vous pouvez consulter le conseiller en intégrité pour "
                                    "toute question ou hésitation, indépendamment d'une plainte. "
                                    "La plainte formelle est une démarche distincte, qui passe par "
                                    "le formulaire adressé au gestionnaire des plaintes."
                                ),
                                "en": (
                                    "Correct. You can take questions and doubts to the integrity "
                                    "adviser, separately from any complaint. A formal complaint is "
                                    "a separate step, made through the complaint form to the "
                                    "complaints manager."
                                ),
                                "es": (
                                    "Correcto. Puede plantear sus preguntas y dudas al asesor de "
                                    "integridad sin necesidad de una queja. La queja formal es un "
                                    "paso aparte, que se hace mediante el formulario dirigido al "
                                    "gestor de quejas."
                                ),
                            },
                        },
                    ),
                ],
            },
            {
                "title": {
                    "nl": "Collegialiteit: samen één ploeg",
                    "fr": "Collégialité\u202f: une seule équipe",
                    "en": "Collegiality: one team",
                    "es": "Colegialidad: un solo equipo",
                },
                "slug": {
                    "nl": "collegialiteit",
                    "fr": "collegialite",
                    "en": "collegiality",
                    "es": "colegialidad",
                },
                "blocks": [
                    (
                        "text",
                        {
                            "nl": (
                                "<p>Collegialiteit gaat over hoe we samenwerken: als één ploeg, "
                                "met respect, aandacht voor elkaar en de bereidheid om te helpen. "
                                "In een team dat met partners uit heel verschillende culturen "
                                "werkt, vraagt dat ook oog voor ieders gewoonten, tradities en "
                                "overtuigingen.</p><p>Concreet betekent dat onder "
                                "meer:</p><ul><li>je waardeert verschillen en behandelt iedereen "
                                "gelijk;</li><li>je discrimineert of kwetst nooit iemand, niet in "
                                "het echt en niet online, om afkomst of huidskleur, gender of "
                                "seksuele oriëntatie, leeftijd, geloof, politieke overtuiging of "
                                "een beperking;</li><li>je geeft opbouwende feedback, op een "
                                "redelijke en tactvolle manier;</li><li>je luistert naar je "
                                "collega's en draagt bij aan een stimulerende, aangename "
                                "werksfeer.</li></ul>"
                            ),
                            "fr": (
                                "<p>La collégialité concerne la manière dont nous travaillons "
                                "ensemble\u202f: comme une seule équipe, avec respect, attention "
                                "mutuelle et envie de nous entraider. Dans une équipe qui "
                                "collabore avec des partenaires de cultures très diverses, cela "
                                "demande aussi d'être attentif aux coutumes, aux traditions et aux "
                                "convictions de chacun.</p><p>Concrètement, cela signifie "
                                "notamment que\u202f:</p><ul><li>vous appréciez les différences et "
                                "traitez chaque personne sur un pied d'égalité\u202f;</li><li>vous "
                                "n'avez jamais de propos ou de gestes discriminatoires ou "
                                "blessants, ni en personne ni en ligne, en raison de la couleur de "
                                "peau, de l'origine, du genre, de l'orientation sexuelle, de "
                                "l'âge, de la religion, des convictions politiques ou d'un "
                                "handicap\u202f;</li><li>vous formulez vos retours de manière "
                                "constructive, posée et avec tact\u202f;</li><li>vous êtes à "
                                "l'écoute de vos collègues et contribuez à une ambiance de travail "
                                "stimulante et agréable.</li></ul>"
                            ),
                            "en": (
                                "<p>Collegiality is about how we work together: as one team, with "
                                "respect, attention for each other and a willingness to help. In a "
                                "team that works with partners from very different cultures, it "
                                "also means being mindful of other people's customs, traditions "
                                "and beliefs.</p><p>In practice this means, among other things, "
                                "that:</p><ul><li>you value differences and treat everyone as "
                                "equals;</li><li>you never discriminate against or insult anyone, "
                                "in person or online, because of skin colour, origin, gender, "
                                "sexual orientation, age, religion, political belief or "
                                "disability;</li><li>you give constructive feedback, calmly and "
                                "tactfully;</li><li>you listen to your colleagues and help create "
                                "a stimulating, pleasant place to work.</li></ul>"
                            ),
                            "es": (
                                "<p>La colegialidad tiene que ver con cómo trabajamos juntos: como "
                                "un solo equipo, con respeto, atención mutua y disposición a "
                                "ayudarnos. En un equipo que colabora con socios de culturas muy "
                                "distintas, también implica tener en cuenta las costumbres, "
                                "tradiciones y creencias de cada persona.</p><p>En concreto, "
                                "significa, entre otras cosas, que:</p><ul><li>usted valora las "
                                "diferencias y trata a todas las personas por igual;</li><li>nunca "
                                "discrimina ni ofende a nadie, ni en persona ni en línea, por su "
                                "color de piel, origen, género, orientación sexual, edad, "
                                "religión, convicciones políticas o discapacidad;</li><li>da "
                                "retroalimentación constructiva, con serenidad y "
                                "tacto;</li><li>escucha a sus colegas y contribuye a un ambiente "
                                "de trabajo estimulante y agradable.</li></ul>"
                            ),
                        },
                    ),
                    (
                        "code_rule",
                        {
                            "value": {
                                "nl": "Collegialiteit",
                                "fr": "Collégialité",
                                "en": "Collegiality",
                                "es": "Colegialidad",
                            },
                            "rule": {
                                "nl": (
                                    "Schuurt het met iemand, dan praat je eerst rechtstreeks met "
                                    "die persoon, voordat je anderen erbij betrekt."
                                ),
                                "fr": (
                                    "En cas de tension ou de conflit avec quelqu'un, vous en "
                                    "parlez d'abord directement avec cette personne, avant "
                                    "d'impliquer des tiers."
                                ),
                                "en": (
                                    "When there is friction or conflict with someone, you first "
                                    "talk to that person directly, before involving others."
                                ),
                                "es": (
                                    "Si surge un roce o un conflicto con alguien, primero lo habla "
                                    "directamente con esa persona, antes de involucrar a terceros."
                                ),
                            },
                        },
                    ),
                    (
                        "quote",
                        {
                            "quote": {
                                "nl": (
                                    "Ik ergerde me al weken aan de manier waarop een collega onze "
                                    "gezamenlijke verslagen afwerkte. Toen ik het haar eindelijk "
                                    "zelf zei, bleek ze niet te weten dat ik op haar stukken "
                                    "wachtte. Eén gesprek van tien minuten loste op wat al weken "
                                    "aansleepte."
                                ),
                                "fr": (
                                    "Depuis des semaines, la façon dont une collègue bouclait nos "
                                    "rapports communs m'agaçait. Quand je lui en ai enfin parlé "
                                    "directement, j'ai découvert qu'elle ignorait que j'attendais "
                                    "ses parties. Dix minutes de discussion ont réglé ce qui "
                                    "traînait depuis des semaines."
                                ),
                                "en": (
                                    "For weeks I was annoyed by the way a colleague finished our "
                                    "joint reports. When I finally told her directly, it turned "
                                    "out she had no idea I was waiting for her sections. A "
                                    "ten-minute conversation solved what had been dragging on for "
                                    "weeks."
                                ),
                                "es": (
                                    "Durante semanas me molestó cómo una colega terminaba nuestros "
                                    "informes conjuntos. Cuando por fin se lo dije directamente, "
                                    "resultó que no sabía que yo estaba esperando sus partes. Una "
                                    "conversación de diez minutos resolvió lo que llevaba semanas "
                                    "sin resolverse."
                                ),
                            },
                            "attribution": {
                                "nl": "een medewerker van het internationale team",
                                "fr": "un membre de l'équipe internationale",
                                "en": "a member of the international team",
                                "es": "un integrante del equipo internacional",
                            },
                        },
                    ),
                    (
                        "single_choice",
                        {
                            "question": {
                                "nl": (
                                    "Een collega laat al een paar keer taken liggen die jullie "
                                    "samen moeten afwerken, en dat begint je te ergeren. Wat is "
                                    "volgens de code je eerste stap?"
                                ),
                                "fr": (
                                    "Un collègue a déjà laissé traîner à plusieurs reprises des "
                                    "tâches que vous devez terminer ensemble, et cela commence à "
                                    "vous agacer. Selon le code, quelle est votre première "
                                    "démarche\u202f?"
                                ),
                                "en": (
                                    "A colleague has several times left undone tasks that the two "
                                    "of you have to finish together, and it is starting to annoy "
                                    "you. According to the code, what is your first step?"
                                ),
                                "es": (
                                    "Un colega ya dejó varias veces sin hacer tareas que ustedes "
                                    "deben terminar juntos, y eso empieza a molestarle. Según el "
                                    "código, ¿cuál es su primer paso?"
                                ),
                            },
                            "options": [
                                {
                                    "text": {
                                        "nl": (
                                            "Je meldt het via het klachtenformulier aan de "
                                            "klachtenmanager."
                                        ),
                                        "fr": (
                                            "Vous le signalez au gestionnaire des plaintes au "
                                            "moyen du formulaire de plainte."
                                        ),
                                        "en": (
                                            "You report it to the complaints manager through the "
                                            "complaint form."
                                        ),
                                        "es": (
                                            "Lo reporta al gestor de quejas mediante el formulario "
                                            "de quejas."
                                        ),
                                    },
                                    "correct": False,
                                    "feedback": {
                                        "nl": (
                                            "Niet juist. Het klachtenformulier is bedoeld voor "
                                            "vermoedelijke schendingen van de code. Bij wrevel "
                                            "tussen collega's vraagt de code dat je eerst zelf het "
                                            "gesprek aangaat."
                                        ),
                                        "fr": (
                                            "Incorrect. Le formulaire de plainte sert à signaler "
                                            "des manquements présumés au code. En cas de friction "
                                            "entre collègues, le code vous demande d'abord d'en "
                                            "parler vous-même avec la personne."
                                        ),
                                        "en": (
                                            "Not correct. The complaint form is meant for "
                                            "suspected breaches of the code. When there is "
                                            "friction between colleagues, the code asks you to "
                                            "start the conversation yourself first."
                                        ),
                                        "es": (
                                            "Incorrecto. El formulario de quejas es para reportar "
                                            "posibles faltas al código. Ante un roce entre "
                                            "colegas, el código le pide que primero hable usted "
                                            "mismo con la persona."
                                        ),
                                    },
                                },
                                {
                                    "text": {
                                        "nl": (
                                            "Je vertelt het aan andere collega's, zodat zij de "
                                            "druk mee opvoeren."
                                        ),
                                        "fr": (
                                            "Vous en parlez à d'autres collègues pour qu'ils "
                                            "fassent pression eux aussi."
                                        ),
                                        "en": (
                                            "You tell other colleagues so that they can add to the "
                                            "pressure."
                                        ),
                                        "es": (
                                            "Se lo cuenta a otros colegas para que ellos también "
                                            "presionen."
                                        ),
                                    },
                                    "correct": False,
                                    "feedback": {
                                        "nl": (
                                            "Niet juist. Zo wordt het conflict groter en hoort je "
                                            "collega het van anderen in plaats van van jou. De "
                                            "code vraagt dat je de betrokkene eerst rechtstreeks "
                                            "aanspreekt."
                                        ),
                                        "fr": (
                                            "Incorrect. Le conflit risque de s'envenimer, et votre "
                                            "collègue l'apprendrait par d'autres plutôt que par "
                                            "vous. Le code vous demande de vous adresser d'abord "
                                            "directement à la personne concernée."
                                        ),
                                        "en": (
                                            "Not correct. That makes the conflict bigger, and your "
                                            "colleague hears about it from others instead of from "
                                            "you. The code asks you to speak to the person "
                                            "concerned directly first."
                                        ),
                                        "es": (
                                            "Incorrecto. Así el conflicto crece y su colega se "
                                            "entera por otras personas y no por usted. El código "
                                            "le pide que primero hable directamente con la persona "
                                            "involucrada."
                                        ),
                                    },
                                },
                                {
                                    "text": {
                                        "nl": (
                                            "Je spreekt je collega er zelf op aan, rustig en "
                                            "tactvol."
                                        ),
                                        "fr": (
                                            "Vous en parlez vous-même à votre collègue, calmement "
                                            "et avec tact."
                                        ),
                                        "en": (
                                            "You raise it with your colleague yourself, calmly and "
                                            "tactfully."
                                        ),
                                        "es": (
                                            "Lo conversa usted mismo con su colega, con calma y "
                                            "tacto."
                                        ),
                                    },
                                    "correct": True,
                                    "feedback": {
                                        "nl": (
                                            "Juist. Bij een conflict of wrevel praat je eerst "
                                            "rechtstreeks met de betrokkene, en je geeft "
                                            "opbouwende feedback op een redelijke en tactvolle "
                                            "manier. Raakt het zo niet opgelost, dan kan je daarna "
                                            "andere hulp inschakelen."
                                        ),
                                        "fr": (
                                            "Exact. En cas de conflit ou de tension, vous vous "
                                            "adressez d'abord directement à la personne concernée "
                                            "et lui faites part de vos remarques de manière "
                                            "constructive, posée et avec tact. Si cela ne suffit "
                                            "pas, vous pourrez ensuite chercher d'autres appuis."
                                        ),
                                        "en": (
                                            "Correct. In a conflict or when there is friction, you "
                                            "first talk directly to the person concerned and give "
                                            "constructive feedback, calmly and tactfully. If that "
                                            "does not solve it, you can then look for other help."
                                        ),
                                        "es": (
                                            "Correcto. Ante un conflicto o un roce, primero habla "
                                            "directamente con la persona involucrada y le da "
                                            "retroalimentación constructiva, con serenidad y "
                                            "tacto. Si así no se resuelve, después puede buscar "
                                            "otro tipo de apoyo."
                                        ),
                                    },
                                },
                            ],
                        },
                    ),
                    (
                        "true_false",
                        {
                            "statement": {
                                "nl": (
                                    "Het verbod op discriminerend of kwetsend gedrag geldt ook in "
                                    "chatgroepen en op sociale media."
                                ),
                                "fr": (
                                    "L'interdiction des comportements discriminatoires ou "
                                    "blessants s'applique aussi dans les groupes de discussion et "
                                    "sur les réseaux sociaux."
                                ),
                                "en": (
                                    "The ban on discriminatory or offensive behaviour also applies "
                                    "in chat groups and on social media."
                                ),
                                "es": (
                                    "La prohibición de conductas discriminatorias u ofensivas "
                                    "también rige en los grupos de chat y en las redes sociales."
                                ),
                            },
                            "answer": True,
                            "feedback_true": {
                                "nl": (
                                    "Juist. De code noemt uitdrukkelijk zowel fysieke als online "
                                    "omgangsvormen. Een grap over iemands afkomst of geloof in een "
                                    "chatgroep valt er dus ook onder."
                                ),
                                "fr": (
                                    "Exact. Le code vise expressément les interactions en personne "
                                    "comme en ligne. Une plaisanterie sur l'origine ou la religion "
                                    "de quelqu'un dans un groupe de discussion est donc aussi "
                                    "concernée."
                                ),
                                "en": (
                                    "Correct. The code explicitly covers both physical and online "
                                    "interaction. A joke about someone's origin or religion in a "
                                    "chat group is covered too."
                                ),
                                "es": (
                                    "Correcto. El código menciona expresamente tanto el trato en "
                                    "persona como en línea. Una broma sobre el origen o la "
                                    "religión de alguien en un grupo de chat también está incluida."
                                ),
                            },
                            "feedback_false": {
                                "nl": (
                                    "Niet juist. De code noemt uitdrukkelijk zowel fysieke als "
                                    "online omgangsvormen. Wat je in een chatgroep of op sociale "
                                    "media schrijft, telt net zo goed."
                                ),
                                "fr": (
                                    "Incorrect. Le code vise expressément les interactions en "
                                    "personne comme en ligne. Ce que vous écrivez dans un groupe "
                                    "de discussion ou sur les réseaux sociaux compte tout autant."
                                ),
                                "en": (
                                    "Not correct. The code explicitly covers both physical and "
                                    "online interaction. What you write in a chat group or on "
                                    "social media counts just as much."
                                ),
                                "es": (
                                    "Incorrecto. El código menciona expresamente tanto el trato en "
                                    "persona como en línea. Lo que usted escribe en un grupo de "
                                    "chat o en redes sociales cuenta igual."
                                ),
                            },
                        },
                    ),
                ],
            },
            {
                "title": {
                    "nl": "Dienstbaarheid: de leden en hun partners eerst",
                    "fr": "Sens du service\u202f: les membres et leurs partenaires d'abord",
                    "en": "Service: members and their partners first",
                    "es": "Vocación de servicio: primero los miembros y sus socios",
                },
                "slug": {
                    "nl": "dienstbaarheid",
                    "fr": "sens-du-service",
                    "en": "service",
                    "es": "vocacion-de-servicio",
                },
                "blocks": [
                    (
                        "text",
                        {
                            "nl": (
                                "<p>De vereniging is een ledenorganisatie: ze bestaat voor de "
                                "Vlaamse steden en gemeenten. De belangen van die leden en van hun "
                                "internationale partners gaan daarom voor op de interne "
                                "hiërarchie. Het team werkt met veel vertrouwen en autonomie, en "
                                "dat vraagt verantwoordelijkheid en transparantie, in beide "
                                "richtingen.</p><p>Dienstbaar zijn betekent onder "
                                "meer:</p><ul><li>je kijkt over de grenzen van je eigen dienst "
                                "heen, met de leden en hun partners voor ogen;</li><li>je staat "
                                "elk lid en elke partner bij, zonder onderscheid naar gender, "
                                "afkomst, visie of politieke kleur;</li><li>je staat open voor "
                                "kritiek: je schiet niet in de verdediging, maar luistert en zoekt "
                                "een opbouwend antwoord.</li></ul>"
                            ),
                            "fr": (
                                "<p>L'association est une organisation de membres\u202f: elle "
                                "existe pour les villes et communes flamandes. Les intérêts de ces "
                                "membres et de leurs partenaires internationaux passent donc avant "
                                "la hiérarchie interne. L'équipe travaille dans un climat de "
                                "confiance et d'autonomie, ce qui demande en retour responsabilité "
                                "et transparence, dans les deux sens.</p><p>Avoir le sens du "
                                "service signifie notamment que\u202f:</p><ul><li>vous pensez "
                                "au-delà de votre propre service, dans l'intérêt des membres et de "
                                "leurs partenaires\u202f;</li><li>vous êtes disponible pour chaque "
                                "membre et chaque partenaire, sans distinction de genre, "
                                "d'origine, de vision ou de couleur politique\u202f;</li><li>vous "
                                "êtes ouvert à la critique\u202f: au lieu de vous justifier, vous "
                                "écoutez et cherchez une réponse constructive.</li></ul>"
                            ),
                            "en": (
                                "<p>The association is a membership organisation: it exists for "
                                "the Flemish cities and municipalities. The interests of those "
                                "members and of their international partners therefore come before "
                                "internal hierarchy. The team works with a great deal of trust and "
                                "autonomy, which in return calls for responsibility and "
                                "transparency, in both directions.</p><p>Being of service means, "
                                "among other things, that:</p><ul><li>you think beyond the "
                                "boundaries of your own department, in the interest of the members "
                                "and their partners;</li><li>you are there for every member and "
                                "every partner, without distinction of gender, origin, outlook or "
                                "political colour;</li><li>you are open to criticism: rather than "
                                "becoming defensive, you listen and look for a constructive "
                                "answer.</li></ul>"
                            ),
                            "es": (
                                "<p>La asociación es una organización de miembros: existe para las "
                                "ciudades y municipios flamencos. Por eso, los intereses de esos "
                                "miembros y de sus socios internacionales están por encima de la "
                                "jerarquía interna. El equipo trabaja con mucha confianza y "
                                "autonomía, lo que a cambio exige responsabilidad y transparencia "
                                "en ambas direcciones.</p><p>La vocación de servicio significa, "
                                "entre otras cosas, que:</p><ul><li>usted piensa más allá de los "
                                "límites de su propia área, en beneficio de los miembros y de sus "
                                "socios;</li><li>está a disposición de cada miembro y cada socio, "
                                "sin distinción de género, origen, visión o color "
                                "político;</li><li>está abierto a la crítica: en lugar de ponerse "
                                "a la defensiva, escucha y busca una respuesta "
                                "constructiva.</li></ul>"
                            ),
                        },
                    ),
                    (
                        "code_rule",
                        {
                            "value": {
                                "nl": "Dienstbaarheid",
                                "fr": "Sens du service",
                                "en": "Service",
                                "es": "Vocación de servicio",
                            },
                            "rule": {
                                "nl": (
                                    "Wie je een vraag stelt, krijgt binnen een redelijke tijd "
                                    "antwoord, of hoort op zijn minst van je wanneer dat antwoord "
                                    "er komt."
                                ),
                                "fr": (
                                    "Toute personne qui vous pose une question reçoit une réponse "
                                    "dans un délai raisonnable ou, à tout le moins, sait quand "
                                    "elle peut l'attendre."
                                ),
                                "en": (
                                    "Anyone who asks you a question gets an answer within a "
                                    "reasonable time, or at least hears from you when to expect "
                                    "one."
                                ),
                                "es": (
                                    "Quien le hace una consulta recibe respuesta en un plazo "
                                    "razonable o, como mínimo, sabe cuándo puede esperarla."
                                ),
                            },
                        },
                    ),
                    (
                        "quote",
                        {
                            "quote": {
                                "nl": (
                                    "Onze partnergemeente wachtte op een antwoord over de "
                                    "begroting, en ik had de cijfers nog niet. Ik stuurde dezelfde "
                                    "dag een kort bericht met de datum waarop ze het zouden "
                                    "krijgen. Later vertelde de burgemeester me dat net dat "
                                    "bericht het vertrouwen had versterkt."
                                ),
                                "fr": (
                                    "Notre commune partenaire attendait une réponse sur le budget "
                                    "et je n'avais pas encore les chiffres. Le jour même, j'ai "
                                    "envoyé un court message indiquant la date à laquelle elle "
                                    "l'aurait. Le maire m'a dit plus tard que c'est justement ce "
                                    "message qui avait renforcé la confiance."
                                ),
                                "en": (
                                    "Our partner municipality was waiting for an answer about the "
                                    "budget and I didn't have the figures yet. That same day I "
                                    "sent a short message saying when they would get it. The mayor "
                                    "later told me that it was exactly that message that "
                                    "strengthened their trust."
                                ),
                                "es": (
                                    "Nuestro municipio socio esperaba una respuesta sobre el "
                                    "presupuesto y yo todavía no tenía las cifras. Ese mismo día "
                                    "envié un mensaje breve indicando la fecha en que la "
                                    "recibirían. Más tarde, el alcalde me contó que justamente ese "
                                    "mensaje fortaleció la confianza."
                                ),
                            },
                            "attribution": {
                                "nl": "een stedenbandcoördinator",
                                "fr": "un coordinateur de jumelage",
                                "en": "a twinning coordinator",
                                "es": "un coordinador de hermanamiento",
                            },
                        },
                    ),
                    (
                        "single_choice",
                        {
                            "question": {
                                "nl": (
                                    "Een ambtenaar van een partnergemeente mailt je een vraag over "
                                    "de subsidieregels. Om te antwoorden heb je de financieel "
                                    "beheerder nodig, en die is twee weken afwezig. Wat doe je?"
                                ),
                                "fr": (
                                    "Un agent d'une commune partenaire vous envoie une question "
                                    "sur les règles de subvention. Pour y répondre, vous avez "
                                    "besoin du gestionnaire financier, absent pendant deux "
                                    "semaines. Que faites-vous\u202f?"
                                ),
                                "en": (
                                    "An official from a partner municipality emails you a question "
                                    "about the grant rules. To answer it you need the financial "
                                    "manager, who is away for two weeks. What do you do?"
                                ),
                                "es": (
                                    "Un funcionario de un municipio socio le escribe con una "
                                    "consulta sobre las reglas de la subvención. Para responder "
                                    "necesita al gestor financiero, que estará ausente dos "
                                    "semanas. ¿Qué hace?"
                                ),
                            },
                            "options": [
                                {
                                    "text": {
                                        "nl": (
                                            "Je wacht tot de financieel beheerder terug is en "
                                            "stuurt dan meteen een volledig antwoord."
                                        ),
                                        "fr": (
                                            "Vous attendez le retour du gestionnaire financier "
                                            "pour envoyer directement une réponse complète."
                                        ),
                                        "en": (
                                            "You wait until the financial manager is back and then "
                                            "send a complete answer straight away."
                                        ),
                                        "es": (
                                            "Espera a que vuelva el gestor financiero y entonces "
                                            "envía de inmediato una respuesta completa."
                                        ),
                                    },
                                    "correct": False,
                                    "feedback": {
                                        "nl": (
                                            "Niet juist. Twee weken stilte laat de partner in het "
                                            "ongewisse. De code vraagt dat je binnen een redelijke "
                                            "termijn antwoordt, of op zijn minst laat weten "
                                            "wanneer het antwoord komt."
                                        ),
                                        "fr": (
                                            "Incorrect. Deux semaines de silence laissent le "
                                            "partenaire dans l'incertitude. Le code vous demande "
                                            "de répondre dans un délai raisonnable ou, à tout le "
                                            "moins, d'indiquer quand la réponse arrivera."
                                        ),
                                        "en": (
                                            "Not correct. Two weeks of silence leaves the partner "
                                            "in the dark. The code asks you to answer within a "
                                            "reasonable time, or at least to say when the answer "
                                            "will come."
                                        ),
                                        "es": (
                                            "Incorrecto. Dos semanas de silencio dejan al socio en "
                                            "la incertidumbre. El código le pide responder en un "
                                            "plazo razonable o, como mínimo, indicar cuándo "
                                            "llegará la respuesta."
                                        ),
                                    },
                                },
                                {
                                    "text": {
                                        "nl": (
                                            "Je bevestigt meteen dat je de vraag goed ontvangen "
                                            "hebt en laat weten tegen wanneer je kan antwoorden."
                                        ),
                                        "fr": (
                                            "Vous confirmez tout de suite avoir bien reçu la "
                                            "question et indiquez quand vous pourrez y répondre."
                                        ),
                                        "en": (
                                            "You immediately confirm that you have received the "
                                            "question and say by when you can answer it."
                                        ),
                                        "es": (
                                            "Confirma de inmediato que recibió la consulta e "
                                            "indica para cuándo podrá responderla."
                                        ),
                                    },
                                    "correct": True,
                                    "feedback": {
                                        "nl": (
                                            "Juist. Kan je niet meteen antwoorden, dan laat je op "
                                            "zijn minst weten wanneer de partner een antwoord mag "
                                            "verwachten. Zo blijft niemand in het ongewisse."
                                        ),
                                        "fr": (
                                            "Exact. Si vous ne pouvez pas répondre tout de suite, "
                                            "vous indiquez au moins quand le partenaire peut "
                                            "s'attendre à une réponse. Ainsi, personne ne reste "
                                            "dans l'incertitude."
                                        ),
                                        "en": (
                                            "Correct. If you cannot answer right away, you at "
                                            "least say when the partner can expect an answer. That "
                                            "way nobody is left in the dark."
                                        ),
                                        "es": (
                                            "Correcto. Si no puede responder enseguida, al menos "
                                            "indica cuándo puede esperar una respuesta el socio. "
                                            "Así nadie queda en la incertidumbre."
                                        ),
                                    },
                                },
                                {
                                    "text": {
                                        "nl": (
                                            "Je antwoordt alvast op basis van wat je denkt dat de "
                                            "regels zijn."
                                        ),
                                        "fr": (
                                            "Vous répondez sans attendre, en vous fiant à ce que "
                                            "vous croyez savoir des règles."
                                        ),
                                        "en": (
                                            "You answer straight away, based on what you think the "
                                            "rules are."
                                        ),
                                        "es": (
                                            "Responde de inmediato, basándose en lo que cree que "
                                            "dicen las reglas."
                                        ),
                                    },
                                    "correct": False,
                                    "feedback": {
                                        "nl": (
                                            "Niet juist. Snel antwoorden is goed, maar niet met "
                                            "informatie waar je niet zeker van bent. Een fout "
                                            "antwoord over subsidieregels kan de partner in de "
                                            "problemen brengen. Laat liever weten wanneer je een "
                                            "correct antwoord kan geven."
                                        ),
                                        "fr": (
                                            "Incorrect. Répondre vite est une bonne chose, mais "
                                            "pas avec des informations dont vous n'êtes pas sûr. "
                                            "Une réponse erronée sur les règles de subvention peut "
                                            "mettre le partenaire en difficulté. Mieux vaut "
                                            "indiquer quand vous pourrez donner une réponse exacte."
                                        ),
                                        "en": (
                                            "Not correct. A quick answer is good, but not with "
                                            "information you are unsure of. A wrong answer about "
                                            "grant rules can get the partner into trouble. Better "
                                            "to say when you can give a correct answer."
                                        ),
                                        "es": (
                                            "Incorrecto. Responder rápido está bien, pero no con "
                                            "información de la que no está seguro. Una respuesta "
                                            "equivocada sobre las reglas de la subvención puede "
                                            "causarle problemas al socio. Es mejor indicar cuándo "
                                            "podrá dar una respuesta correcta."
                                        ),
                                    },
                                },
                            ],
                        },
                    ),
                    (
                        "reflection",
                        {
                            "prompt": {
                                "nl": (
                                    "Denk aan een lid of partner die onlangs kritiek had op je "
                                    "werk of op het team. Hoe reageerde je? Wat zou je een "
                                    "volgende keer anders doen om echt te luisteren en een "
                                    "opbouwend antwoord te geven?"
                                ),
                                "fr": (
                                    "Pensez à un membre ou à un partenaire qui a récemment "
                                    "critiqué votre travail ou celui de l'équipe. Comment "
                                    "avez-vous réagi\u202f? Que feriez-vous autrement la prochaine "
                                    "fois pour vraiment écouter et apporter une réponse "
                                    "constructive\u202f?"
                                ),
                                "en": (
                                    "Think of a member or partner who recently criticised your "
                                    "work or the team's. How did you react? What would you do "
                                    "differently next time to really listen and give a "
                                    "constructive answer?"
                                ),
                                "es": (
                                    "Piense en un miembro o socio que hace poco criticó su trabajo "
                                    "o el del equipo. ¿Cómo reaccionó usted? ¿Qué haría distinto "
                                    "la próxima vez para escuchar de verdad y dar una respuesta "
                                    "constructiva?"
                                ),
                            },
                        },
                    ),
                ],
            },
            {
                "title": {
                    "nl": "Integriteit: eerlijk, transparant en niet te koop",
                    "fr": "Intégrité\u202f: honnêteté, transparence et impartialité",
                    "en": "Integrity: honest, transparent and not for sale",
                    "es": "Integridad: honestidad, transparencia e imparcialidad",
                },
                "slug": {
                    "nl": "integriteit",
                    "fr": "integrite",
                    "en": "integrity",
                    "es": "integridad",
                },
                "blocks": [
                    (
                        "text",
                        {
                            "nl": (
                                "<p>Collega's, leden en partners moeten op ons kunnen rekenen. We "
                                "werken eerlijk, trouw aan de doelstellingen van de vereniging en "
                                "volgens de regels en wetten die in onze sector en ons land "
                                "gelden. Geschenken of gunsten hebben geen invloed op ons "
                                "werk.</p><ul><li><strong>Belangenvermenging</strong>: je zet je "
                                "invloed nooit in voor je eigen belang of voor dat van een persoon "
                                "of organisatie waarmee je rechtstreeks of onrechtstreeks "
                                "verbonden bent.</li><li><strong>Transparantie</strong>: je rol "
                                "als medewerker is altijd duidelijk, wat je doet is zichtbaar voor "
                                "je collega's en je leidinggevende, en je legt intern en extern "
                                "correct en helder financieel verantwoording "
                                "af.</li><li><strong>Uitnodigingen</strong>: een uitnodiging die "
                                "iemand anders betaalt, aanvaard je alleen als de activiteit bij "
                                "je werk hoort en je aanwezigheid functioneel is, bijvoorbeeld "
                                "omdat je de vereniging formeel "
                                "vertegenwoordigt.</li><li><strong>Geweld</strong>: je gebruikt "
                                "nooit fysiek, verbaal of schriftelijk geweld en je dreigt er ook "
                                "niet mee.</li><li><strong>Seksuele uitbuiting en "
                                "misbruik</strong>: beide zijn uitgesloten. Van uitbuiting is "
                                "sprake zodra iemand macht, vertrouwen of andermans kwetsbaarheid "
                                "misbruikt met seksuele bedoelingen. Daaronder valt ook munt slaan "
                                "uit de seksuele uitbuiting van iemand anders, of dat voordeel nu "
                                "financieel, sociaal of politiek is. Misbruik is elke lichamelijke "
                                "aantasting van seksuele aard, of de dreiging daarmee, door geweld "
                                "of onder dwang.</li><li><strong>Melden</strong>: zie je misbruik "
                                "of corruptie, dan meld je het, ook als je er zelf niet "
                                "rechtstreeks bij betrokken bent.</li></ul>"
                            ),
                            "fr": (
                                "<p>Nos collègues, nos membres et nos partenaires doivent pouvoir "
                                "compter sur nous. Nous travaillons honnêtement, fidèles aux "
                                "objectifs de l'association et dans le respect des règles et des "
                                "lois de notre secteur et de notre pays. Les cadeaux et les "
                                "faveurs n'influencent pas notre "
                                "travail.</p><ul><li><strong>Conflits d'intérêts</strong>\u202f: "
                                "vous n'utilisez jamais votre influence dans votre propre intérêt "
                                "ni dans celui d'une personne ou d'une organisation à laquelle "
                                "vous êtes lié directement ou "
                                "indirectement.</li><li><strong>Transparence</strong>\u202f: votre "
                                "rôle de collaborateur est toujours clair, ce que vous faites est "
                                "visible pour vos collègues et votre responsable, et vous rendez "
                                "des comptes financiers exacts et clairs, en interne comme en "
                                "externe.</li><li><strong>Invitations</strong>\u202f: vous "
                                "n'acceptez une invitation payée par un tiers que si l'activité "
                                "relève de votre travail et que votre présence se justifie par "
                                "votre fonction, par exemple parce que vous représentez "
                                "officiellement "
                                "l'association.</li><li><strong>Violence</strong>\u202f: vous "
                                "n'exercez jamais de violence physique, verbale ou écrite et vous "
                                "n'en menacez personne.</li><li><strong>Exploitation et abus "
                                "sexuels</strong>\u202f: ils sont exclus. L'exploitation sexuelle "
                                "désigne tout abus de pouvoir, de confiance ou d'une situation de "
                                "vulnérabilité à des fins sexuelles, y compris le fait de tirer un "
                                "avantage financier, social ou politique de l'exploitation "
                                "sexuelle d'autrui. L'abus sexuel désigne toute atteinte physique "
                                "de nature sexuelle, réelle ou sous forme de menace, commise par "
                                "la force ou sous la "
                                "contrainte.</li><li><strong>Signalement</strong>\u202f: si vous "
                                "constatez un abus ou un acte de corruption, vous le signalez, "
                                "même si vous n'y êtes pas directement mêlé.</li></ul>"
                            ),
                            "en": (
                                "<p>Colleagues, members and partners must be able to rely on us. "
                                "We work honestly, true to the association's objectives and in "
                                "line with the rules and laws that apply in our sector and our "
                                "country. Gifts and favours do not influence our "
                                "work.</p><ul><li><strong>Conflicts of interest</strong>: you "
                                "never use your influence for your own benefit or for that of a "
                                "person or organisation you are directly or indirectly connected "
                                "with.</li><li><strong>Transparency</strong>: your role as a staff "
                                "member is always clear, what you do is visible to your colleagues "
                                "and your manager, and you account for money correctly and "
                                "clearly, both internally and "
                                "externally.</li><li><strong>Invitations</strong>: you accept an "
                                "invitation paid for by someone else only if the activity is part "
                                "of your work and your presence serves a function, for example "
                                "because you formally represent the "
                                "association.</li><li><strong>Violence</strong>: you never use "
                                "physical, verbal or written violence, nor threaten "
                                "to.</li><li><strong>Sexual exploitation and abuse</strong>: both "
                                "are ruled out. Sexual exploitation is any abuse of power, trust "
                                "or vulnerability for sexual purposes, including profiting "
                                "financially, socially or politically from the sexual exploitation "
                                "of someone else. Sexual abuse is an actual or threatened physical "
                                "intrusion of a sexual nature, by force or under coercive "
                                "conditions.</li><li><strong>Reporting</strong>: if you witness "
                                "abuse or corruption, you report it, even if you are not directly "
                                "involved yourself.</li></ul>"
                            ),
                            "es": (
                                "<p>Nuestros colegas, miembros y socios deben poder contar con "
                                "nosotros. Trabajamos con honestidad, fieles a los objetivos de la "
                                "asociación y conforme a las normas y leyes vigentes en nuestro "
                                "sector y en nuestro país. Los regalos y los favores no influyen "
                                "en nuestro trabajo.</p><ul><li><strong>Conflictos de "
                                "intereses</strong>: usted nunca usa su influencia en beneficio "
                                "propio ni de una persona u organización con la que tenga un "
                                "vínculo directo o "
                                "indirecto.</li><li><strong>Transparencia</strong>: su rol como "
                                "integrante del equipo siempre está claro, lo que hace es visible "
                                "para sus colegas y su jefatura, y rinde cuentas financieras "
                                "correctas y claras, tanto a nivel interno como "
                                "externo.</li><li><strong>Invitaciones</strong>: solo acepta una "
                                "invitación pagada por otros si la actividad forma parte de su "
                                "trabajo y su presencia cumple una función, por ejemplo porque "
                                "representa formalmente a la "
                                "asociación.</li><li><strong>Violencia</strong>: nunca ejerce "
                                "violencia física, verbal o escrita, ni amenaza con "
                                "ejercerla.</li><li><strong>Explotación y abuso sexual</strong>: "
                                "ambos están excluidos. La explotación sexual es todo abuso de "
                                "poder, de confianza o de una situación de vulnerabilidad con "
                                "fines sexuales, incluido obtener un beneficio económico, social o "
                                "político de la explotación sexual de otra persona. El abuso "
                                "sexual es toda intrusión física de carácter sexual, real o en "
                                "forma de amenaza, cometida por la fuerza o en condiciones de "
                                "coerción.</li><li><strong>Reporte</strong>: si presencia un abuso "
                                "o un acto de corrupción, lo reporta, aunque usted no esté "
                                "directamente involucrado.</li></ul>"
                            ),
                        },
                    ),
                    (
                        "code_rule",
                        {
                            "value": {
                                "nl": "Integriteit",
                                "fr": "Intégrité",
                                "en": "Integrity",
                                "es": "Integridad",
                            },
                            "rule": {
                                "nl": (
                                    "Een kleine attentie mag je aannemen als de gever zich door "
                                    "een weigering of teruggave ernstig gekwetst of in "
                                    "verlegenheid gebracht zou voelen, als je ze in het openbaar "
                                    "krijgt, of als teruggeven in de praktijk niet haalbaar is. "
                                    "Neem je een geschenk aan, dan breng je je diensthoofd daarvan "
                                    "op de hoogte."
                                ),
                                "fr": (
                                    "Vous pouvez accepter un petit présent si le refuser ou le "
                                    "rendre blesserait ou embarrasserait sérieusement la personne "
                                    "qui l'offre, s'il vous est remis en public, ou s'il est "
                                    "matériellement impossible de le rendre. Si vous acceptez un "
                                    "cadeau, vous en informez votre chef de service."
                                ),
                                "en": (
                                    "You may accept a small token if refusing or returning it "
                                    "would seriously hurt or embarrass the giver, if it is handed "
                                    "to you in public, or if returning it is not practically "
                                    "feasible. Whenever you accept a gift, you tell your head of "
                                    "department."
                                ),
                                "es": (
                                    "Puede aceptar un pequeño obsequio si rechazarlo o devolverlo "
                                    "ofendería o avergonzaría seriamente a quien lo entrega, si se "
                                    "lo dan en público o si devolverlo no es viable en la "
                                    "práctica. Cuando acepta un obsequio, se lo comunica a su jefe "
                                    "de departamento."
                                ),
                            },
                        },
                    ),
                    (
                        "quote",
                        {
                            "quote": {
                                "nl": (
                                    "Na een vorming kreeg ik per post een pak koffie van de "
                                    "coöperatie van onze partner, met een bedankkaartje. "
                                    "Terugsturen zou meer gekost hebben dan de koffie zelf, en het "
                                    "zou hen gekwetst hebben. Ik heb het aangenomen, met het team "
                                    "gedeeld en mijn diensthoofd een kort berichtje gestuurd. Meer "
                                    "was er niet nodig."
                                ),
                                "fr": (
                                    "Après une formation, j'ai reçu par la poste un paquet de café "
                                    "de la coopérative de notre partenaire, avec une carte de "
                                    "remerciement. Le renvoyer aurait coûté plus cher que le café "
                                    "lui-même, et les aurait blessés. Je l'ai accepté, partagé "
                                    "avec l'équipe, puis j'en ai informé mon chef de service par "
                                    "un petit message. Il n'en fallait pas plus."
                                ),
                                "en": (
                                    "After a training session, a pack of coffee from our partner's "
                                    "cooperative arrived in the post, with a thank-you card. "
                                    "Sending it back would have cost more than the coffee itself, "
                                    "and it would have hurt them. I accepted it, shared it with "
                                    "the team and sent my head of department a short message. That "
                                    "was all it took."
                                ),
                                "es": (
                                    "Después de una capacitación, recibí por correo un paquete de "
                                    "café de la cooperativa de nuestro socio, con una tarjeta de "
                                    "agradecimiento. Devolverlo habría costado más que el propio "
                                    "café y los habría ofendido. Lo acepté, lo compartí con el "
                                    "equipo y le envié un mensaje breve a mi jefe de departamento. "
                                    "No hizo falta nada más."
                                ),
                            },
                            "attribution": {
                                "nl": "een programmamedewerker",
                                "fr": "une chargée de programme",
                                "en": "a programme officer",
                                "es": "una encargada de programa",
                            },
                        },
                    ),
                    (
                        "single_choice",
                        {
                            "question": {
                                "nl": (
                                    "Op de laatste dag van een werkbezoek geeft de burgemeester "
                                    "van de partnergemeente je tijdens de openbare slotzitting, "
                                    "waar de hele gemeenteraad bij is, een klein handgemaakt "
                                    "beeldje als dank. Wat doe je?"
                                ),
                                "fr": (
                                    "Le dernier jour d'une visite de travail, lors de la séance de "
                                    "clôture publique et devant tout le conseil municipal, le "
                                    "maire de la commune partenaire vous remet une petite "
                                    "statuette artisanale en remerciement. Que faites-vous\u202f?"
                                ),
                                "en": (
                                    "On the last day of a work visit, during the public closing "
                                    "session and in front of the whole municipal council, the "
                                    "mayor of the partner municipality hands you a small handmade "
                                    "figurine as a thank-you. What do you do?"
                                ),
                                "es": (
                                    "El último día de una visita de trabajo, durante la sesión "
                                    "pública de clausura y frente a todo el concejo municipal, el "
                                    "alcalde del municipio socio le entrega una pequeña figura "
                                    "artesanal en agradecimiento. ¿Qué hace?"
                                ),
                            },
                            "options": [
                                {
                                    "text": {
                                        "nl": (
                                            "Je weigert beleefd: medewerkers mogen nooit "
                                            "geschenken aannemen."
                                        ),
                                        "fr": (
                                            "Vous la refusez poliment\u202f: les collaborateurs ne "
                                            "peuvent jamais accepter de cadeaux."
                                        ),
                                        "en": "You politely refuse: staff may never accept gifts.",
                                        "es": (
                                            "La rechaza con cortesía: el personal nunca puede "
                                            "aceptar regalos."
                                        ),
                                    },
                                    "correct": False,
                                    "feedback": {
                                        "nl": (
                                            "Niet juist. De code verbiedt kleine attenties niet in "
                                            "alle gevallen. Wordt het geschenk in het openbaar "
                                            "overhandigd, dan mag je het aannemen. Hier zou een "
                                            "weigering de burgemeester bovendien in verlegenheid "
                                            "brengen."
                                        ),
                                        "fr": (
                                            "Incorrect. Le code n'interdit pas les petits présents "
                                            "dans tous les cas. Un cadeau remis en public peut "
                                            "être accepté. Ici, un refus mettrait en outre le "
                                            "maire dans l'embarras."
                                        ),
                                        "en": (
                                            "Not correct. The code does not ban small tokens in "
                                            "every case. A gift handed over in public may be "
                                            "accepted. Here, refusing would also embarrass the "
                                            "mayor."
                                        ),
                                        "es": (
                                            "Incorrecto. El código no prohíbe los pequeños "
                                            "obsequios en todos los casos. Un regalo entregado en "
                                            "público se puede aceptar. Aquí, además, rechazarlo "
                                            "pondría en aprietos al alcalde."
                                        ),
                                    },
                                },
                                {
                                    "text": {
                                        "nl": (
                                            "Je neemt het beeldje aan en laat je diensthoofd weten "
                                            "dat je een geschenk aanvaard hebt."
                                        ),
                                        "fr": (
                                            "Vous acceptez la statuette et informez votre chef de "
                                            "service que vous avez accepté un cadeau."
                                        ),
                                        "en": (
                                            "You accept the figurine and let your head of "
                                            "department know that you accepted a gift."
                                        ),
                                        "es": (
                                            "Acepta la figura e informa a su jefe de departamento "
                                            "que aceptó un regalo."
                                        ),
                                    },
                                    "correct": True,
                                    "feedback": {
                                        "nl": (
                                            "Juist. Een kleine attentie die je in het openbaar "
                                            "krijgt, mag je aannemen. Daarna breng je je "
                                            "diensthoofd op de hoogte, zodat alles transparant "
                                            "blijft."
                                        ),
                                        "fr": (
                                            "Exact. Un petit présent remis en public peut être "
                                            "accepté. Vous en informez ensuite votre chef de "
                                            "service, pour que tout reste transparent."
                                        ),
                                        "en": (
                                            "Correct. A small token handed to you in public may be "
                                            "accepted. You then inform your head of department, so "
                                            "that everything stays transparent."
                                        ),
                                        "es": (
                                            "Correcto. Un pequeño obsequio entregado en público se "
                                            "puede aceptar. Después informa a su jefe de "
                                            "departamento, para que todo siga siendo transparente."
                                        ),
                                    },
                                },
                                {
                                    "text": {
                                        "nl": (
                                            "Je neemt het aan en zegt er verder niets over: het is "
                                            "maar een kleinigheid."
                                        ),
                                        "fr": (
                                            "Vous l'acceptez sans en parler à personne\u202f: ce "
                                            "n'est qu'une broutille."
                                        ),
                                        "en": (
                                            "You accept it and say nothing more about it: it is "
                                            "only a trifle."
                                        ),
                                        "es": "La acepta y no dice nada más: es solo un detalle.",
                                    },
                                    "correct": False,
                                    "feedback": {
                                        "nl": (
                                            "Niet juist. Je mag het aannemen, maar de code vraagt "
                                            "dat je je diensthoofd laat weten dat je een geschenk "
                                            "aanvaard hebt, hoe klein ook."
                                        ),
                                        "fr": (
                                            "Incorrect. Vous pouvez l'accepter, mais le code vous "
                                            "demande d'informer votre chef de service de tout "
                                            "cadeau accepté, aussi modeste soit-il."
                                        ),
                                        "en": (
                                            "Not correct. You may accept it, but the code asks you "
                                            "to tell your head of department about any gift you "
                                            "accept, however small."
                                        ),
                                        "es": (
                                            "Incorrecto. Puede aceptarla, pero el código le pide "
                                            "informar a su jefe de departamento de todo regalo que "
                                            "acepte, por pequeño que sea."
                                        ),
                                    },
                                },
                                {
                                    "text": {
                                        "nl": (
                                            "Je neemt het alleen aan als het minder dan 50 euro "
                                            "waard is."
                                        ),
                                        "fr": (
                                            "Vous ne l'acceptez que si elle vaut moins de 50 euros."
                                        ),
                                        "en": (
                                            "You accept it only if it is worth less than 50 euros."
                                        ),
                                        "es": "Solo la acepta si vale menos de 50 euros.",
                                    },
                                    "correct": False,
                                    "feedback": {
                                        "nl": (
                                            "Niet juist. De code noemt geen bedrag. Of je een "
                                            "kleine attentie mag aannemen, hangt af van de "
                                            "omstandigheden: zou de gever zich door een weigering "
                                            "of teruggave ernstig gekwetst of in verlegenheid "
                                            "gebracht voelen, krijg je het geschenk in het "
                                            "openbaar, of is teruggeven praktisch onhaalbaar? Neem "
                                            "je ze aan, dan meld je het aan je diensthoofd."
                                        ),
                                        "fr": (
                                            "Incorrect. Le code ne fixe aucun montant. La "
                                            "possibilité d'accepter un petit présent dépend des "
                                            "circonstances\u202f: un refus ou un renvoi "
                                            "blesserait-il ou embarrasserait-il gravement la "
                                            "personne qui l'offre, le cadeau est-il remis en "
                                            "public, ou est-il matériellement impossible de le "
                                            "rendre\u202f? Si vous l'acceptez, vous en informez "
                                            "votre chef de service."
                                        ),
                                        "en": (
                                            "Not correct. The code sets no amount. Whether you may "
                                            "accept a small token depends on the circumstances: "
                                            "would refusing or returning it seriously hurt or "
                                            "embarrass the giver, is it handed over in public, or "
                                            "is returning it not practically feasible? If you "
                                            "accept it, you tell your head of department."
                                        ),
                                        "es": (
                                            "Incorrecto. El código no fija ningún monto. Que pueda "
                                            "aceptar un pequeño obsequio depende de las "
                                            "circunstancias: ¿rechazarlo o devolverlo ofendería o "
                                            "avergonzaría seriamente a quien lo da?, ¿se lo "
                                            "entregan en público?, ¿es inviable devolverlo en la "
                                            "práctica? Si lo acepta, se lo comunica a su jefe de "
                                            "departamento."
                                        ),
                                    },
                                },
                            ],
                        },
                    ),
                    (
                        "multiple_choice",
                        {
                            "question": {
                                "nl": (
                                    "Welke van deze reacties zijn in lijn met de ethische code? "
                                    "Duid alle juiste antwoorden aan."
                                ),
                                "fr": (
                                    "Parmi ces réactions, lesquelles sont conformes au code "
                                    "d'éthique\u202f? Cochez toutes les bonnes réponses."
                                ),
                                "en": (
                                    "Which of these responses are in line with the ethics code? "
                                    "Select all correct answers."
                                ),
                                "es": (
                                    "¿Cuáles de estas reacciones se ajustan al código de ética? "
                                    "Marque todas las respuestas correctas."
                                ),
                            },
                            "options": [
                                {
                                    "text": {
                                        "nl": (
                                            "Het bedrijf van je schoonbroer dient een offerte in "
                                            "voor een aankoop binnen jouw stedenbandproject. Je "
                                            "meldt die band en neemt niet deel aan de beoordeling "
                                            "van de offertes."
                                        ),
                                        "fr": (
                                            "L'entreprise de votre beau-frère remet une offre pour "
                                            "un achat dans votre projet de jumelage. Vous signalez "
                                            "ce lien et ne participez pas à l'évaluation des "
                                            "offres."
                                        ),
                                        "en": (
                                            "Your brother-in-law's company submits a bid for a "
                                            "purchase in your twinning project. You disclose the "
                                            "connection and stay out of the assessment of the bids."
                                        ),
                                        "es": (
                                            "La empresa de su cuñado presenta una oferta para una "
                                            "compra de su proyecto de hermanamiento. Usted informa "
                                            "de ese vínculo y no participa en la evaluación de las "
                                            "ofertas."
                                        ),
                                    },
                                    "correct": True,
                                    "feedback": {
                                        "nl": (
                                            "Juist. Zo vermijd je belangenvermenging: je gebruikt "
                                            "je invloed niet ten gunste van iemand met wie je "
                                            "verbonden bent, en je handelt transparant."
                                        ),
                                        "fr": (
                                            "Exact. Vous évitez ainsi un conflit d'intérêts\u202f: "
                                            "vous n'utilisez pas votre influence au profit d'une "
                                            "personne qui vous est liée, et vous agissez en toute "
                                            "transparence."
                                        ),
                                        "en": (
                                            "Correct. This is how you avoid a conflict of "
                                            "interest: you do not use your influence for someone "
                                            "you are connected with, and you act transparently."
                                        ),
                                        "es": (
                                            "Correcto. Así evita un conflicto de intereses: no usa "
                                            "su influencia en favor de alguien con quien tiene un "
                                            "vínculo y actúa con transparencia."
                                        ),
                                    },
                                },
                                {
                                    "text": {
                                        "nl": (
                                            "Een leverancier nodigt je uit voor een betaald "
                                            "weekend aan zee. Omdat het buiten de werkuren valt, "
                                            "ga je erop in."
                                        ),
                                        "fr": (
                                            "Un fournisseur vous invite à un week-end tous frais "
                                            "payés à la mer. Comme c'est en dehors des heures de "
                                            "travail, vous acceptez."
                                        ),
                                        "en": (
                                            "A supplier invites you to an all-expenses-paid "
                                            "weekend at the seaside. Since it is outside working "
                                            "hours, you accept."
                                        ),
                                        "es": (
                                            "Un proveedor lo invita a un fin de semana en la playa "
                                            "con todos los gastos pagados. Como es fuera del "
                                            "horario laboral, acepta."
                                        ),
                                    },
                                    "correct": False,
                                    "feedback": {
                                        "nl": (
                                            "Niet juist. Een uitnodiging die iemand anders "
                                            "betaalt, aanvaard je alleen als de activiteit bij je "
                                            "werk hoort en je aanwezigheid functioneel is. Een "
                                            "ontspanningsweekend van een leverancier voldoet daar "
                                            "niet aan, ook niet buiten de werkuren."
                                        ),
                                        "fr": (
                                            "Incorrect. Vous n'acceptez une invitation payée par "
                                            "un tiers que si l'activité relève de votre travail et "
                                            "que votre présence se justifie par votre fonction. Un "
                                            "week-end de détente offert par un fournisseur ne "
                                            "remplit pas ces conditions, même en dehors des heures "
                                            "de travail."
                                        ),
                                        "en": (
                                            "Not correct. You accept an invitation paid for by "
                                            "someone else only if the activity is part of your "
                                            "work and your presence serves a function. A leisure "
                                            "weekend offered by a supplier does not meet that "
                                            "test, even outside working hours."
                                        ),
                                        "es": (
                                            "Incorrecto. Solo acepta una invitación pagada por "
                                            "otros si la actividad forma parte de su trabajo y su "
                                            "presencia cumple una función. Un fin de semana de "
                                            "descanso ofrecido por un proveedor no cumple esas "
                                            "condiciones, aunque sea fuera del horario laboral."
                                        ),
                                    },
                                },
                                {
                                    "text": {
                                        "nl": (
                                            "Je gaat naar een receptie die de partnergemeente "
                                            "betaalt, omdat je er de vereniging formeel "
                                            "vertegenwoordigt."
                                        ),
                                        "fr": (
                                            "Vous assistez à une réception payée par la commune "
                                            "partenaire, car vous y représentez officiellement "
                                            "l'association."
                                        ),
                                        "en": (
                                            "You attend a reception paid for by the partner "
                                            "municipality because you formally represent the "
                                            "association there."
                                        ),
                                        "es": (
                                            "Asiste a una recepción pagada por el municipio socio "
                                            "porque allí representa formalmente a la asociación."
                                        ),
                                    },
                                    "correct": True,
                                    "feedback": {
                                        "nl": (
                                            "Juist. De activiteit hoort bij je werk en je "
                                            "aanwezigheid is functioneel: je vertegenwoordigt de "
                                            "vereniging formeel."
                                        ),
                                        "fr": (
                                            "Exact. L'activité relève de votre travail et votre "
                                            "présence se justifie par votre fonction\u202f: vous "
                                            "représentez officiellement l'association."
                                        ),
                                        "en": (
                                            "Correct. The activity is part of your work and your "
                                            "presence serves a function: you formally represent "
                                            "the association."
                                        ),
                                        "es": (
                                            "Correcto. La actividad forma parte de su trabajo y su "
                                            "presencia cumple una función: usted representa "
                                            "formalmente a la asociación."
                                        ),
                                    },
                                },
                                {
                                    "text": {
                                        "nl": (
                                            "Je merkt dat een medewerker van een lokale partner "
                                            "een contract belooft in ruil voor seksuele gunsten. "
                                            "Je zwijgt, want het is niet jouw project."
                                        ),
                                        "fr": (
                                            "Vous constatez qu'un employé d'un partenaire local "
                                            "promet un contrat en échange de faveurs sexuelles. "
                                            "Vous vous taisez, puisque ce n'est pas votre projet."
                                        ),
                                        "en": (
                                            "You notice that a staff member of a local partner is "
                                            "promising a contract in exchange for sexual favours. "
                                            "You keep quiet, since it is not your project."
                                        ),
                                        "es": (
                                            "Se da cuenta de que un empleado de un socio local "
                                            "promete un contrato a cambio de favores sexuales. No "
                                            "dice nada, porque no es su proyecto."
                                        ),
                                    },
                                    "correct": False,
                                    "feedback": {
                                        "nl": (
                                            "Niet juist. Dit is seksuele uitbuiting: misbruik van "
                                            "macht en kwetsbaarheid met seksuele bedoelingen. De "
                                            "code vraagt dat je misbruik meldt wanneer je het "
                                            "vaststelt, ook als je er zelf niet rechtstreeks bij "
                                            "betrokken bent."
                                        ),
                                        "fr": (
                                            "Incorrect. Il s'agit d'exploitation sexuelle\u202f: "
                                            "un abus de pouvoir et de vulnérabilité à des fins "
                                            "sexuelles. Le code vous demande de signaler tout abus "
                                            "que vous constatez, même si vous n'y êtes pas "
                                            "directement mêlé."
                                        ),
                                        "en": (
                                            "Not correct. This is sexual exploitation: abuse of "
                                            "power and vulnerability for sexual purposes. The code "
                                            "asks you to report abuse when you witness it, even if "
                                            "you are not directly involved yourself."
                                        ),
                                        "es": (
                                            "Incorrecto. Se trata de explotación sexual: un abuso "
                                            "de poder y de vulnerabilidad con fines sexuales. El "
                                            "código le pide reportar todo abuso que presencie, "
                                            "aunque usted no esté directamente involucrado."
                                        ),
                                    },
                                },
                                {
                                    "text": {
                                        "nl": (
                                            "Je hoort hoe een ambtenaar een aannemer om een extra "
                                            "vergoeding vraagt om een betaling sneller te regelen. "
                                            "Je meldt wat je hoorde, ook al is het niet jouw "
                                            "dossier."
                                        ),
                                        "fr": (
                                            "Vous entendez un agent réclamer à un entrepreneur une "
                                            "somme supplémentaire pour accélérer un paiement. Vous "
                                            "signalez ce que vous avez entendu, même si ce n'est "
                                            "pas votre dossier."
                                        ),
                                        "en": (
                                            "You overhear an official asking a contractor for an "
                                            "extra fee to speed up a payment. You report what you "
                                            "heard, even though it is not your file."
                                        ),
                                        "es": (
                                            "Escucha a un funcionario pedirle a un contratista un "
                                            "pago extra para agilizar un desembolso. Reporta lo "
                                            "que oyó, aunque no sea su expediente."
                                        ),
                                    },
                                    "correct": True,
                                    "feedback": {
                                        "nl": (
                                            "Juist. Dit is een vorm van corruptie. Je meldt ze, "
                                            "ook als je er zelf niet rechtstreeks bij betrokken "
                                            "bent."
                                        ),
                                        "fr": (
                                            "Exact. C'est une forme de corruption. Vous la "
                                            "signalez, même si vous n'y êtes pas directement mêlé."
                                        ),
                                        "en": (
                                            "Correct. This is a form of corruption. You report it, "
                                            "even if you are not directly involved."
                                        ),
                                        "es": (
                                            "Correcto. Es una forma de corrupción. La reporta, "
                                            "aunque usted no esté directamente involucrado."
                                        ),
                                    },
                                },
                            ],
                        },
                    ),
                ],
            },
            {
                "title": {
                    "nl": "Duurzaamheid: bouwen voor de lange termijn",
                    "fr": "Durabilité\u202f: construire pour le long terme",
                    "en": "Sustainability: building for the long term",
                    "es": "Sostenibilidad: construir a largo plazo",
                },
                "slug": {
                    "nl": "duurzaamheid",
                    "fr": "durabilite",
                    "en": "sustainability",
                    "es": "sostenibilidad",
                },
                "blocks": [
                    (
                        "text",
                        {
                            "nl": (
                                "<p>Duurzame ontwikkeling voorziet in wat we vandaag nodig hebben, "
                                "zonder dat toekomstige generaties daarvoor de prijs betalen. Ze "
                                "brengt economische ontwikkeling, wat het milieu kan dragen en "
                                "sociale rechtvaardigheid met elkaar in evenwicht. De vereniging "
                                "onderschrijft de Agenda 2030 voor Duurzame Ontwikkeling. Ze wil "
                                "ook een duurzame band met haar eigen medewerkers en zorgt in haar "
                                "eigen werking voor mensen en voor het milieu.</p><p>In je werk "
                                "betekent dat onder meer:</p><ul><li>je zoekt naar duurzame "
                                "relaties en structurele oplossingen, en je betrekt collega's, "
                                "leden en partners waar het kan;</li><li>je zorgt ervoor dat ook "
                                "inheemse en gemarginaliseerde gemeenschappen mee aan tafel "
                                "zitten;</li><li>je maakt keuzes die op lange termijn goed zijn, "
                                "met gendergelijkheid en mensenrechten als vertrekpunt;</li><li>je "
                                "staat stil bij wat je activiteiten voor het milieu kunnen "
                                "betekenen, en doet wat je kan om schade te vermijden;</li><li>bij "
                                "het innemen van standpunten weeg je naast de gevolgen voor lokale "
                                "besturen ook duurzaamheid mee, met de Agenda 2030 als handig "
                                "kader.</li></ul>"
                            ),
                            "fr": (
                                "<p>Le développement durable répond aux besoins d'aujourd'hui sans "
                                "que les générations futures en paient le prix. Il cherche à "
                                "concilier développement économique, respect des limites de "
                                "l'environnement et justice sociale. L'association souscrit à "
                                "l'Agenda 2030 pour le développement durable et vise aussi une "
                                "relation durable avec ses propres collaborateurs, ainsi que le "
                                "respect des personnes et de l'environnement dans son "
                                "fonctionnement.</p><p>Dans votre travail, cela signifie notamment "
                                "que\u202f:</p><ul><li>vous recherchez des relations durables et "
                                "des solutions structurelles, en associant collègues, membres et "
                                "partenaires chaque fois que possible\u202f;</li><li>vous veillez "
                                "à l'inclusion des communautés autochtones et "
                                "marginalisées\u202f;</li><li>vous faites des choix bénéfiques à "
                                "long terme, en prenant l'égalité de genre et les droits humains "
                                "comme points de départ\u202f;</li><li>vous réfléchissez à "
                                "l'impact écologique possible de vos actions et faites ce que vous "
                                "pouvez pour éviter les effets négatifs\u202f;</li><li>lorsque "
                                "vous prenez position, vous tenez compte de la durabilité en plus "
                                "des effets sur les pouvoirs locaux, l'Agenda 2030 offrant un "
                                "cadre utile.</li></ul>"
                            ),
                            "en": (
                                "<p>Sustainable development meets today's needs without making "
                                "future generations pay the price. It seeks to balance economic "
                                "development, what the environment can bear and social justice. "
                                "The association endorses the 2030 Agenda for Sustainable "
                                "Development and also aims for a lasting relationship with its own "
                                "staff and for respect for people and the environment in the way "
                                "it works.</p><p>In your work this means, among other things, "
                                "that:</p><ul><li>you look for lasting relationships and "
                                "structural solutions, involving colleagues, members and partners "
                                "wherever possible;</li><li>you pay attention to the inclusion of "
                                "indigenous and marginalised communities;</li><li>you make choices "
                                "that are good in the long run, with gender equality and human "
                                "rights as starting points;</li><li>you think about the possible "
                                "ecological impact of what you do and do what you can to avoid "
                                "harm;</li><li>when taking a position, you weigh sustainability "
                                "alongside the impact on local governments, with the 2030 Agenda "
                                "as a useful framework.</li></ul>"
                            ),
                            "es": (
                                "<p>El desarrollo sostenible responde a las necesidades de hoy sin "
                                "que las generaciones futuras paguen el precio. Busca equilibrar "
                                "el desarrollo económico, lo que el medio ambiente puede soportar "
                                "y la justicia social. La asociación suscribe la Agenda 2030 para "
                                "el Desarrollo Sostenible y busca también una relación duradera "
                                "con su propio personal y el respeto por las personas y el medio "
                                "ambiente en su funcionamiento.</p><p>En su trabajo, esto "
                                "significa, entre otras cosas, que:</p><ul><li>usted busca "
                                "relaciones duraderas y soluciones estructurales, e involucra a "
                                "colegas, miembros y socios siempre que sea "
                                "posible;</li><li>presta atención a la inclusión de las "
                                "comunidades indígenas y marginadas;</li><li>toma decisiones que "
                                "sean buenas a largo plazo, con la igualdad de género y los "
                                "derechos humanos como punto de partida;</li><li>reflexiona sobre "
                                "el posible impacto ecológico de lo que hace y procura evitar "
                                "daños;</li><li>al adoptar una postura, considera la "
                                "sostenibilidad además del impacto en los gobiernos locales, con "
                                "la Agenda 2030 como marco útil.</li></ul>"
                            ),
                        },
                    ),
                    (
                        "code_rule",
                        {
                            "value": {
                                "nl": "Duurzaamheid",
                                "fr": "Durabilité",
                                "en": "Sustainability",
                                "es": "Sostenibilidad",
                            },
                            "rule": {
                                "nl": (
                                    "Met het materiaal, de goederen en het geld die de vereniging "
                                    "je toevertrouwt, ga je verantwoord en spaarzaam om."
                                ),
                                "fr": (
                                    "Vous utilisez de manière responsable et économe le matériel, "
                                    "les biens et l'argent que l'association met à votre "
                                    "disposition."
                                ),
                                "en": (
                                    "You use the materials, goods and money the association puts "
                                    "at your disposal responsibly and sparingly."
                                ),
                                "es": (
                                    "Usted utiliza de manera responsable y austera los materiales, "
                                    "bienes y fondos que la asociación pone a su disposición."
                                ),
                            },
                        },
                    ),
                    (
                        "quote",
                        {
                            "quote": {
                                "nl": (
                                    "Vroeger vlogen we voor elke voorbereidende vergadering naar "
                                    "onze partnerstad. Nu bereiden we alles online voor en "
                                    "bundelen we het werkbezoek in één reis, met meer tijd ter "
                                    "plaatse. Dat spaart geld en uitstoot, en onze partners "
                                    "krijgen er een beter programma voor in de plaats."
                                ),
                                "fr": (
                                    "Avant, nous prenions l'avion vers notre ville partenaire pour "
                                    "chaque réunion préparatoire. Aujourd'hui, nous préparons tout "
                                    "en ligne et regroupons la visite de travail en un seul "
                                    "voyage, avec plus de temps sur place. Nous économisons de "
                                    "l'argent et des émissions, et nos partenaires y gagnent un "
                                    "meilleur programme."
                                ),
                                "en": (
                                    "We used to fly to our partner town for every preparatory "
                                    "meeting. Now we prepare everything online and combine the "
                                    "work visit into a single trip, with more time on the ground. "
                                    "It saves money and emissions, and our partners get a better "
                                    "programme in return."
                                ),
                                "es": (
                                    "Antes volábamos a nuestra ciudad socia para cada reunión "
                                    "preparatoria. Ahora preparamos todo en línea y concentramos "
                                    "la visita de trabajo en un solo viaje, con más tiempo en el "
                                    "terreno. Ahorramos dinero y emisiones, y nuestros socios "
                                    "reciben a cambio un mejor programa."
                                ),
                            },
                            "attribution": {
                                "nl": "een ambtenaar van een Vlaamse gemeente",
                                "fr": "un agent d'une commune flamande",
                                "en": "an official of a Flemish municipality",
                                "es": "un funcionario de un municipio flamenco",
                            },
                        },
                    ),
                    (
                        "multiple_choice",
                        {
                            "question": {
                                "nl": (
                                    "Je bereidt een werkbezoek aan de partnergemeente voor. Welke "
                                    "keuzes passen bij de waarde duurzaamheid? Duid alle juiste "
                                    "antwoorden aan."
                                ),
                                "fr": (
                                    "Vous préparez une visite de travail dans la commune "
                                    "partenaire. Quels choix correspondent à la valeur de "
                                    "durabilité\u202f? Cochez toutes les bonnes réponses."
                                ),
                                "en": (
                                    "You are preparing a work visit to the partner municipality. "
                                    "Which choices fit the value of sustainability? Select all "
                                    "correct answers."
                                ),
                                "es": (
                                    "Está preparando una visita de trabajo al municipio socio. "
                                    "¿Qué decisiones se ajustan al valor de la sostenibilidad? "
                                    "Marque todas las respuestas correctas."
                                ),
                            },
                            "options": [
                                {
                                    "text": {
                                        "nl": (
                                            "Je houdt de voorbereidende overlegmomenten online in "
                                            "plaats van er een extra reis voor te plannen."
                                        ),
                                        "fr": (
                                            "Vous tenez les réunions préparatoires en ligne au "
                                            "lieu de prévoir un voyage supplémentaire."
                                        ),
                                        "en": (
                                            "You hold the preparatory meetings online instead of "
                                            "planning an extra trip for them."
                                        ),
                                        "es": (
                                            "Realiza las reuniones preparatorias en línea en lugar "
                                            "de planificar un viaje adicional."
                                        ),
                                    },
                                    "correct": True,
                                    "feedback": {
                                        "nl": (
                                            "Juist. Je denkt na over de ecologische impact en gaat "
                                            "zuinig om met de middelen."
                                        ),
                                        "fr": (
                                            "Exact. Vous tenez compte de l'impact écologique et "
                                            "utilisez les moyens avec parcimonie."
                                        ),
                                        "en": (
                                            "Correct. You take the ecological impact into account "
                                            "and use resources sparingly."
                                        ),
                                        "es": (
                                            "Correcto. Tiene en cuenta el impacto ecológico y usa "
                                            "los recursos con austeridad."
                                        ),
                                    },
                                },
                                {
                                    "text": {
                                        "nl": (
                                            "Je nodigt ook vertegenwoordigers van een inheemse "
                                            "gemeenschap uit het district uit voor het overleg."
                                        ),
                                        "fr": (
                                            "Vous invitez aussi des représentants d'une communauté "
                                            "autochtone du district à la concertation."
                                        ),
                                        "en": (
                                            "You also invite representatives of an indigenous "
                                            "community from the district to the consultation."
                                        ),
                                        "es": (
                                            "Invita también a representantes de una comunidad "
                                            "indígena del distrito a la consulta."
                                        ),
                                    },
                                    "correct": True,
                                    "feedback": {
                                        "nl": (
                                            "Juist. De code vraagt dat je ook inheemse en "
                                            "gemarginaliseerde gemeenschappen betrekt."
                                        ),
                                        "fr": (
                                            "Exact. Le code demande de veiller à l'inclusion des "
                                            "communautés autochtones et marginalisées."
                                        ),
                                        "en": (
                                            "Correct. The code asks for attention to the inclusion "
                                            "of indigenous and marginalised communities."
                                        ),
                                        "es": (
                                            "Correcto. El código pide prestar atención a la "
                                            "inclusión de las comunidades indígenas y marginadas."
                                        ),
                                    },
                                },
                                {
                                    "text": {
                                        "nl": (
                                            "Je boekt het duurste hotel, omdat het budget het toch "
                                            "toelaat."
                                        ),
                                        "fr": (
                                            "Vous réservez l'hôtel le plus cher, puisque le budget "
                                            "le permet."
                                        ),
                                        "en": (
                                            "You book the most expensive hotel, since the budget "
                                            "allows it anyway."
                                        ),
                                        "es": (
                                            "Reserva el hotel más caro, ya que el presupuesto lo "
                                            "permite."
                                        ),
                                    },
                                    "correct": False,
                                    "feedback": {
                                        "nl": (
                                            "Niet juist. Dat er budget is, betekent niet dat je "
                                            "het moet opmaken. De code vraagt dat je verantwoord "
                                            "en zuinig omgaat met de middelen."
                                        ),
                                        "fr": (
                                            "Incorrect. Disposer d'un budget ne signifie pas qu'il "
                                            "faut l'épuiser. Le code vous demande d'utiliser les "
                                            "moyens de manière responsable et économe."
                                        ),
                                        "en": (
                                            "Not correct. Having a budget does not mean you have "
                                            "to spend it. The code asks you to use resources "
                                            "responsibly and sparingly."
                                        ),
                                        "es": (
                                            "Incorrecto. Tener presupuesto no significa que haya "
                                            "que gastarlo. El código le pide usar los recursos de "
                                            "manera responsable y austera."
                                        ),
                                    },
                                },
                                {
                                    "text": {
                                        "nl": (
                                            "Je kiest voor een eenmalige aankoop die snel "
                                            "resultaat toont, ook al kan de partner het toestel "
                                            "daarna niet onderhouden."
                                        ),
                                        "fr": (
                                            "Vous optez pour un achat ponctuel aux résultats "
                                            "rapides, même si le partenaire ne pourra pas "
                                            "entretenir l'équipement ensuite."
                                        ),
                                        "en": (
                                            "You opt for a one-off purchase that shows quick "
                                            "results, even though the partner will not be able to "
                                            "maintain the equipment afterwards."
                                        ),
                                        "es": (
                                            "Opta por una compra puntual que muestra resultados "
                                            "rápidos, aunque el socio no podrá mantener el equipo "
                                            "después."
                                        ),
                                    },
                                    "correct": False,
                                    "feedback": {
                                        "nl": (
                                            "Niet juist. De code vraagt structurele oplossingen en "
                                            "keuzes die op lange termijn goed zijn. Een toestel "
                                            "dat niemand kan onderhouden, helpt de partner niet "
                                            "duurzaam vooruit."
                                        ),
                                        "fr": (
                                            "Incorrect. Le code demande des solutions "
                                            "structurelles et des choix bénéfiques à long terme. "
                                            "Un équipement que personne ne peut entretenir n'aide "
                                            "pas durablement le partenaire."
                                        ),
                                        "en": (
                                            "Not correct. The code asks for structural solutions "
                                            "and choices that are good in the long run. Equipment "
                                            "that nobody can maintain does not help the partner in "
                                            "a lasting way."
                                        ),
                                        "es": (
                                            "Incorrecto. El código pide soluciones estructurales y "
                                            "decisiones buenas a largo plazo. Un equipo que nadie "
                                            "puede mantener no ayuda al socio de forma duradera."
                                        ),
                                    },
                                },
                            ],
                        },
                    ),
                    (
                        "true_false",
                        {
                            "statement": {
                                "nl": (
                                    "Nadenken over de ecologische impact is alleen nodig bij "
                                    "projecten die over het milieu gaan."
                                ),
                                "fr": (
                                    "Réfléchir à l'impact écologique n'est nécessaire que pour les "
                                    "projets qui portent sur l'environnement."
                                ),
                                "en": (
                                    "Thinking about ecological impact is only necessary for "
                                    "projects that are about the environment."
                                ),
                                "es": (
                                    "Reflexionar sobre el impacto ecológico solo es necesario en "
                                    "los proyectos que tratan sobre el medio ambiente."
                                ),
                            },
                            "answer": False,
                            "feedback_true": {
                                "nl": (
                                    "Niet juist. De code vraagt dat je bij alle interventies en "
                                    "activiteiten nadenkt over de mogelijke ecologische impact en "
                                    "doet wat mogelijk is om schade te voorkomen, waar het project "
                                    "ook over gaat."
                                ),
                                "fr": (
                                    "Incorrect. Le code vous demande de réfléchir à l'impact "
                                    "écologique possible de toutes vos interventions et activités, "
                                    "et de faire ce qui est possible pour éviter les dommages, "
                                    "quel que soit le thème du projet."
                                ),
                                "en": (
                                    "Not correct. The code asks you to consider the possible "
                                    "ecological impact of all interventions and activities, and to "
                                    "do what you can to prevent harm, whatever the project is "
                                    "about."
                                ),
                                "es": (
                                    "Incorrecto. El código le pide reflexionar sobre el posible "
                                    "impacto ecológico de todas las intervenciones y actividades, "
                                    "y hacer lo posible por evitar daños, sea cual sea el tema del "
                                    "proyecto."
                                ),
                            },
                            "feedback_false": {
                                "nl": (
                                    "Juist. Of het nu gaat over afvalbeheer, onderwijs of lokaal "
                                    "bestuur: bij elke activiteit sta je stil bij de mogelijke "
                                    "ecologische impact en probeer je schade te voorkomen."
                                ),
                                "fr": (
                                    "Exact. Qu'il s'agisse de gestion des déchets, d'éducation ou "
                                    "de gouvernance locale, vous réfléchissez à l'impact "
                                    "écologique possible de chaque activité et cherchez à éviter "
                                    "les dommages."
                                ),
                                "en": (
                                    "Correct. Whether it is about waste management, education or "
                                    "local governance, you consider the possible ecological impact "
                                    "of every activity and try to prevent harm."
                                ),
                                "es": (
                                    "Correcto. Ya se trate de gestión de residuos, educación o "
                                    "gobierno local, usted reflexiona sobre el posible impacto "
                                    "ecológico de cada actividad y procura evitar daños."
                                ),
                            },
                        },
                    ),
                ],
            },
            {
                "title": {
                    "nl": "Professionalisme: deskundig en bewust van je grenzen",
                    "fr": "Professionnalisme\u202f: compétent et conscient de ses limites",
                    "en": "Professionalism: competent and aware of your limits",
                    "es": "Profesionalismo: competencia y conciencia de los propios límites",
                },
                "slug": {
                    "nl": "professionalisme",
                    "fr": "professionnalisme",
                    "en": "professionalism",
                    "es": "profesionalismo",
                },
                "blocks": [
                    (
                        "text",
                        {
                            "nl": (
                                "<p>De vereniging is een kennisorganisatie. Leden en partners "
                                "rekenen erop dat we onze dossiers grondig kennen en vaardig "
                                "genoeg zijn om efficiënt voor hun belangen op te komen en hen te "
                                "ondersteunen.</p><p>Professioneel werken betekent onder "
                                "meer:</p><ul><li>je werk past bij de missie, de visie en de "
                                "doelen van de vereniging en het internationale team, en je blijft "
                                "mee met wat er in je vakgebied gebeurt;</li><li>je komt afspraken "
                                "en deadlines na, en bereidt vergaderingen en projecten goed voor "
                                "en volgt ze op;</li><li>je adviezen zijn onderbouwd, creatief en "
                                "realistisch, met oog voor de financiële gevolgen en de lange "
                                "termijn;</li><li>je communiceert mondeling en schriftelijk in "
                                "correcte, heldere taal en deelt je kennis;</li><li>je werkt "
                                "samen, ook met wie er anders over denkt, en reageert rustig en "
                                "opbouwend op feedback of problemen;</li><li>je toont respect voor "
                                "iedereen, en zeker voor de lokale bevolking en de partners ter "
                                "plaatse.</li></ul>"
                            ),
                            "fr": (
                                "<p>L'association est une organisation de connaissances. Les "
                                "membres et les partenaires comptent sur nous pour maîtriser nos "
                                "dossiers et disposer des compétences nécessaires pour défendre "
                                "leurs intérêts et les soutenir efficacement.</p><p>Travailler de "
                                "manière professionnelle signifie notamment "
                                "que\u202f:</p><ul><li>vous agissez conformément à la mission, à "
                                "la vision et aux objectifs de l'association et de l'équipe "
                                "internationale, et vous suivez l'actualité de votre "
                                "domaine\u202f;</li><li>vous respectez les accords et les "
                                "échéances, et vous préparez et assurez le suivi des réunions et "
                                "des projets\u202f;</li><li>vos avis sont étayés, créatifs et "
                                "réalistes, et tiennent compte des conséquences financières et du "
                                "long terme\u202f;</li><li>vous vous exprimez, à l'oral comme à "
                                "l'écrit, dans une langue correcte et claire, et vous partagez vos "
                                "connaissances\u202f;</li><li>vous collaborez, y compris avec des "
                                "personnes qui ne partagent pas votre avis, et vous réagissez "
                                "calmement et de façon constructive aux critiques ou aux "
                                "problèmes\u202f;</li><li>vous respectez chaque personne, et tout "
                                "particulièrement les populations locales et les "
                                "partenaires.</li></ul>"
                            ),
                            "en": (
                                "<p>The association is a knowledge organisation. Members and "
                                "partners count on us to know our files thoroughly and to have the "
                                "skills to represent and support them efficiently.</p><p>Working "
                                "professionally means, among other things, that:</p><ul><li>you "
                                "work in line with the mission, vision and objectives of the "
                                "association and its international team, and you keep up with "
                                "developments in your field;</li><li>you keep to agreements and "
                                "deadlines, and you prepare and follow up meetings and projects "
                                "properly;</li><li>your advice is well founded, creative and "
                                "realistic, with an eye for the financial consequences and the "
                                "long term;</li><li>you speak and write in correct, clear language "
                                "and share your knowledge;</li><li>you work together even with "
                                "people who see things differently, and you respond calmly and "
                                "constructively to feedback or problems;</li><li>you respect every "
                                "individual, and local peoples and partners in "
                                "particular.</li></ul>"
                            ),
                            "es": (
                                "<p>La asociación es una organización de conocimiento. Los "
                                "miembros y los socios confían en que dominamos nuestros temas y "
                                "tenemos las competencias necesarias para defender sus intereses y "
                                "apoyarlos con eficiencia.</p><p>Trabajar con profesionalismo "
                                "significa, entre otras cosas, que:</p><ul><li>usted actúa de "
                                "acuerdo con la misión, la visión y los objetivos de la asociación "
                                "y de su equipo internacional, y se mantiene al día en su "
                                "campo;</li><li>cumple los acuerdos y los plazos, y prepara bien "
                                "las reuniones y los proyectos y les da seguimiento;</li><li>sus "
                                "recomendaciones son fundamentadas, creativas y realistas, y "
                                "tienen en cuenta las consecuencias financieras y el largo "
                                "plazo;</li><li>se expresa de forma oral y escrita con un lenguaje "
                                "correcto y claro, y comparte sus conocimientos;</li><li>colabora "
                                "incluso con quienes piensan distinto y responde con calma y de "
                                "forma constructiva a las críticas o los "
                                "problemas;</li><li>respeta a cada persona, en particular a los "
                                "pueblos locales y a los socios.</li></ul>"
                            ),
                        },
                    ),
                    (
                        "code_rule",
                        {
                            "value": {
                                "nl": "Professionalisme",
                                "fr": "Professionnalisme",
                                "en": "Professionalism",
                                "es": "Profesionalismo",
                            },
                            "rule": {
                                "nl": (
                                    "Je weet waar je grenzen liggen en je zegt het ook. Waar je "
                                    "zelf weinig van kent, laat je het over aan wie er wel "
                                    "verstand van heeft."
                                ),
                                "fr": (
                                    "Vous connaissez vos limites et vous les exprimez. Dans les "
                                    "domaines que vous maîtrisez peu, vous vous en remettez à "
                                    "l'expertise des autres."
                                ),
                                "en": (
                                    "You know your limits and say so. Where you know little about "
                                    "a subject, you rely on the expertise of others."
                                ),
                                "es": (
                                    "Usted conoce sus límites y los expresa. En los temas que "
                                    "domina poco, se apoya en la experiencia de otras personas."
                                ),
                            },
                        },
                    ),
                    (
                        "quote",
                        {
                            "quote": {
                                "nl": (
                                    "Een partnergemeente vroeg me om advies over de aanbesteding "
                                    "van een waterzuiveringsinstallatie. Daar ken ik te weinig "
                                    "van, en dat heb ik eerlijk gezegd. Ik bracht hen in contact "
                                    "met een ingenieur van een Vlaamse gemeente. Dat was meer "
                                    "waard dan een half advies van mij."
                                ),
                                "fr": (
                                    "Une commune partenaire m'a demandé conseil sur l'appel "
                                    "d'offres pour une station d'épuration. Je ne m'y connais pas "
                                    "assez, et je l'ai dit franchement. Je l'ai mise en contact "
                                    "avec une ingénieure d'une commune flamande. Cela valait bien "
                                    "plus qu'un demi-conseil de ma part."
                                ),
                                "en": (
                                    "A partner municipality asked me for advice on the tender for "
                                    "a wastewater treatment plant. I don't know enough about that, "
                                    "and I said so honestly. I put them in touch with an engineer "
                                    "from a Flemish municipality. That was worth far more than "
                                    "half an answer from me."
                                ),
                                "es": (
                                    "Un municipio socio me pidió asesoría sobre la licitación de "
                                    "una planta de tratamiento de aguas residuales. No sé lo "
                                    "suficiente del tema, y lo dije con franqueza. Los puse en "
                                    "contacto con una ingeniera de un municipio flamenco. Eso "
                                    "valió mucho más que un consejo a medias de mi parte."
                                ),
                            },
                            "attribution": {
                                "nl": "een beleidsmedewerker van het internationale team",
                                "fr": "une chargée de mission de l'équipe internationale",
                                "en": "a policy officer in the international team",
                                "es": "una asesora del equipo internacional",
                            },
                        },
                    ),
                    (
                        "single_choice",
                        {
                            "question": {
                                "nl": (
                                    "Je hebt deze week al drie dossiers met een deadline. Je "
                                    "leidinggevende vraagt je om er nog een dringende opdracht bij "
                                    "te nemen. Wat doe je?"
                                ),
                                "fr": (
                                    "Vous avez déjà trois dossiers à rendre cette semaine. Votre "
                                    "responsable vous demande de prendre en plus une tâche "
                                    "urgente. Que faites-vous\u202f?"
                                ),
                                "en": (
                                    "You already have three files due this week. Your manager asks "
                                    "you to take on another urgent task as well. What do you do?"
                                ),
                                "es": (
                                    "Esta semana ya tiene tres expedientes con plazo de entrega. "
                                    "Su jefatura le pide que asuma además una tarea urgente. ¿Qué "
                                    "hace?"
                                ),
                            },
                            "options": [
                                {
                                    "text": {
                                        "nl": (
                                            "Je zegt ja en werkt 's avonds door: nee zeggen is "
                                            "niet professioneel."
                                        ),
                                        "fr": (
                                            "Vous acceptez et travaillez tard le soir\u202f: "
                                            "refuser ne serait pas professionnel."
                                        ),
                                        "en": (
                                            "You say yes and work late into the evening: saying no "
                                            "would be unprofessional."
                                        ),
                                        "es": (
                                            "Acepta y trabaja hasta tarde: decir que no sería poco "
                                            "profesional."
                                        ),
                                    },
                                    "correct": False,
                                    "feedback": {
                                        "nl": (
                                            "Niet juist. De code vraagt net dat je je eigen "
                                            "grenzen kent en aangeeft, en dat je bewaakt hoeveel "
                                            "werk je opneemt. Overbelasting helpt niemand en gaat "
                                            "ten koste van de kwaliteit."
                                        ),
                                        "fr": (
                                            "Incorrect. Le code vous demande justement de "
                                            "connaître et d'exprimer vos limites, et de veiller à "
                                            "bien doser votre charge de travail. La surcharge "
                                            "n'aide personne et nuit à la qualité."
                                        ),
                                        "en": (
                                            "Not correct. The code asks you precisely to know and "
                                            "state your limits and to keep your workload in check. "
                                            "Overload helps nobody and comes at the expense of "
                                            "quality."
                                        ),
                                        "es": (
                                            "Incorrecto. El código le pide justamente conocer y "
                                            "expresar sus límites, y cuidar la dosificación de su "
                                            "trabajo. La sobrecarga no ayuda a nadie y afecta la "
                                            "calidad."
                                        ),
                                    },
                                },
                                {
                                    "text": {
                                        "nl": (
                                            "Je zegt ja en laat een van de andere deadlines "
                                            "stilletjes voorbijgaan."
                                        ),
                                        "fr": (
                                            "Vous acceptez et laissez discrètement passer l'une "
                                            "des autres échéances."
                                        ),
                                        "en": (
                                            "You say yes and quietly let one of the other "
                                            "deadlines slip."
                                        ),
                                        "es": (
                                            "Acepta y deja pasar en silencio uno de los otros "
                                            "plazos."
                                        ),
                                    },
                                    "correct": False,
                                    "feedback": {
                                        "nl": (
                                            "Niet juist. Afspraken en deadlines nakomen hoort bij "
                                            "professionalisme. Is iets niet haalbaar, dan zeg je "
                                            "dat vooraf in plaats van een deadline stil te laten "
                                            "passeren."
                                        ),
                                        "fr": (
                                            "Incorrect. Respecter les accords et les échéances "
                                            "fait partie du professionnalisme. Si quelque chose "
                                            "n'est pas faisable, vous le dites à l'avance plutôt "
                                            "que de laisser passer une échéance sans rien dire."
                                        ),
                                        "en": (
                                            "Not correct. Keeping to agreements and deadlines is "
                                            "part of professionalism. If something is not "
                                            "feasible, you say so in advance rather than silently "
                                            "letting a deadline pass."
                                        ),
                                        "es": (
                                            "Incorrecto. Cumplir los acuerdos y los plazos es "
                                            "parte del profesionalismo. Si algo no es viable, lo "
                                            "dice con anticipación en lugar de dejar pasar un "
                                            "plazo en silencio."
                                        ),
                                    },
                                },
                                {
                                    "text": {
                                        "nl": (
                                            "Je legt uit wat er al op je bord ligt en bespreekt "
                                            "met je leidinggevende welke prioriteiten voorgaan."
                                        ),
                                        "fr": (
                                            "Vous expliquez ce que vous avez déjà en cours et "
                                            "convenez avec votre responsable des priorités."
                                        ),
                                        "en": (
                                            "You explain what is already on your plate and discuss "
                                            "with your manager which priorities come first."
                                        ),
                                        "es": (
                                            "Explica lo que ya tiene pendiente y conversa con su "
                                            "jefatura sobre qué tiene prioridad."
                                        ),
                                    },
                                    "correct": True,
                                    "feedback": {
                                        "nl": (
                                            "Juist. Je kent je grenzen en geeft ze aan, en samen "
                                            "met je leidinggevende bewaak je de dosering van het "
                                            "werk en de prioriteiten."
                                        ),
                                        "fr": (
                                            "Exact. Vous connaissez vos limites et les exprimez, "
                                            "et vous veillez avec votre responsable au dosage du "
                                            "travail et aux priorités."
                                        ),
                                        "en": (
                                            "Correct. You know your limits and state them, and "
                                            "together with your manager you keep an eye on "
                                            "workload and priorities."
                                        ),
                                        "es": (
                                            "Correcto. Conoce sus límites y los expresa, y junto "
                                            "con su jefatura cuida la dosificación del trabajo y "
                                            "las prioridades."
                                        ),
                                    },
                                },
                            ],
                        },
                    ),
                    (
                        "reflection",
                        {
                            "prompt": {
                                "nl": (
                                    "Denk aan een moment waarop een opdracht je petje te boven "
                                    "ging. Heb je dat ook gezegd? Wat hielp je om je grens uit te "
                                    "spreken, of wat hield je tegen?"
                                ),
                                "fr": (
                                    "Pensez à une fois où une tâche dépassait vos compétences ou "
                                    "vos forces. L'avez-vous dit\u202f? Qu'est-ce qui vous a aidé "
                                    "à exprimer votre limite, ou qu'est-ce qui vous en a "
                                    "empêché\u202f?"
                                ),
                                "en": (
                                    "Think of a time when a task was beyond your expertise or your "
                                    "capacity. Did you say so? What helped you to state your "
                                    "limit, or what held you back?"
                                ),
                                "es": (
                                    "Piense en alguna ocasión en que una tarea superaba sus "
                                    "conocimientos o su capacidad. ¿Lo dijo? ¿Qué le ayudó a "
                                    "expresar su límite o qué se lo impidió?"
                                ),
                            },
                        },
                    ),
                ],
            },
        ],
    },
    {
        "key": "integrity-policy",
        "title": {
            "nl": "Integriteitsbeleid: rollen, advies en melden",
            "fr": "Politique d'intégrité\u202f: rôles, conseil et signalement",
            "en": "Integrity policy: roles, advice and reporting",
            "es": "Política de integridad: roles, asesoría y reportes",
        },
        "slug": {
            "nl": "integriteitsbeleid",
            "fr": "politique-d-integrite",
            "en": "integrity-policy",
            "es": "politica-de-integridad",
        },
        "intro": {
            "nl": (
                "Het integriteitsbeleid legt vast wie in het internationale team waarvoor "
                "verantwoordelijk is, en hoe je advies vraagt of een vermoedelijke schending "
                "meldt. In deze module leer je de drie integriteitsrollen kennen, ontdek je bij "
                "wie je met welke vraag terechtkan en zie je hoe een klacht wordt behandeld. Tot "
                "slot lees je hoe het team de code elk jaar samen herbekijkt."
            ),
            "fr": (
                "La politique d'intégrité précise qui assume quelle responsabilité au sein de "
                "l'équipe internationale, et comment demander conseil ou signaler un manquement "
                "présumé. Dans ce module, vous découvrez les trois rôles liés à l'intégrité, vous "
                "apprenez à qui vous adresser selon votre question et vous voyez comment une "
                "plainte est traitée. Enfin, vous verrez comment l'équipe revoit chaque année le "
                "code ensemble."
            ),
            "en": (
                "The integrity policy sets out who in the international team is responsible for "
                "what, and how to ask for advice or report a suspected breach. In this module you "
                "get to know the three integrity roles, find out where to go with which question "
                "and see how a complaint is handled. Finally, you read how the team reviews the "
                "code together every year."
            ),
            "es": (
                "La política de integridad establece quién es responsable de qué dentro del equipo "
                "internacional y cómo pedir asesoría o reportar una posible falta. En este módulo "
                "conocerá los tres roles de integridad, sabrá a quién acudir según su consulta y "
                "verá cómo se tramita una queja. Por último, verá cómo el equipo revisa el código "
                "en conjunto cada año."
            ),
        },
        "objectives": [
            {
                "nl": (
                    "Je kan de taken van de integriteitsverantwoordelijke, de raadgever "
                    "integriteit en de klachtenmanager onderscheiden."
                ),
                "fr": (
                    "Distinguer les missions du responsable de l'intégrité, du conseiller en "
                    "intégrité et du gestionnaire des plaintes."
                ),
                "en": (
                    "Distinguish the tasks of the integrity officer, the integrity adviser and the "
                    "complaints manager."
                ),
                "es": (
                    "Distinguir las funciones del responsable de integridad, del asesor de "
                    "integridad y del gestor de quejas."
                ),
            },
            {
                "nl": (
                    "Je weet bij wie je terechtkan met een dilemma, een vermoedelijke schending, "
                    "een arbeidsgeschil, een financiële vraag of een persoonlijke kwestie."
                ),
                "fr": (
                    "Savoir à qui vous adresser pour un dilemme, un manquement présumé, un conflit "
                    "de travail, une question financière ou une affaire personnelle."
                ),
                "en": (
                    "Know where to turn with a dilemma, a suspected breach, a labour dispute, a "
                    "financial question or a personal matter."
                ),
                "es": (
                    "Saber a quién acudir ante un dilema, una posible falta, un conflicto laboral, "
                    "una consulta financiera o un asunto personal."
                ),
            },
            {
                "nl": (
                    "Je kan uitleggen hoe een klacht verloopt: het klachtenformulier, een reactie "
                    "binnen twee weken en een vertrouwelijke behandeling."
                ),
                "fr": (
                    "Expliquer le traitement d'une plainte\u202f: le formulaire, une réponse dans "
                    "les deux semaines et la confidentialité."
                ),
                "en": (
                    "Explain how a complaint is handled: the complaint form, a response within two "
                    "weeks and confidential treatment."
                ),
                "es": (
                    "Explicar cómo se tramita una queja: el formulario, una respuesta en un plazo "
                    "de dos semanas y un trato confidencial."
                ),
            },
            {
                "nl": "Je weet wat er gebeurt tijdens de jaarlijkse bespreking van de code.",
                "fr": "Décrire le déroulement de la revue annuelle du code.",
                "en": "Describe what happens during the annual code review.",
                "es": "Describir en qué consiste la revisión anual del código.",
            },
        ],
        "minutes": 20,
        "pass_mark": 80,
        "leads_to_acknowledgement": False,
        "lessons": [
            {
                "title": {
                    "nl": "Drie rollen rond integriteit",
                    "fr": "Trois rôles au service de l'intégrité",
                    "en": "Three integrity roles",
                    "es": "Tres roles de integridad",
                },
                "slug": {
                    "nl": "drie-rollen",
                    "fr": "trois-roles",
                    "en": "three-roles",
                    "es": "tres-roles",
                },
                "blocks": [
                    (
                        "text",
                        {
                            "nl": (
                                "<p>Om het integriteitsbeleid waar te maken, zijn er in het "
                                "internationale team drie rollen.</p><ul><li><strong>De "
                                "integriteitsverantwoordelijke</strong> heeft de tijd en de "
                                "opdracht om het beleid te ontwerpen en bij te houden, en ziet "
                                "erop toe dat het team zijn engagementen rond integriteit nakomt "
                                "en dat de andere twee rollen goed worden opgenomen. De "
                                "integriteitsverantwoordelijke publiceert ook de inhoud voor de "
                                "Week van de Integriteit, elk jaar in de eerste week van "
                                "december.</li><li><strong>De raadgever integriteit</strong> is "
                                "het eerste aanspreekpunt: elke medewerker kan er in vertrouwen "
                                "terecht voor advies. De raadgever luistert, adviseert en verwijst "
                                "zo nodig door, bijvoorbeeld naar de personeelsdienst, de "
                                "klachtenmanager of een vertrouwenspersoon.</li><li><strong>De "
                                "klachtenmanager</strong> behandelt formele klachten volgens een "
                                "vaste procedure, rapporteert rechtstreeks aan het management van "
                                "de vereniging en blijft zo ver mogelijk weg van het dagelijkse "
                                "operationele werk. Voor deze rol is er ook een "
                                "<strong>back-up</strong>.</li></ul><p>Eén persoon kan twee van "
                                "deze rollen combineren. Zo kan dezelfde collega "
                                "integriteitsverantwoordelijke en raadgever integriteit zijn.</p>"
                            ),
                            "fr": (
                                "<p>Pour mettre en œuvre la politique d'intégrité, l'équipe "
                                "internationale s'appuie sur trois rôles.</p><ul><li><strong>Le "
                                "responsable de l'intégrité</strong> dispose du temps et du mandat "
                                "nécessaires pour concevoir la politique et en assurer le suivi. "
                                "Il veille à ce que l'équipe tienne ses engagements en matière "
                                "d'intégrité et à ce que les deux autres rôles soient correctement "
                                "exercés. Il publie aussi les contenus de la Semaine de "
                                "l'intégrité, chaque année lors de la première semaine de "
                                "décembre.</li><li><strong>Le conseiller en intégrité</strong> est "
                                "le premier point de contact\u202f: chaque collaborateur peut "
                                "s'adresser à lui en toute confiance pour demander conseil. Il "
                                "écoute, conseille et, si nécessaire, oriente vers d'autres "
                                "interlocuteurs, par exemple le service du personnel, le "
                                "gestionnaire des plaintes ou une personne de "
                                "confiance.</li><li><strong>Le gestionnaire des plaintes</strong> "
                                "traite les plaintes formelles selon une procédure établie. Il "
                                "rend compte directement à la direction de l'association et "
                                "intervient le moins possible dans le travail opérationnel. Ce "
                                "rôle dispose aussi d'un "
                                "<strong>suppléant</strong>.</li></ul><p>Une même personne peut "
                                "cumuler deux de ces rôles. Par exemple, le responsable de "
                                "l'intégrité peut aussi être le conseiller en intégrité.</p>"
                            ),
                            "en": (
                                "<p>Three roles in the international team make the integrity "
                                "policy work.</p><ul><li><strong>The integrity officer</strong> is "
                                "given the time and mandate to design the policy and follow it up, "
                                "and makes sure the team keeps its integrity commitments and that "
                                "the other two roles are properly fulfilled. The integrity officer "
                                "also publishes the content for the Week of Integrity, every year "
                                "in the first week of December.</li><li><strong>The integrity "
                                "adviser</strong> is the first point of contact: every staff "
                                "member can go to the adviser in confidence for advice. The "
                                "adviser listens, advises and, where needed, refers people on, for "
                                "example to HR, the complaints manager or a confidential "
                                "counsellor.</li><li><strong>The complaints manager</strong> "
                                "handles formal complaints according to a set procedure, reports "
                                "directly to the association's management and is as little "
                                "involved in operational work as possible. This role also has a "
                                "<strong>back-up</strong>.</li></ul><p>One person may hold two of "
                                "these roles. For example, the same colleague can be both "
                                "integrity officer and integrity adviser.</p>"
                            ),
                            "es": (
                                "<p>Para llevar a la práctica la política de integridad, el equipo "
                                "internacional cuenta con tres roles.</p><ul><li><strong>El "
                                "responsable de integridad</strong> dispone del tiempo y el "
                                "mandato para diseñar la política y darle seguimiento. Vela por "
                                "que el equipo cumpla sus compromisos en materia de integridad y "
                                "por que los otros dos roles se ejerzan debidamente. También "
                                "publica los contenidos de la Semana de la Integridad, cada año en "
                                "la primera semana de diciembre.</li><li><strong>El asesor de "
                                "integridad</strong> es el primer punto de contacto: cualquier "
                                "integrante del equipo puede acudir a él de forma confidencial "
                                "para pedir consejo. Escucha, asesora y, si hace falta, deriva el "
                                "caso, por ejemplo al área de personal, al gestor de quejas o a "
                                "una persona de confianza.</li><li><strong>El gestor de "
                                "quejas</strong> tramita las quejas formales según un "
                                "procedimiento establecido. Rinde cuentas directamente a la "
                                "dirección de la asociación y participa lo menos posible en el "
                                "trabajo operativo. Este rol cuenta además con un "
                                "<strong>suplente</strong>.</li></ul><p>Una misma persona puede "
                                "ocupar dos de estos roles. Por ejemplo, el responsable de "
                                "integridad puede ser también el asesor de integridad.</p>"
                            ),
                        },
                    ),
                    (
                        "quote",
                        {
                            "quote": {
                                "nl": (
                                    "Mensen komen vaak bij me met een kort vraagje dat eigenlijk "
                                    "een echt dilemma blijkt. Ik beslis niets in hun plaats: we "
                                    "zetten samen de mogelijkheden op een rij en bekijken wie er "
                                    "nog moet meedenken."
                                ),
                                "fr": (
                                    "On vient souvent me voir pour une simple petite question qui "
                                    "se révèle être un vrai dilemme. Je ne décide rien à la place "
                                    "de la personne\u202f: nous passons ensemble les options en "
                                    "revue et voyons qui d'autre devrait être consulté."
                                ),
                                "en": (
                                    "People often come to me with a quick question that turns out "
                                    "to be a real dilemma. I don't decide for them: together we "
                                    "list the options and work out who else should be involved."
                                ),
                                "es": (
                                    "Muchas veces me buscan con una pregunta rápida que resulta "
                                    "ser un verdadero dilema. No decido por nadie: juntos "
                                    "repasamos las opciones y vemos a quién más hay que consultar."
                                ),
                            },
                            "attribution": {
                                "nl": "de raadgever integriteit",
                                "fr": "le conseiller en intégrité",
                                "en": "the integrity adviser",
                                "es": "el asesor de integridad",
                            },
                        },
                    ),
                    (
                        "single_choice",
                        {
                            "question": {
                                "nl": (
                                    "Wie behandelt een formele klacht over een schending van de "
                                    "ethische code?"
                                ),
                                "fr": (
                                    "Qui traite une plainte formelle pour manquement au code "
                                    "d'éthique\u202f?"
                                ),
                                "en": (
                                    "Who handles a formal complaint about a breach of the ethics "
                                    "code?"
                                ),
                                "es": (
                                    "¿Quién tramita una queja formal por una falta al código de "
                                    "ética?"
                                ),
                            },
                            "options": [
                                {
                                    "text": {
                                        "nl": "De raadgever integriteit",
                                        "fr": "Le conseiller en intégrité",
                                        "en": "The integrity adviser",
                                        "es": "El asesor de integridad",
                                    },
                                    "correct": False,
                                    "feedback": {
                                        "nl": (
                                            "Niet juist. De raadgever integriteit geeft "
                                            "vertrouwelijk advies en kan je helpen beslissen of je "
                                            "een klacht indient, maar behandelt zelf geen formele "
                                            "klachten."
                                        ),
                                        "fr": (
                                            "Incorrect. Le conseiller en intégrité donne des "
                                            "conseils confidentiels et peut vous aider à décider "
                                            "s'il faut porter plainte, mais il ne traite pas "
                                            "lui-même les plaintes formelles."
                                        ),
                                        "en": (
                                            "Not correct. The integrity adviser gives confidential "
                                            "advice and can help you decide whether to make a "
                                            "complaint, but does not handle formal complaints."
                                        ),
                                        "es": (
                                            "Incorrecto. El asesor de integridad brinda asesoría "
                                            "confidencial y puede ayudarle a decidir si presenta "
                                            "una queja, pero no tramita quejas formales."
                                        ),
                                    },
                                },
                                {
                                    "text": {
                                        "nl": "De integriteitsverantwoordelijke",
                                        "fr": "Le responsable de l'intégrité",
                                        "en": "The integrity officer",
                                        "es": "El responsable de integridad",
                                    },
                                    "correct": False,
                                    "feedback": {
                                        "nl": (
                                            "Niet juist. De integriteitsverantwoordelijke tekent "
                                            "het beleid uit en volgt het op. Formele klachten "
                                            "behandelt de klachtenmanager."
                                        ),
                                        "fr": (
                                            "Incorrect. Le responsable de l'intégrité conçoit la "
                                            "politique et en assure le suivi. Les plaintes "
                                            "formelles relèvent du gestionnaire des plaintes."
                                        ),
                                        "en": (
                                            "Not correct. The integrity officer designs and "
                                            "follows up the policy. Formal complaints are handled "
                                            "by the complaints manager."
                                        ),
                                        "es": (
                                            "Incorrecto. El responsable de integridad diseña la "
                                            "política y le da seguimiento. Las quejas formales las "
                                            "tramita el gestor de quejas."
                                        ),
                                    },
                                },
                                {
                                    "text": {
                                        "nl": "De klachtenmanager",
                                        "fr": "Le gestionnaire des plaintes",
                                        "en": "The complaints manager",
                                        "es": "El gestor de quejas",
                                    },
                                    "correct": True,
                                    "feedback": {
                                        "nl": (
                                            "Juist. De klachtenmanager behandelt formele klachten "
                                            "volgens een procedure, rapporteert rechtstreeks aan "
                                            "het management en staat zo ver mogelijk van het "
                                            "operationele werk."
                                        ),
                                        "fr": (
                                            "Exact. Le gestionnaire des plaintes traite les "
                                            "plaintes formelles selon une procédure, rend compte "
                                            "directement à la direction et reste le plus possible "
                                            "en dehors du travail opérationnel."
                                        ),
                                        "en": (
                                            "Correct. The complaints manager handles formal "
                                            "complaints according to a procedure, reports directly "
                                            "to management and stays as far from operational work "
                                            "as possible."
                                        ),
                                        "es": (
                                            "Correcto. El gestor de quejas tramita las quejas "
                                            "formales según un procedimiento, rinde cuentas "
                                            "directamente a la dirección y se mantiene lo más "
                                            "alejado posible del trabajo operativo."
                                        ),
                                    },
                                },
                            ],
                        },
                    ),
                    (
                        "true_false",
                        {
                            "statement": {
                                "nl": (
                                    "Eén persoon mag twee van de drie integriteitsrollen tegelijk "
                                    "opnemen."
                                ),
                                "fr": (
                                    "Une même personne peut exercer deux des trois rôles liés à "
                                    "l'intégrité en même temps."
                                ),
                                "en": (
                                    "One person may hold two of the three integrity roles at the "
                                    "same time."
                                ),
                                "es": (
                                    "Una misma persona puede ocupar dos de los tres roles de "
                                    "integridad al mismo tiempo."
                                ),
                            },
                            "answer": True,
                            "feedback_true": {
                                "nl": (
                                    "Juist. Het beleid laat toe dat één persoon twee rollen "
                                    "combineert, bijvoorbeeld integriteitsverantwoordelijke en "
                                    "raadgever integriteit."
                                ),
                                "fr": (
                                    "Exact. La politique permet à une même personne de cumuler "
                                    "deux rôles, par exemple responsable de l'intégrité et "
                                    "conseiller en intégrité."
                                ),
                                "en": (
                                    "Correct. The policy allows one person to combine two roles, "
                                    "for example integrity officer and integrity adviser."
                                ),
                                "es": (
                                    "Correcto. La política permite que una misma persona combine "
                                    "dos roles, por ejemplo responsable de integridad y asesor de "
                                    "integridad."
                                ),
                            },
                            "feedback_false": {
                                "nl": (
                                    "Niet juist. Het beleid laat wel degelijk toe dat één persoon "
                                    "twee rollen combineert, bijvoorbeeld "
                                    "integriteitsverantwoordelijke en raadgever integriteit."
                                ),
                                "fr": (
                                    "Incorrect. La politique permet bel et bien à une même "
                                    "personne de cumuler deux rôles, par exemple responsable de "
                                    "l'intégrité et conseiller en intégrité."
                                ),
                                "en": (
                                    "Not correct. The policy does allow one person to combine two "
                                    "roles, for example integrity officer and integrity adviser."
                                ),
                                "es": (
                                    "Incorrecto. La política sí permite que una misma persona "
                                    "combine dos roles, por ejemplo responsable de integridad y "
                                    "asesor de integridad."
                                ),
                            },
                        },
                    ),
                ],
            },
            {
                "title": {
                    "nl": "Bij wie kan je terecht?",
                    "fr": "À qui vous adresser\u202f?",
                    "en": "Where to turn",
                    "es": "¿A quién acudir?",
                },
                "slug": {
                    "nl": "bij-wie-terecht",
                    "fr": "a-qui-vous-adresser",
                    "en": "where-to-turn",
                    "es": "a-quien-acudir",
                },
                "blocks": [
                    (
                        "text",
                        {
                            "nl": (
                                "<p>Zit je met een vraag of een bezorgdheid over integriteit, dan "
                                "kan je daar vertrouwelijk over praten met de raadgever "
                                "integriteit of met de programmabeheerder van het federale "
                                "programma. Elke bezorgdheid wordt snel, eerlijk en discreet "
                                "behandeld. Vaak helpt een gesprek al om te zien waar het "
                                "eigenlijk om gaat: een schending van de code, een ethisch "
                                "dilemma, een arbeidsgeschil of nog iets anders.</p><p>Welk "
                                "aanspreekpunt past bij welke situatie?</p><ul><li><strong>Een "
                                "ethisch dilemma</strong>: de raadgever "
                                "integriteit.</li><li><strong>Een vermoedelijke schending van de "
                                "code</strong>: het formele meldkanaal, dus het klachtenformulier "
                                "voor de klachtenmanager.</li><li><strong>Een arbeidsgeschil, of "
                                "een integriteitsvraag over opleiding, welzijn, evaluatie, "
                                "functioneren of loopbaan</strong>: de programmabeheerder, het "
                                "diensthoofd of de HR-manager.</li><li><strong>Een vraag over "
                                "financiële integriteit</strong>: de programmabeheerder of de "
                                "financieel beheerder.</li><li><strong>Een andere persoonlijke "
                                "kwestie</strong>, die niet per se over integriteit gaat: als "
                                "medewerker van de vereniging kan je terecht bij de vijf collega's "
                                "die als vertrouwenspersoon zijn aangesteld.</li></ul><p>Samen met "
                                "de raadgever integriteit kan je op elk moment beslissen of je al "
                                "dan niet een formele klacht indient.</p>"
                            ),
                            "fr": (
                                "<p>Pour toute question ou préoccupation liée à l'intégrité, vous "
                                "pouvez vous adresser en toute confiance au conseiller en "
                                "intégrité ou au gestionnaire du programme fédéral. Chaque "
                                "préoccupation est traitée rapidement, honnêtement et avec "
                                "discrétion. Souvent, une simple conversation aide déjà à voir de "
                                "quoi il s'agit vraiment\u202f: un manquement au code, un dilemme "
                                "éthique, un conflit de travail ou autre chose encore.</p><p>Quel "
                                "interlocuteur pour quelle situation\u202f?</p><ul><li><strong>Un "
                                "dilemme éthique</strong>\u202f: le conseiller en "
                                "intégrité.</li><li><strong>Un manquement présumé au "
                                "code</strong>\u202f: le canal de signalement formel, c'est-à-dire "
                                "le formulaire de plainte adressé au gestionnaire des "
                                "plaintes.</li><li><strong>Un conflit de travail, ou une question "
                                "d'intégrité liée à la formation, au bien-être, à l'évaluation, au "
                                "fonctionnement ou à la carrière</strong>\u202f: le gestionnaire "
                                "de programme, le chef de service ou le responsable "
                                "RH.</li><li><strong>Une question d'intégrité "
                                "financière</strong>\u202f: le gestionnaire de programme ou le "
                                "gestionnaire financier.</li><li><strong>Une autre affaire "
                                "personnelle</strong>, qui ne concerne pas forcément "
                                "l'intégrité\u202f: les collaborateurs de l'association peuvent "
                                "s'adresser aux cinq collègues désignés comme personnes de "
                                "confiance.</li></ul><p>Avec le conseiller en intégrité, vous "
                                "pouvez décider à tout moment de déposer ou non une plainte "
                                "formelle.</p>"
                            ),
                            "en": (
                                "<p>With a question or concern about integrity, you can go in "
                                "confidence to the integrity adviser or to the programme manager "
                                "of the federal programme. Every concern is dealt with quickly, "
                                "fairly and discreetly. Often a conversation already helps to see "
                                "what the issue really is: a breach of the code, an ethical "
                                "dilemma, a labour dispute or something else.</p><p>Which contact "
                                "for which situation?</p><ul><li><strong>An ethical "
                                "dilemma</strong>: the integrity adviser.</li><li><strong>A "
                                "suspected breach of the code</strong>: the formal reporting "
                                "channel, that is, the complaint form to the complaints "
                                "manager.</li><li><strong>A labour dispute, or an integrity "
                                "question about training, well-being, appraisal, performance or "
                                "career</strong>: the programme manager, the head of department or "
                                "the HR manager.</li><li><strong>A question of financial "
                                "integrity</strong>: the programme manager or the financial "
                                "manager.</li><li><strong>Another personal matter</strong>, not "
                                "necessarily about integrity: staff of the association can talk to "
                                "the five colleagues appointed as confidential "
                                "counsellors.</li></ul><p>Together with the integrity adviser, you "
                                "can decide at any time whether or not to make a formal "
                                "complaint.</p>"
                            ),
                            "es": (
                                "<p>Con una pregunta o una inquietud sobre integridad, puede "
                                "acudir de forma confidencial al asesor de integridad o al gestor "
                                "del programa federal. Toda inquietud se atiende con rapidez, "
                                "honestidad y discreción. A menudo, una conversación ya ayuda a "
                                "ver de qué se trata realmente: una falta al código, un dilema "
                                "ético, un conflicto laboral u otra cosa.</p><p>¿A quién acudir en "
                                "cada situación?</p><ul><li><strong>Un dilema ético</strong>: el "
                                "asesor de integridad.</li><li><strong>Una posible falta al "
                                "código</strong>: el canal formal de reporte, es decir, el "
                                "formulario de quejas dirigido al gestor de "
                                "quejas.</li><li><strong>Un conflicto laboral, o una pregunta de "
                                "integridad relacionada con capacitación, bienestar, evaluación, "
                                "desempeño o carrera</strong>: el gestor del programa, el jefe de "
                                "departamento o el responsable de recursos "
                                "humanos.</li><li><strong>Una pregunta sobre integridad "
                                "financiera</strong>: el gestor del programa o el gestor "
                                "financiero.</li><li><strong>Otro asunto personal</strong>, que no "
                                "tenga que ver necesariamente con la integridad: el personal de la "
                                "asociación puede hablar con los cinco colegas designados como "
                                "personas de confianza.</li></ul><p>Junto con el asesor de "
                                "integridad, puede decidir en cualquier momento si presenta o no "
                                "una queja formal.</p>"
                            ),
                        },
                    ),
                    (
                        "multiple_choice",
                        {
                            "question": {
                                "nl": (
                                    "Welke koppelingen tussen situatie en aanspreekpunt kloppen? "
                                    "Duid alle juiste antwoorden aan."
                                ),
                                "fr": (
                                    "Quelles associations entre situation et interlocuteur sont "
                                    "correctes\u202f? Cochez toutes les bonnes réponses."
                                ),
                                "en": (
                                    "Which pairings of situation and contact are correct? Select "
                                    "all correct answers."
                                ),
                                "es": (
                                    "¿Qué combinaciones de situación y contacto son correctas? "
                                    "Marque todas las respuestas correctas."
                                ),
                            },
                            "options": [
                                {
                                    "text": {
                                        "nl": (
                                            "Je twijfelt of je op de uitnodiging van een aannemer "
                                            "mag ingaan: je legt het dilemma voor aan de raadgever "
                                            "integriteit."
                                        ),
                                        "fr": (
                                            "Vous hésitez à accepter l'invitation d'un "
                                            "entrepreneur\u202f: vous soumettez ce dilemme au "
                                            "conseiller en intégrité."
                                        ),
                                        "en": (
                                            "You are unsure whether to accept a contractor's "
                                            "invitation: you take the dilemma to the integrity "
                                            "adviser."
                                        ),
                                        "es": (
                                            "Duda si aceptar la invitación de un contratista: "
                                            "plantea el dilema al asesor de integridad."
                                        ),
                                    },
                                    "correct": True,
                                    "feedback": {
                                        "nl": (
                                            "Juist. Met een ethisch dilemma ga je naar de "
                                            "raadgever integriteit."
                                        ),
                                        "fr": (
                                            "Exact. Pour un dilemme éthique, c'est le conseiller "
                                            "en intégrité qu'il faut consulter."
                                        ),
                                        "en": (
                                            "Correct. An ethical dilemma goes to the integrity "
                                            "adviser."
                                        ),
                                        "es": (
                                            "Correcto. Ante un dilema ético, se acude al asesor de "
                                            "integridad."
                                        ),
                                    },
                                },
                                {
                                    "text": {
                                        "nl": (
                                            "Je bent het niet eens met je evaluatie: je gaat naar "
                                            "de programmabeheerder, je diensthoofd of de "
                                            "HR-manager."
                                        ),
                                        "fr": (
                                            "Vous contestez votre évaluation\u202f: vous vous "
                                            "adressez au gestionnaire de programme, à votre chef "
                                            "de service ou au responsable RH."
                                        ),
                                        "en": (
                                            "You disagree with your appraisal: you go to the "
                                            "programme manager, your head of department or the HR "
                                            "manager."
                                        ),
                                        "es": (
                                            "No está de acuerdo con su evaluación: acude al gestor "
                                            "del programa, a su jefe de departamento o al "
                                            "responsable de recursos humanos."
                                        ),
                                    },
                                    "correct": True,
                                    "feedback": {
                                        "nl": (
                                            "Juist. Arbeidsgeschillen en vragen over evaluatie of "
                                            "functioneren horen bij de programmabeheerder, het "
                                            "diensthoofd of de HR-manager."
                                        ),
                                        "fr": (
                                            "Exact. Les conflits de travail et les questions "
                                            "d'évaluation ou de fonctionnement relèvent du "
                                            "gestionnaire de programme, du chef de service ou du "
                                            "responsable RH."
                                        ),
                                        "en": (
                                            "Correct. Labour disputes and questions about "
                                            "appraisal or performance belong with the programme "
                                            "manager, the head of department or the HR manager."
                                        ),
                                        "es": (
                                            "Correcto. Los conflictos laborales y las preguntas "
                                            "sobre evaluación o desempeño corresponden al gestor "
                                            "del programa, al jefe de departamento o al "
                                            "responsable de recursos humanos."
                                        ),
                                    },
                                },
                                {
                                    "text": {
                                        "nl": (
                                            "Je vermoedt dat een collega facturen vervalst: je "
                                            "vertelt het aan een vertrouwenspersoon en daar blijft "
                                            "het bij."
                                        ),
                                        "fr": (
                                            "Vous soupçonnez un collègue de falsifier des "
                                            "factures\u202f: vous en parlez à une personne de "
                                            "confiance, sans aller plus loin."
                                        ),
                                        "en": (
                                            "You suspect a colleague of falsifying invoices: you "
                                            "tell a confidential counsellor and leave it at that."
                                        ),
                                        "es": (
                                            "Sospecha que un colega falsifica facturas: se lo "
                                            "cuenta a una persona de confianza y no hace nada más."
                                        ),
                                    },
                                    "correct": False,
                                    "feedback": {
                                        "nl": (
                                            "Niet juist. Een vermoedelijke schending van de code "
                                            "meld je via het klachtenformulier aan de "
                                            "klachtenmanager. Twijfel je nog, vraag dan eerst raad "
                                            "aan de raadgever integriteit. De vertrouwenspersonen "
                                            "zijn er voor andere persoonlijke zaken."
                                        ),
                                        "fr": (
                                            "Incorrect. Un manquement présumé au code se signale "
                                            "au gestionnaire des plaintes au moyen du formulaire "
                                            "de plainte. Si vous hésitez encore, consultez d'abord "
                                            "le conseiller en intégrité. Les personnes de "
                                            "confiance sont là pour d'autres affaires personnelles."
                                        ),
                                        "en": (
                                            "Not correct. A suspected breach of the code is "
                                            "reported to the complaints manager through the "
                                            "complaint form. If you are still unsure, ask the "
                                            "integrity adviser first. The confidential counsellors "
                                            "are there for other personal matters."
                                        ),
                                        "es": (
                                            "Incorrecto. Una posible falta al código se reporta al "
                                            "gestor de quejas mediante el formulario de quejas. Si "
                                            "todavía tiene dudas, consulte primero al asesor de "
                                            "integridad. Las personas de confianza están para "
                                            "otros asuntos personales."
                                        ),
                                    },
                                },
                                {
                                    "text": {
                                        "nl": (
                                            "Je vraagt je af of een uitgave van de stedenband wel "
                                            "binnen de regels valt: je gaat naar de "
                                            "programmabeheerder of de financieel beheerder."
                                        ),
                                        "fr": (
                                            "Vous vous demandez si une dépense du jumelage "
                                            "respecte les règles\u202f: vous vous adressez au "
                                            "gestionnaire de programme ou au gestionnaire "
                                            "financier."
                                        ),
                                        "en": (
                                            "You wonder whether an expense of the twinning link is "
                                            "within the rules: you go to the programme manager or "
                                            "the financial manager."
                                        ),
                                        "es": (
                                            "Se pregunta si un gasto del hermanamiento se ajusta a "
                                            "las reglas: acude al gestor del programa o al gestor "
                                            "financiero."
                                        ),
                                    },
                                    "correct": True,
                                    "feedback": {
                                        "nl": (
                                            "Juist. Voor vragen over financiële integriteit zijn "
                                            "de programmabeheerder en de financieel beheerder het "
                                            "aanspreekpunt."
                                        ),
                                        "fr": (
                                            "Exact. Pour les questions d'intégrité financière, vos "
                                            "interlocuteurs sont le gestionnaire de programme et "
                                            "le gestionnaire financier."
                                        ),
                                        "en": (
                                            "Correct. For questions of financial integrity, the "
                                            "programme manager and the financial manager are your "
                                            "contacts."
                                        ),
                                        "es": (
                                            "Correcto. Para las preguntas sobre integridad "
                                            "financiera, sus contactos son el gestor del programa "
                                            "y el gestor financiero."
                                        ),
                                    },
                                },
                                {
                                    "text": {
                                        "nl": (
                                            "Je hebt een vraag over je loopbaan: je richt je tot "
                                            "de klachtenmanager."
                                        ),
                                        "fr": (
                                            "Vous avez une question sur votre carrière\u202f: vous "
                                            "vous adressez au gestionnaire des plaintes."
                                        ),
                                        "en": (
                                            "You have a question about your career: you turn to "
                                            "the complaints manager."
                                        ),
                                        "es": (
                                            "Tiene una pregunta sobre su carrera: acude al gestor "
                                            "de quejas."
                                        ),
                                    },
                                    "correct": False,
                                    "feedback": {
                                        "nl": (
                                            "Niet juist. De klachtenmanager behandelt formele "
                                            "klachten. Met loopbaanvragen ga je naar de "
                                            "programmabeheerder, je diensthoofd of de HR-manager."
                                        ),
                                        "fr": (
                                            "Incorrect. Le gestionnaire des plaintes traite les "
                                            "plaintes formelles. Pour une question de carrière, "
                                            "adressez-vous au gestionnaire de programme, à votre "
                                            "chef de service ou au responsable RH."
                                        ),
                                        "en": (
                                            "Not correct. The complaints manager handles formal "
                                            "complaints. Career questions go to the programme "
                                            "manager, your head of department or the HR manager."
                                        ),
                                        "es": (
                                            "Incorrecto. El gestor de quejas tramita quejas "
                                            "formales. Las preguntas sobre su carrera van al "
                                            "gestor del programa, a su jefe de departamento o al "
                                            "responsable de recursos humanos."
                                        ),
                                    },
                                },
                            ],
                        },
                    ),
                    (
                        "single_choice",
                        {
                            "question": {
                                "nl": (
                                    "Je bent medewerker van de vereniging en maakt een moeilijke "
                                    "periode door in je privéleven, wat op je werk weegt. Het "
                                    "heeft niets met integriteit te maken. Bij wie kan je terecht "
                                    "voor een vertrouwelijk gesprek?"
                                ),
                                "fr": (
                                    "Vous travaillez pour l'association et traversez une période "
                                    "difficile dans votre vie privée, ce qui pèse sur votre "
                                    "travail. Cela n'a rien à voir avec l'intégrité. À qui "
                                    "pouvez-vous vous confier\u202f?"
                                ),
                                "en": (
                                    "You work for the association and are going through a "
                                    "difficult time in your private life, which is weighing on "
                                    "your work. It has nothing to do with integrity. Who can you "
                                    "talk to in confidence?"
                                ),
                                "es": (
                                    "Usted trabaja en la asociación y atraviesa un momento difícil "
                                    "en su vida privada, que afecta su trabajo. No tiene nada que "
                                    "ver con la integridad. ¿Con quién puede hablar de forma "
                                    "confidencial?"
                                ),
                            },
                            "options": [
                                {
                                    "text": {
                                        "nl": "De klachtenmanager",
                                        "fr": "Le gestionnaire des plaintes",
                                        "en": "The complaints manager",
                                        "es": "El gestor de quejas",
                                    },
                                    "correct": False,
                                    "feedback": {
                                        "nl": (
                                            "Niet juist. De klachtenmanager behandelt formele "
                                            "klachten over schendingen van de code. Daar gaat het "
                                            "hier niet om."
                                        ),
                                        "fr": (
                                            "Incorrect. Le gestionnaire des plaintes traite les "
                                            "plaintes formelles pour manquement au code, ce qui "
                                            "n'est pas le cas ici."
                                        ),
                                        "en": (
                                            "Not correct. The complaints manager handles formal "
                                            "complaints about breaches of the code, which is not "
                                            "what this is about."
                                        ),
                                        "es": (
                                            "Incorrecto. El gestor de quejas tramita quejas "
                                            "formales por faltas al código, y no se trata de eso."
                                        ),
                                    },
                                },
                                {
                                    "text": {
                                        "nl": "Een van de vertrouwenspersonen",
                                        "fr": "L'une des personnes de confiance",
                                        "en": "One of the confidential counsellors",
                                        "es": "Una de las personas de confianza",
                                    },
                                    "correct": True,
                                    "feedback": {
                                        "nl": (
                                            "Juist. Vijf collega's zijn aangesteld als "
                                            "vertrouwenspersoon voor persoonlijke zaken die niet "
                                            "per se over integriteit gaan."
                                        ),
                                        "fr": (
                                            "Exact. Cinq collègues ont été désignés comme "
                                            "personnes de confiance pour les affaires personnelles "
                                            "qui ne concernent pas forcément l'intégrité."
                                        ),
                                        "en": (
                                            "Correct. Five colleagues have been appointed as "
                                            "confidential counsellors for personal matters that "
                                            "are not necessarily about integrity."
                                        ),
                                        "es": (
                                            "Correcto. Cinco colegas fueron designados como "
                                            "personas de confianza para asuntos personales que no "
                                            "tienen que ver necesariamente con la integridad."
                                        ),
                                    },
                                },
                                {
                                    "text": {
                                        "nl": (
                                            "Niemand: het integriteitsbeleid gaat alleen over "
                                            "schendingen."
                                        ),
                                        "fr": (
                                            "Personne\u202f: la politique d'intégrité ne porte que "
                                            "sur les manquements."
                                        ),
                                        "en": (
                                            "No one: the integrity policy only deals with breaches."
                                        ),
                                        "es": (
                                            "Nadie: la política de integridad solo se ocupa de las "
                                            "faltas."
                                        ),
                                    },
                                    "correct": False,
                                    "feedback": {
                                        "nl": (
                                            "Niet juist. Het beleid voorziet uitdrukkelijk in "
                                            "vertrouwenspersonen voor persoonlijke zaken die niet "
                                            "per se over integriteit gaan."
                                        ),
                                        "fr": (
                                            "Incorrect. La politique prévoit expressément des "
                                            "personnes de confiance pour les affaires personnelles "
                                            "qui ne concernent pas forcément l'intégrité."
                                        ),
                                        "en": (
                                            "Not correct. The policy explicitly provides "
                                            "confidential counsellors for personal matters that "
                                            "are not necessarily about integrity."
                                        ),
                                        "es": (
                                            "Incorrecto. La política prevé expresamente personas "
                                            "de confianza para asuntos personales que no tienen "
                                            "que ver necesariamente con la integridad."
                                        ),
                                    },
                                },
                            ],
                        },
                    ),
                ],
            },
            {
                "title": {
                    "nl": "Een klacht indienen",
                    "fr": "Déposer une plainte",
                    "en": "Making a complaint",
                    "es": "Presentar una queja",
                },
                "slug": {
                    "nl": "een-klacht-indienen",
                    "fr": "deposer-une-plainte",
                    "en": "making-a-complaint",
                    "es": "presentar-una-queja",
                },
                "blocks": [
                    (
                        "text",
                        {
                            "nl": (
                                "<p>Via het formele klachtenformulier op de website kan iedereen "
                                "een integriteitsschending melden die begaan werd door medewerkers "
                                "of bestuurders van het internationale team. Het formulier bestaat "
                                "in het Nederlands, Frans, Engels en "
                                "Spaans.</p><ul><li><strong>Binnen twee weken</strong> reageert de "
                                "klachtenmanager op je klacht. Daarna word je op de hoogte "
                                "gehouden van elke stap in de verdere "
                                "behandeling.</li><li><strong>Vertrouwelijk</strong>: je klacht "
                                "wordt vertrouwelijk en objectief behandeld. Alleen de "
                                "klachtenmanager heeft toegang tot je melding en je "
                                "persoonsgegevens, en die worden met niemand gedeeld zonder jouw "
                                "toestemming.</li><li><strong>Back-up</strong>: is de "
                                "klachtenmanager afwezig of zelf betrokken bij de zaak, dan richt "
                                "je je tot de back-up klachtenmanager.</li><li><strong>Medewerkers "
                                "van een gemeente</strong>: gaat de klacht over iemand van een "
                                "lokaal bestuur die niet bij de vereniging in dienst is, dan wordt "
                                "ze doorgegeven aan de juiste personen in die gemeente. De "
                                "klachtenmanager kan het onderzoek wel "
                                "ondersteunen.</li></ul><p>Blijkt er een schending te zijn, dan "
                                "volgen gepaste maatregelen, gaande van een waarschuwing tot "
                                "ontslag. Soms is bemiddeling een alternatief. Meer over de "
                                "ontvankelijkheid en de behandeling van klachten, en "
                                "telefoonnummers voor dringende gevallen, vind je in de "
                                "klachtenprocedure.</p>"
                            ),
                            "fr": (
                                "<p>Grâce au formulaire de plainte formel disponible sur le site "
                                "web, toute personne peut signaler un manquement à l'intégrité "
                                "commis par des collaborateurs ou des dirigeants de l'équipe "
                                "internationale. Le formulaire existe en néerlandais, en français, "
                                "en anglais et en espagnol.</p><ul><li><strong>Dans les deux "
                                "semaines</strong>, le gestionnaire des plaintes réagit à votre "
                                "plainte. Vous êtes ensuite tenu informé de chaque étape de son "
                                "traitement.</li><li><strong>Confidentialité</strong>\u202f: votre "
                                "plainte est traitée de manière confidentielle et objective. Seul "
                                "le gestionnaire des plaintes a accès à votre signalement et à vos "
                                "données personnelles, qui ne sont communiqués à personne sans "
                                "votre accord.</li><li><strong>Suppléant</strong>\u202f: si le "
                                "gestionnaire des plaintes est absent ou lui-même impliqué dans "
                                "l'affaire, adressez-vous au gestionnaire des plaintes "
                                "suppléant.</li><li><strong>Personnel communal</strong>\u202f: si "
                                "la plainte vise une personne d'une administration locale qui "
                                "n'est pas employée par l'association, elle est transmise aux "
                                "personnes compétentes au sein de la commune concernée. Le "
                                "gestionnaire des plaintes peut toutefois soutenir "
                                "l'enquête.</li></ul><p>S'il s'avère qu'un manquement a été "
                                "commis, des mesures appropriées sont prises, de l'avertissement "
                                "au licenciement. Une médiation est parfois possible à la place. "
                                "La procédure de plainte précise la recevabilité et le traitement "
                                "des plaintes et indique les numéros de téléphone à appeler en cas "
                                "d'urgence.</p>"
                            ),
                            "en": (
                                "<p>Through the formal complaint form on the website, anyone can "
                                "report an integrity breach committed by staff or directors of the "
                                "international team. The form is available in Dutch, French, "
                                "English and Spanish.</p><ul><li><strong>Within two weeks</strong> "
                                "the complaints manager responds to your complaint. After that, "
                                "you are kept informed of every step in its "
                                "handling.</li><li><strong>Confidentiality</strong>: your "
                                "complaint is handled confidentially and objectively. Only the "
                                "complaints manager has access to your report and your personal "
                                "data, and they are shared with no one without your "
                                "consent.</li><li><strong>Back-up</strong>: if the complaints "
                                "manager is absent or involved in the matter, you turn to the "
                                "back-up complaints manager.</li><li><strong>Municipal "
                                "staff</strong>: if the complaint concerns someone from a local "
                                "government who is not employed by the association, it is passed "
                                "on to the right people in that municipality. The complaints "
                                "manager can still support the investigation.</li></ul><p>If a "
                                "breach is established, appropriate measures follow, ranging from "
                                "a warning to dismissal. Sometimes mediation is an alternative. "
                                "The complaints procedure explains when a complaint is admissible "
                                "and how it is handled, and lists phone numbers for urgent "
                                "cases.</p>"
                            ),
                            "es": (
                                "<p>Mediante el formulario formal de quejas del sitio web, "
                                "cualquier persona puede reportar una falta a la integridad "
                                "cometida por integrantes o directivos del equipo internacional. "
                                "El formulario está disponible en neerlandés, francés, inglés y "
                                "español.</p><ul><li><strong>En un plazo de dos semanas</strong>, "
                                "el gestor de quejas responde a su queja. Después, se le mantiene "
                                "informado de cada paso del "
                                "trámite.</li><li><strong>Confidencialidad</strong>: su queja se "
                                "trata de forma confidencial y objetiva. Solo el gestor de quejas "
                                "tiene acceso a su reporte y a sus datos personales, que no se "
                                "comparten con nadie sin su "
                                "consentimiento.</li><li><strong>Suplente</strong>: si el gestor "
                                "de quejas está ausente o está involucrado en el asunto, diríjase "
                                "al gestor de quejas suplente.</li><li><strong>Personal "
                                "municipal</strong>: si la queja se refiere a una persona de un "
                                "gobierno local que no es empleada de la asociación, se remite a "
                                "las personas indicadas en ese municipio. El gestor de quejas "
                                "puede, de todos modos, apoyar la investigación.</li></ul><p>Si se "
                                "comprueba una falta, se toman medidas adecuadas, desde una "
                                "advertencia hasta el despido. A veces, la mediación es una "
                                "alternativa. El procedimiento de quejas explica cuándo se admite "
                                "una queja y cómo se tramita, e incluye números de teléfono para "
                                "casos urgentes.</p>"
                            ),
                        },
                    ),
                    (
                        "quote",
                        {
                            "quote": {
                                "nl": (
                                    "Ik heb lang getwijfeld om het formulier in te vullen, uit "
                                    "schrik dat iedereen zou weten dat het van mij kwam. De "
                                    "klachtenmanager nam binnen de week contact op en legde uit "
                                    "wie mijn naam te zien zou krijgen: niemand, tenzij ik ermee "
                                    "instemde."
                                ),
                                "fr": (
                                    "J'ai longtemps hésité à remplir le formulaire, de peur que "
                                    "tout le monde sache que la plainte venait de moi. Le "
                                    "gestionnaire des plaintes m'a contacté dans la semaine et m'a "
                                    "expliqué qui verrait mon nom\u202f: personne, sauf si j'étais "
                                    "d'accord."
                                ),
                                "en": (
                                    "I hesitated for a long time before filling in the form, "
                                    "afraid everyone would know it came from me. The complaints "
                                    "manager contacted me within the week and explained who would "
                                    "see my name: no one, unless I agreed."
                                ),
                                "es": (
                                    "Dudé mucho antes de llenar el formulario, por miedo a que "
                                    "todos supieran que venía de mí. El gestor de quejas se "
                                    "comunicó conmigo en menos de una semana y me explicó quién "
                                    "vería mi nombre: nadie, salvo que yo lo autorizara."
                                ),
                            },
                            "attribution": {
                                "nl": "een medewerker van een partnerorganisatie",
                                "fr": "un collaborateur d'une organisation partenaire",
                                "en": "a staff member of a partner organisation",
                                "es": "un empleado de una organización socia",
                            },
                        },
                    ),
                    (
                        "multiple_choice",
                        {
                            "question": {
                                "nl": (
                                    "Je hebt via het klachtenformulier een melding gedaan. Wat mag "
                                    "je verwachten? Duid alle juiste antwoorden aan."
                                ),
                                "fr": (
                                    "Vous avez fait un signalement au moyen du formulaire de "
                                    "plainte. À quoi pouvez-vous vous attendre\u202f? Cochez "
                                    "toutes les bonnes réponses."
                                ),
                                "en": (
                                    "You have made a report through the complaint form. What can "
                                    "you expect? Select all correct answers."
                                ),
                                "es": (
                                    "Hizo un reporte mediante el formulario de quejas. ¿Qué puede "
                                    "esperar? Marque todas las respuestas correctas."
                                ),
                            },
                            "options": [
                                {
                                    "text": {
                                        "nl": (
                                            "Binnen twee weken een reactie van de klachtenmanager."
                                        ),
                                        "fr": (
                                            "Une réaction du gestionnaire des plaintes dans les "
                                            "deux semaines."
                                        ),
                                        "en": (
                                            "A response from the complaints manager within two "
                                            "weeks."
                                        ),
                                        "es": (
                                            "Una respuesta del gestor de quejas en un plazo de dos "
                                            "semanas."
                                        ),
                                    },
                                    "correct": True,
                                    "feedback": {
                                        "nl": (
                                            "Juist. De klachtenmanager engageert zich om binnen "
                                            "twee weken te reageren."
                                        ),
                                        "fr": (
                                            "Exact. Le gestionnaire des plaintes s'engage à réagir "
                                            "dans les deux semaines."
                                        ),
                                        "en": (
                                            "Correct. The complaints manager commits to responding "
                                            "within two weeks."
                                        ),
                                        "es": (
                                            "Correcto. El gestor de quejas se compromete a "
                                            "responder en un plazo de dos semanas."
                                        ),
                                    },
                                },
                                {
                                    "text": {
                                        "nl": (
                                            "Dat je op de hoogte wordt gehouden van elke stap in "
                                            "de behandeling."
                                        ),
                                        "fr": "D'être tenu informé de chaque étape du traitement.",
                                        "en": (
                                            "To be kept informed of every step in the handling of "
                                            "your complaint."
                                        ),
                                        "es": (
                                            "Que se le mantenga informado de cada paso del trámite."
                                        ),
                                    },
                                    "correct": True,
                                    "feedback": {
                                        "nl": (
                                            "Juist. Na de eerste reactie hoor je van elke volgende "
                                            "stap."
                                        ),
                                        "fr": (
                                            "Exact. Après la première réaction, vous êtes informé "
                                            "de chaque étape suivante."
                                        ),
                                        "en": (
                                            "Correct. After the first response, you hear about "
                                            "every next step."
                                        ),
                                        "es": (
                                            "Correcto. Después de la primera respuesta, se le "
                                            "informa de cada paso siguiente."
                                        ),
                                    },
                                },
                                {
                                    "text": {
                                        "nl": (
                                            "Dat je naam wordt doorgegeven aan de persoon over wie "
                                            "je klaagt, zodat die zich kan verdedigen."
                                        ),
                                        "fr": (
                                            "Que votre nom soit communiqué à la personne visée par "
                                            "la plainte, pour qu'elle puisse se défendre."
                                        ),
                                        "en": (
                                            "That your name is passed on to the person you "
                                            "complain about, so that they can defend themselves."
                                        ),
                                        "es": (
                                            "Que su nombre se comunique a la persona sobre la que "
                                            "presentó la queja, para que pueda defenderse."
                                        ),
                                    },
                                    "correct": False,
                                    "feedback": {
                                        "nl": (
                                            "Niet juist. Je melding en je persoonsgegevens worden "
                                            "met niemand gedeeld zonder jouw toestemming."
                                        ),
                                        "fr": (
                                            "Incorrect. Votre signalement et vos données "
                                            "personnelles ne sont communiqués à personne sans "
                                            "votre accord."
                                        ),
                                        "en": (
                                            "Not correct. Your report and your personal data are "
                                            "shared with no one without your consent."
                                        ),
                                        "es": (
                                            "Incorrecto. Su reporte y sus datos personales no se "
                                            "comparten con nadie sin su consentimiento."
                                        ),
                                    },
                                },
                                {
                                    "text": {
                                        "nl": (
                                            "Dat alleen de klachtenmanager toegang heeft tot je "
                                            "melding en je persoonsgegevens."
                                        ),
                                        "fr": (
                                            "Que seul le gestionnaire des plaintes ait accès à "
                                            "votre signalement et à vos données personnelles."
                                        ),
                                        "en": (
                                            "That only the complaints manager has access to your "
                                            "report and your personal data."
                                        ),
                                        "es": (
                                            "Que solo el gestor de quejas tenga acceso a su "
                                            "reporte y a sus datos personales."
                                        ),
                                    },
                                    "correct": True,
                                    "feedback": {
                                        "nl": (
                                            "Juist. Zo blijft de behandeling vertrouwelijk en "
                                            "objectief."
                                        ),
                                        "fr": (
                                            "Exact. C'est ce qui garantit un traitement "
                                            "confidentiel et objectif."
                                        ),
                                        "en": (
                                            "Correct. That is how the handling stays confidential "
                                            "and objective."
                                        ),
                                        "es": (
                                            "Correcto. Así el trámite sigue siendo confidencial y "
                                            "objetivo."
                                        ),
                                    },
                                },
                                {
                                    "text": {
                                        "nl": (
                                            "Pas een antwoord nadat het volledige onderzoek is "
                                            "afgerond, hoe lang dat ook duurt."
                                        ),
                                        "fr": (
                                            "Une réponse uniquement une fois l'enquête entièrement "
                                            "terminée, quelle qu'en soit la durée."
                                        ),
                                        "en": (
                                            "An answer only once the whole investigation is "
                                            "finished, however long that takes."
                                        ),
                                        "es": (
                                            "Una respuesta solo cuando termine toda la "
                                            "investigación, dure lo que dure."
                                        ),
                                    },
                                    "correct": False,
                                    "feedback": {
                                        "nl": (
                                            "Niet juist. Je krijgt binnen twee weken een reactie, "
                                            "ook als het onderzoek dan nog loopt, en je blijft "
                                            "daarna op de hoogte."
                                        ),
                                        "fr": (
                                            "Incorrect. Vous recevez une réaction dans les deux "
                                            "semaines, même si l'enquête est encore en cours, puis "
                                            "vous êtes tenu informé."
                                        ),
                                        "en": (
                                            "Not correct. You get a response within two weeks, "
                                            "even if the investigation is still ongoing, and you "
                                            "are kept informed after that."
                                        ),
                                        "es": (
                                            "Incorrecto. Recibe una respuesta en un plazo de dos "
                                            "semanas, aunque la investigación siga en curso, y "
                                            "luego se le mantiene informado."
                                        ),
                                    },
                                },
                            ],
                        },
                    ),
                    (
                        "true_false",
                        {
                            "statement": {
                                "nl": (
                                    "Alleen medewerkers van het internationale team mogen het "
                                    "klachtenformulier gebruiken."
                                ),
                                "fr": (
                                    "Seuls les membres de l'équipe internationale peuvent utiliser "
                                    "le formulaire de plainte."
                                ),
                                "en": (
                                    "Only members of the international team may use the complaint "
                                    "form."
                                ),
                                "es": (
                                    "Solo los integrantes del equipo internacional pueden usar el "
                                    "formulario de quejas."
                                ),
                            },
                            "answer": False,
                            "feedback_true": {
                                "nl": (
                                    "Niet juist. Iedereen kan via het formulier een "
                                    "integriteitsschending melden, ook een partnergemeente, een "
                                    "delegatielid of een leverancier."
                                ),
                                "fr": (
                                    "Incorrect. Toute personne peut signaler un manquement à "
                                    "l'intégrité au moyen du formulaire, y compris une commune "
                                    "partenaire, un membre de délégation ou un fournisseur."
                                ),
                                "en": (
                                    "Not correct. Anyone can report an integrity breach through "
                                    "the form, including a partner municipality, a delegation "
                                    "member or a supplier."
                                ),
                                "es": (
                                    "Incorrecto. Cualquier persona puede reportar una falta a la "
                                    "integridad mediante el formulario, incluso un municipio "
                                    "socio, un integrante de una delegación o un proveedor."
                                ),
                            },
                            "feedback_false": {
                                "nl": (
                                    "Juist. Het formulier staat open voor iedereen: ook een "
                                    "partnergemeente, een delegatielid of een leverancier kan het "
                                    "gebruiken."
                                ),
                                "fr": (
                                    "Exact. Le formulaire est ouvert à tous\u202f: une commune "
                                    "partenaire, un membre de délégation ou un fournisseur peut "
                                    "aussi l'utiliser."
                                ),
                                "en": (
                                    "Correct. The form is open to everyone: a partner "
                                    "municipality, a delegation member or a supplier can use it "
                                    "too."
                                ),
                                "es": (
                                    "Correcto. El formulario está abierto a todos: también un "
                                    "municipio socio, un integrante de una delegación o un "
                                    "proveedor pueden usarlo."
                                ),
                            },
                        },
                    ),
                    (
                        "single_choice",
                        {
                            "question": {
                                "nl": (
                                    "Je wilt een klacht indienen, maar de klachtenmanager is zelf "
                                    "betrokken bij de feiten. Wat doe je?"
                                ),
                                "fr": (
                                    "Vous souhaitez déposer une plainte, mais le gestionnaire des "
                                    "plaintes est lui-même impliqué dans les faits. Que "
                                    "faites-vous\u202f?"
                                ),
                                "en": (
                                    "You want to make a complaint, but the complaints manager is "
                                    "personally involved in the facts. What do you do?"
                                ),
                                "es": (
                                    "Quiere presentar una queja, pero el propio gestor de quejas "
                                    "está involucrado en los hechos. ¿Qué hace?"
                                ),
                            },
                            "options": [
                                {
                                    "text": {
                                        "nl": (
                                            "Je ziet af van je klacht: niemand anders kan ze "
                                            "behandelen."
                                        ),
                                        "fr": (
                                            "Vous renoncez à votre plainte\u202f: personne d'autre "
                                            "ne peut la traiter."
                                        ),
                                        "en": "You drop your complaint: nobody else can handle it.",
                                        "es": "Desiste de su queja: nadie más puede tramitarla.",
                                    },
                                    "correct": False,
                                    "feedback": {
                                        "nl": (
                                            "Niet juist. Precies voor zo'n situatie is er een "
                                            "back-up klachtenmanager."
                                        ),
                                        "fr": (
                                            "Incorrect. C'est précisément pour ce genre de "
                                            "situation qu'il existe un gestionnaire des plaintes "
                                            "suppléant."
                                        ),
                                        "en": (
                                            "Not correct. This is exactly the kind of situation "
                                            "the back-up complaints manager is there for."
                                        ),
                                        "es": (
                                            "Incorrecto. Precisamente para este tipo de "
                                            "situaciones existe un gestor de quejas suplente."
                                        ),
                                    },
                                },
                                {
                                    "text": {
                                        "nl": "Je richt je tot de back-up klachtenmanager.",
                                        "fr": (
                                            "Vous vous adressez au gestionnaire des plaintes "
                                            "suppléant."
                                        ),
                                        "en": "You turn to the back-up complaints manager.",
                                        "es": "Se dirige al gestor de quejas suplente.",
                                    },
                                    "correct": True,
                                    "feedback": {
                                        "nl": (
                                            "Juist. Is de klachtenmanager afwezig of betrokken bij "
                                            "de kwestie, dan richt je je tot de back-up."
                                        ),
                                        "fr": (
                                            "Exact. Si le gestionnaire des plaintes est absent ou "
                                            "impliqué dans l'affaire, vous vous adressez à son "
                                            "suppléant."
                                        ),
                                        "en": (
                                            "Correct. If the complaints manager is absent or "
                                            "involved in the matter, you turn to the back-up."
                                        ),
                                        "es": (
                                            "Correcto. Si el gestor de quejas está ausente o "
                                            "involucrado en el asunto, se dirige al suplente."
                                        ),
                                    },
                                },
                                {
                                    "text": {
                                        "nl": (
                                            "Je stuurt je klacht toch naar de klachtenmanager en "
                                            "vraagt om extra discretie."
                                        ),
                                        "fr": (
                                            "Vous envoyez quand même votre plainte au gestionnaire "
                                            "des plaintes en lui demandant une discrétion "
                                            "particulière."
                                        ),
                                        "en": (
                                            "You send your complaint to the complaints manager "
                                            "anyway and ask for extra discretion."
                                        ),
                                        "es": (
                                            "Envía de todos modos su queja al gestor de quejas y "
                                            "le pide especial discreción."
                                        ),
                                    },
                                    "correct": False,
                                    "feedback": {
                                        "nl": (
                                            "Niet juist. Wie zelf betrokken is bij de zaak, kan ze "
                                            "niet objectief behandelen. Richt je tot de back-up "
                                            "klachtenmanager."
                                        ),
                                        "fr": (
                                            "Incorrect. Une personne impliquée dans l'affaire ne "
                                            "peut pas la traiter de manière objective. "
                                            "Adressez-vous au gestionnaire des plaintes suppléant."
                                        ),
                                        "en": (
                                            "Not correct. Someone involved in the matter cannot "
                                            "handle it objectively. Turn to the back-up complaints "
                                            "manager."
                                        ),
                                        "es": (
                                            "Incorrecto. Quien está involucrado en el asunto no "
                                            "puede tramitarlo con objetividad. Diríjase al gestor "
                                            "de quejas suplente."
                                        ),
                                    },
                                },
                            ],
                        },
                    ),
                ],
            },
            {
                "title": {
                    "nl": "De jaarlijkse bespreking van de code",
                    "fr": "La revue annuelle du code",
                    "en": "The annual code review",
                    "es": "La revisión anual del código",
                },
                "slug": {
                    "nl": "jaarlijkse-bespreking",
                    "fr": "revue-annuelle",
                    "en": "annual-code-review",
                    "es": "revision-anual",
                },
                "blocks": [
                    (
                        "text",
                        {
                            "nl": (
                                "<p>Een code werkt maar als hij leeft. Daarom neemt het volledige "
                                "internationale team de ethische code eens per jaar opnieuw door. "
                                "Tijdens die jaarlijkse bespreking:</p><ul><li>overlopen jullie "
                                "samen de waarden en de gedragsregels;</li><li>bespreken jullie "
                                "opbouwend en transparant of er zich het voorbije jaar "
                                "(vermoedelijke) integriteitsschendingen hebben "
                                "voorgedaan;</li><li>bekijken jullie of de code aanvullingen of "
                                "aanpassingen nodig heeft.</li></ul><p>Het platform houdt per "
                                "teamlid en per jaar bij wie aan de bespreking deelnam. Ook je "
                                "ondertekende bevestiging van de code telt mee in dat "
                                "overzicht.</p><p>Integriteit komt ook op andere momenten aan bod. "
                                "Teamleden volgen een dilemmatraining waarin ze hun morele "
                                "oordeelsvorming oefenen. Verhalen uit de praktijk komen geregeld "
                                "ter sprake op het overleg met de Vlaamse stedenbandcoördinatoren "
                                "en hun partnergemeenten. En in de eerste week van december deelt "
                                "het team tools en ervaringen tijdens de Week van de "
                                "Integriteit.</p>"
                            ),
                            "fr": (
                                "<p>Un code n'a de sens que s'il reste vivant. C'est pourquoi "
                                "toute l'équipe internationale relit le code d'éthique une fois "
                                "par an. Lors de cette revue annuelle, "
                                "vous\u202f:</p><ul><li>passez ensemble en revue les valeurs et "
                                "les règles de conduite\u202f;</li><li>examinez de manière "
                                "constructive et transparente si des manquements à l'intégrité, "
                                "avérés ou présumés, se sont produits au cours de "
                                "l'année\u202f;</li><li>évaluez si le code doit être complété ou "
                                "adapté.</li></ul><p>La plateforme enregistre, pour chaque membre "
                                "de l'équipe et chaque année, la participation à la revue. Votre "
                                "attestation signée du code compte aussi dans ce "
                                "suivi.</p><p>L'intégrité est aussi abordée à d'autres moments. "
                                "Les membres de l'équipe suivent une formation aux dilemmes pour "
                                "exercer leur jugement moral. Des récits de terrain sont "
                                "régulièrement discutés lors des rencontres avec les coordinateurs "
                                "de jumelage flamands et leurs communes partenaires. Enfin, "
                                "pendant la première semaine de décembre, l'équipe partage des "
                                "outils et des expériences à l'occasion de la Semaine de "
                                "l'intégrité.</p>"
                            ),
                            "en": (
                                "<p>A code only works if it stays alive. That is why the whole "
                                "international team goes through the ethics code again once a "
                                "year. During this annual review you:</p><ul><li>go through the "
                                "values and behaviour rules together;</li><li>discuss "
                                "constructively and openly whether any (suspected) integrity "
                                "breaches occurred over the past year;</li><li>consider whether "
                                "the code needs additions or changes.</li></ul><p>The platform "
                                "records, per team member and per year, who took part in the "
                                "review. Your signed acknowledgement of the code also counts "
                                "towards that record.</p><p>Integrity comes up at other moments "
                                "too. Team members follow dilemma training to practise moral "
                                "judgement. Stories from the field are regularly discussed at "
                                "meetings with the Flemish twinning coordinators and their partner "
                                "municipalities. And in the first week of December, the team "
                                "shares tools and experiences during the Week of Integrity.</p>"
                            ),
                            "es": (
                                "<p>Un código solo funciona si se mantiene vivo. Por eso, todo el "
                                "equipo internacional repasa el código de ética una vez al año. "
                                "Durante esta revisión anual, ustedes:</p><ul><li>repasan juntos "
                                "los valores y las reglas de conducta;</li><li>conversan de manera "
                                "constructiva y transparente sobre si hubo faltas a la integridad, "
                                "comprobadas o sospechadas, durante el último año;</li><li>evalúan "
                                "si el código necesita complementos o ajustes.</li></ul><p>La "
                                "plataforma registra, por cada integrante del equipo y por año, "
                                "quién participó en la revisión. Su constancia firmada del código "
                                "también cuenta en ese registro.</p><p>La integridad también se "
                                "aborda en otros momentos. Los integrantes del equipo siguen una "
                                "formación en dilemas para ejercitar su juicio moral. En las "
                                "reuniones con los coordinadores de hermanamiento flamencos y sus "
                                "municipios socios se comentan con regularidad historias de la "
                                "práctica. Y en la primera semana de diciembre, el equipo comparte "
                                "herramientas y experiencias durante la Semana de la "
                                "Integridad.</p>"
                            ),
                        },
                    ),
                    (
                        "single_choice",
                        {
                            "question": {
                                "nl": (
                                    "Wat gebeurt er tijdens de jaarlijkse bespreking van de "
                                    "ethische code?"
                                ),
                                "fr": (
                                    "Que se passe-t-il lors de la revue annuelle du code "
                                    "d'éthique\u202f?"
                                ),
                                "en": "What happens during the annual review of the ethics code?",
                                "es": "¿Qué ocurre durante la revisión anual del código de ética?",
                            },
                            "options": [
                                {
                                    "text": {
                                        "nl": (
                                            "De integriteitsverantwoordelijke herschrijft de code "
                                            "alleen en stuurt de nieuwe versie rond."
                                        ),
                                        "fr": (
                                            "Le responsable de l'intégrité réécrit seul le code et "
                                            "diffuse la nouvelle version."
                                        ),
                                        "en": (
                                            "The integrity officer rewrites the code alone and "
                                            "circulates the new version."
                                        ),
                                        "es": (
                                            "El responsable de integridad reescribe el código por "
                                            "su cuenta y hace circular la nueva versión."
                                        ),
                                    },
                                    "correct": False,
                                    "feedback": {
                                        "nl": (
                                            "Niet juist. De bespreking gebeurt met het volledige "
                                            "team. Samen bekijken jullie of de code aanvullingen "
                                            "of aanpassingen nodig heeft."
                                        ),
                                        "fr": (
                                            "Incorrect. La revue se fait avec toute l'équipe. "
                                            "C'est ensemble que vous examinez si le code doit être "
                                            "complété ou adapté."
                                        ),
                                        "en": (
                                            "Not correct. The review is done with the whole team. "
                                            "Together you consider whether the code needs "
                                            "additions or changes."
                                        ),
                                        "es": (
                                            "Incorrecto. La revisión se hace con todo el equipo. "
                                            "Juntos evalúan si el código necesita complementos o "
                                            "ajustes."
                                        ),
                                    },
                                },
                                {
                                    "text": {
                                        "nl": (
                                            "De klachtenmanager maakt bekend wie het voorbije jaar "
                                            "een klacht indiende."
                                        ),
                                        "fr": (
                                            "Le gestionnaire des plaintes annonce qui a déposé une "
                                            "plainte au cours de l'année."
                                        ),
                                        "en": (
                                            "The complaints manager announces who made a complaint "
                                            "over the past year."
                                        ),
                                        "es": (
                                            "El gestor de quejas anuncia quién presentó una queja "
                                            "durante el último año."
                                        ),
                                    },
                                    "correct": False,
                                    "feedback": {
                                        "nl": (
                                            "Niet juist. Klachten blijven vertrouwelijk: "
                                            "persoonsgegevens van melders worden niet gedeeld "
                                            "zonder hun toestemming. Het team bespreekt wel open "
                                            "of er (vermoedelijke) schendingen waren."
                                        ),
                                        "fr": (
                                            "Incorrect. Les plaintes restent "
                                            "confidentielles\u202f: les données des auteurs de "
                                            "signalements ne sont pas communiquées sans leur "
                                            "accord. L'équipe examine en revanche ouvertement si "
                                            "des manquements, avérés ou présumés, ont eu lieu."
                                        ),
                                        "en": (
                                            "Not correct. Complaints stay confidential: reporters' "
                                            "personal data is not shared without their consent. "
                                            "The team does discuss openly whether any (suspected) "
                                            "breaches occurred."
                                        ),
                                        "es": (
                                            "Incorrecto. Las quejas siguen siendo confidenciales: "
                                            "los datos de quienes reportan no se comparten sin su "
                                            "consentimiento. Lo que sí hace el equipo es conversar "
                                            "abiertamente sobre si hubo faltas, comprobadas o "
                                            "sospechadas."
                                        ),
                                    },
                                },
                                {
                                    "text": {
                                        "nl": (
                                            "Het hele team neemt de code opnieuw door, bespreekt "
                                            "open of er (vermoedelijke) schendingen waren en "
                                            "bekijkt of de code moet worden aangepast."
                                        ),
                                        "fr": (
                                            "Toute l'équipe relit le code, examine ouvertement si "
                                            "des manquements, avérés ou présumés, ont eu lieu et "
                                            "évalue s'il faut adapter le code."
                                        ),
                                        "en": (
                                            "The whole team goes through the code again, discusses "
                                            "openly whether any (suspected) breaches occurred and "
                                            "considers whether the code needs changing."
                                        ),
                                        "es": (
                                            "Todo el equipo repasa el código, conversa "
                                            "abiertamente sobre si hubo faltas, comprobadas o "
                                            "sospechadas, y evalúa si hay que ajustar el código."
                                        ),
                                    },
                                    "correct": True,
                                    "feedback": {
                                        "nl": (
                                            "Juist. Zo blijft de code levend: het team overloopt "
                                            "hem samen, bespreekt opbouwend en transparant wat er "
                                            "het voorbije jaar gebeurde en stuurt de code bij waar "
                                            "nodig."
                                        ),
                                        "fr": (
                                            "Exact. C'est ainsi que le code reste vivant\u202f: "
                                            "l'équipe le relit ensemble, examine de façon "
                                            "constructive et transparente ce qui s'est passé "
                                            "durant l'année et l'adapte si nécessaire."
                                        ),
                                        "en": (
                                            "Correct. That keeps the code alive: the team goes "
                                            "through it together, discusses constructively and "
                                            "openly what happened over the past year and adjusts "
                                            "the code where needed."
                                        ),
                                        "es": (
                                            "Correcto. Así el código se mantiene vivo: el equipo "
                                            "lo repasa en conjunto, conversa de manera "
                                            "constructiva y transparente sobre lo ocurrido en el "
                                            "último año y lo ajusta cuando hace falta."
                                        ),
                                    },
                                },
                            ],
                        },
                    ),
                    (
                        "reflection",
                        {
                            "prompt": {
                                "nl": (
                                    "Welke situatie uit je eigen werk van het voorbije jaar zou je "
                                    "willen inbrengen tijdens de jaarlijkse bespreking van de "
                                    "code? Welke waarde of gedragsregel speelde erin mee, en mist "
                                    "er volgens jou iets in de code?"
                                ),
                                "fr": (
                                    "Quelle situation vécue dans votre travail au cours de l'année "
                                    "écoulée aimeriez-vous évoquer lors de la revue annuelle du "
                                    "code\u202f? Quelle valeur ou quelle règle de conduite était "
                                    "en jeu, et manque-t-il selon vous quelque chose dans le "
                                    "code\u202f?"
                                ),
                                "en": (
                                    "Which situation from your own work over the past year would "
                                    "you like to bring up at the annual code review? Which value "
                                    "or behaviour rule was at stake, and is anything missing from "
                                    "the code, in your view?"
                                ),
                                "es": (
                                    "¿Qué situación de su propio trabajo del último año le "
                                    "gustaría plantear en la revisión anual del código? ¿Qué valor "
                                    "o regla de conducta estaba en juego y, en su opinión, falta "
                                    "algo en el código?"
                                ),
                            },
                        },
                    ),
                ],
            },
        ],
    },
]
