//! A head injury and its NG232 warning signs told in lay words the lexicon lacked: the blow
//! itself ("hitting my head on the cupboard", "se dio en la cabeza", "bateu a testa", "got
//! knocked out at football"), the memory gone after it ("no se acuerda de nada", "weet niks
//! meer"), vomiting counted in German slang ("zweimal gebrochen"), warfarin spelt the way the
//! Romance languages spell it ("varfarina"), and a baby's fall told by the stairs ("went down
//! the whole flight"). The presentation table already reads each flag with a head injury as
//! an emergency [HI]; these are the words. Tests, in other words than the corpus, with hard
//! negatives (an arm broken twice, a team knocked out of a cup, a forgetful grandmother with
//! no blow, "hit the nail on the head"), are in `head_injury_lay_flags_tests.rs`.

use super::lexicon::Sig;

/// Findings and contexts for a head injury and its warning signs.
pub(crate) const HEAD_INJURY_LAY_FLAGS: &[(Sig, &str)] = &[
    (
        // The blow, told by the verb; "knocked out" at a sport or in a fight is a blow too
        // (the knock-out itself is read as a loss of consciousness elsewhere).
        Sig::HeadInjury,
        pats![
            "hitting|hit|banged|bumped|bumping|smacked|whacked|cracked ~my|his|her|their|your ~head ~on|off|against",
            "got|was|been|get|gets ~knocked ~out ~at|in|during|playing|by|when|while ~gym|game|match|training|football|rugby|boxing|fight|punch|ball|tackle|player|guy|someone",
            "se ~dio|pego|golpeo ~en|con ~la ~cabeza",
            "me ~di|pegue|golpee ~en|con ~la ~cabeza",
            "bateu|bati|bateram ~a|com ~a ~cabeca|testa",
            "battuto|sbattuto|picchiato ~la ~testa",
            "cogne|tape|heurte ~la ~tete",
            "kopf ~angeschlagen|angestossen|gestossen|aufgeschlagen",
            "hoofd ~gestoten|bezeerd",
        ],
    ),
    (
        // Memory gone after the blow: "can't remember anything", "no se acuerda de nada" [HI].
        Sig::NoMemoryOfIt,
        pats![
            "!cant|doesnt|dont|didnt|cannot ~remember|recall ~anything",
            "!cant|doesnt|dont|didnt|cannot ~remember|recall ~what ~happened",
            "!no ~se|me ~acuerda|recuerda|acuerdo|recuerdo ~de ~nada",
            "!no ~se|me ~acuerda|recuerda|acuerdo|recuerdo ~lo ~que|q ~paso",
            "!nao ~lembra|lembro ~de ~nada",
            "!nao ~lembra|lembro ~que|o ~aconteceu",
            "!non ~ricorda|ricordo ~niente|nulla",
            "!souvient|rappelle ~de ~rien",
            "!weet|herinnert ~niks|niets ~meer",
            "!erinnert ~sich ~an ~nichts|nix",
            "!kann ~sich ~an ~nichts ~erinnern",
        ],
    ),
    (
        // German "gebrochen" is also "vomited"; counted in a day it is vomiting, not a bone.
        Sig::Vomiting,
        pats![
            "heute|seitdem|seither|nachts|morgens|fruh ~zweimal|dreimal|viermal|mehrmals|mehrfach ~gebrochen|erbrochen|gekotzt",
        ],
    ),
    (
        Sig::Anticoagulant,
        pats!["varfarina|warfarina|warfarine|varfarin|varfarine"],
    ),
    (
        // A team knocked out of a cup, an idea that hits the nail on the head.
        Sig::NotASign,
        pats![
            "knocked ~out ~of ~cup|competition|tournament|league|playoffs|race|round",
            "hit|hits|hitting ~nail ~on ~head",
        ],
    ),
    (
        // A baby down a whole flight of stairs (a walker, a fall) is a fall from a height.
        Sig::FallFromHeight,
        pats![
            "went|gone|came|tumbled|rolled ~down ~whole|full|entire ~flight ~stairs",
            "down ~flight ~stairs ~walker|babywalker",
        ],
    ),
];
