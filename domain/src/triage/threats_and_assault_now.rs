//! Violence told as it happens, in the words the corpus's emergencies used and the rules
//! alone read as routine (session 20a): a threat to kill the writer while they hide from him
//! ("he's outside saying he'll kill me, we're hiding in the bathroom", "zegt dat hij me
//! vermoordt", "dice che mi ammazza"), a neighbour hearing a woman cry for help and blows
//! ("elle crie à l'aide, des bruits de coups"), a partner who has just pushed or hit the
//! writer ("hat mich gerade die Treppe runtergestoßen", "vient de me pousser"), and a
//! strangling told in the passive ("strangled by my ex"). Someone in danger now is a 999
//! call [MHF, consensus]; a strangling with a changed voice or swallowing is an emergency
//! even the next day [RCUK]. Every concept feeds a row the table already had (a threat to
//! kill with someone in danger now or a child; violence under way; a strangling with a
//! changed voice), so a threat told as an idiom with nobody in danger lifts nothing. Tests, in
//! other words than the corpus, with hard negatives, are in `threats_and_assault_now_tests.rs`.

use super::lexicon::Sig;

/// A threat to kill the writer, someone hiding from it, an assault just done or heard, a
/// strangling told in the passive.
pub(crate) const THREATS_AND_ASSAULT_NOW: &[(Sig, &str)] = &[
    (
        // A threat to kill the writer, told as what he says [MHF].
        Sig::ThreatToKill,
        pats![
            "saying|says|said|screaming|shouting|yelling|threatening ~kill ~me|us",
            "dice|dicendo|urla ~che ~mi|ci ~ammazza|uccide|ammazzera|uccidera",
            "zegt|roept|schreeuwt ~dat ~hij|ze ~me|mij|ons ~vermoordt|afmaakt",
        ],
    ),
    (
        // Hiding from someone: the danger is now [MHF].
        Sig::HappeningNow,
        pats![
            "hiding|hid ~from ~him|her|them",
            "hiding ~in ~the ~bathroom|toilet|loo|cupboard|bedroom|wardrobe|car",
            "escondid*|escondemos|escondo ~en|no|na|del|de",
            "cache|caches|cachee|cachees|cachons ~dans|de",
            "verstecke|verstecken|versteckt ~mich|uns|sich",
            "nascost*|nascondiamo ~in|nel|nella|dal",
            "verstop|verstoppen ~me|ons|zich",
            "zit|zitten ~verstopt",
            // A cry for help heard now: with blows, a threat or a weapon it is violence
            // under way; alone (a film, a game) it lifts nothing.
            "crie|hurle ~a ~l ~aide",
            "grita|gritando ~pidiendo ~ayuda",
            "urla ~aiuto",
            "gritando|grita ~por ~socorro",
            "schreeuwt ~om ~hulp",
        ],
    ),
    (
        // An assault just done to the writer or heard through the wall [MHF].
        Sig::ViolenceNow,
        pats![
            "just ~pushed|shoved|threw ~me ~down|into|against|off",
            "bruits ~de ~coups",
            "vient ~de ~me ~pousser|frapper|jeter",
            "me ~acaba ~de ~empujar|pegar|tirar",
            "hat|hatte ~mich ~gerade|eben ~*gestossen|*geschubst|geschlagen|getreten",
            "mi ~ha ~appena ~spinto|picchiato|buttato",
            "acabou ~de ~me ~empurrar|bater",
            "heeft ~me|mij ~net ~geduwd|geslagen|geschopt",
        ],
    ),
    (
        // Strangled, told in the passive [RCUK].
        Sig::Strangled,
        pats!["strangled|throttled ~by"],
    ),
];
