"""Demo practice toolbox: cases from practice and tools, in nl, fr, en and es."""

PRACTICE_CASES = [
    {
        "key": "supplier-offers-a-commission",
        "themes": ["financial_integrity", "conflicts_of_interest"],
        "values": ["integrity"],
        "contact": "integrity_adviser",
        "related_dilemmas": ["hotel-with-a-commercial-link"],
        "related_courses": ["ethics-code"],
        "title": {
            "nl": "Een leverancier biedt een commissie aan",
            "fr": "Un fournisseur propose une commission",
            "en": "A supplier offers a commission",
            "es": "Un proveedor ofrece una comisión",
        },
        "slug": {
            "nl": "een-leverancier-biedt-een-commissie-aan",
            "fr": "un-fournisseur-propose-une-commission",
            "en": "a-supplier-offers-a-commission",
            "es": "un-proveedor-ofrece-una-comision",
        },
        "summary": {
            "nl": (
                "Bij het vergelijken van offertes voor waterpompen kreeg een "
                "stedenbandcoördinator van een leverancier een percentage van de bestelling "
                "aangeboden."
            ),
            "fr": (
                "En comparant des devis pour des pompes à eau, une coordinatrice de jumelage "
                "s'est vu proposer par un fournisseur un pourcentage de la commande."
            ),
            "en": (
                "While comparing quotes for water pumps, a twinning coordinator was offered a "
                "percentage of the order by one of the suppliers."
            ),
            "es": (
                "Al comparar cotizaciones de bombas de agua, una coordinadora de hermanamiento "
                "recibió de un proveedor la oferta de un porcentaje del pedido."
            ),
        },
        "situation": {
            "nl": (
                "<p>De stedenband tussen Wilgenaarde en een partnergemeente in Benin had budget "
                "voorzien voor zes waterpompen op zonne-energie. De stedenbandcoördinator vroeg "
                "drie leveranciers om een offerte en begon ze samen met de technisch "
                "verantwoordelijke van de partner te vergelijken.</p><p>Enkele dagen later belde "
                "de verkoopverantwoordelijke van een van de leveranciers haar op. Zijn offerte "
                "was niet de goedkoopste, gaf hij toe, maar “voor de moeite” kon hij vijf procent "
                "van het bedrag van de bestelling storten op een rekening naar keuze, “of in uw "
                "naam schenken aan een goed doel”. Zo ging dat nu eenmaal in de sector, voegde "
                "hij eraan toe.</p>"
            ),
            "fr": (
                "<p>Le jumelage entre Wilgenaarde et une commune partenaire au Bénin avait prévu "
                "un budget pour six pompes à eau solaires. La coordinatrice du jumelage a demandé "
                "un devis à trois fournisseurs et a commencé à les comparer avec le responsable "
                "technique du partenaire.</p><p>Quelques jours plus tard, le responsable "
                "commercial de l'un des fournisseurs l'a appelée. Son offre n'était pas la moins "
                "chère, a-t-il reconnu, mais «\u202fpour la peine\u202f», il pouvait verser cinq "
                "pour cent du montant de la commande sur le compte de son choix, «\u202fou en "
                "faire don à une bonne cause en votre nom\u202f». C'était ainsi que les choses se "
                "passaient dans le secteur, a-t-il ajouté.</p>"
            ),
            "en": (
                "<p>The twinning link between Wilgenaarde and a partner municipality in Benin had "
                "set aside a budget for six solar water pumps. The twinning coordinator asked "
                "three suppliers for a quote and started comparing them with the partner's "
                "technical officer.</p><p>A few days later, the sales manager of one of the "
                "suppliers called her. His offer was not the cheapest, he admitted, but “for the "
                "trouble” he could transfer five per cent of the order amount to an account of "
                "her choice, “or donate it to a good cause in your name”. That was simply how "
                "things worked in the sector, he added.</p>"
            ),
            "es": (
                "<p>El hermanamiento entre Wilgenaarde y un municipio socio en Benín había "
                "previsto presupuesto para seis bombas de agua solares. La coordinadora del "
                "hermanamiento pidió una cotización a tres proveedores y empezó a compararlas con "
                "el responsable técnico del socio.</p><p>Unos días después, el responsable "
                "comercial de uno de los proveedores la llamó. Su oferta no era la más barata, "
                "reconoció, pero “por las molestias” podía transferir el cinco por ciento del "
                "monto del pedido a la cuenta que ella eligiera, “o donarlo a una buena causa en "
                "su nombre”. Así funcionaban las cosas en el sector, añadió.</p>"
            ),
        },
        "signals": [
            {
                "nl": "Het geld gaat naar jou persoonlijk, niet naar het project.",
                "fr": "L'argent vous est proposé à vous personnellement, pas au projet.",
                "en": "The money is offered to you personally, not to the project.",
                "es": "El dinero se le ofrece a usted personalmente, no al proyecto.",
            },
            {
                "nl": "Het aanbod komt terwijl de keuze van leverancier nog openligt.",
                "fr": "L'offre arrive alors que le choix du fournisseur n'est pas encore fait.",
                "en": "The offer comes while the choice of supplier is still open.",
                "es": "La oferta llega cuando la elección del proveedor aún está abierta.",
            },
            {
                "nl": "“Zo gaat dat nu eenmaal” moet het normaal doen klinken.",
                "fr": (
                    "«\u202fC'est comme ça dans le secteur\u202f» doit faire passer la chose pour "
                    "normale."
                ),
                "en": "“That is how it works in the sector” is meant to make it sound normal.",
                "es": "“Así funciona el sector” busca que parezca normal.",
            },
            {
                "nl": "Een “goed doel” moet het onschuldig doen lijken.",
                "fr": "Une «\u202fbonne cause\u202f» est avancée pour la rendre anodine.",
                "en": "A “good cause” is suggested to make it look harmless.",
                "es": "Se menciona una “buena causa” para que parezca inofensivo.",
            },
        ],
        "what_to_do": {
            "nl": (
                "<p>Een commissie in ruil voor een bestelling is omkoping, hoe je het ook noemt. "
                "Weiger duidelijk en zorg dat de keuze eerlijk blijft.</p><ul><li>Wijs het aanbod "
                "meteen af, zonder te onderhandelen, en noteer wat er gezegd werd, wanneer en "
                "door wie.</li><li>Breng nog dezelfde dag je diensthoofd en de raadgever "
                "integriteit op de hoogte.</li><li>Vergelijk de offertes op de criteria die "
                "vooraf vastlagen, en leg die vergelijking vast in het dossier.</li><li>Beslis "
                "samen met de programmabeheerder of financieel beheerder of deze leverancier in "
                "de procedure kan blijven.</li></ul>"
            ),
            "fr": (
                "<p>Une commission en échange d'une commande est un pot-de-vin, quel que soit le "
                "nom qu'on lui donne. Refusez clairement et veillez à ce que le choix reste "
                "équitable.</p><ul><li>Déclinez l'offre immédiatement, sans négocier, et notez ce "
                "qui a été dit, quand et par qui.</li><li>Informez le jour même votre chef de "
                "service et le conseiller en intégrité.</li><li>Comparez les devis selon les "
                "critères fixés à l'avance et consignez cette comparaison dans le "
                "dossier.</li><li>Décidez avec le gestionnaire de programme ou le gestionnaire "
                "financier si ce fournisseur peut rester dans la procédure.</li></ul>"
            ),
            "en": (
                "<p>A commission in exchange for an order is a bribe, whatever it is called. "
                "Refuse clearly and make sure the choice stays fair.</p><ul><li>Turn the offer "
                "down straight away, without negotiating, and write down what was said, when and "
                "by whom.</li><li>Tell your head of department and the integrity adviser the same "
                "day.</li><li>Compare the quotes on the criteria set in advance, and record the "
                "comparison in the file.</li><li>Decide with the programme or financial manager "
                "whether this supplier can stay in the procedure.</li></ul>"
            ),
            "es": (
                "<p>Una comisión a cambio de un pedido es un soborno, se llame como se llame. "
                "Rechácela con claridad y asegúrese de que la elección siga siendo "
                "justa.</p><ul><li>Rechace la oferta de inmediato, sin negociar, y anote qué se "
                "dijo, cuándo y quién lo dijo.</li><li>Informe ese mismo día a su jefe de "
                "departamento y al asesor de integridad.</li><li>Compare las cotizaciones según "
                "los criterios fijados de antemano y deje constancia de la comparación en el "
                "expediente.</li><li>Decida con el gestor del programa o el gestor financiero si "
                "este proveedor puede seguir en el procedimiento.</li></ul>"
            ),
        },
        "rule": {
            "nl": (
                "Je laat je werk niet kopen of beïnvloeden door geld, goederen, diensten of "
                "andere gunsten die je gegeven of beloofd worden."
            ),
            "fr": (
                "Vous ne laissez pas votre travail être acheté ou influencé par de l'argent, des "
                "biens, des services ou d'autres faveurs qu'on vous donne ou vous promet."
            ),
            "en": (
                "You do not let your work be bought or influenced by money, goods, services or "
                "other favours given or promised to you."
            ),
            "es": (
                "Usted no deja que su trabajo se compre ni se vea influido por dinero, bienes, "
                "servicios u otros favores que le den o le prometan."
            ),
        },
    },
    {
        "key": "splitting-a-purchase",
        "themes": ["financial_integrity"],
        "values": ["integrity", "professionalism"],
        "contact": "financial_manager",
        "related_dilemmas": [],
        "related_courses": ["integrity-policy"],
        "title": {
            "nl": "Een aankoop opsplitsen om een aanbesteding te vermijden",
            "fr": "Fractionner un achat pour éviter un appel d'offres",
            "en": "Splitting a purchase to avoid a tender",
            "es": "Dividir una compra para evitar una licitación",
        },
        "slug": {
            "nl": "een-aankoop-opsplitsen-om-een-aanbesteding-te-vermijden",
            "fr": "fractionner-un-achat-pour-eviter-un-appel-d-offres",
            "en": "splitting-a-purchase-to-avoid-a-tender",
            "es": "dividir-una-compra-para-evitar-una-licitacion",
        },
        "summary": {
            "nl": (
                "Om tijd te winnen stelde een partnergemeente voor om schoolmeubilair in drie "
                "bestellingen te kopen, elk net onder de drempel voor een aanbesteding."
            ),
            "fr": (
                "Pour gagner du temps, une commune partenaire a proposé de commander du mobilier "
                "scolaire en trois fois, chaque commande restant sous le seuil d'appel d'offres."
            ),
            "en": (
                "To save time, a partner municipality proposed buying school furniture in three "
                "separate orders, each just under the tender threshold."
            ),
            "es": (
                "Para ganar tiempo, un municipio socio propuso comprar mobiliario escolar en tres "
                "pedidos, cada uno justo por debajo del umbral de licitación."
            ),
        },
        "situation": {
            "nl": (
                "<p>Een partnergemeente in Burkina Faso moest vier klaslokalen inrichten voor het "
                "begin van het schooljaar. Het totaalbedrag lag ruim boven de grens waarboven de "
                "financiële handleiding een aanbesteding en een schriftelijk gunningsverslag "
                "vraagt.</p><p>Zes weken voor de start schreef de financieel verantwoordelijke "
                "van de gemeente aan de stedenbandcoördinator van Heidebroek: “Als we drie "
                "bestellingen plaatsen, één per maand, blijft elke bestelling onder de drempel en "
                "kunnen we kopen bij de lokale schrijnwerker die we kennen. Anders zitten de "
                "kinderen in oktober op de grond.” Hij vroeg om een snel akkoord per mail.</p>"
            ),
            "fr": (
                "<p>Une commune partenaire au Burkina Faso devait équiper quatre salles de classe "
                "avant la rentrée. Le montant total dépassait largement le seuil au-delà duquel "
                "le manuel financier exige un appel d'offres et un rapport d'attribution "
                "écrit.</p><p>À six semaines de la rentrée, le responsable financier de la "
                "commune a écrit au coordinateur de jumelage de Heidebroek\u202f: «\u202fSi nous "
                "passons trois commandes, une par mois, chacune reste sous le seuil et nous "
                "pouvons acheter chez le menuisier local que nous connaissons. Sinon, les enfants "
                "seront assis par terre en octobre.\u202f» Il demandait un accord rapide par "
                "e-mail.</p>"
            ),
            "en": (
                "<p>A partner municipality in Burkina Faso had to furnish four classrooms before "
                "the school year started. The total came to well above the amount from which the "
                "financial handbook requires a call for tenders and a written selection "
                "report.</p><p>Six weeks before the start, the municipality's finance officer "
                "wrote to the twinning coordinator of Heidebroek: “If we place three orders, one "
                "a month, each stays under the threshold and we can buy from the local carpenter "
                "we know. Otherwise the children will be sitting on the floor in October.” He "
                "asked for a quick yes by email.</p>"
            ),
            "es": (
                "<p>Un municipio socio en Burkina Faso debía equipar cuatro aulas antes del "
                "inicio del año escolar. El monto total superaba con creces el umbral a partir "
                "del cual el manual financiero exige una licitación y un informe de adjudicación "
                "por escrito.</p><p>A seis semanas del inicio de clases, el responsable "
                "financiero del municipio escribió al coordinador del hermanamiento de "
                "Heidebroek: “Si hacemos tres pedidos, uno por mes, cada uno queda por debajo del "
                "umbral y podemos comprarle al carpintero local que conocemos. Si no, en octubre "
                "los niños estarán sentados en el suelo.” Pedía una aprobación rápida por "
                "correo.</p>"
            ),
        },
        "signals": [
            {
                "nl": "Eén aankoop wordt opgeknipt in delen die elk net onder een drempel vallen.",
                "fr": "Un seul achat est découpé en lots qui restent chacun juste sous un seuil.",
                "en": "One purchase is cut into parts that each land just under a threshold.",
                "es": (
                    "Una sola compra se divide en partes que quedan justo por debajo de un umbral."
                ),
            },
            {
                "nl": "Tijdsdruk wordt gebruikt om een procedure over te slaan.",
                "fr": "L'urgence sert à sauter une procédure.",
                "en": "Time pressure is used to skip a procedure.",
                "es": "La urgencia se usa para saltarse un procedimiento.",
            },
            {
                "nl": "De leverancier staat al vast voor er één offerte gevraagd is.",
                "fr": "Le fournisseur est choisi avant qu'un seul devis ait été demandé.",
                "en": "The supplier has been chosen before a single quote was requested.",
                "es": "El proveedor ya está elegido antes de pedir una sola cotización.",
            },
            {
                "nl": "Er wordt snel en informeel om een akkoord gevraagd, per mail.",
                "fr": "On vous demande un accord rapide et informel, par e-mail.",
                "en": "A quick, informal approval is requested by email.",
                "es": "Se pide una aprobación rápida e informal, por correo.",
            },
        ],
        "what_to_do": {
            "nl": (
                "<p>Een aankoop opsplitsen om onder een drempel te blijven, is de regels "
                "omzeilen, ook als de nood echt is. Zoek een oplossing die zowel snel als correct "
                "is.</p><ul><li>Geef geen akkoord per mail, en leg uit dat de aankoop als één "
                "bestelling telt.</li><li>Neem contact op met de programmabeheerder of financieel "
                "beheerder om te bekijken of een verkorte procedure mogelijk is.</li><li>Start de "
                "aanbesteding meteen, nodig ook de lokale schrijnwerker uit om een offerte in te "
                "dienen, en vergelijk de offertes open.</li><li>Bewaar de offertes, de "
                "vergelijking en de beslissing samen in het projectdossier.</li></ul>"
            ),
            "fr": (
                "<p>Fractionner un achat pour rester sous un seuil revient à contourner les "
                "règles, même quand le besoin est réel. Cherchez une solution à la fois rapide et "
                "correcte.</p><ul><li>Ne donnez pas votre accord par e-mail, et expliquez que "
                "l'achat compte comme une seule commande.</li><li>Contactez le gestionnaire de "
                "programme ou le gestionnaire financier pour voir si une procédure accélérée est "
                "possible.</li><li>Lancez l'appel d'offres sans attendre, invitez aussi le "
                "menuisier local à soumettre une offre, et comparez les offres en toute "
                "transparence.</li><li>Conservez les offres, la comparaison et la décision "
                "ensemble dans le dossier du projet.</li></ul>"
            ),
            "en": (
                "<p>Splitting a purchase to stay under a threshold is a way around the rules, "
                "even when the need is real. Look for a solution that is both fast and "
                "correct.</p><ul><li>Do not give your approval by email, and explain that the "
                "purchase counts as one order.</li><li>Contact the programme or financial manager "
                "to see whether a shortened procedure is possible.</li><li>Launch the call for "
                "tenders right away, invite the local carpenter to bid as well, and compare the "
                "offers openly.</li><li>Keep the offers, the comparison and the decision together "
                "in the project file.</li></ul>"
            ),
            "es": (
                "<p>Dividir una compra para quedar por debajo de un umbral es eludir las normas, "
                "aunque la necesidad sea real. Busque una solución que sea rápida y correcta a la "
                "vez.</p><ul><li>No dé su aprobación por correo, y explique que la compra cuenta "
                "como un solo pedido.</li><li>Contacte al gestor del programa o al gestor "
                "financiero para ver si es posible un procedimiento abreviado.</li><li>Lance la "
                "licitación de inmediato, invite también al carpintero local a presentar una "
                "oferta y compare las ofertas de forma transparente.</li><li>Guarde las ofertas, "
                "la comparación y la decisión juntas en el expediente del proyecto.</li></ul>"
            ),
        },
        "rule": {
            "nl": (
                "Je werkt volgens de bestaande regels en de wetten die gelden in de sector en in "
                "het land."
            ),
            "fr": (
                "Vous travaillez selon les règles existantes et les lois en vigueur dans le "
                "secteur et dans le pays."
            ),
            "en": (
                "You work according to the existing rules and the laws that apply in the sector "
                "and in the country."
            ),
            "es": (
                "Usted trabaja conforme a las normas existentes y a las leyes vigentes en el "
                "sector y en el país."
            ),
        },
    },
    {
        "key": "allowances-in-cash-without-receipts",
        "themes": ["financial_integrity", "cultural_sensitivity"],
        "values": ["integrity"],
        "contact": "financial_manager",
        "related_dilemmas": ["per-diem-and-receipts"],
        "related_courses": [],
        "title": {
            "nl": "Vergoedingen in cash, zonder ontvangstbewijs",
            "fr": "Des indemnités en espèces, sans reçu",
            "en": "Allowances in cash, without receipts",
            "es": "Pagos en efectivo, sin recibo",
        },
        "slug": {
            "nl": "vergoedingen-in-cash-zonder-ontvangstbewijs",
            "fr": "des-indemnites-en-especes-sans-recu",
            "en": "allowances-in-cash-without-receipts",
            "es": "pagos-en-efectivo-sin-recibo",
        },
        "summary": {
            "nl": (
                "Tijdens een werkbezoek vroeg een partnergemeente de Vlaamse delegatie om lokale "
                "gidsen cash te vergoeden, zonder enig ontvangstbewijs."
            ),
            "fr": (
                "Lors d'une visite de travail, une commune partenaire a demandé à la délégation "
                "flamande de payer des guides locaux en espèces, sans aucun reçu."
            ),
            "en": (
                "During a work visit, a partner municipality asked the Flemish delegation to pay "
                "local guides in cash, without any receipt."
            ),
            "es": (
                "Durante una visita de trabajo, un municipio socio pidió a la delegación flamenca "
                "pagar en efectivo a guías locales, sin ningún recibo."
            ),
        },
        "situation": {
            "nl": (
                "<p>Op de derde dag van een werkbezoek aan een partnergemeente in Peru had de "
                "stedenbandcoördinator van Lindenhove het voorschot voor de reis in cash bij "
                "zich. Die avond vroeg de administratief directeur van de partnergemeente hem om "
                "de acht gidsen uit de gemeenschap te vergoeden die de terreinbezoeken hadden "
                "begeleid: 60 soles per persoon per dag, in cash.</p><p>Toen de coördinator de "
                "formulieren voor ontvangstbewijzen bovenhaalde, schudde de directeur het hoofd. "
                "“Ze hebben geen fiscaal nummer, en een handtekening op papier bezorgt hen alleen "
                "maar last. We hebben het altijd zo gedaan. Je schrijft gewoon één lijn in je "
                "boekhouding.”</p>"
            ),
            "fr": (
                "<p>Le troisième jour d'une visite de travail dans une commune partenaire au "
                "Pérou, le coordinateur de jumelage de Lindenhove avait sur lui l'avance en "
                "espèces du voyage. Ce soir-là, le directeur administratif de la commune lui a "
                "demandé de payer les huit guides communautaires qui avaient accompagné les "
                "visites de terrain\u202f: 60 soles par personne et par jour, en "
                "espèces.</p><p>Quand le coordinateur a sorti les formulaires de reçu, le "
                "directeur a secoué la tête. «\u202fIls n'ont pas de numéro fiscal, et une "
                "signature sur papier ne leur apporte que des ennuis. On a toujours fait comme "
                "ça. Vous n'avez qu'à écrire une ligne dans votre comptabilité.\u202f»</p>"
            ),
            "en": (
                "<p>On the third day of a work visit to a partner municipality in Peru, the "
                "twinning coordinator of Lindenhove was carrying the cash advance for the trip. "
                "That evening the municipality's administrative director asked him to pay the "
                "eight community guides who had accompanied the field visits: 60 soles per person "
                "per day, in cash.</p><p>When the coordinator took out the receipt forms, the "
                "director shook his head. “They have no tax number, and a signature on paper only "
                "gets them into trouble. We have always done it this way. You just write one line "
                "in your accounts.”</p>"
            ),
            "es": (
                "<p>El tercer día de una visita de trabajo a un municipio socio en Perú, el "
                "coordinador del hermanamiento de Lindenhove llevaba consigo el adelanto en "
                "efectivo del viaje. Esa noche, el gerente municipal le pidió que pagara a los "
                "ocho guías comunitarios que habían acompañado las visitas de campo: 60 soles por "
                "persona y por día, en efectivo.</p><p>Cuando el coordinador sacó los formularios "
                "de recibo, el gerente negó con la cabeza. “No tienen RUC, y una firma en un "
                "papel solo les trae problemas. Siempre lo hemos hecho así. Usted anota una sola "
                "línea en su contabilidad y listo.”</p>"
            ),
        },
        "signals": [
            {
                "nl": "Een betaling met publiek geld zou geen spoor nalaten van wie wat ontving.",
                "fr": (
                    "Un paiement sur fonds publics ne laisserait aucune trace de qui a reçu quoi."
                ),
                "en": "A payment of public money would leave no trace of who received what.",
                "es": "Un pago con fondos públicos no dejaría constancia de quién recibió qué.",
            },
            {
                "nl": "“Zo hebben we het altijd gedaan” vervangt een uitleg.",
                "fr": "«\u202fOn a toujours fait comme ça\u202f» tient lieu d'explication.",
                "en": "“We have always done it this way” takes the place of an explanation.",
                "es": "“Siempre lo hemos hecho así” reemplaza una explicación.",
            },
            {
                "nl": "Belastingen of papierwerk vermijden wordt als reden gegeven.",
                "fr": "La raison invoquée est d'éviter l'impôt ou la paperasse.",
                "en": "Avoiding tax or paperwork is given as the reason.",
                "es": "La razón que se da es evitar impuestos o trámites.",
            },
            {
                "nl": "Jij hebt het geld op zak, ver van het kantoor.",
                "fr": "C'est vous qui avez l'argent en poche, loin du bureau.",
                "en": "You are the one carrying the cash, far from the office.",
                "es": "Usted lleva el dinero encima, lejos de la oficina.",
            },
        ],
        "what_to_do": {
            "nl": (
                "<p>Voor elke betaling uit het programma moet je kunnen aantonen wie hoeveel "
                "ontving en waarom. Een eenvoudige ondertekende lijst volstaat, maar die moet er "
                "wel zijn.</p><ul><li>Leg rustig uit dat de financier elke betaling controleert, "
                "en dat dit ook de gidsen beschermt.</li><li>Betaal alleen tegen een lijst met de "
                "naam van elke persoon, de gewerkte dagen, het bedrag en een handtekening of "
                "vingerafdruk.</li><li>Betaal in het bijzijn van een tweede persoon, bij voorkeur "
                "iemand van de partnergemeente.</li><li>Weigert de partner, betaal dan niet en "
                "neem nog voor de volgende dag contact op met de programmabeheerder of financieel "
                "beheerder.</li></ul>"
            ),
            "fr": (
                "<p>Pour chaque paiement du programme, vous devez pouvoir montrer qui a reçu "
                "combien et pourquoi. Une simple liste signée suffit, mais elle doit "
                "exister.</p><ul><li>Expliquez calmement que le bailleur contrôle chaque "
                "paiement, et que cela protège aussi les guides.</li><li>Ne payez que contre une "
                "liste indiquant le nom de chaque personne, les jours travaillés, le montant et "
                "une signature ou une empreinte digitale.</li><li>Effectuez le paiement en "
                "présence d'une deuxième personne, de préférence de la commune "
                "partenaire.</li><li>Si le partenaire refuse, ne payez pas et contactez le "
                "gestionnaire de programme ou le gestionnaire financier avant le "
                "lendemain.</li></ul>"
            ),
            "en": (
                "<p>For every payment from the programme, you must be able to show who received "
                "how much and why. A simple signed list is enough, but there has to be "
                "one.</p><ul><li>Explain calmly that the funder checks every payment, and that "
                "this protects the guides too.</li><li>Pay only against a list with each person's "
                "name, the days worked, the amount and a signature or thumbprint.</li><li>Make "
                "the payment with a second person present, preferably someone from the partner "
                "municipality.</li><li>If the partner refuses, do not pay, and contact the "
                "programme or financial manager before the next day.</li></ul>"
            ),
            "es": (
                "<p>Para cada pago del programa, usted debe poder demostrar quién recibió cuánto "
                "y por qué. Basta una simple lista firmada, pero tiene que "
                "existir.</p><ul><li>Explique con calma que el financiador revisa cada pago y que "
                "eso también protege a los guías.</li><li>Pague solo contra una lista con el "
                "nombre de cada persona, los días trabajados, el monto y una firma o huella "
                "digital.</li><li>Haga el pago en presencia de una segunda persona, de "
                "preferencia alguien del municipio socio.</li><li>Si el socio se niega, no pague "
                "y contacte al gestor del programa o al gestor financiero antes del día "
                "siguiente.</li></ul>"
            ),
        },
        "rule": {
            "nl": (
                "Je zorgt voor een correcte en heldere financiële verantwoording, zowel intern "
                "als extern."
            ),
            "fr": (
                "Vous rendez des comptes financiers corrects et clairs, en interne comme en "
                "externe."
            ),
            "en": "You account for money correctly and clearly, both internally and externally.",
            "es": (
                "Usted rinde cuentas financieras de forma correcta y clara, tanto interna como "
                "externamente."
            ),
        },
    },
    {
        "key": "project-vehicle-on-the-campaign-trail",
        "themes": ["use_of_means", "reporting_misconduct"],
        "values": ["sustainability", "integrity"],
        "contact": "complaints_manager",
        "related_dilemmas": ["service-car-for-the-weekend"],
        "related_courses": ["ethics-code"],
        "title": {
            "nl": "De projectwagen op campagne",
            "fr": "Le véhicule du projet en campagne électorale",
            "en": "The project vehicle on the campaign trail",
            "es": "El vehículo del proyecto en campaña",
        },
        "slug": {
            "nl": "de-projectwagen-op-campagne",
            "fr": "le-vehicule-du-projet-en-campagne-electorale",
            "en": "the-project-vehicle-on-the-campaign-trail",
            "es": "el-vehiculo-del-proyecto-en-campana",
        },
        "summary": {
            "nl": (
                "Vlak voor lokale verkiezingen zag een projectmedewerker de pick-up van de "
                "stedenband rondrijden met affiches en een luidspreker van een partij."
            ),
            "fr": (
                "Peu avant des élections locales, une chargée de projet a vu le pick-up du "
                "jumelage circuler avec les affiches et le haut-parleur d'un parti."
            ),
            "en": (
                "Shortly before local elections, a project officer saw the twinning link's "
                "pick-up driving around with a party's posters and loudspeaker."
            ),
            "es": (
                "Poco antes de unas elecciones locales, una encargada de proyecto vio la "
                "camioneta del hermanamiento circular con carteles y altavoz de un partido."
            ),
        },
        "situation": {
            "nl": (
                "<p>Drie weken voor de lokale verkiezingen was een projectmedewerker van "
                "Wilgenaarde op werkbezoek bij de partnergemeente in Senegal. Op zaterdagochtend "
                "zag ze de pick-up van het project, met stedenbandmiddelen gekocht voor de "
                "afvalophaling, over de markt rijden met partijaffiches op de portieren en een "
                "luidspreker op het dak.</p><p>Aan het stuur zat een collega uit het projectteam "
                "van de partner, die kandidaat was voor de gemeenteraad. Toen ze hem erover "
                "aansprak, lachte hij: “Het is weekend, en de brandstof betaal ik zelf. Iedereen "
                "doet het.”</p>"
            ),
            "fr": (
                "<p>Trois semaines avant les élections locales, une chargée de projet de "
                "Wilgenaarde était en visite de travail dans la commune partenaire au Sénégal. Le "
                "samedi matin, elle a vu le pick-up du projet, acheté avec les fonds du jumelage "
                "pour la collecte des déchets, traverser le marché avec des affiches de parti sur "
                "les portières et un haut-parleur sur le toit.</p><p>Au volant se trouvait un "
                "collègue de l'équipe de projet du partenaire, candidat au conseil municipal. "
                "Quand elle lui en a parlé, il a ri\u202f: «\u202fC'est le week-end, et le "
                "carburant, je le paie moi-même. Tout le monde fait ça.\u202f»</p>"
            ),
            "en": (
                "<p>Three weeks before the local elections, a project officer from Wilgenaarde "
                "was on a work visit to the partner municipality in Senegal. On Saturday morning "
                "she saw the project's pick-up, bought with twinning funds for waste collection, "
                "drive through the market with party posters on the doors and a loudspeaker on "
                "the roof.</p><p>At the wheel sat a colleague from the partner's project team, "
                "who was standing for the municipal council. When she raised it with him, he "
                "laughed: “It's the weekend, and I pay for the fuel myself. Everybody does "
                "it.”</p>"
            ),
            "es": (
                "<p>Tres semanas antes de las elecciones locales, una encargada de proyecto de "
                "Wilgenaarde estaba de visita de trabajo en el municipio socio en Senegal. El "
                "sábado por la mañana vio la camioneta del proyecto, comprada con fondos del "
                "hermanamiento para la recolección de residuos, cruzar el mercado con carteles de "
                "un partido en las puertas y un altavoz en el techo.</p><p>Al volante iba un "
                "colega del equipo de proyecto del socio, candidato al concejo municipal. Cuando "
                "ella se lo comentó, él se rio: “Es fin de semana y el combustible lo pago yo. "
                "Todo el mundo lo hace.”</p>"
            ),
        },
        "signals": [
            {
                "nl": "Een voertuig betaald met publiek geld draagt de kleuren van een partij.",
                "fr": "Un véhicule payé avec de l'argent public porte les couleurs d'un parti.",
                "en": "A vehicle paid for with public money carries a party's colours.",
                "es": "Un vehículo pagado con fondos públicos lleva los colores de un partido.",
            },
            {
                "nl": "Zelf de brandstof betalen zou alles in orde maken.",
                "fr": "Payer soi-même le carburant est censé tout régler.",
                "en": "Paying for the fuel yourself is supposed to make it all right.",
                "es": "Pagar uno mismo el combustible supuestamente lo arregla todo.",
            },
            {
                "nl": "In de ogen van de inwoners raakt het project verbonden met één kandidaat.",
                "fr": "Aux yeux des habitants, le projet se retrouve associé à un seul candidat.",
                "en": "In the eyes of residents, the project becomes linked to one candidate.",
                "es": "Para los vecinos, el proyecto queda asociado a un solo candidato.",
            },
            {
                "nl": "“Iedereen doet het” is de enige rechtvaardiging.",
                "fr": "«\u202fTout le monde fait ça\u202f» est la seule justification.",
                "en": "“Everybody does it” is the only justification.",
                "es": "“Todo el mundo lo hace” es la única justificación.",
            },
        ],
        "what_to_do": {
            "nl": (
                "<p>Projectmiddelen dienen het project en alle inwoners, ongeacht hun politieke "
                "kleur. Misbruik ervan meld je, ook als je er zelf niet rechtstreeks bij "
                "betrokken bent.</p><ul><li>Als het veilig voelt, zeg je de collega rustig dat de "
                "wagen niet voor de campagne gebruikt mag worden, ook niet in het "
                "weekend.</li><li>Noteer wat je zag: datum, plaats en wat er op het voertuig "
                "stond.</li><li>Breng de stedenbandcoördinator op de hoogte, die het kan "
                "aankaarten bij de leiding van de partnergemeente.</li><li>Gaat het door, gebruik "
                "dan het klachtenformulier: de klachtenmanager speelt meldingen over "
                "gemeentepersoneel door aan de betrokken gemeente en kan de opvolging "
                "ondersteunen.</li></ul>"
            ),
            "fr": (
                "<p>Les moyens du projet servent le projet et tous les habitants, quelle que soit "
                "leur couleur politique. Un abus se signale, même si vous n'y êtes pas "
                "directement mêlé.</p><ul><li>Si vous vous sentez en sécurité, dites calmement au "
                "collègue que le véhicule ne peut pas servir à la campagne, pas même le "
                "week-end.</li><li>Notez ce que vous avez vu\u202f: la date, le lieu et ce qui "
                "figurait sur le véhicule.</li><li>Informez le coordinateur de jumelage, qui peut "
                "en parler à la direction de la commune partenaire.</li><li>Si cela continue, "
                "utilisez le formulaire de plainte\u202f: le gestionnaire des plaintes transmet "
                "les signalements concernant le personnel communal à la commune concernée et peut "
                "soutenir le suivi.</li></ul>"
            ),
            "en": (
                "<p>Project means serve the project and all residents, whatever their political "
                "colour. Misuse is something you report, even when you are not directly involved "
                "yourself.</p><ul><li>If it feels safe, tell the colleague calmly that the "
                "vehicle may not be used for the campaign, not even at weekends.</li><li>Write "
                "down what you saw: the date, the place and what was on the "
                "vehicle.</li><li>Inform the twinning coordinator, who can raise it with the "
                "partner municipality's management.</li><li>If it continues, use the complaint "
                "form: the complaints manager passes reports about municipal staff on to the "
                "municipality concerned and can support the follow-up.</li></ul>"
            ),
            "es": (
                "<p>Los medios del proyecto sirven al proyecto y a todos los vecinos, sea cual "
                "sea su color político. Un abuso se informa, aunque usted no esté directamente "
                "implicado.</p><ul><li>Si se siente seguro, dígale con calma al colega que el "
                "vehículo no puede usarse para la campaña, tampoco el fin de "
                "semana.</li><li>Anote lo que vio: la fecha, el lugar y lo que llevaba el "
                "vehículo.</li><li>Informe al coordinador del hermanamiento, que puede plantearlo "
                "a la dirección del municipio socio.</li><li>Si continúa, utilice el formulario "
                "de quejas: el gestor de quejas transmite los informes sobre personal municipal "
                "al municipio correspondiente y puede apoyar el seguimiento.</li></ul>"
            ),
        },
        "rule": {
            "nl": (
                "Je gaat verantwoord en zuinig om met de materialen, goederen en financiën die je "
                "ter beschikking krijgt."
            ),
            "fr": (
                "Vous utilisez de manière responsable et économe le matériel, les biens et les "
                "fonds mis à votre disposition."
            ),
            "en": (
                "You use the materials, goods and funds made available to you responsibly and "
                "frugally."
            ),
            "es": (
                "Usted utiliza de forma responsable y austera los materiales, bienes y fondos "
                "puestos a su disposición."
            ),
        },
    },
    {
        "key": "childrens-photos-on-social-media",
        "themes": ["confidentiality", "discrimination_respect"],
        "values": ["professionalism", "collegiality"],
        "contact": "integrity_adviser",
        "related_dilemmas": ["list-of-beneficiaries"],
        "related_courses": [],
        "title": {
            "nl": "Foto's van kinderen op sociale media",
            "fr": "Des photos d'enfants sur les réseaux sociaux",
            "en": "Children's photos on social media",
            "es": "Fotos de niños en las redes sociales",
        },
        "slug": {
            "nl": "fotos-van-kinderen-op-sociale-media",
            "fr": "des-photos-d-enfants-sur-les-reseaux-sociaux",
            "en": "childrens-photos-on-social-media",
            "es": "fotos-de-ninos-en-las-redes-sociales",
        },
        "summary": {
            "nl": (
                "Na een werkbezoek verschenen foto's van kinderen uit een schoolrefter op de "
                "pagina van de gemeente, met namen, zonder dat iemand toestemming gaf."
            ),
            "fr": (
                "Après une visite de travail, des photos d'enfants d'une cantine scolaire ont "
                "paru sur la page de la commune, avec leurs prénoms et sans accord."
            ),
            "en": (
                "After a work visit, photos of children in a school canteen appeared on the "
                "municipality's page, with names, without anyone's consent."
            ),
            "es": (
                "Tras una visita de trabajo, fotos de niños de un comedor escolar aparecieron en "
                "la página del municipio, con nombres y sin consentimiento."
            ),
        },
        "situation": {
            "nl": (
                "<p>Tijdens een werkbezoek aan de partnergemeente in Ecuador bezocht de Vlaamse "
                "delegatie een schoolrefter die door de stedenband gesteund wordt. Een van de "
                "delegatieleden, een schepen, nam tientallen foto's: kinderen die aten, een "
                "meisje met een versleten schoen, een jongen die huilde in de rij.</p><p>Terug "
                "thuis verschenen de beste foto's op de Facebookpagina van de gemeente, onder de "
                "titel “Daarom helpen we”, met de naam van de school en de voornamen van enkele "
                "kinderen. Niemand had het aan de kinderen, hun ouders of de school gevraagd. Een "
                "collega van de partnergemeente stuurde een kort bericht: “De ouders hebben het "
                "gezien. Ze zijn niet blij.”</p>"
            ),
            "fr": (
                "<p>Lors d'une visite de travail dans la commune partenaire en Équateur, la "
                "délégation flamande a visité une cantine scolaire soutenue par le jumelage. L'un "
                "des membres de la délégation, un échevin, a pris des dizaines de photos\u202f: "
                "des enfants à table, une fillette à la chaussure usée, un garçon en pleurs dans "
                "la file.</p><p>De retour, les meilleures photos ont paru sur la page Facebook de "
                "la commune, sous le titre «\u202fVoilà pourquoi nous aidons\u202f», avec le nom "
                "de l'école et le prénom de quelques enfants. Personne n'avait demandé l'avis des "
                "enfants, de leurs parents ni de l'école. Une collègue du partenaire a "
                "écrit\u202f: «\u202fLes parents l'ont vu. Ils ne sont pas contents.\u202f»</p>"
            ),
            "en": (
                "<p>During a work visit to the partner municipality in Ecuador, the Flemish "
                "delegation visited a school canteen supported by the twinning link. One "
                "delegation member, an alderman, took dozens of photos: children eating, a girl "
                "with a worn-out shoe, a boy crying in the queue.</p><p>Back home, the best shots "
                "appeared on the municipality's Facebook page under the heading “This is why we "
                "help”, with the name of the school and the first names of some of the children. "
                "Nobody had asked the children, their parents or the school. A colleague from the "
                "partner municipality sent a short message: “The parents have seen it. They are "
                "not happy.”</p>"
            ),
            "es": (
                "<p>Durante una visita de trabajo al municipio socio en Ecuador, la delegación "
                "flamenca visitó un comedor escolar apoyado por el hermanamiento. Uno de los "
                "miembros de la delegación, un concejal, tomó decenas de fotos: niños comiendo, "
                "una niña con un zapato gastado, un niño llorando en la fila.</p><p>De vuelta en "
                "Bélgica, las mejores fotos aparecieron en la página de Facebook del municipio, "
                "bajo el título “Por esto ayudamos”, con el nombre de la escuela y el nombre de "
                "pila de algunos niños. Nadie había pedido permiso a los niños, a sus padres ni a "
                "la escuela. Una colega del municipio socio envió un mensaje breve: “Los padres "
                "lo vieron. No están contentos.”</p>"
            ),
        },
        "signals": [
            {
                "nl": "Kinderen zijn herkenbaar, met naam en plaats.",
                "fr": "Les enfants sont reconnaissables, nommés et faciles à localiser.",
                "en": "Children can be recognised, named and located.",
                "es": "Los niños se pueden reconocer, nombrar y ubicar.",
            },
            {
                "nl": "Niemand gaf toestemming: de kinderen niet, de ouders niet, de school niet.",
                "fr": (
                    "Personne n'a donné son accord\u202f: ni les enfants, ni les parents, ni "
                    "l'école."
                ),
                "en": "Nobody gave consent: not the children, not the parents, not the school.",
                "es": "Nadie dio su consentimiento: ni los niños, ni los padres, ni la escuela.",
            },
            {
                "nl": "De beelden tonen mensen op hun kwetsbaarst om een publiek te raken.",
                "fr": (
                    "Les images montrent des personnes au plus vulnérable pour émouvoir le public."
                ),
                "en": "The images show people at their most vulnerable to move an audience.",
                "es": (
                    "Las imágenes muestran a personas en su momento más vulnerable para conmover "
                    "al público."
                ),
            },
            {
                "nl": "De partner hoort het pas achteraf.",
                "fr": "Le partenaire l'apprend après coup.",
                "en": "The partner only hears about it afterwards.",
                "es": "El socio se entera después.",
            },
        ],
        "what_to_do": {
            "nl": (
                "<p>Begunstigden behouden het recht op hun eigen beeld en hun waardigheid, "
                "kinderen in de eerste plaats. Beperk eerst de schade en spreek dan af hoe je "
                "voortaan werkt.</p><ul><li>Vraag om de foto's vandaag nog offline te halen, waar "
                "mogelijk ook gedeelde kopieën.</li><li>Bied via de partnergemeente je excuses "
                "aan aan de school en de ouders.</li><li>Vraag voortaan toestemming voor je "
                "fotografeert, vermijd namen en plaatsen, en kies beelden die mensen in hun "
                "waardigheid tonen.</li><li>Neem de afspraken op in de briefing voor de volgende "
                "delegatie, en vraag de raadgever integriteit om hulp als er onenigheid "
                "is.</li></ul>"
            ),
            "fr": (
                "<p>Les bénéficiaires gardent le droit à leur image et à leur dignité, les "
                "enfants avant tout. Limitez d'abord les dégâts, puis convenez de la manière de "
                "travailler à l'avenir.</p><ul><li>Demandez que les photos soient retirées "
                "aujourd'hui même, y compris les copies partagées si possible.</li><li>Présentez "
                "vos excuses à l'école et aux parents par l'intermédiaire de la commune "
                "partenaire.</li><li>Désormais, demandez l'accord avant de photographier, évitez "
                "les noms et les lieux, et choisissez des images qui montrent les personnes dans "
                "leur dignité.</li><li>Intégrez ces règles au briefing de la prochaine "
                "délégation, et demandez l'aide du conseiller en intégrité en cas de "
                "désaccord.</li></ul>"
            ),
            "en": (
                "<p>Beneficiaries keep the right to their own image and their dignity, children "
                "above all. Limit the harm first, then agree on how you will work from now "
                "on.</p><ul><li>Ask for the photos to be taken down today, including shared "
                "copies where possible.</li><li>Apologise to the school and the parents through "
                "the partner municipality.</li><li>From now on, ask for consent before taking "
                "photos, leave out names and places, and choose images that show people with "
                "dignity.</li><li>Put these agreements in the briefing for the next delegation, "
                "and ask the integrity adviser for help if there is disagreement.</li></ul>"
            ),
            "es": (
                "<p>Los beneficiarios conservan el derecho a su propia imagen y a su dignidad, y "
                "los niños ante todo. Limite primero el daño y luego acuerde cómo trabajar en "
                "adelante.</p><ul><li>Pida que las fotos se retiren hoy mismo, incluidas, si es "
                "posible, las copias compartidas.</li><li>Presente disculpas a la escuela y a los "
                "padres a través del municipio socio.</li><li>En adelante, pida consentimiento "
                "antes de fotografiar, evite nombres y lugares, y elija imágenes que muestren a "
                "las personas con dignidad.</li><li>Incluya estos acuerdos en la sesión "
                "informativa de la próxima delegación, y pida ayuda al asesor de integridad si "
                "hay desacuerdo.</li></ul>"
            ),
        },
        "rule": {
            "nl": (
                "Je hebt respect voor ieder individu, en in het internationale werk krijgt het "
                "respect voor lokale volkeren en partners bijzondere aandacht."
            ),
            "fr": (
                "Vous respectez chaque personne, et dans le travail international, le respect des "
                "populations locales et des partenaires mérite une attention particulière."
            ),
            "en": (
                "You respect every individual, and in international work you pay special "
                "attention to respect for local peoples and partners."
            ),
            "es": (
                "Usted respeta a cada persona y, en el trabajo internacional, presta especial "
                "atención al respeto por los pueblos locales y los socios."
            ),
        },
    },
    {
        "key": "football-invitation-from-a-bidder",
        "themes": ["gifts_hospitality", "conflicts_of_interest"],
        "values": ["integrity"],
        "contact": "integrity_adviser",
        "related_dilemmas": ["gift-from-partner-municipality"],
        "related_courses": ["ethics-code"],
        "title": {
            "nl": "Een voetbaluitnodiging van een inschrijver",
            "fr": "Une invitation au football offerte par un soumissionnaire",
            "en": "A football invitation from a bidder",
            "es": "Una invitación al fútbol de un licitante",
        },
        "slug": {
            "nl": "een-voetbaluitnodiging-van-een-inschrijver",
            "fr": "une-invitation-au-football-offerte-par-un-soumissionnaire",
            "en": "a-football-invitation-from-a-bidder",
            "es": "una-invitacion-al-futbol-de-un-licitante",
        },
        "summary": {
            "nl": (
                "Een delegatielid kreeg een plaats in een loge bij een voetbalmatch aangeboden "
                "door een bedrijf dat meedingt naar het drinkwaterproject."
            ),
            "fr": (
                "Un membre de délégation s'est vu offrir une place en loge pour un match de "
                "football par une entreprise candidate au projet d'eau potable."
            ),
            "en": (
                "A delegation member was offered a seat in a box at a football match by a company "
                "bidding on the drinking-water project."
            ),
            "es": (
                "A un miembro de la delegación le ofrecieron un palco en un partido de fútbol, "
                "cortesía de una empresa que licita para el proyecto de agua potable."
            ),
        },
        "situation": {
            "nl": (
                "<p>Een gemeenteraadslid van Heidebroek reisde mee met de delegatie voor een "
                "werkbezoek aan de partnergemeente in Zuid-Afrika. Na een vergadering over het "
                "nieuwe drinkwaterproject stapte de directeur van een lokaal ingenieursbureau op "
                "hem af. Het bureau had net een offerte ingediend voor het project.</p><p>“U "
                "houdt van voetbal, hoor ik,” zei de directeur. “We hebben zaterdag een loge bij "
                "de derby: diner, vervoer, alles geregeld. Neem gerust een collega mee.” Het "
                "raadslid, dat de ethische code voor de reis alleen ter kennisname had gekregen, "
                "zei dat hij erover zou nadenken en vertelde het 's avonds aan tafel.</p>"
            ),
            "fr": (
                "<p>Un conseiller communal de Heidebroek accompagnait la délégation lors d'une "
                "visite de travail dans la commune partenaire en Afrique du Sud. Après une "
                "réunion sur le nouveau projet d'eau potable, le directeur d'un bureau "
                "d'ingénierie local est venu vers lui. Son bureau venait de remettre une offre "
                "pour le projet.</p><p>«\u202fVous aimez le football, paraît-il, a dit le "
                "directeur. Nous avons une loge pour le derby samedi\u202f: dîner, transport, "
                "tout est pris en charge. Venez avec un collègue si vous voulez.\u202f» Le "
                "conseiller, qui avait reçu le code d'éthique pour information avant le voyage, a "
                "répondu qu'il allait y réfléchir et en a parlé le soir au dîner.</p>"
            ),
            "en": (
                "<p>A councillor from Heidebroek had joined the delegation for a work visit to "
                "the partner municipality in South Africa. After a meeting on the new "
                "drinking-water project, the director of a local engineering firm came up to him. "
                "The firm had just submitted a bid for the project.</p><p>“You like football, I "
                "hear,” the director said. “We have a box at the derby on Saturday: dinner, "
                "transport, everything taken care of. Bring a colleague if you like.” The "
                "councillor, who had received the ethics code for information before the trip, "
                "said he would think about it and mentioned it at dinner that evening.</p>"
            ),
            "es": (
                "<p>Un concejal de Heidebroek acompañaba a la delegación en una visita de trabajo "
                "al municipio socio en Sudáfrica. Tras una reunión sobre el nuevo proyecto de "
                "agua potable, el director de una consultora de ingeniería local se le acercó. Su "
                "empresa acababa de presentar una oferta para el proyecto.</p><p>“Me dicen que le "
                "gusta el fútbol”, dijo el director. “Tenemos un palco para el derbi del sábado: "
                "cena, transporte, todo incluido. Si quiere, traiga a un colega.” El concejal, "
                "que antes del viaje había recibido el código de ética a título informativo, dijo "
                "que lo pensaría y lo comentó esa noche durante la cena.</p>"
            ),
        },
        "signals": [
            {
                "nl": "De gastheer dingt mee naar een opdracht die de stedenband zal toekennen.",
                "fr": "L'hôte est candidat à un marché que le jumelage va attribuer.",
                "en": "The host is bidding for a contract the twinning link will award.",
                "es": "El anfitrión compite por un contrato que el hermanamiento va a adjudicar.",
            },
            {
                "nl": "De uitnodiging heeft niets te maken met het doel van het bezoek.",
                "fr": "L'invitation n'a rien à voir avec l'objet de la visite.",
                "en": "The invitation has nothing to do with the purpose of the visit.",
                "es": "La invitación no tiene nada que ver con el objetivo de la visita.",
            },
            {
                "nl": "Diner, vervoer en een extra plaats: het is royaal.",
                "fr": "Dîner, transport et une place en plus\u202f: c'est généreux.",
                "en": "Dinner, transport and an extra seat: it is generous.",
                "es": "Cena, transporte y un lugar extra: es generoso.",
            },
            {
                "nl": "Ze wordt terloops aangeboden, onder vier ogen.",
                "fr": "Elle est faite en passant, en tête-à-tête.",
                "en": "It is offered in passing, one to one.",
                "es": "Se ofrece de pasada, a solas.",
            },
        ],
        "what_to_do": {
            "nl": (
                "<p>Een betaalde uitnodiging aanvaard je alleen als ze bij je werk hoort en je "
                "aanwezigheid functioneel is. Een avond voetbal met een inschrijver is geen van "
                "beide, en de code geldt ook voor delegatieleden.</p><ul><li>Weiger beleefd en "
                "zeg waarom: het bureau neemt deel aan een procedure die de stedenband "
                "voert.</li><li>Breng de delegatieleider op de hoogte, zodat andere leden "
                "hetzelfde antwoord kunnen geven.</li><li>Vermeld de uitnodiging in het verslag "
                "van het bezoek, zodat de procedure transparant blijft.</li><li>Twijfel je bij "
                "een gelijkaardige uitnodiging, vraag dan de raadgever integriteit om advies voor "
                "je antwoordt.</li></ul>"
            ),
            "fr": (
                "<p>Une invitation payée ne s'accepte que si elle relève de votre travail et que "
                "votre présence est fonctionnelle. Une soirée de football avec un soumissionnaire "
                "n'est ni l'un ni l'autre, et le code vaut aussi pour les membres de "
                "délégation.</p><ul><li>Déclinez poliment en expliquant pourquoi\u202f: le bureau "
                "participe à une procédure menée par le jumelage.</li><li>Informez le chef de "
                "délégation, pour que les autres membres puissent donner la même "
                "réponse.</li><li>Mentionnez l'invitation dans le rapport de visite, pour que la "
                "procédure reste transparente.</li><li>En cas de doute face à une invitation "
                "semblable, demandez conseil au conseiller en intégrité avant de "
                "répondre.</li></ul>"
            ),
            "en": (
                "<p>You accept a paid invitation only when it belongs to your work and your "
                "presence is functional. An evening at the football with a bidder is neither, and "
                "the code applies to delegation members too.</p><ul><li>Decline politely and say "
                "why: the firm is taking part in a procedure run by the twinning "
                "link.</li><li>Tell the head of the delegation, so that other members can give "
                "the same answer.</li><li>Mention the invitation in the visit report, so that the "
                "procedure stays transparent.</li><li>If you are unsure about a similar "
                "invitation, ask the integrity adviser before you reply.</li></ul>"
            ),
            "es": (
                "<p>Una invitación pagada solo se acepta si forma parte de su trabajo y su "
                "presencia es funcional. Una tarde de fútbol con un licitante no es ninguna de "
                "las dos cosas, y el código también vale para los miembros de la "
                "delegación.</p><ul><li>Rechácela con cortesía y explique por qué: la empresa "
                "participa en un procedimiento del hermanamiento.</li><li>Informe al jefe de la "
                "delegación, para que los demás miembros puedan dar la misma "
                "respuesta.</li><li>Mencione la invitación en el informe de la visita, para que "
                "el procedimiento siga siendo transparente.</li><li>Si duda ante una invitación "
                "parecida, consulte al asesor de integridad antes de responder.</li></ul>"
            ),
        },
        "rule": {
            "nl": (
                "Je aanvaardt uitnodigingen die anderen betalen alleen als de activiteit bij je "
                "werk hoort en je aanwezigheid functioneel is."
            ),
            "fr": (
                "Vous n'acceptez une invitation payée par d'autres que si l'activité relève de "
                "votre travail et que votre présence est fonctionnelle."
            ),
            "en": (
                "You accept invitations paid for by others only when the activity is part of your "
                "work and your presence is functional."
            ),
            "es": (
                "Usted solo acepta invitaciones pagadas por otros si la actividad forma parte de "
                "su trabajo y su presencia es funcional."
            ),
        },
    },
    {
        "key": "signing-for-a-missed-training",
        "themes": ["financial_integrity", "reporting_misconduct"],
        "values": ["integrity", "professionalism"],
        "contact": "financial_manager",
        "related_dilemmas": ["per-diem-and-receipts"],
        "related_courses": [],
        "title": {
            "nl": "Tekenen voor een opleiding die je miste",
            "fr": "Signer pour une formation manquée",
            "en": "Signing for a training you missed",
            "es": "Firmar por una capacitación a la que no asistió",
        },
        "slug": {
            "nl": "tekenen-voor-een-opleiding-die-je-miste",
            "fr": "signer-pour-une-formation-manquee",
            "en": "signing-for-a-training-you-missed",
            "es": "firmar-por-una-capacitacion-a-la-que-no-asistio",
        },
        "summary": {
            "nl": (
                "Een ambtenaar die de tweede opleidingsdag miste, werd aangespoord de "
                "aanwezigheidslijst toch te tekenen, omdat de financiering ervan afhing."
            ),
            "fr": (
                "Une fonctionnaire absente le deuxième jour d'une formation a été pressée de "
                "signer quand même la liste de présence, car le financement en dépendait."
            ),
            "en": (
                "An official who missed the second day of a training was urged to sign the "
                "attendance list anyway, because the funding depended on it."
            ),
            "es": (
                "A una funcionaria que faltó al segundo día de una capacitación le pidieron "
                "firmar igual la lista de asistencia, porque de ello dependía el financiamiento."
            ),
        },
        "situation": {
            "nl": (
                "<p>Een milieuambtenaar van Ravelhoven had zich ingeschreven voor een tweedaagse "
                "opleiding over afvalbeheer, mee georganiseerd door de stedenband en betaald uit "
                "het federale programma. Op de tweede dag bleef ze thuis met een ziek "
                "kind.</p><p>Een week later kwam de organisator, een collega van een andere "
                "dienst, met de aanwezigheidslijst langs haar bureau. “Teken ook maar voor dag "
                "twee. Als we onder de twintig deelnemers zakken, betaalt de financier maar een "
                "deel van de kosten, en dan staat onze dienst slecht. Iedereen weet dat je "
                "gekomen zou zijn.” Twee andere collega's die afwezig waren, hadden al "
                "getekend.</p>"
            ),
            "fr": (
                "<p>Une fonctionnaire du service environnement de Ravelhoven s'était inscrite à "
                "une formation de deux jours sur la gestion des déchets, coorganisée par le "
                "jumelage et financée par le programme fédéral. Le deuxième jour, elle est restée "
                "chez elle avec un enfant malade.</p><p>Une semaine plus tard, l'organisateur, un "
                "collègue d'un autre service, est passé à son bureau avec la liste de présence. "
                "«\u202fSigne aussi pour le deuxième jour. Si on passe sous les vingt "
                "participants, le bailleur ne paie qu'une partie des frais, et notre service fait "
                "mauvaise figure. Tout le monde sait que tu serais venue.\u202f» Deux autres "
                "collègues absents avaient déjà signé.</p>"
            ),
            "en": (
                "<p>An environmental officer in Ravelhoven had signed up for a two-day training "
                "on waste management, co-organised by the twinning link and paid for by the "
                "federal programme. On the second day she stayed home with a sick child.</p><p>A "
                "week later the organiser, a colleague from another department, came by her desk "
                "with the attendance list. “Just sign for day two as well. If we drop below "
                "twenty participants, the funder pays only part of the costs, and then our "
                "department looks bad. Everybody knows you would have come.” Two other colleagues "
                "who had been absent had already signed.</p>"
            ),
            "es": (
                "<p>Una funcionaria del área de medio ambiente de Ravelhoven se había inscrito en "
                "una capacitación de dos días sobre gestión de residuos, coorganizada por el "
                "hermanamiento y financiada por el programa federal. El segundo día se quedó en "
                "casa con un hijo enfermo.</p><p>Una semana después, el organizador, un colega de "
                "otro departamento, pasó por su escritorio con la lista de asistencia. “Firma "
                "también el segundo día. Si bajamos de veinte participantes, el financiador paga "
                "solo una parte de los costos, y nuestro departamento queda mal. Todos saben que "
                "habrías venido.” Otros dos colegas que habían faltado ya habían firmado.</p>"
            ),
        },
        "signals": [
            {
                "nl": "Een handtekening zou iets bevestigen wat niet gebeurd is.",
                "fr": "Une signature attesterait quelque chose qui n'a pas eu lieu.",
                "en": "A signature would confirm something that did not happen.",
                "es": "Una firma confirmaría algo que no ocurrió.",
            },
            {
                "nl": "Het geld van de financier is de reden om te tekenen.",
                "fr": "L'argent du bailleur est la raison de signer.",
                "en": "The funder's money is the reason to sign.",
                "es": "El dinero del financiador es la razón para firmar.",
            },
            {
                "nl": "“De anderen hebben ook getekend” wordt als druk gebruikt.",
                "fr": "«\u202fLes autres ont signé aussi\u202f» sert de moyen de pression.",
                "en": "“The others have signed too” is used as pressure.",
                "es": "“Los demás también firmaron” se usa para presionar.",
            },
            {
                "nl": "De vraag komt informeel, van een collega, aan je bureau.",
                "fr": "La demande vient d'un collègue, de manière informelle, à votre bureau.",
                "en": "The request comes informally, from a colleague, at your desk.",
                "es": "La petición llega de manera informal, de un colega, en su escritorio.",
            },
        ],
        "what_to_do": {
            "nl": (
                "<p>Een aanwezigheidslijst is een bewijsstuk voor publieke financiering: tekenen "
                "voor een dag die je miste, is een valse verklaring, hoe klein het ook "
                "lijkt.</p><ul><li>Teken alleen voor de dag waarop je er was, en zeg dat "
                "vriendelijk maar duidelijk.</li><li>Stel voor dat de organisator het echte "
                "aantal deelnemers doorgeeft en de afwezigheden aan de financier "
                "uitlegt.</li><li>Vraag of je het gemiste deel kan inhalen, bijvoorbeeld met het "
                "cursusmateriaal.</li><li>Blijf je druk voelen, of twijfel je wat te doen met de "
                "handtekeningen die al gezet zijn, spreek dan met de programmabeheerder of "
                "financieel beheerder.</li></ul>"
            ),
            "fr": (
                "<p>Une liste de présence est une pièce justificative pour un financement "
                "public\u202f: la signer pour une journée manquée est une fausse déclaration, "
                "aussi minime que cela paraisse.</p><ul><li>Ne signez que pour le jour où vous "
                "étiez présent, et dites-le aimablement mais clairement.</li><li>Proposez à "
                "l'organisateur de communiquer le nombre réel de participants et d'expliquer les "
                "absences au bailleur.</li><li>Demandez si vous pouvez rattraper la partie "
                "manquée, par exemple grâce aux supports de cours.</li><li>Si la pression "
                "continue, ou si vous ne savez pas quoi faire des signatures déjà données, "
                "parlez-en au gestionnaire de programme ou au gestionnaire financier.</li></ul>"
            ),
            "en": (
                "<p>An attendance list is a supporting document for public funding: signing it "
                "for a day you missed is a false statement, however small it "
                "seems.</p><ul><li>Sign only for the day you were there, and say so in a friendly "
                "but clear way.</li><li>Suggest that the organiser report the real number of "
                "participants and explain the absences to the funder.</li><li>Ask whether you can "
                "catch up on the part you missed, for example with the course "
                "materials.</li><li>If the pressure continues, or you are unsure what to do about "
                "the signatures already given, talk to the programme or financial "
                "manager.</li></ul>"
            ),
            "es": (
                "<p>Una lista de asistencia es un comprobante para un financiamiento público: "
                "firmarla por un día al que usted faltó es una declaración falsa, por pequeña que "
                "parezca.</p><ul><li>Firme solo por el día en que estuvo presente, y dígalo de "
                "forma amable pero clara.</li><li>Proponga al organizador que comunique el número "
                "real de participantes y explique las ausencias al financiador.</li><li>Pregunte "
                "si puede recuperar la parte perdida, por ejemplo con los materiales del "
                "curso.</li><li>Si la presión continúa, o si duda qué hacer con las firmas ya "
                "puestas, hable con el gestor del programa o el gestor financiero.</li></ul>"
            ),
        },
        "rule": {
            "nl": "Je werkt eerlijk, zodat collega's en leden op je kunnen vertrouwen.",
            "fr": (
                "Vous travaillez honnêtement, pour que collègues et membres puissent vous faire "
                "confiance."
            ),
            "en": "You work honestly, so that colleagues and members can rely on you.",
            "es": "Usted trabaja con honestidad, para que colegas y miembros confíen en usted.",
        },
    },
    {
        "key": "manager-asks-the-confidential-counsellor",
        "themes": ["confidentiality"],
        "values": ["professionalism", "collegiality"],
        "contact": "integrity_officer",
        "related_dilemmas": ["overheard-complaint"],
        "related_courses": ["integrity-policy"],
        "title": {
            "nl": "Een leidinggevende wil weten wat in vertrouwen gezegd werd",
            "fr": "Un responsable veut savoir ce qui a été dit en confiance",
            "en": "A manager wants to know what was said in confidence",
            "es": "Un jefe quiere saber qué se dijo en confianza",
        },
        "slug": {
            "nl": "een-leidinggevende-wil-weten-wat-in-vertrouwen-gezegd-werd",
            "fr": "un-responsable-veut-savoir-ce-qui-a-ete-dit-en-confiance",
            "en": "a-manager-wants-to-know-what-was-said-in-confidence",
            "es": "un-jefe-quiere-saber-que-se-dijo-en-confianza",
        },
        "summary": {
            "nl": (
                "Een diensthoofd vroeg een vertrouwenspersoon wat een projectmedewerker haar "
                "verteld had, omdat hij naar eigen zeggen alleen wilde helpen."
            ),
            "fr": (
                "Un chef de service a demandé à une personne de confiance ce qu'une chargée de "
                "projet lui avait confié, en disant qu'il voulait seulement aider."
            ),
            "en": (
                "A head of department asked a confidential counsellor what a project officer had "
                "told her, saying he only wanted to help."
            ),
            "es": (
                "Un jefe de departamento preguntó a una persona de confianza qué le había contado "
                "una encargada de proyecto, diciendo que solo quería ayudar."
            ),
        },
        "situation": {
            "nl": (
                "<p>Een projectmedewerker was al een paar keer langsgegaan bij een van de "
                "vertrouwenspersonen van het team. Ze was uitgeput na een reeks werkbezoeken en "
                "worstelde met spanningen in het team.</p><p>Enkele weken later hield het "
                "diensthoofd de vertrouwenspersoon tegen in de gang. “Ik zie dat ze vaak bij jou "
                "komt. Gaat het over mij? Of over haar werkdruk? Ik wil alleen maar helpen, maar "
                "ik moet weten wat er speelt voor haar evaluatie.” Hij voegde eraan toe dat hij "
                "als leidinggevende het recht had om het te weten, en vroeg tegen het einde van "
                "de week “gewoon de grote lijnen”.</p>"
            ),
            "fr": (
                "<p>Une chargée de projet était allée voir à plusieurs reprises l'une des "
                "personnes de confiance de l'équipe. Elle était épuisée après une série de "
                "visites de travail et vivait mal certaines tensions dans "
                "l'équipe.</p><p>Quelques semaines plus tard, le chef de service a arrêté la "
                "personne de confiance dans le couloir. «\u202fJe vois qu'elle vient souvent te "
                "voir. C'est à cause de moi\u202f? De sa charge de travail\u202f? Je veux "
                "seulement aider, mais j'ai besoin de savoir ce qui se passe avant son "
                "évaluation.\u202f» Il a ajouté qu'en tant que responsable, il avait le droit de "
                "savoir, et a demandé «\u202fjuste les grandes lignes\u202f» pour la fin de la "
                "semaine.</p>"
            ),
            "en": (
                "<p>A project officer had been to see one of the team's confidential counsellors "
                "several times. She was exhausted after a series of work visits and was "
                "struggling with tensions in the team.</p><p>A few weeks later the head of "
                "department stopped the counsellor in the corridor. “I see she comes to you a "
                "lot. Is it about me? Or her workload? I only want to help, but I need to know "
                "what's going on before her evaluation.” He added that, as her manager, he had a "
                "right to know, and asked for “just the main points” by the end of the week.</p>"
            ),
            "es": (
                "<p>Una encargada de proyecto había acudido varias veces a una de las personas de "
                "confianza del equipo. Estaba agotada tras una serie de visitas de trabajo y le "
                "costaba lidiar con tensiones en el equipo.</p><p>Unas semanas después, el jefe "
                "de departamento detuvo a la persona de confianza en el pasillo. “Veo que ella te "
                "busca mucho. ¿Es por mí? ¿Por su carga de trabajo? Solo quiero ayudar, pero "
                "necesito saber qué pasa antes de su evaluación.” Añadió que, como jefe, tenía "
                "derecho a saberlo, y pidió “solo las líneas generales” para el final de la "
                "semana.</p>"
            ),
        },
        "signals": [
            {
                "nl": "Iemand met macht over de persoon vraagt wat er in vertrouwen gezegd werd.",
                "fr": (
                    "Quelqu'un qui a du pouvoir sur la personne demande ce qui a été dit en "
                    "confiance."
                ),
                "en": "Someone with power over the person asks what was said in confidence.",
                "es": "Alguien con poder sobre la persona pregunta qué se dijo en confianza.",
            },
            {
                "nl": "Er staat een evaluatie voor de deur.",
                "fr": "Une évaluation approche.",
                "en": "An evaluation is coming up.",
                "es": "Se acerca una evaluación.",
            },
            {
                "nl": "“Gewoon de grote lijnen” blijft vertrouwelijke informatie.",
                "fr": (
                    "«\u202fJuste les grandes lignes\u202f», c'est encore une information "
                    "confidentielle."
                ),
                "en": "“Just the main points” is still confidential information.",
                "es": "“Solo las líneas generales” sigue siendo información confidencial.",
            },
            {
                "nl": "Goede bedoelingen moeten de vraag rechtvaardigen.",
                "fr": "De bonnes intentions servent à justifier la question.",
                "en": "Good intentions are put forward to justify the question.",
                "es": "Las buenas intenciones se usan para justificar la pregunta.",
            },
        ],
        "what_to_do": {
            "nl": (
                "<p>Wat iemand aan een vertrouwenspersoon vertelt, blijft bij de "
                "vertrouwenspersoon, tenzij die persoon zelf anders beslist. Dat vertrouwen "
                "beschermen is de kern van de rol.</p><ul><li>Zeg het diensthoofd vriendelijk "
                "maar beslist dat je niets kan bevestigen of delen, zelfs niet of er gesprekken "
                "waren.</li><li>Stel voor dat hij zelf met de projectmedewerker praat over haar "
                "werkdruk en welzijn, of HR om ondersteuning vraagt.</li><li>Vertel de "
                "projectmedewerker alleen over de vraag als het haar helpt, en laat haar "
                "beslissen wat er eventueel gedeeld wordt.</li><li>Houdt de druk aan, breng dan "
                "de integriteitsverantwoordelijke op de hoogte, die erover waakt dat de rollen "
                "naar behoren uitgeoefend kunnen worden.</li></ul>"
            ),
            "fr": (
                "<p>Ce qu'une personne confie à une personne de confiance reste entre elles, sauf "
                "si l'intéressée en décide autrement. Protéger cette confiance est la raison "
                "d'être du rôle.</p><ul><li>Dites au chef de service, aimablement mais fermement, "
                "que vous ne pouvez rien confirmer ni partager, pas même l'existence "
                "d'entretiens.</li><li>Suggérez-lui de parler lui-même à la chargée de projet de "
                "sa charge de travail et de son bien-être, ou de demander l'appui des "
                "RH.</li><li>N'informez la chargée de projet de la question que si cela l'aide, "
                "et laissez-la décider de ce qui sera éventuellement partagé.</li><li>Si la "
                "pression continue, informez le responsable de l'intégrité, qui veille à ce que "
                "les rôles puissent être exercés correctement.</li></ul>"
            ),
            "en": (
                "<p>What someone tells a confidential counsellor stays with the counsellor, "
                "unless that person decides otherwise. Protecting that trust is the whole point "
                "of the role.</p><ul><li>Tell the head of department kindly but firmly that you "
                "cannot confirm or share anything, not even whether there were "
                "conversations.</li><li>Suggest that he talk to the project officer himself about "
                "her workload and well-being, or ask HR for support.</li><li>Tell the project "
                "officer about the question only if it helps her, and let her decide what, if "
                "anything, is shared.</li><li>If the pressure continues, inform the integrity "
                "officer, who makes sure the roles can be carried out properly.</li></ul>"
            ),
            "es": (
                "<p>Lo que alguien cuenta a una persona de confianza queda entre ambas, salvo que "
                "esa persona decida otra cosa. Proteger esa confianza es la razón de ser del "
                "rol.</p><ul><li>Dígale al jefe de departamento, con amabilidad pero con firmeza, "
                "que no puede confirmar ni compartir nada, ni siquiera si hubo "
                "conversaciones.</li><li>Sugiérale que hable él mismo con la encargada de "
                "proyecto sobre su carga de trabajo y su bienestar, o que pida apoyo a Recursos "
                "Humanos.</li><li>Informe a la encargada de proyecto sobre la pregunta solo si "
                "eso la ayuda, y deje que ella decida qué se comparte, si es que algo se "
                "comparte.</li><li>Si la presión continúa, informe al responsable de integridad, "
                "que vela por que los roles puedan ejercerse correctamente.</li></ul>"
            ),
        },
        "rule": {
            "nl": "Je kent je eigen grenzen voldoende en je geeft ze ook aan.",
            "fr": "Vous connaissez suffisamment vos propres limites et vous les faites connaître.",
            "en": "You know your own limits well enough, and you make them clear.",
            "es": "Usted conoce lo suficiente sus propios límites y los da a conocer.",
        },
    },
]

