//! Giant cell arteritis told by what the person notices: the scalp hurts when the hair is
//! combed or brushed, and the jaw tires or aches while chewing, told chewing first ("quando
//! mastico la mandibola si stanca"). The scalp and jaw words with a pain after them were
//! read already (`findings.rs`); these orders were not. `Sig::GiantCellArteritis` is a
//! same-day look by itself [GCA, BSR]. Tests in other words, with negatives (a child's
//! tangles, a sore jaw after the dentist), are in
//! `scalp_sore_to_comb_and_jaw_tired_to_chew_tests.rs`.

use super::lexicon::Sig;

/// A scalp sore to comb, a jaw that tires with chewing, in seven languages.
pub(crate) const SCALP_SORE_TO_COMB_AND_JAW_TIRED_TO_CHEW: &[(Sig, &str)] = &[(
    Sig::GiantCellArteritis,
    pats![
        "hurts|sore|painful|pain|tender ~when|to ~comb|combs|combing|brush|brushes|brushing ~hair",
        "duele ~al|cuando ~peinarme|peinarse|peino|peina|cepillo|cepilla",
        "mal|douleur ~quand ~coiffe|coiffer|brosse|brosser",
        "weh|schmerzt ~beim ~kammen|kaemmen|bursten|buersten",
        "male|dolore ~quando|se ~pettino|pettina|pettinarmi|pettinarsi|spazzolo|spazzola",
        "doi|dor ~ao|quando ~pentear|penteio|penteia|escovar|escova ~cabelo",
        "pijn|zeer ~bij|als ~kammen|borstelen|kam|kamt|borstel|borstelt",
        "chew|chews|chewing ~jaw ~tires|tired|aches|hurts|stiff",
        "mastico|mastica|masticare|masticando ~mandibola|mascella ~stanca|male|duole",
        "mastigo|mastiga|mastigar|mastigando ~maxilar|mandibula ~cansa|doi|dor",
        "mastico|mastica|masticar|masticando ~mandibula ~cansa|duele",
        "mache|machant|macher|mastiquer ~machoire ~fatigue|mal",
        "kaue|kaut|kauen ~kiefer ~mude|muede|weh|schmerzt",
        "kauw|kauwt|kauwen ~kaak ~moe|pijn|zeer",
    ],
)];
