"""Demo texts for the integrity platform, in nl (source), fr, en and es.

Pages map a language to {"title", "slug", "intro" (plain text), "body"}; body is a list of
("heading", str) / ("paragraph", simple HTML: p, ul, li, strong, mailto links) blocks.
Roles are named, never real people or the real association.
"""

HOME = {
    "nl": {
        "title": "Integriteit in internationale samenwerking",
        "slug": "home",
        "intro": (
            "Dit platform helpt je om de ethische code en het integriteitsbeleid van het "
            "internationale team van de vereniging eigen te maken. Het is er voor de teamleden, "
            "voor Vlaamse gemeentelijke ambtenaren die meewerken aan stedenbanden en "
            "programma's, voor onze partnergemeenten in het buitenland en voor wie mee op "
            "werkbezoek gaat."
        ),
        "body": [
            ("heading", "Wat je hier doet"),
            (
                "paragraph",
                "<ul><li><strong>Onthaal</strong>: korte modules leiden je in je eigen tempo "
                "door de ethische code en het integriteitsbeleid.</li>"
                "<li><strong>Dilemmatraining</strong>: je oefent je morele oordeelsvorming op "
                "herkenbare situaties uit de praktijk, waarin het juiste antwoord niet voor de "
                "hand ligt.</li><li><strong>De ethische code ondertekenen</strong>: teamleden en "
                "gemeentelijke ambtenaren ondertekenen de code voor akkoord; delegatieleden en "
                "partners nemen er kennis van en bevestigen dat ze hem gelezen hebben.</li>"
                "<li><strong>Jaarlijkse bespreking van de code</strong>: eens per jaar neemt het "
                "hele team de code opnieuw door. We bespreken open of er (vermoedelijke) "
                "schendingen waren en of de code bijsturing nodig heeft. Het platform houdt de "
                "deelname bij.</li></ul>",
            ),
            ("heading", "Vijf waarden"),
            (
                "paragraph",
                "<p>De ethische code steunt op vijf waarden.</p><ul>"
                "<li><strong>Collegialiteit</strong>: we werken als één ploeg, behandelen "
                "iedereen gelijk en spreken de betrokkene eerst zelf aan als er iets "
                "schuurt.</li><li><strong>Dienstbaarheid</strong>: de belangen van de gemeenten "
                "en hun partners gaan voor, en elke vraag krijgt binnen een redelijke termijn "
                "een antwoord.</li><li><strong>Integriteit</strong>: we handelen eerlijk en "
                "transparant, vermijden belangenconflicten en melden misbruik of corruptie "
                "waarvan we getuige zijn.</li><li><strong>Duurzaamheid</strong>: we bouwen aan "
                "partnerschappen voor de lange termijn, met aandacht voor inheemse en "
                "gemarginaliseerde gemeenschappen en voor onze impact op het milieu.</li>"
                "<li><strong>Professionalisme</strong>: we kennen onze dossiers, komen afspraken "
                "na en geven onze grenzen aan.</li></ul>",
            ),
            ("heading", "Bij wie kan je terecht?"),
            (
                "paragraph",
                "<ul><li><strong>Twijfel je over wat juist is?</strong> Leg je dilemma in "
                "vertrouwen voor aan de raadgever integriteit. Dat kan ook voordat je beslist of "
                "je een klacht indient.</li><li><strong>Vermoed je dat iemand de code "
                "overtreedt?</strong> Meld het via het klachtenformulier aan de klachtenmanager. "
                "Die behandelt je melding vertrouwelijk en reageert binnen twee weken.</li>"
                "<li><strong>Gaat het om iets persoonlijks?</strong> Als teamlid kan je terecht "
                "bij een van de vertrouwenspersonen.</li></ul>",
            ),
        ],
    },
    "fr": {
        "title": "L'intégrité dans la coopération internationale",
        "slug": "accueil",
        "intro": (
            "Cette plateforme vous aide à vous approprier le code d'éthique et la politique "
            "d'intégrité de l'équipe internationale de l'association. Elle s'adresse aux membres "
            "de l'équipe, aux agents communaux flamands engagés dans les jumelages et les "
            "programmes, à nos communes partenaires à l'étranger et à toute personne qui prend "
            "part à une visite de travail au sein d'une délégation."
        ),
        "body": [
            ("heading", "Ce que vous faites ici"),
            (
                "paragraph",
                "<ul><li><strong>Parcours d'accueil</strong>\u202f: de courts modules vous "
                "présentent, à votre rythme, le code d'éthique et la politique d'intégrité.</li>"
                "<li><strong>Formation aux dilemmes</strong>\u202f: vous exercez votre jugement "
                "moral sur des situations concrètes tirées du terrain, où la bonne réponse ne va "
                "pas de soi.</li><li><strong>Signature du code d'éthique</strong>\u202f: les "
                "membres de l'équipe et les agents communaux signent le code pour accord\u202f; "
                "les membres des délégations et les partenaires confirment en avoir pris "
                "connaissance.</li><li><strong>Revue annuelle du code</strong>\u202f: une fois "
                "par an, toute l'équipe relit le code et examine ouvertement si des manquements "
                "ont eu lieu et s'il faut le compléter ou l'adapter. La plateforme garde la "
                "trace des participants.</li></ul>",
            ),
            ("heading", "Cinq valeurs"),
            (
                "paragraph",
                "<p>Le code d'éthique repose sur cinq valeurs.</p><ul>"
                "<li><strong>Collégialité</strong>\u202f: nous formons une seule équipe, "
                "traitons chacun sur un pied d'égalité et, en cas de tension, nous adressons "
                "d'abord directement à la personne concernée.</li><li><strong>Sens du "
                "service</strong>\u202f: les intérêts des communes et de leurs partenaires "
                "passent en premier, et chaque question reçoit une réponse dans un délai "
                "raisonnable.</li><li><strong>Intégrité</strong>\u202f: nous agissons avec "
                "honnêteté et transparence, évitons les conflits d'intérêts et signalons tout "
                "abus ou toute corruption dont nous sommes témoins.</li>"
                "<li><strong>Durabilité</strong>\u202f: nous construisons des partenariats sur "
                "le long terme, attentifs aux communautés autochtones et marginalisées comme à "
                "notre impact sur l'environnement.</li><li><strong>Professionnalisme</strong>\u202f"
                ": nous maîtrisons nos dossiers, tenons parole et connaissons nos "
                "limites.</li></ul>",
            ),
            ("heading", "À qui vous adresser\u202f?"),
            (
                "paragraph",
                "<ul><li><strong>Vous hésitez sur la conduite à tenir\u202f?</strong> Exposez "
                "votre dilemme en toute confidentialité au conseiller en intégrité, y compris "
                "avant de décider de porter plainte ou non.</li><li><strong>Vous soupçonnez un "
                "manquement au code\u202f?</strong> Signalez-le au gestionnaire des plaintes au "
                "moyen du formulaire de plainte. Votre signalement est traité de manière "
                "confidentielle et vous recevez une réponse dans les deux semaines.</li>"
                "<li><strong>Il s'agit d'une question personnelle\u202f?</strong> Les membres de "
                "l'équipe peuvent s'adresser à l'une des personnes de confiance.</li></ul>",
            ),
        ],
    },
    "en": {
        "title": "Integrity in international cooperation",
        "slug": "home-en",
        "intro": (
            "This platform helps you get to know the ethics code and integrity policy of the "
            "association's international team, and put them into practice. It is meant for team "
            "members, for Flemish municipal officials working on twinning links and programmes, "
            "for our partner municipalities abroad, and for delegation members on work visits."
        ),
        "body": [
            ("heading", "What you do here"),
            (
                "paragraph",
                "<ul><li><strong>Onboarding</strong>: short modules take you through the ethics "
                "code and the integrity policy at your own pace.</li><li><strong>Dilemma "
                "training</strong>: you practise moral judgement on familiar situations from the "
                "field, where the right answer is not obvious.</li><li><strong>Signing the "
                "ethics code</strong>: team members and municipal officials sign the code for "
                "agreement; delegation members and partners confirm that they have read it.</li>"
                "<li><strong>Annual code review</strong>: once a year the whole team goes "
                "through the code again, discusses any (suspected) breaches openly and decides "
                "whether the code needs changing. The platform records who took part.</li></ul>",
            ),
            ("heading", "Five values"),
            (
                "paragraph",
                "<p>The ethics code rests on five values.</p><ul>"
                "<li><strong>Collegiality</strong>: we work as one team, treat everyone as "
                "equals and, when there is friction, speak to the person concerned first.</li>"
                "<li><strong>Service</strong>: the interests of the municipalities and their "
                "partners come first, and every question gets an answer within a reasonable "
                "time.</li><li><strong>Integrity</strong>: we act honestly and openly, avoid "
                "conflicts of interest and report any abuse or corruption we witness.</li>"
                "<li><strong>Sustainability</strong>: we build partnerships for the long term, "
                "with attention to indigenous and marginalised communities and to our impact on "
                "the environment.</li><li><strong>Professionalism</strong>: we know our files, "
                "keep our commitments and are honest about our own limits.</li></ul>",
            ),
            ("heading", "Where to turn"),
            (
                "paragraph",
                "<ul><li><strong>Not sure what the right thing to do is?</strong> Take your "
                "dilemma to the integrity adviser, in confidence. You can do this before "
                "deciding whether to make a complaint.</li><li><strong>Suspect that someone is "
                "breaching the code?</strong> Report it to the complaints manager through the "
                "complaint form. Your report is handled confidentially and you will get a "
                "response within two weeks.</li><li><strong>Is it a personal matter?</strong> "
                "Team members can talk to one of the confidential counsellors.</li></ul>",
            ),
        ],
    },
    "es": {
        "title": "Integridad en la cooperación internacional",
        "slug": "inicio",
        "intro": (
            "Esta plataforma le ayuda a conocer y aplicar en la práctica el código de ética y la "
            "política de integridad del equipo internacional de la asociación. Está dirigida a "
            "los miembros del equipo, a los funcionarios municipales flamencos que participan en "
            "hermanamientos y programas, a nuestros municipios socios en el extranjero y a todas "
            "las personas que integran una delegación en una visita de trabajo."
        ),
        "body": [
            ("heading", "Qué puede hacer aquí"),
            (
                "paragraph",
                "<ul><li><strong>Incorporación</strong>: módulos breves le presentan el código de "
                "ética y la política de integridad, a su propio ritmo.</li>"
                "<li><strong>Formación en dilemas</strong>: usted ejercita su juicio moral "
                "con situaciones concretas del trabajo cotidiano, en las que la respuesta "
                "correcta no es evidente.</li><li><strong>Firma del código de ética</strong>: "
                "los miembros del equipo y los funcionarios municipales firman el código en "
                "señal de conformidad; los integrantes de las delegaciones y los socios "
                "confirman que lo leyeron.</li><li><strong>Revisión anual del código</strong>: "
                "una vez al año, todo el equipo repasa el código y conversa abiertamente sobre "
                "si hubo faltas y si hace falta completarlo o ajustarlo. La plataforma registra "
                "quién participó.</li></ul>",
            ),
            ("heading", "Cinco valores"),
            (
                "paragraph",
                "<p>El código de ética se basa en cinco valores.</p><ul>"
                "<li><strong>Colegialidad</strong>: trabajamos como un solo equipo, tratamos a "
                "todas las personas por igual y, ante un roce, hablamos primero directamente con "
                "la persona involucrada.</li><li><strong>Vocación de servicio</strong>: los "
                "intereses de los municipios y de sus socios van primero, y toda consulta recibe "
                "respuesta en un plazo razonable.</li><li><strong>Integridad</strong>: actuamos "
                "con honestidad y transparencia, evitamos los conflictos de intereses y "
                "reportamos cualquier abuso o acto de corrupción que presenciemos.</li>"
                "<li><strong>Sostenibilidad</strong>: construimos alianzas a largo plazo, con "
                "atención a las comunidades indígenas y marginadas y a nuestro impacto en el "
                "medio ambiente.</li><li><strong>Profesionalismo</strong>: dominamos los temas a "
                "nuestro cargo, cumplimos nuestros compromisos y sabemos reconocer nuestros "
                "propios límites.</li></ul>",
            ),
            ("heading", "¿A quién puede acudir?"),
            (
                "paragraph",
                "<ul><li><strong>¿Tiene dudas sobre qué es lo correcto?</strong> Plantee su "
                "dilema de forma confidencial al asesor de integridad, incluso antes de decidir "
                "si presenta una queja.</li><li><strong>¿Sospecha que alguien incumple el "
                "código?</strong> Comuníquelo al gestor de quejas mediante el formulario de "
                "quejas. Su reporte se trata de forma confidencial y recibirá una respuesta en "
                "un plazo de dos semanas.</li><li><strong>¿Se trata de un asunto "
                "personal?</strong> Los miembros del equipo pueden hablar con una de las "
                "personas de confianza.</li></ul>",
            ),
        ],
    },
}

