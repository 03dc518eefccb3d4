//! Harm to a baby or child told as a thought that keeps coming or a plan: "thoughts of
//! hurting my son keep coming", "I don't trust myself alone with him", "ik denk steeds dat
//! ik mn kind pijn ga doen", "se io non ci fossi affogherebbe la bambina". After a birth
//! these are a mother in crisis (postpartum psychosis or severe depression), seen at once
//! [CG192]; the table reads them as harm to a baby, an emergency. The words of drowning a
//! baby carry their own "if I weren't here" ("se io non ci fossi"), so a negation beside
//! them does not make them a reassurance (`!`). Tests, in other words
//! than the corpus, with hard negatives (a fear of the baby slipping in the bath, a
//! child who hurt his knee), are in `harm_to_a_child_told_as_a_thought_tests.rs`.

use super::lexicon::Sig;

/// Thoughts or words of harming one's own child.
pub(crate) const HARM_TO_A_CHILD_TOLD_AS_A_THOUGHT: &[(Sig, &str)] = &[(
    Sig::BabyHarm,
    pats![
        "thoughts|thinking|think ~of|about ~hurting|harming ~my|the ~son|daughter|child|kid|boy|girl",
        "!dont ~trust ~myself ~alone|with ~him|her|baby|son|daughter",
        "kind|zoon|dochter|zoontje|dochtertje ~pijn ~doen|ga", "bang ~van ~mezelf",
        "!drown|affogherebbe|affogare|annegare|annegherebbe|ahogar|ahogaria|noyer|noierait|ertranken|afogar|afogaria ~baby|bambina|bambino|bimba|bimbo|bebe|nenem|kind|enfant|neonata|neonato",
    ],
)];
