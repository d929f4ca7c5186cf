"""Demo Week of Integrity 2026: the campaign landing text and five daily items, in nl, fr,
en and es."""

LANDING = {
    "title": {
        "nl": "Week van de Integriteit",
        "fr": "Semaine de l'intégrité",
        "en": "Week of Integrity",
        "es": "Semana de la Integridad",
    },
    "slug": {
        "nl": "week-van-de-integriteit",
        "fr": "semaine-de-l-integrite",
        "en": "week-of-integrity",
        "es": "semana-de-la-integridad",
    },
    "intro": {
        "nl": (
            "Elk jaar in de eerste week van december delen we tools en ervaringen rond "
            "integriteit in internationale samenwerking, op sociale media en in onze nieuwsbrief. "
            "Elke dag brengt iets nieuws: een tool, een verhaal uit de praktijk of een dilemma om "
            "over na te denken."
        ),
        "fr": (
            "Chaque année, lors de la première semaine de décembre, nous partageons des outils et "
            "des expériences sur l'intégrité dans la coopération internationale, sur les réseaux "
            "sociaux et dans notre lettre d'information. Chaque jour apporte quelque chose de "
            "nouveau\u202f: un outil, un témoignage de terrain ou un dilemme à méditer."
        ),
        "en": (
            "Every year in the first week of December, we share tools and experiences about "
            "integrity in international cooperation, on social media and in our newsletter. Every "
            "day brings something new: a tool, a story from practice or a dilemma to think about."
        ),
        "es": (
            "Cada año, en la primera semana de diciembre, compartimos herramientas y experiencias "
            "sobre la integridad en la cooperación internacional, en las redes sociales y en "
            "nuestro boletín. Cada día trae algo nuevo: una herramienta, un testimonio de la "
            "práctica o un dilema para reflexionar."
        ),
    },
}

CAMPAIGN = {
    "title": {
        "nl": "Week van de Integriteit 2026",
        "fr": "Semaine de l'intégrité 2026",
        "en": "Week of Integrity 2026",
        "es": "Semana de la Integridad 2026",
    },
    "slug": {
        "nl": "week-van-de-integriteit-2026",
        "fr": "semaine-de-l-integrite-2026",
        "en": "week-of-integrity-2026",
        "es": "semana-de-la-integridad-2026",
    },
    "intro": {
        "nl": (
            "<p>Vijf dagen, vijf manieren om stil te staan bij integriteit in internationale "
            "samenwerking. Dit jaar kijken we naar geschenken, werkbezoeken en geld: plekken waar "
            "goede bedoelingen en duidelijke afspraken elkaar ontmoeten. Elke dag brengt een "
            "tool, een verhaal uit de praktijk of een dilemma van de dag.</p><p>Lees mee, deel de "
            "berichten met de hashtag en praat erover met je team en je partners.</p>"
        ),
        "fr": (
            "<p>Cinq jours, cinq façons d'aborder l'intégrité dans la coopération internationale. "
            "Cette année, nous nous intéressons aux cadeaux, aux visites de travail et à "
            "l'argent\u202f: là où les bonnes intentions rencontrent des règles claires. Chaque "
            "jour apporte un outil, un témoignage de terrain ou un dilemme du jour.</p><p>Suivez "
            "la semaine, partagez les publications avec le mot-dièse et parlez-en avec votre "
            "équipe et vos partenaires.</p>"
        ),
        "en": (
            "<p>Five days, five ways into integrity in international cooperation. This year we "
            "look at gifts, work visits and money: places where good intentions meet clear rules. "
            "Every day brings a tool, a story from practice or a dilemma of the day.</p><p>Read "
            "along, share the posts with the hashtag and talk about them with your team and your "
            "partners.</p>"
        ),
        "es": (
            "<p>Cinco días, cinco maneras de acercarse a la integridad en la cooperación "
            "internacional. Este año nos centramos en los regalos, las visitas de trabajo y el "
            "dinero: allí donde las buenas intenciones se encuentran con reglas claras. Cada día "
            "trae una herramienta, un testimonio de la práctica o un dilema del día.</p><p>Siga "
            "la semana, comparta las publicaciones con la etiqueta y converse sobre ellas con su "
            "equipo y sus socios.</p>"
        ),
    },
    "hashtag": {
        "nl": "#WeekVanDeIntegriteit",
        "fr": "#SemaineDeLIntegrite",
        "en": "#WeekOfIntegrity",
        "es": "#SemanaDeLaIntegridad",
    },
}

