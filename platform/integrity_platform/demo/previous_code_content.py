"""Last year's version of the demo ethics code (the demo's version Y-1.1), in nl, fr, en and es.

It was written in our own words after the Dutch original and trimmed: mottos shortened,
rules merged, the situering, vision and mission left out. This year's version (Y.1,
code_content.py) is the code as written; the difference is the demo's material change.
Its words are history (what last year's acknowledgements were made on): do not reword it.
The shape is that of code_content.py, without the lead-ins and the background section.
"""

CODE = {
    "title": {
        "nl": "Ethische code van het internationale team van de vereniging",
        "fr": "Code d’éthique de l’équipe internationale de l’association",
        "en": "Ethics code of the association's international team",
        "es": "Código de ética del equipo internacional de la asociación",
    },
    "slug": {
        "nl": "ethische-code",
        "fr": "code-d-ethique",
        "en": "ethics-code",
        "es": "codigo-de-etica",
    },
    "intro": {
        "nl": (
            "<p>Deze ethische code beschrijft hoe we ons gedragen wanneer we in naam van de "
            "vereniging internationaal werken, waar ter wereld dat ook is. Hij geldt voor alle "
            "medewerkers en vertegenwoordigers van het internationale team van de vereniging. Zo "
            "willen we een ethische cultuur bevorderen, in het team en bij onze partners, en "
            "wangedrag voorkomen.</p><p>De code is niet volledig en wil dat ook niet zijn. Hij "
            "herinnert je aan de belangrijkste gedragsnormen die je beslissingen en handelingen "
            "moeten sturen, in de vele situaties en uitdagingen die je kan tegenkomen in je werk "
            "voor het team of in zijn programma's.</p>"
        ),
        "fr": (
            "<p>Ce code d’éthique décrit la conduite attendue lorsque nous agissons au nom de "
            "l’association dans son travail international, où que ce soit dans le monde. Il "
            "s’applique à tous les membres du personnel et représentants de l’équipe "
            "internationale de l’association. Il vise à promouvoir une culture éthique, au sein de "
            "l’équipe comme chez nos partenaires, et à prévenir les comportements "
            "inappropriés.</p><p>Ce code ne prétend pas être exhaustif. Il vous rappelle plutôt "
            "les principales normes de conduite qui doivent guider vos décisions et vos actes face "
            "à la grande diversité de situations et de défis que vous pouvez rencontrer en "
            "travaillant pour l’équipe ou en participant à ses programmes.</p>"
        ),
        "en": (
            "<p>This ethics code sets out how we behave when we act on behalf of the association "
            "in its international work, wherever in the world that may be. It applies to all staff "
            "and representatives of the association's international team. Its aim is to foster an "
            "ethical culture, within the team and among our partners, and to prevent "
            "misconduct.</p><p>The code does not claim to be exhaustive. Rather, it reminds you of "
            "the main standards of conduct that should guide your decisions and actions in the "
            "wide range of situations and challenges you may face while working for the team or "
            "taking part in its programmes.</p>"
        ),
        "es": (
            "<p>Este código de ética describe cómo nos comportamos cuando actuamos en nombre de la "
            "asociación en su trabajo internacional, en cualquier lugar del mundo. Se aplica a "
            "todo el personal y a todas las personas que representan al equipo internacional de la "
            "asociación. Su objetivo es promover una cultura ética, dentro del equipo y entre "
            "nuestros socios, y prevenir las conductas indebidas.</p><p>El código no pretende ser "
            "exhaustivo. Más bien le recuerda las principales normas de conducta que deben "
            "orientar sus decisiones y acciones ante la gran variedad de situaciones y desafíos "
            "que puede enfrentar al trabajar para el equipo o al participar en sus programas.</p>"
        ),
    },
    "scope": {
        "nl": (
            "<p><strong>Wie ondertekent de code voor akkoord?</strong> Elk lid van het "
            "internationale team van de vereniging en elke gemeentelijke ambtenaar die betrokken "
            "is bij de uitvoering van de projecten en programma's van het team. De code wordt met "
            "je doorgenomen bij je onthaal, in Vlaanderen of in een partnerland.</p><p><strong>Wie "
            "neemt er kennis van?</strong> De code is een leidraad voor elke partner en "
            "belanghebbende van het team. Deze mensen krijgen hem ter kennisname en bevestigen dat "
            "ze hem ontvangen en gelezen hebben:</p><ul><li>de leden van een delegatie op "
            "internationaal werkbezoek;</li><li>elke actor waarmee het team een "
            "partnerschapsovereenkomst afsluit.</li></ul><p><strong>Wat als de code niet gevolgd "
            "wordt?</strong></p><ul><li>Heb je vragen of twijfels, of wil je (nog) geen officiële "
            "klacht indienen, ga dan eerst naar de <strong>raadgever "
            "integriteit</strong>.</li><li>Vermoed je dat de code niet gevolgd werd bij een "
            "activiteit van het team, meld het dan via het online klachtenformulier aan de "
            "<strong>klachtenmanager</strong>. Die behandelt elke melding vertrouwelijk en "
            "reageert binnen twee weken.</li></ul>"
        ),
        "fr": (
            "<p><strong>Qui signe le code pour accord\u202f?</strong> Chaque membre de l’équipe "
            "internationale de l’association et chaque agent communal qui participe à la mise en "
            "œuvre des projets et programmes de l’équipe. Le code est parcouru avec vous lors de "
            "votre accueil, en Flandre ou dans un pays partenaire.</p><p><strong>Qui en prend "
            "connaissance\u202f?</strong> Le code sert de guide à chaque partenaire et partie "
            "prenante de l’équipe. Les personnes suivantes le reçoivent pour information et "
            "confirment l’avoir reçu et lu\u202f:</p><ul><li>les membres d’une délégation en "
            "visite de travail internationale\u202f;</li><li>chaque acteur avec lequel l’équipe "
            "conclut une convention de partenariat.</li></ul><p><strong>Que faire si le code n’est "
            "pas respecté\u202f?</strong></p><ul><li>Pour une question ou un doute, ou si vous ne "
            "souhaitez pas (encore) déposer de plainte officielle, adressez-vous d’abord au "
            "<strong>conseiller en intégrité</strong>.</li><li>Si vous pensez que le code n’a pas "
            "été respecté dans une activité de l’équipe, signalez-le au <strong>gestionnaire des "
            "plaintes</strong> au moyen du formulaire de plainte en ligne. Chaque signalement est "
            "traité de manière confidentielle et reçoit une réponse dans les deux "
            "semaines.</li></ul>"
        ),
        "en": (
            "<p><strong>Who signs the code for agreement?</strong> Every member of the "
            "association's international team and every municipal official involved in carrying "
            "out the team's projects and programmes. The code is walked through with you at your "
            "onboarding, in Flanders or in a partner country.</p><p><strong>Who takes note of "
            "it?</strong> The code is a guide for every partner and stakeholder of the team. The "
            "following people receive it for information and confirm that they have received and "
            "read it:</p><ul><li>members of a delegation on an international work "
            "visit;</li><li>every actor with which the team concludes a partnership "
            "agreement.</li></ul><p><strong>What if the code is not "
            "followed?</strong></p><ul><li>If you have questions or doubts, or do not (yet) want "
            "to file a formal complaint, turn first to the <strong>integrity "
            "adviser</strong>.</li><li>If you believe the code was not followed in one of the "
            "team's activities, report it to the <strong>complaints manager</strong> through the "
            "online complaint form. Every report is handled confidentially and answered within two "
            "weeks.</li></ul>"
        ),
        "es": (
            "<p><strong>¿Quién firma el código en señal de conformidad?</strong> Cada integrante "
            "del equipo internacional de la asociación y cada funcionario municipal que participa "
            "en la ejecución de los proyectos y programas del equipo. El código se revisa con "
            "usted durante su incorporación, en Flandes o en un país socio.</p><p><strong>¿Quién "
            "toma conocimiento de él?</strong> El código sirve de guía a cada socio y parte "
            "interesada del equipo. Las siguientes personas lo reciben a título informativo y "
            "confirman haberlo recibido y leído:</p><ul><li>quienes integran una delegación en una "
            "visita de trabajo internacional;</li><li>cada actor con el que el equipo celebra un "
            "convenio de asociación.</li></ul><p><strong>¿Qué hacer si no se cumple el "
            "código?</strong></p><ul><li>Si tiene preguntas o dudas, o si (todavía) no desea "
            "presentar una queja formal, acuda primero al <strong>asesor de "
            "integridad</strong>.</li><li>Si considera que no se cumplió el código en alguna "
            "actividad del equipo, repórtelo al <strong>gestor de quejas</strong> mediante el "
            "formulario de quejas en línea. Cada reporte se trata de forma confidencial y recibe "
            "respuesta en un plazo de dos semanas.</li></ul>"
        ),
    },
    "agreement_text": {
        "nl": (
            "Ik, {name}, tewerkgesteld bij {employer}, onderteken deze ethische code voor akkoord."
        ),
        "fr": (
            "Je soussigné(e), {name}, en fonction auprès de {employer}, signe le présent code "
            "d’éthique pour accord."
        ),
        "en": "I, {name}, employed at {employer}, sign this ethics code for agreement.",
        "es": (
            "Yo, {name}, que trabajo en {employer}, firmo este código de ética en señal de "
            "conformidad."
        ),
    },
    "receipt_text": {
        "nl": (
            "Ik, {name}, lid van de delegatie voor {visit}, bevestig dat ik deze ethische code "
            "ontvangen en gelezen heb, ter kennisname."
        ),
        "fr": (
            "Je soussigné(e), {name}, membre de la délégation pour {visit}, confirme avoir reçu et "
            "lu le présent code d’éthique, pour information."
        ),
        "en": (
            "I, {name}, member of the delegation for {visit}, confirm that I have received and "
            "read this ethics code, for information."
        ),
        "es": (
            "Yo, {name}, integrante de la delegación de {visit}, confirmo que he recibido y leído "
            "este código de ética, a título informativo."
        ),
    },
    "partner_text": {
        "nl": (
            "Ik, {name}, neem namens {organisation} kennis van deze ethische code en ga namens "
            "de organisatie de verbintenis aan die hieronder is aangeduid."
        ),
        "fr": (
            "Je soussigné(e), {name}, prends connaissance du présent code d’éthique au nom de "
            "{organisation} et prends, au nom de celle-ci, l’engagement indiqué ci-dessous."
        ),
        "en": (
            "I, {name}, on behalf of {organisation}, take note of this ethics code and make, on "
            "the organisation's behalf, the commitment marked below."
        ),
        "es": (
            "Yo, {name}, en nombre de {organisation}, tomo conocimiento de este código de ética y "
            "asumo, en nombre de la organización, el compromiso indicado a continuación."
        ),
    },
}

