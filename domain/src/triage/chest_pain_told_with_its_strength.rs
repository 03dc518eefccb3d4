//! Chest pain told with its strength between the pain and the chest: "un dolor fuerte en el
//! pecho", "une douleur forte dans la poitrine", "uma dor forte no peito". The
//! lexicon allowed two words between them, and the strength and the article made three, so
//! the pain was read without its place. Now or within the day it is the chest-pain
//! emergency [CG95]; told as passed days ago, the existing scope makes it urgent, never
//! routine. Tests, in other words than batch 120, with hard negatives (a chest infection's
//! cough, a strong pain in the knee, a pain passed a year ago), are in
//! `chest_pain_told_with_its_strength_tests.rs`.

use super::lexicon::Sig;

/// The pain, its strength, then the chest; and nothing felt since.
pub(crate) const CHEST_PAIN_TOLD_WITH_ITS_STRENGTH: &[(Sig, &str)] = &[
    (
        Sig::ChestPain,
        pats![
            "dolor ~fuerte|intenso|horrible|agudo|punzante|opresivo ~en ~el ~pecho",
            "douleur ~forte|intense|horrible|aigue ~dans ~la ~poitrine",
            "dolore ~forte|intenso|acuto|lancinante ~al ~petto",
            "dor ~forte|intensa|horrivel|aguda ~no ~peito",
        ],
    ),
    (
        // Nothing noticed again since, told with its own negation ("no he vuelto a notar
        // nada"): the pain is over, and when it was decides the level (days ago: the same
        // day [CG95]). Spanish only, and "notar|tener", not "sentir": "no siento nada" is
        // numbness, and "non ho più sentito niente", "não senti mais nada" read as the
        // same in Italian and Portuguese. "nada" is required: "no he vuelto a dormir bien"
        // is not a recovery.
        Sig::Resolved,
        pats!["!no ~he|ha ~vuelto ~a ~notar|tener ~nada"],
    ),
];
