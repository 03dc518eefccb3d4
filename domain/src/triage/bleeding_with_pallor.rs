//! A bleed with the person gone white: "she is white colour", "il est tout blanc", "er ist
//! kreidebleich". A bleed with a pale face is blood loss with shock coming, an emergency
//! [BLEED]; a pale face alone lifts nothing. Tests, in other words than the corpus, with
//! hard negatives (white discharge, white enamel, a pale person without a bleed), are in
//! `bleeding_with_pallor_tests.rs`.

use super::lexicon::Sig;

/// A person gone pale or white (not a white discharge or pale stools: a person's verb or face).
pub(crate) const BLEEDING_WITH_PALLOR: &[(Sig, &str)] = &[(
    Sig::Pallor,
    pats![
        "gone|went|turned|turning|deathly white|pale|grey|gray",
        "is pale",
        "white|pale colour|color|sheet|ghost",
        "tout|toute|devenu|devenue|visage|teint blanc|blanche|pale|livide",
        "puso|ponia|cara blanco|blanca|palido|palida",
        "esta palido|palida",
        "kreidebleich|leichenblass|totenblass",
        "ganz|sehr blass|weiss",
        "diventato|diventata|diventa|viso|faccia bianco|bianca|pallido|pallida|cadaverico",
        "ficou|ficando|rosto branco|branca|palido|palida",
        "lijkbleek|krijtwit",
        "heel|erg|zo|werd|wordt bleek|wit",
    ],
)];
