//! Tests for `emergencies_told_beside_a_past.rs`, in other words than batch 115, with hard
//! negatives (a daily dose, a repeat request, an arm sore after a jab, a door slammed, a
//! belly hard from wind told as a question).

use super::thumb_tests::check;

use crate::triage::Urgency::{Emergency, Routine};

/// A named medicine by the handful or the whole supply, a weak arm on one side, words that
/// will not come, short air, a bang in the head, a board-hard belly with pain, someone
/// seen lying on the floor [POIS, FAST, RCUK, NG228, APP, MTS].
#[test]
fn an_emergency_told_in_these_words_is_an_emergency() {
    check(&[
        (
            "my brother took a handful of his quetiapine after the row",
            Emergency,
        ),
        ("hij heeft al zijn diazepam geslikt met bier", Emergency),
        (
            "Er hat alle seine Citalopram eingenommen, vor einer Stunde",
            Emergency,
        ),
        (
            "Opa hat die ganze Wochendosette auf einmal geschluckt",
            Emergency,
        ),
        (
            "seit zehn Minuten ist die linke Hand kraftlos und schief",
            Emergency,
        ),
        (
            "meinem Vater fallen die Wörter nicht ein, seit dem Mittagessen",
            Emergency,
        ),
        ("Nach dem Bienenstich: Luft bekomme ich kaum", Emergency),
        (
            "Plötzlich ein Knall im Kopf beim Joggen, jetzt Übelkeit",
            Emergency,
        ),
        (
            "mijn vrouw heeft buikpijn, haar buik is steenhard",
            Emergency,
        ),
        (
            "ik zag hem door het raam op de vloer liggen, hij reageert niet",
            Emergency,
        ),
    ]);
}

/// Hard negatives: a daily dose, a repeat, an arm sore after a jab, a door slammed.
#[test]
fn a_dose_a_repeat_or_a_door_is_no_emergency() {
    check(&[
        (
            "ich habe meine Citalopram heute genommen wie immer, bitte ein Rezept",
            Routine,
        ),
        (
            "al mijn oxazepam is op, kan ik een herhaalrecept krijgen?",
            Routine,
        ),
        (
            "my arm is sore and a bit weak after the jab yesterday, normal?",
            Routine,
        ),
        (
            "Mit einem Knall fiel die Tür zu, können Sie die Klinke reparieren?",
            Routine,
        ),
    ]);
}
