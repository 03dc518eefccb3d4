//! Two signs told by their look rather than their name. Shingles told as blisters on one
//! side of the forehead ("bolhas na testa só do lado direito", "ampollas en la frente de un
//! lado", "Bläschen an der Stirn, nur eine Seite"): with the eye on that side red, sore or
//! blurred it is ophthalmic zoster, a same-day eye look (the presentation table's row
//! [EYE]); alone it stays routine as shingles does. And a swelling told as growing in
//! Dutch and German ("de wang wordt steeds dikker", "die Wange immer dicker"): after an operation a cheek
//! growing fuller and tighter is a haematoma to see the same day (the row of a swelling
//! after a procedure [ACE]); "dik" was read, its comparative was not. Tests, in other
//! words than batch 102, with hard negatives (blisters from a burn, both sides, a belly
//! growing in pregnancy), are in `shingles_and_growing_swelling_tests.rs`.

use super::lexicon::Sig;

/// Blisters on one side of the forehead, and a swelling growing.
pub(crate) const SHINGLES_AND_GROWING_SWELLING: &[(Sig, &str)] = &[
    (
        Sig::Shingles,
        pats![
            "blisters|bolhas|ampollas|vesiculas|cloques|vesicules|blaschen|blasen|bolle|vescicole|blaasjes|rash ~forehead|testa|frente|front|stirn|fronte|voorhoofd ~side|lado|cote|seite|lato|kant",
        ],
    ),
    (
        Sig::Swelling,
        // A face part only: a scrotum growing after a vasectomy is read by its own rows.
        pats![
            "wang|wangen|*wang|ooglid|oogleden|*ooglid|gezicht|lip|lippen|neus|kaak ~steeds|wordt|alsmaar ~dikker|strakker",
            "wange|wangen|*wange|augenlid|lid|gesicht|lippe|lippen|nase|kiefer ~immer|wird ~dicker|praller",
        ],
    ),
];
