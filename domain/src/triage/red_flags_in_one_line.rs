//! Emergencies sent as one SMS line or as a reply to the clinic's question (batch 106,
//! session 20b in TRIAGE.md), where the sign sits in a word the tables lacked:
//! - pills "lined up": the means made ready [MHF, NG225] ("counted out" and "laid out" are
//!   left out: a week's tablets are counted into a dosette box);
//! - "he wants to end it", "talking about ending it": the third person of "want to end it";
//! - "spilt the kettle on my 1yo": a scald told by what was spilt, the past "spilt" too [MTS];
//! - "fell off the top bunk": a bunk bed named without "bed", read as a head injury as "fell
//!   off the bunk bed" already was, so drowsiness after it is the head-injury emergency row
//!   [HI] (a trampoline or a tree is left out: "fell off the trampoline, grazed knee" is not
//!   a head injury);
//! - "hes 9 months", "he is 10 weeks": a baby's age told without "old" (a "she is" is left
//!   out: "she is 7 months" is as often a pregnancy) [NG143];
//! - "since the baby came", "after bub was born": after a birth, so voices then are the
//!   postpartum psychosis row [CG192];
//! - "I can feel something down there" with the waters gone: a cord come down [MAT];
//! - "bleeding heaps / tons / buckets": heavy bleeding in the words of phones [BLEED].
//!
//! Tests, in other words than the batch, with hard negatives, are in
//! `red_flags_in_one_line_tests.rs`.

use super::lexicon::Sig;

/// Emergency signs and their contexts as one-line texts tell them.
pub(crate) const RED_FLAGS_IN_ONE_LINE: &[(Sig, &str)] = &[
    (
        Sig::Suicidal,
        pats![
            "pills|tablets|meds|paracetamol ~lined ~up",
            "lined up pills|tablets|meds",
            "wants|talking|talks ~end|ending it",
        ],
    ),
    (
        Sig::Burn,
        pats!["spilt|spilled|tipped|knocked ~kettle|teapot|boiling ~on|over|onto"],
    ),
    (
        Sig::HeadInjury,
        pats!["fell|fallen|falling ~off|from|out ~bunk|bunkbed"],
    ),
    (Sig::Infant, pats!["he is #1 months|weeks|mths|wks"]),
    (
        Sig::Postpartum,
        pats!["since|after ~baby|bub|little ~came|arrived|born"],
    ),
    (
        Sig::SomethingOut,
        pats!["feel|feels|felt ~something|cord ~down ~there"],
    ),
    (
        Sig::Severe,
        pats!["bleeding|bleed|blood ~heaps|tons|buckets"],
    ),
];
