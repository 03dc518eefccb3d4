//! A swelling told as growing by the hour or harder and harder, in French, Spanish, Italian
//! and Portuguese ("ça grossit d'heure en heure", "de plus en plus gonflé", "cada vez más
//! hinchado", "sempre più gonfio"): after an operation or a liposuction, a haematoma to see
//! the same day [ACE]. Swelling words only ("gonflé", "dur"), not size alone, so a bump or a
//! baby growing bigger is not read. Tests, in other words than batch 109, with hard
//! negatives, are in `swelling_growing_after_a_procedure_tests.rs`.

use super::lexicon::Sig;

/// A swelling that keeps growing.
pub(crate) const SWELLING_GROWING_AFTER_A_PROCEDURE: &[(Sig, &str)] = &[(
    Sig::Swelling,
    pats![
        "grossit|gonfle|enfle ~heure en heure",
        "grossit|gonfle|enfle ~vue d oeil",
        "de plus en plus ~gonfle|gonflee|enfle|enflee|dur|dure",
        "cada vez ~mas ~hinchado|hinchada|inflamado|inflamada|duro|dura",
        "sempre ~piu ~gonfio|gonfia|duro|dura",
        "cada vez ~mais ~inchado|inchada|duro|dura",
        "crece|cresce|aumenta|aumentando|crescendo|creciendo ~hora|ora en|in|em hora|ora",
    ],
)];
