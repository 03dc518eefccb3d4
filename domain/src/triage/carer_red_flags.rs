//! Red flags told by someone looking after another person: a parent about a baby or a
//! child, a son or daughter about an older parent, a partner (batch 93, session 17e in
//! TRIAGE.md). Carers tell what they see ("keeps pausing her breathing", "the soft bit on
//! top of his head is bulging", "molle molle", "no wet nappy since last night") rather
//! than the sign's name. Each entry is a concept from `shared/CLINICAL-SOURCES.md`; the
//! combinations are in `presentations.rs`, tests in other words in
//! `carer_red_flags_tests.rs`.

use super::lexicon::Sig;

/// Emergency-line findings in carers' words.
pub(crate) const CARER_RED_FLAGS: &[(Sig, &str)] = &[
    // ------------------------------------------------------ a baby's breathing [NG143]
    (
        // Pauses in breathing of 15 seconds or more (apnoea), or a baby who "stops
        // breathing" and "starts again": a newborn's normal periodic breathing pauses
        // for under ten seconds, so a number below 15 is not here.
        Sig::Breathing,
        pats![
            "pauses|pausing|paused|stops|stopping|stopped ~her|his|the ~breathing ~#15 ~seconds|secs|sec",
            "pauses|pausing|paused|stops|stopping|stopped ~breathing|breath ~for ~#15 ~seconds|secs|sec",
        ],
    ),
    (
        // Blue or grey round the mouth: central cyanosis told by where it shows [NG143
        // red: pale, ashen or blue]; a blue sweet is what `BlueFood` explains away.
        Sig::Breathing,
        pats![
            "blue|bluish|blueish|bluey|grey|gray|greyish|grayish|purple|dusky ~round|around ~the|her|his|their ~mouth|lips",
            "blau ~um ~den ~mund", "bleu|bleue|bleus ~autour ~de ~la ~bouche",
            "azul|azulado|azulada ~alrededor|volta ~de ~la|da ~boca", "blu|bluastro|bluastra ~intorno ~alla ~bocca",
            "blauw ~rond|om ~de|zijn|haar ~mond",
        ],
    ),
    // --------------------------------------------------- a baby's cry and colour [NG143]
    (
        // A weak, high-pitched or moaning cry [NG143 red] ("abnormal cry" with grunting).
        Sig::Grunting,
        pats![
            "high|shrill ~pitched|pitch ~moan|moaning|wail|wailing|screech*",
            "cry|crying|scream|screaming ~is|sounds ~high ~pitched",
            "moaning|whimpering ~cry|crying|noise|sound", "weird|strange|odd ~moaning|moan",
            "schrilles ~schreien|weinen", "pianto ~lamentoso", "hoog ~huilen|gehuil",
        ],
    ),
    (
        // No response to social cues: a baby who does not look at, follow or smile at the
        // parent [NG143 red]. With a baby, the floppy-baby row reads it.
        Sig::Drowsy,
        pats![
            "!doesnt|dont|didnt ~seem ~to ~look|focus ~at|on ~me|us|faces",
            "!not|isnt|wont ~looking|focusing|focussing ~at|on ~me|us|faces ~properly|anymore",
            "!not|isnt ~responding|reacting ~to ~me|us|faces|voices|anything",
            "!no ~reaction ~to ~me|us|anything",
        ],
    ),
    (
        // Ashen or greyish colour in Italian, Spanish, Portuguese, French, German and
        // Dutch: NG143 red (pale, mottled, ashen, blue).
        Sig::Mottled,
        pats![
            "colorito|colore|pelle ~grigiastro|grigio|cenere",
            "grigiastra|grigiastro|grigiastri",
            "color|piel ~grisaceo|grisacea|ceniza", "cor|pele ~acinzentada|acinzentado|cinzenta",
            "teint|peau ~grisatre|gris|cendre",
            "gesicht|haut ~grau|aschfahl", "aschfahl", "kleur|huid ~grauw|grijzig", "grauwe|grijze ~kleur|huid",
        ],
    ),
    (
        // Floppy in Italian ("molle molle", "tutta molle"), Portuguese, Spanish.
        Sig::Drowsy,
        pats![
            "molle ~molle", "tutto|tutta ~molle|moscio|moscia", "floscio|floscia",
            "molinho|molinha|molenga", "toda|todo|esta ~mole", "flacido|flacida ~como ~muñeco|trapo",
        ],
    ),
    (
        // A baby who will not latch or take the breast or bottle: not feeding (with an
        // age under three months, the existing NG143 red row).
        Sig::NotFeeding,
        pats![
            "!non ~si ~attacca|attaccata|attaccato", "!non ~prende ~il ~seno|biberon|latte",
            "!wont|isnt|not|cant|doesnt ~latch|latching|take ~the ~breast|bottle",
            "!no ~se ~agarra|engancha ~al ~pecho", "!nao ~pega|agarra ~a|na ~mama|peito",
            "!ne ~prend ~pas ~le ~sein|biberon", "!trinkt ~nicht ~an ~der ~brust",
            "!drinkt|pakt ~de ~borst|fles ~niet",
        ],
    ),
    // ------------------------------------------------------ the soft spot [NG143 red]
    (
        // The fontanelle in lay words: "the soft bit on top of his head".
        Sig::SoftSpot,
        pats![
            "soft ~bit|part|patch|area|place ~on|of ~top ~of ~head|skull",
            "soft ~bit|part|patch|area ~on|of ~his|her|the ~head|skull",
            "parte ~blanda ~cabeza", "parte ~molle ~testa", "endroit ~mou ~tete", "weiche ~stelle ~kopf",
        ],
    ),
    (
        // Bulging told as raised or tense.
        Sig::Bulging,
        pats!["bulging|raised|swelling|puffed|puffing ~up"],
    ),
    // ----------------------------------------------- dehydration in a child [NG143]
    (
        // Sunken eyes, no tears, a dry mouth: dehydration signs (reduced skin turgor and
        // dry mucous membranes are NG143 amber and red); with drowsiness in a child, the
        // row in `presentations.rs`.
        Sig::LessUrine,
        pats![
            "sunken|sunk ~eyes|eye", "eyes ~sunken|sunk", "eyes ~look ~sunken|sunk",
            "!no ~wet ~nappy|nappies|diaper|diapers", "!dry ~nappy|nappies|diaper|diapers ~since|all|for",
            "ojos ~hundidos", "yeux ~creuses|creux|enfonces", "eingefallene|eingesunkene ~augen",
            "occhi ~infossati|incavati", "olhos ~fundos|encovados", "ingevallen ~ogen",
            "!geen ~natte ~luier", "!keine ~nasse ~windel", "!pas ~de ~couche ~mouillee",
            "!nessun ~pannolino ~bagnato", "!sin ~panal ~mojado", "!nenhuma ~fralda ~molhada",
        ],
    ),
    // ------------------------------------------------------- torsion after a blow [TT]
    (
        // A boy hit or kicked "in the privates": with pain getting worse, swelling or
        // vomiting, torsion or rupture (the testicle rows in `presentations.rs`).
        Sig::Testicle,
        pats![
            "hit|kicked|kneed|struck|whacked|punched ~in|on ~the|his ~privates|nuts|crotch",
            "one ~side ~looks|is|sits|hangs ~higher",
        ],
    ),
    // ------------------------------------------------- a fall and a long lie [MTS]
    (
        // Fallen and unable to get up, lying on the floor: a long lie (and a hip
        // fracture when the hip hurts); the hip-fracture sign is an emergency.
        Sig::HipFractureSign,
        pats![
            "!en ~el ~suelo ~y ~no ~se ~puede ~levantar", "!no ~se ~puede|puedo ~levantar ~del ~suelo",
            "!au ~sol ~et ~ne ~peut ~pas ~se ~relever", "!liegt ~am|auf ~dem ~boden ~und ~kann ~nicht ~aufstehen",
            "!per ~terra ~e ~non ~riesce ~ad|a ~alzarsi", "!no ~chao ~e ~nao ~consegue ~levantar",
            "!op ~de ~grond|vloer ~en ~kan ~niet ~opstaan",
            "!on ~the ~floor ~and ~cant|cannot ~get ~up",
        ],
    ),
    // --------------------------------------------------------- suicide [MHF, NG225]
    (
        // "Er een eind aan maken" conjugated ("maakt", "maak"): to end one's life.
        Sig::Suicidal,
        pats!["er ~een ~eind ~aan ~maakt|maak|maakte"],
    ),
    (
        // A rope in the room: the means at hand.
        Sig::MeansAtHand,
        pats!["touw|strop ~in ~zijn|haar|de|mijn ~kamer", "heeft|had ~een ~touw|strop"],
    ),
];