ITEMS = [
    {
        "day": 1,
        "kind": "tool",
        "title": {
            "nl": "Voor je een geschenk of uitnodiging aanvaardt",
            "fr": "Avant d'accepter un cadeau ou une invitation",
            "en": "Before you accept a gift or invitation",
            "es": "Antes de aceptar un regalo o una invitación",
        },
        "slug": {
            "nl": "voor-je-een-geschenk-of-uitnodiging-aanvaardt",
            "fr": "avant-d-accepter-un-cadeau-ou-une-invitation",
            "en": "before-you-accept-a-gift-or-invitation",
            "es": "antes-de-aceptar-un-regalo-o-una-invitacion",
        },
        "intro": {
            "nl": (
                "Zes vragen om jezelf te stellen voor je een geschenk of een betaalde uitnodiging "
                "aanvaardt, in Vlaanderen of op werkbezoek."
            ),
            "fr": (
                "Six questions à vous poser avant d'accepter un cadeau ou une invitation payée, "
                "en Flandre comme en visite de travail."
            ),
            "en": (
                "Six questions to ask yourself before you accept a gift or a paid invitation, at "
                "home or on a work visit."
            ),
            "es": (
                "Seis preguntas que conviene hacerse antes de aceptar un regalo o una invitación "
                "pagada, en Flandes o en una visita de trabajo."
            ),
        },
        "body": {
            "nl": (
                "<p>Geschenken en uitnodigingen horen bij elk partnerschap. Vaak zijn ze een "
                "oprecht teken van dankbaarheid, en weigeren kan kwetsen. Toch is de ethische "
                "code duidelijk: je laat je dienstverlening niet kopen of beïnvloeden door geld, "
                "goederen, diensten of andere gunsten. Deze checklist helpt je om op het moment "
                "zelf te beslissen.</p><ul><li><strong>Wat is het waard?</strong> Een kleine "
                "attentie is iets anders dan een geschenk met een echte "
                "waarde.</li><li><strong>Staat er een beslissing op til?</strong> Wacht de gever "
                "op een beslissing van jou, zoals een subsidie, een opdracht of een "
                "selectie?</li><li><strong>Kan je weigeren zonder te kwetsen?</strong> De code "
                "laat kleine attenties toe als weigeren of teruggeven de gever ernstig zou "
                "kwetsen of in verlegenheid brengen, als je ze in het openbaar krijgt of als "
                "teruggeven praktisch onwerkbaar is.</li><li><strong>Gaat het om een "
                "uitnodiging?</strong> Een uitnodiging die anderen betalen, aanvaard je alleen "
                "als de activiteit tot je werk behoort en je aanwezigheid functioneel "
                "is.</li><li><strong>Zou je het aan je collega's vertellen?</strong> Hou je het "
                "liever stil, dan weet je genoeg.</li><li><strong>Heb je ja gezegd?</strong> Laat "
                "het dan weten aan je diensthoofd.</li></ul><p>Twijfel je nog? Vraag raad aan de "
                "raadgever integriteit, in vertrouwen.</p>"
            ),
            "fr": (
                "<p>Cadeaux et invitations font partie de tout partenariat. Ce sont souvent des "
                "marques sincères de gratitude, et les refuser peut blesser. Le code d'éthique "
                "est pourtant clair\u202f: vos services ne peuvent être achetés ni influencés par "
                "de l'argent, des biens, des services ou d'autres faveurs. Cette liste de "
                "contrôle vous aide à décider sur le moment.</p><ul><li><strong>Quelle est sa "
                "valeur\u202f?</strong> Un petit présent n'est pas un cadeau d'une réelle "
                "valeur.</li><li><strong>Une décision est-elle en jeu\u202f?</strong> La personne "
                "attend-elle de vous une décision, comme une subvention, un marché ou une "
                "sélection\u202f?</li><li><strong>Pouvez-vous refuser sans "
                "blesser\u202f?</strong> Le code admet les petits présents lorsque les refuser ou "
                "les rendre blesserait gravement ou embarrasserait la personne qui les offre, "
                "lorsqu'ils sont remis en public ou lorsque les rendre est matériellement "
                "impossible.</li><li><strong>S'agit-il d'une invitation\u202f?</strong> "
                "N'acceptez une invitation payée par d'autres que si l'activité relève de votre "
                "travail et que votre présence est fonctionnelle.</li><li><strong>En "
                "parleriez-vous à vos collègues\u202f?</strong> Si vous préférez vous taire, vous "
                "avez votre réponse.</li><li><strong>Vous avez dit oui\u202f?</strong> "
                "Informez-en votre chef de service.</li></ul><p>Encore un doute\u202f? Demandez "
                "conseil au conseiller en intégrité, en toute confidentialité.</p>"
            ),
            "en": (
                "<p>Gifts and invitations are part of every partnership. Often they are a sincere "
                "sign of gratitude, and refusing them can hurt. Yet the ethics code is clear: "
                "your service may not be bought or influenced by money, goods, services or other "
                "favours. This checklist helps you decide in the moment.</p><ul><li><strong>What "
                "is it worth?</strong> A small token is something different from a gift of real "
                "value.</li><li><strong>Is a decision pending?</strong> Is the giver waiting for "
                "a decision from you, such as a grant, a contract or a "
                "selection?</li><li><strong>Can you refuse without hurting anyone?</strong> The "
                "code allows small tokens when refusing or returning them would seriously hurt or "
                "embarrass the giver, when they are handed over in public, or when returning them "
                "is impractical.</li><li><strong>Is it an invitation?</strong> Accept an "
                "invitation paid for by others only when the activity is part of your work and "
                "your presence is functional.</li><li><strong>Would you tell your "
                "colleagues?</strong> If you would rather keep it quiet, that says "
                "enough.</li><li><strong>Did you say yes?</strong> Then tell your head of "
                "department.</li></ul><p>Still in doubt? Ask the integrity adviser for advice, in "
                "confidence.</p>"
            ),
            "es": (
                "<p>Los regalos y las invitaciones forman parte de toda cooperación. A menudo son "
                "una muestra sincera de gratitud, y rechazarlos puede ofender. Aun así, el código "
                "de ética es claro: su servicio no puede comprarse ni dejarse influir por dinero, "
                "bienes, servicios u otros favores. Esta lista de verificación le ayuda a decidir "
                "en el momento.</p><ul><li><strong>¿Cuánto vale?</strong> Un pequeño obsequio no "
                "es lo mismo que un regalo de valor real.</li><li><strong>¿Hay una decisión "
                "pendiente?</strong> ¿Espera quien lo ofrece una decisión suya, como una "
                "subvención, un contrato o una selección?</li><li><strong>¿Puede rechazarlo sin "
                "ofender?</strong> El código admite pequeños obsequios cuando rechazarlos o "
                "devolverlos ofendería gravemente o avergonzaría a quien los da, cuando se "
                "entregan en público o cuando devolverlos resulta inviable en la "
                "práctica.</li><li><strong>¿Es una invitación?</strong> Acepte invitaciones "
                "pagadas por otros solo si la actividad forma parte de su trabajo y su presencia "
                "es funcional.</li><li><strong>¿Se lo contaría a sus colegas?</strong> Si "
                "prefiere callarlo, ya tiene la respuesta.</li><li><strong>¿Dijo que sí?</strong> "
                "Entonces informe a su jefe de departamento.</li></ul><p>¿Sigue con dudas? "
                "Consulte al asesor de integridad, de forma confidencial.</p>"
            ),
        },
        "social": {
            "nl": (
                "Week van de Integriteit, dag 1: een partner biedt je een geschenk aan of "
                "trakteert op een etentje. Aanvaard je het? Zes vragen helpen je kiezen, van “wat "
                "is het waard?” tot “zou je het aan je collega's vertellen?” #WeekVanDeIntegriteit"
            ),
            "fr": (
                "Semaine de l'intégrité, jour 1\u202f: un partenaire vous offre un cadeau ou vous "
                "invite à dîner. Accepter ou non\u202f? Six questions pour décider, de "
                "«\u202fquelle est sa valeur\u202f?\u202f» à «\u202fen parleriez-vous à vos "
                "collègues\u202f?\u202f» #SemaineDeLIntegrite"
            ),
            "en": (
                "Week of Integrity, day 1: a partner offers you a gift or pays for your dinner. "
                "Do you accept? Six questions help you decide, from “what is it worth?” to “would "
                "you tell your colleagues?” #WeekOfIntegrity"
            ),
            "es": (
                "Semana de la Integridad, día 1: un socio le ofrece un regalo o le invita a "
                "cenar. ¿Acepta? Seis preguntas le ayudan a decidir, desde “¿cuánto vale?” hasta "
                "“¿se lo contaría a sus colegas?” #SemanaDeLaIntegridad"
            ),
        },
    },
    {
        "day": 2,
        "kind": "experience",
        "title": {
            "nl": "Een uitstap betaald door een leverancier",
            "fr": "Une excursion payée par un fournisseur",
            "en": "An excursion paid for by a supplier",
            "es": "Una excursión pagada por un proveedor",
        },
        "slug": {
            "nl": "een-uitstap-betaald-door-een-leverancier",
            "fr": "une-excursion-payee-par-un-fournisseur",
            "en": "an-excursion-paid-for-by-a-supplier",
            "es": "una-excursion-pagada-por-un-proveedor",
        },
        "intro": {
            "nl": (
                "Een stedenbandcoördinator van een Vlaamse gemeente vertelt hoe de delegatie "
                "tijdens een werkbezoek omging met een royaal aanbod van een leverancier."
            ),
            "fr": (
                "Un coordinateur de jumelage d'une commune flamande raconte comment la délégation "
                "a réagi à l'offre généreuse d'un fournisseur pendant une visite de travail."
            ),
            "en": (
                "A twinning coordinator from a Flemish municipality tells how the delegation "
                "handled a supplier's generous offer during a work visit."
            ),
            "es": (
                "Un coordinador de hermanamiento de un municipio flamenco cuenta cómo la "
                "delegación respondió a la generosa oferta de un proveedor durante una visita de "
                "trabajo."
            ),
        },
        "body": {
            "nl": (
                "<p>Op ons laatste werkbezoek toonde de partnergemeente ons de nieuwe waterpunten "
                "in twee dorpen. Op het afscheidsdiner bood de zaakvoerder van het bedrijf dat de "
                "pompen had geïnstalleerd ons zijn minibus met chauffeur aan voor het weekend, om "
                "een natuurreservaat te bezoeken. Gratis, als bedankje voor de goede "
                "samenwerking.</p><p>Iedereen was enthousiast, en de medewerkers van de partner "
                "vonden weigeren onbeleefd. Ik twijfelde: een paar weken later zou de "
                "aanbesteding voor de volgende projectfase starten, en zijn bedrijf zou zeker "
                "meedingen. Die avond stuurde ik een bericht naar de raadgever integriteit, en de "
                "volgende ochtend hebben we het samen doorgesproken.</p><p>We hebben vriendelijk "
                "bedankt en uitgelegd waarom: de aanbesteding moest eerlijk blijven voor elke "
                "kandidaat. We huurden zelf een minibus, binnen het budget van het werkbezoek, en "
                "ik heb mijn diensthoofd ingelicht. De leverancier begreep het, onze partners "
                "ook. Sindsdien spreken we bij de start van elk bezoek af: geen aanbiedingen van "
                "leveranciers als er een aanbesteding aankomt. Achteraf gezien was nee zeggen "
                "niet het moeilijkste. Het moment herkennen wel.</p><p><em>Verteld door een "
                "stedenbandcoördinator van een Vlaamse gemeente.</em></p>"
            ),
            "fr": (
                "<p>Lors de notre dernière visite de travail, la commune partenaire nous a montré "
                "les nouveaux points d'eau de deux villages. Au dîner d'adieu, le patron de "
                "l'entreprise qui avait installé les pompes nous a proposé son minibus et son "
                "chauffeur pour le week-end, afin de visiter une réserve naturelle. Gratuitement, "
                "en remerciement de notre bonne collaboration.</p><p>Tout le monde était "
                "enthousiaste, et l'équipe du partenaire trouvait qu'un refus serait impoli. J'ai "
                "hésité\u202f: quelques semaines plus tard, l'appel d'offres pour la phase "
                "suivante du projet allait être lancé, et son entreprise allait certainement "
                "soumissionner. Le soir même, j'ai écrit au conseiller en intégrité, et nous en "
                "avons parlé le lendemain matin.</p><p>Nous avons décliné, chaleureusement et en "
                "expliquant pourquoi\u202f: l'appel d'offres devait rester équitable pour chaque "
                "soumissionnaire. Nous avons loué nous-mêmes un minibus, dans le budget de la "
                "mission, et j'ai informé mon chef de service. Le fournisseur a compris, nos "
                "partenaires aussi. Depuis, nous convenons au début de chaque visite\u202f: pas "
                "d'offres de fournisseurs quand un appel d'offres approche. Avec le recul, le "
                "plus difficile n'était pas de dire non, mais de reconnaître le "
                "moment.</p><p><em>Témoignage d'un coordinateur de jumelage d'une commune "
                "flamande.</em></p>"
            ),
            "en": (
                "<p>On our last work visit, the partner municipality showed us the new water "
                "points in two villages. At the farewell dinner, the owner of the company that "
                "had installed the pumps offered us his minibus and driver for the weekend, to "
                "visit a nature reserve. Free of charge, as a thank-you for the good "
                "cooperation.</p><p>Everyone was enthusiastic, and the partner's staff felt that "
                "refusing would be rude. I hesitated: the tender for the next phase of the "
                "project would open a few weeks later, and his company would surely bid. That "
                "evening I messaged the integrity adviser, and the next morning we talked it "
                "through.</p><p>We declined, warmly and with an explanation: the tender had to "
                "stay fair for every bidder. We hired a minibus ourselves, within the budget of "
                "the visit, and I told my head of department. The supplier understood, and so did "
                "our partners. Since then we agree at the start of every visit: no offers from "
                "suppliers while a tender is coming up. Looking back, saying no was not the "
                "hardest part. Recognising the moment was.</p><p><em>Told by a twinning "
                "coordinator from a Flemish municipality.</em></p>"
            ),
            "es": (
                "<p>En nuestra última visita de trabajo, el municipio socio nos mostró los nuevos "
                "puntos de agua de dos comunidades. En la cena de despedida, el dueño de la "
                "empresa que había instalado las bombas nos ofreció su minibús con chofer para el "
                "fin de semana, para visitar una reserva natural. Gratis, en agradecimiento por "
                "la buena colaboración.</p><p>Todos estaban entusiasmados, y el equipo del socio "
                "opinaba que rechazarlo sería descortés. Yo dudé: unas semanas después se abriría "
                "la licitación para la siguiente fase del proyecto, y su empresa seguramente se "
                "presentaría. Esa noche le escribí al asesor de integridad, y a la mañana "
                "siguiente lo hablamos.</p><p>Declinamos con calidez y explicando el motivo: la "
                "licitación tenía que seguir siendo justa para todos los oferentes. Alquilamos un "
                "minibús por nuestra cuenta, dentro del presupuesto de la visita, e informé a mi "
                "jefe de departamento. El proveedor lo entendió, y nuestros socios también. Desde "
                "entonces acordamos al inicio de cada visita: no aceptamos ofertas de proveedores "
                "cuando se acerca una licitación. Mirándolo ahora, lo más difícil no fue decir "
                "que no, sino reconocer el momento.</p><p><em>Testimonio de un coordinador de "
                "hermanamiento de un municipio flamenco.</em></p>"
            ),
        },
        "social": {
            "nl": (
                "Week van de Integriteit, dag 2: op werkbezoek biedt een leverancier de delegatie "
                "een gratis uitstap aan, vlak voor een aanbesteding. Een stedenbandcoördinator "
                "vertelt hoe ze dat aanpakten en wat ze nu afspreken. #WeekVanDeIntegriteit"
            ),
            "fr": (
                "Semaine de l'intégrité, jour 2\u202f: en visite de travail, un fournisseur offre "
                "une excursion à la délégation, juste avant un appel d'offres. Un coordinateur de "
                "jumelage raconte comment l'équipe a réagi. #SemaineDeLIntegrite"
            ),
            "en": (
                "Week of Integrity, day 2: on a work visit, a supplier offers the delegation a "
                "free weekend excursion, just before a tender. A twinning coordinator tells how "
                "they handled it and what they agree on now. #WeekOfIntegrity"
            ),
            "es": (
                "Semana de la Integridad, día 2: en una visita de trabajo, un proveedor invita a "
                "la delegación a una excursión gratuita, justo antes de una licitación. Un "
                "coordinador de hermanamiento cuenta cómo lo resolvieron. #SemanaDeLaIntegridad"
            ),
        },
    },
    {
        "day": 3,
        "kind": "dilemma",
        "dilemma": "gift-from-partner-municipality",
        "title": {
            "nl": "Dilemma van de dag: een kostbaar geschenk",
            "fr": "Dilemme du jour\u202f: un cadeau précieux",
            "en": "Dilemma of the day: a costly gift",
            "es": "Dilema del día: un regalo costoso",
        },
        "slug": {
            "nl": "dilemma-van-de-dag-een-kostbaar-geschenk",
            "fr": "dilemme-du-jour-un-cadeau-precieux",
            "en": "dilemma-of-the-day-a-costly-gift",
            "es": "dilema-del-dia-un-regalo-costoso",
        },
        "intro": {
            "nl": (
                "Op een afscheidsreceptie overhandigt de partnerburgemeester je een handgemaakt "
                "geschenk van een paar honderd euro: wat doe je ermee?"
            ),
            "fr": (
                "Lors d'une réception d'adieu, le maire partenaire vous remet un cadeau artisanal "
                "de quelques centaines d'euros\u202f: qu'en faites-vous\u202f?"
            ),
            "en": (
                "At a farewell reception, the partner mayor hands you a handmade gift worth a few "
                "hundred euros: what do you do with it?"
            ),
            "es": (
                "En una recepción de despedida, el alcalde socio le entrega un regalo artesanal "
                "de unos cientos de euros: ¿qué hace usted con él?"
            ),
        },
        "body": {
            "nl": (
                "<p>Een delegatie van jullie partnergemeente heeft een week in jouw gemeente "
                "gewerkt aan het afvalproject van de stedenband. Op de afscheidsreceptie in het "
                "gemeentehuis, in het bijzijn van de schepenen en het hele team, overhandigt de "
                "partnerburgemeester je een pakje, met een warme speech over je onvermoeibare "
                "inzet.</p><p>Aan je bureau maak je het open: een handgeweven tafelkleed met een "
                "set gesneden houten schalen, een paar honderd euro waard. De delegatie vertrekt "
                "morgenvroeg. Een collega zegt: “Dat kan je niet teruggeven, ze zouden diep "
                "gekwetst zijn.”</p><p>Wat doe jij?</p><ul><li>Je aanvaardt het, meldt het aan je "
                "diensthoofd en geeft het een plaats op kantoor.</li><li>Je geeft het tactvol "
                "terug voor de delegatie vertrekt.</li><li>Je neemt het mee naar huis: het was "
                "een persoonlijk geschenk, in het openbaar overhandigd.</li></ul><p>Denk er eerst "
                "zelf over na of bespreek het met je team. Lees daarna de volledige casus in de "
                "dilemmabibliotheek, met de afwegingen bij elke optie en een toelichting. De "
                "checklist van dag 1 helpt je op weg.</p>"
            ),
            "fr": (
                "<p>Une délégation de votre commune partenaire a passé une semaine dans votre "
                "commune pour travailler sur le projet de gestion des déchets du jumelage. Lors "
                "de la réception d'adieu à la maison communale, devant les échevins et toute "
                "l'équipe, le maire partenaire vous remet un paquet, avec un discours chaleureux "
                "sur votre engagement infatigable.</p><p>À votre bureau, vous l'ouvrez\u202f: une "
                "nappe tissée à la main et un ensemble de bols en bois sculpté, d'une valeur de "
                "quelques centaines d'euros. La délégation part demain à l'aube. Un collègue vous "
                "dit\u202f: «\u202fTu ne peux pas rendre ça, ils seraient profondément "
                "blessés.\u202f»</p><p>Que faites-vous\u202f?</p><ul><li>Vous l'acceptez, vous le "
                "signalez à votre chef de service et vous lui donnez une place au "
                "bureau.</li><li>Vous le rendez avec tact avant le départ de la "
                "délégation.</li><li>Vous l'emportez chez vous\u202f: c'était un cadeau "
                "personnel, remis en public.</li></ul><p>Prenez d'abord le temps d'y réfléchir, "
                "seul ou avec votre équipe. Lisez ensuite le cas complet dans la bibliothèque de "
                "dilemmes, avec les points d'attention de chaque option et un commentaire. La "
                "liste de contrôle du jour 1 vous aidera.</p>"
            ),
            "en": (
                "<p>A delegation from your partner municipality has spent a week in your "
                "municipality working on the twinning link's waste project. At the farewell "
                "reception in the town hall, in front of the aldermen and the whole team, the "
                "partner mayor hands you a package, with a warm speech about your tireless "
                "commitment.</p><p>Back at your desk you open it: a handwoven tablecloth and a "
                "set of carved wooden bowls, worth a few hundred euros. The delegation leaves "
                "early tomorrow morning. A colleague says: “You can't give that back, they would "
                "be deeply hurt.”</p><p>What would you do?</p><ul><li>Accept it, report it to "
                "your head of department and give it a place in the office.</li><li>Return it "
                "tactfully before the delegation leaves.</li><li>Take it home: it was a personal "
                "gift, handed over in public.</li></ul><p>Think it over first, on your own or "
                "with your team. Then read the full case in the dilemma library, with the "
                "considerations for each option and a commentary. The checklist from day 1 will "
                "help.</p>"
            ),
            "es": (
                "<p>Una delegación de su municipio socio pasó una semana en su municipio "
                "trabajando en el proyecto de residuos del hermanamiento. En la recepción de "
                "despedida en el ayuntamiento, delante de los concejales y de todo el equipo, el "
                "alcalde socio le entrega un paquete, con un cálido discurso sobre su incansable "
                "compromiso.</p><p>Ya en su escritorio, lo abre: un mantel tejido a mano y un "
                "juego de cuencos de madera tallada, con un valor de unos cientos de euros. La "
                "delegación se va mañana temprano. Un colega le dice: “No puedes devolverlo, se "
                "sentirían profundamente ofendidos”.</p><p>¿Qué haría "
                "usted?</p><ul><li>Aceptarlo, informar a su jefe de departamento y darle un lugar "
                "en la oficina.</li><li>Devolverlo con tacto antes de que se vaya la "
                "delegación.</li><li>Llevárselo a casa: fue un regalo personal, entregado en "
                "público.</li></ul><p>Piénselo primero, solo o con su equipo. Después lea el caso "
                "completo en la biblioteca de dilemas, con las consideraciones de cada opción y "
                "un comentario. La lista de verificación del día 1 le será útil.</p>"
            ),
        },
        "social": {
            "nl": (
                "Dilemma van de dag: op een afscheidsreceptie krijg je van de partnerburgemeester "
                "een handgemaakt geschenk van een paar honderd euro. De delegatie vertrekt "
                "morgen. Houden, teruggeven of melden? Wat doe jij? #WeekVanDeIntegriteit"
            ),
            "fr": (
                "Dilemme du jour\u202f: lors d'une réception d'adieu, le maire partenaire vous "
                "offre un cadeau artisanal de quelques centaines d'euros. La délégation part "
                "demain. Le garder, le rendre, le déclarer\u202f? Que feriez-vous\u202f? "
                "#SemaineDeLIntegrite"
            ),
            "en": (
                "Dilemma of the day: at a farewell reception, the partner mayor hands you a "
                "handmade gift worth a few hundred euros. The delegation leaves tomorrow. Keep "
                "it, return it or report it? What would you do? #WeekOfIntegrity"
            ),
            "es": (
                "Dilema del día: en una recepción de despedida, el alcalde socio le entrega un "
                "regalo artesanal de unos cientos de euros. La delegación se va mañana. "
                "¿Quedárselo, devolverlo o declararlo? ¿Qué haría usted? #SemanaDeLaIntegridad"
            ),
        },
    },
    {
        "day": 4,
        "kind": "experience",
        "title": {
            "nl": "Procedures die mensen beschermen",
            "fr": "Des procédures qui protègent les personnes",
            "en": "Procedures that protect people",
            "es": "Procedimientos que protegen a las personas",
        },
        "slug": {
            "nl": "procedures-die-mensen-beschermen",
            "fr": "des-procedures-qui-protegent-les-personnes",
            "en": "procedures-that-protect-people",
            "es": "procedimientos-que-protegen-a-las-personas",
        },
        "intro": {
            "nl": (
                "De financieel verantwoordelijke van een partnergemeente vertelt hoe duidelijke, "
                "fraudebestendige procedures niet alleen het geld beschermen, maar ook de mensen "
                "die het beheren."
            ),
            "fr": (
                "La responsable financière d'une commune partenaire explique comment des "
                "procédures claires et résistantes à la fraude protègent l'argent, mais aussi les "
                "personnes qui le gèrent."
            ),
            "en": (
                "The finance officer of a partner municipality explains how clear, "
                "fraud-resistant procedures protect not only the money but also the people who "
                "manage it."
            ),
            "es": (
                "La responsable de finanzas de un municipio socio explica cómo unos "
                "procedimientos claros y resistentes al fraude protegen el dinero y también a "
                "quienes lo administran."
            ),
        },
        "body": {
            "nl": (
                "<p>In een kleine gemeente kent iedereen iedereen. Toen ik begon als financieel "
                "verantwoordelijke, vroegen mensen me geregeld om iets “snel even” te betalen, "
                "het bewijsstuk zou wel volgen. Nee zeggen voelde persoonlijk. Vandaag kan ik "
                "naar onze procedures verwijzen, en dat maakt het verschil.</p><p>We houden ons "
                "aan een paar eenvoudige regels:</p><ul><li>Wie iets bestelt, keurt nooit zelf de "
                "betaling goed.</li><li>Boven een vastgelegd bedrag vragen we drie "
                "offertes.</li><li>Een dagvergoeding betalen we alleen uit tegen een ondertekende "
                "aanwezigheidslijst, die we naast het activiteitenverslag leggen.</li><li>Elke "
                "maand leggen we de boekhouding naast de bankafschriften.</li></ul><p>De "
                "financiële handleiding van het programma, in onze eigen taal, hielp ons om die "
                "regels op papier te zetten. Als onze Vlaamse partners op bezoek komen, bekijken "
                "we samen de boekhouding, de bewijsstukken en de effectieve aankopen. Eerst "
                "voelde dat als wantrouwen. Nu zie ik het anders: het beschermt mij ook. Als "
                "iemand ooit een betaling in vraag stelt, spreekt het dossier voor "
                "mij.</p><p><em>Verteld door de financieel verantwoordelijke van een "
                "partnergemeente.</em></p>"
            ),
            "fr": (
                "<p>Dans une petite commune, tout le monde se connaît. Quand j'ai commencé comme "
                "responsable financière, on me demandait souvent de payer quelque chose "
                "«\u202fvite fait\u202f», le justificatif suivrait. Refuser, c'était forcément "
                "froisser quelqu'un. Aujourd'hui, je peux renvoyer à nos procédures, et cela "
                "change tout.</p><p>Nous appliquons quelques règles simples\u202f:</p><ul><li>La "
                "personne qui passe commande n'approuve jamais elle-même le "
                "paiement.</li><li>Au-delà d'un montant fixé, nous demandons trois "
                "devis.</li><li>Les per diem ne sont versés que sur la base d'une liste de "
                "présence signée, que nous comparons au rapport d'activité.</li><li>Chaque mois, "
                "nous rapprochons la comptabilité des relevés bancaires.</li></ul><p>Le manuel "
                "financier du programme, dans notre langue, nous a aidés à mettre ces règles par "
                "écrit. Quand nos partenaires flamands viennent en visite, nous examinons "
                "ensemble la comptabilité, les justificatifs et les achats effectifs. Au début, "
                "j'y voyais de la méfiance. Aujourd'hui, je vois les choses autrement\u202f: cela "
                "me protège aussi. Si quelqu'un conteste un jour un paiement, le dossier parle "
                "pour moi.</p><p><em>Témoignage de la responsable financière d'une commune "
                "partenaire.</em></p>"
            ),
            "en": (
                "<p>In a small municipality everyone knows everyone. When I started as finance "
                "officer, people regularly asked me to pay something “quickly”, with the receipt "
                "to follow later. Saying no felt personal. Today I can point to our procedures, "
                "and that makes all the difference.</p><p>We keep to a few simple "
                "rules:</p><ul><li>Whoever places an order never also approves the "
                "payment.</li><li>Above a set amount, we ask for three quotes.</li><li>Per diems "
                "are paid only against a signed attendance list, which we check against the "
                "activity report.</li><li>Every month we reconcile the accounts with the bank "
                "statements.</li></ul><p>The programme's financial handbook, in our own language, "
                "helped us put these rules in writing. When our Flemish partners come on a visit, "
                "we go through the books, the receipts and the actual purchases together. At "
                "first that felt like distrust. Now I see it differently: it protects me too. If "
                "anyone ever questions a payment, the file speaks for me.</p><p><em>Told by the "
                "finance officer of a partner municipality.</em></p>"
            ),
            "es": (
                "<p>En un municipio pequeño todos se conocen. Cuando empecé como responsable de "
                "finanzas, a menudo me pedían pagar algo “rapidito”, y el comprobante llegaría "
                "después. Negarme parecía un desaire personal. Hoy puedo remitirme a nuestros "
                "procedimientos, y eso lo cambia todo.</p><p>Seguimos unas pocas reglas "
                "sencillas:</p><ul><li>Quien hace un pedido nunca aprueba también el "
                "pago.</li><li>Por encima de un monto fijado, pedimos tres "
                "cotizaciones.</li><li>Los viáticos solo se pagan contra una lista de asistencia "
                "firmada, que cotejamos con el informe de la actividad.</li><li>Cada mes "
                "conciliamos la contabilidad con los extractos bancarios.</li></ul><p>El manual "
                "financiero del programa, en nuestro idioma, nos ayudó a poner esas reglas por "
                "escrito. Cuando nuestros socios flamencos vienen de visita, revisamos juntos la "
                "contabilidad, los comprobantes y las compras realizadas. Al principio lo sentía "
                "como desconfianza. Ahora lo veo de otra manera: también me protege a mí. Si "
                "algún día alguien cuestiona un pago, el expediente habla por "
                "mí.</p><p><em>Testimonio de la responsable de finanzas de un municipio "
                "socio.</em></p>"
            ),
        },
        "social": {
            "nl": (
                "Week van de Integriteit, dag 4: “Eerst voelde het als wantrouwen. Nu zie ik dat "
                "het mij ook beschermt.” De financieel verantwoordelijke van een partnergemeente "
                "over eenvoudige procedures die fraude buiten houden. #WeekVanDeIntegriteit"
            ),
            "fr": (
                "Semaine de l'intégrité, jour 4\u202f: «\u202fAu début, j'y voyais de la "
                "méfiance. Aujourd'hui, je vois que cela me protège aussi.\u202f» La responsable "
                "financière d'une commune partenaire parle des procédures qui tiennent la fraude "
                "à distance. #SemaineDeLIntegrite"
            ),
            "en": (
                "Week of Integrity, day 4: “At first it felt like distrust. Now I see it protects "
                "me too.” The finance officer of a partner municipality on the simple procedures "
                "that keep fraud out. #WeekOfIntegrity"
            ),
            "es": (
                "Semana de la Integridad, día 4: “Al principio lo sentía como desconfianza. Ahora "
                "veo que también me protege”. La responsable de finanzas de un municipio socio "
                "habla de los procedimientos que mantienen a raya el fraude. #SemanaDeLaIntegridad"
            ),
        },
    },
    {
        "day": 5,
        "kind": "dilemma",
        "dilemma": "per-diem-and-receipts",
        "title": {
            "nl": "Dilemma van de dag: dagvergoedingen die niet kloppen",
            "fr": "Dilemme du jour\u202f: des per diem qui ne concordent pas",
            "en": "Dilemma of the day: per diems that do not add up",
            "es": "Dilema del día: viáticos que no cuadran",
        },
        "slug": {
            "nl": "dilemma-van-de-dag-dagvergoedingen-die-niet-kloppen",
            "fr": "dilemme-du-jour-des-per-diem-qui-ne-concordent-pas",
            "en": "dilemma-of-the-day-per-diems-that-do-not-add-up",
            "es": "dilema-del-dia-viaticos-que-no-cuadran",
        },
        "intro": {
            "nl": (
                "De dagvergoedingen voor een opleiding bij de partner kloppen niet met de "
                "aanwezigheidslijst, en toch vraagt de coördinator van de partner je om het "
                "geplande totaal in te geven."
            ),
            "fr": (
                "Les per diem d'une formation chez le partenaire ne concordent pas avec la liste "
                "de présence, et pourtant le coordinateur du partenaire vous demande de déclarer "
                "le total prévu."
            ),
            "en": (
                "The per diems for a partner training do not match the attendance list, yet the "
                "partner's coordinator asks you to declare the planned total anyway."
            ),
            "es": (
                "Los viáticos de una capacitación del socio no cuadran con la lista de asistencia "
                "y, aun así, el coordinador del socio le pide que declare el total previsto."
            ),
        },
        "body": {
            "nl": (
                "<p>Bij de halfjaarlijkse uitgavenverklaring zie je dat er dagvergoedingen "
                "betaald zijn aan 40 deelnemers voor een driedaagse opleiding, maar op dag twee "
                "en drie staan er maar 26 namen op de aanwezigheidslijst. De coördinator van de "
                "partner wuift het weg: “Zo gaat dat hier.” Teken je, vraag je uitleg en "
                "verbeterde stukken, of meld je het meteen? De volledige casus staat in de "
                "dilemmabibliotheek.</p><p>Daarmee sluiten we de Week van de Integriteit af. "
                "Vragen wachten niet tot december, dus onthoud waar je het hele jaar "
                "terechtkan:</p><ul><li><strong>Een dilemma of een twijfel?</strong> Praat in "
                "vertrouwen met de raadgever integriteit, ook voor je beslist of je een klacht "
                "indient.</li><li><strong>Een persoonlijke kwestie?</strong> Teamleden kunnen bij "
                "een van de vertrouwenspersonen terecht.</li><li><strong>Een vermoeden van een "
                "inbreuk op de code?</strong> Gebruik het klachtenformulier. De klachtenmanager "
                "behandelt je melding vertrouwelijk en antwoordt binnen de twee "
                "weken.</li></ul><p>Bedankt om deze week mee na te denken.</p>"
            ),
            "fr": (
                "<p>En préparant la déclaration semestrielle des dépenses, vous constatez que des "
                "per diem ont été versés à 40 participants pour une formation de trois jours, "
                "alors que la liste de présence ne compte que 26 noms les deuxième et troisième "
                "jours. Le coordinateur du partenaire balaie la question\u202f: «\u202fC'est "
                "comme ça ici.\u202f» Signez-vous, demandez-vous des explications et des pièces "
                "corrigées, ou signalez-vous les faits tout de suite\u202f? Vous trouverez le cas "
                "complet dans la bibliothèque de dilemmes.</p><p>Ainsi se termine la Semaine de "
                "l'intégrité. Les questions n'attendent pas décembre\u202f: voici où vous "
                "adresser toute l'année.</p><ul><li><strong>Un dilemme, un doute\u202f?</strong> "
                "Parlez-en en toute confidentialité au conseiller en intégrité, y compris avant "
                "de décider de porter plainte.</li><li><strong>Une question "
                "personnelle\u202f?</strong> Les membres de l'équipe peuvent s'adresser à l'une "
                "des personnes de confiance.</li><li><strong>Vous soupçonnez un manquement au "
                "code\u202f?</strong> Utilisez le formulaire de plainte. Le gestionnaire des "
                "plaintes traite votre signalement de manière confidentielle et vous répond dans "
                "les deux semaines.</li></ul><p>Merci d'avoir réfléchi avec nous cette "
                "semaine.</p>"
            ),
            "en": (
                "<p>While preparing the half-yearly expense declaration, you notice that per "
                "diems were paid to 40 participants for a three-day training, yet the attendance "
                "list shows only 26 names on days two and three. The partner's coordinator shrugs "
                "it off: “That is how things are done here.” Do you sign, ask for an explanation "
                "and corrected documents, or report it straight away? The full case is in the "
                "dilemma library.</p><p>This closes our Week of Integrity. Questions do not wait "
                "for December, so remember where to turn all year round:</p><ul><li><strong>A "
                "dilemma or a doubt?</strong> Talk to the integrity adviser in confidence, also "
                "before you decide whether to make a complaint.</li><li><strong>A personal "
                "matter?</strong> Team members can turn to one of the confidential "
                "counsellors.</li><li><strong>Suspect a breach of the code?</strong> Use the "
                "complaint form. The complaints manager handles your report confidentially and "
                "answers within two weeks.</li></ul><p>Thank you for thinking along with us this "
                "week.</p>"
            ),
            "es": (
                "<p>Al preparar la declaración semestral de gastos, usted nota que se pagaron "
                "viáticos a 40 participantes por una capacitación de tres días, pero la lista de "
                "asistencia solo tiene 26 nombres el segundo y el tercer día. El coordinador del "
                "socio le resta importancia: “Así se hacen las cosas aquí”. ¿Firma, pide "
                "explicaciones y documentos corregidos, o lo reporta de inmediato? El caso "
                "completo está en la biblioteca de dilemas.</p><p>Así cerramos la Semana de la "
                "Integridad. Las preguntas no esperan a diciembre, así que recuerde a quién "
                "acudir durante todo el año:</p><ul><li><strong>¿Un dilema o una duda?</strong> "
                "Hable de forma confidencial con el asesor de integridad, también antes de "
                "decidir si presenta una queja.</li><li><strong>¿Un asunto personal?</strong> Los "
                "miembros del equipo pueden acudir a una de las personas de "
                "confianza.</li><li><strong>¿Sospecha un incumplimiento del código?</strong> Use "
                "el formulario de quejas. El gestor de quejas trata su queja de forma confidencial "
                "y responde en un plazo de dos semanas.</li></ul><p>Gracias por reflexionar con "
                "nosotros esta semana.</p>"
            ),
        },
        "social": {
            "nl": (
                "Dilemma van de dag: dagvergoedingen voor 40 deelnemers, maar 26 namen op de "
                "lijst. “Zo gaat dat hier”, zegt de partner. Wat doe jij? Zelf een vraag over "
                "integriteit? De raadgever integriteit luistert, het hele jaar door. "
                "#WeekVanDeIntegriteit"
            ),
            "fr": (
                "Dilemme du jour\u202f: des per diem pour 40 participants, mais 26 noms sur la "
                "liste. «\u202fC'est comme ça ici\u202f», dit le partenaire. Que "
                "feriez-vous\u202f? Une question sur l'intégrité\u202f? Le conseiller en "
                "intégrité vous écoute toute l'année. #SemaineDeLIntegrite"
            ),
            "en": (
                "Dilemma of the day: per diems paid for 40 participants, only 26 names on the "
                "list. “That is how things are done here,” says the partner. What would you do? A "
                "question of your own? The integrity adviser listens all year round. "
                "#WeekOfIntegrity"
            ),
            "es": (
                "Dilema del día: viáticos para 40 participantes, pero solo 26 nombres en la "
                "lista. “Así se hacen las cosas aquí”, dice el socio. ¿Qué haría usted? ¿Tiene "
                "una duda sobre integridad? El asesor de integridad le escucha todo el año. "
                "#SemanaDeLaIntegridad"
            ),
        },
    },
]