TOOLS = [
    {
        "key": "before-you-accept-a-gift-or-invitation",
        "kind": "checklist",
        "themes": ["gifts_hospitality", "conflicts_of_interest"],
        "values": ["integrity"],
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
        "summary": {
            "nl": (
                "Acht korte vragen om jezelf te stellen voor je ja zegt op een geschenk, een "
                "maaltijd of een betaalde uitnodiging."
            ),
            "fr": (
                "Huit questions rapides à vous poser avant d'accepter un cadeau, un repas ou une "
                "invitation payée."
            ),
            "en": (
                "Eight quick questions to ask yourself before you say yes to a gift, a meal or a "
                "paid invitation."
            ),
            "es": (
                "Ocho preguntas rápidas que conviene hacerse antes de aceptar un regalo, una "
                "comida o una invitación pagada."
            ),
        },
        "intro": {
            "nl": (
                "<p>Geschenken en gastvrijheid horen bij een partnerschap en kunnen een teken van "
                "echte dankbaarheid zijn. De ethische code verbiedt ze niet, maar stelt wel "
                "voorwaarden. Overloop deze vragen; twijfel je bij een ervan, vraag dan de "
                "raadgever integriteit om raad voor je aanvaardt.</p>"
            ),
            "fr": (
                "<p>Les cadeaux et l'hospitalité font partie d'un partenariat et peuvent exprimer "
                "une vraie gratitude. Le code d'éthique ne les interdit pas, mais il fixe des "
                "conditions. Parcourez ces questions\u202f; si l'une d'elles vous fait hésiter, "
                "demandez conseil au conseiller en intégrité avant d'accepter.</p>"
            ),
            "en": (
                "<p>Gifts and hospitality are part of a partnership and can be a sign of real "
                "gratitude. The ethics code does not forbid them, but it does set conditions. Go "
                "through these questions; if one of them leaves you in doubt, ask the integrity "
                "adviser before you accept.</p>"
            ),
            "es": (
                "<p>Los regalos y la hospitalidad forman parte de una alianza y pueden expresar "
                "una gratitud sincera. El código de ética no los prohíbe, pero sí fija "
                "condiciones. Revise estas preguntas; si alguna le hace dudar, consulte al asesor "
                "de integridad antes de aceptar.</p>"
            ),
        },
        "steps": [
            {
                "nl": (
                    "Is de gever betrokken bij een beslissing die ik neem of mee neem, zoals een "
                    "aankoop, een selectie of een subsidie?"
                ),
                "fr": (
                    "Le donateur est-il concerné par une décision que je prends ou à laquelle je "
                    "participe, comme un achat, une sélection ou une subvention\u202f?"
                ),
                "en": (
                    "Is the giver involved in a decision I take or help to take, such as a "
                    "purchase, a selection or a grant?"
                ),
                "es": (
                    "¿La persona que lo ofrece está implicada en una decisión que tomo o en la "
                    "que participo, como una compra, una selección o una subvención?"
                ),
            },
            {
                "nl": "Gaat het om een kleine attentie, of gaat de waarde verder dan beleefdheid?",
                "fr": (
                    "S'agit-il d'une petite attention, ou sa valeur dépasse-t-elle la simple "
                    "politesse\u202f?"
                ),
                "en": "Is it a small token, or does its value go beyond a courtesy?",
                "es": "¿Es un pequeño detalle, o su valor va más allá de una cortesía?",
            },
            {
                "nl": (
                    "Zou weigeren de gever ernstig kwetsen of in verlegenheid brengen, of is "
                    "teruggeven praktisch onwerkbaar?"
                ),
                "fr": (
                    "Refuser blesserait-il gravement le donateur ou le mettrait-il dans "
                    "l'embarras, ou le rendre est-il pratiquement impossible\u202f?"
                ),
                "en": (
                    "Would refusing seriously hurt or embarrass the giver, or is returning it "
                    "practically unworkable?"
                ),
                "es": (
                    "¿Rechazarlo ofendería gravemente o avergonzaría a quien lo ofrece, o "
                    "devolverlo es prácticamente imposible?"
                ),
            },
            {
                "nl": "Wordt het in het openbaar aangeboden, of privé, onder vier ogen?",
                "fr": "Est-il offert en public, ou en privé, en tête-à-tête\u202f?",
                "en": "Is it offered in public, or privately, one to one?",
                "es": "¿Se ofrece en público, o en privado, a solas?",
            },
            {
                "nl": (
                    "Bij een uitnodiging die anderen betalen: hoort ze bij mijn werk, en is mijn "
                    "aanwezigheid functioneel?"
                ),
                "fr": (
                    "Pour une invitation payée par d'autres\u202f: relève-t-elle de mon travail, "
                    "et ma présence est-elle fonctionnelle\u202f?"
                ),
                "en": (
                    "For an invitation paid for by others: is it part of my work, and is my "
                    "presence functional?"
                ),
                "es": (
                    "Si es una invitación pagada por otros: ¿forma parte de mi trabajo y mi "
                    "presencia es funcional?"
                ),
            },
            {
                "nl": "Zou ik het oké vinden als collega's, de partner of de pers ervan wisten?",
                "fr": (
                    "Serais-je à l'aise si mes collègues, le partenaire ou la presse "
                    "l'apprenaient\u202f?"
                ),
                "en": (
                    "Would I be comfortable if colleagues, the partner or the press knew about it?"
                ),
                "es": "¿Me sentiría tranquilo si mis colegas, el socio o la prensa se enteraran?",
            },
            {
                "nl": "Kan het geschenk de indruk wekken dat mijn werk te koop is, nu of later?",
                "fr": (
                    "Le cadeau pourrait-il donner l'impression que mon travail s'achète, "
                    "maintenant ou plus tard\u202f?"
                ),
                "en": (
                    "Could the gift give the impression that my work can be bought, now or later?"
                ),
                "es": (
                    "¿Podría el regalo dar la impresión de que mi trabajo se puede comprar, ahora "
                    "o más adelante?"
                ),
            },
            {
                "nl": (
                    "Als ik aanvaard: heb ik het gemeld aan mijn diensthoofd, en kan het geschenk "
                    "gedeeld of getoond worden aan het team?"
                ),
                "fr": (
                    "Si j'accepte\u202f: en ai-je informé mon chef de service, et le cadeau "
                    "peut-il être partagé ou montré à l'équipe\u202f?"
                ),
                "en": (
                    "If I accept: have I told my head of department, and can the gift be shared "
                    "with or shown to the team?"
                ),
                "es": (
                    "Si acepto: ¿lo he comunicado a mi jefe de departamento, y se puede compartir "
                    "o mostrar el regalo al equipo?"
                ),
            },
        ],
    },
    {
        "key": "declaring-half-yearly-expenses",
        "kind": "howto",
        "themes": ["financial_integrity"],
        "values": ["integrity", "professionalism"],
        "title": {
            "nl": "De halfjaarlijkse uitgaven van een stedenbandproject aangeven",
            "fr": "Déclarer les dépenses semestrielles d'un projet de jumelage",
            "en": "Declaring the half-yearly expenses of a twinning project",
            "es": "Declarar los gastos semestrales de un proyecto de hermanamiento",
        },
        "slug": {
            "nl": "de-halfjaarlijkse-uitgaven-van-een-stedenbandproject-aangeven",
            "fr": "declarer-les-depenses-semestrielles-d-un-projet-de-jumelage",
            "en": "declaring-the-half-yearly-expenses-of-a-twinning-project",
            "es": "declarar-los-gastos-semestrales-de-un-proyecto-de-hermanamiento",
        },
        "summary": {
            "nl": (
                "Stap voor stap: zo maak je de verklaring op eer op die elke stedenband in mei en "
                "september indient."
            ),
            "fr": (
                "Pas à pas, comment préparer la déclaration sur l'honneur que chaque jumelage "
                "remet en mai et en septembre."
            ),
            "en": (
                "Step by step: how to prepare the declaration on your honour that every twinning "
                "link submits in May and September."
            ),
            "es": (
                "Paso a paso: cómo preparar la declaración jurada que cada hermanamiento presenta "
                "en mayo y septiembre."
            ),
        },
        "intro": {
            "nl": (
                "<p>Twee keer per jaar, in mei en september, geeft elke stedenband zijn uitgaven "
                "aan. Het is een verklaring op eer: je voegt geen bewijsstukken toe, maar de "
                "cijfers moeten kloppen, want ze dienen om de besteding op te volgen en de "
                "verdeling over de kostenposten bij te sturen. De bewijsstukken volgen bij de "
                "jaarlijkse financiële rapportage.</p>"
            ),
            "fr": (
                "<p>Deux fois par an, en mai et en septembre, chaque jumelage déclare ses "
                "dépenses. C'est une déclaration sur l'honneur\u202f: vous ne joignez pas de "
                "justificatifs, mais les chiffres doivent être exacts, car ils servent à suivre "
                "l'exécution du budget et à ajuster la répartition entre les postes. Les "
                "justificatifs suivent avec le rapport financier annuel.</p>"
            ),
            "en": (
                "<p>Twice a year, in May and September, every twinning link declares its "
                "expenses. It is a declaration on your honour: you do not attach receipts, but "
                "the figures must be right, because they are used to follow up spending and to "
                "adjust the split between cost headings. The receipts follow with the annual "
                "financial report.</p>"
            ),
            "es": (
                "<p>Dos veces al año, en mayo y septiembre, cada hermanamiento declara sus "
                "gastos. Es una declaración jurada: no se adjuntan comprobantes, pero las cifras "
                "deben ser correctas, porque sirven para seguir la ejecución del presupuesto y "
                "ajustar la distribución entre las partidas. Los comprobantes se presentan con el "
                "informe financiero anual.</p>"
            ),
        },
        "steps": [
            {
                "nl": (
                    "Verzamel de uitgaven van de periode, in Vlaanderen en bij de partner, samen "
                    "met de bankuittreksels en het kasboek van de partner."
                ),
                "fr": (
                    "Rassemblez les dépenses de la période, en Flandre et chez le partenaire, "
                    "avec les relevés bancaires et le livre de caisse du partenaire."
                ),
                "en": (
                    "Collect the expenses of the period, in Flanders and at the partner, together "
                    "with the partner's bank statements and cash book."
                ),
                "es": (
                    "Reúna los gastos del periodo, en Flandes y en el socio, junto con los "
                    "extractos bancarios y el libro de caja del socio."
                ),
            },
            {
                "nl": (
                    "Leg elke uitgave naast het bewijsstuk: datum, leverancier, bedrag en wat er "
                    "gekocht werd. Zet alles zonder bewijs apart."
                ),
                "fr": (
                    "Vérifiez chaque dépense avec son justificatif\u202f: date, fournisseur, "
                    "montant et objet de l'achat. Mettez de côté tout ce qui n'est pas justifié."
                ),
                "en": (
                    "Check every expense against its receipt: date, supplier, amount and what was "
                    "bought. Set aside anything without proof."
                ),
                "es": (
                    "Coteje cada gasto con su comprobante: fecha, proveedor, monto y lo que se "
                    "compró. Separe todo lo que no tenga respaldo."
                ),
            },
            {
                "nl": (
                    "Boek elke uitgave op de juiste kostenpost van het goedgekeurde budget, en "
                    "reken lokale munt om tegen de koers die de handleiding voorschrijft."
                ),
                "fr": (
                    "Imputez chaque dépense au bon poste du budget approuvé, et convertissez la "
                    "monnaie locale au taux prévu par le manuel."
                ),
                "en": (
                    "Assign each expense to the right cost heading of the approved budget, and "
                    "convert local currency at the rate set in the handbook."
                ),
                "es": (
                    "Asigne cada gasto a la partida correcta del presupuesto aprobado, y "
                    "convierta la moneda local al tipo de cambio que fija el manual."
                ),
            },
            {
                "nl": (
                    "Vergelijk de besteding met de planning, en schrijf een korte toelichting bij "
                    "elke kostenpost die meer dan tien procent afwijkt."
                ),
                "fr": (
                    "Comparez les dépenses aux prévisions, et rédigez une brève explication pour "
                    "chaque poste qui s'en écarte de plus de dix pour cent."
                ),
                "en": (
                    "Compare spending with the plan, and write a short explanation for every "
                    "heading that differs by more than ten per cent."
                ),
                "es": (
                    "Compare el gasto con lo planificado, y redacte una breve explicación para "
                    "cada partida que se desvíe más de un diez por ciento."
                ),
            },
            {
                "nl": (
                    "Overloop de cijfers met de financieel verantwoordelijke van de "
                    "partnergemeente, zodat beide kanten dezelfde bedragen herkennen."
                ),
                "fr": (
                    "Passez les chiffres en revue avec le responsable financier de la commune "
                    "partenaire, pour que les deux parties reconnaissent les mêmes montants."
                ),
                "en": (
                    "Go through the figures with the partner municipality's finance officer, so "
                    "that both sides recognise the same amounts."
                ),
                "es": (
                    "Revise las cifras con el responsable financiero del municipio socio, para "
                    "que ambas partes reconozcan los mismos montos."
                ),
            },
            {
                "nl": (
                    "Onderteken de verklaring alleen als je achter elk cijfer kan staan, en "
                    "bewaar alle bewijsstukken voor de jaarrapportage en voor controles tijdens "
                    "bezoeken."
                ),
                "fr": (
                    "Ne signez la déclaration que si vous pouvez répondre de chaque chiffre, et "
                    "conservez tous les justificatifs pour le rapport annuel et les contrôles "
                    "lors des visites."
                ),
                "en": (
                    "Sign the declaration only if you can stand behind every figure, and keep all "
                    "receipts for the annual report and for checks during visits."
                ),
                "es": (
                    "Firme la declaración solo si puede responder por cada cifra, y conserve "
                    "todos los comprobantes para el informe anual y para los controles durante "
                    "las visitas."
                ),
            },
            {
                "nl": (
                    "Klopt er iets niet? Vermeld het in de verklaring en neem contact op met de "
                    "programmabeheerder of financieel beheerder, in plaats van het glad te "
                    "strijken."
                ),
                "fr": (
                    "Quelque chose ne colle pas\u202f? Signalez-le dans la déclaration et "
                    "contactez le gestionnaire de programme ou le gestionnaire financier, plutôt "
                    "que de l'arranger."
                ),
                "en": (
                    "Something does not add up? Say so in the declaration and contact the "
                    "programme or financial manager, rather than smoothing it over."
                ),
                "es": (
                    "¿Algo no cuadra? Indíquelo en la declaración y contacte al gestor del "
                    "programa o al gestor financiero, en lugar de maquillarlo."
                ),
            },
        ],
    },
    {
        "key": "financial-handbook-extract",
        "kind": "document",
        "themes": ["financial_integrity", "use_of_means"],
        "values": ["integrity", "sustainability"],
        "title": {
            "nl": "Financiële handleiding (uittreksel)",
            "fr": "Manuel financier (extrait)",
            "en": "Financial handbook (extract)",
            "es": "Manual financiero (extracto)",
        },
        "slug": {
            "nl": "financiele-handleiding-uittreksel",
            "fr": "manuel-financier-extrait",
            "en": "financial-handbook-extract",
            "es": "manual-financiero-extracto",
        },
        "summary": {
            "nl": (
                "De belangrijkste regels over aankopen, bewijsstukken, kas en verklaringen uit de "
                "financiële handleiding voor partnergemeenten, als pdf."
            ),
            "fr": (
                "Les principales règles sur les achats, les justificatifs, la caisse et les "
                "déclarations, tirées du manuel financier des communes partenaires, en PDF."
            ),
            "en": (
                "The key rules on purchases, receipts, cash and declarations from the financial "
                "handbook for partner municipalities, as a PDF."
            ),
            "es": (
                "Las principales normas sobre compras, comprobantes, caja y declaraciones del "
                "manual financiero para municipios socios, en PDF."
            ),
        },
        "intro": {
            "nl": (
                "<p>De financiële handleiding legt in elke partnertaal uit hoe stedenbandmiddelen "
                "beheerd worden. Dit uittreksel bundelt de regels waar het vaakst naar gevraagd "
                "wordt. Download het, deel het met het financiële team van de partner, en houd de "
                "volledige handleiding bij de hand voor de details.</p>"
            ),
            "fr": (
                "<p>Le manuel financier explique, dans chaque langue des partenaires, comment les "
                "fonds du jumelage sont gérés. Cet extrait rassemble les règles sur lesquelles "
                "portent le plus de questions. Téléchargez-le, partagez-le avec l'équipe "
                "financière du partenaire, et gardez le manuel complet à portée de main pour les "
                "détails.</p>"
            ),
            "en": (
                "<p>The financial handbook explains, in every partner language, how twinning "
                "funds are managed. This extract brings together the rules people ask about most. "
                "Download it, share it with the partner's finance team, and keep the full "
                "handbook at hand for the details.</p>"
            ),
            "es": (
                "<p>El manual financiero explica, en cada idioma de los socios, cómo se gestionan "
                "los fondos del hermanamiento. Este extracto reúne las normas sobre las que más "
                "se pregunta. Descárguelo, compártalo con el equipo financiero del socio y tenga "
                "a mano el manual completo para los detalles.</p>"
            ),
        },
        "steps": [],
        "document_title": {
            "nl": "Financiële handleiding voor partnergemeenten (uittreksel)",
            "fr": "Manuel financier pour les communes partenaires (extrait)",
            "en": "Financial handbook for partner municipalities (extract)",
            "es": "Manual financiero para municipios socios (extracto)",
        },
        "document_body": {
            "nl": (
                "<p><strong>Voorbeeld.</strong> De bedragen, de drempel van tien procent en de "
                "twee handtekeningen hieronder zijn voorbeelden voor deze demo, geen regels van "
                "het programma: de financiële handleiding van je eigen programma bepaalt ze.</p>"
                "<h2>1. Principes</h2><p>Stedenbandmiddelen zijn publiek geld, door de federale "
                "financier toevertrouwd aan de Vlaamse gemeente en haar partner. Elke uitgave "
                "moet het goedgekeurde actieplan dienen, nodig zijn en een redelijke prijs "
                "hebben, en gestaafd worden met een document dat toont wie hoeveel ontving en "
                "waarvoor.</p><h2>2. Aankopen (voorbeeldbedragen)</h2><ul><li>Tot 1.000 euro: één "
                "offerte of een "
                "pro-formafactuur.</li><li>Van 1.000 tot 10.000 euro: minstens drie schriftelijke "
                "offertes, vergeleken op criteria die vooraf vastliggen.</li><li>Boven 10.000 "
                "euro: een aanbesteding, vooraf afgesproken met de Vlaamse stedenbandcoördinator, "
                "en een schriftelijk gunningsverslag.</li></ul><p>Een aankoop mag nooit "
                "opgesplitst worden om onder een drempel te blijven. Wie een persoonlijke of "
                "familiale band heeft met een leverancier, meldt dat en neemt niet deel aan de "
                "keuze.</p><h2>3. Bewijsstukken</h2><p>Een geldig bewijsstuk vermeldt de datum, "
                "de naam van de leverancier, het bedrag, wat er gekocht werd en, waar mogelijk, "
                "een stempel of handtekening. Voor mensen die geen factuur kunnen opmaken, zoals "
                "dagloners of gidsen uit de gemeenschap, volstaat een lijst met naam, "
                "identiteitsnummer, gewerkte dagen, bedrag en handtekening of vingerafdruk. "
                "Bewaar alle originelen, geordend, zo lang als de partnerschapsovereenkomst "
                "voorschrijft.</p><h2>4. Bank en kas</h2><ul><li>De middelen staan op een "
                "bankrekening op naam van de gemeente, nooit op een persoonlijke "
                "rekening.</li><li>Bijvoorbeeld: elke betaling vraagt twee handtekeningen, van "
                "wie de betaling "
                "aanvraagt en van wie ze goedkeurt.</li><li>Houd zo weinig mogelijk cash in kas, "
                "tel de kas elke maand met twee personen, en noteer elke beweging in het "
                "kasboek.</li></ul><h2>5. Verklaringen en controles</h2><p>In mei en september "
                "geeft de stedenband zijn uitgaven aan met een verklaring op eer, zonder "
                "bewijsstukken. Elk jaar worden de bewijsstukken bezorgd bij de financiële "
                "rapportage. Tijdens bezoeken worden de boekhouding, de bewijsstukken en de "
                "effectieve aankopen samen bekeken. Licht elke afwijking van het budget toe "
                "boven de drempel die je handleiding vastlegt (bijvoorbeeld tien "
                "procent).</p><h2>6. Bij twijfel</h2><p>Vraag het "
                "voor je uitgeeft: neem contact op met de programmabeheerder of financieel "
                "beheerder. Aanvaard nooit een commissie, geschenk of gunst van een leverancier, "
                "en meld zo'n aanbod meteen.</p>"
            ),
            "fr": (
                "<p><strong>Exemple.</strong> Les montants, le seuil de dix pour cent et les deux "
                "signatures ci-dessous sont des exemples pour cette démonstration, pas des règles "
                "du programme\u202f: c’est le manuel financier de votre propre programme qui les "
                "fixe.</p>"
                "<h2>1. Principes</h2><p>Les fonds du jumelage sont de l'argent public, confié "
                "par le bailleur fédéral à la commune flamande et à son partenaire. Chaque "
                "dépense doit servir le plan d'action approuvé, être nécessaire et d'un prix "
                "raisonnable, et s'appuyer sur un document qui montre qui a reçu combien et pour "
                "quoi.</p><h2>2. Achats (montants donnés en exemple)</h2><ul><li>Jusqu'à "
                "1\u00a0000 euros\u202f: un devis ou "
                "une facture pro forma.</li><li>De 1\u00a0000 à 10\u00a0000 euros\u202f: au moins "
                "trois devis écrits, comparés selon des critères fixés à "
                "l'avance.</li><li>Au-delà de 10\u00a0000 euros\u202f: un appel d'offres, convenu "
                "au préalable avec le coordinateur de jumelage flamand, et un rapport "
                "d'attribution écrit.</li></ul><p>Un achat ne peut jamais être fractionné pour "
                "rester sous un seuil. Toute personne ayant un lien personnel ou familial avec un "
                "fournisseur le déclare et ne participe pas au choix.</p><h2>3. Pièces "
                "justificatives</h2><p>Un justificatif valable indique la date, le nom du "
                "fournisseur, le montant, l'objet de l'achat et, si possible, un cachet ou une "
                "signature. Pour les personnes qui ne peuvent pas établir de facture, comme les "
                "journaliers ou les guides communautaires, une liste avec le nom, le numéro "
                "d'identité, les jours travaillés, le montant et une signature ou une empreinte "
                "digitale est acceptée. Conservez tous les originaux, classés, pendant la durée "
                "prévue par la convention de partenariat.</p><h2>4. Banque et "
                "caisse</h2><ul><li>Les fonds sont déposés sur un compte bancaire au nom de la "
                "commune, jamais sur un compte personnel.</li><li>Par exemple, chaque paiement "
                "exige deux "
                "signatures\u202f: celle de la personne qui le demande et celle de la personne "
                "qui l'approuve.</li><li>Gardez le moins d'espèces possible en caisse, comptez la "
                "caisse chaque mois à deux, et notez chaque mouvement dans le livre de "
                "caisse.</li></ul><h2>5. Déclarations et contrôles</h2><p>En mai et en septembre, "
                "le jumelage déclare ses dépenses sur l'honneur, sans justificatifs. Chaque "
                "année, les justificatifs sont remis avec le rapport financier. Lors des visites, "
                "la comptabilité, les justificatifs et les achats effectifs sont examinés "
                "ensemble. Justifiez tout écart par rapport au budget au-delà "
                "du seuil fixé par votre manuel (par exemple dix pour cent).</p><h2>6. En cas de "
                "doute</h2><p>Demandez avant de dépenser\u202f: "
                "contactez le gestionnaire de programme ou le gestionnaire financier. N'acceptez "
                "jamais de commission, de cadeau ou de faveur d'un fournisseur, et signalez "
                "immédiatement une telle offre.</p>"
            ),
            "en": (
                "<p><strong>Example.</strong> The amounts, the ten per cent threshold and the two "
                "signatures below are examples for this demo, not rules of the programme: the "
                "financial handbook of your own programme sets them.</p>"
                "<h2>1. Principles</h2><p>Twinning funds are public money, entrusted by the "
                "federal funder to the Flemish municipality and its partner. Every expense must "
                "serve the approved action plan, be necessary and reasonably priced, and be "
                "backed by a document that shows who received how much and for what.</p><h2>2. "
                "Purchases (example amounts)</h2><ul><li>Up to 1,000 euros: one quote or a pro "
                "forma "
                "invoice.</li><li>From 1,000 to 10,000 euros: at least three written quotes, "
                "compared on criteria set in advance.</li><li>Above 10,000 euros: a call for "
                "tenders, agreed beforehand with the Flemish twinning coordinator, and a written "
                "selection report.</li></ul><p>A purchase may never be split to stay under a "
                "threshold. Anyone with a personal or family link to a supplier declares it and "
                "takes no part in the choice.</p><h2>3. Supporting documents</h2><p>A valid "
                "receipt shows the date, the supplier's name, the amount, what was bought and, "
                "where possible, a stamp or signature. For people who cannot issue an invoice, "
                "such as day labourers or community guides, a list with name, identity number, "
                "days worked, amount and signature or thumbprint is accepted. Keep all originals, "
                "in order, for as long as the partnership agreement requires.</p><h2>4. Bank and "
                "cash</h2><ul><li>Funds are kept in a bank account in the name of the "
                "municipality, never in a personal account.</li><li>For example, every payment "
                "needs two "
                "signatures: that of the person who requests it and that of the person who "
                "approves it.</li><li>Keep as little cash as possible, count the cash box every "
                "month with two people present, and record every movement in the cash "
                "book.</li></ul><h2>5. Declarations and checks</h2><p>In May and September the "
                "twinning link declares its expenses on its honour, without receipts. Every year "
                "the receipts are submitted with the financial report. During visits, the "
                "bookkeeping, the receipts and the actual purchases are reviewed together. "
                "Explain any deviation from the budget above the threshold your handbook sets "
                "(for example ten per cent).</p><h2>6. In "
                "case of doubt</h2><p>Ask before you spend: contact the programme or financial "
                "manager. Never accept a commission, gift or favour from a supplier, and report "
                "any such offer straight away.</p>"
            ),
            "es": (
                "<p><strong>Ejemplo.</strong> Los montos, el umbral del diez por ciento y las dos "
                "firmas que figuran a continuación son ejemplos para esta demostración, no normas "
                "del programa: los fija el manual financiero de su propio programa.</p>"
                "<h2>1. Principios</h2><p>Los fondos del hermanamiento son dinero público, "
                "confiado por el financiador federal al municipio flamenco y a su socio. Cada "
                "gasto debe servir al plan de acción aprobado, ser necesario y tener un precio "
                "razonable, y estar respaldado por un documento que muestre quién recibió cuánto "
                "y para qué.</p><h2>2. Compras (montos de ejemplo)</h2><ul><li>Hasta 1.000 euros: "
                "una cotización o "
                "una factura proforma.</li><li>De 1.000 a 10.000 euros: al menos tres "
                "cotizaciones escritas, comparadas según criterios fijados de "
                "antemano.</li><li>Más de 10.000 euros: una licitación, acordada previamente con "
                "el coordinador flamenco del hermanamiento, y un informe de adjudicación por "
                "escrito.</li></ul><p>Una compra nunca puede dividirse para quedar por debajo de "
                "un umbral. Quien tenga un vínculo personal o familiar con un proveedor lo "
                "declara y no participa en la elección.</p><h2>3. Comprobantes</h2><p>Un "
                "comprobante válido indica la fecha, el nombre del proveedor, el monto, lo que se "
                "compró y, cuando sea posible, un sello o una firma. Para las personas que no "
                "pueden emitir factura, como jornaleros o guías comunitarios, se acepta una lista "
                "con nombre, número de documento de identidad, días trabajados, monto y firma o "
                "huella digital. Conserve todos los originales, ordenados, durante el plazo que "
                "fija el convenio de asociación.</p><h2>4. Banco y caja</h2><ul><li>Los fondos se "
                "depositan en una cuenta bancaria a nombre del municipio, nunca en una cuenta "
                "personal.</li><li>Por ejemplo, cada pago requiere dos firmas: la de quien lo "
                "solicita y la de "
                "quien lo aprueba.</li><li>Mantenga la menor cantidad posible de efectivo en "
                "caja, haga el arqueo cada mes entre dos personas y registre cada movimiento en "
                "el libro de caja.</li></ul><h2>5. Declaraciones y controles</h2><p>En mayo y "
                "septiembre, el hermanamiento declara sus gastos mediante una declaración jurada, "
                "sin comprobantes. Cada año, los comprobantes se presentan con el informe "
                "financiero. Durante las visitas se revisan juntos la contabilidad, los "
                "comprobantes y las compras efectivas. Explique toda desviación respecto del "
                "presupuesto que supere el umbral fijado en su manual (por ejemplo, el diez por "
                "ciento).</p><h2>6. En caso de duda</h2><p>Pregunte "
                "antes de gastar: contacte al gestor del programa o al gestor financiero. Nunca "
                "acepte una comisión, un regalo o un favor de un proveedor, e informe de "
                "inmediato sobre cualquier oferta de ese tipo.</p>"
            ),
        },
    },
]