ACCESSIBILITY = {
    "nl": {
        "title": "Toegankelijkheidsverklaring",
        "slug": "toegankelijkheid",
        "intro": (
            "De vereniging wil dat iedereen dit platform kan gebruiken, met welk toestel of "
            "welke hulptechnologie ook. We streven ernaar te voldoen aan niveau AA van de Web "
            "Content Accessibility Guidelines (WCAG) 2.1, zoals de Europese richtlijn over de "
            "toegankelijkheid van websites van overheidsinstanties vraagt."
        ),
        "body": [
            ("heading", "Hoe we testen"),
            (
                "paragraph",
                "<ul><li>Elke pagina wordt in onze automatische tests gecontroleerd met axe, "
                "zodat we nieuwe problemen opmerken voordat een wijziging online komt.</li>"
                "<li>We doorlopen de belangrijkste taken (aanmelden, een module volgen, de "
                "ethische code ondertekenen) enkel met het toetsenbord en met een "
                "schermlezer.</li><li>We controleren of elke pagina vlot werkt op een "
                "smartphone.</li><li>Alle essentiële functies werken ook zonder "
                "JavaScript.</li></ul>",
            ),
            ("heading", "Bekende beperkingen"),
            (
                "paragraph",
                "<ul><li><strong>Pdf's die het platform maakt.</strong> Je ondertekende "
                "verklaring bij de ethische code, je opleidingsoverzicht, de samenvattingen van "
                "sessies, het jaaroverzicht, de dilemmakits en de financiële handleiding bestaan "
                "ook als pdf. Die pdf's vermelden hun taal en titel en bevatten hun lettertypes, "
                "maar hebben geen tags voor schermlezers. Daarom heeft elke pdf een HTML-versie "
                "met dezelfde inhoud, met een link naast de download: daar lees je alles op de "
                "pagina zelf.</li>"
                "<li><strong>Pdf-documenten.</strong> Redacteurs kunnen pdf-bestanden "
                "opladen. Die zijn niet altijd volledig toegankelijk, bijvoorbeeld als titels "
                "niet als koppen gemarkeerd zijn of als een scan geen tekst bevat. Kan je een "
                "document niet lezen? Laat het ons weten, dan bezorgen we je de inhoud in een "
                "andere vorm.</li><li><strong>Video's van andere platformen.</strong> Sommige "
                "pagina's tonen video's die bij derden gehost worden. Die hebben alleen een "
                "transcriptie als de redacteur er een toevoegde.</li></ul>",
            ),
            ("heading", "Een probleem melden"),
            (
                "paragraph",
                "<p>Stuit je op een drempel op deze site? Mail de integriteitsverantwoordelijke "
                'via <a href="mailto:integrity@example.org">integrity@example.org</a>. Vermeld '
                "de pagina en wat er misliep. Je krijgt binnen twee weken een antwoord.</p>",
            ),
            ("paragraph", "<p>Deze verklaring werd opgesteld op 24 november 2026.</p>"),
        ],
    },
    "fr": {
        "title": "Déclaration d'accessibilité",
        "slug": "accessibilite",
        "intro": (
            "L'association veut que chacun puisse utiliser cette plateforme, avec n'importe quel "
            "appareil ou technologie d'assistance. Nous visons le niveau AA des Règles pour "
            "l'accessibilité des contenus Web (WCAG) 2.1, comme l'exige la directive européenne "
            "sur l'accessibilité des sites web du secteur public."
        ),
        "body": [
            ("heading", "Nos méthodes de test"),
            (
                "paragraph",
                "<ul><li>Chaque page est vérifiée automatiquement avec axe dans nos tests, ce "
                "qui permet de repérer les nouveaux problèmes avant qu'une modification soit "
                "mise en ligne.</li><li>Nous effectuons les tâches principales (se connecter, "
                "suivre un module, signer le code d'éthique) uniquement au clavier, puis avec un "
                "lecteur d'écran.</li><li>Nous vérifions que chaque page s'utilise "
                "confortablement sur un téléphone mobile.</li><li>Toutes les fonctionnalités "
                "essentielles restent disponibles sans JavaScript.</li></ul>",
            ),
            ("heading", "Limites connues"),
            (
                "paragraph",
                "<ul><li><strong>PDF produits par la plateforme.</strong> Votre attestation "
                "signée du code d'éthique, votre relevé de formation, les synthèses de séances, "
                "la synthèse annuelle, les kits de dilemmes et le manuel financier existent aussi "
                "en PDF. Ces PDF indiquent leur langue et leur titre et intègrent leurs polices, "
                "mais ils ne sont pas balisés pour les lecteurs d'écran. Chacun a donc un "
                "équivalent HTML au contenu identique, accessible par un lien placé à côté du "
                "téléchargement\u202f: vous y lisez tout directement sur la page.</li>"
                "<li><strong>Documents PDF.</strong> Les rédacteurs peuvent mettre en ligne "
                "des fichiers PDF, qui ne sont pas toujours entièrement accessibles, par exemple "
                "lorsque les titres ne sont pas balisés ou qu'un document numérisé ne contient "
                "pas de texte. Si vous ne parvenez pas à lire un document, dites-le-nous\u202f: "
                "nous vous en transmettrons le contenu sous une autre forme.</li>"
                "<li><strong>Vidéos de plateformes tierces.</strong> Certaines pages intègrent "
                "des vidéos hébergées par des tiers. Elles sont accompagnées d'une transcription "
                "lorsque le rédacteur en a ajouté une, ce qui n'est pas encore le cas "
                "partout.</li></ul>",
            ),
            ("heading", "Signaler un problème"),
            (
                "paragraph",
                "<p>Vous rencontrez un obstacle sur ce site\u202f? Écrivez au responsable de "
                "l'intégrité à l'adresse "
                '<a href="mailto:integrity@example.org">integrity@example.org</a>. Indiquez la '
                "page et le problème. Vous recevrez une réponse dans les deux semaines.</p>",
            ),
            ("paragraph", "<p>Cette déclaration a été établie le 24 novembre 2026.</p>"),
        ],
    },
    "en": {
        "title": "Accessibility statement",
        "slug": "accessibility",
        "intro": (
            "The association wants everyone to be able to use this platform, whatever device or "
            "assistive technology they rely on. We aim to meet level AA of the Web Content "
            "Accessibility Guidelines (WCAG) 2.1, as the European directive on the accessibility "
            "of public-sector websites requires."
        ),
        "body": [
            ("heading", "How we test"),
            (
                "paragraph",
                "<ul><li>Our automated tests check every page with axe, so new problems are "
                "caught before a change goes live.</li><li>We carry out the main tasks (signing "
                "in, following a module, signing the ethics code) using only the keyboard and "
                "with a screen reader.</li><li>We check that every page is easy to use on a "
                "phone.</li><li>All essential features also work without JavaScript.</li></ul>",
            ),
            ("heading", "Known limitations"),
            (
                "paragraph",
                "<ul><li><strong>PDFs made by the platform.</strong> Your signed "
                "acknowledgement of the ethics code, your training record, session summaries, "
                "the yearly summary, the dilemma kits and the financial handbook are also "
                "available as PDF. These PDFs state their language and title and embed their "
                "fonts, but they are not tagged for screen readers. Each one therefore has an "
                "HTML equivalent with the same content, linked beside the download, where you "
                "can read everything on the page itself.</li>"
                "<li><strong>PDF documents.</strong> Editors can upload PDF files, and these "
                "are not always fully accessible, for example when headings are not tagged or a "
                "scanned page contains no text. If you cannot read a document, let us know and "
                "we will send you the content in another format.</li><li><strong>Videos from "
                "other platforms.</strong> Some pages embed videos hosted by third parties. "
                "These have a transcript where the editor has added one, which is not yet the "
                "case everywhere.</li></ul>",
            ),
            ("heading", "Report a problem"),
            (
                "paragraph",
                "<p>Have you run into a barrier on this site? Email the integrity officer at "
                '<a href="mailto:integrity@example.org">integrity@example.org</a>. Tell us the '
                "page and what went wrong. You will get an answer within two weeks.</p>",
            ),
            ("paragraph", "<p>This statement was drawn up on 24 November 2026.</p>"),
        ],
    },
    "es": {
        "title": "Declaración de accesibilidad",
        "slug": "accesibilidad",
        "intro": (
            "La asociación quiere que cualquier persona pueda usar esta plataforma, sin importar "
            "el dispositivo o la tecnología de apoyo que utilice. Buscamos cumplir el nivel AA "
            "de las Pautas de Accesibilidad para el Contenido Web (WCAG) 2.1, como exige la "
            "directiva europea sobre accesibilidad de los sitios web del sector público."
        ),
        "body": [
            ("heading", "Cómo lo comprobamos"),
            (
                "paragraph",
                "<ul><li>Cada página se revisa automáticamente con axe como parte de nuestras "
                "pruebas, de modo que detectamos problemas nuevos antes de publicar un "
                "cambio.</li><li>Realizamos las tareas principales (iniciar sesión, seguir un "
                "módulo, firmar el código de ética) usando solo el teclado y también con un "
                "lector de pantalla.</li><li>Verificamos que cada página se pueda usar "
                "cómodamente en un teléfono.</li><li>Todas las funciones esenciales están "
                "disponibles también sin JavaScript.</li></ul>",
            ),
            ("heading", "Limitaciones conocidas"),
            (
                "paragraph",
                "<ul><li><strong>PDF generados por la plataforma.</strong> Su constancia firmada "
                "del código de ética, su historial de formación, los resúmenes de sesiones, el "
                "resumen anual, los kits de dilemas y el manual financiero también están "
                "disponibles en PDF. Estos PDF indican su idioma y su título e incluyen sus "
                "fuentes, pero no están etiquetados para lectores de pantalla. Por eso cada uno "
                "tiene un equivalente en HTML con el mismo contenido, enlazado junto a la "
                "descarga, donde puede leerlo todo en la propia página.</li>"
                "<li><strong>Documentos PDF.</strong> Los editores pueden subir archivos PDF "
                "que no siempre son del todo accesibles, por ejemplo cuando los títulos no están "
                "etiquetados o cuando un documento escaneado no contiene texto. Si no puede leer "
                "un documento, avísenos y le enviaremos el contenido en otro formato.</li>"
                "<li><strong>Videos de otras plataformas.</strong> Algunas páginas incluyen "
                "videos alojados por terceros. Cuentan con una transcripción cuando el editor la "
                "agregó, lo que todavía no ocurre en todos los casos.</li></ul>",
            ),
            ("heading", "Reportar un problema"),
            (
                "paragraph",
                "<p>¿Encontró una barrera en este sitio? Escriba al responsable de integridad a "
                '<a href="mailto:integrity@example.org">integrity@example.org</a>. Indique la '
                "página y el problema. Recibirá respuesta en un plazo de dos semanas.</p>",
            ),
            ("paragraph", "<p>Esta declaración se elaboró el 24 de noviembre de 2026.</p>"),
        ],
    },
}