VALUES = [
    {
        "key": "collegiality",
        "name": {
            "nl": "Collegialiteit",
            "fr": "Collégialité",
            "en": "Collegiality",
            "es": "Colegialidad",
        },
        "motto": {
            "nl": (
                "We werken samen als één ploeg, met respect en aandacht voor elkaar, en we helpen "
                "elkaar."
            ),
            "fr": (
                "Nous travaillons ensemble comme une seule équipe, avec respect, attention aux "
                "autres et entraide."
            ),
            "en": (
                "We work together as one team, with respect, care for one another and a helping "
                "hand."
            ),
            "es": (
                "Trabajamos juntos como un solo equipo, con respeto, atención mutua y ayudándonos "
                "unos a otros."
            ),
        },
        "rules": [
            {
                "nl": "Je respecteert en waardeert verschillen en behandelt alle mensen gelijk.",
                "fr": (
                    "Vous respectez et appréciez les différences, et vous traitez toutes les "
                    "personnes sur un pied d’égalité."
                ),
                "en": "You respect and value differences and treat all people equally.",
                "es": (
                    "Usted respeta y valora las diferencias y trata a todas las personas por igual."
                ),
            },
            {
                "nl": (
                    "Je houdt rekening met gevoeligheden rond ieders gewoonten, tradities en "
                    "geloofsovertuigingen en vermijdt gedrag dat in een bepaalde culturele context "
                    "niet gepast is."
                ),
                "fr": (
                    "Vous tenez compte des sensibilités liées aux habitudes, traditions et "
                    "croyances de chacun, et vous évitez tout comportement malvenu dans un "
                    "contexte culturel donné."
                ),
                "en": (
                    "You are mindful of sensitivities around people's customs, traditions and "
                    "beliefs, and avoid behaviour that is inappropriate in a given cultural "
                    "context."
                ),
                "es": (
                    "Usted tiene en cuenta las sensibilidades en torno a las costumbres, "
                    "tradiciones y creencias de cada persona, y evita comportamientos inapropiados "
                    "en un contexto cultural determinado."
                ),
            },
            {
                "nl": (
                    "Je discrimineert of beledigt nooit iemand, fysiek noch online, op grond van "
                    "huidskleur, afkomst, gender, seksuele geaardheid, leeftijd, religie, "
                    "politieke overtuiging of beperking."
                ),
                "fr": (
                    "Vous n’avez jamais de comportement discriminatoire ou offensant, en personne "
                    "comme en ligne, fondé sur la couleur de peau, l’origine, le genre, "
                    "l’orientation sexuelle, l’âge, la religion, les convictions politiques ou le "
                    "handicap."
                ),
                "en": (
                    "You never behave in a discriminatory or offensive way, in person or online, "
                    "on the grounds of skin colour, origin, gender, sexual orientation, age, "
                    "religion, political conviction or disability."
                ),
                "es": (
                    "Usted nunca discrimina ni ofende a nadie, ni en persona ni en línea, por su "
                    "color de piel, origen, género, orientación sexual, edad, religión, "
                    "convicciones políticas o discapacidad."
                ),
            },
            {
                "nl": "Je praat bij een conflict of wrevel eerst rechtstreeks met de betrokkene.",
                "fr": (
                    "Vous vous adressez d’abord directement à la personne concernée en cas de "
                    "conflit ou de friction."
                ),
                "en": (
                    "You first talk directly to the person concerned when there is a conflict or "
                    "friction."
                ),
                "es": (
                    "Usted habla primero directamente con la persona involucrada cuando hay un "
                    "conflicto o un roce."
                ),
            },
            {
                "nl": "Je geeft anderen constructieve feedback, zakelijk en tactvol.",
                "fr": (
                    "Vous faites aux autres des retours constructifs, de manière rationnelle et "
                    "avec tact."
                ),
                "en": "You give others constructive feedback, in a rational and tactful way.",
                "es": (
                    "Usted da retroalimentación constructiva a los demás, de manera racional y con "
                    "tacto."
                ),
            },
            {
                "nl": "Je draagt bij tot een stimulerende en prettige werksfeer.",
                "fr": "Vous contribuez à une ambiance de travail stimulante et agréable.",
                "en": "You help create a stimulating and pleasant working atmosphere.",
                "es": "Usted contribuye a un ambiente de trabajo estimulante y agradable.",
            },
            {
                "nl": "Je luistert naar je collega's.",
                "fr": "Vous êtes à l’écoute de vos collègues.",
                "en": "You are willing to listen to your colleagues.",
                "es": "Usted escucha con disposición a sus colegas.",
            },
        ],
    },
    {
        "key": "service",
        "name": {
            "nl": "Dienstbaarheid",
            "fr": "Sens du service",
            "en": "Service",
            "es": "Vocación de servicio",
        },
        "motto": {
            "nl": (
                "De leden gaan voor: dienstverlening aan de steden en gemeenten primeert op "
                "interne hiërarchie, en we werken op basis van vertrouwen, autonomie en "
                "transparantie."
            ),
            "fr": (
                "Les membres passent en premier\u202f: le service aux villes et communes prime sur "
                "la hiérarchie interne, et nous travaillons dans la confiance, l’autonomie et la "
                "transparence."
            ),
            "en": (
                "Members come first: serving the cities and municipalities takes precedence over "
                "internal hierarchy, and we work on the basis of trust, autonomy and transparency."
            ),
            "es": (
                "Los miembros van primero: el servicio a las ciudades y municipios prima sobre la "
                "jerarquía interna, y trabajamos con confianza, autonomía y transparencia."
            ),
        },
        "rules": [
            {
                "nl": (
                    "Je hebt in je werk steeds oog voor de belangen van de leden en hun "
                    "(internationale) partners."
                ),
                "fr": (
                    "Vous gardez toujours à l’esprit, dans votre travail, les intérêts des membres "
                    "et de leurs partenaires (internationaux)."
                ),
                "en": (
                    "You always keep the interests of the members and their (international) "
                    "partners in mind in your work."
                ),
                "es": (
                    "Usted tiene siempre presentes en su trabajo los intereses de los miembros y "
                    "de sus socios (internacionales)."
                ),
            },
            {
                "nl": (
                    "Je denkt en handelt over de hele organisatie en over de diensten heen, in het "
                    "belang van de leden en hun partners."
                ),
                "fr": (
                    "Vous pensez et agissez à l’échelle de toute l’organisation, au-delà de votre "
                    "propre service, dans l’intérêt des membres et de leurs partenaires."
                ),
                "en": (
                    "You think and act across the whole organisation and beyond your own "
                    "department, in the interest of the members and their partners."
                ),
                "es": (
                    "Usted piensa y actúa con una visión de toda la organización, más allá de su "
                    "propio departamento, en interés de los miembros y de sus socios."
                ),
            },
            {
                "nl": (
                    "Je staat alle leden en hun partners bij, zonder onderscheid op basis van "
                    "gender, afkomst, visie, politieke kleur of wat dan ook."
                ),
                "fr": (
                    "Vous êtes à la disposition de tous les membres et de leurs partenaires, sans "
                    "distinction de genre, d’origine, de vision, de couleur politique ou autre."
                ),
                "en": (
                    "You are available to all members and their partners, without distinction "
                    "based on gender, origin, views, political colour or anything else."
                ),
                "es": (
                    "Usted está a disposición de todos los miembros y de sus socios, sin "
                    "distinción de género, origen, visión, color político ni de ningún otro tipo."
                ),
            },
            {
                "nl": (
                    "Je beantwoordt vragen binnen een redelijke termijn, of laat minstens weten "
                    "wanneer men een antwoord mag verwachten."
                ),
                "fr": (
                    "Vous répondez aux questions dans un délai raisonnable ou indiquez au moins "
                    "quand une réponse peut être attendue."
                ),
                "en": (
                    "You answer questions within a reasonable time, or at least say when an answer "
                    "can be expected."
                ),
                "es": (
                    "Usted responde las consultas en un plazo razonable o, como mínimo, indica "
                    "cuándo se puede esperar una respuesta."
                ),
            },
            {
                "nl": (
                    "Je staat open voor kritiek en feedback van leden en hun partners: je gaat "
                    "niet in de verdediging, maar luistert en zoekt een constructief antwoord."
                ),
                "fr": (
                    "Vous accueillez les critiques et les retours des membres et de leurs "
                    "partenaires\u202f: au lieu de vous justifier, vous écoutez et cherchez à "
                    "apporter une réponse constructive."
                ),
                "en": (
                    "You are open to criticism and feedback from members and their partners: "
                    "rather than getting defensive, you listen and try to give a constructive "
                    "answer."
                ),
                "es": (
                    "Usted acoge las críticas y la retroalimentación de los miembros y de sus "
                    "socios: en lugar de ponerse a la defensiva, escucha y procura dar una "
                    "respuesta constructiva."
                ),
            },
        ],
    },
    {
        "key": "integrity",
        "name": {
            "nl": "Integriteit",
            "fr": "Intégrité",
            "en": "Integrity",
            "es": "Integridad",
        },
        "motto": {
            "nl": (
                "We werken eerlijk en volgens de regels, zodat collega's en leden op ons kunnen "
                "vertrouwen, en geschenken of gunsten beïnvloeden onze dienstverlening niet."
            ),
            "fr": (
                "Nous travaillons honnêtement et dans le respect des règles, pour que collègues et "
                "membres puissent nous faire confiance, et aucun cadeau ni aucune faveur "
                "n’influence notre service."
            ),
            "en": (
                "We work honestly and by the rules, so that colleagues and members can trust us, "
                "and no gift or favour influences our service."
            ),
            "es": (
                "Trabajamos con honestidad y conforme a las normas, para que colegas y miembros "
                "puedan confiar en nosotros, y ningún obsequio ni favor influye en nuestro "
                "servicio."
            ),
        },
        "rules": [
            {
                "nl": (
                    "Je vermijdt belangenvermenging die je eigen geloofwaardigheid of die van het "
                    "team kan schaden, en je gebruikt je invloed niet voor jezelf of voor een "
                    "persoon of organisatie waarmee je rechtstreeks of onrechtstreeks verbonden "
                    "bent."
                ),
                "fr": (
                    "Vous évitez tout conflit d’intérêts susceptible de compromettre votre "
                    "crédibilité ou celle de l’équipe, et vous n’utilisez pas votre influence à "
                    "des fins personnelles ni au profit d’une personne ou d’une organisation avec "
                    "laquelle vous avez un lien direct ou indirect."
                ),
                "en": (
                    "You avoid conflicts of interest that could damage your own credibility or the "
                    "team's, and you do not use your influence for personal gain or for a person "
                    "or organisation you are directly or indirectly involved with."
                ),
                "es": (
                    "Usted evita los conflictos de intereses que puedan comprometer su "
                    "credibilidad o la del equipo, y no usa su influencia en beneficio propio ni "
                    "de una persona u organización con la que tenga un vínculo directo o "
                    "indirecto."
                ),
            },
            {
                "nl": (
                    "Je werkt en communiceert transparant: in welke hoedanigheid je optreedt is "
                    "altijd duidelijk, wat je doet is zichtbaar voor je collega's en je "
                    "leidinggevende, en je legt intern en extern correct en helder financiële "
                    "verantwoording af."
                ),
                "fr": (
                    "Vous travaillez et communiquez en toute transparence\u202f: la qualité en "
                    "laquelle vous agissez est toujours claire, ce que vous faites est visible "
                    "pour vos collègues et votre responsable, et vous rendez des comptes "
                    "financiers exacts et clairs, en interne comme en externe."
                ),
                "en": (
                    "You work and communicate transparently: the capacity in which you act is "
                    "always clear, what you do is visible to your colleagues and your manager, and "
                    "you account for finances correctly and clearly, both internally and "
                    "externally."
                ),
                "es": (
                    "Usted trabaja y se comunica con transparencia: siempre queda claro en calidad "
                    "de qué actúa, lo que hace es visible para sus colegas y su jefatura, y rinde "
                    "cuentas financieras correctas y claras, tanto interna como externamente."
                ),
            },
            {
                "nl": (
                    "Je laat je dienstverlening niet kopen of beïnvloeden door geld, goederen, "
                    "diensten of andere gunsten die je gegeven of beloofd worden."
                ),
                "fr": (
                    "Vous ne laissez ni acheter ni influencer votre service par de l’argent, des "
                    "biens, des services ou d’autres faveurs qui vous sont offerts ou promis."
                ),
                "en": (
                    "You do not let your services be bought or influenced by money, goods, "
                    "services or other favours given or promised to you."
                ),
                "es": (
                    "Usted no permite que su servicio se compre ni se vea influido por dinero, "
                    "bienes, servicios u otros favores que se le ofrezcan o prometan."
                ),
            },
            {
                "nl": (
                    "Je aanvaardt een kleine attentie alleen als weigeren of teruggeven de gever "
                    "ernstig zou kwetsen of in verlegenheid brengen, als ze in het openbaar "
                    "overhandigd wordt of als teruggeven praktisch onhaalbaar is, en je meldt elk "
                    "aanvaard geschenk aan je diensthoofd."
                ),
                "fr": (
                    "Vous n’acceptez un petit présent que si le refuser ou le rendre blesserait ou "
                    "embarrasserait sérieusement la personne qui l’offre, s’il vous est remis en "
                    "public ou s’il est matériellement impossible de le rendre, et vous informez "
                    "votre chef de service de tout cadeau accepté."
                ),
                "en": (
                    "You accept a small token only if refusing or returning it would seriously "
                    "hurt or embarrass the giver, if it is handed over in public, or if returning "
                    "it is not practically feasible, and you tell your head of department about "
                    "any gift you accept."
                ),
                "es": (
                    "Usted acepta un pequeño obsequio solo si rechazarlo o devolverlo ofendería o "
                    "avergonzaría seriamente a quien lo entrega, si se lo dan en público o si "
                    "devolverlo no es viable en la práctica, y comunica a su jefe de departamento "
                    "todo obsequio que acepte."
                ),
            },
            {
                "nl": (
                    "Je aanvaardt uitnodigingen die anderen betalen alleen als de activiteit bij "
                    "je werk hoort en je aanwezigheid functioneel is, bijvoorbeeld om de "
                    "vereniging formeel te vertegenwoordigen."
                ),
                "fr": (
                    "Vous n’acceptez d’invitations payées par des tiers que si l’activité relève "
                    "de votre travail et que votre présence est fonctionnelle, par exemple pour "
                    "représenter officiellement l’association."
                ),
                "en": (
                    "You accept invitations paid for by others only when the activity is part of "
                    "your work and your presence is functional, for example to formally represent "
                    "the association."
                ),
                "es": (
                    "Usted acepta invitaciones pagadas por terceros solo cuando la actividad forma "
                    "parte de su trabajo y su presencia es funcional, por ejemplo, para "
                    "representar formalmente a la asociación."
                ),
            },
            {
                "nl": (
                    "Je oefent nooit fysiek, verbaal of schriftelijk geweld uit en dreigt er ook "
                    "niet mee."
                ),
                "fr": (
                    "Vous n’exercez jamais de violence physique, verbale ou écrite et ne menacez "
                    "jamais d’y recourir."
                ),
                "en": "You never use or threaten physical, verbal or written violence.",
                "es": (
                    "Usted nunca ejerce violencia física, verbal ni escrita, ni amenaza con "
                    "ejercerla."
                ),
            },
            {
                "nl": (
                    "Je doet nooit aan seksuele uitbuiting: elk misbruik van macht, vertrouwen of "
                    "kwetsbaarheid voor seksuele doeleinden, ook financieel, sociaal of politiek "
                    "voordeel halen uit de seksuele uitbuiting van een ander."
                ),
                "fr": (
                    "Vous ne vous livrez jamais à l’exploitation sexuelle, c’est-à-dire à tout "
                    "abus de pouvoir, de confiance ou d’une situation de vulnérabilité à des fins "
                    "sexuelles, y compris le fait de tirer un avantage financier, social ou "
                    "politique de l’exploitation sexuelle d’autrui."
                ),
                "en": (
                    "You never engage in sexual exploitation, meaning any abuse of power, trust or "
                    "vulnerability for sexual purposes, including profiting financially, socially "
                    "or politically from the sexual exploitation of another person."
                ),
                "es": (
                    "Usted nunca incurre en explotación sexual, es decir, en cualquier abuso de "
                    "poder, de confianza o de una situación de vulnerabilidad con fines sexuales, "
                    "incluido obtener un beneficio económico, social o político de la explotación "
                    "sexual de otra persona."
                ),
            },
            {
                "nl": (
                    "Je doet nooit aan seksueel misbruik: een daadwerkelijke of dreigende fysieke "
                    "inbreuk van seksuele aard, met geweld of onder dwang."
                ),
                "fr": (
                    "Vous ne commettez jamais d’abus sexuel, c’est-à-dire une atteinte physique de "
                    "nature sexuelle, réelle ou sous forme de menace, commise par la force ou sous "
                    "la contrainte."
                ),
                "en": (
                    "You never commit sexual abuse, meaning an actual or threatened physical "
                    "intrusion of a sexual nature, by force or under coercive conditions."
                ),
                "es": (
                    "Usted nunca comete abuso sexual, es decir, una intrusión física de naturaleza "
                    "sexual, real o en forma de amenaza, cometida por la fuerza o en condiciones "
                    "de coerción."
                ),
            },
            {
                "nl": (
                    "Je meldt misbruik of corruptie die je vaststelt, ook als je er zelf niet "
                    "rechtstreeks bij betrokken bent."
                ),
                "fr": (
                    "Vous signalez tout abus ou acte de corruption dont vous êtes témoin, même si "
                    "cela ne vous concerne pas directement."
                ),
                "en": (
                    "You report abuse or corruption you witness, even if you are not directly "
                    "involved yourself."
                ),
                "es": (
                    "Usted reporta todo abuso o acto de corrupción que presencie, aunque no le "
                    "concierna directamente."
                ),
            },
        ],
    },
    {
        "key": "sustainability",
        "name": {
            "nl": "Duurzaamheid",
            "fr": "Durabilité",
            "en": "Sustainability",
            "es": "Sostenibilidad",
        },
        "motto": {
            "nl": (
                "We voorzien in de noden van vandaag zonder die van toekomstige generaties in "
                "gevaar te brengen, en verzoenen economische ontwikkeling, ecologische draagkracht "
                "en sociale rechtvaardigheid."
            ),
            "fr": (
                "Nous répondons aux besoins d’aujourd’hui sans compromettre ceux des générations "
                "futures, en conciliant développement économique, capacité de charge écologique et "
                "justice sociale."
            ),
            "en": (
                "We meet today's needs without compromising those of future generations, "
                "reconciling economic development, ecological carrying capacity and social "
                "justice."
            ),
            "es": (
                "Atendemos las necesidades de hoy sin comprometer las de las generaciones futuras, "
                "conciliando el desarrollo económico, la capacidad de carga ecológica y la "
                "justicia social."
            ),
        },
        "rules": [
            {
                "nl": (
                    "Je zoekt in je werk naar duurzame relaties en structurele oplossingen, "
                    "betrekt waar mogelijk collega's, leden en partners, en hebt in de "
                    "internationale en multiculturele context ook aandacht voor de inclusie van "
                    "inheemse en gemarginaliseerde gemeenschappen."
                ),
                "fr": (
                    "Vous recherchez dans votre travail des relations durables et des solutions "
                    "structurelles, vous associez collègues, membres et partenaires autant que "
                    "possible et, dans le contexte international et multiculturel, vous veillez "
                    "aussi à l’inclusion des communautés autochtones et marginalisées."
                ),
                "en": (
                    "You look for lasting relationships and structural solutions in your work, "
                    "involve colleagues, members and partners where possible and, in the "
                    "international and multicultural context, also pay attention to including "
                    "indigenous and marginalised communities."
                ),
                "es": (
                    "Usted busca en su trabajo relaciones duraderas y soluciones estructurales, "
                    "involucra a colegas, miembros y socios siempre que sea posible y, en el "
                    "contexto internacional y multicultural, presta atención también a la "
                    "inclusión de las comunidades indígenas y marginadas."
                ),
            },
            {
                "nl": (
                    "Je werkt mee aan beleid dat via samenwerking duurzame positieve impact "
                    "nastreeft en maakt keuzes die op lange termijn goed zijn, binnen en buiten de "
                    "organisatie, met gendergelijkheid en mensenrechten als uitgangspunten."
                ),
                "fr": (
                    "Vous contribuez à des politiques fondées sur la coopération qui visent un "
                    "impact positif durable, et vous faites des choix bénéfiques à long terme, au "
                    "sein de l’organisation comme à l’extérieur, en prenant pour points de départ "
                    "l’égalité de genre et les droits humains."
                ),
                "en": (
                    "You contribute to policies that seek lasting positive impact through "
                    "cooperation and make choices that are good in the long term, inside and "
                    "outside the organisation, with gender equality and human rights as starting "
                    "points."
                ),
                "es": (
                    "Usted contribuye a políticas basadas en la cooperación que buscan un impacto "
                    "positivo duradero y toma decisiones que son buenas a largo plazo, dentro y "
                    "fuera de la organización, con la igualdad de género y los derechos humanos "
                    "como puntos de partida."
                ),
            },
            {
                "nl": (
                    "Je denkt na over de mogelijke ecologische impact van interventies en "
                    "activiteiten en doet wat je kan om negatieve impact te voorkomen."
                ),
                "fr": (
                    "Vous réfléchissez à l’impact écologique possible des interventions et des "
                    "activités, et vous faites ce qui est possible pour en éviter les effets "
                    "négatifs."
                ),
                "en": (
                    "You consider the possible ecological impact of interventions and activities "
                    "and do what you can to prevent negative effects."
                ),
                "es": (
                    "Usted reflexiona sobre el posible impacto ecológico de las intervenciones y "
                    "actividades y hace lo posible por evitar efectos negativos."
                ),
            },
            {
                "nl": (
                    "Je laat in standpunten naast de impact op lokale besturen ook duurzaamheid "
                    "meewegen, met de Agenda 2030 als handig kader."
                ),
                "fr": (
                    "Vous tenez compte de la durabilité dans vos prises de position, en plus de "
                    "leur impact sur les pouvoirs locaux, en vous appuyant sur l’Agenda 2030 comme "
                    "cadre pratique."
                ),
                "en": (
                    "You weigh sustainability in the positions you take, alongside the impact on "
                    "local governments, using the 2030 Agenda as a practical framework."
                ),
                "es": (
                    "Usted considera la sostenibilidad en sus posicionamientos, además del impacto "
                    "en los gobiernos locales, con la Agenda 2030 como un marco de referencia "
                    "práctico."
                ),
            },
            {
                "nl": (
                    "Je gaat verantwoord en zuinig om met het materiaal, de goederen en het geld "
                    "die de organisatie je ter beschikking stelt."
                ),
                "fr": (
                    "Vous utilisez de manière responsable et économe le matériel, les biens et les "
                    "fonds que l’organisation met à votre disposition."
                ),
                "en": (
                    "You use the materials, goods and funds the organisation makes available to "
                    "you responsibly and frugally."
                ),
                "es": (
                    "Usted utiliza de manera responsable y austera los materiales, bienes y fondos "
                    "que la organización pone a su disposición."
                ),
            },
        ],
    },
    {
        "key": "professionalism",
        "name": {
            "nl": "Professionalisme",
            "fr": "Professionnalisme",
            "en": "Professionalism",
            "es": "Profesionalismo",
        },
        "motto": {
            "nl": (
                "Als kennisorganisatie kennen we onze dossiers grondig en hebben we de "
                "vaardigheden om de leden efficiënt te verdedigen en te dienen."
            ),
            "fr": (
                "En tant qu’organisation de savoir, nous maîtrisons nos dossiers et avons les "
                "compétences pour défendre et servir efficacement les membres."
            ),
            "en": (
                "As a knowledge organisation, we know our subjects thoroughly and have the skills "
                "to represent and serve the members efficiently."
            ),
            "es": (
                "Como organización del conocimiento, dominamos a fondo nuestros temas y tenemos "
                "las competencias para defender y servir a los miembros con eficiencia."
            ),
        },
        "rules": [
            {
                "nl": (
                    "Je voert je werk uit in lijn met de missie, visie en doelstellingen van de "
                    "vereniging en van haar internationale team."
                ),
                "fr": (
                    "Vous accomplissez votre travail conformément à la mission, à la vision et aux "
                    "objectifs de l’association et de son équipe internationale."
                ),
                "en": (
                    "You carry out your work in line with the mission, vision and objectives of "
                    "the association and its international team."
                ),
                "es": (
                    "Usted realiza su trabajo en consonancia con la misión, la visión y los "
                    "objetivos de la asociación y de su equipo internacional."
                ),
            },
            {
                "nl": (
                    "Je volgt de ontwikkelingen in je werkveld op, deelt je kennis met collega's, "
                    "partners en belanghebbenden en aanvaardt de expertise van anderen waar je "
                    "zelf weinig van weet."
                ),
                "fr": (
                    "Vous suivez l’évolution de votre domaine, partagez vos connaissances avec vos "
                    "collègues, partenaires et parties prenantes, et reconnaissez l’expertise des "
                    "autres là où vous en savez peu."
                ),
                "en": (
                    "You keep up with developments in your field, share your knowledge with "
                    "colleagues, partners and stakeholders, and accept the expertise of others "
                    "where you know little yourself."
                ),
                "es": (
                    "Usted se mantiene al día de la evolución de su ámbito de trabajo, comparte "
                    "sus conocimientos con colegas, socios y partes interesadas, y reconoce la "
                    "experiencia de otras personas en los temas que conoce poco."
                ),
            },
            {
                "nl": (
                    "Je respecteert afspraken en deadlines, en je bereidt vergaderingen en "
                    "projecten goed voor en volgt ze op."
                ),
                "fr": (
                    "Vous respectez les engagements et les délais, et vous préparez et suivez "
                    "correctement les réunions et les projets."
                ),
                "en": (
                    "You keep to agreements and deadlines, and you prepare and follow up meetings "
                    "and projects properly."
                ),
                "es": (
                    "Usted respeta los acuerdos y los plazos, y prepara las reuniones y los "
                    "proyectos y les da un seguimiento adecuado."
                ),
            },
            {
                "nl": (
                    "Je geeft adviezen die getuigen van dossierkennis, creativiteit en "
                    "realiteitszin, met oog voor de financiële gevolgen en de gevolgen op lange "
                    "termijn."
                ),
                "fr": (
                    "Vous formulez des avis qui témoignent de votre connaissance des dossiers, de "
                    "créativité et de réalisme, en tenant compte de leurs conséquences financières "
                    "et à long terme."
                ),
                "en": (
                    "You give advice that shows knowledge of the subject, creativity and realism, "
                    "with an eye to its financial and long-term consequences."
                ),
                "es": (
                    "Usted da recomendaciones que reflejan conocimiento de los temas, creatividad "
                    "y realismo, teniendo en cuenta sus consecuencias financieras y a largo plazo."
                ),
            },
            {
                "nl": "Je communiceert mondeling en schriftelijk in correcte en heldere taal.",
                "fr": "Vous communiquez oralement et par écrit dans une langue correcte et claire.",
                "en": "You communicate orally and in writing in correct, clear language.",
                "es": "Usted se comunica de forma oral y escrita con un lenguaje correcto y claro.",
            },
            {
                "nl": (
                    "Je werkt georganiseerd, doelgericht en efficiënt, doseert je werk en stelt "
                    "prioriteiten."
                ),
                "fr": (
                    "Vous travaillez de manière organisée, ciblée et efficace, en dosant votre "
                    "charge de travail et en fixant des priorités."
                ),
                "en": (
                    "You work in an organised, goal-oriented and efficient way, pacing your "
                    "workload and setting priorities."
                ),
                "es": (
                    "Usted trabaja de forma organizada, orientada a objetivos y eficiente, "
                    "dosificando su carga de trabajo y estableciendo prioridades."
                ),
            },
            {
                "nl": "Je kent je eigen grenzen en geeft ze ook aan.",
                "fr": "Vous connaissez vos propres limites et les faites connaître.",
                "en": "You know your own limits and make them known.",
                "es": "Usted conoce sus propios límites y los da a conocer.",
            },
            {
                "nl": (
                    "Je werkt samen met collega's, ook als jullie van mening verschillen, en gaat "
                    "rustig en constructief om met feedback of problemen."
                ),
                "fr": (
                    "Vous coopérez avec vos collègues même en cas de désaccord, et vous accueillez "
                    "les retours ou les problèmes avec calme et de manière constructive."
                ),
                "en": (
                    "You work with colleagues even when you disagree, and you deal with feedback "
                    "or problems calmly and constructively."
                ),
                "es": (
                    "Usted colabora con sus colegas aun cuando tengan opiniones distintas, y "
                    "afronta la retroalimentación o los problemas con calma y de forma "
                    "constructiva."
                ),
            },
            {
                "nl": (
                    "Je hebt respect voor elk individu en geeft in de internationale en "
                    "multiculturele context bijzondere aandacht aan respect voor lokale volkeren "
                    "en partners."
                ),
                "fr": (
                    "Vous respectez chaque personne et, dans le contexte international et "
                    "multiculturel, vous accordez une attention particulière au respect des "
                    "populations locales et des partenaires."
                ),
                "en": (
                    "You respect every individual and, in the international and multicultural "
                    "context, pay particular attention to respect for local peoples and partners."
                ),
                "es": (
                    "Usted respeta a cada persona y, en el contexto internacional y multicultural, "
                    "presta especial atención al respeto de los pueblos locales y de los socios."
                ),
            },
        ],
    },
]
