//! A long-term condition getting worse, told by the person who lives with it or the
//! carer who watches it (batch 124, session 23a in TRIAGE.md), in the seven languages:
//! COPD with the phlegm changed, dementia or
//! Parkinson's with a change the family notices (worse than usual, stopped walking, seeing
//! people who are not there, not recognising the family), a dialysis fistula gone quiet,
//! cloudy peritoneal fluid, a tube's exit site red and oozing, a wound gone black, little
//! urine in kidney disease, a heart defibrillator that fired, chemotherapy named as
//! "on chemo", barely responsive, pills to be swallowed all tonight, drooling and unable
//! to swallow, vomit that smells of stool. Each entry is a concept from
//! `shared/CLINICAL-SOURCES.md`; the combinations are rows in `presentations.rs` (session
//! 23a's block). Tests in other words, with hard negatives (the long-standing baseline,
//! "as usual", a review, a repeat prescription), are in
//! `long_term_conditions_getting_worse_tests.rs`.

use super::lexicon::Sig;

/// Findings and contexts of a long-term condition that has changed.
pub(crate) const LONG_TERM_CONDITIONS_GETTING_WORSE: &[(Sig, &str)] = &[
    // ------------------------------------------ a change the family notices [NG51]
    (
        // Worse, more restless or more muddled than their usual, or a function lost since
        // yesterday (stopped walking, cannot get up as they do): NG51's "family notices
        // changed behaviour; loss of function", a same-day look. A confusion that is the
        // person's usual is left to the baseline it is told with.
        Sig::ChangedBehaviour,
        pats![
            "confused|muddled|agitated ~but ~much|lot|far|way ~worse",
            "more ~agitated|restless|muddled ~than ~usual|normal",
            "stopped ~walking|eating ~since|overnight|suddenly|yesterday",
            "unruhiger|verwirrter|schlechter ~als ~sonst|gewohnt|ublich",
            "nasst ~ein ~sonst ~nicht",
            "mas ~agitada|agitado|inquieta|inquieto ~que ~de ~costumbre",
            "mas ~agitada|agitado|inquieta|inquieto ~de ~lo ~normal",
            "dejado ~de ~andar|caminar|comer ~desde",
            "dejado ~de ~andar|caminar ~de ~repente",
            "plus ~agitee|agite|confuse|confus ~que ~d ~habitude",
            "arrete ~de ~marcher|manger ~depuis",
            "piu ~agitata|agitato|confusa|confuso ~del ~solito",
            "!non ~riesce ~alzarsi ~come ~fa ~di ~solito",
            "parou ~de ~andar|comer|falar ~desde|ontem",
            "mais ~agitada|agitado|confusa|confuso ~que ~o ~normal|costume",
            "onrustiger|verwarder|slechter ~dan ~anders|normaal|gewoonlijk",
            "gestopt ~met ~lopen|eten ~sinds|opeens",
        ],
    ),
    (
        // Seeing people or creatures that are not there (in Parkinson's, often after a dose
        // went up; in dementia, a delirium): "seeing things" is a same-day look [NG51].
        Sig::Psychosis,
        pats![
            "sees|seeing|saw ~people|things|bugs|insects|animals ~that|who ~arent|werent ~there",
            "ve|veia|viendo ~bichos|gente|personas|insectos ~en ~la ~pared|habitacion",
            "!ve|veia|viendo ~bichos|gente|personas|insectos ~que ~no ~hay|estan|existen",
            "voit|voyait ~des ~gens|personnes|betes|bestioles ~dans ~la ~chambre",
            "voit|voyait ~des ~gens|personnes|betes|bestioles ~sur ~le|les ~mur|murs",
            "!voit|voyait ~des ~gens|personnes|betes|bestioles ~qui ~ne|n ~sont|existent",
            "sieht ~leute|menschen|tiere|kafer ~an ~der ~wand",
            "!sieht ~leute|menschen|tiere|kafer ~die ~nicht ~da",
            "vede ~persone|gente|animali|insetti|bestie ~sul ~muro|soffitto",
            "!vede ~persone|gente|animali|insetti|bestie ~che ~non ~ci ~sono",
            "ve|via|vendo ~pessoas|bichos|gente|insetos ~na ~parede",
            "!ve|via|vendo ~pessoas|bichos|gente|insetos ~que ~nao ~estao|existem",
            "ziet|zag ~mensen|beestjes|dieren|insecten ~op ~de ~muur",
            "!ziet|zag ~mensen|beestjes|dieren|insecten ~die ~er ~niet ~zijn",
        ],
    ),
    (
        // Not recognising the family now, in the four languages that lacked it (English is
        // in `everyday_lay_signs.rs`; German and Dutch read it as new confusion): a change
        // the family notices, read as English reads it [NG51]. The present tense only: "no
        // longer knows us" is the slow course of a dementia.
        Sig::ChangedBehaviour,
        pats![
            "!no ~me|nos ~reconoce",
            "!ne ~me|nous ~reconnait ~pas",
            "!non ~mi|ci ~riconosce",
            "!nao ~me|nos ~reconhece",
        ],
    ),
    (
        // Barely responsive: not fully conscious, an emergency [MTS]. English has it.
        Sig::Unconscious,
        pats![
            "!kaum|schwer ~ansprechbar|erweckbar|weckbar",
            "!apenas ~responde|reacciona",
            "!repond|reagit ~a ~peine",
            "!a ~peine ~repond|reagit",
            "!risponde|reagisce ~a ~malapena|appena",
            "!mal ~responde|reage",
            "!quase ~nao ~responde|reage",
            "!nauwelijks|amper ~aanspreekbaar|reageert|wekbaar",
        ],
    ),
    // -------------------------------------------------- COPD flaring [BTS, consensus]
    (
        // Phlegm changed in colour or amount: with COPD, an exacerbation (the rescue pack,
        // a same-day look). Alone it lifts nothing: a cold's green phlegm is routine.
        Sig::SputumChange,
        pats![
            "phlegm|sputum|mucus ~gone|turned|is ~green|brown|yellow|thicker|darker",
            "green|brown|yellow ~phlegm|sputum",
            "rescue ~pack",
            "flemas|esputo|mocos ~verdes|marrones|amarillas|espesas",
            "crachats|glaires ~verts|vertes|marron|jaunes|epais",
            "auswurf|schleim ~grun|braun|gelb|dicker",
            "catarro|muco|espettorato ~verde|marrone|giallo|denso",
            "catarro|escarro ~verde|marrom|amarelo|grosso",
            "slijm|sputum|fluimen ~groen|bruin|geel|dikker",
        ],
    ),
    // ------------------------------------------- kidney disease and dialysis [NG51]
    (
        // Cloudy peritoneal dialysis fluid (peritonitis), a tube's exit site red or oozing,
        // a wound gone black at the edges: infection, a same-day look [NG51, NG141].
        Sig::Infection,
        pats![
            "pd|dialysis|drain|drainage ~bag|fluid ~cloudy|murky",
            "bag|fluid ~came|come ~out ~cloudy|murky",
            "bolsa|liquido ~turbio|turbia|turvo|turva",
            "poche|liquide ~trouble",
            "beutel|dialysat|auslauf ~trub",
            "sacca|liquido ~torbido|torbida",
            "zak|vloeistof|dialysaat ~troebel",
            "exit|insertion|peg|stoma|tube ~site ~red|oozing|weeping|pus",
            "austrittsstelle|einstichstelle ~gerotet|rot|nasst|eitert",
            "sortie|orifice ~du ~catheter ~rouge|suinte|pus",
            "salida|orificio ~del ~cateter ~roja|enrojecida|supura",
            "uscita|emergenza ~del ~catetere ~rossa|arrossata|secerne|pus",
            "saida|orificio ~do ~cateter ~vermelha|vermelho|secrecao|pus",
            "uitgang|insteekplaats ~rood|lekt|pus|ontstoken",
            "peg|stoma|sondino ~perde ~pelle ~rossa|arrossata",
            "wound|sore|ulcer|blister ~gone|turned|is ~black|blackened",
            "preta|escura ~nas ~bordas|beiras",
            "negra|negras ~en ~los ~bordes",
            "black ~round|around|at ~the ~edges",
            "noire|noirs ~sur ~les ~bords",
            "schwarz ~am ~rand|rande",
            "nera|neri ~ai ~bordi",
            "zwart ~aan ~de ~randen|rand",
            "plaie|ulcere ~noire|noircie",
            "wunde|geschwur ~schwarz|schwarzlich",
            "ferita|ulcera|piaga ~nera|annerita",
            "wond|zweer ~zwart|zwarte",
        ],
    ),
    (
        // A fistula that has stopped buzzing, whose thrill cannot be felt: clotted access,
        // the renal unit the same day (consensus; the row in `presentations.rs`).
        Sig::FistulaQuiet,
        pats![
            "fistula ~stopped ~buzzing|humming|whooshing",
            "!cant|cannot ~feel ~the ~thrill|buzz",
            "!no ~noto|siento ~el ~thrill|fremito|zumbido",
            "!sens ~plus|pas ~le ~thrill|frisson|fremissement",
            "!fistel ~schwirrt ~nicht",
            "!non ~si ~sente ~fremito|soffio",
            "!nao ~sinto ~fremito|sopro",
            "!fistel ~zoemt|trilt ~niet",
        ],
    ),
    (
        // Hardly any urine since last night: less urine [NG51], with kidney disease a
        // same-day look.
        Sig::LessUrine,
        pats![
            "!bijna|haast ~niets|niks ~geplast|geplast",
            "!kaum ~wasser ~gelassen|uriniert",
            "!quasi ~niente|nulla ~pipi|urinato",
            "!quase ~nada ~de ~xixi|urina|urinou",
            "!presque ~rien ~urine|pipi",
            "!casi ~nada ~de ~orina|orinado|pis",
            "!hardly|barely ~peed|weed|passed ~any|anything",
        ],
    ),
    (
        // A PICC line, midline or port: an arm swollen on its side is a clot until shown
        // otherwise [NG158] (the row in `presentations.rs`).
        Sig::LineInArm,
        pats![
            "picc|midline|portacath|portocath",
            "port ~a ~cath",
            "cateter ~picc",
            "picc ~lijn|line|linea"
        ],
    ),
    (
        // A denture or a piece of it swallowed: with drooling and swallowing trouble, an
        // obstructed gullet (the drooling row) [ENT, BTS].
        Sig::ForeignBody,
        pats![
            "swallowed ~denture|dentures|plate|crown",
            "kunstgebit|gebit|prothese ~ingeslikt|doorgeslikt",
            "tragado ~dentadura|protesis|corona",
            "avale ~dentier|prothese|couronne",
            "gebiss|prothese|zahnprothese ~verschluckt",
            "ingoiato ~dentiera|protesi|corona",
            "engoliu ~dentadura|protese|coroa",
        ],
    ),
    // ------------------------------------ a heart defibrillator that fired [consensus]
    (
        // Shocked several times: an electrical storm, an emergency (BHF device advice).
        Sig::DeviceShocks,
        pats![
            "defibrillateur|defib|dai ~choque|chocs ~#2|deux|trois|plusieurs ~fois",
            "icd|defibrillator ~heeft ~#2|twee|drie ~keer|maal ~geschokt",
            "defibrillator|icd ~#2|zwei|drei ~mal ~geschockt|ausgelost",
        ],
    ),
    // --------------------------------------- chemotherapy named plainly [NG51]
    (
        // "On chemo", "sous chimio", "met chemo", "na quimio": chemotherapy now; with a
        // temperature, an infection sign or a new symptom, the chemotherapy rows.
        Sig::Chemotherapy,
        pats![
            "on|having|started ~chemo|chemotherapy",
            "sous|en ~chimio|chimiotherapie",
            "unter|in ~chemo|chemotherapie",
            "con|en|haciendo ~quimio|quimioterapia",
            "in|con|facendo ~chemio|chemioterapia",
            "na|em|com|fazendo ~quimio|quimioterapia",
            "met|na|in ~chemo|chemotherapie",
        ],
    ),
    (
        // "It would be simpler not to be here any more": thoughts of death, told with the
        // "ne ... plus" the negation cue would otherwise take [NG225].
        Sig::DarkThoughts,
        pats![
            "!plus ~simple|facile ~de ~ne ~plus ~etre ~la",
            "!mieux ~de ~ne ~plus ~etre ~la",
            "!mas ~facil|sencillo ~no ~estar ~aqui",
            "!einfacher ~nicht ~mehr ~da ~zu ~sein",
            "!piu ~semplice|facile ~non ~esserci ~piu",
            "!mais ~facil|simples ~nao ~estar ~mais ~aqui",
            "!makkelijker ~als ~ik ~er ~niet ~meer ~ben|was",
        ],
    ),
    // -------------------------------------- pills to be taken all tonight [MHF, NG225]
    (
        // "I'll take it all tonight": with the pills in front of them or "I can't go on",
        // a plan with the means and the time set (the row in `presentations.rs`). Alone
        // it lifts nothing: "I'll take them all tonight" is also a question about doses.
        Sig::AllTonight,
        pats![
            "vais ~tout ~prendre|avaler ~ce ~soir|cette ~nuit",
            "voy ~a ~tomarme|tomar ~todas|todos|todo ~esta ~noche",
            "werde|will ~heute ~nacht|abend ~alle ~nehmen|schlucken",
            "prendero|ingoiero ~tutte|tutto ~stasera|stanotte",
            "vou ~tomar ~todos|todas|tudo ~hoje ~a ~noite",
            "vou ~tomar ~todos|todas|tudo ~esta ~noite",
            "ga ~ze ~vanavond|vannacht ~allemaal ~innemen|slikken",
            "going|gonna ~to ~swallow ~the ~lot|them ~all ~tonight",
        ],
    ),
    (
        // The pills laid out in front of them: the means at hand [MHF].
        Sig::MeansAtHand,
        pats![
            "pills|tablets|sleeping ~in ~front ~of ~me",
            "somniferes|comprimes|cachets|pilules|boite ~devant ~moi",
            "pastillas|somniferos ~delante ~de ~mi",
            "tabletten|schlaftabletten ~vor ~mir",
            "pillole|pastiglie|sonniferi ~davanti ~a ~me",
            "comprimidos|remedios ~na ~minha ~frente",
            "pillen|slaappillen ~liggen ~voor ~me|mij|mijn ~neus",
        ],
    ),
    // ------------------------------------------ drooling, cannot swallow [ENT, BTS]
    (
        // Drooling and unable to swallow: an obstructed gullet or airway (a swallowed
        // denture, a bolus), an emergency with the drooling row.
        Sig::NoSwallowAtAll,
        pats![
            "!kwijlt ~kan ~niet ~slikken",
            "!drooling ~cant|cannot ~swallow",
            "!babea ~no ~puede ~tragar",
            "!bave ~ne ~peut|arrive ~pas ~avaler",
            "!sabbert ~kann ~nicht ~schlucken",
            "!sbava ~non ~riesce ~deglutire|ingoiare|inghiottire",
            "!babando ~nao ~consegue ~engolir",
        ],
    ),
    // ------------------------------------------ vomit that smells of stool [APP, MTS]
    (
        // Vomit that smells or looks like stool: a bowel obstruction, an emergency.
        Sig::FaecalVomit,
        pats![
            "sick|vomit|puke ~smells|smelling ~like|of ~poo|faeces|feces|stool",
            "faecal|fecal ~vomit|vomiting",
            "vomito ~huele ~a ~caca|heces",
            "vomito|vomitos ~fecaloide|fecaloides",
            "vomi|vomissements ~odeur ~de ~selles|caca",
            "vomissements ~fecaloides",
            "erbrochene|erbrochenes ~riecht ~nach ~kot|stuhl",
            "koterbrechen|miserere",
            "vomito ~puzza|odore ~di ~feci|cacca",
            "vomito ~fecaloide",
            "vomito ~cheiro ~de ~fezes|coco",
            "vomito ~fecaloide",
            "braaksel ~ruikt ~naar ~poep|ontlasting",
            "fecaal ~braken|braaksel",
        ],
    ),
];
