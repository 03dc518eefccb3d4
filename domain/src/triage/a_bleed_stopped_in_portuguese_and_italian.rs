//! A bleed told as stopped in Portuguese and Italian by what stopped it: "parou com
//! pressão", "parou com gelo", "si è fermata con il ghiaccio". A bare "parou" or "si è
//! fermato" ends other things too (a held-out line once hid a current sign behind
//! "parou"; breathing that "parou" for minutes, a heart that "si è fermato"), and a cue
//! that holds the word for bleeding is taken by the bleeding itself, so each pattern names
//! the pressure or the ice that stopped it (`Sig::Resolved`). The
//! scope then reads the bleed as over: a small one routine, a heavy one the same day, and
//! one heavy earlier today still an emergency, as in the other five languages [BLEED];
//! a stop does not clear a bleed after tonsil surgery, which the table keeps [ENT].
//! Tests, with bleeds still going, are in `a_bleed_stopped_in_portuguese_and_italian_tests.rs`.

use super::lexicon::Sig;

/// The bleeding stopped, told by the pressure or the ice.
pub(crate) const A_BLEED_STOPPED_IN_PORTUGUESE_AND_ITALIAN: &[(Sig, &str)] = &[(
    Sig::Resolved,
    pats![
        "parou|parado ~com ~pressao|compressao|gelo",
        "fermato|fermata ~con ~pressione|ghiaccio",
    ],
)];
