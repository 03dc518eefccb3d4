//! A swelling denied between the part and its state: "Zunge nicht dick", "lips not
//! swollen", "lábios não inchados". The swelling patterns join the part and the state
//! across a gap, so the negation sits inside the mention, where the negation cues (which
//! a concept's words consume) do not see it. Told that way it is a reassurance, as in
//! "atmet normal, Lippen und Zunge nicht dick" after hives. An eye told as blurred
//! joins the same way ("eye not blurry", "oog niet wazig"; batch 102).

use super::super::lexicon::Sig;
use super::super::matcher::Match;
use super::Token;

/// Negations that stand between a part and its state.
const NOT: &[&str] = &[
    "not", "isnt", "arent", "nicht", "niet", "pas", "nao", "non", "no", "kein", "keine",
];

/// Whether a swelling or blurred-eye mention carries its own denial inside it.
pub(super) fn denied(tokens: &[Token], m: &Match<Sig>) -> bool {
    // A sight mention spans a longer reach ("vendo uma cortina no canto do olho"), where
    // Portuguese and Italian "no" is "in the", not a denial.
    let sight = m.signal == Sig::VisionChange;
    (sight || matches!(m.signal, Sig::FaceSwelling | Sig::Swelling))
        && !m.immune
        && (m.start + 1..m.end).any(|i| {
            let word = tokens[i].plain.as_str();
            NOT.contains(&word) && !(sight && word == "no")
        })
}
