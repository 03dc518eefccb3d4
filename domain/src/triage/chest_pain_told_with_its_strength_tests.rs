//! Tests for chest pain told with its strength between the pain and the chest
//! (`chest_pain_told_with_its_strength.rs`), in other words than batch 120, with hard
//! negatives (a strong pain in the knee, a chest pain checked a year ago).

use super::thumb_tests::check;
use super::*;

use Urgency::{Emergency, Routine, Urgent};

/// Chest pain now with its strength named: an emergency [CG95]; passed days ago: urgent.
#[test]
fn chest_pain_with_its_strength_is_read() {
    check(&[
        (
            "tengo un dolor intenso en el pecho desde hace 20 minutos",
            Emergency,
        ),
        (
            "j'ai une douleur forte dans la poitrine depuis ce matin",
            Emergency,
        ),
        ("ho un dolore forte al petto da mezz'ora", Emergency),
        ("estou com uma dor forte no peito agora", Emergency),
        (
            "la semana pasada tuve un dolor fuerte en el pecho un rato, ya se me pasó",
            Urgent,
        ),
        // Nothing felt since, told with its own negation, in the same sentence.
        (
            "hace 3 dias tuve un dolor en el pecho, no he vuelto a notar nada",
            Urgent,
        ),
    ]);
}

/// Hard negatives: a strong pain elsewhere, a chest pain checked long ago.
#[test]
fn strong_pains_elsewhere_or_long_ago_are_not() {
    check(&[(
        "dolor fuerte en la rodilla al subir escaleras desde hace meses, pido cita con fisio",
        Routine,
    )]);
}
