//! An event dated months back, in Italian and Dutch, where the plural was not yet a
//! historical cue ("months ago", "hace meses", "il y a mois", "vor Monaten", "há meses"
//! are, in `lexicon.rs`): "due mesi fa ho avuto un ictus", "drie maanden geleden had ik
//! een beroerte", and one month or one year back told with a past verb right after it in
//! every language ("un anno fa ho avuto", "hace un mes tuve", "a month ago I had"). The
//! verb is what makes it history: Italian "fa" is also "makes" ("il bimbo di 8 mesi fa un
//! verso strano"), and a month alone dates an operation or a loss whose thoughts are now
//! (session 23e). A duration ("da due mesi", "sinds twee maanden", "since 2 days") is going
//! on and is not touched. Tests, with the ongoing and the now kept current, are in
//! `months_ago_told_with_a_past_verb_tests.rs`.

use super::lexicon::Sig;

/// Months back, or one month or year back with a past verb.
pub(crate) const MONTHS_AGO_TOLD_WITH_A_PAST_VERB: &[(Sig, &str)] = &[(
    Sig::Past,
    pats![
        "mesi|anno|anni fa ho|ha|abbiamo|hanno avuto|avuta|fatto|sofferto",
        "mesi|anno|anni fa mi|gli|le e|hanno venuto|venuta|preso|presa|trovato|trovata",
        "mesi|anno|anni fa e|sono stato|stata|svenuto|svenuta|caduto|caduta|ricoverato|ricoverata",
        "maanden geleden",
    ],
)];
