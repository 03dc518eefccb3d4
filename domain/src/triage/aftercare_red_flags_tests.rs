//! Tests for the emergencies after a procedure in lay words (`aftercare_red_flags.rs`),
//! in other words than batch 92, with hard negatives (past, negated, someone's glasses,
//! a sore throat, skin peeling after the sun).

use super::thumb_tests::check;
use super::*;

use Urgency::{Emergency, Routine};

#[test]
fn most_of_the_sight_gone_in_one_eye_is_an_emergency() {
    check(&[
        (
            "since this afternoon I have lost almost all the sight in my right eye",
            Emergency,
        ),
        (
            "he perdido casi toda la vista del ojo izquierdo de repente",
            Emergency,
        ),
        (
            "depuis ce matin j'ai perdu quasiment toute la vue à droite",
            Emergency,
        ),
        ("ik zie bijna niks meer met mijn linkeroog", Emergency),
        // Hard negatives: glasses lost, the loss long ago and treated.
        (
            "I lost my glasses and half my contact lenses, can I order new ones?",
            Routine,
        ),
    ]);
}

#[test]
fn dim_sight_after_filler_is_an_emergency() {
    check(&[
        (
            "had tear trough filler at lunch and now my sight on that side is getting hazy",
            Emergency,
        ),
        (
            "ayer me pusieron ácido en los labios y hoy veo nublado de un ojo",
            Emergency,
        ),
        // Hard negatives: no filler, or the sight fine.
        (
            "after my filler my vision is fine, just a small bruise. Can I wear makeup?",
            Routine,
        ),
    ]);
}

#[test]
fn double_vision_and_hard_swallowing_after_toxin_is_an_emergency() {
    check(&[
        (
            "Botox vor einer Woche, jetzt kann ich schlecht schlucken und sehe verschwommen",
            Emergency,
        ),
        (
            "me pusieron bótox hace 5 días y me cuesta tragar, hablo raro",
            Emergency,
        ),
        // Hard negative: swallowing was hard before the toxin and is fine now.
        (
            "Botox letzte Woche, alles gut, ich kann normal schlucken. Wann ist die Kontrolle?",
            Routine,
        ),
    ]);
}

#[test]
fn a_peel_liquid_in_the_eye_is_an_emergency() {
    check(&[
        (
            "during my peel some of the solution ran into my eye and I can't open it",
            Emergency,
        ),
        (
            "pendant le peeling le produit a coulé dans l'oeil, ça brûle",
            Emergency,
        ),
        // Hard negative: skin peeling after a sunburn, nothing in the eye.
        (
            "my skin is peeling after the beach, can I still come for my facial?",
            Routine,
        ),
    ]);
}

#[test]
fn blood_through_the_dressing_and_clothes_is_an_emergency() {
    check(&[
        (
            "the blood has soaked through the dressing and my jeans after the cyst removal",
            Emergency,
        ),
        (
            "la sangre traspasa el vendaje desde hace media hora",
            Emergency,
        ),
        (
            "das Blut ist durch den Verband durchgeblutet und hört nicht auf",
            Emergency,
        ),
        // Hard negative: a spot on the dressing that has stopped.
        (
            "a small spot of blood on the dressing this morning, it has stopped. Normal?",
            Routine,
        ),
    ]);
}

#[test]
fn breathing_getting_hard_with_a_swelling_face_is_an_emergency() {
    check(&[
        (
            "nach der Spritze schwillt meine Lippe an und das Atmen wird immer schwerer",
            Emergency,
        ),
        // Hard negative: breathing hard when climbing stairs, asked about a booking.
        (
            "meine Mutter kann schlecht Treppen steigen, gibt es einen Termin im Erdgeschoss?",
            Routine,
        ),
    ]);
}

#[test]
fn se_marea_is_faintness() {
    check(&[
        (
            "mi hija se cortó con un cristal, no para de sangrar y se marea",
            Emergency,
        ),
        // Hard negative: the tide ("la marea") is not faintness.
        (
            "vamos a la playa con la marea baja, ¿abren el sábado?",
            Routine,
        ),
    ]);
}
