//! Tests for phone typing (session 11 in TRIAGE.md): shorthand, slash forms, messages
//! with no punctuation, and the concepts found by blind batches 46-47, each in other
//! words than the batches, with hard negatives.

use super::*;

use Department::Clinical;
use Urgency::{Emergency, Routine, Urgent};

/// The rules alone (the learned opinion has its own tests) must give each urgency.
fn check(cases: &[(&str, Urgency)]) {
    let triager = Triager::with_model(&TriageRules::default(), None);
    let failures: Vec<String> = cases
        .iter()
        .filter_map(|(text, urgency)| {
            let got = triager.assess(text);
            (got.urgency != *urgency).then(|| {
                format!(
                    "{text:?}: want {urgency:?}, got {:?} ({})",
                    got.urgency, got.reason
                )
            })
        })
        .collect();
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn thumb_shorthand_dates_and_negates() {
    check(&[
        // "yrs", "yr", "wk" written out, so the past cues see them.
        (
            "heart attack 6 yrs ago all good just need my statins",
            Routine,
        ),
        (
            "had a seizure 5 yrs ago none since can i have a filling",
            Routine,
        ),
        ("mini stroke last yr, need my repeat prescription", Routine),
        // "w/o" negates like "without"; "w/" is "with".
        ("sore throat w/o fever since monday", Routine),
        ("chest pain w/ sweating", Emergency),
        ("feverish w/ a stiff neck", Emergency),
    ]);
}

#[test]
fn a_word_for_now_ends_a_past_cue_in_unpunctuated_text() {
    check(&[
        // One clause, no punctuation: the drooping is now, the stroke then.
        (
            "she had a stroke 3 yrs ago now her face is drooping again",
            Emergency,
        ),
        ("in 2018 i had a clot now my calf is swollen n red", Urgent),
        // Without a word for now the past cue still dates what follows it.
        ("had a stroke 3 yrs ago she is fine", Routine),
        // "still" and "j'ai" are not words for now: these stay in the past.
        (
            "had pneumonia last year still a bit breathless on long hikes",
            Routine,
        ),
        (
            "il y a un mois j ai eu une douleur dans la poitrine, plus rien depuis",
            Routine,
        ),
    ]);
    let triager = Triager::with_model(&TriageRules::default(), None);
    assert_eq!(
        triager
            .assess("stroke 2 yrs ago now face drooping")
            .department,
        Clinical
    );
}
