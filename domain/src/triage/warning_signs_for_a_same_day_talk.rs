//! The warning signs behind a same-day mental health or safety call, told in lay words on a
//! phone without a plan (batch 111): a partner who controls ("my boyfriend won't let me
//! leave"), not feeling safe going home, voices come back after
//! medicines were stopped, a wish not to live told with a denial of intent, a night of
//! "dark stuff", scratching the arms with something sharp, the first days without alcohol
//! after years of it. Each feeds a signal that is a same-day look on its own [NG225, MHF,
//! CG100, consensus]; with a plan, the means or a goodbye the table makes it an emergency.
//! Tests, in other words than the batch, with hard negatives (a doctor who will not give
//! antibiotics, a bus home after a blood test, a dry January planned), are in
//! `warning_signs_for_a_same_day_talk_tests.rs`.

use super::lexicon::Sig;

/// Same-day warning signs in lay words.
pub(crate) const WARNING_SIGNS_FOR_A_SAME_DAY_TALK: &[(Sig, &str)] = &[
    (
        // Coercive control, and fear of going home [MHF, consensus].
        Sig::AbuseRisk,
        pats![
            "!partner|husband|wife|boyfriend|girlfriend ~doesnt|wont ~let ~me ~leave|see|have",
            "!dont|not ~feel ~safe ~going ~home|at ~home",
        ],
    ),
    (
        // Voices or suspicion back after an antipsychotic was stopped or missed [NG225].
        Sig::Psychosis,
        pats!["voices ~came ~back", "people ~are ~watching ~me"],
    ),
    (
        // A wish not to live, or thoughts told as "dark stuff", or sharp things on the arms.
        Sig::DarkThoughts,
        pats![
            "!not ~wanting ~to ~live",
            "thinking ~dark ~stuff|things",
            "thinks|thinking|thought ~about ~ending ~things",
            "scratch|scratching ~arms|wrists|legs ~compass|blade|razor|glass|scissors",
        ],
    ),
    (
        // The first days without alcohol after daily drinking [CG100].
        Sig::Withdrawal,
        pats!["day ~#1 ~of ~no|without ~alcohol|drink|booze|drinking"],
    ),
];
