//! A belly pain placed on the right in plain words ("tummy pain on the right", "pain low down
//! on the right", "Bauch rechts", "buik rechts"), and the easing before a return worse told
//! in a clause of its own ("it eased off this morning ... now it's back worse"). Pain from
//! the lower right that eased and came back worse, or spread all over, is a burst appendix,
//! an emergency [APP]; the table's row "pain from the lower right now all over" already
//! reads the spread, and a new row reads the easing and the return. By itself a pain on the
//! right stays the same-day look it was. Tests, in other words than the corpus, with hard
//! negatives (right now, a right knee, a pain that eased and stayed away), are in
//! `belly_pain_lower_right_tests.rs`.

use super::lexicon::Sig;

/// A belly pain on the right, and a pain that eased.
pub(crate) const BELLY_PAIN_LOWER_RIGHT: &[(Sig, &str)] = &[
    (
        Sig::RightLowerPain,
        pats![
            "tummy|belly|stomach|abdomen|abdominal ~on|in ~the ~right",
            "tummy|belly|stomach|abdomen|abdominal ~right ~side",
            "pain|ache|hurts|hurting|sore ~low|lower ~down ~on|in ~the ~right",
            "barriga|tripa|vientre|panza ~a|en ~la ~derecha",
            "ventre ~a ~droite",
            "bauch ~rechts",
            "rechts ~im ~bauch",
            "pancia ~a ~destra",
            "barriga ~do ~lado ~direito",
            "buik ~rechts",
            "rechts ~in ~buik",
        ],
    ),
    (
        // Only words no resolved cue uses: a context that took "settled", "passata" or
        // "went away" would hide them from the scope, and a fever "passata da 6 giorni"
        // would read as current.
        Sig::Eased,
        pats![
            "eased|easing|subsided|calmed",
            "se ~calmo|mejoro|alivio",
            "calme|calmee",
            "nachgelassen|abgeklungen",
            "calmato|calmata|migliorato|migliorata",
            "melhorou|acalmou|aliviou",
            "gezakt",
        ],
    ),
];
