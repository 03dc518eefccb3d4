//! Lay words for session 13 (TRIAGE.md): the items session 12 left (a faint or a
//! febrile fit with full recovery, methotrexate, a dental swelling closing the eye,
//! belly pain from the lower right spreading all over, blue lips from a sweet, a blood
//! pressure reading read as a count of tablets) and the concepts found by blind batches
//! 59-65. Each entry is a concept with its words in the seven languages, in the syntax
//! of [`super::matcher`].

use super::lexicon::Sig;

/// Findings, contexts and non-symptoms added in session 13.
pub(crate) const S13_FINDINGS: &[(Sig, &str)] = &[
    // ------------------------------------- full recovery after a faint or a fit [EPI]
    (
        // Came round at once, back to their usual self: with a faint or a febrile fit
        // the sources put this at a same-day look (consensus in CLINICAL-SOURCES.md).
        Sig::CameRound,
        pats![
            "came|come|comes round|to ~straight|quickly|immediately|seconds|away|fine|within",
            "came|come ~round", "back ~to ~himself|herself|themselves|normal|usual",
            "fully ~awake|alert|back", "awake ~and ~playing|chatting|talking",
            "now|is|are ~playing|chatting|talking ~normal|normally|again", "playing|chatting|talking ~now",
            "feel|feels|feeling ~fine|ok|okay|normal|well ~now", "now ~feel|feels ~fine|ok|okay|normal",
            "se ~recupero|recupere ~enseguida|rapido|segundos|todo", "me|se recupere|recupero",
            "volvio|volvi ~en ~si", "ya ~esta|estoy ~bien|normal|jugando", "ahora ~esta|estoy ~bien",
            "reprise|repris|reprend ~connaissance", "revenu|revenue|revenus ~a ~lui|elle|moi|soi",
            "va ~bien ~maintenant", "reveille|reveillee ~tout ~de ~suite", "il|elle ~joue ~maintenant|deja",
            "gleich|sofort ~wieder ~da|wach|ansprechbar", "war ~gleich|sofort ~wieder", "wieder ~ganz ~normal|fit|wach|da",
            "kam ~sofort|gleich ~zu ~sich", "zu ~mir|sich ~gekommen", "spielt ~wieder|schon",
            "ripres* ~subito|secondi|subito", "si ~e ~ripres*", "tornat* ~in ~se|normale",
            "adesso|ora ~sta ~bene", "gioca ~gia|di ~nuovo",
            "voltei|voltou ~na ~hora|logo|segundos", "voltou ~a ~si|normal",
            "ja ~ta|esta ~brincando|normal|bem", "ta|to|esta|estou ~bem ~agora",
            "meteen ~weer ~bij", "weer ~bij ~bewustzijn|kennis", "alweer ~normaal|goed",
            "nu ~weer ~goed|normaal", "speelt ~weer|alweer",
        ],
    ),
    // ----------------------------------------- methotrexate [NG51 immunosuppressed]
    (
        Sig::Methotrexate,
        pats![
            "methotrexate|methotrexat|metotrexato|metotressato|methotrexaat|metoject|maxtrex|mtx",
        ],
    ),
    (
        // Mouth ulcers, which on methotrexate may mean a low white count.
        Sig::Symptom,
        pats![
            "mouth ~ulcer|ulcers|sores", "ulcers ~mouth", "llagas|aftas|ulceras ~boca", "aphte|aphtes",
            "ulceres ~bouche", "mundgeschwur*|aphthen|aphte", "afte|aftas|ulcere ~bocca", "feridas ~boca",
            "aften", "zweertjes|zweren ~mond",
        ],
    ),
    // -------------------------------------------- a dental swelling closing the eye
    (
        // The eye swelling shut (SDCEP: a dental swelling closing the eye is an emergency).
        Sig::EyeShut,
        pats![
            "eye ~closing|closed|shut|closes", "closing|closed|shut ~eye", "!cant|cannot ~open ~eye", "swollen ~shut",
            "ojo ~cerrado|cerrando|cierra", "!no ~puedo|puede ~abrir ~ojo",
            "oeil ~ferme|fermee|ferme|referme", "!arrive|peux|peut ~pas ~ouvrir ~oeil",
            "auge ~zu|geschlossen|zugeschwollen|zuschwillt", "zugeschwollen",
            "occhio ~chiuso|chiude|chiudendo", "!riesce|riesco ~aprire ~occhio",
            "olho ~fechado|fechando|fecha|fechou", "!consigo|consegue ~abrir ~olho",
            "oog ~dicht|dichtgezwollen|dichtzit", "dichtgezwollen",
        ],
    ),
    // ---------------------------------------- belly pain spreading all over [APP]
    (
        // All over the belly, told without the belly: with pain that began in the lower
        // right and worsens, a burst appendix.
        Sig::AllOver,
        pats![
            "all ~over", "everywhere", "whole ~belly|tummy|stomach|abdomen",
            "por ~todas ~partes", "toda ~la ~barriga|tripa|panza", "todo ~el ~vientre|abdomen",
            "partout", "tout ~le ~ventre", "uberall", "ganzen ~bauch", "dappertutto", "tutta ~la ~pancia",
            "toda ~a ~barriga", "por ~todo ~lado", "overal", "hele ~buik",
        ],
    ),
    (
        // "a pain low on the right side", "lower right of my tummy".
        Sig::RightLowerPain,
        pats!["pain|ache|hurts|hurting ~low|lower|bottom ~right ~side|tummy|belly|stomach|abdomen"],
    ),
    // ---------------------------------------------- blue from a sweet is not cyanosis
    (
        Sig::NotASign,
        pats![
            "lips|lip|tongue|mouth ~blue|purple ~from|after|because|cause ~lolly|lollies|ice|slushie|slushy|sweet|sweets|candy|popsicle|blueberries|berries|juice|paint|dye|pen|marker|crayon|drink",
            "blue|purple ~lips|lip|tongue|mouth ~from|after|because|cause ~lolly|lollies|ice|slushie|slushy|sweet|sweets|candy|popsicle|blueberries|berries|juice|paint|dye|pen|marker|crayon|drink",
            "labios|lengua ~azul*|morad* ~por|del|de ~helado|polo|caramelo|chuche|chuches|arandanos",
            "levres|langue ~bleu* ~a ~cause|du|de ~glace|bonbon|sucette|myrtilles",
            "lippen|zunge ~blau ~vom|von|wegen ~eis|lolli|bonbon|blaubeeren",
            "labbra|lingua ~blu ~per|dal|dalla ~ghiacciolo|caramella|gelato|mirtilli",
            "labios|lingua ~azul*|rox* ~do|de|por ~picole|bala|sorvete|mirtilo",
            "lippen|tong ~blauw ~van ~ijsje|lolly|snoep|bosbessen",
        ],
    ),
    // ------------------------------------- a blood pressure is not a count of tablets
    (
        // "took my BP at 158/106", "me he tomado la tensión y tengo 158": a reading.
        Sig::Benign,
        pats![
            "took|take|taken|checked|check ~bp|pressure|blood ~at|was|is|of ~#60",
            "tomado|tome|tomo|toma|tomar ~tension|presion ~#60", "pris|prise ~tension ~#60",
            "gemessen ~blutdruck ~#60", "misurato|misurata ~pressione ~#60", "medi|medir|medida ~pressao ~#60",
            "gemeten ~bloeddruk ~#60",
        ],
    ),
    // --------------------------------------------- a headache told with the verb first
    (
        // "me duele mucho la cabeza", "mir tut der Kopf weh", "dói muito a cabeça".
        Sig::Headache,
        pats![
            "duele|dolia|duelen|doliendo ~cabeza", "tut|tat ~kopf ~weh", "doi|doia|doendo ~cabeca",
            "fa|faceva ~male ~testa", "doet ~hoofd ~pijn", "hoofd ~doet ~pijn", "head ~is ~pounding|killing|splitting",
        ],
    ),
    // ------------------------------------------ "maní" is a peanut, "mani" are hands
    (
        // Spanish "maní" only with a word that makes it food: Italian "mani" are hands.
        Sig::Allergen,
        pats!["al|del|de|el|comio|comi|comer|comido|comiendo|mantequilla ~mani"],
    ),
    (
        // "she had fits for 2 minutes": fits in the plural, told as had or having.
        Sig::Seizure,
        pats!["had|having|has|got ~fits|seizures|convulsions", "fits ~for ~#1 ~min|mins|minutes|seconds"],
    ),
    // ------------------------------------------------ safety: batch 61 [MHF, NG225]
    (
        // Intent to jump from a height, or to end one's life, told in lay words.
        Sig::Suicidal,
        pats![
            "going|gonna|about|wants|want|threatening ~to ~jump ~off|from|bridge|roof|building|window|balcony|cliff",
            "jump ~off|from ~bridge|roof|building|window|balcony|cliff|car park",
            "tirarme|tirarse|saltar|lanzarme|lanzarse ~por|de|desde ~ventana|balcon|puente|azotea|tejado",
            "sauter|jeter ~du|de|par|sous ~pont|toit|fenetre|balcon|train",
            "springen|sturzen ~von|vom|aus ~brucke|dach|fenster|balkon", "vor ~den ~zug ~werfen|springen",
            "buttarmi|buttarsi|lanciarmi|lanciarsi ~dal|dalla|sotto ~ponte|finestra|balcone|tetto|treno",
            "pular|saltar|atirar|jogar ~da|do|pela ~janela|ponte|predio|telhado|varanda", "vai|vou|quer ~pular",
            "springen ~van|voor ~brug|dak|flat|balkon|trein", "van|voor ~brug|dak|flat|balkon|trein ~springen", "zich|mezelf|me|zichzelf ~van ~kant ~maken",
            // A car engine running in a closed garage.
            "engine|motor ~running|on|aan|an|marche|encendido|acceso|ligado ~garage|garaje|garagem", "garage|garaje|garagem ~motor|engine ~lauft|aan|running|on|encendido|ligado|acceso|tourne",
        ],
    ),
    (
        // At a high place, or with the means at hand.
        Sig::MeansAtHand,
        pats![
            "rope|noose", "on|at ~the ~bridge|roof|rooftop|ledge|tracks|cliff", "staring ~at ~beam",
            "soga|cuerda", "en ~la ~azotea|cornisa|puente|tejado", "azotea",
            "corde", "sur ~le ~pont|toit|rebord", "strick|seil", "auf ~der|dem ~brucke|dach|gleisen",
            "corda|cappio", "sul ~ponte|tetto|cornicione|binari", "na|no ~ponte|telhado|beirada|janela|trilhos",
            "touw|strop", "op ~de|het ~brug|dak|rand|spoor",
            "knife|blade|mes|messer|couteau|cuchillo|coltello|faca ~hand|hands|mano|main|hand|handen|mao",
            "pile|load|handful|bunch ~of ~pills|tablets", "photo ~of ~pills|tablets",
        ],
    ),
    (
        Sig::CantGoOn,
        pats![
            "!cant|cannot ~do ~this|it ~anymore|any", "!cant|cannot ~go ~on|cope|take ~it ~anymore", "!cant ~anymore",
            "!no ~puedo|aguanto ~mas", "!en ~peux ~plus", "!kann ~nicht ~mehr", "!halte ~es ~nicht ~mehr ~aus",
            "!non ~ce ~la ~faccio ~piu", "!nao ~aguento|consigo ~mais", "!kan ~niet ~meer", "!kan ~het ~niet ~meer",
        ],
    ),
    (
        Sig::Farewell,
        pats![
            "before ~i ~go", "thanks|thank ~you ~for ~everything", "say|saying ~goodbye", "goodbye ~everyone|all",
            "wanted ~someone|you ~to ~know", "always ~kind|good ~to ~me",
            "que ~alguien ~lo ~supiera", "gracias ~por ~todo", "despedirme",
            "merci ~pour ~tout", "adieu", "vous ~dire ~au ~revoir",
            "danke ~fur ~alles", "lebt ~wohl", "verabschieden",
            "grazie ~di|per ~tutto", "addio", "obrigad* ~por ~tudo", "adeus", "despedir",
            "bedankt ~voor ~alles", "altijd ~aardig|lief ~waren|geweest", "vaarwel", "afscheid",
        ],
    ),
    (
        // Violence under way: someone hitting, hurting or threatening someone now.
        Sig::ViolenceNow,
        pats![
            "is|are|keeps|keep ~hitting|beating|hurting|strangling|choking|attacking|kicking|punching ~her|him|me|them|us|my",
            "screaming ~hurting|help", "things ~smashing", "hitting ~me|her ~right ~now",
            "me|la|le ~esta ~pegando|golpeando|ahogando", "esta ~pegando|golpeando ~a ~su|mi",
            "frappe|tape|etrangle ~me|la|sa ~femme", "est ~en ~train ~de ~frapper|taper",
            "schlagt|schlaegt|verprugelt|wurgt ~sie|mich|ihn|seine|seinen", "schlag ~und ~schrei", "schrei ~gehort",
            "sta ~picchiando|picchia|strangolando", "esta|ta ~batendo|espancando|enforcando", "bate ~nela|em",
            "slaat|schopt|wurgt ~zijn|haar|mij|me|hem",
        ],
    ),
    (
        Sig::Strangled,
        pats![
            "strangled|choked|throttled ~me|her|him", "hands ~around|round ~my|her ~neck|throat",
            "estrangulo|estrangulado|estrangulada|ahorco", "etrangle|etranglee", "gewurgt|wurgte",
            "strangolat*|strozzat*", "estrangulou|enforcou|esganou", "gewurgd|wurgde",
        ],
    ),
    // ------------------------------------- injuries and collapse: batches 59, 63
    (
        // A blow to the head told as what hit it [HI].
        Sig::HeadInjury,
        pats![
            "knee|elbow|ball|boot|kick|punch|headbutt|bottle ~to|in|on ~the ~head|temple|skull",
            "punched|hit|kicked|smacked|whacked|struck ~in|on|round ~the ~head|temple|side",
            "hit ~me|him|her ~round|on|in ~the ~head|temple", "clashed ~heads",
            "bateu|bati ~a ~testa|cabeca", "caiu|cai ~de ~cara", "se ~dio|dado|golpeo ~con|en ~la ~cabeza|frente",
            "tombe|tombee|tombé ~tete", "bosse ~tete", "kopf ~angeschlagen|gestossen|aufgeschlagen",
            "sbattuto|battuto ~la ~testa|fronte", "hoofd ~gestoten|geraakt",
        ],
    ),
    (
        // Out for a few seconds, went down and did not get up, out cold [HI, EPI].
        Sig::Unconscious,
        pats![
            "was|went ~out ~for ~few|#1|couple ~secs|seconds|sec|minute|minutes", "out ~cold", "went ~down ~and ~didnt|not",
            "!not ~really ~answering|responding", "!cant|cannot ~keep ~her|him|them ~awake",
            "!no ~consigo|podemos ~despertar|despertarla|despertarlo", "!n|nao ~acorda ~direito",
        ],
    ),
    (
        // Breathing very slowly (opioids, sedatives) [POIS, BTS].
        Sig::Breathing,
        pats![
            "breathing|breathes|breath ~very|really|so ~slow|slowly|shallow", "ademt ~heel|erg|zo ~langzaam|traag|oppervlakkig",
            "respira ~muy|muito|molto ~lento|lenta|devagar|lentamente|piano", "respire ~tres ~lentement|lentement",
            "atmet ~ganz|sehr ~langsam|flach", "fatica ~a ~respirare", "fait ~fatica ~respirare",
        ],
    ),
    (
        // A fall from a height: a ladder, a roof, a balcony [MTS major trauma].
        Sig::FallFromHeight,
        pats![
            "off|from ~ladder|roof|scaffold|scaffolding|balcony|window", "ladder|roof|balcony ~#2 ~m|metres|meters|feet|ft",
            "escalera|tejado|balcon|ventana ~cayo|caido|cayó", "cayo|caido|cayó ~de|del|desde ~escalera|tejado|balcon|ventana",
            "tombe|tombee|chute ~de|du ~echelle|toit|balcon|fenetre|table ~a ~langer", "gefallen|gesturzt ~von|vom ~leiter|dach|balkon|fenster|wickeltisch",
            "caduto|caduta ~dal|dalla|da ~scala|tetto|balcone|finestra|fasciatoio", "caiu ~da|do ~escada|telhado|varanda|janela|trocador",
            "gevallen ~van ~ladder|dak|balkon|raam|commode",
        ],
    ),
    (
        // Blood from the ear after a blow or a fall [HI].
        Sig::EarBlood,
        pats![
            "blood|bleeding ~from|out|coming ~ear|ears", "sangre ~oido|oreja", "sang ~oreille", "blut ~ohr|ohren",
            "sangue ~orecchio|ouvido", "bloed ~oor|oren",
        ],
    ),
    (
        // "still bleeding loads after 10 min pressing": pressure told after the minutes.
        Sig::Haemorrhage,
        pats!["!#10 ~min|mins|minutes ~pressing|pressure|pressed"],
    ),
    (
        // A permanent tooth knocked out: replanted within the hour [SDCEP trauma].
        Sig::ToothOut,
        pats![
            "tooth|teeth ~clean ~out", "knocked ~out ~tooth|teeth", "tooth|teeth ~knocked ~out",
            "diente|muela ~salio|salido|caido ~entero", "salio ~entero ~diente", "dent ~tombee|tombe|sortie ~entiere",
            "zahn ~ausgeschlagen|rausgeschlagen", "dente ~uscito|saltato ~intero|via", "dente ~saiu ~inteiro", "tand ~eruit ~geslagen",
        ],
    ),
    (
        Sig::PermanentTooth,
        pats![
            "grown ~up ~tooth", "adult|permanent ~tooth|teeth", "definitivo|definitiva|permanente|definitif|definitive|bleibend*|definitief",
        ],
    ),
    (
        // Caustic swallowed (a dishwasher tablet) with drooling or coughing.
        Sig::Drooling,
        pats!["coughing ~and ~drooling"],
    ),
    // ------------------------------------------------- babies and children: batch 63
    (
        Sig::Fontanelle,
        pats!["soft ~spot ~bulging|bulges|bulge|raised|tense|swollen|puffed", "fontanel* ~bomb*|gonfi*|abomb*|gewolbt|bolling"],
    ),
    (
        Sig::NonBlanching,
        pats!["manch* ~n|nao ~somem|some ~copo|aperto|apertar", "!n|nao ~somem ~quando|qdo ~aperto"],
    ),
    (
        Sig::FaceSwelling,
        pats!["gonfia|gonfiano|gonfiata ~faccia|lingua|labbra", "faccia|lingua ~gonfia|gonfie"],
    ),
    (
        Sig::Testicle,
        pats!["hoden*", "hodensack"],
    ),
    // ------------------------------------------------- medicines and reactions: 62
    (
        Sig::Overdose,
        pats!["swallowed|took|taken|necked ~a ~load|lot|bunch|handful|pile ~of ~her|his|my ~diazepam|pills|tablets|valium|tramadol|codeine|oxy*"],
    ),
    (
        Sig::Confusion,
        pats!["no ~nos ~reconoce", "nao ~nos ~reconhece", "ne ~nous ~reconnait ~plus|pas", "erkennt ~uns ~nicht", "non ~ci ~riconosce", "herkent ~ons ~niet"],
    ),
    (
        Sig::Dizziness,
        pats!["me ~sens ~partir", "sens ~que ~je ~pars", "mi ~gira ~la ~testa"],
    ),
    (
        Sig::SpeechLoss,
        pats!["cuesta ~hablar", "falando|fala ~embolado|enrolado", "kan ~slecht ~praten", "parla ~male|strano"],
    ),
    (
        Sig::SwallowTrouble,
        pats!["!kan ~slecht ~slikken", "!slikken ~gaat ~slecht|moeilijk"],
    ),
    (
        Sig::Anticoagulant,
        pats!["cumadin|coumadine|liquis|elikis|eliquiss|pradax"],
    ),
    (
        Sig::Vomiting,
        pats!["braakt|braken|overgeven|overgegeven"],
    ),
    // ------------------------------------------------- the urgent line: batch 60
    (
        Sig::Doom,
        pats!["doodziek", "deathly ~ill", "en ~train ~de ~mourir", "sens ~mourir", "feel ~like ~dying", "siento ~que ~me ~muero", "fuhle ~mich ~sterbenskrank|todkrank"],
    ),
    (
        Sig::SaddleNumb,
        pats!["taub ~im ~schritt|intimbereich|po", "gevoelloos|doof ~kruis|schaamstreek"],
    ),
    (
        Sig::Incontinence,
        pats![
            "!urin ~nicht ~mehr ~halten", "!plas ~niet ~meer ~ophouden",
            // New incontinence told with the adjective (the noun is also a product:
            // "incontinence pads").
            "incontinent|inkontinent|incontinente", "fuites ~urinaires|urine ~depuis|nouveau|nouvelles",
        ],
    ),
    (
        // A fit going on for more than five minutes is not a usual one [EPI].
        Sig::Persist,
        pats![
            "more|over|longer ~than ~#5 ~min|mins|minutes", "piu ~di ~#5 ~minuti", "mas ~de ~#5 ~minutos",
            "plus ~de ~#5 ~min|minutes", "mehr ~als ~#5 ~min|minuten", "uber ~#5 ~minuten", "mais ~de ~#5 ~min|minutos", "meer ~dan ~#5 ~min|minuten",
        ],
    ),
    // ------------------------------------------- mental health and safety: batch 61
    (
        // Passive thoughts of death: a same-day talk [NG225].
        Sig::DarkThoughts,
        pats![
            "thoughts ~about|of ~not ~being ~here|around", "wish|wishes|wished ~could ~disappear", "no ~reason ~to ~live",
            "plus ~de ~raison ~de ~vivre", "pense ~a ~la ~mort", "nicht ~mehr ~da ~bin|ware|sein",
            "alles ~zu ~beenden", "gegen ~einen ~baum", "nicht ~mehr ~aufzuwachen|aufwachen",
            "voler ~piu ~esserci", "melhor ~nao ~estar ~aqui", "se ~odeia", "se ~odia", "se ~deteste",
            "niet ~meer ~wakker ~worden", "er ~niet ~meer ~zijn",
        ],
    ),
    (
        Sig::BabyHarm,
        pats!["smother*|suffocat* ~him|her|baby", "stem ~zegt ~pijn ~doen", "voice ~tells|telling ~hurt ~baby|him|her"],
    ),
    (
        Sig::Psychosis,
        pats![
            "hearing|hears ~dead|voices|voice ~talking|talk", "ver|vendo|ve ~bichos", "mission ~divine|divina",
            "hoor|hoort ~een ~stem|stemmen", "sente|sentendo ~voci",
        ],
    ),
    (
        // Afraid of a partner, threatened: a same-day talk about safety.
        Sig::AbuseRisk,
        pats![
            "afraid|scared ~to ~go ~home", "afraid|scared ~of ~my|her ~husband|partner|boyfriend|wife",
            "threatened ~me|to", "make ~me ~regret",
            "miedo ~de|a ~mi ~pareja|marido|novio", "volver ~a ~casa",
            "peur ~de ~mon ~mari|compagnon|copain|ex", "menace|menacee",
            "angst ~vor ~meinem|meiner", "gedroht", "nicht ~mehr ~heim",
            "paura ~del ~mio ~compagno|marito|ragazzo", "minacciat*",
            "medo ~do ~meu ~namorado|marido|companheiro", "ameaca|ameacou|empurrou",
            "bang ~voor ~mijn", "bedreigd|bedreigt",
        ],
    ),
    (
        // "I'm going to jump out the window lol" over hold music: an idiom.
        Sig::Benign,
        pats!["going|gonna ~to ~jump ~out ~the ~window ~lol|haha|jk|lmao|xd"],
    ),
    (
        Sig::BlackStool,
        pats!["schwarzer|schwarzen|schwarz ~stuhl|stuhlgang|kot", "stuhl ~schwarz"],
    ),
    (
        // The soft spot on a baby's head, and it bulging, told apart.
        Sig::SoftSpot,
        pats!["soft ~spot", "fontanel*", "fontanella", "moleira", "fontanela", "zachte ~plek"],
    ),
    (
        Sig::Bulging,
        pats!["bulging|bulges|bulge|bulged", "abombad*|abultad*", "bombee|bombe", "gewolbt|vorgewolbt", "bombat*|gonfia", "estufad*|inchad*", "bol|bolt|bolling"],
    ),
    (
        // "no plan", "I wouldn't do anything": the intent is denied, the thoughts are not.
        Sig::NoPlan,
        pats![
            "!no|not|without ~plan|plans|planning", "!wouldnt|would ~never|not ~do ~anything|it",
            "!no ~tengo ~plan|planes", "!sin ~plan", "!aucun ~projet|plan", "!pas ~de ~plan", "!ne ~ferais ~rien",
            "!keinen ~plan", "!plan ~habe ~ich ~nicht|keinen", "!wurde|wuerde ~nichts ~tun", "!plane ~ich ~nichts|nicht", "!plane ~nichts",
            "!nessun ~piano", "!non|nn ~farei ~mai ~niente|nulla", "!senza ~piano",
            "!nao ~tenho ~plano", "!sem ~plano", "!nao ~faria ~nada",
            "!geen ~plan|plannen", "!zou ~niks|niets ~doen",
        ],
    ),
    (
        // A blue sweet or drink named anywhere in the message: "turns out she'd had a
        // blue ice lolly" explains blue lips told sentences before.
        Sig::BlueFood,
        pats![
            "ice ~lolly|lollies|pop", "lolly|lollies|slushie|slushy|popsicle|blueberries|candy", "blue ~sweet|sweets|drink|raspberry",
            "polo|chuche|chuches|arandanos", "sucette|myrtilles", "lolli|eis ~am ~stiel|blaubeeren", "ghiacciolo|mirtilli",
            "picole|mirtilos", "ijsje|ijslolly|bosbessen",
        ],
    ),
];
