//! An eating disorder told by what the person does rather than by its name, as young
//! people write it: "making myself sick", "restricting", "purging", "underweight", "me
//! provoco el vómito", "je me fais vomir", "absichtlich erbrochen", "mi faccio vomitare",
//! "me forço a vomitar", "mezelf laten overgeven". Each feeds `Sig::EatingDisorder`, which
//! the rows read: with a faint or near-faint and a heart that jumps or a chest that hurts,
//! an emergency (low potassium from purging, a heart slowed by starving); with a heart
//! below 50 or dizziness, the same day [MTS, consensus]. Tests, in other words than batch
//! 125, with hard negatives (sick from a bug, a diet, recovery told as past), are in
//! `eating_disorders_told_by_their_acts_tests.rs`.

use super::lexicon::Sig;

/// Purging, restricting and being underweight, in seven languages.
pub(crate) const EATING_DISORDERS_TOLD_BY_THEIR_ACTS: &[(Sig, &str)] = &[(
    Sig::EatingDisorder,
    pats![
        "making|make|made ~myself ~sick|throw|puke|vomit",
        "been|keep|im ~restricting",
        "im|am ~underweight",
        "provoco|provocarme|provocandome ~el ~vomito",
        "hacerme|me ~hago ~vomitar",
        "me ~fais|faire|suis ~fait|faite ~vomir",
        "absichtlich ~erbrochen|ubergeben|uebergeben|gekotzt",
        "finger ~in ~den ~hals",
        "mi ~faccio|sono ~fatta|fatto ~vomitare",
        "provoco|provocarmi ~il ~vomito",
        "forco|forcei|forcar|fazer ~me ~vomitar",
        "mezelf ~laten ~overgeven|braken|kotsen",
        "sottopeso|untergewicht|ondergewicht|sous-poids|abaixo ~do ~peso",
    ],
)];
