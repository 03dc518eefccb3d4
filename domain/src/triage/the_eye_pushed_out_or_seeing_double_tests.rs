//! Tests for `the_eye_pushed_out_or_seeing_double.rs`: a swollen eye with double vision or
//! the eye pushed out, in seven languages and other words; a swollen lid that hurts to
//! move stays urgent, a stye and puffy eyes routine.

use super::thumb_tests::check;
use super::*;

use Urgency::{Emergency, Routine, Urgent};

/// A swollen eye with an orbital sign: an emergency.
#[test]
fn a_swollen_eye_with_an_orbital_sign_is_an_emergency() {
    check(&[
        (
            "after my sinus infection my left eyelid is puffy and now I'm seeing double",
            Emergency,
        ),
        (
            "a mi hijo se le ha hinchado el párpado y ahora ve doble",
            Emergency,
        ),
        (
            "depuis la sinusite sa paupière est gonflée et son œil sort un peu",
            Emergency,
        ),
        (
            "nach der Lid-OP ist das Auge geschwollen und ich sehe doppelt",
            Emergency,
        ),
        (
            "mia figlia ha la palpebra gonfia e l'occhio sporgente",
            Emergency,
        ),
        (
            "o meu olho está inchado e saltado desde a sinusite",
            Emergency,
        ),
        (
            "mijn ooglid is gezwollen en ik zie sinds vanochtend dubbel",
            Emergency,
        ),
    ]);
}

/// A swollen lid that hurts to move stays urgent; a stye and puffy eyes are routine.
#[test]
fn a_sore_swollen_lid_is_urgent_and_a_stye_or_puffy_eyes_routine() {
    check(&[
        (
            "my son's eyelid is red and swollen and it hurts him to move the eye",
            Urgent,
        ),
        (
            "I've got a stye on my lower eyelid, can I book with the nurse?",
            Routine,
        ),
        (
            "mes yeux sont un peu gonflés le matin, c'est normal ?",
            Routine,
        ),
        (
            "tengo un orzuelo desde hace dos días, ¿me dan cita?",
            Routine,
        ),
        (
            "ik heb een strontje op mijn ooglid, wanneer kan ik langskomen",
            Routine,
        ),
    ]);
}
