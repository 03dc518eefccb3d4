//! An event told as over by saying nothing has happened since: "none since", "nothing
//! since", "hasn't come back", "seitdem nichts mehr", "desde entonces nada". Chest
//! pain that has not come back is pain-free; its level then follows when it was (within
//! the day an emergency, 12-72 hours a same-day look [CG95]), as for "it's gone now".
//! Tests, in other words than the corpus and with hard negatives (it came back, it is
//! still there, something else since), are in `scope_leftovers_tests.rs`.

use super::lexicon::Sig;

/// Resolution cues: nothing since.
pub(crate) const SINCE_THEN: &[(Sig, &str)] = &[(
    Sig::Resolved,
    pats![
        "none|nothing|nowt ~since",
        "not ~had ~it|one|any ~since",
        "havent|hasnt|not ~had ~it|one|any ~since",
        "hasnt|havent|not|never ~come ~back|returned",
        "not ~come ~back ~since",
        "desde ~entonces ~nada",
        "nada ~desde ~entonces",
        "no ~me ~ha ~vuelto|repetido",
        "no ~ha ~vuelto|repetido",
        "depuis ~rien",
        "rien ~depuis",
        "pas ~revenu|revenue|recommence",
        "seitdem ~nichts|nicht|keine ~mehr",
        "seither ~nichts|nicht ~mehr",
        "nicht ~wieder ~gekommen|aufgetreten",
        "da ~allora ~niente|nulla",
        "niente|nulla ~da ~allora",
        "non ~e ~piu ~tornato|tornata|ricomparso",
        "desde ~entao ~nada",
        "nada ~desde ~entao",
        "nao ~voltou|voltei ~a ~ter",
        "sindsdien ~niets|niks|geen",
        "niet ~meer ~teruggekomen|gehad",
    ],
)];
