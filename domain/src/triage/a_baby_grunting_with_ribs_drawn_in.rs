//! A baby or child working to breathe, told as what the parent sees: a little noise with
//! every breath ("un versetto a ogni respiro", "un grognement à chaque respiration") and
//! the ribs drawn in ("si vedono le costole quando respira", "il fait du tirage", "de
//! ribben trekken in"). Grunting and chest indrawing are red features [NG143]; grunting
//! joins the existing infant row, indrawing is read as breathing difficulty. Each pattern
//! names breathing, so thin ribs that show, or a grumpy child, are not read. Tests, in
//! other words than batch 133, with hard negatives (ribs that show because a child is
//! slim, a father who grumbles, a snore with a cold), are in
//! `a_baby_grunting_with_ribs_drawn_in_tests.rs`.

use super::lexicon::Sig;

/// Grunting, and the ribs drawn in, with breathing named.
pub(crate) const A_BABY_GRUNTING_WITH_RIBS_DRAWN_IN: &[(Sig, &str)] = &[
    (
        Sig::Grunting,
        pats![
            "versetto|lamento|gemito|grugnito ~ogni ~respiro",
            "grognement|grognements|gemissement ~chaque ~respiration|inspiration",
            "quejido|gruñido|grunido ~cada ~respiracion",
            "quejido|gruñido|grunido ~al ~respirar",
            "grunting|groaning ~noise|sound ~every|each ~breath",
        ],
    ),
    (
        Sig::Breathing,
        pats![
            "ribs ~sucking|pulling|drawing ~in",
            "skin ~sucking ~in ~between|under ~ribs",
            "marcan|hunden ~costillas ~respirar|respira",
            "voit ~cotes ~quand ~respire",
            "cotes ~se ~creusent",
            "fait ~du ~tirage",
            "rippen ~ziehen ~ein",
            "ziehen ~rippen ~ein",
            "sieht ~rippen ~beim ~atmen",
            "vedono ~costole ~quando ~respira",
            "rientramenti ~costali|costole",
            "ver|vejo|vemos|ve ~costelas ~quando ~respira",
            "costelas ~afundam|afundando|a ~afundar",
            "ribben ~trekken|trekt ~in",
            "ziet ~ribben ~bij ~ademen|ademhalen",
        ],
    ),
];
