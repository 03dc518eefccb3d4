//! Red flags in the lay words people type on phones in Spanish, Portuguese, Italian,
//! French, German and Dutch, found by blind batch 80 (session 15d in TRIAGE.md): blood
//! that spurts "in rhythm" without the word blood, a fit told as shaking and drooling,
//! a plan told as "everything's ready", a burn with the voice going, a child's ribs
//! sucking in, light that "can't be stood", a faint as "tombée dans les pommes". Each
//! entry is a concept with its words in the languages (English too where cheap), in the
//! syntax of [`super::matcher`]; tests in `lay_red_flags_europe_tests.rs`, in other words than
//! the batch, with hard negatives.

use super::lexicon::Sig;

/// Findings and contexts added from batch 80.
pub(crate) const LAY_RED_FLAGS_EUROPE: &[(Sig, &str)] = &[
    // ------------------------------------------------------------ bleeding [BLEED]
    (
        // Arterial bleeding: blood that spurts or pulses in time with the heart. Told
        // with the rhythm, the word blood is often left out ("es spritzt im Rhythmus").
        Sig::Haemorrhage,
        pats![
            "spritzt|spritzte|sprudelt|schiesst|pulsiert|kommt ~im ~rhythmus|takt", "stossweise|pulsierend ~spritzt|blutet|raus",
            "gicle|giclait|sort|sortait|pisse ~au ~rythme", "gicle|giclait|sang|saigne ~par ~saccades|jets",
            "sale|salia|brota|sangra|sangre ~al|con ~ritmo|pulso", "sangre|sangra|sangrando ~a ~chorros|borbotones",
            "jorra|jorrando|sai|esguicha|sangue ~no|ao|com ~ritmo", "sangue|sangra|jorra ~aos|em ~jatos|jactos|esguichos",
            "schizza|esce|zampilla|sangue ~a|al|col ~ritmo", "sangue|sanguina ~a ~fiotti|getto|getti",
            "spuit|spoot|komt|gutst ~ritme|stoten|golven", "bloed|bloedt ~met ~stoten|golven",
            "spurts|spurting|pumps|pumping|squirts|squirting ~in ~time|rhythm|beat",
        ],
    ),
    // ------------------------------------------------------------- seizure [EPI]
    (
        // A fit told by what was seen: shaking or jerking all over with drooling or
        // froth. Shivering with a fever does not drool.
        Sig::Seizure,
        pats![
            "trembl*|secou*|gigot* ~bav*|ecume|mousse", "temblaba|temblando|sacudia|sacudiendo|sacudidas ~babeaba|babeando|baba|espuma",
            "tremava|tremando|scatti|scattava ~bava|sbava*|schiuma", "tremia|tremendo|debatia|debatendo ~baba|babando|babava|espuma",
            "zitterte|zuckte|zitternd|zuckend|zuckungen ~sabber*|schaum", "trilde|schokte|schokken|schudde ~kwijl*|schuim",
            "shaking|jerking|twitching ~drool*|froth*|foam*",
        ],
    ),
    // --------------------------------------------------------- danger now [MHF, NG225]
    (
        // A place to fall from or be hit at, or a plan made ready: with "can't go on", a
        // goodbye or thoughts of death, danger now (see the presentation table).
        Sig::MeansAtHand,
        pats![
            "sul|al ~balcone|davanzale|parapetto", "binari|ferrovia",
            "en ~el ~balcon|barandal|puente|anden", "vias ~del ~tren", "sur ~le ~balcon|parapet|quai", "voies ~ferrees|train",
            "auf ~dem ~balkon|gelander", "an|bei ~den ~gleisen|schienen", "gleise|bahngleis*",
            "na|no ~varanda|sacada|parapeito", "linha ~do ~trem|comboio", "trilhos|carris",
            "op|bij|aan|naast ~het|de ~balkon|spoor|rails|spoorweg|brug|dak", "spoorlijn|spoorweg",
            "on|at|by|near ~the ~balcony|railway|rails",
            // A high floor named ("al sesto piano", "im 8. Stock").
            "#4 ~piano|etage|stock|stockwerk|andar|verdieping|floor",
            // The plan made ready: the place chosen, everything prepared, the time set.
            "tout ~prevu|prepare|organise", "ai ~choisi ~endroit|lieu", "ce ~sera ~ce ~soir|cette ~nuit",
            "todo ~planeado|preparado|pensado", "elegido|escogido ~el ~lugar|sitio", "sera ~esta ~noche|hoy",
            "tudo ~planejado|planeado|preparado|pensado", "escolhi|escolhido ~o ~lugar|sitio|local", "vai|vou ~ser ~hoje|hj", "vai|vou ~ser ~esta ~noite",
            "tutto ~pianificato|organizzato|preparato|deciso", "scelto ~il ~posto|luogo", "sara ~stasera|stanotte",
            "alles ~geplant|vorbereitet|organisiert", "ort ~ausgesucht|gewahlt", "heute ~nacht ~ist ~es ~soweit",
            "alles ~gepland|voorbereid|geregeld", "plek ~uitgekozen|gekozen", "vannacht|vanavond ~gebeurt ~het",
            "everything|all ~planned|prepared|sorted|ready", "picked|chosen|chose ~the ~place|spot", "its ~tonight",
        ],
    ),
    (
        // "Je voulais juste que quelqu'un sache": telling someone before the act.
        Sig::Farewell,
        pats![
            "que ~quelqu|quelquun ~sache", "dirlo ~a ~qualcuno", "che ~qualcuno ~lo ~sapesse",
            "que ~alguem ~soubesse", "dass ~es ~jemand ~weiss|weiß", "jemandem ~sagen|erzahlen ~wollen", "dat ~iemand ~het ~wist|weet",
        ],
    ),
    // ------------------------------------------------------------------ burns [MTS]
    (
        // Scalds by their lay cause: boiling oil, water or milk.
        Sig::Burn,
        pats![
            "oleo|azeite|agua|leite|cafe ~a ~ferver", "oleo|azeite|agua|leite ~fervendo|fervente",
            "aceite|agua|leche|cafe ~hirviendo", "huile|eau|lait|cafe ~bouillant*",
            "olio|acqua|latte|caffe ~bollente", "kochend*|heisses|heiss* ~wasser|ol|fett|ole|milch",
            "kokend*|hete|heet ~water|olie|vet|melk", "boiling|scalding ~water|oil|milk",
            "pele ~descascar|descascando|a ~sair", "piel ~se ~cae|pelando ~quemad*",
        ],
    ),
    // ------------------------------------------------------------ breathing [BTS]
    (
        // Recession: the ribs or the skin between them sucking in with each breath.
        Sig::Breathing,
        pats![
            "hunden|hunde|marcan|meten ~costillas", "costillas ~se ~hunden|marcan|meten", "tiraje",
            "cotes ~creusent|rentrent|enfoncent", "creuse ~entre ~cotes", "tirage",
            "rippen ~ziehen ~ein|einziehen|eingezogen", "einziehungen",
            "costole ~rientrano|si ~vedono|affondano", "rientramenti",
            "costelas ~afundam|afundando|marcam|marcando|puxam|puxando", "tiragem",
            "ribben|ribbetjes|ribbenkast ~trekken|intrekken|trekt|zuigen", "trekken|trekt ~ribben|ribbetjes|ribbenkast ~in", "intrekkingen",
            "ribs ~sucking|pulling|sinking|sucked ~in", "sucking ~in ~between|under ~ribs",
            // Turning blue, in the languages it was missing.
            "lauft|lief|wird|wurde ~blau ~an", "blau ~angelaufen|anlaufen",
            // The lips, the face or the person, not a knee that bruised.
            "lippen|lipjes|gezicht|hij|zij|baby|kindje ~wordt|werd ~blauw|paars", "blauw|paars ~aangelopen|aanlopen",
            "boca|labios|labio|rosto|cara|bebe|ele|ela ~fica|ficou|ficando|ta ~roxo|roxa|azul|azulado",
            "labbra|viso|faccia|bambino|bimbo|bimba|piccolo|piccola|lui|lei ~diventa|diventato|diventata|diventando ~blu|viola|cianotic*",
        ],
    ),
    (
        // The reliever given again and again, "and nothing".
        Sig::InhalerFailing,
        pats![
            "ventolin|ventoline|salbutamol|inhalador|inalador|bomba|bombinha|puffer|pompa|pompje|inhalateur|spray ~#3 ~veces|vezes|volte|fois|mal|keer ~nada|nothing|rien|nichts|niente|nulla|niets|niks",
        ],
    ),
    // ------------------------------------------------------ meningitis [NG240]
    (
        // Light that can't be borne, in the words people use.
        Sig::Photophobia,
        pats![
            "!kann ~kein ~licht ~ab|vertragen|ertragen|haben", "licht ~tut ~weh|blendet|stort",
            "!supporte ~pas|plus ~lumiere", "!no ~soporta|aguanta|tolera ~luz", "luz ~le|me ~molesta|duele",
            "!non ~sopporta|tollera ~luce", "luce ~da ~fastidio|disturba", "!nao ~aguenta|suporta ~luz", "luz ~incomoda|doi",
            "!kan ~geen ~licht ~hebben|verdragen|velen", "licht ~doet ~pijn",
        ],
    ),
    // --------------------------------------------------------- chest pain [CG95]
    (
        // A weight or pressure on the stomach: indigestion that may be the heart (with
        // sweating, dizziness or a diabetic, see the presentation table).
        Sig::Indigestion,
        pats![
            "peso sullo|allo|sul|nello stomaco", "peso|pesadez en|sobre estomago", "peso no|na|sobre estomago",
            "poids|lourdeur sur estomac", "druck auf magen", "druk op maag",
        ],
    ),
    // ---------------------------------------------------- consciousness [EPI, DKA]
    (
        // Fainting in the French idiom ("tombée dans les pommes", "dans les vapes").
        Sig::Unconscious,
        pats!["tombe|tombee|tombais|tombait|tomber ~dans ~les ~pommes|vapes"],
    ),
    (
        // Falling asleep as one watches: drowsiness coming on (the progressive forms;
        // "se queda dormido en clase" is a habit, not a state).
        Sig::Drowsy,
        pats![
            "se ~esta ~quedando ~dormid*", "se ~me ~esta ~durmiendo", "s endort ~sans ~arret|tout ~temps|constamment",
            // Italian "si" is read as a pronoun token (`mod.rs`), so the verb alone.
            "sta ~addormentando",
            "schlaft ~standig|immer ~wieder ~ein", "nickt ~standig|immer ~wieder ~weg|ein",
"continua ~ad ~addormentarsi", "pegando ~no ~sono ~toda ~hora",
            "valt ~steeds|telkens ~in ~slaap", "dommelt ~steeds ~weg", "keeps ~nodding|drifting ~off",
        ],
    ),
    // ---------------------------------------------------------- head injury [HI]
    (
        // A cold sweat and sweating in Italian and Portuguese verbs.
        Sig::Sweating,
        pats!["suda|sudava|sudando", "suar|suava ~frio", "a ~suar", "suor ~frio"],
    ),
    (
        // A hoarse voice in Italian and Portuguese.
        Sig::Hoarse,
        pats!["rauca|rauco", "rouca|rouco", "voce ~rauca|cambiata|strana", "voz ~rouca|estranha"],
    ),
    (
        // Blood from an ear names the head: on a fall with blood thinners, an emergency.
        Sig::HeadNamed,
        pats!["blood|blut|bloed|sangre|sang|sangue ~from|out|aus|uit|de|du|dal|da|do|dall|dell ~ear|ears|ohr|ohren|oor|oren|oreja|oido|oreille|orecchio|ouvido|orelha"],
    ),
    // ------------------------------------------------------- the urgent line
    (
        // A cheek or face swollen, the adjective after the noun (with a tooth named, a
        // dental swelling of the face [SDCEP]; with an allergen, angioedema [RCUK]).
        Sig::FaceSwelling,
        pats![
            "guancia|guance|zigomo|faccia|viso gonfi*", "cara|mejilla|cachete|cachetes|pomulo hinchad*|hincho|inflamad*",
            "joue|joues|visage gonfle*|enfle*", "wange|backe|gesicht geschwollen|dick", "dicke backe|wange",
            "bochecha|rosto|cara inchad*|inchou", "wang|gezicht opgezet|gezwollen|dik", "dikke wang",
            // The verb first only for a cheek ("mi si è gonfiata la guancia"): a face or
            // hands swelling suddenly late in pregnancy is read by the pre-eclampsia rule.
            "gonfi* guancia|guance", "gonfle* joue", "inchou|inchad* bochecha", "hinch* mejilla|cachete",
        ],
    ),
    (
        // An abscess by its name in the six languages [NG141].
        Sig::Infection,
        pats!["ascesso|ascessi", "absceso|abscesos", "abces", "abszess", "abscesso|abcesso"],
    ),
    (
        // Pain that moved down to the right, the direction after the word [APP].
        Sig::RightLowerPain,
        pats![
            "basso ~a ~destra", "en ~bas ~a ~droite",
            "unten ~rechts", "em ~baixo ~a|do ~direita|direito", "rechts ~beneden",
        ],
    ),
    (
        // Severe itching late in pregnancy (the maternity unit the same day [MAT]); by
        // itself itching is routine.
        Sig::Itch,
        pats![
            "comichao|comichoes|coceira|cocando|prurido", "picor|picazon|comezon", "prurit|demangeaison*|demange",
            "prurito", "jeuk|jeukt|jeuken",
        ],
    ),
    (
        // "Estou de 34 semanas", "sono alla 34a settimana": weeks of pregnancy told
        // without the word pregnant.
        Sig::Pregnancy,
        pats![
            "estou|estoy|tou ~de ~#4 ~semanas", "sono ~alla|di ~#4 ~settimana|settimane", "suis ~a ~#4 ~semaines|sa",
            "bin ~in ~der ~#4 ~woche|ssw", "schwangerschaft ~#4 ~woche", "schwangerschaftswoche", "ben ~#4 ~weken ~zwanger|ver",
        ],
    ),
    (
        // Yellow skin or the whites of the eyes gone yellow (a baby's jaundice [NG98 via
        // NG143]); a yellow phlegm or pus is not it.
        Sig::Jaundice,
        pats![
            // Not "eyes blue and yellow" after an eyelid lift: that is a bruise.
            "tout|toute|tres jaune", "blanc ~des ~yeux ~jaune", "peau jaune", "jaunisse|ictere",
            "piel amarilla", "blanco ~de ~los ~ojos ~amarill*", "todo|toda amarillo|amarilla", "ictericia",
            "pelle gialla", "bianco ~degli ~occhi ~giall*", "tutto|tutta giallo|gialla", "ittero|itterizia",
            "pele amarela", "branco ~dos ~olhos ~amarel*", "todo|toda amarelo|amarela",
            "gelbe haut", "haut gelb", "augenweiss|weisse ~augen ~gelb", "ganz gelb", "gelbsucht",
            "gele huid", "wit ~van ~ogen ~geel", "helemaal geel", "geelzucht",
        ],
    ),
    (
        // A wound after an operation that is red and hot, weeping or leaking [NG141, MTS].
        Sig::Infection,
        pats![
            "cicatrice|plaie|incision ~coule|suinte", "rouge ~chaud*|coule|suinte", "corte|ferida|cicatriz|incisao|pontos ~vermelh* ~quente|liquido|pus",
            "vermelh* ~quente", "herida|cicatriz|incision ~roja ~caliente|supura", "ferita|cicatrice|taglio ~rossa ~calda",
            "narbe|wunde|naht ~rot ~warm|nass|nassen", "wond|litteken|snee ~rood ~warm|lekt|vocht",
            // A swollen eyelid with pain on moving the eye: orbital cellulitis [NG141].
            "weh|schmerz*|tut ~wenn ~auge|augen ~beweg*", "duele ~al ~mover ~ojo|ojos", "mal ~quand ~bouge ~oeil|yeux",
            "male ~quando ~muovo ~occhio|occhi", "doi|doe ~quando ~mexo ~olho|olhos", "pijn ~als ~oog|ogen ~beweeg|beweegt",
            "hurts ~when|to ~move ~eye|eyes",
        ],
    ),
    (
        // Something in the eye, or an eye that can't be held open from pain: a same-day
        // look [EYE] (a chemical or a penetrating injury are emergencies elsewhere).
        Sig::ForeignBody,
        pats!["tak|stok|takje|twijg ~in ~oog", "!kan ~oog ~niet|nie ~openhouden|open ~houden"],
    ),
    (
        // A bent forearm or wrist after a fall: a fracture to x-ray the same day [MTS].
        Sig::Fracture,
        pats![
            "arm|unterarm|handgelenk|bein ~krumm|schief|verbogen", "brazo|muneca|pierna ~torcido|chueco|deformad*",
            "bras|poignet|jambe ~tordu|deforme", "braccio|polso|gamba ~storto|deforme", "braco|pulso|perna ~torto|deformad*",
            "arm|pols|been ~scheef|krom",
        ],
    ),
    (
        // Bleeding again after an extraction: "nabloeden" [SDCEP].
        Sig::Bleeding,
        pats!["blijft|blijven|bleef ~nabloeden|bloeden", "nabloeding"],
    ),
    // ------------------------------------------------------ hard negatives
    (
        // Someone who died of it: a death told to cancel appointments, not a sign now.
        Sig::Benign,
        pats![
            "died ~of|from ~stroke|heart|cardiac", "overleden|gestorven|overleed|stierf ~aan ~beroerte|hartaanval|hartinfarct|herseninfarct|infarct",
            "aan ~beroerte|hartaanval|hartinfarct|herseninfarct|infarct ~overleden|gestorven",
            "gestorben|verstorben|starb ~an ~schlaganfall|herzinfarkt|infarkt|hirnschlag", "an ~schlaganfall|herzinfarkt|infarkt|hirnschlag ~gestorben|verstorben",
            "murio|fallecio|muerto|fallecido|fallecida ~de ~infarto|derrame|ictus|embolia",
            "mort|morte|decede|decedee ~d|de ~infarctus|avc", "morto|morta|deceduto|deceduta ~di|per ~infarto|ictus",
            "morreu|faleceu|falecido|falecida ~de ~infarto|avc|derrame",
            // What "one gets" from something: a claim asked about, not a sign.
            "man ~kriegt|bekommt ~schlaganfall|herzinfarkt|infarkt", "kriegt|bekommt ~man ~schlaganfall|herzinfarkt|infarkt",
            "se ~puede ~tener|dar ~infarto|ictus",
            "puo ~venire|avere ~infarto|ictus", "da|dar ~para ~ter ~infarto|avc", "kan|kunt ~hartaanval|beroerte ~krijgen",
            // "J'ai failli tomber dans les pommes en voyant le devis": nearly, an idiom, when
            // a sight caused it; "en me levant" (standing up) is a near-faint (session 25a).
            "failli|presque ~tomber ~dans ~les ~pommes|vapes ~en ~voyant|devant|quand",
            // Seen in a documentary, dreamt, or what one feared it was.
            "documentary|documental|documentaire|doc|docu|doku|dokumentation|documentario|reportage|video|artikel|article|artigo|articolo|articulo ~on|about|sobre|sur|uber|su|over ~infarctus|infarto|infarkt|herzinfarkt|hartaanval|heart|stroke|avc|ictus|schlaganfall|beroerte",
            "nightmare|dream|dreamt|dreamed|pesadilla|sone|cauchemar|reve|albtraum|traum|getraumt|incubo|sogno|sognato|pesadelo|sonho|sonhei|nachtmerrie|droom|droomde|gedroomd ~that|que|dass|che|dat ~infarctus|infarto|infarkt|herzinfarkt|hartaanval|heart|stroke|avc|ictus|schlaganfall|beroerte",
            "thought|pensavo|pensaba|pensei|pensais|croyais|dachte|dacht ~fosse|era|fuera|ware|etait|was|fosse ~infarctus|infarto|infarkt|herzinfarkt|hartaanval|heart|stroke|avc|ictus|schlaganfall|beroerte",
        ],
    ),
    (
        // "Last time I fainted at a blood test": a past event told to plan the next one.
        Sig::Past,
        pats![
            "last ~time ~i|he|she|we", "vorige|laatste ~keer ~ben|was|had|heb|werd|kreeg", "letztes ~mal ~bin|war|hatte|habe|als",
            "la ~ultima ~vez ~que|me|tuve", "la ~derniere ~fois ~que|qu|j|je", "l ~ultima ~volta ~che|sono|ho",
            "da|na ~ultima ~vez ~que|fiquei|tive",
        ],
    ),
    (
        // Gone, told in Italian and a thing taken out: "non ce l'ha più", "on l'a sorti".
        Sig::Resolved,
        pats![
            "non ce l ha|ho piu", "non ce l ha|ho ~piu",
            "l a|l avons|l ont ~sorti|enleve|retire", "lo|la ~sacamos|sacaron|saque", "l ~abbiamo|hanno ~tolto|tolta|tirato",
            "tiramos|tiraram|tirei ~o|a", "rausgeholt|rausgezogen|entfernt", "eruit ~gehaald|getrokken",
            "abgeklungen|abgeschwollen",
        ],
    ),
    // --------------------------------------------------------------- negation
    (
        // Italian "niente febbre" and Portuguese "nada de febre" (Portuguese "nem" is
        // written out as "nor" in `regional_words.rs`). They negate only the
        // word right after them ("niente, mi gira la testa" is not negated; `scope.rs`),
        // and the word right before them ("febre nenhuma", "febbre niente").
        Sig::Negation,
        pats!["niente", "nada de"],
    ),
];
