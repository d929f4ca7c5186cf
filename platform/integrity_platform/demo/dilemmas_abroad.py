"""Demo dilemmas set in partner countries and on work visits, in nl, fr, en and es
(see dilemmas_at_home.py for the rest).
"""

DILEMMAS = [
    {
        "key": "per-diem-and-receipts",
        "context": "partner_country",
        "themes": ["financial_integrity"],
        "values": ["integrity", "professionalism"],
        "for_recruitment": False,
        "title": {
            "nl": "Dagvergoedingen die niet kloppen met de bewijsstukken",
            "fr": "Des per diem qui ne concordent pas avec les justificatifs",
            "en": "Per diems that do not match the receipts",
            "es": "Viáticos que no cuadran con los comprobantes",
        },
        "slug": {
            "nl": "dagvergoedingen-die-niet-kloppen-met-de-bewijsstukken",
            "fr": "des-per-diem-qui-ne-concordent-pas-avec-les-justificatifs",
            "en": "per-diems-that-do-not-match-the-receipts",
            "es": "viaticos-que-no-cuadran-con-los-comprobantes",
        },
        "summary": {
            "nl": (
                "De dagvergoedingen voor een opleiding bij de partner kloppen niet met de "
                "aanwezigheidslijst, maar volgens de coördinator “gaat dat hier zo”."
            ),
            "fr": (
                "Les per diem d'une formation chez le partenaire ne correspondent pas à la liste "
                "de présence, mais pour le coordinateur, «\u202fc'est comme ça ici\u202f»."
            ),
            "en": (
                "The per diems for a partner training do not match the attendance list, and the "
                "partner's coordinator says that is simply how things are done."
            ),
            "es": (
                "Los viáticos de una capacitación del socio no cuadran con la lista de asistencia, "
                "pero el coordinador dice que “así se hacen las cosas aquí”."
            ),
        },
        "situation": {
            "nl": (
                "<p>Je bent stedenbandcoördinator van Lindenhove, een Vlaamse gemeente met een "
                "partnergemeente in Benin. Bij het opmaken van de halfjaarlijkse "
                "uitgavenverklaring leg je de dagvergoedingen voor een driedaagse opleiding naast "
                "de bewijsstukken en de aanwezigheidslijst die de partner doorstuurde.</p><p>Dat "
                "klopt niet. Er werden dagvergoedingen betaald aan 40 deelnemers voor drie dagen, "
                "maar op dag twee en drie staan er maar 26 namen op de lijst, en een aantal "
                "handtekeningen lijken opvallend goed op elkaar. Het verschil bedraagt zo'n "
                "600.000 CFA-frank (ongeveer 900 euro).</p><p>Als je het aankaart in een "
                "videogesprek, wuift de coördinator van de partnergemeente het weg: “Zo gaat dat "
                "hier. Dagvergoedingen horen bij het inkomen van de mensen, en die lijst is een "
                "formaliteit.” Hij vraagt je om het totaal gewoon in te geven zoals gepland.</p>"
            ),
            "fr": (
                "<p>Vous coordonnez le jumelage de Lindenhove, une commune flamande liée à une "
                "commune partenaire au Bénin. En préparant la déclaration semestrielle des "
                "dépenses, vous comparez les per diem versés pour une formation de trois jours "
                "avec les justificatifs et la liste de présence envoyés par le "
                "partenaire.</p><p>Les chiffres ne concordent pas. Des per diem ont été payés à 40 "
                "participants pendant trois jours, mais la liste ne compte que 26 noms les "
                "deuxième et troisième jours, et plusieurs signatures se ressemblent étrangement. "
                "L'écart atteint environ 600\u00a0000 francs CFA (quelque "
                "900\u00a0euros).</p><p>Lors d'un appel, le coordinateur de la commune partenaire "
                "balaie la question\u202f: «\u202fC'est comme ça que ça se passe ici. Les per diem "
                "font partie du revenu des gens, et la liste n'est qu'une formalité.\u202f» Il "
                "vous demande de déclarer simplement le total prévu.</p>"
            ),
            "en": (
                "<p>You are the twinning coordinator of Lindenhove, a Flemish municipality linked "
                "to a partner municipality in Benin. While preparing the half-yearly expense "
                "declaration, you compare the per diems paid for a three-day training with the "
                "receipts and the attendance list the partner sent.</p><p>They do not match. Per "
                "diems were paid to 40 participants for three days, yet the list shows only 26 "
                "names on days two and three, and several signatures look strikingly alike. The "
                "gap is about 600,000 CFA francs (roughly €900).</p><p>When you raise it on a "
                "video call, the partner's coordinator shrugs it off: “That is how things are done "
                "here. Per diems are part of people's income, and the list is a formality.” He "
                "asks you to simply declare the total as planned.</p>"
            ),
            "es": (
                "<p>Usted coordina el hermanamiento de Lindenhove, un municipio flamenco vinculado "
                "a un municipio socio en Benín. Al preparar la declaración semestral de gastos, "
                "compara los viáticos pagados por una capacitación de tres días con los "
                "comprobantes y la lista de asistencia que envió el socio.</p><p>Las cifras no "
                "cuadran. Se pagaron viáticos a 40 participantes durante tres días, pero en la "
                "lista solo figuran 26 nombres el segundo y el tercer día, y varias firmas se "
                "parecen demasiado. La diferencia ronda los 600.000 francos CFA (unos 900 "
                "euros).</p><p>Cuando lo plantea en una videollamada, el coordinador del municipio "
                "socio le resta importancia: “Así se hacen las cosas aquí. Los viáticos son parte "
                "del ingreso de la gente, y la lista es una formalidad”. Le pide que declare "
                "simplemente el total previsto.</p>"
            ),
        },
        "stakeholders": {
            "nl": (
                "De partnergemeente en de deelnemers, want het gaat om hun opleidingsbudget; jouw "
                "gemeente en het internationale team, die met de verklaring instaan voor de "
                "cijfers tegenover de federale subsidiegever; en uiteindelijk de belastingbetaler."
            ),
            "fr": (
                "La commune partenaire et les participants, dont le budget de formation est en "
                "jeu\u202f; votre commune et l'équipe internationale, qui se portent garantes des "
                "chiffres auprès du bailleur fédéral\u202f; et, au bout du compte, le "
                "contribuable."
            ),
            "en": (
                "The partner municipality and the participants, whose training budget is at stake; "
                "your municipality and the international team, which vouch for the figures to the "
                "federal funder; and, in the end, the taxpayer."
            ),
            "es": (
                "El municipio socio y los participantes, cuyo presupuesto de capacitación está en "
                "juego; su municipio y el equipo internacional, que responden por las cifras ante "
                "el financiador federal; y, en última instancia, los contribuyentes."
            ),
        },
        "options": [
            {
                "label": {
                    "nl": "Het totaal ingeven zoals gepland: het is toch een verklaring op eer.",
                    "fr": (
                        "Déclarer le total prévu\u202f: c'est de toute façon une déclaration sur "
                        "l'honneur."
                    ),
                    "en": "Declare the total as planned: it is a declaration on honour anyway.",
                    "es": "Declarar el total previsto: al fin y al cabo es una declaración jurada.",
                },
                "considerations": {
                    "nl": (
                        "Je vermijdt spanningen met de partner en je wint tijd. Maar je "
                        "ondertekent bewust een onjuiste verklaring, terwijl de subsidiegever en "
                        "de jaarlijkse financiële rapportage net op die cijfers steunen."
                    ),
                    "fr": (
                        "Vous évitez les tensions avec le partenaire et gagnez du temps. Mais vous "
                        "signeriez en connaissance de cause une déclaration inexacte, alors que le "
                        "bailleur et le rapport financier annuel reposent précisément sur ces "
                        "chiffres."
                    ),
                    "en": (
                        "It avoids friction with the partner and saves time. But you would "
                        "knowingly sign an inaccurate declaration, and the funder and the annual "
                        "financial report rely on exactly these figures."
                    ),
                    "es": (
                        "Evita tensiones con el socio y ahorra tiempo. Pero estaría firmando a "
                        "sabiendas una declaración inexacta, cuando el financiador y el informe "
                        "financiero anual se basan justamente en esas cifras."
                    ),
                },
            },
            {
                "label": {
                    "nl": (
                        "Uitleg en correcte stukken vragen, en de financieel beheerder inlichten."
                    ),
                    "fr": (
                        "Demander des explications et des pièces corrigées, et informer le "
                        "gestionnaire financier."
                    ),
                    "en": (
                        "Ask for an explanation and corrected documents, and inform the financial "
                        "manager."
                    ),
                    "es": (
                        "Pedir explicaciones y documentos corregidos, e informar al gestor "
                        "financiero."
                    ),
                },
                "considerations": {
                    "nl": (
                        "Je neemt de uitleg van de partner ernstig en geeft enkel in wat "
                        "verantwoord is. Dat kan wat spanning geven, dus breng het als een "
                        "gedeelde verplichting tegenover de subsidiegever, niet als een "
                        "beschuldiging."
                    ),
                    "fr": (
                        "Vous prenez au sérieux le point de vue du partenaire et ne déclarez que "
                        "ce qui est justifié. Cela peut créer des tensions\u202f: présentez-le "
                        "comme une obligation commune envers le bailleur, pas comme une "
                        "accusation."
                    ),
                    "en": (
                        "You take the partner's view seriously and declare only what is supported. "
                        "It may cause some tension, so present it as a shared duty towards the "
                        "funder rather than an accusation."
                    ),
                    "es": (
                        "Toma en serio la versión del socio y declara solo lo que está "
                        "justificado. Puede generar cierta tensión, así que preséntelo como una "
                        "obligación compartida ante el financiador y no como una acusación."
                    ),
                },
            },
            {
                "label": {
                    "nl": "De coördinator van de partner meteen melden via het klachtenformulier.",
                    "fr": (
                        "Signaler immédiatement le coordinateur du partenaire via le formulaire de "
                        "plainte."
                    ),
                    "en": (
                        "Report the partner's coordinator straight away through the complaint form."
                    ),
                    "es": (
                        "Reportar de inmediato al coordinador del socio mediante el formulario de "
                        "quejas."
                    ),
                },
                "considerations": {
                    "nl": (
                        "Melden is terecht als je fraude vermoedt, en de klachtenmanager behandelt "
                        "het vertrouwelijk. Zonder eerst uitleg te vragen, meld je misschien een "
                        "administratieve warboel in plaats van wangedrag, en het vertrouwen in het "
                        "partnerschap kan eronder lijden."
                    ),
                    "fr": (
                        "Signaler est légitime en cas de soupçon de fraude, et le gestionnaire des "
                        "plaintes traite le dossier de manière confidentielle. Mais sans demander "
                        "d'abord des explications, vous risquez de signaler un désordre "
                        "administratif plutôt qu'une faute, et la confiance dans le partenariat "
                        "peut en souffrir."
                    ),
                    "en": (
                        "Reporting is legitimate when you suspect fraud, and the complaints "
                        "manager treats it confidentially. Without first asking for an "
                        "explanation, though, you may be reporting an administrative mess rather "
                        "than misconduct, and trust in the partnership may suffer."
                    ),
                    "es": (
                        "Reportar es legítimo si sospecha un fraude, y el gestor de quejas lo "
                        "trata de forma confidencial. Pero sin pedir antes una explicación, quizá "
                        "esté reportando un desorden administrativo y no una falta, y la confianza "
                        "en el hermanamiento puede resentirse."
                    ),
                },
            },
        ],
        "commentary": {
            "nl": (
                "<p>De code vraagt <strong>een correcte en heldere financiële verantwoording, "
                "intern én extern</strong>. De halfjaarlijkse uitgavenverklaring is een verklaring "
                "op eer: er worden geen bewijsstukken bij gevraagd, en net daarom telt jouw "
                "handtekening. Dagvergoedingen ingeven voor mensen die er niet waren, is geen "
                "cultureel verschil maar een onjuiste verantwoording van publiek "
                "geld.</p><p>Respect voor lokale gewoonten blijft belangrijk: dagvergoedingen "
                "liggen in veel partnerlanden gevoelig, en de coördinator vindt dit misschien echt "
                "normaal. Meestal ligt de weg in een open gesprek, gecorrigeerde cijfers en "
                "duidelijke afspraken over dagvergoedingen, op basis van het financieel handboek "
                "dat in alle partnertalen bestaat. Met vragen over financiële integriteit ga je "
                "naar de <strong>programmabeheerder of de financieel beheerder</strong>; de "
                "raadgever integriteit helpt je om de situatie te doordenken.</p><p>De code vraagt "
                "ook dat je <strong>misbruik of corruptie meldt</strong> wanneer je die vaststelt. "
                "Houdt de uitleg geen stand, bijvoorbeeld omdat handtekeningen vervalst blijken, "
                "dan meld je het via het klachtenformulier. Klachten over medewerkers van een "
                "gemeente worden aan die gemeente bezorgd; de klachtenmanager reageert binnen de "
                "twee weken en kan het onderzoek ondersteunen.</p>"
            ),
            "fr": (
                "<p>Le code exige <strong>une justification financière correcte et claire, en "
                "interne comme en externe</strong>. La déclaration semestrielle des dépenses est "
                "une déclaration sur l'honneur\u202f: aucun justificatif n'y est joint, et c'est "
                "justement pour cela que votre signature compte. Déclarer des per diem pour des "
                "personnes absentes n'a rien d'une différence culturelle\u202f: c'est une "
                "reddition de comptes inexacte sur de l'argent public.</p><p>Le respect des usages "
                "locaux reste important\u202f: les per diem sont un sujet sensible dans bien des "
                "pays partenaires, et le coordinateur trouve peut-être cela sincèrement normal. La "
                "voie à suivre passe généralement par un échange franc, des chiffres corrigés et "
                "des règles claires sur les per diem, en s'appuyant sur le manuel financier "
                "disponible dans toutes les langues des partenaires. Pour les questions "
                "d'intégrité financière, adressez-vous au <strong>gestionnaire de programme ou au "
                "gestionnaire financier</strong>\u202f; le conseiller en intégrité peut vous aider "
                "à y voir clair.</p><p>Le code vous demande aussi de <strong>signaler les abus ou "
                "la corruption</strong> que vous constatez. Si l'explication ne tient pas, par "
                "exemple parce que des signatures s'avèrent falsifiées, faites un signalement via "
                "le formulaire de plainte. Les plaintes visant le personnel d'une commune sont "
                "transmises à cette commune\u202f; le gestionnaire des plaintes répond dans les "
                "deux semaines et peut appuyer l'enquête.</p>"
            ),
            "en": (
                "<p>The code asks for <strong>correct and clear financial accountability, both "
                "internally and externally</strong>. The half-yearly expense declaration is a "
                "declaration on honour: no receipts are attached, which is exactly why your "
                "signature counts. Declaring per diems for people who were not there is not a "
                "cultural difference but an inaccurate account of public money.</p><p>Respect for "
                "local practice still matters: per diems are a sensitive topic in many partner "
                "countries, and the coordinator may genuinely see this as normal. The way forward "
                "is usually a frank conversation, corrected figures and clear agreements on per "
                "diems, based on the financial handbook that exists in all partner languages. "
                "Questions of financial integrity go to the <strong>programme manager or the "
                "financial manager</strong>; the integrity adviser can help you think the "
                "situation through.</p><p>The code also asks you to <strong>report abuse or "
                "corruption</strong> you observe. If the explanation does not hold, for instance "
                "because signatures turn out to be forged, report it through the complaint form. "
                "Complaints about staff of a municipality are passed on to that municipality; the "
                "complaints manager answers within two weeks and can support the inquiry.</p>"
            ),
            "es": (
                "<p>El código exige <strong>una rendición de cuentas financiera correcta y clara, "
                "tanto interna como externa</strong>. La declaración semestral de gastos es una "
                "declaración jurada: no se adjuntan comprobantes, y precisamente por eso su firma "
                "cuenta. Declarar viáticos de personas que no asistieron no es una diferencia "
                "cultural, sino una rendición de cuentas inexacta sobre fondos públicos.</p><p>El "
                "respeto por las costumbres locales sigue siendo importante: los viáticos son un "
                "tema delicado en muchos países socios, y quizá el coordinador lo vea de verdad "
                "como algo normal. Lo habitual es una conversación franca, cifras corregidas y "
                "reglas claras sobre viáticos, con base en el manual financiero que existe en "
                "todos los idiomas de los socios. Para las preguntas de integridad financiera, "
                "acuda al <strong>gestor del programa o al gestor financiero</strong>; el asesor "
                "de integridad puede ayudarle a pensar la situación.</p><p>El código también le "
                "pide <strong>reportar el abuso o la corrupción</strong> que observe. Si la "
                "explicación no se sostiene, por ejemplo porque hay firmas falsificadas, repórtelo "
                "mediante el formulario de quejas. Las quejas sobre personal de un municipio se "
                "remiten a ese municipio; el gestor de quejas responde en un plazo de dos semanas "
                "y puede apoyar la investigación.</p>"
            ),
        },
        "facilitator_notes": {
            "nl": (
                "<p>Deze casus draait om de grens tussen respect voor lokale gewoonten en het "
                "aftekenen van cijfers waarvan je weet dat ze niet kloppen.</p><ul><li>Wanneer "
                "verdient “zo gaat dat hier” respect, en wanneer is het een excuus?</li><li>Wat "
                "moet je weten voor je dit fraude noemt in plaats van slordige "
                "administratie?</li><li>Hoe breng je dit ter sprake bij de partner zonder de "
                "relatie te beschadigen?</li></ul><p><strong>Tip:</strong> reken op een twintigtal "
                "minuten. Groepen springen vaak meteen naar een formele klacht of doen het af als "
                "een klein bedrag; breng ze terug naar wat een handtekening onder een verklaring "
                "op eer betekent.</p>"
            ),
            "fr": (
                "<p>Ce cas porte sur la limite entre le respect des usages locaux et la validation "
                "de chiffres que l'on sait inexacts.</p><ul><li>Quand «\u202fc'est comme ça "
                "ici\u202f» mérite-t-il le respect, et quand est-ce une excuse\u202f?</li><li>Que "
                "faudrait-il savoir avant de parler de fraude plutôt que de négligence "
                "administrative\u202f?</li><li>Comment aborder la question avec le partenaire sans "
                "abîmer la relation\u202f?</li></ul><p><strong>Conseil\u202f:</strong> prévoyez "
                "une vingtaine de minutes. Les groupes ont tendance soit à passer directement à la "
                "plainte formelle, soit à balayer la question vu le faible montant\u202f; "
                "ramenez-les à ce que signifie une signature au bas d'une déclaration sur "
                "l'honneur.</p>"
            ),
            "en": (
                "<p>This case is about the line between respecting local practice and signing off "
                "on figures you know to be wrong.</p><ul><li>When does “this is how things are "
                "done here” deserve respect, and when is it an excuse?</li><li>What would you need "
                "to know before calling this fraud rather than sloppy administration?</li><li>How "
                "can you raise the issue with the partner without damaging the "
                "relationship?</li></ul><p><strong>Tip:</strong> allow about 20 minutes. Groups "
                "tend either to jump straight to a formal complaint or to wave it away as a small "
                "amount; bring them back to what a signature on a declaration on honour means.</p>"
            ),
            "es": (
                "<p>Este caso trata del límite entre respetar las costumbres locales y avalar "
                "cifras que se sabe que son incorrectas.</p><ul><li>¿Cuándo merece respeto un “así "
                "se hacen las cosas aquí” y cuándo es una excusa?</li><li>¿Qué necesitaría saber "
                "antes de hablar de fraude y no de desorden administrativo?</li><li>¿Cómo plantear "
                "el tema al socio sin dañar la relación?</li></ul><p><strong>Consejo:</strong> "
                "calcule unos 20 minutos. Los grupos suelen saltar directamente a la queja formal "
                "o restarle importancia por el monto; llévelos de vuelta a lo que significa firmar "
                "una declaración jurada.</p>"
            ),
        },
    },
    {
        "key": "hotel-with-a-commercial-link",
        "context": "work_visit",
        "themes": ["conflicts_of_interest", "financial_integrity"],
        "values": ["integrity"],
        "for_recruitment": False,
        "title": {
            "nl": "Een delegatiehotel met een familieband",
            "fr": "Un hôtel de délégation aux liens familiaux",
            "en": "A delegation hotel with a family link",
            "es": "Un hotel para la delegación con vínculo familiar",
        },
        "slug": {
            "nl": "een-delegatiehotel-met-een-familieband",
            "fr": "un-hotel-de-delegation-aux-liens-familiaux",
            "en": "a-delegation-hotel-with-a-family-link",
            "es": "un-hotel-para-la-delegacion-con-vinculo-familiar",
        },
        "summary": {
            "nl": (
                "Het raadslid dat het hotel van de delegatie boekte, blijkt familie van de "
                "mede-eigenaar, en de groep betaalt ruim boven de gangbare prijs."
            ),
            "fr": (
                "Le conseiller qui a réservé l'hôtel de la délégation est apparenté à son "
                "copropriétaire, et le groupe paie nettement plus que le tarif habituel."
            ),
            "en": (
                "The councillor who booked the delegation's hotel turns out to be related to its "
                "co-owner, and the group is paying well above the usual rate."
            ),
            "es": (
                "El concejal que reservó el hotel de la delegación resulta ser pariente de su "
                "copropietario, y el grupo paga bastante más que la tarifa habitual."
            ),
        },
        "situation": {
            "nl": (
                "<p>Als stedenbandcoördinator van Beekwijk begeleid je een delegatie op werkbezoek "
                "bij de partnergemeente in Peru. Een van de delegatieleden, een gemeenteraadslid, "
                "bood aan om het hotel voor de hele groep te boeken. Iedereen was blij dat hij het "
                "regelde; de zes kamers voor vijf nachten worden betaald uit het "
                "programmabudget.</p><p>Op de derde avond begroet de hotelmanager het raadslid "
                "hartelijk als “familie”. Aan tafel hoor je dat zijn schoonbroer mede-eigenaar is "
                "van het hotel. Online zie je dat de delegatie zo'n 95 euro per kamer per nacht "
                "betaalt, terwijl vergelijkbare hotels in de stad rond de 60 euro vragen, en dat "
                "de website van het hotel zelf lagere prijzen vermeldt.</p><p>Het raadslid heeft "
                "die band aan niemand gemeld. Het bezoek loopt goed, en hij is een drijvende "
                "kracht achter de stedenband.</p>"
            ),
            "fr": (
                "<p>Vous coordonnez le jumelage de Beekwijk et accompagnez une délégation en "
                "visite de travail auprès de la commune partenaire au Pérou. L'un des membres de "
                "la délégation, conseiller communal, a proposé de réserver l'hôtel pour tout le "
                "groupe. Tout le monde a apprécié qu'il s'en charge\u202f; les six chambres pour "
                "cinq nuits sont payées sur le budget du programme.</p><p>Le troisième soir, le "
                "gérant de l'hôtel accueille chaleureusement le conseiller comme un membre de "
                "«\u202fla famille\u202f». Au dîner, vous apprenez que son beau-frère est "
                "copropriétaire de l'hôtel. En ligne, vous constatez que la délégation paie "
                "environ 95\u00a0euros la nuit par chambre, alors que les hôtels comparables de la "
                "ville demandent autour de 60\u00a0euros, et que le site de l'hôtel affiche "
                "lui-même des tarifs plus bas.</p><p>Le conseiller n'a signalé ce lien à personne. "
                "La visite se passe bien, et il est l'un des moteurs du jumelage.</p>"
            ),
            "en": (
                "<p>As twinning coordinator of Beekwijk, you are accompanying a delegation on a "
                "work visit to the partner municipality in Peru. One of the delegation members, a "
                "municipal councillor, offered to book the hotel for the whole group. Everyone was "
                "glad he took care of it; the six rooms for five nights are paid from the "
                "programme budget.</p><p>On the third evening the hotel manager greets the "
                "councillor warmly as “family”. Over dinner you learn that his brother-in-law "
                "co-owns the hotel. Checking online, you see that the delegation pays about €95 "
                "per room per night, while comparable hotels in town charge around €60, and the "
                "hotel's own website lists lower rates.</p><p>The councillor has not mentioned the "
                "link to anyone. The visit is going well, and he is a driving force behind the "
                "twinning link.</p>"
            ),
            "es": (
                "<p>Usted coordina el hermanamiento de Beekwijk y acompaña a una delegación en "
                "visita de trabajo al municipio socio en Perú. Uno de los miembros de la "
                "delegación, concejal municipal, se ofreció a reservar el hotel para todo el "
                "grupo. Todos agradecieron que se ocupara; las seis habitaciones por cinco noches "
                "se pagan con el presupuesto del programa.</p><p>La tercera noche, el gerente del "
                "hotel saluda al concejal con cariño como “de la familia”. En la cena se entera de "
                "que su cuñado es copropietario del hotel. En internet ve que la delegación paga "
                "unos 95 euros por habitación y noche, mientras que hoteles similares de la ciudad "
                "cobran alrededor de 60 euros, y que la propia web del hotel muestra tarifas más "
                "bajas.</p><p>El concejal no mencionó ese vínculo a nadie. La visita va bien y él "
                "es uno de los motores del hermanamiento.</p>"
            ),
        },
        "stakeholders": {
            "nl": (
                "Het programma, dat met publiek geld zo'n 1000 euro te veel betaalt; het raadslid, "
                "wiens geloofwaardigheid op het spel staat; en de stedenband en het team, wier "
                "reputatie schade lijdt als de band later toch uitlekt."
            ),
            "fr": (
                "Le programme, qui paie sur des fonds publics quelque 1\u00a0000\u00a0euros de "
                "trop\u202f; le conseiller, dont la crédibilité est en jeu\u202f; et le jumelage "
                "et l'équipe, dont la réputation souffrirait si le lien était révélé plus tard."
            ),
            "en": (
                "The programme, which pays some €1,000 too much out of public money; the "
                "councillor, whose credibility is at stake; and the twinning link and the team, "
                "whose reputation suffers if the link comes out later."
            ),
            "es": (
                "El programa, que paga con fondos públicos unos 1.000 euros de más; el concejal, "
                "cuya credibilidad está en juego; y el hermanamiento y el equipo, cuya reputación "
                "se vería afectada si el vínculo sale a la luz más adelante."
            ),
        },
        "options": [
            {
                "label": {
                    "nl": "Niets zeggen: het verblijf is bijna voorbij en het hotel is prima.",
                    "fr": (
                        "Ne rien dire\u202f: le séjour touche à sa fin et l'hôtel est très correct."
                    ),
                    "en": "Say nothing: the stay is nearly over and the hotel itself is fine.",
                    "es": "No decir nada: la estadía casi termina y el hotel está bien.",
                },
                "considerations": {
                    "nl": (
                        "Je vermijdt een ongemakkelijk gesprek midden in een geslaagd bezoek. Maar "
                        "publiek geld betaalt voor een verzwegen familiebelang, en door te zwijgen "
                        "word je medeverantwoordelijk voor de rekeningen."
                    ),
                    "fr": (
                        "Vous évitez une conversation gênante au milieu d'une visite réussie. Mais "
                        "de l'argent public finance un intérêt familial non déclaré, et en vous "
                        "taisant vous devenez coresponsable des comptes."
                    ),
                    "en": (
                        "You avoid an awkward conversation in the middle of a good visit. But "
                        "public money is paying for an undisclosed family interest, and by staying "
                        "silent you share responsibility for the accounts."
                    ),
                    "es": (
                        "Evita una conversación incómoda en medio de una buena visita. Pero con "
                        "fondos públicos se paga un interés familiar no declarado, y al callar "
                        "usted se vuelve corresponsable de las cuentas."
                    ),
                },
            },
            {
                "label": {
                    "nl": (
                        "Het raadslid onder vier ogen aanspreken en de financieel beheerder "
                        "inlichten."
                    ),
                    "fr": "En parler en privé au conseiller et informer le gestionnaire financier.",
                    "en": (
                        "Raise it privately with the councillor and inform the financial manager."
                    ),
                    "es": "Hablarlo en privado con el concejal e informar al gestor financiero.",
                },
                "considerations": {
                    "nl": (
                        "Hij krijgt de kans om het uit te leggen en recht te zetten, bijvoorbeeld "
                        "door de meerkost terug te betalen of niet aan het programma aan te "
                        "rekenen. Dat vraagt tact, en hij kan zich beschuldigd voelen."
                    ),
                    "fr": (
                        "Il a l'occasion de s'expliquer et de corriger la situation, par exemple "
                        "en remboursant le surcoût ou en ne l'imputant pas au programme. Cela "
                        "demande du tact, et il peut se sentir accusé."
                    ),
                    "en": (
                        "He gets the chance to explain and put things right, for instance by "
                        "refunding the extra cost or keeping it out of the programme accounts. It "
                        "takes tact, and he may feel accused."
                    ),
                    "es": (
                        "Él tiene la oportunidad de explicarse y corregir la situación, por "
                        "ejemplo devolviendo el sobrecosto o no cargándolo al programa. Requiere "
                        "tacto, y puede sentirse acusado."
                    ),
                },
            },
            {
                "label": {
                    "nl": "Een klacht indienen tegen het raadslid zonder eerst met hem te praten.",
                    "fr": "Déposer une plainte contre le conseiller sans lui en parler d'abord.",
                    "en": "File a complaint about the councillor without talking to him first.",
                    "es": "Presentar una queja contra el concejal sin hablar antes con él.",
                },
                "considerations": {
                    "nl": (
                        "Een formele melding kan altijd en wordt vertrouwelijk behandeld. Maar je "
                        "slaat een eenvoudig gesprek over dat de zaak misschien uitklaart, en de "
                        "sfeer in de delegatie kan de rest van het bezoek verzuren."
                    ),
                    "fr": (
                        "Un signalement formel est toujours possible et il est traité de manière "
                        "confidentielle. Mais vous faites l'impasse sur une simple conversation "
                        "qui pourrait tout clarifier, et l'ambiance dans la délégation risque de "
                        "se dégrader pour le reste de la visite."
                    ),
                    "en": (
                        "A formal report is always possible and is handled confidentially. But you "
                        "skip a simple conversation that might clear things up, and relations "
                        "within the delegation may sour for the rest of the visit."
                    ),
                    "es": (
                        "Una queja formal siempre es posible y se trata de forma confidencial. "
                        "Pero se salta una simple conversación que podría aclarar las cosas, y el "
                        "ambiente en la delegación puede enrarecerse durante el resto de la "
                        "visita."
                    ),
                },
            },
        ],
        "commentary": {
            "nl": (
                "<p>De code vraagt dat je <strong>belangenvermenging vermijdt</strong> en je "
                "invloed niet gebruikt voor je eigen belang of voor dat van een persoon of "
                "organisatie waarbij je rechtstreeks of onrechtstreeks betrokken bent. Ze vraagt "
                "ook <strong>transparantie</strong> en <strong>een correcte financiële "
                "verantwoording</strong>. Een hotel boeken waarin een familielid een belang heeft, "
                "is op zich niet verboden; het probleem is dat het verzwegen wordt terwijl publiek "
                "geld boven de gangbare prijs betaalt.</p><p>Delegatieleden nemen voor een "
                "werkbezoek kennis van de code, dus het raadslid mag deze regels kennen. Een "
                "rechtstreeks gesprek is meestal de beste eerste stap: hij kan de band "
                "bekendmaken, en samen bekijk je of de meerkost terugbetaald moet worden of buiten "
                "de programmarekeningen blijft. Met vragen over wat je mag aanrekenen, ga je naar "
                "de <strong>programmabeheerder of de financieel beheerder</strong>.</p><p>Weigert "
                "hij, of blijkt het deel van een patroon, dan kan je een melding doen via het "
                "klachtenformulier. Omdat hij niet in dienst is van de vereniging, wordt de klacht "
                "aan zijn gemeente bezorgd; de klachtenmanager kan de opvolging ondersteunen. "
                "Spreek voor volgende bezoeken af dat boekingen met meerdere offertes vergeleken "
                "worden.</p>"
            ),
            "fr": (
                "<p>Le code vous demande d'<strong>éviter les conflits d'intérêts</strong> et de "
                "ne pas user de votre influence dans votre propre intérêt ou dans celui d'une "
                "personne ou d'une organisation à laquelle vous êtes lié directement ou "
                "indirectement. Il demande aussi la <strong>transparence</strong> et <strong>une "
                "justification financière correcte</strong>. Réserver un hôtel dans lequel un "
                "proche a des parts n'est pas interdit en soi\u202f; le problème, c'est de le "
                "taire alors que de l'argent public paie plus que le prix courant.</p><p>Les "
                "membres d'une délégation prennent connaissance du code avant une visite de "
                "travail\u202f: le conseiller est donc censé connaître ces règles. Une "
                "conversation directe est généralement le meilleur premier pas\u202f: il peut "
                "déclarer ce lien, et vous examinez ensemble si le surcoût doit être remboursé ou "
                "exclu des comptes du programme. Pour savoir ce qui peut être imputé, "
                "adressez-vous au <strong>gestionnaire de programme ou au gestionnaire "
                "financier</strong>.</p><p>S'il refuse, ou s'il s'avère que ce n'est pas un cas "
                "isolé, vous pouvez faire un signalement via le formulaire de plainte. Comme il "
                "n'est pas employé par l'association, la plainte est transmise à sa commune\u202f; "
                "le gestionnaire des plaintes peut en appuyer le suivi. Pour les prochaines "
                "visites, convenez de comparer plusieurs devis avant toute réservation.</p>"
            ),
            "en": (
                "<p>The code asks you to <strong>avoid conflicts of interest</strong> and not to "
                "use your influence for your own benefit or for that of a person or organisation "
                "you are directly or indirectly involved with. It also asks for "
                "<strong>transparency</strong> and <strong>correct financial "
                "accountability</strong>. Booking a hotel in which a relative has a stake is not "
                "forbidden in itself; the problem is keeping quiet about it while public money "
                "pays above the going rate.</p><p>Delegation members take note of the code before "
                "a work visit, so the councillor can be expected to know these rules. A direct "
                "conversation is usually the best first step: he can disclose the link, and "
                "together you can see whether the extra cost should be refunded or kept out of the "
                "programme accounts. Questions about what may be charged go to the "
                "<strong>programme manager or the financial manager</strong>.</p><p>If he refuses, "
                "or if it turns out to be part of a pattern, you can report it through the "
                "complaint form. Because he is not employed by the association, the complaint is "
                "passed on to his municipality; the complaints manager can support the follow-up. "
                "For future visits, agree that bookings are compared against several quotes.</p>"
            ),
            "es": (
                "<p>El código le pide <strong>evitar los conflictos de intereses</strong> y no "
                "usar su influencia en beneficio propio ni de una persona u organización con la "
                "que tenga un vínculo directo o indirecto. También exige "
                "<strong>transparencia</strong> y <strong>una rendición de cuentas financiera "
                "correcta</strong>. Reservar un hotel en el que un familiar tiene participación no "
                "está prohibido en sí; el problema es callarlo mientras se pagan con fondos "
                "públicos precios por encima de lo habitual.</p><p>Los miembros de una delegación "
                "toman conocimiento del código antes de una visita de trabajo, así que cabe "
                "esperar que el concejal conozca estas reglas. Una conversación directa suele ser "
                "el mejor primer paso: él puede declarar el vínculo y juntos pueden ver si el "
                "sobrecosto debe reembolsarse o quedar fuera de las cuentas del programa. Las "
                "dudas sobre qué se puede cargar al programa se consultan al <strong>gestor del "
                "programa o al gestor financiero</strong>.</p><p>Si se niega, o si resulta que no "
                "es un caso aislado, puede presentar una queja mediante el formulario de quejas. "
                "Como él no es empleado de la asociación, la queja se remite a su municipio; el "
                "gestor de quejas puede apoyar el seguimiento. Para las próximas visitas, acuerden "
                "comparar varias cotizaciones antes de reservar.</p>"
            ),
        },
        "facilitator_notes": {
            "nl": (
                "<p>Deze casus toont dat belangenvermenging vaak minder over bedoelingen gaat dan "
                "over openheid en kosten.</p><ul><li>Verandert je antwoord als de prijs dezelfde "
                "was als elders?</li><li>Hoe spreek je een verkozene aan die ook de drijvende "
                "kracht achter de stedenband is?</li><li>Welke eenvoudige afspraken over boekingen "
                "voorkomen dit de volgende keer?</li></ul><p><strong>Tip:</strong> 15 tot 20 "
                "minuten volstaan. Let op dat het gesprek niet ontaardt in een oordeel over het "
                "karakter van het raadslid; hou het bij de feiten, de verzwegen band en het "
                "gebruik van publiek geld.</p>"
            ),
            "fr": (
                "<p>Ce cas montre qu'un conflit d'intérêts tient souvent moins à l'intention qu'à "
                "la transparence et au coût.</p><ul><li>Votre réponse changerait-elle si le prix "
                "avait été le même qu'ailleurs\u202f?</li><li>Comment aborder la question avec un "
                "élu qui est aussi le moteur du jumelage\u202f?</li><li>Quelles règles simples de "
                "réservation éviteraient cette situation la prochaine "
                "fois\u202f?</li></ul><p><strong>Conseil\u202f:</strong> 15 à 20\u00a0minutes "
                "suffisent. Veillez à ce que la discussion ne tourne pas au procès du caractère du "
                "conseiller\u202f; restez-en aux faits, au lien non déclaré et à l'usage de "
                "l'argent public.</p>"
            ),
            "en": (
                "<p>This case shows that a conflict of interest is often less about intent than "
                "about disclosure and cost.</p><ul><li>Would your answer change if the price had "
                "been the same as elsewhere?</li><li>How do you raise this with an elected "
                "official who is also the driving force behind the twinning link?</li><li>What "
                "simple booking rules would prevent this situation next "
                "time?</li></ul><p><strong>Tip:</strong> 15 to 20 minutes is enough. Watch that "
                "the discussion does not turn into a judgement of the councillor's character; keep "
                "it on the facts, the undisclosed link and the use of public money.</p>"
            ),
            "es": (
                "<p>Este caso muestra que un conflicto de intereses tiene a menudo menos que ver "
                "con la intención que con la transparencia y el costo.</p><ul><li>¿Cambiaría su "
                "respuesta si el precio hubiera sido el mismo que en otros hoteles?</li><li>¿Cómo "
                "plantearle el tema a una autoridad electa que además es el motor del "
                "hermanamiento?</li><li>¿Qué reglas sencillas de reserva evitarían esta situación "
                "la próxima vez?</li></ul><p><strong>Consejo:</strong> bastan de 15 a 20 minutos. "
                "Evite que la discusión se convierta en un juicio sobre el carácter del concejal; "
                "manténgala en los hechos, el vínculo no declarado y el uso de fondos "
                "públicos.</p>"
            ),
        },
    },
    {
        "key": "invitation-to-a-hotel-room",
        "context": "work_visit",
        "themes": ["sexual_exploitation", "reporting_misconduct"],
        "values": ["integrity", "collegiality"],
        "for_recruitment": False,
        "title": {
            "nl": "Een uitnodiging naar de hotelkamer",
            "fr": "Une invitation dans la chambre d'hôtel",
            "en": "An invitation to the hotel room",
            "es": "Una invitación a la habitación del hotel",
        },
        "slug": {
            "nl": "een-uitnodiging-naar-de-hotelkamer",
            "fr": "une-invitation-dans-la-chambre-d-hotel",
            "en": "an-invitation-to-the-hotel-room",
            "es": "una-invitacion-a-la-habitacion-del-hotel",
        },
        "summary": {
            "nl": (
                "Tijdens een werkbezoek geeft een delegatielid een jonge tolk telkens geld en "
                "geschenken, en hij nodigt haar uit op zijn hotelkamer."
            ),
            "fr": (
                "Pendant une visite de travail, un membre de la délégation multiplie argent et "
                "cadeaux pour une jeune interprète et l'invite dans sa chambre d'hôtel."
            ),
            "en": (
                "During a work visit, a delegation member keeps giving money and gifts to a young "
                "interpreter and inviting her to his hotel room."
            ),
            "es": (
                "Durante una visita de trabajo, un miembro de la delegación le da dinero y regalos "
                "a una joven intérprete y la invita a su habitación de hotel."
            ),
        },
        "situation": {
            "nl": (
                "<p>Je maakt deel uit van een delegatie op een werkbezoek van een week bij een "
                "partnergemeente. De partner heeft een jonge lokale tolk ingehuurd, een studente "
                "van begin twintig die voor haar inkomen afhangt van zulke opdrachten.</p><p>Over "
                "verschillende dagen zie je dat een delegatielid, een ervaren ambtenaar van in de "
                "vijftig, haar telkens geld toestopt “voor een taxi”, een gsm en een halsketting "
                "voor haar kocht en haar al twee keer 's avonds op zijn hotelkamer uitnodigde “om "
                "het programma van morgen door te nemen”. Ze lacht het beleefd weg maar lijkt zich "
                "ongemakkelijk te voelen, en vanochtend vroeg ze een collega of ze met een andere "
                "groep kon werken.</p><p>Niemand anders in de delegatie lijkt het op te merken, of "
                "men wil het liever niet zien. Je hebt geen bewijs, alleen wat je zelf zag.</p>"
            ),
            "fr": (
                "<p>Vous faites partie d'une délégation en visite de travail d'une semaine auprès "
                "d'une commune partenaire. Le partenaire a engagé une jeune interprète locale, une "
                "étudiante d'une vingtaine d'années dont les revenus dépendent de ce type de "
                "missions.</p><p>Au fil des jours, vous remarquez qu'un membre de la délégation, "
                "un fonctionnaire expérimenté d'une cinquantaine d'années, lui glisse "
                "régulièrement de l'argent «\u202fpour le taxi\u202f», lui a acheté un téléphone "
                "et un collier, et l'a invitée deux fois le soir dans sa chambre d'hôtel "
                "«\u202fpour revoir le programme du lendemain\u202f». Elle s'en tire poliment par "
                "un sourire mais semble mal à l'aise, et ce matin elle a demandé à une collègue si "
                "elle pouvait travailler avec un autre groupe.</p><p>Personne d'autre dans la "
                "délégation ne semble l'avoir remarqué, ou l'on préfère ne pas voir. Vous n'avez "
                "aucune preuve, seulement ce que vous avez vu.</p>"
            ),
            "en": (
                "<p>You are part of a delegation on a week-long work visit to a partner "
                "municipality. The partner has hired a young local interpreter, a student in her "
                "early twenties who depends on assignments like this for her income.</p><p>Over "
                "several days you notice that one delegation member, an experienced official in "
                "his fifties, keeps slipping her money “for a taxi”, has bought her a phone and a "
                "necklace, and has twice invited her to his hotel room in the evening “to go over "
                "tomorrow's programme”. She laughs it off politely but looks uneasy, and this "
                "morning she asked a colleague whether she could work with another "
                "group.</p><p>Nobody else in the delegation seems to have noticed, or they prefer "
                "not to see it. You have no proof, only what you saw yourself.</p>"
            ),
            "es": (
                "<p>Usted forma parte de una delegación en una visita de trabajo de una semana a "
                "un municipio socio. El socio contrató a una joven intérprete local, una "
                "estudiante de poco más de veinte años que depende de este tipo de encargos para "
                "vivir.</p><p>Con el correr de los días nota que un miembro de la delegación, un "
                "funcionario veterano de unos cincuenta años, le da dinero una y otra vez “para el "
                "taxi”, le compró un celular y un collar, y dos veces la invitó de noche a su "
                "habitación del hotel “para repasar el programa de mañana”. Ella se ríe con "
                "cortesía pero parece incómoda, y esta mañana le preguntó a una colega si podía "
                "trabajar con otro grupo.</p><p>Nadie más en la delegación parece haberlo notado, "
                "o prefieren no verlo. Usted no tiene pruebas, solo lo que vio.</p>"
            ),
        },
        "stakeholders": {
            "nl": (
                "In de eerste plaats de tolk, wier veiligheid, inkomen en waardigheid op het spel "
                "staan; daarnaast de partnergemeente die haar inhuurde, de delegatie en de "
                "stedenband, wier vertrouwen en reputatie afhangen van hoe hiermee wordt omgegaan."
            ),
            "fr": (
                "Avant tout l'interprète, dont la sécurité, les revenus et la dignité sont "
                "menacés\u202f; ensuite la commune partenaire qui l'a engagée, la délégation et le "
                "jumelage, dont la confiance et la réputation dépendent de la manière dont la "
                "situation est gérée."
            ),
            "en": (
                "First and foremost the interpreter, whose safety, income and dignity are at risk; "
                "then the partner municipality that hired her, the delegation and the twinning "
                "link, whose trust and reputation depend on how this is handled."
            ),
            "es": (
                "Ante todo la intérprete, cuya seguridad, ingresos y dignidad están en riesgo; "
                "luego el municipio socio que la contrató, la delegación y el hermanamiento, cuya "
                "confianza y reputación dependen de cómo se maneje la situación."
            ),
        },
        "options": [
            {
                "label": {
                    "nl": "Je erbuiten houden: het zijn volwassenen en je hebt geen bewijs.",
                    "fr": (
                        "Ne pas s'en mêler\u202f: ce sont des adultes et vous n'avez pas de preuve."
                    ),
                    "en": "Stay out of it: they are adults and you have no proof.",
                    "es": "No meterse: son personas adultas y usted no tiene pruebas.",
                },
                "considerations": {
                    "nl": (
                        "Je vermijdt dat je iemand beschuldigt op basis van indrukken. Maar de "
                        "code vraagt geen bewijs om te melden, en door de machtsongelijkheid kan "
                        "je haar “instemming” niet zomaar aannemen; wie zwijgt, laat haar alleen "
                        "met het risico."
                    ),
                    "fr": (
                        "Vous évitez d'accuser quelqu'un sur la base d'impressions. Mais le code "
                        "n'exige pas de preuve pour signaler, et le déséquilibre de pouvoir "
                        "empêche de considérer son «\u202fconsentement\u202f» comme acquis\u202f; "
                        "se taire, c'est la laisser seule face au risque."
                    ),
                    "en": (
                        "You avoid accusing someone on the basis of impressions. But the code does "
                        "not require proof before you report, and the power imbalance means her "
                        "“consent” cannot be taken for granted; staying silent leaves her alone "
                        "with the risk."
                    ),
                    "es": (
                        "Evita acusar a alguien a partir de impresiones. Pero el código no exige "
                        "pruebas para reportar, y por el desequilibrio de poder su "
                        "“consentimiento” no puede darse por sentado; callar es dejarla sola "
                        "frente al riesgo."
                    ),
                },
            },
            {
                "label": {
                    "nl": (
                        "Discreet nagaan of ze in orde is, en wat je zag melden bij de "
                        "klachtenmanager."
                    ),
                    "fr": (
                        "Vérifier discrètement qu'elle va bien et signaler les faits au "
                        "gestionnaire des plaintes."
                    ),
                    "en": (
                        "Check discreetly that she is all right, and report what you saw to the "
                        "complaints manager."
                    ),
                    "es": (
                        "Verificar con discreción que ella esté bien y reportar lo que vio al "
                        "gestor de quejas."
                    ),
                },
                "considerations": {
                    "nl": (
                        "Haar veiligheid komt eerst, en ze weet waar ze terechtkan. Met een "
                        "melding kom je je plicht uit de code na en laat je het onderzoek aan "
                        "mensen die daarvoor opgeleid zijn; je kan ook de delegatieleider "
                        "inlichten, zodat ze niet meer alleen met hem hoeft te werken."
                    ),
                    "fr": (
                        "Sa sécurité passe en premier, et elle sait vers qui se tourner. En "
                        "signalant, vous respectez l'obligation prévue par le code et laissez "
                        "l'enquête à des personnes formées pour cela\u202f; vous pouvez aussi "
                        "alerter le chef de délégation pour qu'elle n'ait plus à travailler seule "
                        "avec lui."
                    ),
                    "en": (
                        "Her safety comes first, and she learns where she can turn. Reporting "
                        "meets your duty under the code and leaves the inquiry to people trained "
                        "for it; you can also alert the head of the delegation so that she no "
                        "longer has to work alone with him."
                    ),
                    "es": (
                        "Su seguridad es lo primero, y ella sabe a quién acudir. Al reportar "
                        "cumple con el deber que fija el código y deja la investigación en manos "
                        "de personas preparadas para ello; también puede avisar al jefe de la "
                        "delegación para que ella no tenga que seguir trabajando a solas con él."
                    ),
                },
            },
            {
                "label": {
                    "nl": "Hem onder vier ogen zeggen dat hij moet stoppen, en het daarbij laten.",
                    "fr": "Lui dire en privé d'arrêter, et en rester là.",
                    "en": "Tell him privately to stop, and leave it at that.",
                    "es": "Decirle en privado que pare, y dejarlo ahí.",
                },
                "considerations": {
                    "nl": (
                        "Een rechtstreeks woord kan het gedrag snel stoppen en bespaart iedereen "
                        "een procedure. Maar zo kom je je meldplicht niet na, hij kan het op haar "
                        "afreageren, en niemand gaat na of hij echt stopt of dat er nog andere "
                        "gevallen waren."
                    ),
                    "fr": (
                        "Un mot direct peut mettre fin rapidement à ce comportement et épargne une "
                        "procédure à tout le monde. Mais cela ne remplit pas l'obligation de "
                        "signaler, il pourrait s'en prendre à elle, et personne ne vérifie qu'il "
                        "arrête vraiment ou qu'il n'y a pas eu d'autres cas."
                    ),
                    "en": (
                        "A direct word may stop the behaviour quickly and spares everyone a "
                        "procedure. But it does not meet the duty to report, he may take it out on "
                        "her, and nobody checks whether he really stops or whether there were "
                        "other cases."
                    ),
                    "es": (
                        "Una palabra directa puede frenar rápido esa conducta y les ahorra a todos "
                        "un procedimiento. Pero no cumple con el deber de reportar, él podría "
                        "desquitarse con ella, y nadie verifica si realmente deja de hacerlo o si "
                        "hubo otros casos."
                    ),
                },
            },
        ],
        "commentary": {
            "nl": (
                "<p>Dit is geen grijze zone. De code verbiedt <strong>seksuele "
                "uitbuiting</strong>: elk misbruik van macht, vertrouwen of kwetsbaarheid met "
                "seksuele doeleinden. Daaronder valt ook geld, geschenken, hulp of gunsten "
                "aanbieden in ruil voor seks. Een ervaren ambtenaar van een financierende partner "
                "en een jonge tolk die van het werk afhangt, staan niet op gelijke voet; "
                "schijnbare instemming beslecht de zaak dus niet. De code verplicht je ook om "
                "<strong>misbruik te melden dat je waarneemt</strong>, ook als je er zelf niet bij "
                "betrokken bent en ook zonder bewijs: beschrijven wat je zag, volstaat.</p><p>Haar "
                "veiligheid en haar wensen komen eerst. Denk je dat ze in acuut gevaar is, handel "
                "dan meteen. Ga niet zelf onderzoeken, confronteer hem niet in het openbaar en "
                "vertel het verhaal niet rond; zorg dat ze niet alleen met hem achterblijft en "
                "laat haar rustig weten dat ze hulp kan zoeken. Meld het daarna bij de "
                "<strong>klachtenmanager</strong> via het klachtenformulier, of telefonisch via de "
                "noodnummers in de klachtenprocedure. Meldingen worden vertrouwelijk behandeld en "
                "je krijgt binnen de twee weken een reactie; werkt hij voor een gemeente, dan gaat "
                "de klacht naar die gemeente en ondersteunt de klachtenmanager het "
                "onderzoek.</p><p>Twijfel je hoe je het aanpakt? De <strong>raadgever "
                "integriteit</strong> adviseert je in vertrouwen, en de vertrouwenspersonen zijn "
                "er als de situatie je persoonlijk zwaar valt.</p>"
            ),
            "fr": (
                "<p>Il ne s'agit pas d'une zone grise. Le code interdit l'<strong>exploitation "
                "sexuelle</strong>\u202f: tout abus de pouvoir, de confiance ou de vulnérabilité à "
                "des fins sexuelles. Cela inclut le fait d'offrir de l'argent, des cadeaux, une "
                "aide ou des faveurs en échange de relations sexuelles. Un fonctionnaire "
                "expérimenté d'un partenaire financeur et une jeune interprète qui dépend de ce "
                "travail ne sont pas sur un pied d'égalité\u202f: un consentement apparent ne "
                "règle donc pas la question. Le code vous oblige aussi à <strong>signaler les abus "
                "que vous constatez</strong>, même si vous n'êtes pas directement concerné et même "
                "sans preuve\u202f: décrire ce que vous avez vu suffit.</p><p>Sa sécurité et ses "
                "souhaits passent avant tout. Si vous pensez qu'elle est en danger immédiat, "
                "agissez sans attendre. N'enquêtez pas vous-même, ne l'interpellez pas en public "
                "et ne faites pas circuler l'histoire\u202f; veillez à ce qu'elle ne reste pas "
                "seule avec lui et dites-lui calmement qu'elle peut demander de l'aide. Signalez "
                "ensuite les faits au <strong>gestionnaire des plaintes</strong> via le formulaire "
                "de plainte, ou par téléphone grâce aux numéros d'urgence de la procédure de "
                "plainte. Les signalements sont traités de manière confidentielle et vous recevez "
                "une réponse dans les deux semaines\u202f; s'il travaille pour une commune, la "
                "plainte est transmise à celle-ci et le gestionnaire des plaintes appuie "
                "l'enquête.</p><p>Vous hésitez sur la marche à suivre\u202f? Le <strong>conseiller "
                "en intégrité</strong> vous conseille en toute confidentialité, et les personnes "
                "de confiance sont là si la situation vous pèse personnellement.</p>"
            ),
            "en": (
                "<p>This is not a grey area. The code forbids <strong>sexual "
                "exploitation</strong>: any abuse of power, trust or vulnerability for sexual "
                "purposes. That includes offering money, gifts, help or favours in exchange for "
                "sex. An experienced official from a funding partner and a young interpreter who "
                "depends on the work are not on an equal footing, so apparent consent does not "
                "settle the matter. The code also obliges you to <strong>report abuse you "
                "observe</strong>, even when you are not directly involved and even without proof: "
                "describing what you saw is enough.</p><p>Her safety and wishes come first. If you "
                "think she is in immediate danger, act at once. Do not investigate yourself, "
                "confront him in public or spread the story; make sure she is not left alone with "
                "him, and let her know calmly that she can seek help. Then report to the "
                "<strong>complaints manager</strong> through the complaint form, or by phone using "
                "the urgent numbers in the complaints procedure. Reports are handled "
                "confidentially and you get a response within two weeks; if he works for a "
                "municipality, the complaint goes to that municipality and the complaints manager "
                "supports the inquiry.</p><p>Unsure how to go about it? The <strong>integrity "
                "adviser</strong> can advise you in confidence, and the confidential counsellors "
                "are there if the situation weighs on you personally.</p>"
            ),
            "es": (
                "<p>Esta no es una zona gris. El código prohíbe la <strong>explotación "
                "sexual</strong>: todo abuso de poder, de confianza o de vulnerabilidad con fines "
                "sexuales. Eso incluye ofrecer dinero, regalos, ayuda o favores a cambio de sexo. "
                "Un funcionario veterano de un socio que financia y una joven intérprete que "
                "depende de ese trabajo no están en igualdad de condiciones, así que un "
                "consentimiento aparente no zanja la cuestión. El código también le obliga a "
                "<strong>reportar los abusos que observe</strong>, aunque no esté directamente "
                "involucrado e incluso sin pruebas: basta con describir lo que vio.</p><p>Su "
                "seguridad y sus deseos van primero. Si cree que corre un peligro inmediato, actúe "
                "sin demora. No investigue por su cuenta, no lo confronte en público ni difunda la "
                "historia; asegúrese de que ella no quede a solas con él y hágale saber con calma "
                "que puede buscar ayuda. Después, repórtelo al <strong>gestor de quejas</strong> "
                "mediante el formulario de quejas, o por teléfono con los números de urgencia del "
                "procedimiento de quejas. Los reportes se tratan de forma confidencial y recibirá "
                "respuesta en un plazo de dos semanas; si él trabaja para un municipio, la queja "
                "se remite a ese municipio y el gestor de quejas apoya la "
                "investigación.</p><p>¿Duda sobre cómo proceder? El <strong>asesor de "
                "integridad</strong> le aconseja de forma confidencial, y las personas de "
                "confianza están a su disposición si la situación le afecta personalmente.</p>"
            ),
        },
        "facilitator_notes": {
            "nl": (
                "<p>Ga zorgvuldig met deze casus om: sommige deelnemers hebben zoiets misschien "
                "zelf meegemaakt of gezien. Vermeld bij de start dat de vertrouwenspersonen en de "
                "raadgever integriteit beschikbaar zijn.</p><ul><li>Waarom weegt de "
                "machtsongelijkheid hier zwaarder dan de vraag of zij erop lijkt in te "
                "gaan?</li><li>Wat houdt mensen in een delegatie tegen om iets te zeggen, en hoe "
                "verlaag je die drempel?</li><li>Wat kan je ter plaatse doen om haar te "
                "beschermen, zonder zelf het onderzoek over te "
                "nemen?</li></ul><p><strong>Tip:</strong> reken op 25 minuten en stuur weg van "
                "speculaties over het gedrag of de kleding van de tolk, die de schuld bij haar "
                "leggen. Maak duidelijk dat de code hier geen twijfel laat: het gesprek gaat over "
                "hoe je handelt, niet over of je handelt.</p>"
            ),
            "fr": (
                "<p>Abordez ce cas avec délicatesse\u202f: certains participants ont peut-être "
                "vécu ou observé des situations semblables. Rappelez dès le début que les "
                "personnes de confiance et le conseiller en intégrité sont "
                "disponibles.</p><ul><li>Pourquoi le déséquilibre de pouvoir pèse-t-il ici plus "
                "lourd que la question de savoir si elle semble "
                "consentante\u202f?</li><li>Qu'est-ce qui empêche les membres d'une délégation de "
                "réagir, et comment abaisser ce seuil\u202f?</li><li>Que pouvez-vous faire sur "
                "place pour la protéger, sans vous substituer à "
                "l'enquête\u202f?</li></ul><p><strong>Conseil\u202f:</strong> prévoyez "
                "25\u00a0minutes et écartez les spéculations sur le comportement ou la tenue de "
                "l'interprète, qui font peser la faute sur elle. Précisez que le code ne laisse "
                "ici aucun doute\u202f: la discussion porte sur la manière d'agir, pas sur la "
                "question de savoir s'il faut agir.</p>"
            ),
            "en": (
                "<p>Handle this case with care: some participants may have experienced or "
                "witnessed similar situations. Mention at the start that the confidential "
                "counsellors and the integrity adviser are available.</p><ul><li>Why does the "
                "power imbalance weigh more here than whether she seems to go along with "
                "it?</li><li>What stops people in a delegation from speaking up, and how can you "
                "lower that threshold?</li><li>What can you do on the spot to protect her without "
                "taking over the inquiry yourself?</li></ul><p><strong>Tip:</strong> allow 25 "
                "minutes, and steer away from speculation about the interpreter's behaviour or "
                "clothing, which shifts the blame onto her. Make clear that the code leaves no "
                "doubt here: the discussion is about how to act, not whether to.</p>"
            ),
            "es": (
                "<p>Trate este caso con cuidado: es posible que algunos participantes hayan vivido "
                "o presenciado situaciones parecidas. Recuerde desde el inicio que las personas de "
                "confianza y el asesor de integridad están a disposición.</p><ul><li>¿Por qué aquí "
                "pesa más el desequilibrio de poder que el hecho de que ella parezca "
                "aceptar?</li><li>¿Qué impide que los miembros de una delegación digan algo, y "
                "cómo se puede bajar esa barrera?</li><li>¿Qué puede hacer en el lugar para "
                "protegerla, sin ponerse a investigar por su "
                "cuenta?</li></ul><p><strong>Consejo:</strong> calcule 25 minutos y evite las "
                "especulaciones sobre la conducta o la ropa de la intérprete, que trasladan la "
                "culpa a ella. Deje claro que aquí el código no deja lugar a dudas: la discusión "
                "es sobre cómo actuar, no sobre si actuar.</p>"
            ),
        },
    },
    {
        "key": "remark-during-the-field-visit",
        "context": "work_visit",
        "themes": ["discrimination_respect", "cultural_sensitivity"],
        "values": ["collegiality", "service"],
        "for_recruitment": False,
        "title": {
            "nl": "Een opmerking tijdens het terreinbezoek",
            "fr": "Une remarque pendant la visite de terrain",
            "en": "A remark during the field visit",
            "es": "Un comentario durante la visita de campo",
        },
        "slug": {
            "nl": "een-opmerking-tijdens-het-terreinbezoek",
            "fr": "une-remarque-pendant-la-visite-de-terrain",
            "en": "a-remark-during-the-field-visit",
            "es": "un-comentario-durante-la-visita-de-campo",
        },
        "summary": {
            "nl": (
                "Tijdens een terreinbezoek spot een Vlaamse schepen met “hoe traag alles hier "
                "gaat”, vlak bij partnerpersoneel dat meer verstaat dan hij denkt."
            ),
            "fr": (
                "Lors d'une visite de terrain, un échevin flamand ironise sur «\u202fla lenteur "
                "d'ici\u202f» devant le personnel du partenaire, qui comprend plus qu'il ne le "
                "croit."
            ),
            "en": (
                "On a field visit, a Flemish alderman mocks “how slow things go here” in front of "
                "partner staff, who understand more than he thinks."
            ),
            "es": (
                "En una visita de campo, un concejal flamenco se burla de “lo lento que va todo "
                "aquí” delante del personal del socio, que entiende más de lo que él cree."
            ),
        },
        "situation": {
            "nl": (
                "<p>Je begeleidt een delegatie uit Lindenhove op terreinbezoek in Senegal, bij een "
                "gezondheidspost die de partnergemeente bouwt met steun van de stedenband. De "
                "werken lopen enkele maanden achter. De projectingenieur van de partner, die in "
                "België studeerde, leidt de groep rond.</p><p>Op de binnenplaats draait de Vlaamse "
                "schepen zich naar de delegatie en zegt lachend, in het Nederlands: “Tja, geen "
                "wonder dat het vertraging heeft. Alles gaat hier nu eenmaal traag. Bij ons was "
                "dit in een maand klaar geweest.” Een paar delegatieleden grinniken. De ingenieur "
                "staat enkele meters verder en verstaat elk woord; je ziet haar gezicht "
                "verstrakken, en ze zet de rondleiding snel verder.</p><p>De schepen is graag "
                "gezien en een overtuigd voorstander van de stedenband. Het bezoek verliep tot nu "
                "toe hartelijk en vlot.</p>"
            ),
            "fr": (
                "<p>Vous accompagnez une délégation de Lindenhove en visite de terrain au Sénégal, "
                "dans un poste de santé que la commune partenaire construit avec l'appui du "
                "jumelage. Les travaux ont plusieurs mois de retard. L'ingénieure de projet du "
                "partenaire, qui a étudié en Belgique, fait visiter les lieux.</p><p>Dans la cour, "
                "l'échevin flamand se tourne vers la délégation et lance en riant, en "
                "néerlandais\u202f: «\u202fPas étonnant que ce soit en retard. Ici, tout va "
                "lentement. Chez nous, ce serait fini en un mois.\u202f» Quelques membres de la "
                "délégation ricanent. L'ingénieure, à quelques mètres, comprend chaque mot\u202f; "
                "vous voyez son visage se figer, et elle poursuit vite la visite.</p><p>L'échevin "
                "est apprécié et soutient activement le jumelage. Jusqu'ici, la visite a été "
                "chaleureuse et fructueuse.</p>"
            ),
            "en": (
                "<p>You are accompanying a delegation from Lindenhove on a field visit in Senegal, "
                "to a health post that the partner municipality is building with support from the "
                "twinning link. The work is several months behind schedule. The partner's project "
                "engineer, who studied in Belgium, shows the group around.</p><p>In the courtyard, "
                "the Flemish alderman turns to the delegation and says in Dutch, laughing: “Well, "
                "no wonder it's late. Things just go slowly here. Back home this would have been "
                "done in a month.” A few delegation members chuckle. The engineer, standing a few "
                "metres away, understands every word; you see her face freeze, and she quickly "
                "moves on with the tour.</p><p>The alderman is well liked and a committed "
                "supporter of the twinning link. So far the visit has been warm and "
                "productive.</p>"
            ),
            "es": (
                "<p>Usted acompaña a una delegación de Lindenhove en una visita de campo en "
                "Senegal, a un puesto de salud que el municipio socio construye con apoyo del "
                "hermanamiento. La obra lleva varios meses de retraso. La ingeniera del proyecto, "
                "que estudió en Bélgica, guía al grupo.</p><p>En el patio, el concejal flamenco se "
                "vuelve hacia la delegación y dice entre risas, en neerlandés: “Bueno, no es raro "
                "que vaya atrasado. Aquí todo va lento. En nuestro país esto se habría terminado "
                "en un mes”. Algunos miembros de la delegación sueltan una risita. La ingeniera, a "
                "pocos metros, entiende cada palabra; usted ve cómo se le tensa el rostro, y ella "
                "sigue rápido con el recorrido.</p><p>El concejal es muy apreciado y un firme "
                "defensor del hermanamiento. Hasta ahora la visita ha sido cálida y "
                "productiva.</p>"
            ),
        },
        "stakeholders": {
            "nl": (
                "De ingenieur en haar collega's, die zich gekleineerd voelen voor werk onder "
                "moeilijke omstandigheden; het partnerschap, dat op wederzijds respect steunt; en "
                "de schepen zelf, wiens aanzien bij de partner op het spel staat."
            ),
            "fr": (
                "L'ingénieure et ses collègues, qui se sentent rabaissés pour un travail mené dans "
                "des conditions difficiles\u202f; le partenariat, qui repose sur le respect "
                "mutuel\u202f; et l'échevin lui-même, dont la crédibilité auprès du partenaire est "
                "en jeu."
            ),
            "en": (
                "The engineer and her colleagues, who feel belittled for work done under difficult "
                "conditions; the partnership, which rests on mutual respect; and the alderman "
                "himself, whose standing with the partner is at stake."
            ),
            "es": (
                "La ingeniera y sus colegas, que se sienten menospreciados por un trabajo hecho en "
                "condiciones difíciles; la relación de hermanamiento, que se basa en el respeto "
                "mutuo; y el propio concejal, cuya imagen ante el socio está en juego."
            ),
        },
        "options": [
            {
                "label": {
                    "nl": "Het laten passeren: het was een grap en het bezoek loopt goed.",
                    "fr": (
                        "Laisser passer\u202f: c'était une plaisanterie et la visite se passe bien."
                    ),
                    "en": "Let it go: it was a joke and the visit is going well.",
                    "es": "Dejarlo pasar: fue una broma y la visita va bien.",
                },
                "considerations": {
                    "nl": (
                        "Je houdt de sfeer goed en zet een verkozene niet in verlegenheid. Maar de "
                        "ingenieur blijft met de opmerking zitten, en zwijgen van de delegatie kan "
                        "als instemming overkomen."
                    ),
                    "fr": (
                        "Vous préservez la bonne ambiance et n'embarrassez pas un élu. Mais "
                        "l'ingénieure reste seule avec la remarque, et le silence de la délégation "
                        "peut passer pour de l'approbation."
                    ),
                    "en": (
                        "You keep the atmosphere pleasant and avoid embarrassing an elected "
                        "official. But the engineer is left alone with the remark, and silence "
                        "from the delegation can look like agreement."
                    ),
                    "es": (
                        "Mantiene el buen ambiente y no pone en aprietos a una autoridad electa. "
                        "Pero la ingeniera se queda sola con el comentario, y el silencio de la "
                        "delegación puede parecer aprobación."
                    ),
                },
            },
            {
                "label": {
                    "nl": (
                        "Hem later onder vier ogen tactvol feedback geven en voorstellen dat hij "
                        "het goedmaakt."
                    ),
                    "fr": (
                        "Lui en parler ensuite en privé, avec tact, et l'inviter à se rattraper "
                        "auprès d'elle."
                    ),
                    "en": (
                        "Give him tactful feedback in private later, and suggest he make amends "
                        "with the engineer."
                    ),
                    "es": (
                        "Más tarde, hablarle en privado con tacto y sugerirle un gesto hacia la "
                        "ingeniera."
                    ),
                },
                "considerations": {
                    "nl": (
                        "Zo volg je de weg van de code: de persoon rechtstreeks en constructief "
                        "aanspreken, met ruimte om het zelf recht te zetten. Het werkt alleen als "
                        "je het ook echt doet, liefst nog dezelfde dag."
                    ),
                    "fr": (
                        "Vous suivez la voie du code\u202f: vous adresser directement et de façon "
                        "constructive à la personne, en lui laissant l'occasion de réparer "
                        "elle-même. Cela ne fonctionne que si vous le faites vraiment, idéalement "
                        "le jour même."
                    ),
                    "en": (
                        "This follows the route the code sets out: address the person directly and "
                        "constructively, leaving him room to put it right himself. It only works "
                        "if you actually do it, ideally the same day."
                    ),
                    "es": (
                        "Sigue el camino que marca el código: hablar directamente y de forma "
                        "constructiva con la persona, dándole margen para enmendarlo. Solo "
                        "funciona si realmente lo hace, idealmente el mismo día."
                    ),
                },
            },
            {
                "label": {
                    "nl": "Hem ter plaatse terechtwijzen, waar de groep bij is.",
                    "fr": "Le reprendre sur-le-champ, devant le groupe.",
                    "en": "Correct him on the spot, in front of the group.",
                    "es": "Corregirlo en el momento, delante del grupo.",
                },
                "considerations": {
                    "nl": (
                        "De ingenieur ziet meteen dat de delegatie zijn mening niet deelt. Maar "
                        "een verkozene publiek terechtwijzen kan escaleren, en het kan nog meer "
                        "aandacht op haar vestigen op een pijnlijk moment."
                    ),
                    "fr": (
                        "L'ingénieure voit aussitôt que la délégation ne partage pas son avis. "
                        "Mais reprendre un élu en public peut envenimer les choses et attirer "
                        "encore plus l'attention sur elle dans un moment gênant."
                    ),
                    "en": (
                        "The engineer sees at once that the delegation does not share his view. "
                        "But publicly correcting an elected official can escalate, and it may draw "
                        "even more attention to her at an awkward moment."
                    ),
                    "es": (
                        "La ingeniera ve de inmediato que la delegación no comparte su opinión. "
                        "Pero corregir en público a una autoridad electa puede agravar la "
                        "situación y atraer aún más atención sobre ella en un momento incómodo."
                    ),
                },
            },
        ],
        "commentary": {
            "nl": (
                "<p>De code vraagt dat je <strong>verschillen respecteert en waardeert</strong>, "
                "rekening houdt met gevoeligheden en gewoonten, en nooit <strong>discriminerend of "
                "beledigend gedrag</strong> vertoont op basis van iemands afkomst. "
                "Professionalisme voegt eraan toe dat respect voor lokale volkeren en partners in "
                "het internationale werk bijzondere aandacht krijgt. Een veralgemenende uitspraak "
                "over “hoe traag alles hier gaat” scheert een heel land over één kam en kleineert "
                "mensen die vaak met minder middelen en meer papierwerk werken dan hun Vlaamse "
                "collega's, ook door de procedures van het programma zelf.</p><p>De code wijst ook "
                "de weg: bij wrevel <strong>spreek je eerst rechtstreeks de betrokkene "
                "aan</strong>, en je geeft feedback <strong>rationeel en tactvol</strong>. Een "
                "woord onder vier ogen nog dezelfde dag, en een gebaar naar de ingenieur toe, doen "
                "meestal meer dan een publieke terechtwijzing. Een kort, rustig woord ter plaatse, "
                "bijvoorbeeld door de echte oorzaken van de vertraging te noemen, kan ook gepast "
                "zijn.</p><p>Blijven zulke opmerkingen terugkomen, of wil de ingenieur verder "
                "gaan, dan kan de raadgever integriteit helpen, en het klachtenformulier staat "
                "open voor iedereen, ook voor personeel van de partner.</p>"
            ),
            "fr": (
                "<p>Le code vous demande de <strong>respecter et de valoriser les "
                "différences</strong>, d'être attentif aux sensibilités et aux coutumes, et de ne "
                "jamais adopter de <strong>comportement discriminatoire ou insultant</strong> "
                "fondé sur l'origine de quelqu'un. Le professionnalisme ajoute que le respect des "
                "populations locales et des partenaires mérite une attention particulière dans le "
                "travail international. Une remarque générale sur «\u202fla lenteur d'ici\u202f» "
                "met tout un pays dans le même sac et rabaisse des personnes qui travaillent "
                "souvent avec moins de moyens et plus de paperasse que leurs homologues flamands, "
                "y compris à cause des procédures du programme lui-même.</p><p>Le code indique "
                "aussi la marche à suivre\u202f: en cas de friction, <strong>adressez-vous d'abord "
                "directement à la personne concernée</strong>, et faites vos remarques <strong>de "
                "manière rationnelle et avec tact</strong>. Un mot en privé le jour même, et un "
                "geste envers l'ingénieure, sont généralement plus utiles qu'un recadrage public. "
                "Une brève remarque calme sur le moment, par exemple en rappelant les vraies "
                "causes du retard, peut aussi être appropriée.</p><p>Si ce genre de remarque se "
                "répète, ou si l'ingénieure souhaite aller plus loin, le conseiller en intégrité "
                "peut aider, et le formulaire de plainte est ouvert à tous, y compris au personnel "
                "du partenaire.</p>"
            ),
            "en": (
                "<p>The code asks you to <strong>respect and value differences</strong>, to be "
                "mindful of sensitivities and customs, and never to show <strong>discriminating or "
                "insulting behaviour</strong> based on someone's origin. Professionalism adds that "
                "respect for local peoples and partners deserves special attention in "
                "international work. A sweeping remark about “how slow things go here” lumps a "
                "whole country together and belittles people who often work with fewer means and "
                "more red tape than their Flemish counterparts, including the procedures of the "
                "programme itself.</p><p>The code also shows the way: in case of friction, "
                "<strong>speak directly to the person concerned first</strong>, and give feedback "
                "<strong>rationally and tactfully</strong>. A private word the same day, and a "
                "gesture towards the engineer, usually achieve more than a public correction. A "
                "brief, calm word on the spot, for instance by pointing out the real causes of the "
                "delay, can also be appropriate.</p><p>If remarks like this keep coming, or if the "
                "engineer wants to take it further, the integrity adviser can help, and the "
                "complaint form is open to anyone, including partner staff.</p>"
            ),
            "es": (
                "<p>El código le pide <strong>respetar y valorar las diferencias</strong>, tener "
                "en cuenta las sensibilidades y costumbres, y no tener nunca <strong>conductas "
                "discriminatorias u ofensivas</strong> por el origen de una persona. El "
                "profesionalismo añade que, en el trabajo internacional, el respeto por los "
                "pueblos locales y los socios merece especial atención. Un comentario general "
                "sobre “lo lento que va todo aquí” mete a todo un país en la misma bolsa y "
                "menosprecia a personas que a menudo trabajan con menos recursos y más trámites "
                "que sus pares flamencos, incluidos los procedimientos del propio "
                "programa.</p><p>El código también indica el camino: ante una fricción, "
                "<strong>hable primero directamente con la persona involucrada</strong> y haga sus "
                "observaciones <strong>de forma racional y con tacto</strong>. Unas palabras en "
                "privado el mismo día, y un gesto hacia la ingeniera, suelen servir más que una "
                "corrección pública. Un comentario breve y sereno en el momento, por ejemplo "
                "señalando las causas reales del retraso, también puede ser adecuado.</p><p>Si "
                "estos comentarios se repiten, o si la ingeniera quiere ir más allá, el asesor de "
                "integridad puede ayudar, y el formulario de quejas está abierto a cualquier "
                "persona, también al personal del socio.</p>"
            ),
        },
        "facilitator_notes": {
            "nl": (
                "<p>De meeste deelnemers zullen deze situatie herkennen. De casus gaat minder over "
                "de opmerking zelf dan over wat omstaanders daarna doen.</p><ul><li>Waar ligt de "
                "grens tussen een ongelukkige grap en beledigend gedrag?</li><li>Waarom lachten "
                "sommige delegatieleden mee, en wat doet dat met de ingenieur?</li><li>Hoe zou je "
                "het gesprek onder vier ogen met de schepen "
                "verwoorden?</li></ul><p><strong>Tip:</strong> 15 tot 20 minuten. Een rollenspel "
                "van het gesprek met de schepen werkt goed. Vermijd een debat over de vraag of het "
                "daar “echt” trager gaat; wijs eerder op de echte oorzaken van vertraging, zoals "
                "aanbestedingsregels, het regenseizoen of de procedures van de subsidiegever "
                "zelf.</p>"
            ),
            "fr": (
                "<p>La plupart des participants reconnaîtront cette situation. Le cas porte moins "
                "sur la remarque elle-même que sur ce que font ensuite les témoins.</p><ul><li>Où "
                "passe la limite entre une plaisanterie maladroite et un comportement "
                "insultant\u202f?</li><li>Pourquoi certains membres de la délégation ont-ils ri, "
                "et qu'est-ce que cela fait à l'ingénieure\u202f?</li><li>Comment formuleriez-vous "
                "la conversation en privé avec "
                "l'échevin\u202f?</li></ul><p><strong>Conseil\u202f:</strong> 15 à "
                "20\u00a0minutes. Un jeu de rôle de la conversation avec l'échevin fonctionne "
                "bien. Évitez un débat sur la question de savoir si les choses vont "
                "«\u202fvraiment\u202f» plus lentement là-bas\u202f; pointez plutôt les vraies "
                "causes des retards, comme les règles de marchés publics, la saison des pluies ou "
                "les procédures du bailleur lui-même.</p>"
            ),
            "en": (
                "<p>Most participants will recognise this situation. The case is less about the "
                "remark itself than about what bystanders do next.</p><ul><li>Where is the line "
                "between a clumsy joke and insulting behaviour?</li><li>Why did some delegation "
                "members laugh along, and what does that do to the engineer?</li><li>How would you "
                "phrase the private conversation with the "
                "alderman?</li></ul><p><strong>Tip:</strong> 15 to 20 minutes. A role play of the "
                "conversation with the alderman works well. Avoid a debate on whether things "
                "“really” go slower there; point instead to the real causes of delays, such as "
                "procurement rules, the rainy season or the funder's own procedures.</p>"
            ),
            "es": (
                "<p>La mayoría de los participantes reconocerá esta situación. El caso trata menos "
                "del comentario en sí que de lo que hacen después quienes lo "
                "presencian.</p><ul><li>¿Dónde está el límite entre una broma desafortunada y una "
                "conducta ofensiva?</li><li>¿Por qué se rieron algunos miembros de la delegación, "
                "y cómo afecta eso a la ingeniera?</li><li>¿Cómo formularía la conversación en "
                "privado con el concejal?</li></ul><p><strong>Consejo:</strong> de 15 a 20 "
                "minutos. Un juego de roles de la conversación con el concejal funciona bien. "
                "Evite un debate sobre si allí las cosas “realmente” van más lento; señale más "
                "bien las causas reales de los retrasos, como las reglas de contratación pública, "
                "la temporada de lluvias o los propios procedimientos del financiador.</p>"
            ),
        },
    },
    {
        "key": "consultation-without-the-indigenous-community",
        "context": "partner_country",
        "themes": ["cultural_sensitivity", "discrimination_respect"],
        "values": ["sustainability", "service"],
        "for_recruitment": False,
        "title": {
            "nl": "Een inspraakronde zonder de inheemse gemeenschap",
            "fr": "Une consultation sans la communauté autochtone",
            "en": "A consultation without the indigenous community",
            "es": "Una consulta sin la comunidad indígena",
        },
        "slug": {
            "nl": "een-inspraakronde-zonder-de-inheemse-gemeenschap",
            "fr": "une-consultation-sans-la-communaute-autochtone",
            "en": "a-consultation-without-the-indigenous-community",
            "es": "una-consulta-sin-la-comunidad-indigena",
        },
        "summary": {
            "nl": (
                "Een inspraakronde voor een waterproject slaat de inheemse gemeenschap over op "
                "wier grond de bronnen liggen, “want het is twee dagen reizen”."
            ),
            "fr": (
                "La consultation sur un projet d'eau oublie la communauté autochtone sur les "
                "terres de laquelle se trouvent les sources, «\u202fcar il faut deux jours pour y "
                "aller\u202f»."
            ),
            "en": (
                "A water project consultation leaves out the indigenous community on whose land "
                "the springs lie, “because it takes two days to get there”."
            ),
            "es": (
                "La consulta de un proyecto de agua deja fuera a la comunidad indígena en cuyo "
                "territorio están las vertientes, “porque llegar lleva dos días”."
            ),
        },
        "situation": {
            "nl": (
                "<p>Als stedenbandcoördinator van Beekwijk volg je een drinkwaterproject op bij de "
                "partnergemeente in Bolivia. In een videogesprek stelt het technische team van de "
                "partner het plan voor de inspraakronde voor: drie vergaderingen in het centrum en "
                "twee in de dorpen in de vallei, allemaal in één week.</p><p>Je merkt dat één "
                "inheemse gemeenschap in de heuvels ontbreekt, hoewel de bronnen die het systeem "
                "zullen voeden op haar grond liggen. Als je ernaar vraagt, zegt het hoofd van het "
                "technische team dat je er twee dagen over doet, over de weg en te voet, dat het "
                "brandstofbudget krap is en dat “ze toch nooit naar vergaderingen komen”. De "
                "gemeenschap spreekt vooral haar eigen taal, het personeel van de partner "
                "niet.</p><p>De partner wil het schema vandaag goedkeuren, zodat de werken voor "
                "het regenseizoen kunnen starten.</p>"
            ),
            "fr": (
                "<p>Vous coordonnez le jumelage de Beekwijk et suivez un projet d'eau potable dans "
                "la commune partenaire en Bolivie. Lors d'une visioconférence, l'équipe technique "
                "du partenaire présente le plan de consultation publique\u202f: trois réunions au "
                "centre-ville et deux dans les villages de la vallée, le tout en une "
                "semaine.</p><p>Vous remarquez qu'une communauté autochtone des collines n'y "
                "figure pas, alors que les sources qui alimenteront le réseau se trouvent sur ses "
                "terres. Interrogé, le responsable de l'équipe technique explique qu'il faut deux "
                "jours de route et de marche pour s'y rendre, que le budget carburant est serré et "
                "que «\u202fde toute façon, ils ne viennent jamais aux réunions\u202f». La "
                "communauté parle surtout sa propre langue, que le personnel du partenaire ne "
                "parle pas.</p><p>Le partenaire veut approuver le calendrier aujourd'hui, pour que "
                "les travaux démarrent avant la saison des pluies.</p>"
            ),
            "en": (
                "<p>As twinning coordinator of Beekwijk, you follow a drinking water project in "
                "the partner municipality in Bolivia. On a video call, the partner's technical "
                "team presents the plan for the public consultation: three meetings in the town "
                "centre and two in the valley villages, all in one week.</p><p>You notice that one "
                "indigenous community in the hills is missing, although the springs that will feed "
                "the system lie on its land. When you ask, the head of the technical team says it "
                "takes two days to get there by road and on foot, the fuel budget is tight, and "
                "“they never come to meetings anyway”. The community mainly speaks its own "
                "language, which the partner's staff do not.</p><p>The partner wants to approve "
                "the schedule today, so that work can start before the rainy season.</p>"
            ),
            "es": (
                "<p>Usted coordina el hermanamiento de Beekwijk y da seguimiento a un proyecto de "
                "agua potable en el municipio socio en Bolivia. En una videollamada, el equipo "
                "técnico del socio presenta el plan de la consulta pública: tres reuniones en el "
                "centro urbano y dos en las comunidades del valle, todo en una semana.</p><p>Nota "
                "que falta una comunidad indígena de las alturas, aunque las vertientes que "
                "abastecerán el sistema están en su territorio. Cuando pregunta, el jefe del "
                "equipo técnico explica que llegar allí lleva dos días por camino y a pie, que el "
                "presupuesto de combustible es ajustado y que “igual nunca vienen a las "
                "reuniones”. La comunidad habla sobre todo su propia lengua, que el personal del "
                "socio no habla.</p><p>El socio quiere aprobar el cronograma hoy, para que la obra "
                "empiece antes de la temporada de lluvias.</p>"
            ),
        },
        "stakeholders": {
            "nl": (
                "De inheemse gemeenschap, wier grond en water rechtstreeks geraakt worden; de "
                "andere inwoners, die een duurzaam watersysteem nodig hebben; en de "
                "partnergemeente en de stedenband, wier project op conflict kan stuiten of "
                "mislukken zonder de steun van de gemeenschap."
            ),
            "fr": (
                "La communauté autochtone, dont les terres et l'eau sont directement "
                "touchées\u202f; les autres habitants, qui ont besoin d'un réseau durable\u202f; "
                "et la commune partenaire et le jumelage, dont le projet risque le conflit ou "
                "l'échec sans l'adhésion de la communauté."
            ),
            "en": (
                "The indigenous community, whose land and water are directly affected; the other "
                "residents, who need a water system that lasts; and the partner municipality and "
                "the twinning link, whose project could run into conflict or fail without the "
                "community's support."
            ),
            "es": (
                "La comunidad indígena, cuyo territorio y cuya agua se ven afectados directamente; "
                "los demás habitantes, que necesitan un sistema de agua duradero; y el municipio "
                "socio y el hermanamiento, cuyo proyecto podría enfrentar conflictos o fracasar "
                "sin el apoyo de la comunidad."
            ),
        },
        "options": [
            {
                "label": {
                    "nl": (
                        "Het schema aanvaarden: de partner kent het terrein en het is hun project."
                    ),
                    "fr": (
                        "Accepter le calendrier\u202f: le partenaire connaît le terrain et c'est "
                        "son projet."
                    ),
                    "en": (
                        "Accept the schedule: the partner knows the terrain and it is their "
                        "project."
                    ),
                    "es": "Aceptar el cronograma: el socio conoce el terreno y es su proyecto.",
                },
                "considerations": {
                    "nl": (
                        "Je respecteert het eigenaarschap van de partner en het project blijft op "
                        "schema. Maar wie het meest geraakt wordt, valt uit de boot; dat gaat in "
                        "tegen de code en kan later tot conflicten over de bronnen leiden."
                    ),
                    "fr": (
                        "Vous respectez l'appropriation du projet par le partenaire et le "
                        "calendrier est tenu. Mais les personnes les plus concernées sont exclues, "
                        "ce qui va à l'encontre du code et peut plus tard provoquer des conflits "
                        "autour des sources."
                    ),
                    "en": (
                        "It respects the partner's ownership and keeps the project on schedule. "
                        "But the people most affected are left out, which goes against the code "
                        "and can lead to conflict over the springs later."
                    ),
                    "es": (
                        "Respeta la apropiación del proyecto por parte del socio y se cumplen los "
                        "plazos. Pero quienes más se ven afectados quedan fuera, lo que va contra "
                        "el código y puede generar conflictos por las vertientes más adelante."
                    ),
                },
            },
            {
                "label": {
                    "nl": (
                        "Het aankaarten en met de partner zoeken hoe de gemeenschap erbij kan "
                        "komen."
                    ),
                    "fr": (
                        "Soulever la question et chercher avec le partenaire comment associer la "
                        "communauté."
                    ),
                    "en": "Raise it, and look with the partner for a way to include the community.",
                    "es": "Plantearlo y buscar con el socio cómo incluir a la comunidad.",
                },
                "considerations": {
                    "nl": (
                        "Denk aan extra budget voor de reis, een tolk of de reiskosten van "
                        "vertegenwoordigers van de gemeenschap, en liefst aan de gemeenschap zelf "
                        "vragen hoe ze geraadpleegd wil worden. De start kan wel enkele weken "
                        "opschuiven."
                    ),
                    "fr": (
                        "Pistes possibles\u202f: un budget pour le déplacement, un interprète ou "
                        "la prise en charge des frais de voyage de représentants de la communauté, "
                        "idéalement en demandant à celle-ci comment elle souhaite être consultée. "
                        "Le démarrage peut être retardé de quelques semaines."
                    ),
                    "en": (
                        "Options include budget for the trip, an interpreter or covering the "
                        "travel costs of community representatives, ideally after asking the "
                        "community how it wants to be consulted. The start may slip by a few "
                        "weeks."
                    ),
                    "es": (
                        "Algunas opciones: presupuesto para el viaje, un intérprete o cubrir los "
                        "gastos de traslado de representantes de la comunidad, idealmente "
                        "preguntándole a la propia comunidad cómo quiere ser consultada. El inicio "
                        "puede retrasarse unas semanas."
                    ),
                },
            },
            {
                "label": {
                    "nl": (
                        "De steun van de stedenband laten afhangen van een raadpleging van de "
                        "gemeenschap."
                    ),
                    "fr": "Subordonner l'appui du jumelage à la consultation de la communauté.",
                    "en": (
                        "Make the twinning link's support conditional on consulting the community."
                    ),
                    "es": (
                        "Condicionar el apoyo del hermanamiento a que se consulte a la comunidad."
                    ),
                },
                "considerations": {
                    "nl": (
                        "Zo laat je geen twijfel over wat voor jou belangrijk is. Maar eenzijdig "
                        "voorwaarden opleggen kan betuttelend overkomen en het partnerschap "
                        "ondermijnen; hou het liever als laatste middel, na een gesprek."
                    ),
                    "fr": (
                        "Vous ne laissez aucun doute sur ce qui compte pour vous. Mais imposer des "
                        "conditions de façon unilatérale peut paraître paternaliste et fragiliser "
                        "le partenariat\u202f; mieux vaut le garder en dernier recours, après le "
                        "dialogue."
                    ),
                    "en": (
                        "It leaves no doubt about what matters to you. But imposing conditions "
                        "unilaterally can come across as paternalistic and undermine the "
                        "partnership; it is better kept as a last resort, after dialogue."
                    ),
                    "es": (
                        "No deja dudas sobre lo que le importa. Pero imponer condiciones de forma "
                        "unilateral puede resultar paternalista y debilitar la relación; es mejor "
                        "reservarlo como último recurso, después del diálogo."
                    ),
                },
            },
        ],
        "commentary": {
            "nl": (
                "<p>Onder duurzaamheid vraagt de code dat je <strong>duurzame relaties en "
                "structurele oplossingen</strong> zoekt, partners betrekt en aandacht hebt voor de "
                "<strong>inclusie van inheemse en gemarginaliseerde gemeenschappen</strong>; "
                "mensenrechten zijn daarbij een belangrijk uitgangspunt. Dienstbaarheid betekent "
                "oog hebben voor de belangen van de leden en hun partners, zonder onderscheid op "
                "basis van afkomst. Een inspraakronde die net de gemeenschap overslaat op wier "
                "grond de bronnen liggen, is daar moeilijk mee te rijmen.</p><p>Professionalisme "
                "vraagt ook dat je <strong>de expertise van anderen aanvaardt</strong> en respect "
                "toont voor lokale volkeren en partners. De partner kent het terrein wel degelijk, "
                "en de afstand en de kosten zijn reëel. Daarom is het antwoord zelden de partner "
                "overrulen, maar het bezwaar ernstig nemen en samen een werkbare oplossing zoeken: "
                "budget voor de reis, een tolk, of een vergadering op een moment en een plek die "
                "de gemeenschap kiest. Een korte vertraging nu kost minder dan een conflict over "
                "water later. In veel landen hebben inheemse volkeren bovendien wettelijk recht op "
                "inspraak bij projecten die hun grond raken.</p><p>Twijfel je hoever je mag "
                "aandringen bij de partner? Bespreek het met de raadgever integriteit, en met de "
                "programmabeheerder voor vragen over het budget.</p>"
            ),
            "fr": (
                "<p>Au titre de la durabilité, le code vous demande de rechercher des "
                "<strong>relations durables et des solutions structurelles</strong>, d'associer "
                "les partenaires et de veiller à l'<strong>inclusion des communautés autochtones "
                "et marginalisées</strong>\u202f; les droits humains en sont un point de départ "
                "essentiel. Le sens du service implique d'être attentif aux intérêts des membres "
                "et de leurs partenaires, sans distinction d'origine. Une consultation qui oublie "
                "justement la communauté sur les terres de laquelle se trouvent les sources se "
                "concilie mal avec ces principes.</p><p>Le professionnalisme vous demande aussi "
                "d'<strong>accepter l'expertise des autres</strong> et de respecter les "
                "populations locales et les partenaires. Le partenaire connaît effectivement le "
                "terrain, et la distance comme le coût sont bien réels. La réponse consiste donc "
                "rarement à passer outre le partenaire, mais à prendre l'objection au sérieux et à "
                "chercher ensemble une solution réaliste\u202f: un budget pour le déplacement, un "
                "interprète, ou une réunion au moment et à l'endroit choisis par la communauté. Un "
                "léger retard aujourd'hui coûte moins cher qu'un conflit autour de l'eau demain. "
                "Dans de nombreux pays, les peuples autochtones ont en outre le droit légal d'être "
                "consultés sur les projets qui touchent leurs terres.</p><p>Vous ne savez pas "
                "jusqu'où insister auprès du partenaire\u202f? Parlez-en au conseiller en "
                "intégrité, et au gestionnaire de programme pour les questions budgétaires.</p>"
            ),
            "en": (
                "<p>Under sustainability, the code asks you to seek <strong>lasting relationships "
                "and structural solutions</strong>, to involve partners and to pay attention to "
                "the <strong>inclusion of indigenous and marginalised communities</strong>; human "
                "rights are a key starting point. Service means attention to the interests of "
                "members and their partners, without distinction by origin. A consultation that "
                "skips the very community on whose land the springs lie is hard to reconcile with "
                "either.</p><p>Professionalism also asks you to <strong>accept the expertise of "
                "others</strong> and to respect local peoples and partners. The partner does know "
                "the terrain, and the distance and cost are real. That is why the answer is rarely "
                "to overrule the partner, but to take the objection seriously and look for a "
                "workable solution together: budget for the trip, an interpreter, or a meeting at "
                "a time and place the community chooses. A short delay now costs less than a "
                "conflict over water later. In many countries, indigenous peoples also have a "
                "legal right to be consulted on projects that affect their land.</p><p>Not sure "
                "how hard you can press the partner? Talk it over with the integrity adviser, and "
                "with the programme manager for questions about the budget.</p>"
            ),
            "es": (
                "<p>En materia de sostenibilidad, el código le pide buscar <strong>relaciones "
                "duraderas y soluciones estructurales</strong>, involucrar a los socios y prestar "
                "atención a la <strong>inclusión de las comunidades indígenas y "
                "marginadas</strong>; los derechos humanos son un punto de partida clave. La "
                "vocación de servicio implica atender los intereses de los miembros y sus socios, "
                "sin distinción por origen. Una consulta que deja fuera justamente a la comunidad "
                "en cuyo territorio están las vertientes difícilmente se concilia con esos "
                "principios.</p><p>El profesionalismo también le pide <strong>aceptar la "
                "experiencia de otras personas</strong> y respetar a los pueblos locales y a los "
                "socios. El socio sí conoce el terreno, y la distancia y el costo son reales. Por "
                "eso la respuesta rara vez es pasar por encima del socio, sino tomar en serio la "
                "objeción y buscar juntos una solución viable: presupuesto para el viaje, un "
                "intérprete o una reunión en el momento y el lugar que elija la comunidad. Un "
                "pequeño retraso ahora cuesta menos que un conflicto por el agua después. Además, "
                "en muchos países los pueblos indígenas tienen derecho por ley a ser consultados "
                "sobre los proyectos que afectan su territorio.</p><p>¿No sabe hasta dónde "
                "insistir ante el socio? Consúltelo con el asesor de integridad, y con el gestor "
                "del programa para las cuestiones de presupuesto.</p>"
            ),
        },
        "facilitator_notes": {
            "nl": (
                "<p>Deze casus zet het eigenaarschap van de partner tegenover inclusie. Beide zijn "
                "belangrijk, en dat maakt hem geschikt voor een goed gesprek.</p><ul><li>Wanneer "
                "is het terecht om keuzes van een partner over zijn eigen project in vraag te "
                "stellen, en wanneer wordt het betuttelend?</li><li>Is “ze komen toch nooit naar "
                "vergaderingen” een reden om hen over te slaan, of een teken dat de vergaderingen "
                "niet voor hen gemaakt zijn?</li><li>Wat zou je voorstellen om het project op "
                "schema te houden zonder de gemeenschap uit te "
                "sluiten?</li></ul><p><strong>Tip:</strong> reken op 20 minuten. Deelnemers vallen "
                "vaak terug op “het is hun project”; vraag wie die “hun” is, en of de gemeenschap "
                "daar ook bij hoort.</p>"
            ),
            "fr": (
                "<p>Ce cas met en balance l'appropriation par le partenaire et l'inclusion. Les "
                "deux comptent, ce qui en fait un bon support de discussion.</p><ul><li>Quand "
                "est-il légitime de remettre en question les choix d'un partenaire sur son propre "
                "projet, et quand cela devient-il paternaliste\u202f?</li><li>«\u202fIls ne "
                "viennent jamais aux réunions\u202f»\u202f: est-ce une raison de les oublier, ou "
                "le signe que les réunions ne sont pas pensées pour eux\u202f?</li><li>Que "
                "proposeriez-vous pour tenir le calendrier sans exclure la "
                "communauté\u202f?</li></ul><p><strong>Conseil\u202f:</strong> prévoyez "
                "20\u00a0minutes. Les participants se replient souvent sur «\u202fc'est leur "
                "projet\u202f»\u202f; demandez qui est ce «\u202fleur\u202f», et si la communauté "
                "en fait partie.</p>"
            ),
            "en": (
                "<p>This case weighs the partner's ownership against inclusion. Both matter, which "
                "makes it a good case for discussion.</p><ul><li>When is it right to question a "
                "partner's choices about its own project, and when does it become "
                "paternalistic?</li><li>Is “they never come to meetings anyway” a reason to skip "
                "them, or a sign that the meetings are not designed for them?</li><li>What would "
                "you propose to keep the project on schedule without leaving the community "
                "out?</li></ul><p><strong>Tip:</strong> allow 20 minutes. Participants often fall "
                "back on “it is their project”; ask who “they” are in that sentence, and whether "
                "the community counts among them.</p>"
            ),
            "es": (
                "<p>Este caso contrapone la apropiación por parte del socio y la inclusión. Ambas "
                "importan, y por eso se presta bien a la discusión.</p><ul><li>¿Cuándo es legítimo "
                "cuestionar las decisiones de un socio sobre su propio proyecto, y cuándo se "
                "vuelve paternalista?</li><li>¿“Igual nunca vienen a las reuniones” es un motivo "
                "para dejarlos fuera, o una señal de que las reuniones no están pensadas para "
                "ellos?</li><li>¿Qué propondría para cumplir los plazos sin excluir a la "
                "comunidad?</li></ul><p><strong>Consejo:</strong> calcule 20 minutos. Los "
                "participantes suelen refugiarse en “es su proyecto”; pregunte de quién es ese "
                "“su”, y si la comunidad forma parte de él.</p>"
            ),
        },
    },
    {
        "key": "flying-for-a-two-hour-meeting",
        "context": "work_visit",
        "themes": ["ecological_impact", "use_of_means"],
        "values": ["sustainability", "professionalism"],
        "for_recruitment": False,
        "title": {
            "nl": "Vliegen voor een vergadering van twee uur?",
            "fr": "Prendre l'avion pour une réunion de deux heures\u202f?",
            "en": "Flying out for a two-hour meeting?",
            "es": "¿Volar para una reunión de dos horas?",
        },
        "slug": {
            "nl": "vliegen-voor-een-vergadering-van-twee-uur",
            "fr": "prendre-l-avion-pour-une-reunion-de-deux-heures",
            "en": "flying-out-for-a-two-hour-meeting",
            "es": "volar-para-una-reunion-de-dos-horas",
        },
        "summary": {
            "nl": (
                "Drie mandatarissen willen naar een partnerland vliegen voor een ondertekening van "
                "twee uur die net zo goed online kan."
            ),
            "fr": (
                "Trois élus veulent prendre l'avion vers un pays partenaire pour une cérémonie de "
                "signature de deux heures qui pourrait aussi bien se tenir en ligne."
            ),
            "en": (
                "Three elected officials want to fly to a partner country for a two-hour signing "
                "ceremony that could just as well take place online."
            ),
            "es": (
                "Tres autoridades electas quieren volar a un país socio para una ceremonia de "
                "firma de dos horas que podría hacerse igual de bien en línea."
            ),
        },
        "situation": {
            "nl": (
                "<p>Je volgt de stedenband op in Beekwijk. Je gemeente en de partnergemeente in "
                "Ecuador vernieuwen hun partnerschapsovereenkomst, en de partner stelt een "
                "ondertekening van zo'n twee uur voor in zijn gemeentehuis. De burgemeester, de "
                "schepen van internationale samenwerking en een gemeenteraadslid willen ervoor "
                "overvliegen.</p><p>De reis zou vier dagen duren. Vluchten, verblijf en "
                "dagvergoedingen komen samen op ongeveer 6000 euro, betaald uit het "
                "programmabudget, en elke retourvlucht stoot enkele tonnen CO₂ uit. De "
                "overeenkomst kan net zo goed elektronisch ondertekend worden, met een online "
                "plechtigheid, en over acht maanden staat al een gewoon werkbezoek "
                "gepland.</p><p>De schepen vindt dat fysieke aanwezigheid respect toont en dat een "
                "videogesprek de partner zou ontgoochelen. Jij moet de reis voorbereiden.</p>"
            ),
            "fr": (
                "<p>Vous suivez le jumelage pour la commune de Beekwijk. Votre commune et la "
                "commune partenaire en Équateur renouvellent leur convention de partenariat, et le "
                "partenaire propose une cérémonie de signature d'environ deux heures dans sa "
                "mairie. Le bourgmestre, l'échevin de la coopération internationale et une "
                "conseillère communale veulent prendre l'avion pour y assister.</p><p>Le voyage "
                "durerait quatre jours. Vols, hébergement et per diem représentent environ "
                "6\u00a0000\u00a0euros, payés sur le budget du programme, et chaque vol "
                "aller-retour émet plusieurs tonnes de CO₂. La convention pourrait tout aussi bien "
                "être signée électroniquement, avec une cérémonie en ligne, et une visite de "
                "travail ordinaire est déjà prévue dans huit mois.</p><p>L'échevin estime que la "
                "présence physique est une marque de respect et qu'une visioconférence décevrait "
                "le partenaire. On vous demande de préparer le voyage.</p>"
            ),
            "en": (
                "<p>You look after the twinning link in Beekwijk. Your municipality and its "
                "partner municipality in Ecuador are renewing their partnership agreement, and the "
                "partner proposes a signing ceremony of about two hours at its town hall. The "
                "mayor, the alderman for international cooperation and a council member want to "
                "fly out for it.</p><p>The trip would take four days. Flights, accommodation and "
                "per diems come to roughly €6,000, paid from the programme budget, and each return "
                "flight emits several tonnes of CO₂. The agreement could just as well be signed "
                "electronically, with an online ceremony, and a regular work visit is already "
                "planned in eight months.</p><p>The alderman says that being there in person shows "
                "respect, and that a video call would disappoint the partner. You are asked to "
                "prepare the trip.</p>"
            ),
            "es": (
                "<p>Usted está a cargo del hermanamiento en el municipio de Beekwijk. Su municipio "
                "y el municipio socio en Ecuador renuevan su convenio de hermanamiento, y el socio "
                "propone una ceremonia de firma de unas dos horas en su alcaldía. El alcalde, el "
                "concejal de cooperación internacional y una concejala quieren viajar en avión "
                "para asistir.</p><p>El viaje duraría cuatro días. Vuelos, alojamiento y viáticos "
                "suman unos 6.000 euros, pagados con el presupuesto del programa, y cada vuelo de "
                "ida y vuelta emite varias toneladas de CO₂. El convenio podría firmarse igual de "
                "bien de manera electrónica, con una ceremonia en línea, y ya hay una visita de "
                "trabajo ordinaria prevista dentro de ocho meses.</p><p>El concejal opina que la "
                "presencia física demuestra respeto y que una videollamada decepcionaría al socio. "
                "A usted le piden que prepare el viaje.</p>"
            ),
        },
        "stakeholders": {
            "nl": (
                "De partnergemeente, die belang hecht aan persoonlijk contact; het programma, "
                "waarvan het beperkte budget bedoeld is voor resultaten op het terrein; het "
                "klimaat, dat de rekening van elke vlucht betaalt; en de geloofwaardigheid van een "
                "stedenband die duurzame ontwikkeling promoot."
            ),
            "fr": (
                "La commune partenaire, attachée au contact personnel\u202f; le programme, dont le "
                "budget limité est destiné à des résultats sur le terrain\u202f; le climat, qui "
                "paie le prix de chaque vol\u202f; et la crédibilité d'un jumelage qui défend le "
                "développement durable."
            ),
            "en": (
                "The partner municipality, which values personal contact; the programme, whose "
                "limited budget is meant for results on the ground; the climate, which bears the "
                "cost of every flight; and the credibility of a twinning link that promotes "
                "sustainable development."
            ),
            "es": (
                "El municipio socio, que valora el contacto personal; el programa, cuyo "
                "presupuesto limitado está destinado a resultados sobre el terreno; el clima, que "
                "paga el precio de cada vuelo; y la credibilidad de un hermanamiento que promueve "
                "el desarrollo sostenible."
            ),
        },
        "options": [
            {
                "label": {
                    "nl": (
                        "De reis organiseren: het budget laat het toe en aanwezigheid toont "
                        "respect."
                    ),
                    "fr": (
                        "Organiser le voyage\u202f: le budget le permet et la présence témoigne du "
                        "respect."
                    ),
                    "en": "Organise the trip: the budget allows it and being there shows respect.",
                    "es": (
                        "Organizar el viaje: el presupuesto lo permite y la presencia demuestra "
                        "respeto."
                    ),
                },
                "considerations": {
                    "nl": (
                        "Persoonlijke aanwezigheid kan de relatie versterken en eert de "
                        "uitnodiging van de partner. Maar vier dagen, 6000 euro en enkele tonnen "
                        "CO₂ voor twee uur zijn moeilijk te verantwoorden als er een alternatief "
                        "is."
                    ),
                    "fr": (
                        "La présence physique peut renforcer la relation et honore l'invitation du "
                        "partenaire. Mais quatre jours, 6\u00a0000\u00a0euros et plusieurs tonnes "
                        "de CO₂ pour deux heures sont difficiles à justifier quand une autre "
                        "solution existe."
                    ),
                    "en": (
                        "Being there in person can strengthen the relationship and honours the "
                        "partner's invitation. But four days, €6,000 and several tonnes of CO₂ for "
                        "two hours are hard to justify when an alternative exists."
                    ),
                    "es": (
                        "La presencia física puede fortalecer la relación y honra la invitación "
                        "del socio. Pero cuatro días, 6.000 euros y varias toneladas de CO₂ por "
                        "dos horas son difíciles de justificar cuando hay una alternativa."
                    ),
                },
            },
            {
                "label": {
                    "nl": (
                        "Een online ondertekening voorstellen en de reis bewaren voor het geplande "
                        "werkbezoek."
                    ),
                    "fr": (
                        "Proposer une signature en ligne et garder le voyage pour la visite de "
                        "travail prévue."
                    ),
                    "en": (
                        "Propose an online signing, and keep the travel for the planned work visit."
                    ),
                    "es": (
                        "Proponer una firma en línea y reservar el viaje para la visita de trabajo "
                        "prevista."
                    ),
                },
                "considerations": {
                    "nl": (
                        "Je bespaart geld en uitstoot, en de ondertekening kan samengaan met een "
                        "lokale plechtigheid die live gestreamd wordt. Bespreek het open met de "
                        "partner, zodat het niet overkomt als gebrek aan interesse."
                    ),
                    "fr": (
                        "Vous économisez de l'argent et des émissions, et la signature peut "
                        "s'accompagner d'une cérémonie locale retransmise en direct. Parlez-en "
                        "ouvertement avec le partenaire, pour que cela ne passe pas pour un manque "
                        "d'intérêt."
                    ),
                    "en": (
                        "It saves money and emissions, and the signing can go together with a "
                        "local ceremony streamed live. Discuss it openly with the partner, so that "
                        "it does not come across as a lack of interest."
                    ),
                    "es": (
                        "Ahorra dinero y emisiones, y la firma puede acompañarse de una ceremonia "
                        "local transmitida en vivo. Converse abiertamente con el socio, para que "
                        "no se interprete como falta de interés."
                    ),
                },
            },
            {
                "label": {
                    "nl": (
                        "Tekenen tijdens het geplande werkbezoek, of één persoon sturen met een "
                        "volledig programma."
                    ),
                    "fr": (
                        "Signer lors de la visite prévue, ou n'envoyer qu'une personne avec un "
                        "vrai programme."
                    ),
                    "en": (
                        "Sign during the planned work visit, or send one person with a full work "
                        "programme."
                    ),
                    "es": (
                        "Firmar en la visita ya prevista, o enviar a una sola persona con un "
                        "programa completo."
                    ),
                },
                "considerations": {
                    "nl": (
                        "De vlucht dient dan voor meer dan een plechtigheid: opvolging, opleiding "
                        "of ontmoetingen met inwoners. Dat kan betekenen dat de ondertekening "
                        "uitgesteld wordt of dat de delegatie kleiner is dan de mandatarissen "
                        "willen."
                    ),
                    "fr": (
                        "Le vol sert alors à bien plus qu'une cérémonie\u202f: suivi, formation ou "
                        "rencontres avec les habitants. Cela peut impliquer de reporter la "
                        "signature ou d'avoir une délégation plus réduite que ne le souhaitent les "
                        "élus."
                    ),
                    "en": (
                        "The flight then serves more than a ceremony: monitoring, training or "
                        "meetings with residents. It may mean postponing the signing, or a smaller "
                        "delegation than the elected officials would like."
                    ),
                    "es": (
                        "Así el vuelo sirve para mucho más que una ceremonia: seguimiento, "
                        "capacitación o encuentros con la población. Puede implicar posponer la "
                        "firma o una delegación más pequeña de lo que quisieran las autoridades."
                    ),
                },
            },
        ],
        "commentary": {
            "nl": (
                "<p>Onder duurzaamheid vraagt de code dat je <strong>nadenkt over de ecologische "
                "impact</strong> van activiteiten en doet wat mogelijk is om negatieve impact te "
                "voorkomen, en dat je <strong>verantwoord en zuinig</strong> omgaat met "
                "materialen, goederen en financiën. Professionalisme voegt daar oog voor de "
                "financiële gevolgen van je voorstellen aan toe. Een reis van vier dagen voor een "
                "plechtigheid van twee uur, terwijl er een online alternatief is, valt met beide "
                "moeilijk te rijmen.</p><p>Tegelijk hecht de code waarde aan <strong>duurzame "
                "relaties</strong>, en in sommige partnercontexten weegt een ondertekening in "
                "persoon echt door. Dit is een echt grijze casus: er is niet één juist antwoord, "
                "maar de keuze moet verantwoord worden. Vraag de partner wat voor hem belangrijk "
                "is in plaats van het zelf in te vullen, en zoek een manier om de vlucht een "
                "inhoud te geven die ze rechtvaardigt, bijvoorbeeld door de ondertekening te "
                "koppelen aan het geplande werkbezoek.</p><p>Of de kosten in aanmerking komen en "
                "in verhouding zijn, is een vraag voor de <strong>programmabeheerder of de "
                "financieel beheerder</strong>. Als jij de reis voorbereidt, mag en moet je deze "
                "afwegingen op tafel leggen, ook bij mandatarissen.</p>"
            ),
            "fr": (
                "<p>Au titre de la durabilité, le code vous demande de <strong>réfléchir à "
                "l'impact écologique</strong> des activités et de faire ce qui est possible pour "
                "éviter un impact négatif, ainsi que d'utiliser le matériel, les biens et les "
                "finances <strong>de manière responsable et économe</strong>. Le professionnalisme "
                "y ajoute l'attention aux conséquences financières de vos propositions. Un voyage "
                "de quatre jours pour une cérémonie de deux heures, alors qu'une solution en ligne "
                "existe, se concilie mal avec ces deux exigences.</p><p>En même temps, le code "
                "accorde de la valeur aux <strong>relations durables</strong>, et dans certains "
                "contextes une signature en personne a un vrai poids. C'est un cas réellement "
                "gris\u202f: il n'y a pas une seule bonne réponse, mais le choix doit être "
                "justifié. Demandez au partenaire ce qui compte pour lui au lieu de le supposer, "
                "et cherchez comment donner au vol un contenu qui le justifie, par exemple en "
                "associant la signature à la visite de travail prévue.</p><p>L'éligibilité et la "
                "proportionnalité des coûts relèvent du <strong>gestionnaire de programme ou du "
                "gestionnaire financier</strong>. Puisque c'est vous qui préparez le voyage, vous "
                "pouvez, et devez, mettre ces considérations sur la table, y compris face à des "
                "élus.</p>"
            ),
            "en": (
                "<p>Under sustainability, the code asks you to <strong>think about the ecological "
                "impact</strong> of activities and do what you can to prevent negative impact, and "
                "to handle materials, goods and money <strong>responsibly and frugally</strong>. "
                "Professionalism adds attention to the financial consequences of your proposals. A "
                "four-day trip for a two-hour ceremony, when an online alternative exists, sits "
                "uneasily with both.</p><p>At the same time, the code values <strong>lasting "
                "relationships</strong>, and in some partner contexts a signing in person carries "
                "real weight. This is a genuinely grey case: there is no single right answer, but "
                "the choice has to be justified. Ask the partner what matters to them instead of "
                "assuming, and look for a way to give the flight enough substance to justify it, "
                "for instance by combining the signing with the planned work visit.</p><p>Whether "
                "the costs are eligible and proportionate is a question for the <strong>programme "
                "manager or the financial manager</strong>. As the person preparing the trip, you "
                "may, and should, put these considerations on the table, even with elected "
                "officials.</p>"
            ),
            "es": (
                "<p>En materia de sostenibilidad, el código le pide <strong>reflexionar sobre el "
                "impacto ecológico</strong> de las actividades y hacer lo posible para evitar un "
                "impacto negativo, así como usar los materiales, bienes y fondos <strong>de forma "
                "responsable y austera</strong>. El profesionalismo suma la atención a las "
                "consecuencias financieras de sus propuestas. Un viaje de cuatro días para una "
                "ceremonia de dos horas, cuando existe una alternativa en línea, encaja mal con "
                "ambas cosas.</p><p>Al mismo tiempo, el código valora las <strong>relaciones "
                "duraderas</strong>, y en algunos contextos una firma en persona tiene un peso "
                "real. Este es un caso realmente gris: no hay una única respuesta correcta, pero "
                "la decisión debe justificarse. Pregúntele al socio qué es importante para él en "
                "lugar de suponerlo, y busque la manera de darle al vuelo un contenido que lo "
                "justifique, por ejemplo combinando la firma con la visita de trabajo "
                "prevista.</p><p>Si los costos son elegibles y proporcionados es una pregunta para "
                "el <strong>gestor del programa o el gestor financiero</strong>. Como responsable "
                "de preparar el viaje, usted puede, y debe, poner estas consideraciones sobre la "
                "mesa, también ante autoridades electas.</p>"
            ),
        },
        "facilitator_notes": {
            "nl": (
                "<p>Een goede casus om te tonen dat duurzaamheid en relaties soms een andere kant "
                "op trekken, en dat beide gewicht verdienen.</p><ul><li>Wat zou de partnergemeente "
                "aan het bezoek hebben, en wat zou ze zelf verkiezen als je het "
                "vraagt?</li><li>Hoe breng je kosten en klimaat ter sprake bij mandatarissen "
                "zonder buiten je rol te treden?</li><li>Verandert je antwoord als de reis één dag "
                "duurde, of de vlucht veel korter was?</li></ul><p><strong>Tip:</strong> 15 tot 20 "
                "minuten. Het gesprek glijdt makkelijk af naar een algemeen debat over vliegen; "
                "breng het terug naar deze reis, dit budget en wat de code je vraagt af te "
                "wegen.</p>"
            ),
            "fr": (
                "<p>Un bon cas pour montrer que la durabilité et la relation peuvent tirer dans "
                "des directions différentes, et que toutes deux méritent d'être prises en "
                "compte.</p><ul><li>Qu'apporterait la visite à la commune partenaire, et que "
                "préférerait-elle si on le lui demandait\u202f?</li><li>Comment évoquer le coût et "
                "le climat avec des élus sans sortir de votre rôle\u202f?</li><li>Votre réponse "
                "changerait-elle si le voyage durait une journée, ou si le vol était beaucoup plus "
                "court\u202f?</li></ul><p><strong>Conseil\u202f:</strong> 15 à 20\u00a0minutes. La "
                "discussion glisse facilement vers un débat général sur l'avion\u202f; ramenez-la "
                "à ce voyage, à ce budget et à ce que le code vous demande de peser.</p>"
            ),
            "en": (
                "<p>A good case for showing that sustainability and relationships can pull in "
                "different directions, and that both deserve weight.</p><ul><li>What would the "
                "partner municipality gain from the visit, and what would it prefer if "
                "asked?</li><li>How do you raise cost and climate concerns with elected officials "
                "without overstepping your role?</li><li>Would your answer change if the trip took "
                "one day, or the flight were much shorter?</li></ul><p><strong>Tip:</strong> 15 to "
                "20 minutes. The discussion easily drifts into a general debate about flying; "
                "bring it back to this trip, this budget and what the code asks you to weigh.</p>"
            ),
            "es": (
                "<p>Un buen caso para mostrar que la sostenibilidad y las relaciones pueden tirar "
                "en direcciones distintas, y que ambas merecen peso.</p><ul><li>¿Qué le aportaría "
                "la visita al municipio socio, y qué preferiría si se lo "
                "preguntaran?</li><li>¿Cómo plantear el costo y el clima a autoridades electas sin "
                "salirse de su rol?</li><li>¿Cambiaría su respuesta si el viaje durara un día, o "
                "si el vuelo fuera mucho más corto?</li></ul><p><strong>Consejo:</strong> de 15 a "
                "20 minutos. La discusión se desvía fácilmente hacia un debate general sobre los "
                "vuelos; llévela de vuelta a este viaje, este presupuesto y lo que el código le "
                "pide sopesar.</p>"
            ),
        },
    },
    {
        "key": "list-of-beneficiaries",
        "context": "partner_country",
        "themes": ["confidentiality"],
        "values": ["professionalism", "integrity"],
        "for_recruitment": False,
        "title": {
            "nl": "De lijst met begunstigden",
            "fr": "La liste des bénéficiaires",
            "en": "The list of beneficiaries",
            "es": "La lista de beneficiarios",
        },
        "slug": {
            "nl": "de-lijst-met-begunstigden",
            "fr": "la-liste-des-beneficiaires",
            "en": "the-list-of-beneficiaries",
            "es": "la-lista-de-beneficiarios",
        },
        "summary": {
            "nl": (
                "Kort voor de lokale verkiezingen vraagt een ambtenaar van de partner de namen en "
                "adressen van de gezinnen die steun kregen van het project."
            ),
            "fr": (
                "Peu avant les élections locales, un responsable de la commune partenaire demande "
                "les noms et adresses des ménages aidés par le projet."
            ),
            "en": (
                "Shortly before local elections, a partner official asks for the names and "
                "addresses of the households that received support from the project."
            ),
            "es": (
                "Poco antes de las elecciones locales, un funcionario del socio pide los nombres y "
                "direcciones de los hogares que recibieron apoyo del proyecto."
            ),
        },
        "situation": {
            "nl": (
                "<p>Je coördineert een stedenbandproject in een partnergemeente in Zuid-Afrika. "
                "Het voorbije jaar kregen 180 kwetsbare gezinnen via het project een "
                "regenwatertank en een kleine premie. Je team beheert de lijst van begunstigden, "
                "met namen, adressen, gezinsgrootte en gegevens over inkomen, verzameld met de "
                "belofte dat ze enkel voor het project gebruikt zouden worden.</p><p>Zes weken "
                "voor de lokale verkiezingen vraagt de kabinetschef van de burgemeester je om hem "
                "de volledige lijst met namen en adressen te mailen. De burgemeester wil elk gezin "
                "een bedankingsbrief sturen en “er een paar bezoeken”, zegt hij. De burgemeester "
                "is kandidaat voor een nieuwe ambtstermijn.</p><p>De gemeente is mede-eigenaar van "
                "het project, en de kabinetschef staat hoger in de hiërarchie dan jij. Hij wil de "
                "lijst tegen vrijdag.</p>"
            ),
            "fr": (
                "<p>Vous coordonnez un projet de jumelage dans une commune partenaire en Afrique "
                "du Sud. Au cours de l'année écoulée, le projet a fourni à 180 ménages vulnérables "
                "une citerne d'eau de pluie et une petite allocation. Votre équipe gère la liste "
                "des bénéficiaires, avec noms, adresses, taille du ménage et informations sur les "
                "revenus, recueillis avec la promesse qu'ils ne serviraient qu'au "
                "projet.</p><p>Six semaines avant les élections locales, le chef de cabinet du "
                "maire vous demande de lui envoyer par courriel la liste complète avec noms et "
                "adresses. Selon lui, le maire souhaite adresser une lettre de remerciement à "
                "chaque ménage et «\u202fen visiter quelques-uns\u202f». Le maire brigue un "
                "nouveau mandat.</p><p>La commune est copropriétaire du projet, et le chef de "
                "cabinet est votre supérieur hiérarchique. Il veut la liste pour vendredi.</p>"
            ),
            "en": (
                "<p>You coordinate a twinning project in a partner municipality in South Africa. "
                "Over the past year, the project gave 180 vulnerable households a rainwater tank "
                "and a small grant. Your team keeps the list of beneficiaries, with names, "
                "addresses, household size and income details, collected on the promise that the "
                "data would be used only for the project.</p><p>Six weeks before local elections, "
                "the mayor's chief of staff asks you to email him the full list with names and "
                "addresses. He says the mayor wants to send each household a thank-you letter and "
                "“visit a few of them”. The mayor is standing for re-election.</p><p>The "
                "municipality co-owns the project, and the chief of staff is senior to you. He "
                "wants the list by Friday.</p>"
            ),
            "es": (
                "<p>Usted coordina un proyecto de hermanamiento en un municipio socio en "
                "Sudáfrica. Durante el último año, el proyecto entregó a 180 hogares vulnerables "
                "un tanque de agua de lluvia y un pequeño subsidio. Su equipo administra la lista "
                "de beneficiarios, con nombres, direcciones, tamaño del hogar y datos de ingresos, "
                "recogidos con la promesa de que solo se usarían para el proyecto.</p><p>Seis "
                "semanas antes de las elecciones locales, el jefe de gabinete del alcalde le pide "
                "que le envíe por correo la lista completa con nombres y direcciones. Según él, el "
                "alcalde quiere mandar una carta de agradecimiento a cada hogar y “visitar a "
                "algunos”. El alcalde se postula para la reelección.</p><p>El municipio es "
                "copropietario del proyecto, y el jefe de gabinete está por encima de usted en la "
                "jerarquía. Quiere la lista para el viernes.</p>"
            ),
        },
        "stakeholders": {
            "nl": (
                "De 180 gezinnen, van wie de persoonsgegevens en de vrijheid om te stemmen zoals "
                "ze willen op het spel staan; het projectteam, dat beloofde de gegevens enkel voor "
                "het project te gebruiken; en de stedenband, die politiek neutraal moet blijven."
            ),
            "fr": (
                "Les 180 ménages, dont les données personnelles et la liberté de voter comme ils "
                "l'entendent sont en jeu\u202f; l'équipe du projet, qui a promis de n'utiliser les "
                "données que pour le projet\u202f; et le jumelage, qui doit rester politiquement "
                "neutre."
            ),
            "en": (
                "The 180 households, whose personal data and freedom to vote as they wish are at "
                "stake; the project team, which promised to use the data only for the project; and "
                "the twinning link, which must stay politically neutral."
            ),
            "es": (
                "Los 180 hogares, cuyos datos personales y cuya libertad de votar como quieran "
                "están en juego; el equipo del proyecto, que prometió usar los datos solo para el "
                "proyecto; y el hermanamiento, que debe mantenerse políticamente neutral."
            ),
        },
        "options": [
            {
                "label": {
                    "nl": (
                        "De lijst doorsturen: de gemeente is mede-eigenaar en het gaat om haar "
                        "inwoners."
                    ),
                    "fr": (
                        "Envoyer la liste\u202f: la commune est copropriétaire du projet et ce "
                        "sont ses habitants."
                    ),
                    "en": (
                        "Send the list: the municipality co-owns the project and these are its "
                        "residents."
                    ),
                    "es": (
                        "Enviar la lista: el municipio es copropietario del proyecto y son sus "
                        "vecinos."
                    ),
                },
                "considerations": {
                    "nl": (
                        "Je vermijdt een botsing met een hogere ambtenaar, en een bedankingsbrief "
                        "is op zich niet verkeerd. Maar de gegevens werden voor een ander doel "
                        "verzameld, en vlak voor verkiezingen wordt de lijst een "
                        "campagne-instrument dat kwetsbare gezinnen onder druk kan zetten."
                    ),
                    "fr": (
                        "Vous évitez un conflit avec un supérieur, et une lettre de remerciement "
                        "n'a rien de répréhensible en soi. Mais les données ont été recueillies "
                        "dans un autre but, et à la veille des élections la liste devient un outil "
                        "de campagne qui peut mettre des ménages vulnérables sous pression."
                    ),
                    "en": (
                        "It avoids a clash with a senior official, and a thank-you letter is not "
                        "wrong in itself. But the data were collected for another purpose, and "
                        "just before elections the list becomes a campaign tool that can put "
                        "pressure on vulnerable households."
                    ),
                    "es": (
                        "Evita un choque con un superior, y una carta de agradecimiento no tiene "
                        "nada de malo en sí. Pero los datos se recogieron con otro fin, y justo "
                        "antes de las elecciones la lista se convierte en una herramienta de "
                        "campaña que puede presionar a hogares vulnerables."
                    ),
                },
            },
            {
                "label": {
                    "nl": (
                        "Namen en adressen niet delen, uitleggen waarom en anonieme cijfers "
                        "aanbieden."
                    ),
                    "fr": (
                        "Refuser de transmettre noms et adresses, dire pourquoi et proposer des "
                        "chiffres anonymes."
                    ),
                    "en": (
                        "Decline to share names and addresses, explain why, and offer anonymised "
                        "figures."
                    ),
                    "es": (
                        "No compartir nombres ni direcciones, explicar por qué y ofrecer cifras "
                        "anónimas."
                    ),
                },
                "considerations": {
                    "nl": (
                        "Zo bescherm je de gezinnen en de neutraliteit van het project, en krijgt "
                        "de gemeente toch wat ze nodig heeft om over resultaten te rapporteren. "
                        "Leg het schriftelijk uit en vraag advies aan de raadgever integriteit, "
                        "zodat je niet alleen staat tegenover een hogere ambtenaar."
                    ),
                    "fr": (
                        "Vous protégez les ménages et la neutralité du projet, tout en donnant à "
                        "la commune ce dont elle a besoin pour rendre compte des résultats. "
                        "Expliquez-le par écrit et demandez conseil au conseiller en intégrité, "
                        "pour ne pas être seul face à un supérieur."
                    ),
                    "en": (
                        "It protects the households and the project's neutrality, while still "
                        "giving the municipality what it needs to report on results. Explain it in "
                        "writing and ask the integrity adviser for advice, so that you do not "
                        "stand alone against a senior official."
                    ),
                    "es": (
                        "Protege a los hogares y la neutralidad del proyecto, y aun así le da al "
                        "municipio lo que necesita para informar sobre los resultados. Explíquelo "
                        "por escrito y pida consejo al asesor de integridad, para no quedar solo "
                        "frente a un superior."
                    ),
                },
            },
            {
                "label": {
                    "nl": (
                        "De lijst enkel delen als hij schriftelijk belooft ze niet voor de "
                        "campagne te gebruiken."
                    ),
                    "fr": (
                        "Ne partager la liste que s'il s'engage par écrit à ne pas l'utiliser pour "
                        "la campagne."
                    ),
                    "en": (
                        "Share the list only if he promises in writing not to use it for the "
                        "campaign."
                    ),
                    "es": (
                        "Compartir la lista solo si él se compromete por escrito a no usarla en la "
                        "campaña."
                    ),
                },
                "considerations": {
                    "nl": (
                        "Het lijkt een middenweg en laat een spoor op papier na. Maar eens de "
                        "lijst de deur uit is, heb je er geen controle meer over, is de belofte "
                        "moeilijk af te dwingen, en gaven de gezinnen nog altijd geen toestemming "
                        "voor dit gebruik."
                    ),
                    "fr": (
                        "Cela ressemble à un compromis et laisse une trace écrite. Mais une fois "
                        "la liste partie, vous n'en avez plus la maîtrise, l'engagement est "
                        "difficile à faire respecter, et les ménages n'ont toujours pas consenti à "
                        "cet usage."
                    ),
                    "en": (
                        "It looks like a middle way and leaves a paper trail. But once the list is "
                        "out you no longer control it, the promise is hard to enforce, and the "
                        "households still have not consented to this use."
                    ),
                    "es": (
                        "Parece un punto medio y deja constancia escrita. Pero una vez que la "
                        "lista sale, usted ya no la controla, el compromiso es difícil de hacer "
                        "cumplir, y los hogares siguen sin haber dado su consentimiento para ese "
                        "uso."
                    ),
                },
            },
        ],
        "commentary": {
            "nl": (
                "<p>De code vraagt dat je je invloed niet gebruikt in het belang van een persoon "
                "of organisatie, en dat je iedereen bijstaat <strong>zonder onderscheid op basis "
                "van politieke kleur</strong>. Een project dat met publiek geld kwetsbare gezinnen "
                "steunt, mag geen instrument in een verkiezingscampagne worden, hoe goedbedoeld "
                "die bedankingsbrief ook is. Gezinnen die zich bekeken voelen, kunnen vrezen dat "
                "ze steun verliezen als ze anders stemmen.</p><p>De gegevens horen bovendien bij "
                "de gezinnen: ze gaven ze voor het project, met de belofte van vertrouwelijkheid. "
                "Ze voor een ander doel gebruiken vraagt hun toestemming en kan ingaan tegen de "
                "wetgeving op gegevensbescherming, die Zuid-Afrika net als België heeft. Het "
                "professionele antwoord is dit rustig uitleggen, geaggregeerde resultaten "
                "aanbieden (bijvoorbeeld het aantal tanks per wijk) en voorstellen dat een "
                "eventuele bedanking via het project verloopt, zonder politieke kleur en na de "
                "verkiezingen.</p><p>Vraag advies aan de <strong>raadgever integriteit</strong>, "
                "en breng je Vlaamse collega van de stedenband op de hoogte, zodat je dit niet "
                "alleen draagt. Merk je dat de lijst toch misbruikt wordt, meld het dan via het "
                "klachtenformulier; klachten over gemeentepersoneel worden aan de betrokken "
                "gemeente bezorgd, en de klachtenmanager reageert binnen de twee weken.</p>"
            ),
            "fr": (
                "<p>Le code vous demande de ne pas user de votre influence dans l'intérêt d'une "
                "personne ou d'une organisation, et de servir chacun <strong>sans distinction de "
                "couleur politique</strong>. Un projet qui soutient des ménages vulnérables avec "
                "des fonds publics ne doit pas devenir un outil de campagne électorale, aussi bien "
                "intentionnée que soit la lettre de remerciement. Des ménages qui se sentent "
                "observés peuvent craindre de perdre leur aide s'ils votent autrement.</p><p>Ces "
                "données appartiennent en outre aux ménages\u202f: ils les ont confiées pour le "
                "projet, sous promesse de confidentialité. Les utiliser à d'autres fins exige leur "
                "consentement et peut enfreindre la législation sur la protection des données, qui "
                "existe en Afrique du Sud comme en Belgique. La réponse professionnelle consiste à "
                "l'expliquer calmement, à proposer des résultats agrégés (par exemple le nombre de "
                "citernes par quartier) et à suggérer qu'un éventuel remerciement passe par le "
                "projet, sans couleur politique et après les élections.</p><p>Demandez conseil au "
                "<strong>conseiller en intégrité</strong> et informez votre homologue flamand du "
                "jumelage, pour ne pas porter cela seul. Si vous apprenez que la liste est malgré "
                "tout détournée, signalez-le via le formulaire de plainte\u202f; les plaintes "
                "visant le personnel communal sont transmises à la commune concernée, et le "
                "gestionnaire des plaintes répond dans les deux semaines.</p>"
            ),
            "en": (
                "<p>The code asks you not to use your influence for the benefit of a person or "
                "organisation, and to serve everyone <strong>without distinction based on "
                "political colour</strong>. A project that supports vulnerable households with "
                "public money must not become a tool in an election campaign, however well meant "
                "the thank-you letter may be. Households that feel watched may fear losing support "
                "if they vote differently.</p><p>The data also belong to the households: they gave "
                "them for the project, on a promise of confidentiality. Using them for another "
                "purpose requires their consent and may breach data-protection law, which South "
                "Africa has just as Belgium does. The professional answer is to explain this "
                "calmly, offer aggregated results (the number of tanks per ward, for instance) and "
                "suggest that any thank-you message go out through the project, without political "
                "branding and after the elections.</p><p>Ask the <strong>integrity "
                "adviser</strong> for advice, and inform your Flemish counterpart in the twinning "
                "link, so that you do not carry this alone. If you learn that the list is being "
                "misused anyway, report it through the complaint form; complaints about municipal "
                "staff are passed on to the municipality concerned, and the complaints manager "
                "answers within two weeks.</p>"
            ),
            "es": (
                "<p>El código le pide no usar su influencia en beneficio de una persona u "
                "organización, y atender a todos <strong>sin distinción por color "
                "político</strong>. Un proyecto que apoya a hogares vulnerables con fondos "
                "públicos no debe convertirse en una herramienta de campaña electoral, por "
                "bienintencionada que sea la carta de agradecimiento. Los hogares que se sienten "
                "observados pueden temer perder el apoyo si votan distinto.</p><p>Además, los "
                "datos pertenecen a los hogares: los dieron para el proyecto, con la promesa de "
                "confidencialidad. Usarlos con otro fin requiere su consentimiento y puede "
                "infringir la legislación de protección de datos, que existe en Sudáfrica igual "
                "que en Bélgica. La respuesta profesional es explicarlo con calma, ofrecer "
                "resultados agregados (por ejemplo, el número de tanques por barrio) y sugerir que "
                "un eventual agradecimiento se haga a través del proyecto, sin color político y "
                "después de las elecciones.</p><p>Pida consejo al <strong>asesor de "
                "integridad</strong> e informe a su contraparte flamenca del hermanamiento, para "
                "no cargar con esto solo. Si se entera de que la lista se está usando "
                "indebidamente de todos modos, repórtelo mediante el formulario de quejas; las "
                "quejas sobre personal municipal se remiten al municipio correspondiente, y el "
                "gestor de quejas responde en un plazo de dos semanas.</p>"
            ),
        },
        "facilitator_notes": {
            "nl": (
                "<p>Een casus over vertrouwelijkheid, politieke neutraliteit en standhouden "
                "tegenover de hiërarchie. Deelnemers uit partnergemeenten herkennen die druk "
                "misschien maar al te goed.</p><ul><li>Zou dezelfde vraag na de verkiezingen wel "
                "aanvaardbaar zijn, en wat verandert er dan precies?</li><li>Hoe weiger je iets "
                "aan een hogere ambtenaar zonder je eigen positie in gevaar te "
                "brengen?</li><li>Welke afspraken over persoonsgegevens maakt een "
                "stedenbandproject best bij de start?</li></ul><p><strong>Tip:</strong> reken op "
                "20 minuten. Vermijd dat het een oordeel over de lokale politiek wordt; de focus "
                "ligt op wat de gezinnen beloofd werd en op de neutraliteit van het project.</p>"
            ),
            "fr": (
                "<p>Un cas sur la confidentialité, la neutralité politique et la capacité à tenir "
                "bon face à la hiérarchie. Les participants des communes partenaires ne "
                "connaissent peut-être que trop bien cette pression.</p><ul><li>La même demande "
                "serait-elle acceptable après les élections, et qu'est-ce qui change "
                "exactement\u202f?</li><li>Comment refuser quelque chose à un supérieur sans "
                "mettre en danger votre propre position\u202f?</li><li>Quelles règles sur les "
                "données personnelles un projet de jumelage devrait-il fixer dès le "
                "départ\u202f?</li></ul><p><strong>Conseil\u202f:</strong> prévoyez "
                "20\u00a0minutes. Évitez que la discussion tourne au jugement de la politique "
                "locale\u202f; l'accent est mis sur ce qui a été promis aux ménages et sur la "
                "neutralité du projet.</p>"
            ),
            "en": (
                "<p>A case about confidentiality, political neutrality and standing firm against "
                "hierarchy. Participants from partner municipalities may know this pressure all "
                "too well.</p><ul><li>Would the same request be acceptable after the elections, "
                "and what exactly changes?</li><li>How can you refuse a senior official without "
                "putting your own position at risk?</li><li>What agreements on personal data "
                "should a twinning project make at the start?</li></ul><p><strong>Tip:</strong> "
                "allow 20 minutes. Keep the discussion from turning into a judgement of local "
                "politics; the focus is on what the households were promised and on the project's "
                "neutrality.</p>"
            ),
            "es": (
                "<p>Un caso sobre confidencialidad, neutralidad política y firmeza frente a la "
                "jerarquía. Los participantes de municipios socios quizá conozcan esa presión "
                "demasiado bien.</p><ul><li>¿Sería aceptable la misma solicitud después de las "
                "elecciones, y qué cambia exactamente?</li><li>¿Cómo negarse ante un superior sin "
                "poner en riesgo su propia posición?</li><li>¿Qué acuerdos sobre datos personales "
                "debería fijar un proyecto de hermanamiento desde el "
                "inicio?</li></ul><p><strong>Consejo:</strong> calcule 20 minutos. Evite que la "
                "discusión se convierta en un juicio sobre la política local; el foco está en lo "
                "que se les prometió a los hogares y en la neutralidad del proyecto.</p>"
            ),
        },
    },
]
