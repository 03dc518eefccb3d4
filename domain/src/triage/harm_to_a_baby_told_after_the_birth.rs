//! Thoughts of harming a new baby told in the words the corpus lacked: German "Gedanken,
//! meinem Baby weh zu tun / etwas anzutun", Portuguese with the pronoun before the verb
//! ("pensamentos de lhe fazer mal"), and the birth told as "tive a bebé há 3 semanas".
//! After a birth these are an emergency [HEARHER, CG192]; the existing rule reads harm to a
//! baby as one when a birth is named. Tests, in other words than batch 133, with hard
//! negatives (a fear of dropping the baby, a sibling who is rough, a birth months ago
//! with a question about sleep), are in `harm_to_a_baby_told_after_the_birth_tests.rs`.

use super::lexicon::Sig;

/// Harm to a baby as a thought, and a birth told with "tive".
pub(crate) const HARM_TO_A_BABY_TOLD_AFTER_THE_BIRTH: &[(Sig, &str)] = &[
    (
        Sig::BabyHarm,
        pats![
            "meinem|meiner|dem ~baby|kind|sohn|tochter ~weh ~zu ~tun",
            "meinem|meiner|dem ~baby|kind|sohn|tochter ~etwas ~anzutun",
            "pensamentos|pensamento|vontade ~de ~lhe ~fazer ~mal",
        ],
    ),
    (
        Sig::Postpartum,
        pats!["tive ~a|o ~bebe|nenem|menina|menino ~ha"],
    ),
];