# How long data is kept is not written here: the privacy notice's page states the retention
# periods from the settings (integrity_platform.privacy), so that it stays true.
PRIVACY = {
    "nl": {
        "title": "Privacyverklaring",
        "slug": "privacy",
        "intro": (
            "De vereniging is verantwoordelijk voor de persoonsgegevens die op dit platform "
            "worden verwerkt. Hier lees je welke gegevens we over je bijhouden, waarom we ze "
            "nodig hebben, wie ze kan inzien en welke rechten je hebt."
        ),
        "body": [
            ("heading", "Welke gegevens en waarom"),
            (
                "paragraph",
                "<p>Wanneer je deelneemt aan het programma, houden we het volgende bij:</p><ul>"
                "<li>je naam, e-mailadres en organisatie;</li><li>je rol in het programma en je "
                "voorkeurstaal;</li><li>de datum waarop je begon;</li><li>je voortgang in de "
                "onthaalmodules en de dilemmatraining;</li><li>hoe je de ethische code "
                "bevestigde: voor akkoord ondertekend of ter kennisname ontvangen;</li><li>je "
                "aanwezigheid "
                "op de jaarlijkse besprekingen van de code.</li></ul><p>We gebruiken ze alleen "
                "om je onthaal en de jaarlijkse bespreking van de ethische code te organiseren, "
                "zoals het integriteitsbeleid voorschrijft, en om aan te tonen dat we die "
                "afspraken nakomen.</p>",
            ),
            ("heading", "Wie ze ziet"),
            (
                "paragraph",
                "<ul><li><strong>Jij</strong> ziet alle gegevens die we over je bijhouden.</li>"
                "<li><strong>De coördinator van je organisatie</strong> ziet enkel de gegevens "
                "van de leden van die organisatie.</li><li><strong>De "
                "integriteitsverantwoordelijke</strong> heeft toegang tot alle gegevens, om het "
                "integriteitsbeleid op te volgen.</li><li><strong>De subsidiegever</strong> "
                "krijgt rapporten met enkel aantallen, nooit met namen.</li></ul>",
            ),
            ("heading", "Cookies en je rechten"),
            (
                "paragraph",
                "<p>Deze site gebruikt geen cookies om je te volgen. Er worden maar twee cookies "
                "geplaatst: een sessiecookie die je aangemeld houdt, en een taalcookie die je "
                "voorkeurstaal onthoudt.</p><p>Je hebt het recht om je gegevens in te kijken en "
                "te laten verbeteren. Je kan ook vragen om ze te wissen, voor zover de wet dat "
                "toelaat. Met vragen of verzoeken kan je terecht bij "
                '<a href="mailto:privacy@example.org">privacy@example.org</a>. Ben je niet '
                "tevreden over hoe we met je gegevens omgaan, dan kan je klacht indienen bij de "
                "Belgische Gegevensbeschermingsautoriteit.</p>",
            ),
        ],
    },
    "fr": {
        "title": "Politique de confidentialité",
        "slug": "confidentialite",
        "intro": (
            "L'association est responsable des données à caractère personnel traitées sur cette "
            "plateforme. Cette page explique quelles données nous conservons à votre sujet, "
            "pourquoi nous en avons besoin, qui peut les consulter et quels sont vos droits."
        ),
        "body": [
            ("heading", "Quelles données et pourquoi"),
            (
                "paragraph",
                "<p>Lorsque vous participez au programme, nous enregistrons\u202f:</p><ul>"
                "<li>vos nom, adresse e-mail et organisation\u202f;</li><li>votre rôle dans le "
                "programme et votre langue de préférence\u202f;</li><li>votre date de début\u202f"
                ";</li><li>votre progression dans les modules d'accueil et la formation aux "
                "dilemmes\u202f;</li><li>la manière dont vous avez validé le code d'éthique\u202f"
                ": signature pour accord ou prise de connaissance\u202f;</li><li>votre présence "
                "aux séances annuelles de revue du code.</li></ul><p>Ces données servent "
                "uniquement à organiser votre accueil et la revue annuelle du code d'éthique "
                "prévue par la politique d'intégrité, et à pouvoir démontrer que ces engagements "
                "sont respectés.</p>",
            ),
            ("heading", "Qui les voit"),
            (
                "paragraph",
                "<ul><li><strong>Vous</strong> avez accès à toutes les données qui vous "
                "concernent.</li><li><strong>Le coordinateur de votre organisation</strong> voit "
                "uniquement les données des membres de cette organisation.</li><li><strong>Le "
                "responsable de l'intégrité</strong> a accès à toutes les données, afin "
                "d'assurer le suivi de la politique d'intégrité.</li><li><strong>Le bailleur de "
                "fonds</strong> reçoit des rapports qui ne contiennent que des chiffres, jamais "
                "de noms.</li></ul>",
            ),
            ("heading", "Cookies et vos droits"),
            (
                "paragraph",
                "<p>Ce site n'utilise aucun cookie de suivi. Il ne dépose que deux cookies\u202f"
                ": un cookie de session, qui maintient votre connexion ouverte, et un cookie de "
                "langue, qui retient votre langue de préférence.</p><p>Vous avez le droit de "
                "consulter vos données et de les faire rectifier. Vous pouvez aussi demander "
                "leur effacement, dans la mesure où la loi le permet. Pour toute question ou "
                "demande, écrivez à "
                '<a href="mailto:privacy@example.org">privacy@example.org</a>. Si la manière '
                "dont nous traitons vos données ne vous satisfait pas, vous pouvez introduire "
                "une plainte auprès de l'Autorité de protection des données.</p>",
            ),
        ],
    },
    "en": {
        "title": "Privacy notice",
        "slug": "privacy",
        "intro": (
            "The association is responsible for the personal data on this platform. This notice "
            "explains what we keep about you and why, who can see it and what your rights are."
        ),
        "body": [
            ("heading", "What we process and why"),
            (
                "paragraph",
                "<p>When you take part in the programme, we record:</p><ul><li>your name, email "
                "address and organisation;</li><li>your role in the programme and your preferred "
                "language;</li><li>the date you started;</li><li>your progress through the "
                "onboarding modules and dilemma training;</li><li>how you acknowledged the "
                "ethics code: signed for agreement or confirmed as read;</li><li>your attendance "
                "at the annual code review sessions.</li></ul><p>We use this information only to "
                "organise your onboarding and the annual review of the ethics code that the "
                "integrity policy requires, and to show that these commitments are met.</p>",
            ),
            ("heading", "Who sees it"),
            (
                "paragraph",
                "<ul><li><strong>You</strong> can see everything we hold about you.</li>"
                "<li><strong>Your organisation's coordinator</strong> sees the data of their own "
                "organisation's members only.</li><li><strong>The integrity officer</strong> has "
                "access to all data, in order to follow up the integrity policy.</li>"
                "<li><strong>The funder</strong> receives reports that contain numbers only, "
                "never names.</li></ul>",
            ),
            ("heading", "Cookies and your rights"),
            (
                "paragraph",
                "<p>This site does not use cookies to track you. It sets only two: a session "
                "cookie that keeps you signed in, and a language cookie that remembers your "
                "preferred language.</p><p>You have the right to see the data we hold about you "
                "and to have it corrected. You can also ask us to erase it, where the law "
                "allows. For any question or request, email "
                '<a href="mailto:privacy@example.org">privacy@example.org</a>. If you are '
                "unhappy with how we handle your data, you can lodge a complaint with the "
                "Belgian Data Protection Authority.</p>",
            ),
        ],
    },
    "es": {
        "title": "Aviso de privacidad",
        "slug": "privacidad",
        "intro": (
            "La asociación es responsable de los datos personales que se tratan en esta "
            "plataforma. Este aviso explica qué datos conservamos sobre usted, para qué los "
            "necesitamos, quién puede verlos y qué derechos tiene."
        ),
        "body": [
            ("heading", "Qué datos tratamos y para qué"),
            (
                "paragraph",
                "<p>Cuando usted participa en el programa, registramos:</p><ul><li>su nombre, "
                "correo electrónico y organización;</li><li>su rol en el programa y su idioma de "
                "preferencia;</li><li>su fecha de inicio;</li><li>su avance en los módulos de "
                "incorporación y en la formación en dilemas;</li><li>cómo validó el código de "
                "ética: con su firma de conformidad o como constancia de lectura;</li><li>su "
                "asistencia a las sesiones anuales de revisión del código.</li></ul><p>Usamos "
                "estos datos únicamente para organizar su incorporación y la revisión anual del "
                "código de ética que exige la política de integridad, y para poder demostrar que "
                "esos compromisos se cumplen.</p>",
            ),
            ("heading", "Quién los ve"),
            (
                "paragraph",
                "<ul><li><strong>Usted</strong> puede ver todos los datos que tenemos sobre "
                "usted.</li><li><strong>El coordinador de su organización</strong> ve solo los "
                "datos de los miembros de esa organización.</li><li><strong>El responsable de "
                "integridad</strong> tiene acceso a todos los datos para dar seguimiento a la "
                "política de integridad.</li><li><strong>El financiador</strong> recibe informes "
                "que contienen solo cifras, nunca nombres.</li></ul>",
            ),
            ("heading", "Cookies y sus derechos"),
            (
                "paragraph",
                "<p>Este sitio no utiliza cookies de rastreo. Solo usa dos: una cookie de "
                "sesión, que mantiene su sesión iniciada, y una cookie de idioma, que recuerda "
                "su idioma de preferencia.</p><p>Usted tiene derecho a consultar sus datos y a "
                "solicitar que se corrijan. También puede pedir que se eliminen, en la medida en "
                "que la ley lo permita. Para cualquier consulta o solicitud, escriba a "
                '<a href="mailto:privacy@example.org">privacy@example.org</a>. Si no está '
                "conforme con el tratamiento de sus datos, puede presentar un reclamo ante la "
                "Autoridad de Protección de Datos de Bélgica.</p>",
            ),
        ],
    },
}

# Fictional organisations; names stay in their own language.
ORGANISATION_NAMES = {
    "international_team": "Internationaal team van de vereniging",
    "lindenhove": "Gemeente Lindenhove",
    "scheldemeer": "Stad Scheldemeer",
    "heidebeke": "Gemeente Heidebeke",
    "koudoube": "Commune de Koudoubé",
    "valle_alto": "Municipalidad de Valle Alto",
}
