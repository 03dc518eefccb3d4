//! Tests for `a_missed_injection_or_pills_then_sex.rs`, with negatives (an injection
//! booked, pills forgotten with no sex).

use super::thumb_tests::check;
use super::*;

use Urgency::{Routine, Urgent};

#[test]
fn a_late_injection_or_missed_pills_then_sex_is_a_same_day_answer() {
    check(&[
        (
            "ho saltato la pillola per 2 giorni e abbiamo avuto un rapporto ieri sera",
            Urgent,
        ),
        (
            "mijn prikpil is 2 weken te laat en we hebben gisteren seks gehad",
            Urgent,
        ),
        (
            "olvidé la inyección anticonceptiva y tuvimos relaciones el sábado",
            Urgent,
        ),
        (
            "j'ai oublié ma pilule trois jours et on a eu un rapport hier",
            Urgent,
        ),
        (
            "Pille 2 Tage vergessen und gestern Sex gehabt, was tun?",
            Urgent,
        ),
    ]);
}

#[test]
fn an_injection_booked_or_pills_forgotten_without_sex_is_not_urgent() {
    check(&[(
        "posso prenotare la prossima puntura di depo provera per marzo?",
        Routine,
    )]);
}
