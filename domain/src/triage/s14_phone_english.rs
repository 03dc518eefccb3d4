//! Lay words for session 14a (TRIAGE.md): English typed tiny on phones, written as a
//! second language and dictated (blind batches 71, 72, 75 and 74). Each entry is a
//! concept with the words people type for it, in the syntax of [`super::matcher`];
//! the combinations are in `presentations.rs`, tests in `s14_tests.rs`.

use super::lexicon::Sig;

/// Findings and contexts added in session 14a.
pub(crate) const S14_FINDINGS: &[(Sig, &str)] = &[
    // ------------------------------------------------------------- head injury [HI]
    (
        // "hit head on the cupboard", "bumped head yday": phone shorthand drops the "my"
        // the older patterns need.
        Sig::HeadInjury,
        pats![
            "hit|bumped|banged|knocked|smacked|whacked|bashed|cracked|smashed head",
            "head ~bumped|banged|knocked|smacked|whacked|bashed|cracked ~on|against",
        ],
    ),
    // ------------------------------------------------------------ bleeding [BLEED]
    (
        // A deep cut told by the verb: "gashed my hand deep", "sliced my thumb open".
        Sig::Laceration,
        pats![
            "gashed|sliced|slashed|ripped|split ~hand|finger|thumb|arm|leg|palm|wrist|foot|head|knee|shin|face|lip ~deep|open|badly|wide",
            "gaping ~cut|wound|gash",
        ],
    ),
    // --------------------------------------------------- abdominal pain [APP, NG126]
    (
        // Belly pain that eased and came back worse, or got worse all over (a burst
        // appendix or peritonitis).
        Sig::PainEverywhere,
        pats![
            "tummy|belly|stomach|abdo|abdominal ~pain|ache|cramps ~easing|eased|settled|settling|calmed ~worse|agony|back",
            "tummy|belly|stomach|abdo|abdominal ~pain|ache ~worse ~all ~over|everywhere",
        ],
    ),
    (
        // "test pos", "bfp": a positive pregnancy test, where shoulder-tip pain and
        // faintness are an ectopic [NG126].
        Sig::Pregnancy,
        pats!["preg|pregnancy|hpt ~test ~pos|positive", "pos|positive ~preg|pregnancy ~test", "bfp"],
    ),
    // --------------------------------------------------------- skin [NG240, NF]
    (
        // "rash purple", "spots gone dark purple": the colour after the word.
        Sig::Purpura,
        pats!["rash|spots|dots|marks|blotches ~purple|purply|purplish|maroon"],
    ),
    (
        // A wound turning grey, purple or black: necrotising infection when pain or
        // fever go with it [NF].
        Sig::NecrotisingPain,
        pats!["cut|wound|graze|scratch|bite|scrape ~going|turning|turned|gone|went ~grey|gray|purple|black|dusky"],
    ),
    (
        // "pain insane", "pain unreal": severe, in phone words.
        Sig::Severe,
        pats!["pain|hurts|hurting|agony ~insane|unreal|mental|horrendous|crazy"],
    ),
    // -------------------------------------------------------------- diabetes [DKA]
    (
        // "pear drop breath": the singular, four letters too short for the typo match.
        Sig::KetoneBreath,
        pats!["pear ~drop ~breath|smell|smells|smelling", "breath|smell|smells ~pear ~drop", "breath ~smells|smell|smelling ~like|of ~pear|pears"],
    ),
    // ---------------------------------------------------------- stroke [FAST, BE-FAST]
    (
        // Double vision told in plain words: "sees everything two times".
        Sig::VisionChange,
        pats![
            "see|seeing|sees|saw|seen ~everything|things ~two ~times", "see|seeing|sees|saw|seen ~everything|things ~twice|double",
            "two ~of ~everything", "everything ~double", "!cant ~see ~straight",
            // Yellow or green vision: digoxin toxicity [POIS].
            "see|seeing|sees|saying ~everything|things ~yellow|green",
        ],
    ),
    // ------------------------------------------------- overdose and poisoning [POIS]
    (
        // A strong medicine taken "3 times by mistake".
        Sig::Extra,
        pats!["#2 ~times|x ~by ~mistake|accident", "by ~mistake|accident ~#2 ~times|x"],
    ),
    (
        // A child who drank from a bottle under the sink or in the shed: household
        // chemicals, even when the product is named far from the verb.
        Sig::Ingested,
        pats![
            "drank|drunk|swallowed|sipped|drinking ~something|stuff|liquid ~from|out|under ~bottle|sink|cupboard|shed|garage",
            "drank|drunk|swallowed ~from ~bottle ~under ~sink",
        ],
    ),
    // --------------------------------------------------- consciousness and fits [EPI]
    (
        // Someone who does not answer when spoken to, eyes open but nobody there.
        Sig::Unconscious,
        pats![
            "!not|isnt|doesnt|wont|cant|stopped ~answer|answering|answers ~me|us|her|him|anyone",
            "eyes ~open ~but ~nothing|nobody|noone|blank",
        ],
    ),
    (
        // Shaking of the whole body after falling down: a fit told in plain words.
        Sig::Seizure,
        pats!["shaking|jerking|twitching ~all ~his|her|their|whole ~body", "fall|fell|falls ~down ~shaking|jerking"],
    ),
    (
        // "cannot feel his legs" after a fall: the legs, not only the toes [MTS].
        Sig::LimbNoFeeling,
        pats!["!cant|cannot|couldnt ~feel ~his|her|my|their ~legs|leg|feet"],
    ),
    (
        // "fell from roof at work, 4 meters": a fall from a height told with its height.
        Sig::FallFromHeight,
        pats!["fell|fall|fallen ~from|off ~roof|ladder|scaffold|balcony|window|tree|wall", "#2 ~meters|metres|m|feet|ft ~fall|fell|drop"],
    ),
    // ------------------------------------------------------- the urgent line [MTS]
    (
        // A foot that slaps or drags when walking, new: foot drop, a same-day look.
        Sig::NoWeight,
        pats![
            "foot ~slapping|slaps|flopping|flops|dragging|drags|catching ~walk|walking|walks",
            "!cant|cnt|cannot|couldnt ~walk|stand ~on ~her|his|my|their|it ~hip|leg|foot|ankle|knee",
        ],
    ),
    (
        // Redness running up the foot or arm from a wound or an operation: spreading
        // infection [NG141].
        Sig::Infection,
        pats!["red|redness ~up|spreading ~the ~foot|leg|arm|hand|finger|toe", "red ~line|lines ~up"],
    ),
    (
        // A baby off the bottle, taking half the usual amount, feeding poorly [NG143 amber].
        Sig::NotFeeding,
        pats![
            "off ~his|her ~bottles|bottle|feeds|milk",
            "!half ~amounts|feeds|bottles|normal|usual|bottle",
            "feeding|feeds|drinking ~poorly|badly|less|little",
        ],
    ),
    (
        // A whole leg swollen, or swollen after a long flight: a clot until shown
        // otherwise [NG158].
        Sig::CalfSwelling,
        pats!["whole|entire ~leg ~swollen|swelled|puffy|fat", "leg|legs|calf ~swollen|swelled|puffy ~after ~flight|plane|flying"],
    ),
    // ------------------------------------ mental health and safety [MHF, NG225] (74)
    (
        // Intent to jump, told as what will happen ("going to jump when the next one
        // comes", "voy a saltar"), or a weapon to be used on oneself.
        Sig::Suicidal,
        pats![
            "!going|gonna ~to ~jump ~when|next|off|from|in", "!voy ~a ~saltar|tirarme", "!me ~voy ~a ~tirar",
            "!vais ~sauter|me ~jeter", "!werde|will ~springen", "!vou ~saltar|pular|atirar", "!ga ~springen",
            "!mi ~butto", "!sto ~per ~saltare|buttarmi",
            "use|turn ~it|gun ~on ~himself|herself|myself|themselves", "shoot ~himself|herself|myself|themselves",
            // Voices that tell a person to hurt themselves (command hallucinations).
            "voices|voice ~telling|tell|told|tells ~her|him|me|them ~to ~hurt|kill|harm|cut",
            "voces ~dicen ~que ~se ~haga|mate", "voix ~disent ~de ~se ~faire|tuer", "stimmen ~sagen ~verletzen|umbringen",
            // Medicines set out for tonight: a plan.
            "prepared|ready|laid ~all|my ~pills|tablets|meds ~tonight",
            "prepare|preparado|prepara* ~medicaments|comprimes|cachets|pastillas|medicamentos ~soir|noche",
            // The gas turned on with the door locked.
            "gasherd|gashahn|gas ~aufgedreht ~eingeschlossen", "turned ~on ~the ~gas ~locked",
            "sich ~heute|jetzt|gleich ~umbringt|umbringen|umzubringen",
            "!tried ~to ~hang ~myself|himself|herself", "!intento ~ahorcarse", "!essaye ~de ~se ~pendre",
        ],
    ),
    (
        // A gun, kept morphine or saved tablets: the means at hand, an emergency with
        // thoughts of death.
        Sig::MeansAtHand,
        pats![
            "gun|shotgun|rifle|pistol|firearm", "kept|saved|hidden|hid ~his|her|my ~morphine|pills|tablets|oxycodone",
            "tablets|pills ~counted|lined ~out|up",
            "strick|seil", "escopeta|pistola", "fusil", "pistole|gewehr", "fucile", "espingarda", "geweer",
        ],
    ),
    (
        // "Nobody would miss me": thoughts of death in lay words.
        Sig::DarkThoughts,
        pats!["nobody|noone ~would|will ~miss ~her|him", "no ~one ~would|will ~miss ~her|him", "!nadie ~me|la|lo ~echaria ~de ~menos", "personne ~manquerait"],
    ),
    (
        // "Er will nicht mehr", "hij wil niet meer": he can't go on.
        Sig::CantGoOn,
        pats!["!will ~nicht ~mehr", "!wil ~niet ~meer", "said|says|saying ~hes|shes|im ~done"],
    ),
    (
        // A weapon and a threat, now: violence under way.
        Sig::ViolenceNow,
        pats![
            "knife|gun ~threatening|threatens|threatened ~kill|us|me", "threatening|threatens ~us|me ~with ~knife|gun",
            "couteau ~menace", "menace ~couteau", "cuchillo ~amenaza", "amenaza ~cuchillo", "messer ~droht", "droht ~messer",
            "coltello ~minaccia", "faca ~ameaca", "mes ~dreigt",
            // Someone with a knife at the door, trying to get in.
            "knife ~at|outside ~the ~door", "outside|at ~the ~door ~with ~a ~knife", "messer ~vor ~der ~tur|tuer|wohnung", "cuchillo ~en ~la ~puerta", "couteau ~devant ~la ~porte",
        ],
    ),
    (
        // Talking nonsense: new confusion [NG51].
        Sig::Confusion,
        pats!["dit ~importe ~quoi", "dice ~tonterias|incoherencias", "redet ~wirres|unsinn", "dice ~cose ~senza ~senso", "diz ~coisas ~sem ~sentido", "praat ~onzin"],
    ),
    (
        // "new mum": after birth, where hearing things is postpartum psychosis [CG192].
        Sig::Postpartum,
        pats!["new ~mum|mom|mother|mam"],
    ),
    (
        // A child who took a relative's medicine, or a blister found open with tablets
        // missing [POIS].
        Sig::Ingested,
        pats![
            "took|taken|swallowed|ate ~some ~of ~his|her|my ~dads|mums|dad|mum|nans|grandads|brothers|sisters",
            "taken|took|swallowed ~all ~her|his|my|the ~meds|tablets|pills|medication|medicine",
            "blister|packet|pack ~open ~some|several|few|tablets ~missing|gone",
            "gegessen|geschluckt ~lithium|tabletten|pillen|medikament*", "von ~meinem|meinen ~lithium|tabletten|pillen ~gegessen|geschluckt",
            "blister ~offen ~fehlen", "mehrere ~fehlen",
        ],
    ),
    (
        // Hit by someone: a head injury to look for, where blood from the ear decides [HI].
        Sig::HeadInjury,
        pats!["hit|punched|slapped|smacked|kicked ~my|his|her ~little ~sister|brother|son|daughter|child|kid"],
    ),
    (
        // Bleeding everywhere in the other languages [BLEED].
        Sig::Haemorrhage,
        pats!["saigne ~partout", "sangra ~por ~todas ~partes", "blutet ~uberall", "sanguina ~dappertutto", "sangra ~todo ~lado", "bloedt ~overal"],
    ),
    (
        // A goodbye sent as a voice note or a message ("un audio despidiéndose").
        Sig::Farewell,
        pats![
            "despidiendose|despidiendo|despedida", "audio|message|text|voice ~saying ~goodbye|bye",
            "sich ~verabschiedet", "dit ~adieu", "despedindo|despedida", "afscheid",
        ],
    ),
    (
        // Not answering any more, after a goodbye or with the means at hand.
        Sig::Unreachable,
        pats![
            "!wont|doesnt|isnt|not|cant ~pick ~up|answering|answer", "!no ~contesta|responde|coge ~movil|telefono|llamadas|mensajes",
            "!no ~contesta|responde|lo|la ~coge", "!repond ~plus|pas", "!geht ~nicht ~ans ~handy|telefon", "!nimmt ~nicht ~ab",
            "!non ~risponde", "!nao ~atende|responde", "!neemt ~niet ~op", "!reageert ~niet",
        ],
    ),
    (
        // Postpartum psychosis: the baby is not theirs or was swapped, talking without
        // stopping, no sleep [CG192].
        Sig::Psychosis,
        pats![
            "hearing|hear|hears ~angels|god|devil|people ~talking|talk|telling",
            "baby ~isnt|not ~ours|hers|mine|his", "swapped|switched ~baby|babies", "bebe ~no ~es ~nuestro|suyo|mio",
            "nos ~lo|la ~han ~cambiado", "bebe ~n ~est ~pas ~le ~notre|sien|mien", "baby ~nicht ~unser|ihr|seins",
            "bambino ~non ~e ~nostro|suo", "bebe ~nao ~e ~nosso|dela", "baby ~niet ~van ~ons",
        ],
    ),
    (
        // Talking without stopping: a change in behaviour (mania) [CG192].
        Sig::ChangedBehaviour,
        pats!["talking|talks ~non ~stop|nonstop|without ~stopping", "habla ~sin ~parar", "parle ~sans ~arret", "redet ~ohne ~pause|punkt|ende", "parla ~senza ~sosta|fermarsi", "fala ~sem ~parar", "praat ~aan ~een ~stuk|zonder ~ophouden"],
    ),
    (
        // Self-harm as a subject of study, or old scars from it: not a report.
        Sig::Benign,
        pats![
            "dissertation|thesis|research|essay|project|article ~on|about ~self ~harm",
            "cicatrices ~antiguas|viejas ~autolesiones", "alte ~narben ~selbstverletzung|ritzen", "anciennes ~cicatrices ~scarification*|automutilation",
        ],
    ),
    // ----------------------------------------------- the urgent line, 71, 72 and 75
    (
        // Belly pain that moved to the right side [APP].
        Sig::RightLowerPain,
        pats!["pain|ache ~moved|moving|gone|went ~to ~the ~right ~side", "pain|ache ~moved|moving|gone|went ~to ~right ~side"],
    ),
    (
        // A foot or leg gone weak with back pain (foot drop), a child who won't stand on
        // a leg, an older person who can't stand after a fall [MTS, consensus].
        Sig::NoWeight,
        pats![
            "foot|leg ~weak|weaker|floppy", "!wont|cant|cannot|not|doesnt ~stand|walk ~on ~left|right|her|his|the|my ~leg|foot",
        ],
    ),
    (
        // Thoughts of killing oneself, a wish to be dead, "better off gone": thoughts of
        // death, a same-day talk without a plan [NG225].
        Sig::DarkThoughts,
        pats![
            "thinking|thoughts|thought ~of|about ~killing ~herself|himself|myself|themselves",
            "wishes|wish|wished|wishing ~she|he|i|they ~was|were ~dead", "better ~off ~gone|dead",
        ],
    ),
    (
        // The baby moving less, or only a few kicks [GTG57].
        Sig::FetalMovement,
        pats!["baby ~move|moves|moving|moved ~less|fewer|slower", "only ~feel|felt|feeling ~#1 ~kicks|kick|movements"],
    ),
    (
        // Straight lines gone wavy or bent: a sudden change in central vision [EYE].
        Sig::VisionChange,
        pats!["wavy|bent|distorted|crooked ~lines", "lines|frames|frame ~look|looks ~wavy|bent|crooked", "halos|rainbows ~around ~lights"],
    ),
    (
        // A wrist or limb "bent like a fork", "a funny shape" after a fall: a fracture [BOAST].
        Sig::Fracture,
        pats!["wrist|arm|leg|ankle|finger|elbow ~bent|wonky|deformed|funny ~shape|fork", "looks ~a ~bit ~bent|wonky"],
    ),
    (
        // A whole leg swelling from the thigh down [NG158].
        Sig::CalfSwelling,
        pats!["whole|entire ~leg ~swelling|swells", "swelling|swollen ~from ~thigh|hip ~down"],
    ),
];
