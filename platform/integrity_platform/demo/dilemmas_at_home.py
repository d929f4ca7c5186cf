"""Demo dilemmas set in Flanders and in recruitment interviews, in nl, fr, en and es
(see dilemmas_abroad.py for the rest).
"""

DILEMMAS = [
    {
        "key": "relative-applies-for-project-job",
        "context": "flanders",
        "themes": ["conflicts_of_interest"],
        "values": ["integrity", "professionalism"],
        "for_recruitment": False,
        "title": {
            "nl": "Je neef solliciteert voor een projectjob",
            "fr": "Votre neveu postule à un poste de projet",
            "en": "Your nephew applies for a project job",
            "es": "Su sobrino se postula a un puesto del proyecto",
        },
        "slug": {
            "nl": "je-neef-solliciteert-voor-een-projectjob",
            "fr": "votre-neveu-postule-a-un-poste-de-projet",
            "en": "your-nephew-applies-for-a-project-job",
            "es": "su-sobrino-se-postula-a-un-puesto-del-proyecto",
        },
        "summary": {
            "nl": (
                "Je neef is een van de sterkste kandidaten voor een projectjob binnen jouw "
                "stedenband, en jij zetelt in de selectiecommissie."
            ),
            "fr": (
                "Votre neveu fait partie des meilleurs candidats à un poste de projet dans votre "
                "jumelage, et vous siégez au comité de sélection."
            ),
            "en": (
                "Your nephew is one of the strongest candidates for a project job in your "
                "twinning link, and you sit on the selection committee."
            ),
            "es": (
                "Su sobrino es uno de los candidatos más sólidos para un puesto del proyecto de "
                "hermanamiento, y usted integra el comité de selección."
            ),
        },
        "situation": {
            "nl": (
                "<p>Jouw gemeente, Lindenhove, werft voor achttien maanden een projectmedewerker "
                "aan voor de stedenband met een partnergemeente in Senegal. De job wordt deels "
                "betaald met middelen uit het federale programma. Jij coördineert de stedenband "
                "en zetelt samen met de HR-verantwoordelijke en een extern lid in de "
                "selectiecommissie.</p><p>Bij de kandidaturen zie je de naam van je neef. Hij "
                "heeft een passend diploma, spreekt goed Frans en deed een jaar vrijwilligerswerk "
                "in West-Afrika: op papier is hij een van de sterkste kandidaten. Hij had je niet "
                "verteld dat hij zou solliciteren. 's Avonds belt je zus: “Je legt toch een goed "
                "woordje voor hem in? Je weet hoe goed hij is.”</p><p>Maandag komt de commissie "
                "samen om de shortlist op te stellen.</p>"
            ),
            "fr": (
                "<p>Votre commune, Lindenhove, recrute pour dix-huit mois un chargé de projet "
                "pour son jumelage avec une commune partenaire au Sénégal. Le poste est financé "
                "en partie par le programme fédéral. Vous coordonnez le jumelage et siégez au "
                "comité de sélection avec la responsable des ressources humaines et un membre "
                "externe.</p><p>En parcourant les candidatures, vous tombez sur le nom de votre "
                "neveu. Il a le diplôme requis, parle bien français et a passé un an comme "
                "bénévole en Afrique de l'Ouest\u202f: sur papier, c'est l'un des meilleurs "
                "profils. Il ne vous avait pas dit qu'il postulerait. Le soir même, votre sœur "
                "vous appelle\u202f: «\u202fTu vas bien glisser un mot en sa faveur\u202f? Tu "
                "sais à quel point il est capable.\u202f»</p><p>Le comité se réunit lundi pour "
                "établir la liste restreinte.</p>"
            ),
            "en": (
                "<p>Your municipality, Lindenhove, is recruiting a project officer for eighteen "
                "months to support its twinning link with a partner municipality in Senegal. The "
                "post is partly paid from the federal programme. You coordinate the twinning link "
                "and sit on the selection committee together with the HR officer and an external "
                "member.</p><p>When the applications come in, you see your nephew's name. He has "
                "a relevant degree, speaks good French and spent a year volunteering in West "
                "Africa: on paper he is one of the strongest candidates. He had not told you he "
                "would apply. That evening your sister calls: “You'll put in a good word for him, "
                "won't you? You know how capable he is.”</p><p>The committee meets on Monday to "
                "draw up the shortlist.</p>"
            ),
            "es": (
                "<p>Su municipio, Lindenhove, busca un encargado de proyecto por dieciocho meses "
                "para el hermanamiento con un municipio socio en Senegal. El puesto se financia "
                "en parte con fondos del programa federal. Usted coordina el hermanamiento e "
                "integra el comité de selección junto con la responsable de recursos humanos y un "
                "miembro externo.</p><p>Al revisar las postulaciones, ve el nombre de su sobrino. "
                "Tiene el título adecuado, habla bien francés y pasó un año como voluntario en "
                "África occidental: en el papel, es uno de los candidatos más sólidos. No le "
                "había contado que iba a postularse. Esa misma noche recibe una llamada de su "
                "hermana: “Vas a hablar bien de él, ¿verdad? Sabes lo capaz que es.”</p><p>El "
                "lunes el comité se reúne para elaborar la lista corta.</p>"
            ),
        },
        "stakeholders": {
            "nl": (
                "Je neef en de andere kandidaten, die recht hebben op een eerlijke en gelijke "
                "procedure; de commissie en de gemeente, wier keuze verantwoord moet kunnen "
                "worden; en de stedenband, betaald met publiek geld, waarvan de geloofwaardigheid "
                "bij de partner en de financier op het spel staat."
            ),
            "fr": (
                "Votre neveu et les autres candidats, qui ont droit à une procédure "
                "équitable\u202f; le comité et la commune, dont le choix doit pouvoir être "
                "justifié\u202f; et le jumelage, financé par de l'argent public, dont la "
                "crédibilité auprès du partenaire et du bailleur est en jeu."
            ),
            "en": (
                "Your nephew and the other candidates, who are entitled to a fair and equal "
                "procedure; the committee and the municipality, whose choice must stand up to "
                "scrutiny; and the twinning link, funded with public money, whose credibility "
                "with the partner and the funder is at stake."
            ),
            "es": (
                "Su sobrino y los demás candidatos, que tienen derecho a un proceso justo e "
                "igualitario; el comité y el municipio, cuya decisión debe poder justificarse; y "
                "el hermanamiento, financiado con fondos públicos, cuya credibilidad ante el "
                "socio y el financiador está en juego."
            ),
        },
        "options": [
            {
                "label": {
                    "nl": "De familieband melden en me volledig terugtrekken uit deze selectie",
                    "fr": (
                        "Signaler le lien familial et me retirer complètement de cette sélection"
                    ),
                    "en": "Declare the family tie and withdraw from this selection entirely",
                    "es": (
                        "Declarar el vínculo familiar y retirarme por completo de esta selección"
                    ),
                },
                "considerations": {
                    "nl": (
                        "De duidelijkste manier om belangenvermenging te vermijden: je kan de "
                        "beslissing niet beïnvloeden en niemand kan ze achteraf in vraag stellen. "
                        "De commissie mist wel je kennis van de stedenband, maar een collega of "
                        "het diensthoofd kan je plaats innemen."
                    ),
                    "fr": (
                        "La façon la plus nette d'éviter un conflit d'intérêts\u202f: vous ne "
                        "pouvez pas influencer la décision et personne ne pourra la contester "
                        "plus tard. Le comité perd votre connaissance du jumelage, mais un "
                        "collègue ou le chef de service peut vous remplacer."
                    ),
                    "en": (
                        "The clearest way to avoid a conflict of interest: you cannot influence "
                        "the decision and nobody can question it later. The committee loses your "
                        "knowledge of the twinning link, but a colleague or the head of "
                        "department can take your seat."
                    ),
                    "es": (
                        "La forma más clara de evitar un conflicto de intereses: usted no puede "
                        "influir en la decisión y nadie podrá cuestionarla después. El comité "
                        "pierde su conocimiento del hermanamiento, pero un colega o el jefe de "
                        "departamento puede ocupar su lugar."
                    ),
                },
            },
            {
                "label": {
                    "nl": (
                        "De band melden, in de commissie blijven maar me onthouden bij de "
                        "beoordeling van mijn neef"
                    ),
                    "fr": (
                        "Signaler le lien, rester au comité mais m'abstenir lors de l'évaluation "
                        "de mon neveu"
                    ),
                    "en": (
                        "Declare the tie, stay on the committee, but abstain when my nephew is "
                        "assessed"
                    ),
                    "es": (
                        "Declarar el vínculo, seguir en el comité y abstenerme cuando se evalúe a "
                        "mi sobrino"
                    ),
                },
                "considerations": {
                    "nl": (
                        "Transparant, en de commissie behoudt je expertise. Maar je zit nog "
                        "altijd mee aan tafel wanneer de kandidaten met elkaar vergeleken worden, "
                        "en iedereen weet wie je voorkeur heeft: zelfs je stilzwijgen kan het "
                        "gesprek kleuren."
                    ),
                    "fr": (
                        "C'est transparent et le comité garde votre expertise. Mais vous restez "
                        "présent quand les candidats sont comparés entre eux, et chacun sait qui "
                        "vous préférez\u202f: même votre silence peut orienter la discussion."
                    ),
                    "en": (
                        "Transparent, and the committee keeps your expertise. But you are still "
                        "in the room when the candidates are compared with one another, and "
                        "everyone knows whom you would prefer: even your silence can colour the "
                        "discussion."
                    ),
                    "es": (
                        "Es transparente y el comité conserva su experiencia. Pero usted sigue "
                        "presente cuando se comparan los candidatos entre sí, y todos saben a "
                        "quién preferiría: hasta su silencio puede influir en la discusión."
                    ),
                },
            },
            {
                "label": {
                    "nl": (
                        "Niets zeggen en hem zo objectief mogelijk beoordelen: hij is hoe dan ook "
                        "een van de besten"
                    ),
                    "fr": (
                        "Ne rien dire et l'évaluer le plus objectivement possible\u202f: il fait "
                        "partie des meilleurs"
                    ),
                    "en": (
                        "Say nothing and assess him as objectively as I can: he is one of the "
                        "best anyway"
                    ),
                    "es": (
                        "No decir nada y evaluarlo con total objetividad: de todos modos es de "
                        "los mejores"
                    ),
                },
                "considerations": {
                    "nl": (
                        "Misschien ben je echt eerlijk, maar niemand kan dat nagaan. Komt de band "
                        "later uit, dan lijden de aanstelling, jouw geloofwaardigheid en die van "
                        "de stedenband eronder, en draagt ook je neef die verdenking mee."
                    ),
                    "fr": (
                        "Vous serez peut-être juste, mais personne ne peut le vérifier. Si le "
                        "lien est découvert plus tard, la nomination, votre crédibilité et celle "
                        "du jumelage en pâtissent, et votre neveu porte lui aussi le soupçon."
                    ),
                    "en": (
                        "You may well be fair, but nobody can verify it. If the tie comes out "
                        "later, the appointment, your credibility and that of the twinning link "
                        "suffer, and your nephew carries the suspicion too."
                    ),
                    "es": (
                        "Quizá usted sea realmente imparcial, pero nadie puede comprobarlo. Si el "
                        "vínculo sale a la luz después, se resienten el nombramiento, su "
                        "credibilidad y la del hermanamiento, y su sobrino también carga con la "
                        "sospecha."
                    ),
                },
            },
        ],
        "commentary": {
            "nl": (
                "<p>De code vraagt je om belangenvermenging te vermijden die je eigen "
                "geloofwaardigheid of die van het team in het gedrang kan brengen, en je invloed "
                "nooit te gebruiken voor iemand met wie je een directe of indirecte band hebt. "
                "Een naast familielid in een selectie waarover jij mee beslist, is daar een "
                "schoolvoorbeeld van. Of je in werkelijkheid onpartijdig zou zijn, doet er niet "
                "toe: het gaat erom dat iedereen de procedure kan vertrouwen.</p><p>De code "
                "vraagt ook transparant te werken, zodat wat je doet zichtbaar is voor collega's "
                "en je leidinggevende. Het minimum is dus dat je de familieband schriftelijk "
                "meldt voor de commissie begint. De meest robuuste keuze is je terug te trekken "
                "uit de hele procedure, niet alleen uit de beoordeling van je neef, want net bij "
                "het vergelijken van kandidaten speelt invloed. Je neef behoudt zijn volle kans, "
                "beoordeeld door mensen zonder band met hem.</p><p>En je zus? Je kan haar "
                "vriendelijk uitleggen dat je je er net omdat hij je na aan het hart ligt buiten "
                "houdt. Twijfel je hoe je dit aanpakt, vraag dan eerst advies aan de raadgever "
                "integriteit.</p>"
            ),
            "fr": (
                "<p>Le code vous demande d'éviter tout mélange d'intérêts susceptible de nuire à "
                "votre crédibilité ou à celle de l'équipe, et de ne jamais user de votre "
                "influence en faveur d'une personne avec qui vous avez un lien direct ou "
                "indirect. Un proche parent dans une sélection à laquelle vous participez en est "
                "l'exemple type. Que vous soyez réellement impartial ou non importe peu\u202f: ce "
                "qui compte, c'est que chacun puisse faire confiance à la procédure.</p><p>Le "
                "code demande aussi de travailler en toute transparence, de sorte que vos actes "
                "soient visibles pour vos collègues et votre responsable. Le minimum est donc de "
                "déclarer le lien familial par écrit avant que le comité ne commence. Le choix le "
                "plus solide est de vous retirer de toute la procédure, et pas seulement de "
                "l'évaluation de votre neveu, car c'est justement en comparant les candidats que "
                "l'influence s'exerce. Votre neveu garde toutes ses chances, évalué par des "
                "personnes sans lien avec lui.</p><p>Et votre sœur\u202f? Vous pouvez lui "
                "expliquer avec bienveillance que c'est précisément parce qu'il compte pour vous "
                "que vous restez en dehors. En cas de doute sur la marche à suivre, demandez "
                "d'abord conseil au conseiller en intégrité.</p>"
            ),
            "en": (
                "<p>The code asks you to avoid any mixing of interests that could damage your own "
                "credibility or the team's, and never to use your influence for someone with whom "
                "you have a direct or indirect tie. A close relative in a selection you help "
                "decide is a textbook case. Whether you would in fact be impartial does not "
                "matter: what counts is that everyone can trust the procedure.</p><p>The code "
                "also asks you to work transparently, so that what you do is visible to "
                "colleagues and your manager. The minimum is therefore to declare the family tie, "
                "in writing, before the committee starts. The most robust choice is to withdraw "
                "from the whole procedure, not just from your nephew's assessment, because "
                "comparing candidates is exactly where influence works. Your nephew keeps his "
                "full chance, judged by people without a tie to him.</p><p>And your sister? You "
                "can kindly explain that precisely because you care about him, you will stay out "
                "of it. If you are unsure how to handle the situation, ask the integrity adviser "
                "for advice first.</p>"
            ),
            "es": (
                "<p>El código le pide evitar cualquier mezcla de intereses que pueda poner en "
                "riesgo su credibilidad o la del equipo, y no usar nunca su influencia a favor de "
                "alguien con quien tenga un vínculo directo o indirecto. Un familiar cercano en "
                "una selección en la que usted decide es un ejemplo de manual. No importa si en "
                "realidad sería imparcial: lo que cuenta es que todos puedan confiar en el "
                "proceso.</p><p>El código también pide trabajar con transparencia, de modo que lo "
                "que usted hace sea visible para sus colegas y su superior. Lo mínimo, entonces, "
                "es declarar el vínculo familiar por escrito antes de que el comité empiece. La "
                "opción más sólida es retirarse de todo el proceso, y no solo de la evaluación de "
                "su sobrino, porque es justamente al comparar candidatos donde se ejerce la "
                "influencia. Su sobrino conserva todas sus posibilidades, evaluado por personas "
                "sin vínculo con él.</p><p>¿Y su hermana? Puede explicarle con cariño que, "
                "precisamente porque él le importa, prefiere mantenerse al margen. Si tiene dudas "
                "sobre cómo manejar la situación, consulte primero al asesor de integridad.</p>"
            ),
        },
        "facilitator_notes": {
            "nl": (
                "<p>De casus lijkt eenvoudig, maar groepen raken vaak verdeeld tussen je "
                "terugtrekken en je onthouden. Gebruik dat om het verschil te bespreken tussen "
                "onpartijdig zijn en onpartijdig lijken.</p><ul><li>Verandert je antwoord als het "
                "om een vriend, een buur of een ex-collega gaat in plaats van een neef? Waar leg "
                "je de grens?</li><li>Wat als jij het enige commissielid bent dat de "
                "partnergemeente goed kent?</li><li>Hoe antwoord je je zus zonder de relatie te "
                "schaden?</li></ul><p>Tip: reken op een kwartier. Laat de discussie niet "
                "afglijden naar de vraag of de neef echt de beste kandidaat is: net die vraag kan "
                "je door de familieband niet meer beantwoorden.</p>"
            ),
            "fr": (
                "<p>Le cas paraît simple, mais les groupes se partagent souvent entre le retrait "
                "et l'abstention. Servez-vous de ce désaccord pour parler de la différence entre "
                "être impartial et paraître impartial.</p><ul><li>Votre réponse changerait-elle "
                "s'il s'agissait d'un ami, d'un voisin ou d'un ancien collègue plutôt que d'un "
                "neveu\u202f? Où placez-vous la limite\u202f?</li><li>Et si vous étiez le seul "
                "membre du comité à bien connaître la commune partenaire\u202f?</li><li>Comment "
                "répondre à votre sœur sans abîmer la relation\u202f?</li></ul><p>Conseil\u202f: "
                "prévoyez environ 15 minutes. Évitez que le débat glisse vers la question de "
                "savoir si le neveu est vraiment le meilleur candidat\u202f: c'est justement la "
                "question à laquelle le lien familial vous empêche de répondre.</p>"
            ),
            "en": (
                "<p>The case looks simple, but groups often split between withdrawing and "
                "abstaining. Use that split to talk about the difference between being impartial "
                "and being seen to be impartial.</p><ul><li>Would your answer change for a "
                "friend, a neighbour or a former colleague instead of a nephew? Where do you draw "
                "the line?</li><li>What if you are the only committee member who knows the "
                "partner municipality well?</li><li>How do you answer your sister without "
                "damaging the relationship?</li></ul><p>Tip: allow about 15 minutes. Do not let "
                "the debate drift to whether the nephew really is the best candidate: that is "
                "precisely the question the family tie keeps you from answering.</p>"
            ),
            "es": (
                "<p>El caso parece sencillo, pero los grupos suelen dividirse entre retirarse y "
                "abstenerse. Aproveche esa división para hablar de la diferencia entre ser "
                "imparcial y parecerlo.</p><ul><li>¿Cambiaría su respuesta si se tratara de un "
                "amigo, un vecino o un excolega en lugar de un sobrino? ¿Dónde pone el "
                "límite?</li><li>¿Y si usted fuera el único miembro del comité que conoce bien el "
                "municipio socio?</li><li>¿Cómo responderle a su hermana sin dañar la "
                "relación?</li></ul><p>Consejo: calcule unos 15 minutos. No deje que el debate "
                "derive hacia si el sobrino es realmente el mejor candidato: esa es justamente la "
                "pregunta que el vínculo familiar le impide responder.</p>"
            ),
        },
    },
    {
        "key": "gift-from-partner-municipality",
        "context": "flanders",
        "themes": ["gifts_hospitality", "cultural_sensitivity"],
        "values": ["integrity", "collegiality"],
        "for_recruitment": False,
        "title": {
            "nl": "Een kostbaar geschenk van de partnergemeente",
            "fr": "Un cadeau précieux de la commune partenaire",
            "en": "A costly gift from the partner municipality",
            "es": "Un regalo costoso del municipio socio",
        },
        "slug": {
            "nl": "een-kostbaar-geschenk-van-de-partnergemeente",
            "fr": "un-cadeau-precieux-de-la-commune-partenaire",
            "en": "a-costly-gift-from-the-partner-municipality",
            "es": "un-regalo-costoso-del-municipio-socio",
        },
        "summary": {
            "nl": (
                "Bij het afscheid van een bezoekende partnerdelegatie krijg je een duur "
                "handgemaakt geschenk. Weigeren kan kwetsen, maar houden is ook niet zomaar oké."
            ),
            "fr": (
                "Au départ d'une délégation partenaire, on vous offre un cadeau artisanal "
                "coûteux. Le refuser pourrait blesser, mais le garder ne va pas de soi."
            ),
            "en": (
                "At the farewell of a visiting partner delegation you receive an expensive "
                "handmade gift. Refusing could offend, but keeping it is not simple either."
            ),
            "es": (
                "En la despedida de una delegación socia recibe un costoso regalo artesanal. "
                "Rechazarlo podría ofender, pero quedárselo tampoco es tan simple."
            ),
        },
        "situation": {
            "nl": (
                "<p>Een delegatie van jullie partnergemeente in Benin heeft een week in Beekwijk "
                "gewerkt aan het afvalproject van de stedenband. Op de afscheidsreceptie in het "
                "gemeentehuis, in het bijzijn van de schepenen en het hele team, overhandigt de "
                "partnerburgemeester je een pakje, met een warme speech over je “onvermoeibare "
                "inzet”.</p><p>Aan je bureau maak je het open: een handgeweven tafelkleed met een "
                "set gesneden houten schalen, duidelijk het werk van een lokale ambachtsman. Je "
                "schat de waarde op een paar honderd euro, veel meer dan een kleine attentie. De "
                "delegatie vertrekt morgenvroeg naar de luchthaven. Een collega zegt: “Dat kan je "
                "niet teruggeven, ze zouden diep gekwetst zijn. En het was voor jou persoonlijk "
                "bedoeld.”</p>"
            ),
            "fr": (
                "<p>Une délégation de votre commune partenaire au Bénin a passé une semaine à "
                "Beekwijk pour travailler sur le projet de gestion des déchets de votre jumelage. "
                "Lors de la réception d'adieu à la maison communale, devant les échevins et toute "
                "l'équipe, le maire partenaire vous remet un paquet, avec un discours chaleureux "
                "sur votre «\u202fengagement infatigable\u202f».</p><p>De retour à votre bureau, "
                "vous l'ouvrez\u202f: une nappe tissée à la main et un ensemble de bols en bois "
                "sculpté, manifestement l'œuvre d'un artisan local. Vous estimez sa valeur à "
                "quelques centaines d'euros, bien plus qu'un petit présent. La délégation part "
                "pour l'aéroport demain à l'aube. Un collègue vous dit\u202f: «\u202fTu ne peux "
                "pas rendre ça, ils seraient profondément blessés. Et c'était pour toi "
                "personnellement.\u202f»</p>"
            ),
            "en": (
                "<p>A delegation from your partner municipality in Benin has spent a week in "
                "Beekwijk working on the waste-management project of your twinning link. At the "
                "farewell reception in the town hall, in front of the aldermen and the whole "
                "team, the partner mayor hands you a wrapped package with a warm speech about "
                "your “tireless commitment”.</p><p>Back at your desk you open it: a handwoven "
                "tablecloth with a set of carved wooden bowls, clearly the work of a local "
                "artisan. You estimate its value at a few hundred euros, far more than a small "
                "token. The delegation leaves for the airport early tomorrow. A colleague says: "
                "“You can't give that back, they would be deeply hurt. And it was meant for you "
                "personally.”</p>"
            ),
            "es": (
                "<p>Una delegación de su municipio socio en Benín pasó una semana en Beekwijk "
                "trabajando en el proyecto de gestión de residuos del hermanamiento. En la "
                "recepción de despedida en la sede municipal, frente a los concejales y todo el "
                "equipo, el alcalde socio le entrega un paquete, con un cálido discurso sobre su "
                "“compromiso incansable”.</p><p>Ya en su escritorio, lo abre: un mantel tejido a "
                "mano y un juego de cuencos de madera tallada, sin duda obra de un artesano "
                "local. Calcula que vale unos cientos de euros, mucho más que un pequeño "
                "obsequio. La delegación sale mañana temprano hacia el aeropuerto. Un colega le "
                "dice: “No puedes devolverlo, se sentirían muy ofendidos. Y era para ti, "
                "personalmente.”</p>"
            ),
        },
        "stakeholders": {
            "nl": (
                "De partnerburgemeester en de delegatie, voor wie het geschenk dankbaarheid en "
                "respect uitdrukt; jij en je gemeente, wier onafhankelijkheid bij latere "
                "beslissingen over de samenwerking boven elke twijfel moet blijven; en het team, "
                "want de afspraken over geschenken werken alleen als iedereen ze toepast."
            ),
            "fr": (
                "Le maire et la délégation partenaires, pour qui le cadeau exprime gratitude et "
                "respect\u202f; vous et votre commune, dont l'indépendance dans les décisions "
                "futures sur le partenariat doit rester incontestable\u202f; et l'équipe, dont "
                "les règles sur les cadeaux ne fonctionnent que si tout le monde les applique."
            ),
            "en": (
                "The partner mayor and delegation, for whom the gift expresses gratitude and "
                "respect; you and your municipality, whose independence in future decisions on "
                "the partnership must stay beyond doubt; and the team, whose rules on gifts only "
                "work if everyone applies them."
            ),
            "es": (
                "El alcalde y la delegación socia, para quienes el regalo expresa gratitud y "
                "respeto; usted y su municipio, cuya independencia en futuras decisiones sobre la "
                "cooperación debe quedar fuera de toda duda; y el equipo, cuyas reglas sobre "
                "regalos solo funcionan si todos las aplican."
            ),
        },
        "options": [
            {
                "label": {
                    "nl": (
                        "Het dankbaar aannemen, melden aan mijn diensthoofd en het een plek geven "
                        "op het werk"
                    ),
                    "fr": (
                        "L'accepter avec gratitude, le signaler à mon chef de service et "
                        "l'exposer au bureau"
                    ),
                    "en": (
                        "Accept it graciously, report it to my head of department and display it "
                        "at the office"
                    ),
                    "es": (
                        "Aceptarlo con gratitud, informar a mi jefe de departamento y exhibirlo "
                        "en la oficina"
                    ),
                },
                "considerations": {
                    "nl": (
                        "Je spaart de gevers, in lijn met de voorwaarden van de code (publiek "
                        "overhandigd, weigeren zou kwetsen), en het geschenk wordt zichtbaar. "
                        "Door het eigendom van het team of de gemeente te maken, vermijd je "
                        "persoonlijk voordeel."
                    ),
                    "fr": (
                        "Vous ménagez les donateurs, conformément aux conditions du code (remise "
                        "en public, un refus blesserait), et le cadeau devient visible. En faire "
                        "un bien de l'équipe ou de la commune évite tout avantage personnel."
                    ),
                    "en": (
                        "You spare the givers, in line with the code's conditions (handed over in "
                        "public, refusing would hurt), and the gift becomes visible. Making it "
                        "the property of the team or the municipality avoids any personal benefit."
                    ),
                    "es": (
                        "No ofende a quienes lo regalan, conforme a las condiciones del código "
                        "(entrega en público, rechazarlo heriría), y el regalo queda a la vista. "
                        "Convertirlo en un bien del equipo o del municipio evita cualquier "
                        "beneficio personal."
                    ),
                },
            },
            {
                "label": {
                    "nl": (
                        "Het tactvol teruggeven voor de delegatie vertrekt en de regels uitleggen "
                        "die voor mij gelden"
                    ),
                    "fr": (
                        "Le rendre avec tact avant le départ de la délégation, en expliquant les "
                        "règles qui me lient"
                    ),
                    "en": (
                        "Return it tactfully before the delegation leaves, explaining the rules I "
                        "am bound by"
                    ),
                    "es": (
                        "Devolverlo con tacto antes de que se vaya la delegación y explicar mis "
                        "reglas"
                    ),
                },
                "considerations": {
                    "nl": (
                        "Duidelijk en onberispelijk, maar na een publiek afscheid kan het "
                        "aanvoelen als een afwijzing van de dankbaarheid van de partner en de "
                        "relatie onder druk zetten. Het vraagt een zorgvuldige, warme uitleg, en "
                        "daarvoor heb je maar enkele uren."
                    ),
                    "fr": (
                        "Clair et irréprochable, mais après des adieux publics, cela peut être "
                        "vécu comme un rejet de la gratitude du partenaire et tendre la relation. "
                        "Il faut une explication soignée et chaleureuse, difficile à donner en "
                        "quelques heures."
                    ),
                    "en": (
                        "Clear and beyond reproach, but after a public farewell it can feel like "
                        "a rejection of the partner's gratitude and strain the relationship. It "
                        "needs a careful, warm explanation, which is hard to give in a few hours."
                    ),
                    "es": (
                        "Claro e intachable, pero después de una despedida pública puede sentirse "
                        "como un rechazo a la gratitud del socio y tensar la relación. Exige una "
                        "explicación cuidadosa y cálida, difícil de dar en pocas horas."
                    ),
                },
            },
            {
                "label": {
                    "nl": (
                        "Het mee naar huis nemen en niets zeggen: het was een persoonlijk "
                        "geschenk, publiek gegeven"
                    ),
                    "fr": (
                        "L'emporter chez moi sans rien dire\u202f: c'était un cadeau personnel, "
                        "remis en public"
                    ),
                    "en": (
                        "Take it home and say nothing: it was a personal gift, handed over in "
                        "public"
                    ),
                    "es": (
                        "Llevarlo a casa sin decir nada: fue un regalo personal, entregado en "
                        "público"
                    ),
                },
                "considerations": {
                    "nl": (
                        "Geen ongemakkelijk moment nu, maar de code verplicht je elk aanvaard "
                        "geschenk te melden. Een waardevol, niet gemeld geschenk van een partner "
                        "die afhangt van de middelen van de stedenband, kan later gelezen worden "
                        "als beïnvloeding."
                    ),
                    "fr": (
                        "Pas de moment gênant sur le coup, mais le code vous oblige à signaler "
                        "tout cadeau accepté. Un cadeau de valeur, non déclaré, venant d'un "
                        "partenaire qui dépend des fonds du jumelage, peut plus tard passer pour "
                        "une tentative d'influence."
                    ),
                    "en": (
                        "No awkward moment now, but the code requires you to report any gift you "
                        "accept. A valuable, unreported gift from a partner that depends on the "
                        "twinning link's funding can later be read as influence."
                    ),
                    "es": (
                        "Evita un momento incómodo, pero el código le exige informar de todo "
                        "regalo aceptado. Un regalo valioso y no declarado de un socio que "
                        "depende de los fondos del hermanamiento puede interpretarse después como "
                        "una forma de influencia."
                    ),
                },
            },
        ],
        "commentary": {
            "nl": (
                "<p>De code zegt dat je dienstverlening niet gekocht of beïnvloed mag worden door "
                "geschenken. Kleine attenties mag je aanvaarden als weigeren of teruggeven de "
                "gever ernstig zou kwetsen of in verlegenheid brengen, als ze in het openbaar "
                "overhandigd worden, of als terugbezorgen praktisch onwerkbaar is. Hier spelen "
                "meerdere van die voorwaarden, maar dit geschenk is veel meer dan een kleine "
                "attentie: de situatie is echt grijs. Op één punt laat de code geen ruimte: een "
                "geschenk dat je aanvaardt, meld je aan je diensthoofd.</p><p>Een goede uitweg is "
                "vaak aanvaarden in naam van het team of de gemeente in plaats van persoonlijk: "
                "bedank de burgemeester hartelijk, meld het geschenk en geef het een plek in het "
                "gemeentehuis of op het teamkantoor, waar bezoekers het zien als teken van de "
                "samenwerking. Teruggeven is ook verdedigbaar, op voorwaarde dat je het met veel "
                "zorg doet. Het stilletjes thuis houden is de enige optie die de code niet "
                "toelaat.</p><p>Leg de partner achteraf vriendelijk uit welke regels voor jou "
                "gelden, zodat het volgende bezoek niet tot dezelfde situatie leidt. "
                "Partnergemeenten nemen kennis van de code en worden gevraagd hun eigen code te "
                "delen of te ontwikkelen, wat dat gesprek makkelijker maakt. Twijfel je over de "
                "waarde of het juiste gebaar, vraag dan raad aan de raadgever integriteit.</p>"
            ),
            "fr": (
                "<p>Le code précise que vos services ne peuvent être achetés ni influencés par "
                "des cadeaux. Un petit présent peut être accepté si le refuser ou le rendre "
                "blesserait ou embarrasserait gravement la personne qui l'offre, s'il est remis "
                "en public, ou si le renvoyer est matériellement impossible. Plusieurs de ces "
                "conditions sont réunies ici, mais ce cadeau dépasse largement le petit "
                "présent\u202f: le cas est réellement ambigu. Sur un point, le code ne laisse "
                "aucune marge\u202f: un cadeau accepté doit être signalé à votre chef de "
                "service.</p><p>Une bonne solution consiste souvent à l'accepter au nom de "
                "l'équipe ou de la commune plutôt qu'à titre personnel\u202f: remerciez "
                "chaleureusement le maire, signalez le cadeau et exposez-le à la maison communale "
                "ou au bureau de l'équipe, où les visiteurs y verront un signe du partenariat. Le "
                "rendre se défend aussi, à condition de le faire avec beaucoup de délicatesse. Le "
                "garder discrètement chez soi est la seule option que le code n'autorise "
                "pas.</p><p>Expliquez ensuite aimablement au partenaire les règles qui vous "
                "lient, pour que la prochaine visite ne mène pas à la même situation. Les "
                "communes partenaires prennent connaissance du code et sont invitées à partager "
                "ou à élaborer le leur, ce qui facilite cette discussion. En cas de doute sur la "
                "valeur ou le bon geste, demandez conseil au conseiller en intégrité.</p>"
            ),
            "en": (
                "<p>The code says your service may not be bought or influenced by gifts. Small "
                "tokens may be accepted if refusing or returning them would seriously hurt or "
                "embarrass the giver, if they are handed over in public, or if returning them is "
                "impractical. Several of those conditions apply here, but this gift is far more "
                "than a small token, which makes the case genuinely grey. On one point the code "
                "leaves no room: a gift you accept must be reported to your head of "
                "department.</p><p>A good way out is often to accept on behalf of the team or the "
                "municipality rather than personally: thank the mayor warmly, report the gift, "
                "and give it a place in the town hall or the team office, where visitors can see "
                "it as a sign of the partnership. Returning it is defensible too, provided you do "
                "it with great care. Quietly keeping it at home is the one option the code does "
                "not allow.</p><p>Afterwards, explain to the partner in a friendly way which "
                "rules you are bound by, so the next visit does not lead to the same situation. "
                "Partner municipalities take note of the code and are asked to share or develop "
                "their own, which makes that conversation easier. In doubt about the value or the "
                "right gesture, ask the integrity adviser.</p>"
            ),
            "es": (
                "<p>El código establece que su servicio no puede comprarse ni dejarse influir por "
                "regalos. Se pueden aceptar pequeños obsequios si rechazarlos o devolverlos "
                "heriría o avergonzaría seriamente a quien los da, si se entregan en público o si "
                "devolverlos resulta impracticable. Aquí se cumplen varias de esas condiciones, "
                "pero este regalo es mucho más que un pequeño obsequio: el caso es realmente "
                "gris. En un punto el código no deja margen: usted debe informar a su jefe de "
                "departamento de todo regalo que acepte.</p><p>Una buena salida suele ser "
                "aceptarlo en nombre del equipo o del municipio y no a título personal: agradecer "
                "de corazón al alcalde, informar del regalo y exhibirlo en la sede municipal o en "
                "la oficina del equipo, donde los visitantes lo vean como un símbolo de la "
                "cooperación. Devolverlo también es defendible, siempre que se haga con mucho "
                "tacto. Guardarlo en casa sin decir nada es la única opción que el código no "
                "permite.</p><p>Después, explique con amabilidad al socio qué reglas debe seguir "
                "usted, para que la próxima visita no lleve a la misma situación. Los municipios "
                "socios toman conocimiento del código y se les pide compartir o elaborar el suyo "
                "propio, lo que facilita esa conversación. Si duda sobre el valor o el gesto "
                "adecuado, consulte al asesor de integridad.</p>"
            ),
        },
        "facilitator_notes": {
            "nl": (
                "<p>Deelnemers met verschillende achtergronden kijken vaak heel anders naar "
                "geschenken. Geef daar ruimte aan: de culturele dimensie is echt, maar ze heft de "
                "meldplicht niet op.</p><ul><li>Vanaf welke waarde is een kleine attentie voor "
                "jou niet meer klein? Speelt de setting daarin mee?</li><li>Wat is het verschil "
                "tussen een geschenk persoonlijk aanvaarden en het aanvaarden in naam van het "
                "team?</li><li>Hoe kan je partners voor een bezoek voorbereiden, zodat deze "
                "situatie minder snel ontstaat?</li></ul><p>Tip: reken op 15 tot 20 minuten. Let "
                "op de reflex dat teruggeven automatisch de veiligste keuze is: vraag hoe de "
                "partner dat zou beleven.</p>"
            ),
            "fr": (
                "<p>Des participants d'horizons différents voient souvent les cadeaux de manière "
                "très différente. Laissez place à ces points de vue\u202f: la dimension "
                "culturelle est réelle, mais elle ne supprime pas l'obligation de "
                "signaler.</p><ul><li>À partir de quelle valeur un petit présent cesse-t-il "
                "d'être petit pour vous\u202f? Le contexte change-t-il la "
                "donne\u202f?</li><li>Quelle différence entre accepter un cadeau à titre "
                "personnel et l'accepter au nom de l'équipe\u202f?</li><li>Comment préparer les "
                "partenaires avant une visite pour que cette situation se présente moins "
                "souvent\u202f?</li></ul><p>Conseil\u202f: prévoyez 15 à 20 minutes. Méfiez-vous "
                "du réflexe selon lequel rendre le cadeau serait forcément le choix le plus "
                "sûr\u202f: demandez comment le partenaire le vivrait.</p>"
            ),
            "en": (
                "<p>Participants from different backgrounds often view gifts very differently. "
                "Give that room: the cultural dimension is real, but it does not remove the duty "
                "to report.</p><ul><li>At what value does a small token stop being small for you? "
                "Does the setting change that?</li><li>What is the difference between accepting a "
                "gift personally and accepting it on behalf of the team?</li><li>How could you "
                "prepare partners before a visit so that this situation becomes less "
                "likely?</li></ul><p>Tip: allow 15 to 20 minutes. Watch out for the reflex that "
                "returning the gift is automatically the safest choice: ask what the partner "
                "would experience.</p>"
            ),
            "es": (
                "<p>Participantes de distintos orígenes suelen ver los regalos de maneras muy "
                "diferentes. Dele espacio a eso: la dimensión cultural es real, pero no elimina "
                "la obligación de informar.</p><ul><li>¿A partir de qué valor un pequeño obsequio "
                "deja de ser pequeño para usted? ¿Influye el contexto?</li><li>¿Qué diferencia "
                "hay entre aceptar un regalo a título personal y aceptarlo en nombre del "
                "equipo?</li><li>¿Cómo podría preparar a los socios antes de una visita para que "
                "esta situación sea menos probable?</li></ul><p>Consejo: calcule entre 15 y 20 "
                "minutos. Cuidado con el reflejo de pensar que devolver el regalo es "
                "automáticamente lo más seguro: pregunte cómo lo viviría el socio.</p>"
            ),
        },
    },
    {
        "key": "joke-in-the-team-chat",
        "context": "flanders",
        "themes": ["discrimination_respect", "reporting_misconduct"],
        "values": ["collegiality", "service"],
        "for_recruitment": False,
        "title": {
            "nl": "Gewoon een grapje in de teamchat?",
            "fr": "Juste une blague dans le groupe de l'équipe\u202f?",
            "en": "Just a joke in the team chat?",
            "es": "¿Solo un chiste en el chat del equipo?",
        },
        "slug": {
            "nl": "gewoon-een-grapje-in-de-teamchat",
            "fr": "juste-une-blague-dans-le-groupe-de-l-equipe",
            "en": "just-a-joke-in-the-team-chat",
            "es": "solo-un-chiste-en-el-chat-del-equipo",
        },
        "summary": {
            "nl": (
                "Een collega drijft in de teamchat de spot met het accent en de afkomst van een "
                "partnerambtenaar, en anderen reageren met lachende emoji's."
            ),
            "fr": (
                "Un collègue se moque de l'accent et des origines d'un fonctionnaire partenaire "
                "dans le groupe de l'équipe, et d'autres répondent par des émojis hilares."
            ),
            "en": (
                "A colleague mocks a partner official's accent and origin in the team chat, and "
                "others reply with laughing emojis."
            ),
            "es": (
                "Un colega se burla del acento y el origen de un funcionario socio en el chat del "
                "equipo, y otros responden con emojis de risa."
            ),
        },
        "situation": {
            "nl": (
                "<p>Je team werkt nauw samen met de financieel verantwoordelijke van een "
                "partnergemeente in Guatemala, die telkens aansluit bij het maandelijkse "
                "videogesprek. Na het gesprek van deze week post een collega in de chatgroep van "
                "het team een spraakberichtje waarin hij het accent van de ambtenaar nadoet, met "
                "als onderschrift: “Volgende keer breng ik een tolk mee… en een piñata.” Binnen "
                "enkele minuten reageren drie collega's met lachende emoji's en iemand voegt er "
                "een sombrero aan toe.</p><p>De partnerambtenaar zit niet in de groep, maar die "
                "telt twaalf leden, onder wie twee gemeentelijke ambtenaren die vorige maand in "
                "het programma gestapt zijn. Jij vindt het bericht ongepast, maar de collega die "
                "het postte is graag gezien en bedoelt het meestal goed. Tot nu toe heeft niemand "
                "iets gezegd.</p>"
            ),
            "fr": (
                "<p>Votre équipe travaille en étroite collaboration avec le responsable financier "
                "d'une commune partenaire au Guatemala, qui participe chaque mois à la "
                "visioconférence. Après l'appel de cette semaine, un collègue publie dans le "
                "groupe de discussion de l'équipe un message vocal où il imite l'accent du "
                "fonctionnaire, avec ce commentaire\u202f: «\u202fLa prochaine fois, j'amène un "
                "interprète… et une piñata.\u202f» En quelques minutes, trois collègues "
                "réagissent avec des émojis hilares et un autre ajoute un sombrero.</p><p>Le "
                "fonctionnaire partenaire ne fait pas partie du groupe, mais celui-ci compte "
                "douze membres, dont deux fonctionnaires communaux arrivés dans le programme le "
                "mois dernier. Vous trouvez le message déplacé, mais son auteur est apprécié et "
                "d'habitude plutôt bien intentionné. Pour l'instant, personne n'a rien dit.</p>"
            ),
            "en": (
                "<p>Your team works closely with the finance officer of a partner municipality in "
                "Guatemala, who joins the monthly video call. After this week's call, a colleague "
                "posts a short voice message in the team's chat group imitating the official's "
                "accent, with the caption: “Next time I'm bringing an interpreter… and a piñata.” "
                "Within minutes, three colleagues react with laughing emojis and one adds a "
                "sombrero.</p><p>The partner official is not in the group, but it has twelve "
                "members, including two municipal officials who joined the programme last month. "
                "You find the post inappropriate, but the colleague who wrote it is well liked "
                "and usually means well. So far nobody has said anything.</p>"
            ),
            "es": (
                "<p>Su equipo trabaja de cerca con el responsable de finanzas de un municipio "
                "socio en Guatemala, que se une cada mes a la videollamada. Después de la llamada "
                "de esta semana, un colega publica en el chat del equipo un mensaje de voz "
                "imitando el acento del funcionario, con la leyenda: “La próxima vez traigo un "
                "intérprete… y una piñata.” En pocos minutos, tres colegas reaccionan con emojis "
                "de risa y otro agrega un sombrero mexicano.</p><p>El funcionario socio no está "
                "en el grupo, pero este tiene doce miembros, entre ellos dos funcionarios "
                "municipales que se sumaron al programa el mes pasado. A usted el mensaje le "
                "parece fuera de lugar, pero el colega que lo escribió es muy querido y por lo "
                "general tiene buenas intenciones. Hasta ahora nadie ha dicho nada.</p>"
            ),
        },
        "stakeholders": {
            "nl": (
                "De partnerambtenaar, die belachelijk gemaakt wordt zonder zich te kunnen "
                "verweren; de nieuwe collega's, die hieruit leren wat in het team kan; en de "
                "collega die postte, die eerlijke feedback verdient. Ook het vertrouwen in de "
                "samenwerking staat op het spel als het bericht ooit verder raakt."
            ),
            "fr": (
                "Le fonctionnaire partenaire, tourné en ridicule sans pouvoir répondre\u202f; les "
                "nouveaux collègues, qui apprennent ainsi ce qui est admis dans l'équipe\u202f; "
                "et l'auteur du message, qui mérite un retour honnête. La confiance du "
                "partenariat est aussi en jeu si le message circule un jour."
            ),
            "en": (
                "The partner official, who is mocked without being able to respond; the new "
                "colleagues, who learn from this what is acceptable in the team; and the "
                "colleague who posted, who deserves honest feedback. Trust in the partnership is "
                "at stake too if the message ever travels further."
            ),
            "es": (
                "El funcionario socio, ridiculizado sin poder responder; los colegas nuevos, que "
                "aprenden así qué se acepta en el equipo; y el autor del mensaje, que merece una "
                "retroalimentación honesta. La confianza en la cooperación también está en juego "
                "si el mensaje llega a circular."
            ),
        },
        "options": [
            {
                "label": {
                    "nl": (
                        "Onder vier ogen met de collega praten en vragen het bericht weg te halen"
                    ),
                    "fr": (
                        "En parler en privé avec le collègue et lui demander de retirer le message"
                    ),
                    "en": "Talk to the colleague privately and ask them to take the post down",
                    "es": "Hablar en privado con el colega y pedirle que retire el mensaje",
                },
                "considerations": {
                    "nl": (
                        "In lijn met de code: wrevel eerst rechtstreeks en tactvol met de "
                        "betrokkene bespreken. De collega kan het zelf rechtzetten, maar wie "
                        "meelachte, hoort niet dat dit niet oké is."
                    ),
                    "fr": (
                        "Conforme au code\u202f: aborder d'abord une tension directement et avec "
                        "tact avec la personne concernée. Le collègue peut rectifier lui-même, "
                        "mais ceux qui ont ri n'entendent pas que ce n'est pas acceptable."
                    ),
                    "en": (
                        "In line with the code: address friction directly and tactfully with the "
                        "person first. The colleague can put it right themselves, but those who "
                        "laughed along do not hear that this is not okay."
                    ),
                    "es": (
                        "Coherente con el código: tratar primero una tensión directamente y con "
                        "tacto con la persona involucrada. El colega puede corregirlo por sí "
                        "mismo, pero quienes se rieron no escuchan que eso no está bien."
                    ),
                },
            },
            {
                "label": {
                    "nl": (
                        "In de groep reageren dat ik dit niet grappig vind en vragen het bericht "
                        "te verwijderen"
                    ),
                    "fr": (
                        "Répondre dans le groupe que je ne trouve pas ça drôle et demander de "
                        "retirer le message"
                    ),
                    "en": (
                        "Reply in the group that I don't find this funny and ask for the post to "
                        "be removed"
                    ),
                    "es": (
                        "Responder en el grupo que no me parece gracioso y pedir que se borre el "
                        "mensaje"
                    ),
                },
                "considerations": {
                    "nl": (
                        "Zet publiek de norm, ook voor de nieuwe collega's die meelezen. Maar het "
                        "kan de collega voor iedereen in verlegenheid brengen en een verdedigende "
                        "reactie uitlokken."
                    ),
                    "fr": (
                        "Pose la norme publiquement, y compris pour les nouveaux collègues qui "
                        "lisent. Mais cela peut mettre l'auteur en difficulté devant tout le "
                        "monde et provoquer une réaction défensive."
                    ),
                    "en": (
                        "Sets the norm publicly, also for the new colleagues who are reading. But "
                        "it can put the colleague on the spot in front of everyone and provoke a "
                        "defensive reaction."
                    ),
                    "es": (
                        "Marca la norma en público, también para los colegas nuevos que están "
                        "leyendo. Pero puede exponer al colega frente a todos y provocar una "
                        "reacción defensiva."
                    ),
                },
            },
            {
                "label": {
                    "nl": "Het melden aan mijn diensthoofd of via het klachtenformulier",
                    "fr": "Le signaler à mon chef de service ou via le formulaire de plainte",
                    "en": "Report it to my head of department or through the complaint form",
                    "es": (
                        "Informarlo a mi jefe de departamento o mediante el formulario de quejas"
                    ),
                },
                "considerations": {
                    "nl": (
                        "Gepast als dit vaker gebeurt of als rechtstreekse feedback niet helpt. "
                        "Als eerste stap na één bericht kan het zwaar aanvoelen, en de collega "
                        "krijgt geen kans om het zelf recht te zetten."
                    ),
                    "fr": (
                        "Approprié si cela se répète ou si un retour direct ne suffit pas. Comme "
                        "première étape après un seul message, cela peut sembler lourd, et le "
                        "collègue n'a pas l'occasion de rectifier lui-même."
                    ),
                    "en": (
                        "Appropriate if this happens repeatedly or if direct feedback does not "
                        "help. As a first step after a single post it may feel heavy-handed, and "
                        "the colleague gets no chance to put it right."
                    ),
                    "es": (
                        "Adecuado si esto se repite o si la retroalimentación directa no "
                        "funciona. Como primer paso tras un solo mensaje puede parecer "
                        "desproporcionado, y el colega no tiene la oportunidad de corregirlo por "
                        "sí mismo."
                    ),
                },
            },
            {
                "label": {
                    "nl": (
                        "Me erbuiten houden: het is maar een grap onder collega's en de partner "
                        "ziet het toch nooit"
                    ),
                    "fr": (
                        "Ne pas m'en mêler\u202f: c'est une blague entre collègues et le "
                        "partenaire ne la verra jamais"
                    ),
                    "en": (
                        "Stay out of it: it is just a joke among colleagues and the partner will "
                        "never see it"
                    ),
                    "es": "No meterme: es solo un chiste entre colegas y el socio nunca lo verá",
                },
                "considerations": {
                    "nl": (
                        "Vermijdt wrevel, maar zwijgen klinkt als goedkeuring, en zulke grappen "
                        "bepalen mee hoe het team met partners omgaat. Chatberichten kunnen "
                        "bovendien doorgestuurd of gescreenshot worden."
                    ),
                    "fr": (
                        "Évite les tensions, mais le silence passe pour une approbation, et ce "
                        "genre de blague façonne la manière dont l'équipe traite ses partenaires. "
                        "Un message peut aussi être transféré ou capturé."
                    ),
                    "en": (
                        "Avoids friction, but silence reads as approval, and jokes like this "
                        "shape how the team treats its partners. Chat messages can also be "
                        "forwarded or screenshotted."
                    ),
                    "es": (
                        "Evita roces, pero el silencio se interpreta como aprobación, y estos "
                        "chistes moldean cómo el equipo trata a sus socios. Además, un mensaje "
                        "puede reenviarse o capturarse en pantalla."
                    ),
                },
            },
        ],
        "commentary": {
            "nl": (
                "<p>De code is duidelijk: je vertoont nooit discriminerend of beledigend gedrag "
                "op basis van iemands afkomst, niet fysiek en ook niet online. Het accent en de "
                "afkomst van een partner belachelijk maken in de teamchat valt daar helemaal "
                "onder, ook al ziet de betrokkene het nooit. Het botst ook met het bijzondere "
                "respect voor lokale volkeren en partners dat de code vraagt van iedereen die in "
                "een internationale context werkt.</p><p>De code wijst ook de weg: bij wrevel "
                "spreek je eerst rechtstreeks met de betrokkene, en feedback geef je rustig en "
                "tactvol. Een kort gesprek onder vier ogen is vaak de meest doeltreffende eerste "
                "stap. Omdat anderen meelachten en nieuwe collega's meelazen, kan ook een rustig "
                "woord in de groep zinvol zijn, zonder iemand aan de schandpaal te nagelen: "
                "“Laten we respectvol blijven over onze partners.” Zwijgen is de enige optie die "
                "niet strookt met de code.</p><p>Blijft het gedrag duren, of voel je je niet in "
                "staat het zelf aan te kaarten, vraag dan raad aan de raadgever integriteit, "
                "spreek je diensthoofd aan of meld het aan de klachtenmanager via het "
                "klachtenformulier. De code vraagt je misbruik te melden wanneer je het "
                "vaststelt, ook als je er zelf niet rechtstreeks bij betrokken bent.</p>"
            ),
            "fr": (
                "<p>Le code est explicite\u202f: vous n'adoptez jamais de comportement "
                "discriminatoire ou offensant fondé sur l'origine de quelqu'un, que ce soit en "
                "personne ou en ligne. Se moquer de l'accent et des origines d'un partenaire dans "
                "le groupe de l'équipe en relève pleinement, même si la personne visée ne le voit "
                "jamais. Cela heurte aussi le respect particulier envers les populations locales "
                "et les partenaires que le code demande à toute personne travaillant dans un "
                "cadre international.</p><p>Le code indique aussi la voie à suivre\u202f: en cas "
                "de tension, s'adresser d'abord directement à la personne concernée, et formuler "
                "ses remarques calmement et avec tact. Une courte conversation en privé est "
                "souvent la première étape la plus efficace. Comme d'autres ont ri et que de "
                "nouveaux collègues lisaient, un mot posé dans le groupe peut aussi être utile, "
                "sans humilier personne\u202f: «\u202fRestons respectueux envers nos "
                "partenaires.\u202f» Se taire est la seule option qui ne cadre pas avec le "
                "code.</p><p>Si le comportement se répète, ou si vous ne vous sentez pas en "
                "mesure d'intervenir vous-même, demandez conseil au conseiller en intégrité, "
                "parlez-en à votre chef de service ou adressez un signalement au gestionnaire des "
                "plaintes via le formulaire de plainte. Le code vous demande de signaler les abus "
                "dont vous êtes témoin, même sans y être directement impliqué.</p>"
            ),
            "en": (
                "<p>The code is explicit: you never show discriminatory or offensive behaviour "
                "based on someone's origin, whether in person or online. Mocking a partner's "
                "accent and origin in the team chat falls squarely under this, even if the person "
                "concerned never sees it. It also clashes with the special respect for local "
                "peoples and partners that the code asks of everyone working in an international "
                "setting.</p><p>The code also shows the way forward: address friction directly "
                "with the person first, and give feedback calmly and tactfully. A short private "
                "conversation is often the most effective first step. Because others laughed "
                "along and new colleagues were reading, a calm word in the group can be "
                "worthwhile too, without shaming anyone: “Let's keep it respectful towards our "
                "partners.” Staying silent is the one option that does not fit the code.</p><p>If "
                "the behaviour continues, or you do not feel able to address it yourself, ask the "
                "integrity adviser for advice, talk to your head of department, or report it to "
                "the complaints manager via the complaint form. The code asks you to report "
                "misconduct you witness, even when you are not directly involved.</p>"
            ),
            "es": (
                "<p>El código es explícito: usted nunca muestra conductas discriminatorias u "
                "ofensivas basadas en el origen de una persona, ni en persona ni en línea. "
                "Burlarse del acento y el origen de un socio en el chat del equipo entra de lleno "
                "en esa regla, aunque la persona afectada nunca lo vea. También choca con el "
                "respeto especial hacia los pueblos locales y los socios que el código pide a "
                "quienes trabajan en un contexto internacional.</p><p>El código también indica el "
                "camino: ante una tensión, hablar primero directamente con la persona involucrada "
                "y dar retroalimentación con calma y tacto. Una breve conversación en privado "
                "suele ser el primer paso más eficaz. Como otros se rieron y había colegas nuevos "
                "leyendo, también puede valer la pena un comentario sereno en el grupo, sin "
                "humillar a nadie: “Mantengamos el respeto hacia nuestros socios.” Callar es la "
                "única opción que no encaja con el código.</p><p>Si la conducta continúa, o si no "
                "se siente en condiciones de abordarla, pida consejo al asesor de integridad, "
                "hable con su jefe de departamento o presente una queja ante el gestor de quejas "
                "mediante el formulario de quejas. El código le pide denunciar los abusos que "
                "presencie, aunque no esté directamente involucrado.</p>"
            ),
        },
        "facilitator_notes": {
            "nl": (
                "<p>Deze casus gaat evengoed over de omstaanders als over wie het bericht postte. "
                "Vraag deelnemers zich te verplaatsen in de nieuwe collega's en in de "
                "partnerambtenaar.</p><ul><li>Maakt het uit dat de partner niet in de groep zit? "
                "Waarom (niet)?</li><li>Wat zou je precies schrijven of zeggen tegen de collega? "
                "Laat deelnemers het letterlijk formuleren.</li><li>Wanneer wordt een grap iets "
                "om te melden in plaats van iets om onder collega's te "
                "bespreken?</li></ul><p>Tip: reken op 15 tot 20 minuten. Het oefenen van de "
                "concrete woorden is vaak het waardevolste deel. Hou de focus op het gedrag, niet "
                "op een oordeel over de collega als persoon.</p>"
            ),
            "fr": (
                "<p>Ce cas concerne autant les témoins que l'auteur du message. Demandez aux "
                "participants de se mettre à la place des nouveaux collègues et du fonctionnaire "
                "partenaire.</p><ul><li>Le fait que le partenaire ne soit pas dans le groupe "
                "change-t-il quelque chose\u202f? Pourquoi\u202f?</li><li>Que diriez-vous ou "
                "écririez-vous exactement au collègue\u202f? Faites formuler les phrases mot pour "
                "mot.</li><li>À partir de quand une blague devient-elle une chose à signaler "
                "plutôt qu'à régler entre collègues\u202f?</li></ul><p>Conseil\u202f: prévoyez 15 "
                "à 20 minutes. S'exercer aux mots concrets est souvent la partie la plus utile. "
                "Gardez l'attention sur le comportement, sans juger le collègue en tant que "
                "personne.</p>"
            ),
            "en": (
                "<p>This case is as much about the bystanders as about the person who posted. Ask "
                "participants to put themselves in the shoes of the new colleagues and of the "
                "partner official.</p><ul><li>Does it matter that the partner is not in the "
                "group? Why, or why not?</li><li>What exactly would you write or say to the "
                "colleague? Have participants put it into words.</li><li>When does a joke become "
                "something to report rather than to address between colleagues?</li></ul><p>Tip: "
                "allow 15 to 20 minutes. Practising the actual wording is often the most valuable "
                "part. Keep the focus on the behaviour, not on judging the colleague as a "
                "person.</p>"
            ),
            "es": (
                "<p>Este caso trata tanto de quienes presenciaron como de quien publicó. Pida a "
                "los participantes que se pongan en el lugar de los colegas nuevos y del "
                "funcionario socio.</p><ul><li>¿Importa que el socio no esté en el grupo? ¿Por "
                "qué?</li><li>¿Qué le escribiría o diría exactamente al colega? Pida a los "
                "participantes que lo formulen palabra por palabra.</li><li>¿Cuándo un chiste "
                "pasa a ser algo que hay que denunciar en lugar de hablarlo entre "
                "colegas?</li></ul><p>Consejo: calcule entre 15 y 20 minutos. Practicar las "
                "palabras concretas suele ser lo más valioso. Mantenga el foco en la conducta, no "
                "en juzgar al colega como persona.</p>"
            ),
        },
    },
    {
        "key": "service-car-for-the-weekend",
        "context": "flanders",
        "themes": ["use_of_means", "ecological_impact"],
        "values": ["sustainability", "professionalism"],
        "for_recruitment": False,
        "title": {
            "nl": "De dienstwagen voor het weekend",
            "fr": "La voiture de service pour le week-end",
            "en": "The service car for the weekend",
            "es": "El vehículo de servicio para el fin de semana",
        },
        "slug": {
            "nl": "de-dienstwagen-voor-het-weekend",
            "fr": "la-voiture-de-service-pour-le-week-end",
            "en": "the-service-car-for-the-weekend",
            "es": "el-vehiculo-de-servicio-para-el-fin-de-semana",
        },
        "summary": {
            "nl": (
                "Na een event op vrijdag mag je de wagen en laptop van de vereniging tot maandag "
                "houden. Een collega stelt een uitstap en wat privédrukwerk voor."
            ),
            "fr": (
                "Après un événement, vous gardez la voiture et l'ordinateur de l'association "
                "jusqu'à lundi. Un collègue suggère une escapade et des impressions privées."
            ),
            "en": (
                "After a Friday event you may keep the association's car and laptop until Monday. "
                "A colleague suggests a weekend trip and some private printing."
            ),
            "es": (
                "Tras un evento el viernes, se queda con el vehículo y la computadora de la "
                "asociación hasta el lunes. Un colega sugiere un paseo e impresiones privadas."
            ),
        },
        "situation": {
            "nl": (
                "<p>Vrijdagavond geven jij en een collega in een Vlaamse gemeente een infoavond "
                "over de stedenband met Peru. Omdat het laat wordt en het kantoor dicht is, mag "
                "je de wagen en de laptop van de vereniging tot maandag thuis "
                "houden.</p><p>Terwijl jullie de auto inladen, zegt je collega: “Handig, dan kan "
                "je er morgen mee naar zee. Hij staat er toch, de tank is vol en niemand "
                "controleert de kilometers.” En hij voegt eraan toe: “Druk maandag meteen de "
                "flyers voor je straatfeest af op de printer van het werk. Een paar honderd "
                "stuks, de toner is toch betaald.”</p><p>Het is verleidelijk: je eigen auto staat "
                "in de garage, met de trein ben je twee uur onderweg naar zee, en het afdrukken "
                "duurt vijf minuten.</p>"
            ),
            "fr": (
                "<p>Vendredi soir, vous animez avec un collègue une soirée d'information sur le "
                "jumelage avec le Pérou dans une commune flamande. Comme la soirée finit tard et "
                "que le bureau est fermé, vous pouvez garder la voiture et l'ordinateur portable "
                "de l'association chez vous jusqu'à lundi.</p><p>En chargeant la voiture, votre "
                "collègue lance\u202f: «\u202fPratique, tu pourras aller à la mer avec demain. "
                "Elle est là de toute façon, le plein est fait et personne ne vérifie les "
                "kilomètres.\u202f» Il ajoute\u202f: «\u202fEt lundi, imprime les flyers de ta "
                "fête de quartier sur l'imprimante du bureau. Quelques centaines d'exemplaires, "
                "le toner est payé de toute façon.\u202f»</p><p>C'est tentant\u202f: votre propre "
                "voiture est au garage, le train jusqu'à la côte prend deux heures, et "
                "l'impression ne prendrait que cinq minutes.</p>"
            ),
            "en": (
                "<p>On Friday evening you and a colleague run an information evening about the "
                "twinning link with Peru in a Flemish municipality. Because it ends late and the "
                "office is closed, you may keep the association's car and laptop at home until "
                "Monday.</p><p>While loading the car, your colleague says: “Handy, you can take "
                "it to the coast tomorrow. It's here anyway, the tank is full and nobody checks "
                "the mileage.” He adds: “And on Monday, print the flyers for your street party on "
                "the office printer. A few hundred copies, the toner is paid for "
                "anyway.”</p><p>It is tempting: your own car is at the garage, the train to the "
                "coast takes two hours, and the printing would take five minutes.</p>"
            ),
            "es": (
                "<p>El viernes por la noche, usted y un colega dan una charla informativa sobre "
                "el hermanamiento con Perú en un municipio flamenco. Como termina tarde y la "
                "oficina está cerrada, puede llevarse a casa el vehículo y la computadora "
                "portátil de la asociación hasta el lunes.</p><p>Mientras cargan el auto, su "
                "colega le dice: “Qué práctico, mañana puedes ir a la playa con él. Total, ya "
                "está aquí, tiene el tanque lleno y nadie controla los kilómetros.” Y agrega: “El "
                "lunes imprime los volantes de la fiesta de tu barrio en la impresora de la "
                "oficina. Unos cientos de copias, el tóner ya está pagado.”</p><p>Es tentador: su "
                "propio auto está en el taller, en tren se tarda dos horas hasta la costa y la "
                "impresión tomaría cinco minutos.</p>"
            ),
        },
        "stakeholders": {
            "nl": (
                "De vereniging en het programma, waarvan wagen, brandstof en toner met (deels "
                "publiek) geld voor het werk betaald worden; het milieu, dat een extra rit heen "
                "en terug en een stapel prints te verwerken krijgt; en jij, want je transparantie "
                "en je verzekering staan op het spel."
            ),
            "fr": (
                "L'association et le programme, dont la voiture, le carburant et le toner sont "
                "payés avec de l'argent (en partie public) destiné au travail\u202f; "
                "l'environnement, qui subit un aller-retour supplémentaire et une pile "
                "d'impressions\u202f; et vous, dont la transparence et la couverture d'assurance "
                "sont en jeu."
            ),
            "en": (
                "The association and the programme, whose car, fuel and toner are paid with "
                "(partly public) money meant for the work; the environment, which bears an extra "
                "return trip and a pile of printouts; and you, whose transparency and insurance "
                "cover are at stake."
            ),
            "es": (
                "La asociación y el programa, cuyos vehículo, combustible y tóner se pagan con "
                "dinero (en parte público) destinado al trabajo; el medio ambiente, que carga con "
                "un viaje de ida y vuelta extra y una pila de impresiones; y usted, cuya "
                "transparencia y cobertura de seguro están en juego."
            ),
        },
        "options": [
            {
                "label": {
                    "nl": (
                        "De wagen en de printer niet privé gebruiken: de trein nemen en elders "
                        "afdrukken"
                    ),
                    "fr": (
                        "Ni voiture ni imprimante à titre privé\u202f: prendre le train et "
                        "imprimer ailleurs"
                    ),
                    "en": (
                        "Use neither the car nor the printer privately: take the train and print "
                        "elsewhere"
                    ),
                    "es": (
                        "No usar el auto ni la impresora para fines privados: tomar el tren e "
                        "imprimir en otro lado"
                    ),
                },
                "considerations": {
                    "nl": (
                        "Volledig in lijn met zorgvuldig en zuinig gebruik van de middelen van de "
                        "organisatie, en de trein is de keuze met de kleinste impact. Het kost je "
                        "wat comfort, en misschien wat goodwill bij je collega."
                    ),
                    "fr": (
                        "Pleinement conforme à un usage attentif et économe des moyens de "
                        "l'organisation, et le train a le moindre impact. Cela vous coûte un peu "
                        "de confort, et peut-être un peu de sympathie de la part de votre "
                        "collègue."
                    ),
                    "en": (
                        "Fully in line with careful, frugal use of the organisation's means, and "
                        "the train is the lower-impact choice. It costs you some comfort, and "
                        "perhaps a bit of goodwill with your colleague."
                    ),
                    "es": (
                        "Totalmente coherente con un uso cuidadoso y austero de los medios de la "
                        "organización, y el tren es la opción de menor impacto. Le cuesta algo de "
                        "comodidad y quizás algo de simpatía de su colega."
                    ),
                },
            },
            {
                "label": {
                    "nl": (
                        "Aan mijn diensthoofd vragen of beperkt privégebruik kan, en onder welke "
                        "voorwaarden"
                    ),
                    "fr": (
                        "Demander à mon chef de service si un usage privé limité est permis, et à "
                        "quelles conditions"
                    ),
                    "en": (
                        "Ask my head of department whether limited private use is allowed, and on "
                        "what terms"
                    ),
                    "es": (
                        "Preguntar a mi jefe de departamento si se permite un uso privado "
                        "limitado, y cómo"
                    ),
                },
                "considerations": {
                    "nl": (
                        "Transparant: sommige organisaties laten occasioneel privégebruik toe "
                        "tegen terugbetaling van kilometers of kosten. Je beslist niet op je "
                        "eentje, en het antwoord is voor iedereen duidelijk."
                    ),
                    "fr": (
                        "Transparent\u202f: certaines organisations tolèrent un usage privé "
                        "occasionnel contre remboursement des kilomètres ou des frais. Vous ne "
                        "décidez pas seul, et la réponse est claire pour tout le monde."
                    ),
                    "en": (
                        "Transparent: some organisations allow occasional private use against "
                        "reimbursement of kilometres or costs. You do not decide on your own, and "
                        "the answer is clear for everyone."
                    ),
                    "es": (
                        "Transparente: algunas organizaciones permiten un uso privado ocasional "
                        "reembolsando los kilómetros o los costos. No decide por su cuenta y la "
                        "respuesta queda clara para todos."
                    ),
                },
            },
            {
                "label": {
                    "nl": (
                        "Met de wagen naar zee en de flyers afdrukken: het kost de organisatie "
                        "bijna niets"
                    ),
                    "fr": (
                        "Aller à la mer et imprimer les flyers\u202f: cela ne coûte presque rien "
                        "à l'organisation"
                    ),
                    "en": (
                        "Drive to the coast and print the flyers: it costs the organisation next "
                        "to nothing"
                    ),
                    "es": (
                        "Ir a la playa e imprimir los volantes: a la organización casi no le "
                        "cuesta nada"
                    ),
                },
                "considerations": {
                    "nl": (
                        "Handig, maar wagen, brandstof en toner zijn betaald voor het werk, en "
                        "privéritten zijn misschien niet verzekerd. “Niemand controleert het” is "
                        "geen argument dat de code kent."
                    ),
                    "fr": (
                        "Pratique, mais la voiture, le carburant et le toner sont payés pour le "
                        "travail, et les trajets privés ne sont peut-être pas assurés. "
                        "«\u202fPersonne ne vérifie\u202f» n'est pas un argument que le code "
                        "reconnaît."
                    ),
                    "en": (
                        "Convenient, but the car, fuel and toner are paid for the work, and "
                        "private trips may not be insured. “Nobody checks” is not an argument the "
                        "code recognises."
                    ),
                    "es": (
                        "Cómodo, pero el vehículo, el combustible y el tóner se pagan para el "
                        "trabajo, y los viajes privados quizá no estén asegurados. “Nadie "
                        "controla” no es un argumento que el código reconozca."
                    ),
                },
            },
        ],
        "commentary": {
            "nl": (
                "<p>De code vraagt je verantwoord en zuinig om te gaan met de materialen, "
                "goederen en financiën die de organisatie ter beschikking stelt, en na te denken "
                "over de ecologische impact van wat je doet, om negatieve impact waar mogelijk te "
                "voorkomen. Een dienstwagen en een kantoorprinter zijn er voor het werk; een "
                "dagje zee en flyers voor een straatfeest horen daar niet bij, hoe klein de kost "
                "ook lijkt. Omdat het internationale team met publiek geld werkt, raakt zelfs "
                "klein privégebruik aan het vertrouwen in de manier waarop middelen besteed "
                "worden.</p><p>De code vraagt ook transparantie: alles wat je binnen de "
                "organisatie doet, moet zichtbaar zijn voor collega's of je leidinggevende. Denk "
                "je dat occasioneel privégebruik redelijk kan zijn, vraag het dan eerst aan je "
                "diensthoofd; misschien zijn er regels over terugbetaling of verzekering die je "
                "niet kent. Wat de code niet toelaat, is zelf beslissen omdat “niemand het "
                "controleert”.</p><p>Je kan je collega vriendelijk antwoorden dat je het liever "
                "niet doet, zonder dat dat een oordeel over hem is. Merk je dat zulk gebruik in "
                "het team gewoonte is, breng het dan ter sprake bij de jaarlijkse bespreking van "
                "de code.</p>"
            ),
            "fr": (
                "<p>Le code vous demande d'utiliser de manière responsable et économe le "
                "matériel, les biens et les moyens financiers que l'organisation met à votre "
                "disposition, et de réfléchir à l'impact écologique de vos actes pour en éviter "
                "autant que possible les effets négatifs. Une voiture de service et une "
                "imprimante de bureau servent au travail\u202f; une journée à la mer et des "
                "flyers pour une fête de quartier n'en font pas partie, aussi faible que paraisse "
                "le coût. Comme l'équipe internationale travaille avec de l'argent public, même "
                "un petit usage privé touche à la confiance dans la façon dont les fonds sont "
                "dépensés.</p><p>Le code demande aussi la transparence\u202f: tout ce que vous "
                "faites au sein de l'organisation doit être visible pour vos collègues ou votre "
                "responsable. Si un usage privé occasionnel vous semble raisonnable, demandez "
                "d'abord à votre chef de service\u202f; il existe peut-être des règles de "
                "remboursement ou d'assurance que vous ignorez. Ce que le code ne permet pas, "
                "c'est de décider seul parce que «\u202fpersonne ne vérifie\u202f».</p><p>Vous "
                "pouvez répondre aimablement à votre collègue que vous préférez ne pas le faire, "
                "sans que ce soit un jugement sur lui. Si vous constatez que ce genre d'usage est "
                "courant dans l'équipe, abordez-le lors de la revue annuelle du code.</p>"
            ),
            "en": (
                "<p>The code asks you to use the materials, goods and money the organisation puts "
                "at your disposal responsibly and frugally, and to think about the ecological "
                "impact of what you do, preventing negative impact where you can. A service car "
                "and an office printer are there for the work; a day at the coast and flyers for "
                "a street party are not, however small the cost seems. Because the international "
                "team works with public money, even minor private use affects trust in how funds "
                "are spent.</p><p>The code also asks for transparency: everything you do within "
                "the organisation should be visible to colleagues or your manager. If you think "
                "occasional private use could be reasonable, ask your head of department first; "
                "there may be rules on reimbursement or insurance you are unaware of. What the "
                "code does not allow is deciding on your own because “nobody checks”.</p><p>You "
                "can answer your colleague in a friendly way that you would rather not, without "
                "it being a judgement on him. If you notice that this kind of use is common in "
                "the team, raise it at the annual code review.</p>"
            ),
            "es": (
                "<p>El código le pide usar de manera responsable y austera los materiales, bienes "
                "y recursos financieros que la organización pone a su disposición, y pensar en el "
                "impacto ecológico de lo que hace para evitar en lo posible efectos negativos. Un "
                "vehículo de servicio y una impresora de oficina están para el trabajo; un día en "
                "la playa y volantes para una fiesta de barrio no lo están, por pequeño que "
                "parezca el costo. Como el equipo internacional trabaja con fondos públicos, "
                "incluso un uso privado menor afecta la confianza en cómo se gastan los "
                "recursos.</p><p>El código también pide transparencia: todo lo que hace dentro de "
                "la organización debe ser visible para sus colegas o su superior. Si cree que un "
                "uso privado ocasional podría ser razonable, pregunte primero a su jefe de "
                "departamento; quizá existan reglas sobre reembolsos o seguros que usted "
                "desconoce. Lo que el código no permite es decidir por su cuenta porque “nadie "
                "controla”.</p><p>Puede responderle amablemente a su colega que prefiere no "
                "hacerlo, sin que eso sea un juicio sobre él. Si nota que este tipo de uso es "
                "habitual en el equipo, plantéelo en la revisión anual del código.</p>"
            ),
        },
        "facilitator_notes": {
            "nl": (
                "<p>Door de kleine bedragen lijkt deze casus onschuldig, en net daarom werkt hij "
                "goed als opwarmer. Vraag waar deelnemers de grens leggen, en "
                "waarom.</p><ul><li>Is er een verschil tussen de rit en de flyers? Tussen een "
                "paar pagina's en een paar honderd?</li><li>Verandert het iets als je de "
                "brandstof zelf betaalt?</li><li>Hoe zeg je nee tegen een collega zonder belerend "
                "over te komen?</li></ul><p>Tip: 10 tot 15 minuten. Vermijd dat de discussie "
                "blijft hangen bij bedragen; breng ze terug naar transparantie en naar waarvoor "
                "de middelen bedoeld zijn.</p>"
            ),
            "fr": (
                "<p>Les petits montants donnent à ce cas un air anodin, et c'est justement pour "
                "cela qu'il fonctionne bien en entrée en matière. Demandez où les participants "
                "placent la limite, et pourquoi.</p><ul><li>Y a-t-il une différence entre le "
                "trajet et les flyers\u202f? Entre quelques pages et quelques "
                "centaines\u202f?</li><li>Cela changerait-il quelque chose si vous payiez "
                "vous-même le carburant\u202f?</li><li>Comment dire non à un collègue sans "
                "paraître moralisateur\u202f?</li></ul><p>Conseil\u202f: 10 à 15 minutes. Évitez "
                "que la discussion reste bloquée sur les montants\u202f; ramenez-la à la "
                "transparence et à la finalité des moyens.</p>"
            ),
            "en": (
                "<p>The small amounts make this case feel trivial, which is exactly why it works "
                "well as a warm-up. Ask where participants draw the line, and why.</p><ul><li>Is "
                "there a difference between the car trip and the flyers? Between a few pages and "
                "a few hundred?</li><li>Would it change anything if you paid for the fuel "
                "yourself?</li><li>How do you say no to a colleague without sounding "
                "self-righteous?</li></ul><p>Tip: 10 to 15 minutes. Avoid a discussion that gets "
                "stuck on amounts; bring it back to transparency and to what the means are "
                "intended for.</p>"
            ),
            "es": (
                "<p>Los montos pequeños hacen que el caso parezca trivial, y justamente por eso "
                "funciona bien para empezar. Pregunte dónde pone cada participante el límite y "
                "por qué.</p><ul><li>¿Hay diferencia entre el viaje y los volantes? ¿Entre unas "
                "pocas páginas y unos cientos?</li><li>¿Cambiaría algo si usted pagara el "
                "combustible?</li><li>¿Cómo decirle que no a un colega sin sonar "
                "moralista?</li></ul><p>Consejo: de 10 a 15 minutos. Evite que la discusión se "
                "quede en los montos; llévela de vuelta a la transparencia y al fin para el que "
                "existen los recursos.</p>"
            ),
        },
    },
    {
        "key": "overheard-complaint",
        "context": "flanders",
        "themes": ["confidentiality", "reporting_misconduct"],
        "values": ["integrity", "professionalism"],
        "for_recruitment": False,
        "title": {
            "nl": "Wat je per toeval hoorde over een klacht",
            "fr": "Une plainte entendue par hasard",
            "en": "An overheard complaint",
            "es": "Una queja escuchada por casualidad",
        },
        "slug": {
            "nl": "wat-je-per-toeval-hoorde-over-een-klacht",
            "fr": "une-plainte-entendue-par-hasard",
            "en": "an-overheard-complaint",
            "es": "una-queja-escuchada-por-casualidad",
        },
        "summary": {
            "nl": (
                "Je vangt per toeval details op van een vertrouwelijke klacht over een collega. "
                "De dag nadien vraagt een andere collega wat er aan de hand is."
            ),
            "fr": (
                "Vous entendez par hasard les détails d'une plainte confidentielle visant un "
                "collègue. Le lendemain, une autre collègue vous demande ce qui se passe."
            ),
            "en": (
                "You accidentally overhear details of a confidential complaint about a colleague. "
                "The next day, another colleague asks you what is going on."
            ),
            "es": (
                "Escucha por casualidad detalles de una queja confidencial sobre un colega. Al "
                "día siguiente, otra colega le pregunta qué está pasando."
            ),
        },
        "situation": {
            "nl": (
                "<p>Als je langs een kleine vergaderzaal loopt waarvan de deur op een kier staat, "
                "hoor je de klachtenmanager telefoneren. Uit wat je opvangt, begrijp je dat een "
                "ambtenaar van een partnergemeente een klacht heeft ingediend tegen een collega "
                "van je, de medewerker die de stedenband met Ecuador opvolgt, over zijn gedrag "
                "tijdens het laatste werkbezoek. Je hoort zijn naam en enkele details voor je "
                "doorloopt.</p><p>De volgende dag, aan de koffieautomaat, neemt een andere "
                "collega je apart: “Er is iets met hem, hé? Hij ziet er al de hele week gestrest "
                "uit en de klachtenmanager heeft een afspraak met hem ingepland. Jij weet altijd "
                "alles. Wat is er aan de hand?”</p><p>Je kan haar vertellen wat je hoorde, zeggen "
                "dat je er niet over kan praten, of doen alsof je van niets weet.</p>"
            ),
            "fr": (
                "<p>En passant devant une petite salle de réunion dont la porte est entrouverte, "
                "vous entendez le gestionnaire des plaintes au téléphone. D'après ce que vous "
                "saisissez, un fonctionnaire d'une commune partenaire a déposé une plainte contre "
                "l'un de vos collègues, le chargé du jumelage avec l'Équateur, au sujet de son "
                "comportement lors de la dernière visite de travail. Vous entendez son nom et "
                "quelques détails avant de poursuivre votre chemin.</p><p>Le lendemain, à la "
                "machine à café, une autre collègue vous prend à part\u202f: «\u202fIl se passe "
                "quelque chose avec lui, non\u202f? Il a l'air stressé toute la semaine et le "
                "gestionnaire des plaintes lui a fixé un rendez-vous. Toi, tu sais toujours tout. "
                "C'est quoi, l'histoire\u202f?\u202f»</p><p>Vous pourriez lui raconter ce que "
                "vous avez entendu, dire que vous ne pouvez pas en parler, ou faire comme si vous "
                "ne saviez rien.</p>"
            ),
            "en": (
                "<p>Walking past a small meeting room whose door is ajar, you hear the complaints "
                "manager on the phone. From what you catch, an official from a partner "
                "municipality has filed a complaint about a colleague of yours, the officer who "
                "runs the twinning link with Ecuador, concerning his behaviour during the last "
                "work visit. You hear his name and a few details before you walk on.</p><p>The "
                "next day at the coffee machine, another colleague takes you aside: “Something's "
                "going on with him, isn't it? He's looked stressed all week and the complaints "
                "manager has booked a meeting with him. You always know everything. What's "
                "up?”</p><p>You could tell her what you heard, say you can't talk about it, or "
                "act as if you know nothing.</p>"
            ),
            "es": (
                "<p>Al pasar junto a una pequeña sala de reuniones con la puerta entreabierta, "
                "oye al gestor de quejas hablando por teléfono. Por lo que alcanza a escuchar, un "
                "funcionario de un municipio socio presentó una queja contra un colega suyo, el "
                "encargado del hermanamiento con Ecuador, por su conducta durante la última "
                "visita de trabajo. Escucha su nombre y algunos detalles antes de seguir su "
                "camino.</p><p>Al día siguiente, junto a la máquina de café, otra colega le pide "
                "hablar a solas: “Algo le pasa a él, ¿no? Anda estresado toda la semana y el "
                "gestor de quejas le agendó una reunión. Tú siempre sabes todo. ¿Qué "
                "pasa?”</p><p>Podría contarle lo que oyó, decirle que no puede hablar del tema o "
                "hacer como si no supiera nada.</p>"
            ),
        },
        "stakeholders": {
            "nl": (
                "De betrokken collega, die recht heeft op een eerlijke procedure zonder "
                "geruchten; de partnerambtenaar die klaagde en op vertrouwelijkheid rekent; en "
                "het team, want het vertrouwen in het meldkanaal hangt ervan af dat informatie "
                "blijft waar ze hoort."
            ),
            "fr": (
                "Le collègue concerné, qui a droit à une procédure équitable sans rumeurs\u202f; "
                "le fonctionnaire partenaire qui s'est plaint et compte sur la "
                "confidentialité\u202f; et l'équipe, dont la confiance dans le canal de plainte "
                "dépend de la discrétion de chacun."
            ),
            "en": (
                "The colleague concerned, who is entitled to a fair procedure without rumours; "
                "the partner official who complained and counts on confidentiality; and the team, "
                "whose trust in the complaint channel depends on information staying where it "
                "belongs."
            ),
            "es": (
                "El colega involucrado, que tiene derecho a un proceso justo sin rumores; el "
                "funcionario socio que presentó la queja y cuenta con la confidencialidad; y el "
                "equipo, cuya confianza en el canal de quejas depende de que la información quede "
                "donde corresponde."
            ),
        },
        "options": [
            {
                "label": {
                    "nl": (
                        "Zeggen dat ik er niet over kan praten en voorstellen dat ze hem gewoon "
                        "vraagt hoe het gaat"
                    ),
                    "fr": (
                        "Dire que je ne peux pas en parler et suggérer de simplement lui demander "
                        "comment il va"
                    ),
                    "en": (
                        "Say I can't talk about it and suggest she simply asks him how he is doing"
                    ),
                    "es": (
                        "Decir que no puedo hablar del tema y sugerirle que le pregunte a él cómo "
                        "está"
                    ),
                },
                "considerations": {
                    "nl": (
                        "Beschermt de vertrouwelijkheid van de procedure en de collega, tegen wie "
                        "niets vastgesteld is, en neemt toch de bezorgdheid van je collega "
                        "ernstig. Zij kan het antwoord wel ontwijkend vinden."
                    ),
                    "fr": (
                        "Protège la confidentialité de la procédure et le collègue, contre qui "
                        "rien n'est établi, tout en prenant au sérieux l'inquiétude de votre "
                        "collègue. Elle peut toutefois trouver la réponse évasive."
                    ),
                    "en": (
                        "Protects the confidentiality of the procedure and the colleague, against "
                        "whom nothing has been established, while taking her concern seriously. "
                        "She may still find the answer evasive."
                    ),
                    "es": (
                        "Protege la confidencialidad del proceso y al colega, contra quien no se "
                        "ha comprobado nada, y a la vez toma en serio la preocupación de su "
                        "colega. Aun así, ella puede encontrar evasiva la respuesta."
                    ),
                },
            },
            {
                "label": {
                    "nl": "Vertellen wat ik hoorde en vragen het voor zich te houden",
                    "fr": (
                        "Lui raconter ce que j'ai entendu en lui demandant de garder ça pour elle"
                    ),
                    "en": "Tell her what I heard and ask her to keep it to herself",
                    "es": "Contarle lo que escuché y pedirle que no se lo diga a nadie",
                },
                "considerations": {
                    "nl": (
                        "Stilt haar nieuwsgierigheid, maar je geeft onvolledige flarden door van "
                        "een procedure die vertrouwelijk moet blijven. Geruchten schaden zowel de "
                        "betrokkene als de melder, en maken partners wantrouwig tegenover het "
                        "klachtenformulier."
                    ),
                    "fr": (
                        "Satisfait sa curiosité, mais vous transmettez des bribes invérifiées "
                        "d'une procédure qui doit rester confidentielle. Les rumeurs nuisent à la "
                        "personne visée comme à l'auteur de la plainte, et rendent les "
                        "partenaires méfiants envers le formulaire de plainte."
                    ),
                    "en": (
                        "Satisfies her curiosity, but you pass on unverified fragments of a "
                        "procedure that must stay confidential. Rumours hurt both the person "
                        "concerned and the complainant, and make partners wary of the complaint "
                        "form."
                    ),
                    "es": (
                        "Satisface su curiosidad, pero usted transmite fragmentos no verificados "
                        "de un proceso que debe ser confidencial. Los rumores dañan tanto a la "
                        "persona involucrada como a quien se quejó, y hacen que los socios "
                        "desconfíen del formulario de quejas."
                    ),
                },
            },
            {
                "label": {
                    "nl": "Zeggen dat ik van niets weet",
                    "fr": "Dire que je ne suis au courant de rien",
                    "en": "Say I know nothing about it",
                    "es": "Decir que no sé nada del asunto",
                },
                "considerations": {
                    "nl": (
                        "Je houdt de informatie voor jezelf, maar het is een kleine leugen. "
                        "Blijkt later dat je het wist, dan vertrouwt je collega je misschien "
                        "minder, en niemand zorgt ervoor dat zulke gesprekken niet opnieuw te "
                        "horen zijn."
                    ),
                    "fr": (
                        "Vous gardez l'information pour vous, mais c'est un petit mensonge. S'il "
                        "apparaît plus tard que vous saviez, votre collègue risque de vous faire "
                        "moins confiance, et personne ne veille à ce que de tels appels ne "
                        "puissent plus être entendus."
                    ),
                    "en": (
                        "You keep the information to yourself, but it is a small lie. If it later "
                        "turns out you knew, your colleague may trust you less, and nobody makes "
                        "sure such calls cannot be overheard again."
                    ),
                    "es": (
                        "Se guarda la información, pero es una pequeña mentira. Si después se "
                        "sabe que usted estaba al tanto, su colega podría confiar menos en usted, "
                        "y nadie se ocupa de que esas llamadas no vuelvan a escucharse."
                    ),
                },
            },
        ],
        "commentary": {
            "nl": (
                "<p>Het integriteitsbeleid bepaalt dat klachten vertrouwelijk en objectief "
                "behandeld worden: enkel de klachtenmanager heeft toegang tot de melding en de "
                "persoonsgegevens, en die worden met niemand gedeeld zonder toestemming van de "
                "melder. Die bescherming werkt alleen als wie per toeval iets opvangt, het ook "
                "voor zich houdt. Wat je hoorde doorvertellen, zelfs “in vertrouwen”, schaadt de "
                "betrokken collega, tegen wie niets vastgesteld is, en kan partners ontmoedigen "
                "om ooit het klachtenformulier te gebruiken.</p><p>De code vraagt ook dat je een "
                "goede collega bent: luisterbereid, en bijdragend aan een prettige werksfeer. Je "
                "kan de bezorgdheid van je collega ernstig nemen zonder iets te delen: “Daar kan "
                "ik niets over zeggen, maar als je je zorgen maakt, vraag hem gewoon eens hoe het "
                "met hem gaat.” Eerlijk zeggen dat je er niet over kan praten, is beter dan doen "
                "alsof je van niets weet.</p><p>Het is ook verstandig de klachtenmanager discreet "
                "te laten weten dat het gesprek op de gang te horen was: geen bekentenis, maar "
                "een manier om de procedure te beschermen. Weegt de situatie persoonlijk op je, "
                "dan kan je terecht bij de vertrouwenspersonen; bij twijfel over wat je moet "
                "doen, bij de raadgever integriteit.</p>"
            ),
            "fr": (
                "<p>La politique d'intégrité prévoit que les plaintes sont traitées de manière "
                "confidentielle et objective\u202f: seul le gestionnaire des plaintes a accès au "
                "signalement et aux données personnelles, qui ne sont communiqués à personne sans "
                "l'accord de l'auteur du signalement. Cette protection ne fonctionne que si les "
                "personnes qui apprennent quelque chose par hasard le gardent aussi pour elles. "
                "Répéter ce que vous avez entendu, même «\u202fen confidence\u202f», nuit au "
                "collègue concerné, contre qui rien n'est établi, et peut dissuader les "
                "partenaires d'utiliser un jour le formulaire de plainte.</p><p>Le code vous "
                "demande aussi d'être un bon collègue\u202f: à l'écoute, et soucieux d'une "
                "ambiance de travail agréable. Vous pouvez prendre au sérieux l'inquiétude de "
                "votre collègue sans rien révéler\u202f: «\u202fJe ne peux pas en parler, mais si "
                "tu t'inquiètes pour lui, demande-lui simplement comment il va.\u202f» Dire "
                "honnêtement que vous ne pouvez pas en parler vaut mieux que de prétendre ne rien "
                "savoir.</p><p>Il est aussi judicieux de prévenir discrètement le gestionnaire "
                "des plaintes que l'appel s'entendait depuis le couloir\u202f: ce n'est pas un "
                "aveu, mais une façon de protéger la procédure. Si la situation vous pèse "
                "personnellement, les personnes de confiance sont là pour vous\u202f; en cas de "
                "doute sur la conduite à tenir, adressez-vous au conseiller en intégrité.</p>"
            ),
            "en": (
                "<p>The integrity policy states that complaints are handled confidentially and "
                "objectively: only the complaints manager has access to the report and the "
                "personal data, and they are shared with no one without the reporter's consent. "
                "That protection only works if people who learn something by accident keep it to "
                "themselves as well. Passing on what you overheard, even “in confidence”, harms "
                "the colleague concerned, against whom nothing has been established, and it may "
                "discourage partners from ever using the complaint form.</p><p>The code also asks "
                "you to be a good colleague: to listen, and to contribute to a pleasant working "
                "atmosphere. You can take your colleague's concern seriously without sharing "
                "anything: “I can't talk about that, but if you're worried about him, just ask "
                "him how he's doing.” Saying honestly that you cannot talk about it is better "
                "than pretending you know nothing.</p><p>It is also wise to let the complaints "
                "manager know, discreetly, that the call could be heard in the corridor: not a "
                "confession, but a way to protect the procedure. If the situation weighs on you "
                "personally, the confidential counsellors are there for you; for doubts about "
                "what to do, turn to the integrity adviser.</p>"
            ),
            "es": (
                "<p>La política de integridad establece que las quejas se tratan de forma "
                "confidencial y objetiva: solo el gestor de quejas tiene acceso a la denuncia y a "
                "los datos personales, que no se comparten con nadie sin el consentimiento de "
                "quien denuncia. Esa protección solo funciona si quienes se enteran de algo por "
                "casualidad también lo guardan para sí. Contar lo que escuchó, aunque sea “en "
                "confianza”, perjudica al colega involucrado, contra quien no se ha comprobado "
                "nada, y puede desalentar a los socios de usar alguna vez el formulario de "
                "quejas.</p><p>El código también le pide ser un buen colega: saber escuchar y "
                "contribuir a un ambiente de trabajo agradable. Puede tomar en serio la "
                "preocupación de su colega sin revelar nada: “No puedo hablar de eso, pero si te "
                "preocupa, pregúntale a él cómo está.” Decir con honestidad que no puede hablar "
                "del tema es mejor que fingir que no sabe nada.</p><p>También es prudente avisar "
                "discretamente al gestor de quejas de que la llamada se oía desde el pasillo: no "
                "es una confesión, sino una forma de proteger el proceso. Si la situación le pesa "
                "en lo personal, puede acudir a las personas de confianza; si tiene dudas sobre "
                "qué hacer, al asesor de integridad.</p>"
            ),
        },
        "facilitator_notes": {
            "nl": (
                "<p>Deelnemers vinden het vaak moeilijk om loyaliteit aan een collega te scheiden "
                "van loyaliteit aan een procedure. Maak die spanning expliciet.</p><ul><li>Is “ik "
                "weet van niets” een aanvaardbaar antwoord, of een leugen? Wat is het verschil "
                "met “daar kan ik niets over zeggen”?</li><li>Wat zou je van collega's verwachten "
                "als de klacht over jou ging? En als jij ze had ingediend?</li><li>Moet je de "
                "klachtenmanager laten weten dat je het gesprek gehoord hebt? Waarom zouden "
                "mensen aarzelen?</li></ul><p>Tip: reken op een kwartier. Laat de groep niet "
                "speculeren over de inhoud van de klacht; hou het gesprek bij hoe je met de "
                "informatie omgaat.</p>"
            ),
            "fr": (
                "<p>Les participants ont souvent du mal à distinguer la loyauté envers un "
                "collègue de la loyauté envers une procédure. Rendez cette tension "
                "explicite.</p><ul><li>«\u202fJe ne sais rien\u202f» est-il une réponse "
                "acceptable, ou un mensonge\u202f? En quoi diffère-t-il de «\u202fje ne peux pas "
                "en parler\u202f»\u202f?</li><li>Qu'attendriez-vous de vos collègues si la "
                "plainte vous concernait\u202f? Et si vous l'aviez déposée\u202f?</li><li>Faut-il "
                "dire au gestionnaire des plaintes que vous avez entendu l'appel\u202f? Pourquoi "
                "pourrait-on hésiter\u202f?</li></ul><p>Conseil\u202f: environ 15 minutes. Ne "
                "laissez pas le groupe spéculer sur l'objet de la plainte\u202f; recentrez la "
                "discussion sur la manière de gérer l'information.</p>"
            ),
            "en": (
                "<p>Participants often find it hard to separate loyalty to a colleague from "
                "loyalty to a procedure. Make that tension explicit.</p><ul><li>Is “I don't know "
                "anything” an acceptable answer, or a lie? How does it differ from “I can't talk "
                "about that”?</li><li>What would you expect from colleagues if the complaint were "
                "about you? And if you had filed it?</li><li>Should you tell the complaints "
                "manager that you overheard the call? Why might people hesitate?</li></ul><p>Tip: "
                "about 15 minutes. Do not let the group speculate about what the complaint might "
                "be about; keep the discussion on how to handle the information.</p>"
            ),
            "es": (
                "<p>A los participantes a menudo les cuesta separar la lealtad hacia un colega de "
                "la lealtad hacia un procedimiento. Haga explícita esa tensión.</p><ul><li>¿Es "
                "“no sé nada” una respuesta aceptable o una mentira? ¿En qué se diferencia de “no "
                "puedo hablar de eso”?</li><li>¿Qué esperaría de sus colegas si la queja fuera "
                "sobre usted? ¿Y si usted la hubiera presentado?</li><li>¿Debería decirle al "
                "gestor de quejas que escuchó la llamada? ¿Por qué alguien dudaría en "
                "hacerlo?</li></ul><p>Consejo: unos 15 minutos. No deje que el grupo especule "
                "sobre el contenido de la queja; mantenga la conversación en cómo manejar la "
                "información.</p>"
            ),
        },
    },
    {
        "key": "double-invoice",
        "context": "recruitment",
        "themes": ["financial_integrity", "reporting_misconduct"],
        "values": ["integrity"],
        "for_recruitment": True,
        "title": {
            "nl": "Een factuur die twee keer betaald werd",
            "fr": "Une facture payée deux fois",
            "en": "An invoice paid twice",
            "es": "Una factura pagada dos veces",
        },
        "slug": {
            "nl": "een-factuur-die-twee-keer-betaald-werd",
            "fr": "une-facture-payee-deux-fois",
            "en": "an-invoice-paid-twice",
            "es": "una-factura-pagada-dos-veces",
        },
        "summary": {
            "nl": (
                "Sollicitatiecasus: je ontdekt dat je leidinggevende dezelfde factuur twee keer "
                "goedkeurde voor een leverancier die een persoonlijke vriend is."
            ),
            "fr": (
                "Cas d'entretien\u202f: vous découvrez que votre responsable a approuvé deux fois "
                "la même facture d'un fournisseur qui est un ami personnel."
            ),
            "en": (
                "Interview case: you find that your manager approved the same invoice twice for a "
                "supplier who is a personal friend of his."
            ),
            "es": (
                "Caso de entrevista: descubre que su superior aprobó dos veces la misma factura "
                "de un proveedor que es amigo personal suyo."
            ),
        },
        "situation": {
            "nl": (
                "<p>Stel dat je in ons team werkt en meehelpt aan de halfjaarlijkse "
                "uitgavenverklaring van een stedenband. Bij het nakijken van de boekhouding merk "
                "je dat dezelfde factuur van een drukkerij, voor 2.400 euro, binnen één maand "
                "twee keer betaald werd. Beide betalingen zijn goedgekeurd door je "
                "leidinggevende.</p><p>Je weet dat de zaakvoerder van de drukkerij een "
                "persoonlijke vriend is van je leidinggevende: hij vertelt er openlijk over dat "
                "ze samen op vakantie gaan. Je bent drie maanden in dienst en je leidinggevende "
                "heeft je tot nu toe erg gesteund. Wanneer je “een klein probleempje met een "
                "factuur” aankaart, antwoordt hij: “Ach, dat regel ik zelf wel met hem, geen "
                "reden om er een zaak van te maken.”</p><p>Wat doe je, en waarom?</p>"
            ),
            "fr": (
                "<p>Imaginez que vous travaillez dans notre équipe et que vous aidez à préparer "
                "la déclaration semestrielle des dépenses d'un jumelage. En vérifiant la "
                "comptabilité, vous remarquez que la même facture d'une imprimerie, de 2\u00a0400 "
                "euros, a été payée deux fois en un mois. Les deux paiements ont été approuvés "
                "par votre responsable.</p><p>Vous savez que le patron de l'imprimerie est un ami "
                "personnel de votre responsable\u202f: il parle ouvertement de leurs vacances "
                "ensemble. Vous êtes en poste depuis trois mois et votre responsable vous a "
                "toujours apporté beaucoup de soutien. Quand vous évoquez «\u202fun petit souci "
                "avec une facture\u202f», il répond\u202f: «\u202fAh, je vais régler ça moi-même "
                "avec lui, pas la peine d'en faire une histoire.\u202f»</p><p>Que faites-vous, et "
                "pourquoi\u202f?</p>"
            ),
            "en": (
                "<p>Imagine you work in our team and you help prepare the half-yearly expense "
                "declaration of a twinning link. Going through the accounts, you notice that the "
                "same invoice from a printing company, for 2,400 euros, was paid twice within a "
                "month. Both payments were approved by your manager.</p><p>You know that the "
                "owner of the printing company is a personal friend of your manager: he talks "
                "quite openly about their holidays together. You have been in the job for three "
                "months, and your manager has been very supportive so far. When you mention “a "
                "small issue with an invoice”, he answers: “Oh, I'll sort it out with him myself, "
                "no need to make a fuss.”</p><p>What do you do, and why?</p>"
            ),
            "es": (
                "<p>Imagine que trabaja en nuestro equipo y ayuda a preparar la declaración "
                "semestral de gastos de un hermanamiento. Al revisar la contabilidad, nota que la "
                "misma factura de una imprenta, por 2400 euros, se pagó dos veces en un mismo "
                "mes. Ambos pagos los aprobó su superior.</p><p>Usted sabe que el dueño de la "
                "imprenta es amigo personal de su superior: él habla abiertamente de las "
                "vacaciones que pasan juntos. Lleva tres meses en el puesto y su superior siempre "
                "le ha brindado mucho apoyo. Cuando usted menciona “un pequeño problema con una "
                "factura”, él responde: “Ah, yo lo arreglo directamente con él, no hace falta "
                "hacer un escándalo.”</p><p>¿Qué hace y por qué?</p>"
            ),
        },
        "stakeholders": {
            "nl": (
                "De stedenband en de federale financier, van wie het publieke geld mogelijk twee "
                "keer uitbetaald werd; de leidinggevende, die een eerlijke vergissing kan hebben "
                "gemaakt of een vriend kan bevoordelen; en jij als nieuwe collega, die loyaliteit "
                "moet afwegen tegen verantwoording."
            ),
            "fr": (
                "Le jumelage et le bailleur fédéral, dont l'argent public a peut-être été versé "
                "deux fois\u202f; le responsable, qui a pu commettre une erreur de bonne foi ou "
                "favoriser un ami\u202f; et vous, nouvelle recrue, qui devez mettre en balance "
                "loyauté et obligation de rendre des comptes."
            ),
            "en": (
                "The twinning link and the federal funder, whose public money may have been paid "
                "out twice; the manager, who may have made an honest mistake or may be favouring "
                "a friend; and you as a new team member, weighing loyalty against accountability."
            ),
            "es": (
                "El hermanamiento y el financiador federal, cuyos fondos públicos quizá se "
                "pagaron dos veces; el superior, que pudo cometer un error de buena fe o estar "
                "favoreciendo a un amigo; y usted, como persona nueva en el equipo, que debe "
                "sopesar la lealtad frente a la rendición de cuentas."
            ),
        },
        "options": [
            {
                "label": {
                    "nl": (
                        "Erop vertrouwen dat mijn leidinggevende het met zijn vriend regelt en "
                        "het loslaten"
                    ),
                    "fr": (
                        "Faire confiance à mon responsable pour régler ça avec son ami et laisser "
                        "tomber"
                    ),
                    "en": "Trust my manager to sort it out with his friend and let it go",
                    "es": "Confiar en que mi superior lo resuelva con su amigo y no insistir",
                },
                "considerations": {
                    "nl": (
                        "Loyaal en zonder conflict, maar een mogelijke dubbele betaling met "
                        "publiek geld blijft openstaan, en het informeel regelen tussen vrienden "
                        "is net het probleem. Een panel hoort een kandidaat die moeilijke "
                        "gesprekken uit de weg gaat."
                    ),
                    "fr": (
                        "Loyal et sans conflit, mais un éventuel double paiement d'argent public "
                        "reste en suspens, et un règlement informel entre amis est justement le "
                        "problème. Le jury entend une personne qui évite les conversations "
                        "difficiles."
                    ),
                    "en": (
                        "Loyal and conflict-free, but a possible double payment of public money "
                        "stays unresolved, and settling it informally between friends is exactly "
                        "the problem. A panel hears a candidate who avoids difficult "
                        "conversations."
                    ),
                    "es": (
                        "Leal y sin conflicto, pero un posible doble pago con fondos públicos "
                        "queda sin resolver, y arreglarlo informalmente entre amigos es "
                        "justamente el problema. El panel escucha a alguien que evita las "
                        "conversaciones difíciles."
                    ),
                },
            },
            {
                "label": {
                    "nl": (
                        "De feiten noteren, een traceerbare rechtzetting vragen en de financieel "
                        "beheerder inlichten"
                    ),
                    "fr": (
                        "Documenter les faits, demander une correction traçable et informer le "
                        "gestionnaire financier"
                    ),
                    "en": (
                        "Document the facts, ask for a traceable correction and involve the "
                        "financial manager"
                    ),
                    "es": (
                        "Documentar los hechos, pedir una corrección trazable e informar al "
                        "gestor financiero"
                    ),
                },
                "considerations": {
                    "nl": (
                        "Toont dat de kandidaat weet dat financiële integriteit een eigen "
                        "aanspreekpunt heeft en dat een rechtzetting op papier hoort. De sterkste "
                        "antwoorden beginnen met een respectvol gesprek met de leidinggevende en "
                        "verbreden pas daarna de kring."
                    ),
                    "fr": (
                        "Montre que la personne sait que l'intégrité financière a son propre "
                        "interlocuteur et qu'une correction doit laisser une trace écrite. Les "
                        "meilleures réponses commencent par un échange respectueux avec le "
                        "responsable avant d'élargir le cercle."
                    ),
                    "en": (
                        "Shows the candidate knows that financial integrity has its own contact "
                        "point and that a correction belongs on paper. The strongest answers "
                        "start with a respectful conversation with the manager and only then "
                        "widen the circle."
                    ),
                    "es": (
                        "Muestra que la persona sabe que la integridad financiera tiene su propio "
                        "interlocutor y que una corrección debe quedar por escrito. Las mejores "
                        "respuestas empiezan con una conversación respetuosa con el superior y "
                        "solo después amplían el círculo."
                    ),
                },
            },
            {
                "label": {
                    "nl": "Meteen een formele klacht indienen tegen mijn leidinggevende",
                    "fr": "Déposer immédiatement une plainte formelle contre mon responsable",
                    "en": "File a formal complaint against my manager straight away",
                    "es": "Presentar de inmediato una queja formal contra mi superior",
                },
                "considerations": {
                    "nl": (
                        "Neemt de zaak ernstig, maar springt naar een beschuldiging voor de "
                        "feiten duidelijk zijn: een dubbele betaling kan een eerlijke vergissing "
                        "zijn. Een panel luistert of de kandidaat het verschil ziet tussen "
                        "nagaan, advies vragen en melden."
                    ),
                    "fr": (
                        "Prend l'affaire au sérieux, mais passe à l'accusation avant que les "
                        "faits soient clairs\u202f: un double paiement peut être une erreur de "
                        "bonne foi. Le jury écoute si la personne distingue vérifier, demander "
                        "conseil et signaler."
                    ),
                    "en": (
                        "Takes the matter seriously, but jumps to an accusation before the facts "
                        "are clear: a double payment can be an honest mistake. A panel listens "
                        "for whether the candidate can tell checking, seeking advice and "
                        "reporting apart."
                    ),
                    "es": (
                        "Toma el asunto en serio, pero salta a una acusación antes de aclarar los "
                        "hechos: un doble pago puede ser un error de buena fe. El panel escucha "
                        "si la persona distingue entre verificar, pedir consejo y denunciar."
                    ),
                },
            },
        ],
        "commentary": {
            "nl": (
                "<p>Deze casus toetst of een kandidaat twee problemen tegelijk ziet: een "
                "mogelijke fout met publiek geld, en belangenvermenging omdat de leverancier een "
                "vriend van de leidinggevende is. Onze code vraagt een correcte en heldere "
                "financiële verantwoording, intern en extern; hij vraagt iedereen "
                "belangenvermenging te vermijden en misbruik of corruptie te melden wanneer je "
                "het vaststelt, ook als je er zelf niet rechtstreeks bij betrokken bent. Een "
                "dubbele betaling is niet per se fraude, maar ze moet transparant rechtgezet "
                "worden, niet informeel tussen vrienden.</p><p>Een sterk antwoord is "
                "proportioneel: de feiten nagaan en vastleggen, de leidinggevende vragen de "
                "betaling traceerbaar te laten rechtzetten, en de financieel beheerder of de "
                "programmabeheerder betrekken, de aanspreekpunten voor vragen over financiële "
                "integriteit. Twijfelt de kandidaat, dan kan die in vertrouwen advies vragen aan "
                "de raadgever integriteit; zijn er aanwijzingen dat de dubbele betaling bewust "
                "was, dan is de formele weg de klachtenmanager via het klachtenformulier, die "
                "binnen de twee weken reageert.</p><p>Let op antwoorden die louter loyaal zijn "
                "(“mijn leidinggevende regelt het wel”) of meteen beschuldigend. Luister ook hoe "
                "de kandidaat omgaat met de machtsongelijkheid van een nieuwkomer: beseffen dat "
                "melden te goeder trouw verwacht wordt en niet deloyaal is, is een goed teken.</p>"
            ),
            "fr": (
                "<p>Ce cas vérifie si la personne candidate voit deux problèmes à la fois\u202f: "
                "une erreur possible portant sur de l'argent public, et un conflit d'intérêts "
                "puisque le fournisseur est un ami du responsable. Notre code exige une "
                "justification financière correcte et claire, en interne comme en externe\u202f; "
                "il demande à chacun d'éviter les conflits d'intérêts et de signaler les abus ou "
                "la corruption dont il est témoin, même sans y être directement impliqué. Un "
                "double paiement n'est pas forcément une fraude, mais il doit être corrigé en "
                "toute transparence, et non réglé à l'amiable entre amis.</p><p>Une bonne réponse "
                "est proportionnée\u202f: vérifier les faits et en garder une trace, demander au "
                "responsable de faire corriger le paiement de manière traçable, et associer le "
                "gestionnaire financier ou le gestionnaire de programme, interlocuteurs pour les "
                "questions d'intégrité financière. En cas de doute, la personne peut consulter en "
                "toute confidentialité le conseiller en intégrité\u202f; s'il y a des indices que "
                "le double paiement était délibéré, la voie formelle est le gestionnaire des "
                "plaintes, via le formulaire de plainte, qui répond dans les deux "
                "semaines.</p><p>Soyez attentifs aux réponses purement loyales («\u202fmon "
                "responsable s'en occupera\u202f») ou d'emblée accusatrices. Écoutez aussi "
                "comment la personne gère le déséquilibre de pouvoir lié à son statut de nouvelle "
                "venue\u202f: comprendre qu'un signalement de bonne foi est attendu, et non "
                "déloyal, est bon signe.</p>"
            ),
            "en": (
                "<p>This case tests whether a candidate sees two problems at once: a possible "
                "error with public money, and a conflict of interest because the supplier is the "
                "manager's friend. Our code requires correct and clear financial accountability, "
                "internally and externally; it asks everyone to avoid conflicts of interest and "
                "to report abuse or corruption they witness, even when not directly involved. A "
                "double payment is not necessarily fraud, but it has to be corrected "
                "transparently, not settled informally between friends.</p><p>A strong answer is "
                "proportionate: check the facts and keep a record, ask the manager to have the "
                "payment corrected in a traceable way, and involve the financial manager or the "
                "programme manager, who are the contacts for questions of financial integrity. A "
                "candidate who is unsure can consult the integrity adviser in confidence; if "
                "there are signs that the double payment was deliberate, the formal route is the "
                "complaints manager via the complaint form, who answers within two "
                "weeks.</p><p>Be alert to answers that are purely loyal (“my manager will handle "
                "it”) or immediately accusatory. Also listen for how the candidate handles the "
                "power imbalance of being new: understanding that reporting in good faith is "
                "expected, not disloyal, is a good sign.</p>"
            ),
            "es": (
                "<p>Este caso evalúa si la persona candidata ve dos problemas a la vez: un "
                "posible error con fondos públicos y un conflicto de intereses, porque el "
                "proveedor es amigo del superior. Nuestro código exige una rendición de cuentas "
                "financiera correcta y clara, interna y externa; pide a todos evitar los "
                "conflictos de intereses y denunciar los abusos o la corrupción que presencien, "
                "aunque no estén directamente involucrados. Un doble pago no es necesariamente un "
                "fraude, pero debe corregirse con transparencia, no arreglarse informalmente "
                "entre amigos.</p><p>Una buena respuesta es proporcionada: verificar los hechos y "
                "dejar constancia, pedir al superior que el pago se corrija de forma trazable e "
                "involucrar al gestor financiero o al gestor del programa, que son los "
                "interlocutores para cuestiones de integridad financiera. Si tiene dudas, la "
                "persona puede consultar en confianza al asesor de integridad; si hay indicios de "
                "que el doble pago fue deliberado, la vía formal es el gestor de quejas, mediante "
                "el formulario de quejas, que responde en un plazo de dos semanas.</p><p>Preste "
                "atención a las respuestas puramente leales (“mi superior se encargará”) o "
                "acusatorias de entrada. Escuche también cómo maneja la persona el desequilibrio "
                "de poder de quien acaba de llegar: entender que una denuncia de buena fe es lo "
                "esperado, y no una deslealtad, es buena señal.</p>"
            ),
        },
        "facilitator_notes": {
            "nl": (
                "<p>Lees de casus voor en geef de kandidaat een minuut bedenktijd. Suggereer niet "
                "dat er één juist antwoord is; de redenering telt meer dan de "
                "uitkomst.</p><ul><li>Doorvraag: “Je leidinggevende zegt een tweede keer dat je "
                "er geen zaak van moet maken. Wat nu?”</li><li>Doorvraag: “Bij wie zou je "
                "terechtgaan, en waarom bij die persoon?”</li><li>Doorvraag: “Het blijkt een "
                "eerlijke vergissing. Hoe herstel je de werkrelatie?”</li></ul><p>Een sterk "
                "antwoord toont oog voor de belangenvermenging, een voorkeur voor feiten en "
                "traceerbaarheid, de reflex om het juiste kanaal te zoeken, en respect voor de "
                "leidinggevende. Kandidaten hoeven onze procedures niet bij naam te kennen. Reken "
                "op 5 tot 10 minuten.</p>"
            ),
            "fr": (
                "<p>Lisez le cas à voix haute et laissez une minute de réflexion. Ne suggérez pas "
                "qu'il existe une seule bonne réponse\u202f; le raisonnement compte plus que la "
                "conclusion.</p><ul><li>Relance\u202f: «\u202fVotre responsable vous redit de ne "
                "pas en faire une histoire. Et maintenant\u202f?\u202f»</li><li>Relance\u202f: "
                "«\u202fÀ qui vous adresseriez-vous, et pourquoi à cette "
                "personne\u202f?\u202f»</li><li>Relance\u202f: «\u202fIl s'avère que c'était une "
                "erreur de bonne foi. Comment rétablissez-vous la relation de "
                "travail\u202f?\u202f»</li></ul><p>Une bonne réponse montre la conscience du "
                "conflit d'intérêts, une préférence pour les faits et la traçabilité, le réflexe "
                "de chercher le bon canal et du respect pour le responsable. La personne n'a pas "
                "à connaître nos procédures par leur nom. Prévoyez 5 à 10 minutes.</p>"
            ),
            "en": (
                "<p>Read the case aloud and give the candidate a minute to think. Do not suggest "
                "that there is one right answer; the reasoning matters more than the "
                "outcome.</p><ul><li>Follow-up: “Your manager tells you a second time not to make "
                "a fuss. What now?”</li><li>Follow-up: “Who would you turn to, and why that "
                "person?”</li><li>Follow-up: “It turns out to be an honest mistake. How do you "
                "restore the working relationship?”</li></ul><p>A strong answer shows awareness "
                "of the conflict of interest, a preference for facts and traceability, the "
                "instinct to look for the right channel, and respect for the manager. Candidates "
                "need not know our procedures by name. Allow 5 to 10 minutes.</p>"
            ),
            "es": (
                "<p>Lea el caso en voz alta y dé a la persona un minuto para pensar. No sugiera "
                "que hay una única respuesta correcta; el razonamiento importa más que la "
                "conclusión.</p><ul><li>Pregunta de seguimiento: “Su superior le vuelve a decir "
                "que no haga un escándalo. ¿Y ahora?”</li><li>Pregunta de seguimiento: “¿A quién "
                "acudiría y por qué a esa persona?”</li><li>Pregunta de seguimiento: “Resulta que "
                "fue un error de buena fe. ¿Cómo recompone la relación de "
                "trabajo?”</li></ul><p>Una buena respuesta muestra conciencia del conflicto de "
                "intereses, preferencia por los hechos y la trazabilidad, el reflejo de buscar el "
                "canal adecuado y respeto por el superior. No hace falta que conozca nuestros "
                "procedimientos por su nombre. Calcule de 5 a 10 minutos.</p>"
            ),
        },
    },
    {
        "key": "dinner-with-the-mayor",
        "context": "recruitment",
        "themes": ["gifts_hospitality", "conflicts_of_interest"],
        "values": ["integrity", "service"],
        "for_recruitment": True,
        "title": {
            "nl": "Een etentje met de burgemeester",
            "fr": "Un dîner avec le maire",
            "en": "Dinner with the mayor",
            "es": "Una cena con el alcalde",
        },
        "slug": {
            "nl": "een-etentje-met-de-burgemeester",
            "fr": "un-diner-avec-le-maire",
            "en": "dinner-with-the-mayor",
            "es": "una-cena-con-el-alcalde",
        },
        "summary": {
            "nl": (
                "Sollicitatiecasus: een partnerburgemeester nodigt je uit voor een duur etentje "
                "en vraagt je de subsidieaanvraag van zijn gemeente te versnellen."
            ),
            "fr": (
                "Cas d'entretien\u202f: un maire partenaire vous invite à un dîner coûteux et "
                "vous demande d'accélérer la demande de subvention de sa commune."
            ),
            "en": (
                "Interview case: a partner mayor invites you to an expensive dinner and asks you "
                "to speed up his municipality's grant application."
            ),
            "es": (
                "Caso de entrevista: un alcalde socio le ofrece una cena costosa y le pide "
                "acelerar la solicitud de financiamiento de su municipio."
            ),
        },
        "situation": {
            "nl": (
                "<p>Stel dat je in ons team werkt en subsidieaanvragen beoordeelt die "
                "partnergemeenten indienen binnen het stedenbandprogramma. Aan het eind van een "
                "werkvergadering in Brussel nodigt de burgemeester van een partnergemeente in "
                "Bolivia je uit om 's avonds te gaan eten in een duur restaurant, “om je te "
                "bedanken voor al je hulp”. Hij betaalt.</p><p>In één adem vertelt hij dat de "
                "aanvraag van zijn gemeente voor een drinkwaterproject op jouw bureau ligt en dat "
                "het regenseizoen eraan komt: “Als je ons dossier wat naar voren kan schuiven en "
                "snel kan goedkeuren, zou de hele gemeenschap je dankbaar zijn. En je bent altijd "
                "welkom bij ons, als onze gast.” De aanvraag is volledig maar nog niet "
                "beoordeeld.</p><p>Hoe reageer je?</p>"
            ),
            "fr": (
                "<p>Imaginez que vous travaillez dans notre équipe et que vous évaluez les "
                "demandes de subvention introduites par les communes partenaires dans le cadre du "
                "programme de jumelage. À la fin d'une réunion de travail à Bruxelles, le maire "
                "d'une commune partenaire en Bolivie vous invite à dîner le soir même dans un "
                "restaurant coûteux, «\u202fpour vous remercier de toute votre aide\u202f». C'est "
                "lui qui paie.</p><p>Dans la foulée, il mentionne que la demande de sa commune "
                "pour un projet d'eau potable se trouve sur votre bureau et que la saison des "
                "pluies approche\u202f: «\u202fSi vous pouviez faire avancer notre dossier et "
                "l'approuver rapidement, toute la communauté vous en serait reconnaissante. Et "
                "notre commune vous accueillera toujours avec plaisir.\u202f» La demande est "
                "complète mais n'a pas encore été évaluée.</p><p>Comment réagissez-vous\u202f?</p>"
            ),
            "en": (
                "<p>Imagine you work in our team and you assess the grant applications that "
                "partner municipalities submit under the twinning programme. At the end of a work "
                "meeting in Brussels, the mayor of a partner municipality in Bolivia invites you "
                "to dinner that evening at an expensive restaurant, “to thank you for all your "
                "help”. He will pay.</p><p>In the same breath he mentions that his municipality's "
                "application for a drinking-water project is on your desk and that the rainy "
                "season is coming: “If you could move our file up and approve it quickly, the "
                "whole community would be grateful. And you are always welcome in our town as our "
                "guest.” The application is complete but has not yet been assessed.</p><p>How do "
                "you respond?</p>"
            ),
            "es": (
                "<p>Imagine que trabaja en nuestro equipo y evalúa las solicitudes de "
                "financiamiento que los municipios socios presentan en el marco del programa de "
                "hermanamientos. Al final de una reunión de trabajo en Bruselas, el alcalde de un "
                "municipio socio en Bolivia le propone cenar esa misma noche en un restaurante "
                "costoso, “para agradecerle toda su ayuda”. Él paga.</p><p>En la misma "
                "conversación menciona que usted tiene a cargo la solicitud que su municipio "
                "presentó para un proyecto de agua potable y que se acerca la temporada de "
                "lluvias: “Si pudiera adelantar nuestro expediente y aprobarlo pronto, toda la "
                "comunidad se lo agradecería. Y en nuestro pueblo siempre tendrá las puertas "
                "abiertas.” La solicitud está completa, pero aún no ha sido evaluada.</p><p>¿Cómo "
                "responde?</p>"
            ),
        },
        "stakeholders": {
            "nl": (
                "De partnergemeente en haar inwoners, die echt nood hebben aan drinkwater; de "
                "andere partnergemeenten, wier aanvragen een gelijke behandeling verdienen; en "
                "het team, waarvan de geloofwaardigheid bij partners en financier afhangt van "
                "beslissingen die niet te koop zijn."
            ),
            "fr": (
                "La commune partenaire et ses habitants, qui ont réellement besoin d'eau "
                "potable\u202f; les autres communes partenaires, dont les demandes méritent un "
                "traitement égal\u202f; et l'équipe, dont la crédibilité auprès des partenaires "
                "et du bailleur dépend de décisions qui ne s'achètent pas."
            ),
            "en": (
                "The partner municipality and its residents, who genuinely need drinking water; "
                "the other partner municipalities, whose applications deserve equal treatment; "
                "and the team, whose credibility with partners and the funder depends on "
                "decisions that cannot be bought."
            ),
            "es": (
                "El municipio socio y sus habitantes, que realmente necesitan agua potable; los "
                "demás municipios socios, cuyas solicitudes merecen el mismo trato; y el equipo, "
                "cuya credibilidad ante los socios y el financiador depende de decisiones que no "
                "se compran."
            ),
        },
        "options": [
            {
                "label": {
                    "nl": (
                        "Uit beleefdheid op het etentje ingaan, maar niets beloven over de aanvraag"
                    ),
                    "fr": (
                        "Accepter le dîner par courtoisie, mais ne rien promettre au sujet de la "
                        "demande"
                    ),
                    "en": (
                        "Accept the dinner out of courtesy, but make no promises about the "
                        "application"
                    ),
                    "es": "Aceptar la cena por cortesía, pero no prometer nada sobre la solicitud",
                },
                "considerations": {
                    "nl": (
                        "Respecteert de gastvrijheid van de burgemeester, maar een betaald "
                        "etentje gekoppeld aan een lopende aanvraag is net wat de code uitsluit. "
                        "Ook zonder belofte wekt het de schijn van beïnvloeding en een gevoel van "
                        "verplichting."
                    ),
                    "fr": (
                        "Respecte l'hospitalité du maire, mais un dîner payé lié à une demande en "
                        "cours est précisément ce que le code exclut. Même sans promesse, cela "
                        "crée une apparence d'influence et un sentiment d'obligation."
                    ),
                    "en": (
                        "Respects the mayor's hospitality, but a paid dinner tied to a pending "
                        "request is exactly what the code rules out. Even without a promise, it "
                        "creates an appearance of influence and a sense of obligation."
                    ),
                    "es": (
                        "Respeta la hospitalidad del alcalde, pero una cena pagada vinculada a "
                        "una solicitud pendiente es justamente lo que el código excluye. Aun sin "
                        "promesas, crea una apariencia de influencia y un sentido de obligación."
                    ),
                },
            },
            {
                "label": {
                    "nl": (
                        "Vriendelijk weigeren, de procedure en timing uitleggen en mijn "
                        "leidinggevende inlichten"
                    ),
                    "fr": (
                        "Décliner poliment, expliquer la procédure et les délais, et informer mon "
                        "responsable"
                    ),
                    "en": (
                        "Decline politely, explain the procedure and timeline, and inform my "
                        "manager"
                    ),
                    "es": (
                        "Declinar con amabilidad, explicar el procedimiento y los plazos e "
                        "informar a mi superior"
                    ),
                },
                "considerations": {
                    "nl": (
                        "Beschermt de onafhankelijkheid van de beoordeling en blijft toch "
                        "respectvol en behulpzaam tegenover de partner. De leidinggevende "
                        "inlichten maakt het verzoek zichtbaar en beschermt ook de medewerker "
                        "zelf."
                    ),
                    "fr": (
                        "Préserve l'indépendance de l'évaluation tout en restant respectueux et "
                        "serviable envers le partenaire. Informer le responsable rend la demande "
                        "visible et protège aussi la personne elle-même."
                    ),
                    "en": (
                        "Protects the independence of the assessment while staying respectful and "
                        "helpful towards the partner. Informing the manager makes the request "
                        "visible and protects the staff member too."
                    ),
                    "es": (
                        "Protege la independencia de la evaluación sin dejar de ser respetuoso y "
                        "servicial con el socio. Informar al superior hace visible el pedido y "
                        "también protege a quien lo recibe."
                    ),
                },
            },
            {
                "label": {
                    "nl": (
                        "Het etentje afslaan, maar het dossier stilletjes naar voren schuiven "
                        "omdat de nood echt is"
                    ),
                    "fr": (
                        "Refuser le dîner, mais faire discrètement avancer le dossier car le "
                        "besoin est réel"
                    ),
                    "en": (
                        "Decline the dinner, but quietly move the file up because the need is real"
                    ),
                    "es": (
                        "Rechazar la cena, pero adelantar discretamente el expediente porque la "
                        "necesidad es real"
                    ),
                },
                "considerations": {
                    "nl": (
                        "Goed bedoeld voor de gemeenschap, maar het blijft één aanvrager "
                        "bevoordelen na een persoonlijk verzoek, wat oneerlijk is tegenover "
                        "andere partners. Moeten prioriteiten verschuiven, dan gebeurt dat open "
                        "en op basis van criteria."
                    ),
                    "fr": (
                        "Bienveillant envers la communauté, mais cela revient à favoriser un "
                        "demandeur après une sollicitation personnelle, ce qui est injuste pour "
                        "les autres partenaires. Si les priorités doivent changer, cela se décide "
                        "ouvertement et sur la base de critères."
                    ),
                    "en": (
                        "Kind to the community, but it still favours one applicant after a "
                        "personal request, which is unfair to other partners. If priorities need "
                        "to change, that must be decided openly and on criteria."
                    ),
                    "es": (
                        "Bien intencionado hacia la comunidad, pero sigue siendo favorecer a un "
                        "solicitante tras un pedido personal, lo que es injusto para los demás "
                        "socios. Si hay que cambiar prioridades, eso se decide abiertamente y con "
                        "criterios."
                    ),
                },
            },
        ],
        "commentary": {
            "nl": (
                "<p>Hier komen twee regels van de code samen. Je dienstverlening mag niet gekocht "
                "of beïnvloed worden door geld, goederen, diensten of andere gunsten die gegeven "
                "of beloofd worden; en uitnodigingen die door anderen betaald worden, aanvaard je "
                "alleen als de activiteit tot je werk behoort en je aanwezigheid functioneel is, "
                "zoals bij een formele vertegenwoordiging. Een privé-etentje aangeboden samen met "
                "een verzoek om een subsidie te versnellen, is geen van beide: het is een poging, "
                "misschien goedbedoeld en in de ogen van de burgemeester heel gewoon, om goodwill "
                "te kweken rond een beslissing.</p><p>Een panel luistert naar een kandidaat die "
                "dat verband ziet en weigert zonder te kwetsen: de burgemeester bedanken, "
                "uitleggen dat elke aanvraag dezelfde procedure volgt en wanneer hij een antwoord "
                "mag verwachten, en misschien een koffie op kantoor voorstellen. Ook dat is "
                "dienstbaarheid: de code vraagt vragen binnen een redelijke termijn te "
                "beantwoorden of minstens te zeggen wanneer een antwoord komt. Transparantie telt "
                "ook: een sterke kandidaat brengt de leidinggevende of het diensthoofd op de "
                "hoogte van het verzoek en vraagt bij twijfel raad aan de raadgever "
                "integriteit.</p><p>Let op kandidaten die een etentje zonder beloftes onschuldig "
                "vinden, of die het dossier stilletjes zouden voortrekken omdat het doel goed is. "
                "Dringendheid kan een legitiem argument zijn, maar alleen als het openlijk ter "
                "sprake komt en gewogen wordt volgens dezelfde criteria voor iedereen.</p>"
            ),
            "fr": (
                "<p>Deux règles du code se rejoignent ici. Vos services ne peuvent être achetés "
                "ni influencés par de l'argent, des biens, des services ou d'autres faveurs, "
                "donnés ou promis\u202f; et vous n'acceptez une invitation payée par d'autres que "
                "si l'activité relève de votre travail et que votre présence est fonctionnelle, "
                "comme lors d'une représentation officielle. Un dîner privé offert en même temps "
                "qu'une demande d'accélérer une subvention ne remplit aucune de ces "
                "conditions\u202f: c'est une tentative, peut-être bien intentionnée et tout à "
                "fait ordinaire aux yeux du maire, de créer de la bienveillance autour d'une "
                "décision.</p><p>Le jury est attentif à une personne qui perçoit ce lien et "
                "décline sans vexer\u202f: remercier le maire, expliquer que chaque demande suit "
                "la même procédure et quand il peut attendre une réponse, et proposer peut-être "
                "un café au bureau à la place. C'est aussi cela, le sens du service\u202f: le "
                "code demande de répondre dans un délai raisonnable, ou au moins d'indiquer quand "
                "une réponse viendra. La transparence compte également\u202f: une bonne réponse "
                "prévoit d'informer le responsable ou le chef de service de la demande et, en cas "
                "de doute, de consulter le conseiller en intégrité.</p><p>Méfiez-vous des "
                "réponses qui jugent inoffensif un dîner sans promesse, ou qui feraient "
                "discrètement avancer le dossier parce que la cause est bonne. L'urgence peut "
                "être un argument légitime, mais seulement si elle est exposée ouvertement et "
                "évaluée selon les mêmes critères pour tous.</p>"
            ),
            "en": (
                "<p>Two rules of the code meet here. Your service may not be bought or influenced "
                "by money, goods, services or favours, given or promised; and you accept "
                "invitations paid for by others only when the activity is part of your work and "
                "your presence is functional, such as formal representation. A private dinner "
                "offered together with a request to speed up a grant is neither: it is an "
                "attempt, perhaps well meant and quite ordinary in the mayor's eyes, to build "
                "goodwill around a decision.</p><p>A panel listens for a candidate who sees that "
                "link and declines without offending: thanking the mayor, explaining that every "
                "application follows the same procedure and when he can expect an answer, perhaps "
                "suggesting a coffee at the office instead. That is service too: the code asks "
                "you to answer within a reasonable time, or at least to say when an answer will "
                "come. Transparency matters as well: a strong candidate tells their manager or "
                "head of department about the request and, if unsure, asks the integrity "
                "adviser.</p><p>Watch for candidates who think a dinner without promises is "
                "harmless, or who would quietly favour the file because the cause is good. "
                "Urgency can be a legitimate argument, but only when it is raised openly and "
                "weighed against the same criteria for everyone.</p>"
            ),
            "es": (
                "<p>Aquí se cruzan dos reglas del código. Su servicio no puede comprarse ni "
                "dejarse influir por dinero, bienes, servicios u otros favores, dados o "
                "prometidos; y solo acepta invitaciones pagadas por otros cuando la actividad "
                "forma parte de su trabajo y su presencia es funcional, como en una "
                "representación formal. Una cena privada ofrecida junto con el pedido de acelerar "
                "un financiamiento no cumple ninguna de las dos condiciones: es un intento, quizá "
                "bien intencionado y muy normal a los ojos del alcalde, de generar buena voluntad "
                "en torno a una decisión.</p><p>El panel presta atención a alguien que ve ese "
                "vínculo y declina sin ofender: agradecer al alcalde, explicar que toda solicitud "
                "sigue el mismo procedimiento y cuándo puede esperar una respuesta, y quizás "
                "proponerle un café en la oficina. Eso también es vocación de servicio: el código "
                "pide responder en un plazo razonable o al menos indicar cuándo llegará la "
                "respuesta. La transparencia también cuenta: una buena respuesta incluye informar "
                "del pedido al superior o al jefe de departamento y, ante la duda, consultar al "
                "asesor de integridad.</p><p>Desconfíe de las respuestas que consideran "
                "inofensiva una cena sin promesas, o que adelantarían el expediente en silencio "
                "porque la causa es buena. La urgencia puede ser un argumento legítimo, pero solo "
                "si se plantea abiertamente y se evalúa con los mismos criterios para todos.</p>"
            ),
        },
        "facilitator_notes": {
            "nl": (
                "<p>Breng de casus neutraal en laat de kandidaat antwoorden zonder te "
                "onderbreken. Gebruik daarna een of twee doorvragen om te toetsen hoe standvastig "
                "en hoe respectvol het antwoord is.</p><ul><li>Doorvraag: “De burgemeester dringt "
                "aan en zegt dat weigeren bij hen een belediging is. Wat doe "
                "je?”</li><li>Doorvraag: “Zou het anders zijn als het om een receptie ging die "
                "zijn gemeente voor de hele delegatie organiseerde?”</li><li>Doorvraag: “Het "
                "waterproject is echt dringend. Is er een legitieme manier om het te "
                "versnellen?”</li></ul><p>Een sterk antwoord scheidt de relatie van de "
                "beslissing, blijft warm tegenover de partner, vermeldt transparantie tegenover "
                "de leidinggevende en ziet dat een eerlijke procedure ook de gemeenschap dient. "
                "Reken op 5 tot 10 minuten en verbeter de kandidaat niet tijdens het antwoord.</p>"
            ),
            "fr": (
                "<p>Présentez le cas de façon neutre et laissez la personne répondre sans "
                "l'interrompre. Utilisez ensuite une ou deux relances pour tester la fermeté et "
                "le respect de sa réponse.</p><ul><li>Relance\u202f: «\u202fLe maire insiste et "
                "dit que refuser est une offense chez lui. Que "
                "faites-vous\u202f?\u202f»</li><li>Relance\u202f: «\u202fSerait-ce différent s'il "
                "s'agissait d'une réception offerte par sa commune à toute la "
                "délégation\u202f?\u202f»</li><li>Relance\u202f: «\u202fLe projet d'eau est "
                "vraiment urgent. Existe-t-il un moyen légitime de "
                "l'accélérer\u202f?\u202f»</li></ul><p>Une bonne réponse sépare la relation de la "
                "décision, reste chaleureuse envers le partenaire, mentionne la transparence "
                "envers le responsable et voit qu'une procédure équitable sert aussi la "
                "communauté. Prévoyez 5 à 10 minutes et ne corrigez pas la personne pendant sa "
                "réponse.</p>"
            ),
            "en": (
                "<p>Present the case neutrally and let the candidate answer without interruption. "
                "Then use one or two follow-up questions to test how firm and how respectful the "
                "answer is.</p><ul><li>Follow-up: “The mayor insists and says that refusing is an "
                "insult where he comes from. What do you do?”</li><li>Follow-up: “Would it be "
                "different if it were a reception his municipality hosted for the whole "
                "delegation?”</li><li>Follow-up: “The water project really is urgent. Is there a "
                "legitimate way to speed it up?”</li></ul><p>A strong answer separates the "
                "relationship from the decision, stays warm towards the partner, mentions "
                "transparency towards the manager, and sees that a fair procedure also serves the "
                "community. Allow 5 to 10 minutes and do not correct the candidate during the "
                "answer.</p>"
            ),
            "es": (
                "<p>Presente el caso de forma neutral y deje que la persona responda sin "
                "interrumpirla. Luego use una o dos preguntas de seguimiento para comprobar cuán "
                "firme y cuán respetuosa es la respuesta.</p><ul><li>Pregunta de seguimiento: “El "
                "alcalde insiste y dice que rechazar es una ofensa en su cultura. ¿Qué "
                "hace?”</li><li>Pregunta de seguimiento: “¿Sería distinto si se tratara de una "
                "recepción que su municipio ofrece a toda la delegación?”</li><li>Pregunta de "
                "seguimiento: “El proyecto de agua es realmente urgente. ¿Hay una forma legítima "
                "de acelerarlo?”</li></ul><p>Una buena respuesta separa la relación de la "
                "decisión, mantiene la calidez con el socio, menciona la transparencia con el "
                "superior y entiende que un procedimiento justo también sirve a la comunidad. "
                "Calcule de 5 a 10 minutos y no corrija a la persona durante su respuesta.</p>"
            ),
        },
    },
]
