//! Tests for session 18g's scope changes (TRIAGE.md): "normal" tells how the thing
//! before it is, not that later signs are a general question; a swelling denied between
//! the part and its state; "since I stopped X" dates a sign's start; "not worse" is no
//! worsening. Other words than the corpus, with hard negatives both ways.

use super::thumb_tests::check;
use super::*;

use Urgency::{Emergency, Routine, Urgent};

#[test]
fn normal_before_a_later_sign_does_not_make_the_sign_a_question() {
    check(&[
        (
            "temp 39.1, drinking normally but her neck is stiff and the light hurts her eyes",
            Emergency,
        ),
        (
            "39 de fiebre, come normal pero tiene el cuello rígido y le molesta la luz",
            Emergency,
        ),
        (
            "39 Fieber, isst normal aber hat einen steifen Nacken und die Helligkeit tut weh",
            Emergency,
        ),
        (
            "fever 39, eating normally, neck stiff and cant bear the light",
            Emergency,
        ),
        (
            "38.7 and drinking normally and has a stiff neck and hates bright light",
            Emergency,
        ),
        // Hard negatives: a real question (with or without its question mark), and the
        // signs denied.
        (
            "is it normal to have a stiff neck after sleeping funny?",
            Routine,
        ),
        (
            "is it normal for my gums to be a bit swollen after a clean",
            Routine,
        ),
        (
            "eating normally, no stiff neck, no rash, temp 37.9",
            Routine,
        ),
    ]);
}

#[test]
fn a_swelling_denied_between_the_part_and_its_state_is_a_reassurance() {
    check(&[
        (
            "Nesselausschlag nach Penicillin, Lippen nicht geschwollen, Atmung normal",
            Urgent,
        ),
        (
            "urticaria depois do antibiótico, lábios não inchados, respira normal",
            Urgent,
        ),
        (
            "hives after the new tablets, atmet normal, zunge nicht dick",
            Urgent,
        ),
        // Hard negatives: the swelling told, an emergency after an allergen [RCUK].
        ("hives after peanuts and her tongue is swollen", Emergency),
        ("Nesselausschlag nach Erdnüssen, Zunge dick", Emergency),
    ]);
}

#[test]
fn a_sign_since_something_was_stopped_is_current() {
    check(&[
        (
            "hearing voices again since he stopped his risperidone",
            Urgent,
        ),
        (
            "she's paranoid and not sleeping since she stopped taking her meds",
            Urgent,
        ),
        // Hard negatives: the sign itself stopped.
        ("the bleeding stopped an hour ago", Routine),
        ("since the nosebleed stopped I've been ok", Routine),
    ]);
}

#[test]
fn a_pain_told_as_not_worse_is_not_worsening() {
    check(&[
        ("knee pain for a week, not worse, just annoying", Routine),
        ("back ache, no worse than last month", Routine),
        ("dor nas costas há uma semana, não piorou", Routine),
        (
            "Rückenschmerzen seit einer Woche, nicht schlimmer geworden",
            Routine,
        ),
        ("mal au dos depuis une semaine, c'est pas pire", Routine),
        // Hard negatives: worsening told, or improvement denied.
        ("knee pain getting worse every day", Urgent),
        ("back ache, not getting any better", Urgent),
        ("Rückenschmerzen, immer schlimmer", Urgent),
    ]);
}

/// "Gone" with a word between it and the new state is still an onset, not a recovery:
/// "my voice has gone really weak" (session 23c, batch 125); a sign that has gone, with an
/// intensifier and no state after it ("gone really down", "gone completely"), is over.
#[test]
fn gone_really_weak_is_an_onset_not_a_recovery() {
    check(&[
        (
            "had botox in my neck last week and today my voice has gone really weak and i struggle to swallow",
            Emergency,
        ),
        ("the swelling has gone really down now, thanks", Routine),
        ("the headache has gone completely, thanks for the advice", Routine),
    ]);
}
