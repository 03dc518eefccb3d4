//! Two scope cues the lexicon lacked. "In the past hour", "over the last 2 hours",
//! "nelle ultime ore", "in den letzten Stunden", "en la última hora", "ces dernières
//! heures", "het afgelopen uur" date a sign to now: the word "past" was read as a past cue,
//! so "bleeding has got very heavy in the past hour" read as a bleed that was over (a time
//! within the day in the mention's clause already outweighs an older cue, `Scope::past`).
//! And a supposition told as one: "angenommen", "gesetzt den Fall", "supposons", "wat moet
//! ik doen als", "was mache ich, wenn" put what follows in a hypothetical, as "if" and
//! "stel dat" already do. Tests, in other words than batch 102, with hard negatives (the
//! past few months, a real sign after the question), are in
//! `hours_and_suppositions_tests.rs`.

use super::lexicon::Sig;

/// The last hours as now, and suppositions told by their words.
pub(crate) const HOURS_AND_SUPPOSITIONS: &[(Sig, &str)] = &[
    (
        Sig::Recent,
        // Hours only, never minutes: "last week for 10 minutes" keeps its past.
        pats![
            "past|last hour|hours|half",
            "ultima ora",
            "ultime ore",
            "letzten|letzte stunde|stunden",
            "ultima hora",
            "ultimas horas",
            "ces|les dernieres heures",
            "het|de afgelopen uur|uren",
        ],
    ),
    (
        Sig::Hypothetical,
        pats![
            "angenommen",
            "gesetzt ~fall",
            "supposons|imaginons",
            "supponiamo|mettiamo",
            "supongamos|suponiendo",
            "supondo|suponhamos",
            "wat moet|moeten|doe|doen ik|we als",
            "was mache|machen|tue|tun ich|wir ~wenn",
        ],
    ),
];
