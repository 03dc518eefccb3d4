//! Tests for `kidney_infection_signs.rs`, in other words than the corpus, with hard negatives.

use super::thumb_tests::check;

use crate::triage::Urgency::{Routine, Urgent};

/// Burning passing urine with rigors or a sore flank: a kidney infection, seen the same
/// day [PYELO].
#[test]
fn a_urine_infection_with_rigors_or_a_sore_flank_is_same_day() {
    check(&[
        (
            "it burns when I wee and I've had rigors since lunch",
            Urgent,
        ),
        (
            "weeing is like passing glass and my left loin aches",
            Urgent,
        ),
        (
            "cistite da tre giorni, adesso mi fa male il fianco sinistro",
            Urgent,
        ),
        (
            "Blasenentzündung und jetzt Schmerzen in der linken Flanke",
            Urgent,
        ),
        (
            "infection urinaire depuis lundi, maintenant mal au flanc droit",
            Urgent,
        ),
        ("ardor al orinar y dolor en el flanco derecho", Urgent),
        ("blaasontsteking en nu pijn in mijn zij", Urgent),
    ]);
}

/// Hard negatives: a cystitis with no other sign, chills with no urine sign, a flank
/// bruise told without a urine sign, a burning that has gone.
#[test]
fn a_plain_cystitis_or_chills_alone_is_not_this_sign() {
    check(&[
        (
            "a bit of burning when I pee since yesterday, can I get a test?",
            Routine,
        ),
        (
            "had a cold with chills last week, all fine now, need a sick note",
            Routine,
        ),
        (
            "bruciore a fare pipi passato, volevo solo ritirare l'esito",
            Routine,
        ),
    ]);
}
