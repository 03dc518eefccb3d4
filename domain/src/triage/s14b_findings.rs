//! Lay words for session 14b (TRIAGE.md): the emergencies blind batches 76 (Italian,
//! Portuguese and Dutch on phones), 77 (chronic conditions with readings) and 78 (hard
//! negatives and admin requests) missed on arrival. Each entry is a concept with its words
//! in the languages where it was missing, in the syntax of [`super::matcher`]; tests in
//! `s14_tests.rs`, in other words than the batches, with hard negatives.

use super::lexicon::Sig;

/// Findings and contexts added in session 14b.
pub(crate) const S14B_FINDINGS: &[(Sig, &str)] = &[
    // ----------------------------------------------------------- stroke [FAST, NG128]
    (
        // The adjective before the noun ("scheve mond", "slappe arm"), a mouth
        // "déformée", and an arm on one side that cannot be lifted or moved: the face and
        // arm of FAST in the word order people type.
        Sig::Stroke,
        pats![
            "scheve|schele ~mond|gezicht|mondhoek", "slappe|lamme|krachteloze ~arm|hand|been",
            "bouche|visage|levre ~deform*", "deform* ~bouche|visage",
            "!arrive|arrivait|peut|peux|pouvait ~pas|plus ~lever|bouger ~bras|jambe ~droit|gauche|droite",
            "!nao ~consegue|consigo|conseguia ~mexer|levantar ~braco|perna ~esquerd*|direit*",
            "!non ~riesce|riesco|riusciva ~muovere|alzare ~braccio|gamba ~destr*|sinistr*",
            "!no ~puede|puedo|podia ~mover|levantar ~brazo|pierna ~derech*|izquierd*",
            "!kann|konnte ~rechten|linken ~arm|bein ~nicht ~heben|bewegen|hochheben",
            // "haar rechterhand deed het niet (meer)": a hand that stopped working.
            "!*hand|*arm ~deed|doet ~het ~niet", "!hand|arm ~deed|doet ~het ~niet",
            "zei|zegt|sprak|praatte ~ineens|opeens ~onzin|wartaal",
        ],
    ),
    // ------------------------------------------------ a time within the day [NG128]
    (
        // "at 7am", "an hour ago", "een uur geleden": a stroke sign that passed within
        // the day is still an emergency (a TIA within 24 h, consensus in the sources).
        Sig::Recent,
        pats![
            "at|around|about #1 am|pm", "1am|2am|3am|4am|5am|6am|7am|8am|9am|10am|11am|12am", "1pm|2pm|3pm|4pm|5pm|6pm|7pm|8pm|9pm|10pm|11pm|12pm",
            "a|as|vers|alle|om|um|desde|depuis ~1h|2h|3h|4h|5h|6h|7h|8h|9h|10h|11h|12h", "om|rond ~#1 uur", "#1 uur geleden", "een|half uur geleden",
            "an|a ~hour|hours ~ago", "#1 hours|hrs|hour|hr|mins|minutes ~ago",
        ],
    ),
    // ------------------------------------------------------- rigors [UKST, NG51]
    (
        // "can't stop shivering": the negation is the point.
        Sig::Shaking,
        pats!["!cant|cannot|couldnt|can't ~stop ~shivering|shaking|trembling|shivers"],
    ),
    // ------------------------------------------------- too much insulin [POIS, DKA]
    (
        // "bolused 30 units instead of 3", "injected my novorapid twice": a dose error
        // with insulin, a same-day call at least.
        Sig::DoubleDose,
        pats![
            "units ~instead ~of", "unidades ~en ~vez|lugar ~de", "unites ~au ~lieu ~de", "einheiten ~statt|anstatt",
            "bolused|bolus|injected|injection ~twice|double|extra", "injected|jabbed|took ~insulin|novorapid|humalog|lantus|fiasp|levemir|tresiba ~twice",
            "insulina ~dos veces|duas vezes|due volte", "insuline ~deux fois", "insulin ~zweimal", "insuline ~twee keer",
        ],
    ),
    (Sig::Diabetic, pats!["bolus|bolused|bolusing", "pump ~user|occlusion|cannula", "novorapid|humalog|fiasp|lantus|levemir|tresiba|toujeo"]),
    (
        // The same caustic products splashed in the eye, by their lay names.
        Sig::ChemicalEye,
        pats![
            "limpa ~forno|fornos ~olho|olhos", "sgorgante|sgorgatore ~occhio|occhi", "desentupidor ~olho|olhos",
            "ovenreiniger|ontstopper ~oog|ogen", "backofenreiniger|ofenreiniger ~auge|augen", "limpiahornos ~ojo|ojos",
            "nettoyant ~four ~oeil|yeux", "oven ~cleaner ~eye|eyes", "drain ~cleaner|unblocker ~eye|eyes",
        ],
    ),
    // ----------------------------------------------- a caustic product in the eye [EYE]
    (
        // Drain and oven cleaners, dishwasher and laundry tablets, by their lay names.
        Sig::Chemical,
        pats![
            "sgorgante|sgorgatore", "idraulico liquido", "sgrassatore ~forno", "limpa ~forno|fornos",
            "desentupidor|desentope|diabo verde", "ovenreiniger|ovenspray|afvoerontstopper",
            "backofenreiniger|ofenreiniger", "nettoyant|decapant ~four", "limpiahornos", "limpia hornos",
            "pastilha|pastilhas|capsula|capsulas ~maquina ~loica|louca|roupa",
            "pastiglia|pastiglie|capsula|capsule ~lavastoviglie|lavatrice",
            "vaatwastablet*|vaatwasblokje*|wasmiddelcapsule*|wascapsule*",
            "dishwasher|laundry ~tablet|tablets|pod|pods|capsule|capsules",
        ],
    ),
    // ------------------------------------------------- asthma, airway, breathing [BTS]
    (
        // "a bomba não está a fazer nada": the reliever does nothing.
        Sig::InhalerFailing,
        pats![
            "!bomba|bombinha|inalador ~nao ~esta ~fazer ~nada", "!bomba|bombinha|inalador ~nao ~faz ~nada", "!bomba|bombinha|inalador ~nao ~funciona|resolve|ajuda",
            "!pompa|inalatore|ventolin ~non ~fa ~niente|nulla", "!pompje|puffer ~helpt ~niet|niks",
        ],
    ),
    (
        // A child who can no longer talk for breath: can't finish a sentence.
        Sig::CantFinishSentence,
        pats!["!ja ~nem ~fala|falar", "!nem ~consegue ~falar", "!non ~riesce ~piu ~parlare ~fiato", "!kan ~niet ~meer ~praten ~adem|lucht"],
    ),
    (
        // Lips going purple: cyanosis [BTS, NG51].
        Sig::Mottled,
        pats![
            "labios|labio|beicos ~ficar|ficando|estao|esta ~arroxead*|roxos|roxo|azuis|azul",
            "labbra ~viola|blu|livide", "lippen ~blauw|paars",
        ],
    ),
    // ------------------------------------------------ unresponsive, barely [EPI, DKA]
    (
        Sig::Unconscious,
        pats![
            "!reageert ~nauwelijks|amper|haast|bijna ~niet", "!reageert ~nauwelijks|amper",
            "!responde|reage ~mal|quase ~nada", "!mal ~responde|reage",
            "!reagisce ~appena|malapena", "!apenas ~responde|reacciona",
            "!repond|reagit ~a ~peine", "!reagiert ~kaum", "!barely ~responding|responds|responsive|reacting",
            // "war kurz weg", "was even weg": a brief loss of consciousness.
            "!war ~kurz|kurzzeitig ~weg", "!was ~even|kort ~weg",
        ],
    ),
    // ---------------------------------------------------------------- faintness
    (
        // "mi sento mancare": I feel I am going to faint.
        Sig::Dizziness,
        pats!["!mi ~sento ~mancare", "!sentirmi ~mancare", "!sto ~per ~svenire", "!vou ~desmaiar", "!ga ~flauwvallen"],
    ),
    // -------------------------------------------------------------- head injury [HI]
    (
        // The head struck, told as a verb ("me di con la cabeza", "mit dem Kopf
        // zusammengestoßen").
        Sig::HeadInjury,
        pats![
            "me ~di|dio|golpee|pegue ~con|en ~la ~cabeza", "se ~dio|golpeo|pego ~con|en ~la ~cabeza",
            "kopf ~zusammengesto*|angeschlagen|gestossen|aufgeschlagen", "mit ~dem ~kopf ~gegen",
            "hoofd ~gestoten|geklapt|botste|gebotst", "batti|battuto ~la ~testa", "bati|bateu ~com ~a ~cabeca",
            "cogne|tape ~la ~tete",
        ],
    ),
    // --------------------------------------------------- vomiting that will not stop
    (
        // "não paro de vomitar", "no paro de vomitar": the negation is the point.
        Sig::Vomiting,
        pats![
            "!nao ~paro|para|parava ~de ~vomitar", "!no ~paro|para|paraba ~de ~vomitar",
            "!non ~smetto|smette ~di ~vomitare", "!arrete|arrete ~pas ~de ~vomir", "!hort ~nicht ~auf ~zu ~erbrechen|kotzen",
            "!houdt ~niet ~op ~met ~overgeven",
        ],
    ),
    // ---------------------------------------------- compartment syndrome [BOAST]
    (
        // Pain worse despite painkillers, even "with the tablets".
        Sig::AnalgesiaFailing,
        pats![
            "ondanks ~paracetamol|pijnstillers|ibuprofen", "meme ~avec ~cachets|medocs|doliprane|antidouleurs|paracetamol",
            "nonostante ~antidolorifici|tachipirina|paracetamolo", "apesar ~analgesicos|remedios|paracetamol|brufen",
            "trotz ~schmerzmittel|tabletten|ibuprofen", "a pesar ~de ~calmantes|analgesicos|paracetamol",
            "despite ~painkillers|paracetamol|tablets|ibuprofen",
            "even ~with ~painkillers|paracetamol|ibuprofen|codeine",
            "mesmo|ate ~com ~remedio|remedios|analgesico*|dipirona|paracetamol|ibuprofeno",
            "anche|pure|nemmeno|neanche ~con ~antidolorific*|tachipirina|paracetamolo|brufen|oki",
            "incluso|aun|ni ~con ~calmantes|analgesicos|paracetamol|ibuprofeno|nolotil",
            "zelfs ~met ~pijnstillers|paracetamol|ibuprofen",
            "selbst|sogar|auch ~mit ~schmerzmittel*|ibuprofen|novalgin",
        ],
    ),
    (
        // Numb toes or fingers and pain on stretching them in a cast.
        Sig::LimbCompromise,
        pats![
            "tenen|vingers ~gevoelloos|doof|tintel*", "etire|etirer|etend ~doigts|orteils", "stretch|stretching ~fingers|toes",
        ],
    ),
    // ----------------------------------------------------- a child and someone's pills
    (
        // A child who took a grandparent's or parent's tablets [POIS]: tablets taken do
        // not un-happen, so "fine for now" keeps it an emergency.
        Sig::Overdose,
        pats![
            "preso|mangiato|ingoiato ~pastiglie|pillole|compresse ~nonno|nonna|mamma|papa",
            "tomo|comio|trago ~pastillas ~abuelo|abuela|mama|papa",
            "tomou|comeu|engoliu ~comprimidos ~avo|mae|pai", "pris|mange|avale ~cachets|comprimes|medicaments ~papi|mamie|grand",
            "tabletten ~von ~oma|opa|mama|papa ~genommen|gegessen|geschluckt", "pillen ~van ~oma|opa|mama|papa ~genomen|gegeten|ingeslikt",
            "took|swallowed|ate ~grandads|grandmas|nans|grans|mums|dads ~pills|tablets",
        ],
    ),
    // ---------------------------------------- sent to the emergency department now
    (
        // A lab, a hospital or a doctor who said to go to the emergency department:
        // a clinician's decision, not the patient's to soften.
        Sig::SentToEmergency,
        pats![
            "told|said ~me|him|her|us ~to ~go ~to ~a|ae|aande|er|emergency|casualty",
            "told|said ~me|him|her|us ~to ~go ~straight ~to ~a|ae|hospital|er|emergency",
            "dit|dire|demande ~d|de ~aller ~aux ~urgences", "m|l ~envoie|envoient ~aux ~urgences",
            "dijeron|dijo|dicho|dice ~que ~vaya|fuera|ir ~a ~urgencias", "mandaron|manda ~a ~urgencias",
            "gesagt|sagt ~ich|er|sie ~soll ~in ~die ~notaufnahme", "sofort ~in ~die ~notaufnahme",
            "detto ~di ~andare ~pronto ~soccorso", "mandaram|disseram ~ir ~urgencia|emergencia|urgencias", "mandaram|disseram ~ir ~pronto ~socorro",
            "gezegd ~naar ~de ~spoed|seh|spoedeisende", "moet ~naar ~de ~spoed|seh",
            // "said ... i need to go to A&E": the instruction reported, not a question.
            "said|told ~go ~to ~a|ae|aande|casualty", "!need|needs|must ~to ~go ~to ~a|ae|aande|casualty",
        ],
    ),
    (
        // "do I need to go to A&E with this?": a question, not an instruction.
        Sig::NotASign,
        pats![
            "do|does|should|shall|would ~i|we|he|she|you ~need|have ~to ~go ~to ~a|ae|aande|casualty",
            "whether ~i|we|he|she ~need|needs ~to ~go",
        ],
    ),
    // ------------------------------------------------- chest pain told as a band
    (
        Sig::ChestPain,
        pats!["tight|tightening ~band ~across|around|round ~chest", "band ~across|around|round ~my|his|her ~chest"],
    ),
    // ------------------------------------------- filler named in one word [ACE]
    (Sig::Filler, pats!["lipfiller*"]),
    // ------------------------------------------------------------------ thread lifts
    (
        // A thread lift is a procedure done: a swelling with faintness after it is a
        // bleed under the skin.
        Sig::ProcedureDone,
        pats![
            "fili ~trazione|tensori|pdo", "fios ~tracao|pdo|sustentacao", "draadjeslift|draadlift", "draadjes ~lift",
            "fils ~tenseurs|tracteurs|pdo", "hilos ~tensores|pdo", "fadenlift*", "thread ~lift|lifts|lifting",
        ],
    ),
    // ================================================ the urgent line (session 14b)
    (
        // Chemotherapy named by its effect ("aphtes à cause de la chimio"), by a weekday,
        // or as a tablet (capecitabine): immunosuppressed, a same-day look with a new
        // symptom [NG51].
        Sig::Chemotherapy,
        pats![
            "cause ~de ~la ~chimio|chimiotherapie", "from|because ~of ~the|my|his|her ~chemo|chemotherapy",
            "por ~la ~quimio|quimioterapia", "da ~quimio|quimioterapia", "wegen|von ~der ~chemo|chemotherapie",
            "dalla|per ~la ~chemio|chemioterapia", "door ~de ~chemo|chemokuur", "chemokuur",
            "chemo|chemotherapy ~monday|tuesday|wednesday|thursday|friday|saturday|sunday",
            "capecitabine|capecitabina|xeloda|temozolomide|temozolomida",
        ],
    ),
    (
        // A foot that drags or toes that cannot be lifted (foot drop), in Dutch: a
        // same-day look (consensus in the sources).
        Sig::NoWeight,
        pats!["sleept|sleep ~*voet|voet|been", "voet ~sleept", "!kan ~tenen|voet ~niet ~optrekken|omhoog|heffen"],
    ),
    (
        // Cannot put the foot down after a twist: not bearing weight.
        Sig::NoWeight,
        pats![
            "!nao ~consigo|consegue ~por|pousar|apoiar ~pe ~chao", "!non ~riesco|riesce ~appoggiare|poggiare ~piede",
            "!no ~puedo|puede ~apoyar|poner ~pie ~suelo", "!peux|peut|arrive ~pas ~poser ~pied ~sol|terre",
            "!kann ~fuss ~nicht ~aufsetzen|belasten", "!kan ~voet ~niet ~neerzetten|belasten|neer",
            "!cant|cannot ~put ~foot ~down|floor|ground",
        ],
    ),
    (
        // Redness creeping up a limb: a spreading infection (cellulitis) [NG141].
        Sig::Infection,
        pats!["redness|red ~creeping|spreading|tracking ~up", "red ~line|streak ~up ~leg|arm|foot"],
    ),
];
