"""Demo ethics code of the association's international team, in nl (source), fr, en and es:
the code as written, this year's version (last year's is previous_code_content.py).

The Dutch is the original (../shared/seeds/ethische-code.txt) word for word, with one change:
the demo never names the real association, so "VVSG" is "de vereniging" and "VVSG
Internationaal" is "het internationale team van de vereniging". French, English and Spanish
translate it with the same structure: the same sections, paragraphs, values and rules, in
the same order. Left out: the footnote pointing to the real association's statutes, and the
signature block, which is the agreement statement below (name, employer; the platform
records place, date and signature). The original's section 2.2 ends on "vanuit 3
kernrollen:" without listing the roles (a figure lost in the export); so does this text,
rather than guessing them. tests/certificates/test_code_as_written.py holds the Dutch to
the original sentence by sentence.

Every translatable text is a dict {"nl", "fr", "en", "es"}. CODE holds the page texts as
simple HTML (p, h2, h3): the introduction (section 1), the scope (1.1), the background
(1.2 to the opening of 3), and the three acknowledgement statements with their placeholders
({name} with {employer}, {visit} or {organisation}). VALUES lists the five values in the
code's order, keyed collegiality, service, integrity, sustainability and professionalism,
each with its motto, the sentence before its rules (lead_in) and its rules, in plain text.
French uses ’ and a narrow no-break space (U+202F) before : ; ? ! and inside « ».
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
            "<h2>1. Inleiding</h2><p>In deze ethische code staan de richtlijnen beschreven voor "
            "ethisch gedrag die alle medewerkers en vertegenwoordigers van de dienst Bestuur &amp; "
            "Strategie van de vereniging, bevoegd voor het thema Internationaal – hierna genoemd "
            "‘het internationale team van de vereniging’ –, dienen na te leven als zij in naam van "
            "de vereniging handelen. De ethische code bevat de fundamentele gedragsregels die van "
            "iedere medewerker worden verwacht, waar ter wereld het internationale team van de "
            "vereniging ook werkt. De code heeft tot doel een ethische cultuur bij het "
            "internationale team van de vereniging en haar partners te bevorderen en wangedrag te "
            "voorkomen.</p><p>Deze ethische code pretendeert niet volledig te zijn. Ze dient "
            "veeleer om medewerkers en betrokkenen te herinneren aan de belangrijkste "
            "gedragsnormen die hun beslissingen en handelingen moeten sturen bij het reageren op "
            "een brede waaier van situaties en uitdagingen waarmee ze geconfronteerd kunnen worden "
            "tijdens hun tewerkstelling bij het internationale team van de vereniging of hun "
            "betrokkenheid bij programma’s van het internationale team van de vereniging.</p>"
        ),
        "fr": (
            "<h2>1. Introduction</h2><p>Le présent code d’éthique décrit les lignes directrices en "
            "matière de comportement éthique que tous les membres du personnel et représentants du "
            "service Gouvernance &amp; Stratégie de l’association, compétent pour le thème "
            "international – ci-après dénommé «\u202fl’équipe internationale de "
            "l’association\u202f» –, sont tenus de respecter lorsqu’ils agissent au nom de "
            "l’association. Le code d’éthique contient les règles de conduite fondamentales "
            "attendues de chaque membre du personnel, où que l’équipe internationale de "
            "l’association travaille dans le monde. Le code vise à promouvoir une culture éthique "
            "au sein de l’équipe internationale de l’association et chez ses partenaires, et à "
            "prévenir les comportements inappropriés.</p><p>Le présent code d’éthique ne prétend "
            "pas être exhaustif. Il sert plutôt à rappeler aux membres du personnel et aux "
            "personnes concernées les principales normes de conduite qui doivent guider leurs "
            "décisions et leurs actes face à la grande diversité de situations et de défis "
            "auxquels ils peuvent être confrontés pendant leur emploi au sein de l’équipe "
            "internationale de l’association ou leur participation aux programmes de l’équipe "
            "internationale de l’association.</p>"
        ),
        "en": (
            "<h2>1. Introduction</h2><p>This ethics code sets out the guidelines for ethical "
            "behaviour that all staff and representatives of the association's Governance &amp; "
            "Strategy department responsible for international affairs – hereinafter “the "
            "association's international team” – must follow when they act on behalf of the "
            "association. The ethics code contains the fundamental rules of conduct expected of "
            "every staff member, wherever in the world the association's international team works. "
            "The code aims to foster an ethical culture within the association's international "
            "team and among its partners, and to prevent misconduct.</p><p>This ethics code does "
            "not claim to be exhaustive. Rather, it serves to remind staff and those involved of "
            "the main standards of conduct that should guide their decisions and actions in "
            "responding to the wide range of situations and challenges they may face during their "
            "employment with the association's international team or their involvement in the "
            "programmes of the association's international team.</p>"
        ),
        "es": (
            "<h2>1. Introducción</h2><p>Este código de ética establece las pautas de "
            "comportamiento ético que todo el personal y todas las personas que representan al "
            "departamento de Gobernanza y Estrategia de la asociación, competente en el ámbito "
            "internacional –en adelante, «el equipo internacional de la asociación»–, deben "
            "respetar cuando actúan en nombre de la asociación. El código de ética recoge las "
            "reglas de conducta fundamentales que se esperan de cada integrante del personal, en "
            "cualquier lugar del mundo donde trabaje el equipo internacional de la asociación. El "
            "código tiene por objeto fomentar una cultura ética en el equipo internacional de la "
            "asociación y entre sus socios, y prevenir las conductas indebidas.</p><p>Este código "
            "de ética no pretende ser exhaustivo. Sirve más bien para recordar al personal y a las "
            "personas involucradas las principales reglas de conducta que deben orientar sus "
            "decisiones y acciones ante la amplia variedad de situaciones y desafíos a los que "
            "pueden enfrentarse durante su empleo en el equipo internacional de la asociación o su "
            "participación en los programas del equipo internacional de la asociación.</p>"
        ),
    },
    "scope": {
        "nl": (
            "<h3>1.1. Toepassingsgebied van de ethische code: voor wie?</h3><p>Alle medewerkers "
            "van het internationale team van de vereniging en alle gemeentelijke ambtenaren die "
            "betrokken zijn bij de uitvoering van projecten en programma’s van het internationale "
            "team van de vereniging, ondertekenen de ethische code. De ethische code is daarnaast "
            "een leidraad voor elke partner en belanghebbende van het internationale team van de "
            "vereniging. Wanneer iemand vermoedt of meent dat de ethische code niet gevolgd werd "
            "in één van de activiteiten waarin het internationale team van de vereniging betrokken "
            "is, kan die zich wenden tot de klachtenmanager via het online klachtenformulier. De "
            "klachtenmanager behandelt alle meldingen vertrouwelijk en verbindt zich ertoe om "
            "binnen de twee weken te reageren. Als je (nog) geen officiële klacht wenst in te "
            "dienen, kan je terecht bij de raadgever integriteit met vragen en twijfels.</p><p>Het "
            "internationale team van de vereniging neemt gepaste maatregelen om ervoor te zorgen "
            "dat de inhoud en het begrip van de ethische code en de procedures voor "
            "klachtenbehandeling worden meegedeeld aan alle personen die betrokken zijn bij de "
            "uitvoering van projecten en programma’s van het internationale team van de "
            "vereniging. De code wordt doorgenomen tijdens het onthaal van nieuwe collega’s en van "
            "nieuwe gemeentelijke ambtenaren (in Vlaanderen en in de partnerlanden) die betrokken "
            "zijn bij de uitvoering van programma’s. De code wordt ook ter kennisname voorgelegd "
            "aan alle delegatieleden bij internationale werkbezoeken en aan alle actoren waarmee "
            "het internationale team van de vereniging een partnerschapsovereenkomst afsluit. "
            "Zowel de ethische code als de procedure voor klachtenbehandeling zijn beschikbaar op "
            "de website van de vereniging in het Nederlands, Frans, Engels en Spaans.</p>"
        ),
        "fr": (
            "<h3>1.1. Champ d’application du code d’éthique\u202f: pour qui\u202f?</h3><p>Tous les "
            "membres du personnel de l’équipe internationale de l’association et tous les agents "
            "communaux qui participent à la mise en œuvre des projets et programmes de l’équipe "
            "internationale de l’association signent le code d’éthique. Le code d’éthique sert en "
            "outre de guide à chaque partenaire et partie prenante de l’équipe internationale de "
            "l’association. Toute personne qui soupçonne ou estime que le code d’éthique n’a pas "
            "été respecté dans l’une des activités auxquelles l’équipe internationale de "
            "l’association prend part peut s’adresser au gestionnaire des plaintes au moyen du "
            "formulaire de plainte en ligne. Le gestionnaire des plaintes traite tous les "
            "signalements de manière confidentielle et s’engage à répondre dans les deux semaines. "
            "Si vous ne souhaitez pas (encore) déposer de plainte officielle, vous pouvez vous "
            "adresser au conseiller en intégrité pour vos questions et vos doutes.</p><p>L’équipe "
            "internationale de l’association prend les mesures appropriées pour que le contenu et "
            "la compréhension du code d’éthique ainsi que les procédures de traitement des "
            "plaintes soient communiqués à toutes les personnes qui participent à la mise en œuvre "
            "des projets et programmes de l’équipe internationale de l’association. Le code est "
            "parcouru lors de l’accueil des nouveaux collègues et des nouveaux agents communaux "
            "(en Flandre et dans les pays partenaires) qui participent à la mise en œuvre des "
            "programmes. Le code est également soumis pour information à tous les membres des "
            "délégations lors des visites de travail internationales et à tous les acteurs avec "
            "lesquels l’équipe internationale de l’association conclut une convention de "
            "partenariat. Le code d’éthique et la procédure de traitement des plaintes sont tous "
            "deux disponibles sur le site web de l’association en néerlandais, en français, en "
            "anglais et en espagnol.</p>"
        ),
        "en": (
            "<h3>1.1. Scope of the ethics code: who is it for?</h3><p>All staff of the "
            "association's international team and all municipal officials involved in carrying out "
            "projects and programmes of the association's international team sign the ethics code. "
            "The ethics code is also a guide for every partner and stakeholder of the "
            "association's international team. Anyone who suspects or believes that the ethics "
            "code was not followed in one of the activities in which the association's "
            "international team is involved can turn to the complaints manager through the online "
            "complaint form. The complaints manager handles all reports confidentially and "
            "undertakes to respond within two weeks. If you do not (yet) wish to file a formal "
            "complaint, you can turn to the integrity adviser with questions and doubts.</p><p>The "
            "association's international team takes appropriate measures to ensure that the "
            "content and understanding of the ethics code and the complaint-handling procedures "
            "are communicated to everyone involved in carrying out projects and programmes of the "
            "association's international team. The code is walked through at the onboarding of new "
            "colleagues and of new municipal officials (in Flanders and in the partner countries) "
            "involved in carrying out programmes. The code is also presented for information to "
            "all delegation members on international work visits and to all actors with which the "
            "association's international team concludes a partnership agreement. Both the ethics "
            "code and the complaint-handling procedure are available on the association's website "
            "in Dutch, French, English and Spanish.</p>"
        ),
        "es": (
            "<h3>1.1. Ámbito de aplicación del código de ética: ¿para quién?</h3><p>Todo el "
            "personal del equipo internacional de la asociación y todos los funcionarios "
            "municipales que participan en la ejecución de proyectos y programas del equipo "
            "internacional de la asociación firman el código de ética. Además, el código de ética "
            "sirve de guía a cada socio y parte interesada del equipo internacional de la "
            "asociación. Quien sospeche o considere que no se cumplió el código de ética en alguna "
            "de las actividades en las que participa el equipo internacional de la asociación "
            "puede dirigirse al gestor de quejas mediante el formulario de quejas en línea. El "
            "gestor de quejas trata todas las comunicaciones de forma confidencial y se compromete "
            "a responder en un plazo de dos semanas. Si (todavía) no desea presentar una queja "
            "formal, puede acudir al asesor de integridad con sus preguntas y dudas.</p><p>El "
            "equipo internacional de la asociación adopta las medidas adecuadas para que el "
            "contenido y la comprensión del código de ética y de los procedimientos de tramitación "
            "de quejas se comuniquen a todas las personas que participan en la ejecución de "
            "proyectos y programas del equipo internacional de la asociación. El código se revisa "
            "durante la incorporación de nuevos colegas y de nuevos funcionarios municipales (en "
            "Flandes y en los países socios) que participan en la ejecución de los programas. El "
            "código también se presenta, a título informativo, a todas las personas que integran "
            "delegaciones en visitas de trabajo internacionales y a todos los actores con los que "
            "el equipo internacional de la asociación celebra un convenio de asociación. Tanto el "
            "código de ética como el procedimiento de tramitación de quejas están disponibles en "
            "el sitio web de la asociación en neerlandés, francés, inglés y español.</p>"
        ),
    },
    "background": {
        "nl": (
            "<h3>1.2. Situering van het internationale team van de vereniging</h3><p>De vereniging "
            "is belangenbehartiger, dienstverlener en netwerkorganisatie van en voor de lokale "
            "besturen in Vlaanderen. De vereniging en haar ruim 200 personeelsleden werken op alle "
            "domeinen die haar leden – de Vlaamse steden en gemeenten – aanbelangen zoals bestuur, "
            "armoede, afval, kinderopvang, ouderenzorg, enzovoort. Binnen de dienst Bestuur &amp; "
            "Strategie van de vereniging zijn specifieke personeelsleden bevoegd voor het thema "
            "‘internationaal’. Zij ondersteunen lokale besturen bij internationale samenwerking en "
            "initiatieven voor internationale solidariteit. De vereniging is een institutionele "
            "actor in de ontwikkelingssamenwerking die dus niet exclusief in dit domein "
            "werkt.</p><h2>2. Missie, visie en waarden</h2><h3>2.1. Visie</h3><p>Er bestaan nog "
            "steeds grote ongelijkheden zowel tussen landen onderling als binnen landen zelf en de "
            "wereld is vandaag nog erg onrechtvaardig. Via internationale kaders zoals de Agenda "
            "2030 voor Duurzame Ontwikkeling engageren verschillende actoren zich voor een meer "
            "duurzame en rechtvaardige wereld. We willen vanuit het internationale team van de "
            "vereniging bijdragen aan die duurzame wereld en aan internationale rechtvaardigheid, "
            "en willen dat ook Vlaamse lokale besturen hierin hun rol opnemen.</p><h3>2.2. "
            "Missie</h3><p>We willen dat Vlaamse lokale besturen zich ervan bewust zijn dat hun "
            "gedrag, beleid en acties globale impact hebben, dat ze kiezen voor een lokaal "
            "mondiaal beleid en open staan voor mondiale partnerschappen. Het internationale team "
            "van de vereniging ondersteunt hen hierin via ondersteuning op vlak van lokaal "
            "mondiaal beleid (solidaire beleidskeuzes, wereldburgerschap en mondiale samenwerking) "
            "en de lokale vertaling van de SDG’s. Verder streven we ernaar dat Vlaamse steden en "
            "gemeenten structureel betrokken worden in intergouvernementeel overleg rond "
            "internationale solidariteit en duurzame ontwikkeling, en dat hun goede praktijken en "
            "strategieën opgenomen worden door nationale en internationale partners.</p><p>Het "
            "internationale team van de vereniging voert deze missie uit, samen met externe "
            "partners, vanuit 3 kernrollen:</p><h3>2.3. Waarden</h3><p>De reputatie van het "
            "internationale team van de vereniging steunt op het gedrag van de medewerkers. We "
            "gaan er van uit dat iedere medewerker en vertegenwoordiger bijdraagt aan de "
            "instandhouding van de goede reputatie en betrouwbaarheid van het internationale team "
            "van de vereniging. Hierbij hanteren we de volgende 5 waarden: collegialiteit, "
            "dienstbaarheid, integriteit, duurzaamheid en professionalisme. Deze waarden werden "
            "participatief gekozen binnen de vereniging en worden gedragen door de hele "
            "organisatie.</p><h2>3. Gedragscode</h2><p>We vertaalden de vijf waarden naar concrete "
            "gedragsregels voor de leden en vertegenwoordigers van het internationale team van de "
            "vereniging.</p>"
        ),
        "fr": (
            "<h3>1.2. Présentation de l’équipe internationale de "
            "l’association</h3><p>L’association défend les intérêts des pouvoirs locaux de "
            "Flandre, leur fournit des services et les met en réseau, en tant qu’organisation "
            "issue de ces pouvoirs locaux et à leur service. L’association et ses plus de 200 "
            "membres du personnel travaillent dans tous les domaines qui intéressent ses membres – "
            "les villes et communes flamandes –, comme la gouvernance, la pauvreté, les déchets, "
            "l’accueil de la petite enfance, les soins aux personnes âgées, etc. Au sein du "
            "service Gouvernance &amp; Stratégie de l’association, des membres du personnel "
            "désignés sont compétents pour le thème «\u202finternational\u202f». Ils soutiennent "
            "les pouvoirs locaux dans la coopération internationale et les initiatives de "
            "solidarité internationale. L’association est un acteur institutionnel de la "
            "coopération au développement, qui ne travaille donc pas exclusivement dans ce "
            "domaine.</p><h2>2. Mission, vision et valeurs</h2><h3>2.1. Vision</h3><p>De grandes "
            "inégalités persistent, tant entre les pays qu’au sein même des pays, et le monde "
            "reste aujourd’hui très injuste. À travers des cadres internationaux comme l’Agenda "
            "2030 pour le développement durable, différents acteurs s’engagent en faveur d’un "
            "monde plus durable et plus juste. Depuis l’équipe internationale de l’association, "
            "nous voulons contribuer à ce monde durable et à la justice internationale, et nous "
            "voulons que les pouvoirs locaux flamands y jouent aussi leur rôle.</p><h3>2.2. "
            "Mission</h3><p>Nous voulons que les pouvoirs locaux flamands soient conscients que "
            "leurs comportements, leurs politiques et leurs actions ont un impact mondial, qu’ils "
            "optent pour une politique locale de solidarité mondiale et s’ouvrent aux partenariats "
            "mondiaux. L’équipe internationale de l’association les y aide par un accompagnement "
            "en matière de politique locale de solidarité mondiale (choix politiques solidaires, "
            "citoyenneté mondiale et coopération mondiale) et de déclinaison locale des ODD. Nous "
            "nous efforçons en outre que les villes et communes flamandes soient associées de "
            "manière structurelle à la concertation intergouvernementale sur la solidarité "
            "internationale et le développement durable, et que leurs bonnes pratiques et "
            "stratégies soient reprises par les partenaires nationaux et "
            "internationaux.</p><p>L’équipe internationale de l’association mène cette mission, "
            "avec des partenaires externes, à partir de 3 rôles clés\u202f:</p><h3>2.3. "
            "Valeurs</h3><p>La réputation de l’équipe internationale de l’association repose sur "
            "le comportement des membres de son personnel. Nous partons du principe que chaque "
            "membre du personnel et chaque représentant contribue à préserver la bonne réputation "
            "et la fiabilité de l’équipe internationale de l’association. Pour cela, nous "
            "appliquons les 5 valeurs suivantes\u202f: collégialité, sens du service, intégrité, "
            "durabilité et professionnalisme. Ces valeurs ont été choisies de manière "
            "participative au sein de l’association et sont portées par toute "
            "l’organisation.</p><h2>3. Code de conduite</h2><p>Nous avons traduit les cinq valeurs "
            "en règles de conduite concrètes pour les membres et représentants de l’équipe "
            "internationale de l’association.</p>"
        ),
        "en": (
            "<h3>1.2. About the association's international team</h3><p>The association is the "
            "advocate, service provider and network organisation of and for the local governments "
            "in Flanders. The association and its more than 200 staff work in every field that "
            "concerns its members – the Flemish cities and municipalities – such as governance, "
            "poverty, waste, childcare, care for older people and so on. Within the association's "
            "Governance &amp; Strategy department, designated staff members are responsible for "
            "“international” affairs. They support local governments in international cooperation "
            "and international solidarity initiatives. The association is an institutional actor "
            "in development cooperation which therefore does not work exclusively in this "
            "field.</p><h2>2. Mission, vision and values</h2><h3>2.1. Vision</h3><p>Great "
            "inequalities still exist, both between countries and within countries themselves, and "
            "the world today is still very unjust. Through international frameworks such as the "
            "2030 Agenda for Sustainable Development, various actors commit themselves to a more "
            "sustainable and just world. From the association's international team, we want to "
            "contribute to that sustainable world and to international justice, and we want "
            "Flemish local governments to play their part in this too.</p><h3>2.2. "
            "Mission</h3><p>We want Flemish local governments to be aware that their behaviour, "
            "policies and actions have a global impact, to choose a local global policy and to be "
            "open to global partnerships. The association's international team supports them in "
            "this through support for local global policy (policy choices based on solidarity, "
            "global citizenship and global cooperation) and for the local translation of the SDGs. "
            "We also strive for Flemish cities and municipalities to be structurally involved in "
            "intergovernmental consultation on international solidarity and sustainable "
            "development, and for their good practices and strategies to be taken up by national "
            "and international partners.</p><p>The association's international team carries out "
            "this mission, together with external partners, through 3 core roles:</p><h3>2.3. "
            "Values</h3><p>The reputation of the association's international team rests on the "
            "conduct of its staff. We assume that every staff member and representative "
            "contributes to maintaining the good reputation and reliability of the association's "
            "international team. In doing so, we uphold the following 5 values: collegiality, "
            "service, integrity, sustainability and professionalism. These values were chosen "
            "through a participatory process within the association and are embraced by the whole "
            "organisation.</p><h2>3. Code of conduct</h2><p>We translated the five values into "
            "concrete rules of conduct for the members and representatives of the association's "
            "international team.</p>"
        ),
        "es": (
            "<h3>1.2. Presentación del equipo internacional de la asociación</h3><p>La asociación "
            "defiende los intereses de los gobiernos locales de Flandes, les presta servicios y "
            "los articula en red, como organización creada por ellos y a su servicio. La "
            "asociación y sus más de 200 empleados trabajan en todos los ámbitos que interesan a "
            "sus miembros –las ciudades y municipios flamencos–, como la gobernanza, la pobreza, "
            "los residuos, el cuidado infantil, la atención a las personas mayores, etc. Dentro "
            "del departamento de Gobernanza y Estrategia de la asociación, determinadas personas "
            "del personal son competentes en el ámbito «internacional». Estas personas apoyan a "
            "los gobiernos locales en la cooperación internacional y en iniciativas de solidaridad "
            "internacional. La asociación es un actor institucional de la cooperación al "
            "desarrollo que, por tanto, no trabaja exclusivamente en este ámbito.</p><h2>2. "
            "Misión, visión y valores</h2><h3>2.1. Visión</h3><p>Siguen existiendo grandes "
            "desigualdades, tanto entre países como dentro de ellos, y el mundo actual sigue "
            "siendo muy injusto. A través de marcos internacionales como la Agenda 2030 para el "
            "Desarrollo Sostenible, distintos actores se comprometen con un mundo más sostenible y "
            "justo. Desde el equipo internacional de la asociación queremos contribuir a ese mundo "
            "sostenible y a la justicia internacional, y queremos que los gobiernos locales "
            "flamencos también asuman su papel en ello.</p><h3>2.2. Misión</h3><p>Queremos que los "
            "gobiernos locales flamencos sean conscientes de que su comportamiento, sus políticas "
            "y sus acciones tienen un impacto global, que opten por una política local de "
            "solidaridad global y que estén abiertos a las alianzas globales. El equipo "
            "internacional de la asociación los apoya en ello con acompañamiento en materia de "
            "política local de solidaridad global (decisiones políticas solidarias, ciudadanía "
            "global y cooperación global) y de adaptación local de los ODS. Además, procuramos que "
            "las ciudades y municipios flamencos participen de forma estructural en la "
            "concertación intergubernamental sobre solidaridad internacional y desarrollo "
            "sostenible, y que sus buenas prácticas y estrategias sean adoptadas por socios "
            "nacionales e internacionales.</p><p>El equipo internacional de la asociación lleva a "
            "cabo esta misión, junto con socios externos, a partir de 3 funciones "
            "clave:</p><h3>2.3. Valores</h3><p>La reputación del equipo internacional de la "
            "asociación se basa en el comportamiento de su personal. Partimos de la base de que "
            "cada integrante del personal y cada representante contribuye a mantener la buena "
            "reputación y la fiabilidad del equipo internacional de la asociación. Para ello, "
            "aplicamos los 5 valores siguientes: colegialidad, vocación de servicio, integridad, "
            "sostenibilidad y profesionalismo. Estos valores se eligieron de forma participativa "
            "dentro de la asociación y los comparte toda la organización.</p><h2>3. Código de "
            "conducta</h2><p>Tradujimos los cinco valores en reglas de conducta concretas para los "
            "miembros y representantes del equipo internacional de la asociación.</p>"
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
            "Ik, {name}, neem namens {organisation} kennis van deze ethische code. Namens de "
            "organisatie verbind ik me ertoe om, indien van toepassing, haar eigen ethische code "
            "te delen of te ontwikkelen, zoals hieronder aangeduid."
        ),
        "fr": (
            "Je soussigné(e), {name}, prends connaissance du présent code d’éthique au nom de "
            "{organisation}. Au nom de celle-ci, je m’engage, le cas échéant, à partager ou à "
            "élaborer son propre code d’éthique, comme indiqué ci-dessous."
        ),
        "en": (
            "I, {name}, on behalf of {organisation}, take note of this ethics code. On the "
            "organisation's behalf, I undertake, where applicable, to share or to develop its own "
            "ethics code, as marked below."
        ),
        "es": (
            "Yo, {name}, en nombre de {organisation}, tomo conocimiento de este código de ética. "
            "En nombre de la organización, me comprometo, cuando corresponda, a compartir o a "
            "elaborar su propio código de ética, según se indica a continuación."
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
                "We werken samen als één ploeg. Respect, aandacht voor elkaar en elkaar helpen "
                "zijn daarbij sleutelwoorden."
            ),
            "fr": (
                "Nous travaillons ensemble comme une seule équipe. Le respect, l’attention aux "
                "autres et l’entraide en sont les maîtres-mots."
            ),
            "en": (
                "We work together as one team. Respect, care for one another and helping each "
                "other are the key words."
            ),
            "es": (
                "Trabajamos juntos como un solo equipo. El respeto, la atención a los demás y la "
                "ayuda mutua son las palabras clave."
            ),
        },
        "lead_in": {
            "nl": "Collegialiteit in je gedrag betekent:",
            "fr": "La collégialité dans votre comportement signifie\u202f:",
            "en": "Collegiality in your conduct means:",
            "es": "La colegialidad en su comportamiento significa:",
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
                    "geloofsovertuigingen en vermijdt gedrag dat niet wenselijk is in een bepaalde "
                    "culturele context."
                ),
                "fr": (
                    "Vous tenez compte des sensibilités liées aux habitudes, aux traditions et aux "
                    "convictions religieuses de chacun, et vous évitez tout comportement qui n’est "
                    "pas souhaitable dans un contexte culturel donné."
                ),
                "en": (
                    "You take into account sensitivities around everyone's customs, traditions and "
                    "religious beliefs and avoid behaviour that is not desirable in a given "
                    "cultural context."
                ),
                "es": (
                    "Usted tiene en cuenta las sensibilidades en torno a las costumbres, "
                    "tradiciones y creencias religiosas de cada persona y evita los "
                    "comportamientos que no son deseables en un contexto cultural determinado."
                ),
            },
            {
                "nl": (
                    "Je vertoont nooit discriminerend of beledigend gedrag – in zowel fysieke als "
                    "online omgangsvormen – gebaseerd op iemands huidskleur, afkomst, gender, "
                    "seksuele geaardheid, leeftijd, religie, politieke overtuiging of beperking."
                ),
                "fr": (
                    "Vous n’avez jamais de comportement discriminatoire ou offensant – dans les "
                    "échanges en personne comme en ligne – fondé sur la couleur de peau, "
                    "l’origine, le genre, l’orientation sexuelle, l’âge, la religion, les "
                    "convictions politiques ou le handicap d’une personne."
                ),
                "en": (
                    "You never behave in a discriminatory or offensive way – whether in person or "
                    "online – on the grounds of someone's skin colour, origin, gender, sexual "
                    "orientation, age, religion, political conviction or disability."
                ),
                "es": (
                    "Usted nunca tiene comportamientos discriminatorios u ofensivos –ni en el "
                    "trato en persona ni en línea– por el color de piel, el origen, el género, la "
                    "orientación sexual, la edad, la religión, las convicciones políticas o la "
                    "discapacidad de alguien."
                ),
            },
            {
                "nl": (
                    "Bij conflictsituaties of wrevels communiceer je in eerste instantie "
                    "rechtstreeks met de betrokkene."
                ),
                "fr": (
                    "En cas de conflit ou de friction, vous communiquez d’abord directement avec "
                    "la personne concernée."
                ),
                "en": (
                    "In conflicts or friction, you communicate directly with the person concerned "
                    "in the first instance."
                ),
                "es": (
                    "Ante conflictos o roces, usted se comunica en primer lugar directamente con "
                    "la persona involucrada."
                ),
            },
            {
                "nl": "Je geeft elkaar op een rationele en tactvolle wijze constructieve feedback.",
                "fr": (
                    "Vous vous faites mutuellement des retours constructifs, de manière "
                    "rationnelle et avec tact."
                ),
                "en": "You give each other constructive feedback in a rational and tactful way.",
                "es": (
                    "Usted y sus colegas se dan retroalimentación constructiva de manera racional "
                    "y con tacto."
                ),
            },
            {
                "nl": "Je draagt bij tot een stimulerende en prettige werksfeer.",
                "fr": "Vous contribuez à une ambiance de travail stimulante et agréable.",
                "en": "You help create a stimulating and pleasant working atmosphere.",
                "es": "Usted contribuye a un ambiente de trabajo estimulante y agradable.",
            },
            {
                "nl": "Je bent luisterbereid naar collega’s toe.",
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
                "De vereniging is een ledenorganisatie. Belangenbehartiging en dienstverlening "
                "naar de leden toe hebben voorrang op interne hiërarchische dienstbaarheid. Het "
                "arbeidsstelsel van de vereniging is gebaseerd op de principes van flexibiliteit, "
                "vertrouwen, autonomie, verantwoordelijkheid en transparantie van de werknemers "
                "tegenover de vereniging en omgekeerd."
            ),
            "fr": (
                "L’association est une organisation de membres. La défense des intérêts des "
                "membres et les services qui leur sont rendus priment sur la subordination "
                "hiérarchique interne. L’organisation du travail de l’association repose sur les "
                "principes de flexibilité, de confiance, d’autonomie, de responsabilité et de "
                "transparence des membres du personnel envers l’association, et inversement."
            ),
            "en": (
                "The association is a membership organisation. Representing the members' interests "
                "and providing services to them take precedence over internal hierarchical "
                "service. The association's working arrangements are based on the principles of "
                "flexibility, trust, autonomy, responsibility and transparency of the employees "
                "towards the association and vice versa."
            ),
            "es": (
                "La asociación es una organización de miembros. La defensa de los intereses de los "
                "miembros y los servicios que se les prestan tienen prioridad sobre la "
                "subordinación jerárquica interna. El régimen de trabajo de la asociación se basa "
                "en los principios de flexibilidad, confianza, autonomía, responsabilidad y "
                "transparencia del personal hacia la asociación, y viceversa."
            ),
        },
        "lead_in": {
            "nl": "Dienstbaarheid in je gedrag betekent:",
            "fr": "Le sens du service dans votre comportement signifie\u202f:",
            "en": "Service in your conduct means:",
            "es": "La vocación de servicio en su comportamiento significa:",
        },
        "rules": [
            {
                "nl": (
                    "In je werk heb je steeds aandacht voor de belangen van de leden en hun "
                    "(internationale) partners."
                ),
                "fr": (
                    "Dans votre travail, vous prêtez toujours attention aux intérêts des membres "
                    "et de leurs partenaires (internationaux)."
                ),
                "en": (
                    "In your work, you always pay attention to the interests of the members and "
                    "their (international) partners."
                ),
                "es": (
                    "En su trabajo, usted presta siempre atención a los intereses de los miembros "
                    "y de sus socios (internacionales)."
                ),
            },
            {
                "nl": (
                    "Je denkt en handelt organisatie-breed en dienst-overschrijdend, in het belang "
                    "van de leden en hun (internationale) partners."
                ),
                "fr": (
                    "Vous pensez et agissez à l’échelle de toute l’organisation et au-delà des "
                    "services, dans l’intérêt des membres et de leurs partenaires (internationaux)."
                ),
                "en": (
                    "You think and act across the organisation and across departments, in the "
                    "interest of the members and their (international) partners."
                ),
                "es": (
                    "Usted piensa y actúa con una visión de toda la organización y más allá de los "
                    "departamentos, en interés de los miembros y de sus socios (internacionales)."
                ),
            },
            {
                "nl": (
                    "Je bent ter beschikking van alle leden en hun (internationale) partners: je "
                    "staat leden bij zonder onderscheid te maken o.b.v. gender, afkomst, visie, "
                    "politieke kleur, enzovoort."
                ),
                "fr": (
                    "Vous êtes à la disposition de tous les membres et de leurs partenaires "
                    "(internationaux)\u202f: vous assistez les membres sans distinction de genre, "
                    "d’origine, de vision, de couleur politique, etc."
                ),
                "en": (
                    "You are available to all members and their (international) partners: you "
                    "assist members without distinction on the basis of gender, origin, views, "
                    "political colour and so on."
                ),
                "es": (
                    "Usted está a disposición de todos los miembros y de sus socios "
                    "(internacionales): apoya a los miembros sin hacer distinciones por género, "
                    "origen, visión, color político, etc."
                ),
            },
            {
                "nl": (
                    "Je beantwoordt vragen binnen een redelijke termijn of je geeft ten minste aan "
                    "wanneer men een antwoord kan verwachten."
                ),
                "fr": (
                    "Vous répondez aux questions dans un délai raisonnable ou indiquez au moins "
                    "quand une réponse peut être attendue."
                ),
                "en": (
                    "You answer questions within a reasonable time or at least indicate when an "
                    "answer can be expected."
                ),
                "es": (
                    "Usted responde las consultas en un plazo razonable o, como mínimo, indica "
                    "cuándo se puede esperar una respuesta."
                ),
            },
            {
                "nl": (
                    "Je staat open voor eventuele kritiek of feedback van leden en hun "
                    "(internationale) partners. Je gaat niet in de verdediging maar bent "
                    "luisterbereid en probeert een constructief antwoord te bieden."
                ),
                "fr": (
                    "Vous accueillez avec ouverture les éventuelles critiques ou les retours des "
                    "membres et de leurs partenaires (internationaux). Vous ne vous mettez pas sur "
                    "la défensive, mais restez à l’écoute et cherchez à apporter une réponse "
                    "constructive."
                ),
                "en": (
                    "You are open to any criticism or feedback from members and their "
                    "(international) partners. You do not get defensive but are willing to listen "
                    "and try to give a constructive answer."
                ),
                "es": (
                    "Usted acoge con apertura las posibles críticas o la retroalimentación de los "
                    "miembros y de sus socios (internacionales). No se pone a la defensiva, sino "
                    "que escucha con disposición y procura dar una respuesta constructiva."
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
                "Als medewerker van het internationale team van de vereniging werken we op een "
                "eerlijke manier, trouw aan de doelstellingen van de vereniging. Wij werken "
                "volgens de bestaande regels en de geldende wetten in onze sector en in ons land. "
                "Collega’s en leden kunnen op ons vertrouwen. Onze dienstverlening wordt niet "
                "beïnvloed door geschenken of gunsten."
            ),
            "fr": (
                "En tant que membres du personnel de l’équipe internationale de l’association, "
                "nous travaillons honnêtement, fidèles aux objectifs de l’association. Nous "
                "travaillons conformément aux règles existantes et aux lois en vigueur dans notre "
                "secteur et dans notre pays. Collègues et membres peuvent compter sur nous. Notre "
                "service n’est pas influencé par des cadeaux ou des faveurs."
            ),
            "en": (
                "As staff of the association's international team, we work honestly, true to the "
                "objectives of the association. We work in accordance with the existing rules and "
                "the laws in force in our sector and in our country. Colleagues and members can "
                "rely on us. Our service is not influenced by gifts or favours."
            ),
            "es": (
                "Como personal del equipo internacional de la asociación, trabajamos con "
                "honestidad, fieles a los objetivos de la asociación. Trabajamos conforme a las "
                "normas existentes y a las leyes vigentes en nuestro sector y en nuestro país. "
                "Colegas y miembros pueden confiar en nosotros. Nuestro servicio no se ve influido "
                "por obsequios ni favores."
            ),
        },
        "lead_in": {
            "nl": "Integriteit in de praktijk betekent:",
            "fr": "L’intégrité dans la pratique signifie\u202f:",
            "en": "Integrity in practice means:",
            "es": "La integridad en la práctica significa:",
        },
        "rules": [
            {
                "nl": (
                    "Je vermijdt belangenvermenging waarbij zowel je eigen geloofwaardigheid als "
                    "die van het internationale team van de vereniging in het gedrang kan komen. "
                    "Je gebruikt je invloed niet voor persoonlijk belang of voor het belang van "
                    "een persoon / organisatie bij wie je een directe of indirecte betrokkenheid "
                    "hebt."
                ),
                "fr": (
                    "Vous évitez tout conflit d’intérêts susceptible de compromettre votre propre "
                    "crédibilité comme celle de l’équipe internationale de l’association. Vous "
                    "n’utilisez pas votre influence dans votre intérêt personnel ni dans l’intérêt "
                    "d’une personne ou d’une organisation avec laquelle vous avez un lien direct "
                    "ou indirect."
                ),
                "en": (
                    "You avoid conflicts of interest that could compromise both your own "
                    "credibility and that of the association's international team. You do not use "
                    "your influence for personal interest or for the interest of a person or "
                    "organisation with which you have a direct or indirect involvement."
                ),
                "es": (
                    "Usted evita los conflictos de intereses que puedan comprometer tanto su "
                    "propia credibilidad como la del equipo internacional de la asociación. No "
                    "utiliza su influencia en beneficio propio ni en el de una persona u "
                    "organización con la que tenga un vínculo directo o indirecto."
                ),
            },
            {
                "nl": (
                    "Je communiceert en werkt transparant. Je zorgt ervoor dat je positie als "
                    "werknemer van de vereniging in alle omstandigheden helder is. Alles wat je "
                    "doet binnen de vereniging is zichtbaar voor de collega’s of leidinggevende."
                ),
                "fr": (
                    "Vous communiquez et travaillez en toute transparence. Vous veillez à ce que "
                    "votre position de membre du personnel de l’association soit claire en toutes "
                    "circonstances. Tout ce que vous faites au sein de l’association est visible "
                    "pour les collègues ou le responsable hiérarchique."
                ),
                "en": (
                    "You communicate and work transparently. You make sure that your position as "
                    "an employee of the association is clear in all circumstances. Everything you "
                    "do within the association is visible to colleagues or your manager."
                ),
                "es": (
                    "Usted se comunica y trabaja con transparencia. Se asegura de que su posición "
                    "como integrante del personal de la asociación esté clara en todas las "
                    "circunstancias. Todo lo que hace dentro de la asociación es visible para sus "
                    "colegas o su superior."
                ),
            },
            {
                "nl": (
                    "Je doet aan correcte en heldere financiële verantwoording, zowel intern als "
                    "extern."
                ),
                "fr": (
                    "Vous rendez des comptes financiers exacts et clairs, tant en interne qu’en "
                    "externe."
                ),
                "en": (
                    "You account for finances correctly and clearly, both internally and "
                    "externally."
                ),
                "es": (
                    "Usted rinde cuentas financieras correctas y claras, tanto interna como "
                    "externamente."
                ),
            },
            {
                "nl": (
                    "Je laat je dienstverlening niet kopen of beïnvloeden door geld, goederen, "
                    "diensten of andere gunsten die je gegeven of beloofd worden. Kleine attenties "
                    "kunnen aanvaard worden indien het weigeren of teruggeven van het geschenk de "
                    "gever ernstig zou kwetsen of in verlegenheid brengen; indien de overhandiging "
                    "van het geschenk plaatsvindt in het openbaar; of indien het terugbezorgen van "
                    "het geschenk praktisch onwerkbaar is. Wanneer je een geschenk aanvaard hebt, "
                    "laat je dit weten aan je diensthoofd."
                ),
                "fr": (
                    "Vous ne laissez ni acheter ni influencer votre service par de l’argent, des "
                    "biens, des services ou d’autres faveurs qui vous sont offerts ou promis. De "
                    "petites attentions peuvent être acceptées si refuser ou rendre le cadeau "
                    "blesserait gravement la personne qui l’offre ou la mettrait dans "
                    "l’embarras\u202f; si le cadeau est remis en public\u202f; ou s’il est "
                    "matériellement impossible de le rendre. Lorsque vous avez accepté un cadeau, "
                    "vous en informez votre chef de service."
                ),
                "en": (
                    "You do not let your service be bought or influenced by money, goods, services "
                    "or other favours given or promised to you. Small tokens may be accepted if "
                    "refusing or returning the gift would seriously hurt or embarrass the giver; "
                    "if the gift is handed over in public; or if returning the gift is not "
                    "practically feasible. When you have accepted a gift, you let your head of "
                    "department know."
                ),
                "es": (
                    "Usted no permite que su servicio se compre ni se vea influido por dinero, "
                    "bienes, servicios u otros favores que se le ofrezcan o prometan. Se pueden "
                    "aceptar pequeños obsequios si rechazar o devolver el obsequio ofendería o "
                    "avergonzaría seriamente a quien lo entrega; si el obsequio se entrega en "
                    "público; o si devolverlo no es viable en la práctica. Cuando haya aceptado un "
                    "obsequio, se lo comunica a su jefe de departamento."
                ),
            },
            {
                "nl": (
                    "Je accepteert uitnodigingen die door anderen betaald worden enkel wanneer de "
                    "activiteit behoort tot de uitoefening van je werk en je aanwezigheid "
                    "functioneel is (bijv. formele vertegenwoordiging van de vereniging)."
                ),
                "fr": (
                    "Vous n’acceptez d’invitations payées par d’autres que si l’activité relève de "
                    "l’exercice de votre travail et que votre présence est fonctionnelle (par "
                    "exemple, la représentation officielle de l’association)."
                ),
                "en": (
                    "You accept invitations paid for by others only when the activity is part of "
                    "your work and your presence is functional (e.g. formal representation of the "
                    "association)."
                ),
                "es": (
                    "Usted acepta invitaciones pagadas por terceros solo cuando la actividad forma "
                    "parte del ejercicio de su trabajo y su presencia es funcional (por ejemplo, "
                    "la representación formal de la asociación)."
                ),
            },
            {
                "nl": (
                    "Je oefent nooit fysiek, verbaal of geschreven geweld uit en dreigt er ook "
                    "niet mee."
                ),
                "fr": (
                    "Vous n’exercez jamais de violence physique, verbale ou écrite et ne menacez "
                    "pas non plus d’y recourir."
                ),
                "en": "You never use physical, verbal or written violence, nor do you threaten to.",
                "es": (
                    "Usted nunca ejerce violencia física, verbal ni escrita, ni amenaza con "
                    "ejercerla."
                ),
            },
            {
                "nl": (
                    "Je doet niet aan seksuele uitbuiting van personen. Hieronder verstaan we elk "
                    "misbruik van macht, vertrouwen of kwetsbaarheid met seksuele doeleinden, "
                    "inclusief het financieel, sociaal of politiek voordeel halen uit de seksuele "
                    "uitbuiting van een ander."
                ),
                "fr": (
                    "Vous ne vous livrez pas à l’exploitation sexuelle de personnes. Nous "
                    "entendons par là tout abus de pouvoir, de confiance ou d’une situation de "
                    "vulnérabilité à des fins sexuelles, y compris le fait de tirer un avantage "
                    "financier, social ou politique de l’exploitation sexuelle d’autrui."
                ),
                "en": (
                    "You do not engage in the sexual exploitation of people. By this we mean any "
                    "abuse of power, trust or vulnerability for sexual purposes, including "
                    "profiting financially, socially or politically from the sexual exploitation "
                    "of another person."
                ),
                "es": (
                    "Usted no incurre en la explotación sexual de personas. Entendemos por ello "
                    "cualquier abuso de poder, de confianza o de una situación de vulnerabilidad "
                    "con fines sexuales, incluido obtener un beneficio económico, social o "
                    "político de la explotación sexual de otra persona."
                ),
            },
            {
                "nl": (
                    "Je doet niet aan seksueel misbruik van personen. Hieronder verstaan we een "
                    "feitelijke of dreigende fysieke inbreuk van seksuele aard, met geweld of "
                    "onder dwingende omstandigheden."
                ),
                "fr": (
                    "Vous ne commettez pas d’abus sexuels sur des personnes. Nous entendons par là "
                    "une atteinte physique de nature sexuelle, effective ou sous forme de menace, "
                    "commise par la force ou dans des circonstances coercitives."
                ),
                "en": (
                    "You do not commit sexual abuse of people. By this we mean an actual or "
                    "threatened physical intrusion of a sexual nature, by force or under coercive "
                    "conditions."
                ),
                "es": (
                    "Usted no comete abusos sexuales contra personas. Entendemos por ello una "
                    "intrusión física de naturaleza sexual, real o en forma de amenaza, cometida "
                    "por la fuerza o en condiciones de coerción."
                ),
            },
            {
                "nl": (
                    "Je meldt misbruik of corruptie wanneer je dit waarneemt (zonder dat je er "
                    "zelf rechtstreeks bij betrokken hoeft te zijn)."
                ),
                "fr": (
                    "Vous signalez les abus ou la corruption lorsque vous en êtes témoin (sans "
                    "qu’il soit nécessaire que cela vous concerne directement)."
                ),
                "en": (
                    "You report abuse or corruption when you witness it (without having to be "
                    "directly involved yourself)."
                ),
                "es": (
                    "Usted denuncia los abusos o la corrupción cuando los presencia (aunque no le "
                    "conciernan directamente)."
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
                "Duurzame ontwikkeling is ontwikkeling die aansluit op de behoeften van het heden "
                "zonder het vermogen van toekomstige generaties om in hun eigen behoeften te "
                "voorzien, in gevaar te brengen. Duurzame ontwikkeling tracht economische "
                "ontwikkeling, ecologische draagkracht en sociale rechtvaardigheid met elkaar te "
                "verzoenen. De vereniging onderschrijft de Agenda 2030 voor Duurzame Ontwikkeling. "
                "Intern streeft de vereniging naar een duurzame relatie met haar medewerkers, en "
                "naar respect voor mens en milieu in de eigen werking en dienstverlening."
            ),
            "fr": (
                "Le développement durable est un développement qui répond aux besoins du présent "
                "sans compromettre la capacité des générations futures à répondre à leurs propres "
                "besoins. Le développement durable cherche à concilier développement économique, "
                "capacité de charge écologique et justice sociale. L’association souscrit à "
                "l’Agenda 2030 pour le développement durable. En interne, l’association vise une "
                "relation durable avec les membres de son personnel, ainsi que le respect de "
                "l’être humain et de l’environnement dans son propre fonctionnement et ses "
                "services."
            ),
            "en": (
                "Sustainable development is development that meets the needs of the present "
                "without compromising the ability of future generations to meet their own needs. "
                "Sustainable development seeks to reconcile economic development, ecological "
                "carrying capacity and social justice. The association subscribes to the 2030 "
                "Agenda for Sustainable Development. Internally, the association strives for a "
                "lasting relationship with its staff, and for respect for people and the "
                "environment in its own operations and services."
            ),
            "es": (
                "El desarrollo sostenible es el desarrollo que satisface las necesidades del "
                "presente sin comprometer la capacidad de las generaciones futuras para satisfacer "
                "sus propias necesidades. El desarrollo sostenible procura conciliar el desarrollo "
                "económico, la capacidad de carga ecológica y la justicia social. La asociación "
                "suscribe la Agenda 2030 para el Desarrollo Sostenible. Internamente, la "
                "asociación procura una relación duradera con su personal y el respeto por las "
                "personas y el medio ambiente en su propio funcionamiento y en sus servicios."
            ),
        },
        "lead_in": {
            "nl": "Duurzaamheid in de praktijk:",
            "fr": "La durabilité dans la pratique\u202f:",
            "en": "Sustainability in practice:",
            "es": "La sostenibilidad en la práctica:",
        },
        "rules": [
            {
                "nl": (
                    "In je werk zoek je steeds naar duurzame relaties en structurele oplossingen. "
                    "Je betrekt collega’s, leden en partners waar mogelijk. In het internationale "
                    "en multiculturele kader waarin het internationale team van de vereniging "
                    "werkt, betekent dit dat je ook aandacht hebt voor de inclusie van inheemse en "
                    "gemarginaliseerde gemeenschappen."
                ),
                "fr": (
                    "Dans votre travail, vous recherchez toujours des relations durables et des "
                    "solutions structurelles. Vous associez les collègues, les membres et les "
                    "partenaires lorsque c’est possible. Dans le cadre international et "
                    "multiculturel dans lequel travaille l’équipe internationale de l’association, "
                    "cela signifie que vous veillez aussi à l’inclusion des communautés "
                    "autochtones et marginalisées."
                ),
                "en": (
                    "In your work, you always look for lasting relationships and structural "
                    "solutions. You involve colleagues, members and partners where possible. In "
                    "the international and multicultural setting in which the association's "
                    "international team works, this means that you also pay attention to the "
                    "inclusion of indigenous and marginalised communities."
                ),
                "es": (
                    "En su trabajo, usted busca siempre relaciones duraderas y soluciones "
                    "estructurales. Involucra a colegas, miembros y socios siempre que sea "
                    "posible. En el marco internacional y multicultural en el que trabaja el "
                    "equipo internacional de la asociación, esto significa que también presta "
                    "atención a la inclusión de las comunidades indígenas y marginadas."
                ),
            },
            {
                "nl": (
                    "Je werkt mee aan beleid dat gericht is op samenwerking om duurzame positieve "
                    "impact en outcomes te realiseren. Je maakt keuzes die goed zijn op lange "
                    "termijn, zowel binnen als buiten de organisatie. Gendergelijkheid en de "
                    "rechten van de mens zijn belangrijke uitgangspunten voor deze duurzame "
                    "relaties."
                ),
                "fr": (
                    "Vous contribuez à des politiques axées sur la coopération afin d’obtenir un "
                    "impact et des résultats positifs durables. Vous faites des choix qui sont "
                    "bons à long terme, au sein de l’organisation comme à l’extérieur. L’égalité "
                    "de genre et les droits humains sont des points de départ importants de ces "
                    "relations durables."
                ),
                "en": (
                    "You contribute to policies aimed at cooperation to achieve lasting positive "
                    "impact and outcomes. You make choices that are good in the long term, both "
                    "inside and outside the organisation. Gender equality and human rights are "
                    "important starting points for these lasting relationships."
                ),
                "es": (
                    "Usted contribuye a políticas orientadas a la cooperación para lograr un "
                    "impacto y unos resultados positivos duraderos. Toma decisiones que son buenas "
                    "a largo plazo, tanto dentro como fuera de la organización. La igualdad de "
                    "género y los derechos humanos son puntos de partida importantes para estas "
                    "relaciones duraderas."
                ),
            },
            {
                "nl": (
                    "Je denkt na over de mogelijke ecologische impact van interventies en "
                    "activiteiten en doet wat mogelijk is om negatieve impact te voorkomen."
                ),
                "fr": (
                    "Vous réfléchissez à l’impact écologique possible des interventions et des "
                    "activités, et vous faites ce qui est possible pour éviter un impact négatif."
                ),
                "en": (
                    "You consider the possible ecological impact of interventions and activities "
                    "and do what is possible to prevent negative impact."
                ),
                "es": (
                    "Usted reflexiona sobre el posible impacto ecológico de las intervenciones y "
                    "actividades y hace lo posible por evitar un impacto negativo."
                ),
            },
            {
                "nl": (
                    "In standpunten laat je naast de impact op lokale besturen ook duurzaamheid "
                    "als element meespelen. De Agenda 2030 biedt hierbij een handig kader."
                ),
                "fr": (
                    "Dans vos prises de position, vous tenez compte non seulement de l’impact sur "
                    "les pouvoirs locaux, mais aussi de la durabilité. L’Agenda 2030 offre à cet "
                    "égard un cadre pratique."
                ),
                "en": (
                    "In the positions you take, you weigh sustainability as well as the impact on "
                    "local governments. The 2030 Agenda offers a handy framework for this."
                ),
                "es": (
                    "En sus posicionamientos, además del impacto en los gobiernos locales, usted "
                    "tiene en cuenta también la sostenibilidad. La Agenda 2030 ofrece para ello un "
                    "marco práctico."
                ),
            },
            {
                "nl": (
                    "Je gaat verantwoord en zuinig om met materialen, goederen en financiën die de "
                    "vereniging ter beschikking stelt."
                ),
                "fr": (
                    "Vous utilisez de manière responsable et économe les matériels, les biens et "
                    "les moyens financiers que l’association met à disposition."
                ),
                "en": (
                    "You use the materials, goods and finances that the association makes "
                    "available responsibly and frugally."
                ),
                "es": (
                    "Usted utiliza de manera responsable y austera los materiales, bienes y "
                    "recursos financieros que la asociación pone a disposición."
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
                "De vereniging is een kennisorganisatie. Medewerkers beschikken over een gedegen "
                "dossierkennis en over de nodige vaardigheden om op een efficiënte wijze aan "
                "belangenverdediging en dienstverlening te kunnen doen."
            ),
            "fr": (
                "L’association est une organisation de savoir. Les membres du personnel disposent "
                "d’une solide connaissance de leurs dossiers et des compétences nécessaires pour "
                "défendre les intérêts des membres et leur rendre des services de manière efficace."
            ),
            "en": (
                "The association is a knowledge organisation. Staff have thorough knowledge of "
                "their subjects and the skills needed to represent interests and provide services "
                "efficiently."
            ),
            "es": (
                "La asociación es una organización del conocimiento. Su personal tiene un "
                "conocimiento sólido de los temas y las competencias necesarias para defender "
                "intereses y prestar servicios de manera eficiente."
            ),
        },
        "lead_in": {
            "nl": "Professionaliteit in je gedrag betekent:",
            "fr": "Le professionnalisme dans votre comportement signifie\u202f:",
            "en": "Professionalism in your conduct means:",
            "es": "El profesionalismo en su comportamiento significa:",
        },
        "rules": [
            {
                "nl": (
                    "Je voert je werk uit in lijn met de missie, visie en doelstellingen van de "
                    "vereniging en van het internationale team van de vereniging."
                ),
                "fr": (
                    "Vous accomplissez votre travail conformément à la mission, à la vision et aux "
                    "objectifs de l’association et de l’équipe internationale de l’association."
                ),
                "en": (
                    "You carry out your work in line with the mission, vision and objectives of "
                    "the association and of the association's international team."
                ),
                "es": (
                    "Usted realiza su trabajo en consonancia con la misión, la visión y los "
                    "objetivos de la asociación y del equipo internacional de la asociación."
                ),
            },
            {
                "nl": (
                    "Je volgt de ontwikkelingen en de actualiteit binnen je werkterrein regelmatig "
                    "op."
                ),
                "fr": (
                    "Vous suivez régulièrement l’évolution et l’actualité de votre domaine de "
                    "travail."
                ),
                "en": (
                    "You regularly keep up with developments and current affairs in your field of "
                    "work."
                ),
                "es": (
                    "Usted sigue con regularidad la evolución y la actualidad de su ámbito de "
                    "trabajo."
                ),
            },
            {
                "nl": "Je respecteert afspraken en deadlines.",
                "fr": "Vous respectez les engagements et les délais.",
                "en": "You keep to agreements and deadlines.",
                "es": "Usted respeta los acuerdos y los plazos.",
            },
            {
                "nl": "Vergaderingen en projecten worden goed voorbereid en opgevolgd.",
                "fr": "Les réunions et les projets sont bien préparés et suivis.",
                "en": "Meetings and projects are well prepared and followed up.",
                "es": "Las reuniones y los proyectos se preparan bien y se les da seguimiento.",
            },
            {
                "nl": (
                    "Je adviezen getuigen van dossierkennis, creativiteit en realiteitszin. Je "
                    "hebt oog voor de financiële consequenties en de langetermijngevolgen van je "
                    "voorstellen."
                ),
                "fr": (
                    "Vos avis témoignent de votre connaissance des dossiers, de créativité et de "
                    "réalisme. Vous tenez compte des conséquences financières et à long terme de "
                    "vos propositions."
                ),
                "en": (
                    "Your advice shows knowledge of the subject, creativity and realism. You keep "
                    "an eye on the financial consequences and long-term effects of your proposals."
                ),
                "es": (
                    "Sus recomendaciones reflejan conocimiento de los temas, creatividad y "
                    "realismo. Usted tiene en cuenta las consecuencias financieras y a largo plazo "
                    "de sus propuestas."
                ),
            },
            {
                "nl": "Je communiceert mondeling en schriftelijk in correcte en klare taal.",
                "fr": "Vous communiquez oralement et par écrit dans une langue correcte et claire.",
                "en": "You communicate orally and in writing in correct, clear language.",
                "es": "Usted se comunica de forma oral y escrita con un lenguaje correcto y claro.",
            },
            {
                "nl": "Je deelt je kennis met collega’s, partners en belanghebbenden.",
                "fr": (
                    "Vous partagez vos connaissances avec les collègues, les partenaires et les "
                    "parties prenantes."
                ),
                "en": "You share your knowledge with colleagues, partners and stakeholders.",
                "es": "Usted comparte sus conocimientos con colegas, socios y partes interesadas.",
            },
            {
                "nl": (
                    "Je aanvaardt de expertise van anderen in domeinen waar je weinig van af weet."
                ),
                "fr": (
                    "Vous reconnaissez l’expertise des autres dans les domaines que vous "
                    "connaissez peu."
                ),
                "en": "You accept the expertise of others in areas you know little about.",
                "es": (
                    "Usted reconoce la experiencia de otras personas en los ámbitos que conoce "
                    "poco."
                ),
            },
            {
                "nl": (
                    "Je waakt over de dosering van werkzaamheden en het stellen van prioriteiten."
                ),
                "fr": "Vous veillez à bien doser votre charge de travail et à fixer des priorités.",
                "en": "You take care to pace your workload and set priorities.",
                "es": "Usted procura dosificar su carga de trabajo y establecer prioridades.",
            },
            {
                "nl": "Je werkt georganiseerd, doelgericht en efficiënt.",
                "fr": "Vous travaillez de manière organisée, ciblée et efficace.",
                "en": "You work in an organised, goal-oriented and efficient way.",
                "es": "Usted trabaja de forma organizada, orientada a objetivos y eficiente.",
            },
            {
                "nl": "Je kent voldoende je eigen grenzen en geeft die ook aan.",
                "fr": "Vous connaissez suffisamment vos propres limites et les faites connaître.",
                "en": "You know your own limits well enough and make them known.",
                "es": "Usted conoce lo suficiente sus propios límites y los da a conocer.",
            },
            {
                "nl": "Je kan samenwerken met collega’s ondanks verschillen in mening.",
                "fr": "Vous savez coopérer avec vos collègues malgré des divergences d’opinion.",
                "en": "You can work with colleagues despite differences of opinion.",
                "es": "Usted sabe colaborar con sus colegas a pesar de las diferencias de opinión.",
            },
            {
                "nl": (
                    "Je gaat op een rustige en constructieve manier om met feedback of problemen."
                ),
                "fr": (
                    "Vous accueillez les retours ou les problèmes avec calme et de manière "
                    "constructive."
                ),
                "en": "You deal with feedback or problems calmly and constructively.",
                "es": (
                    "Usted afronta la retroalimentación o los problemas con calma y de forma "
                    "constructiva."
                ),
            },
            {
                "nl": (
                    "Je hebt respect voor ieder individu. In het internationale en multiculturele "
                    "kader waarin het internationale team van de vereniging werkt, betekent dit "
                    "dat het respect voor lokale volkeren en partners bijzondere aandacht krijgt."
                ),
                "fr": (
                    "Vous respectez chaque personne. Dans le cadre international et multiculturel "
                    "dans lequel travaille l’équipe internationale de l’association, cela signifie "
                    "que le respect des populations locales et des partenaires fait l’objet d’une "
                    "attention particulière."
                ),
                "en": (
                    "You respect every individual. In the international and multicultural setting "
                    "in which the association's international team works, this means that respect "
                    "for local peoples and partners receives particular attention."
                ),
                "es": (
                    "Usted respeta a cada persona. En el marco internacional y multicultural en el "
                    "que trabaja el equipo internacional de la asociación, esto significa que el "
                    "respeto de los pueblos locales y de los socios recibe una atención especial."
                ),
            },
        ],
    },
]
