//! Tests for `threats_and_assault_now.rs`, in other words than the corpus, with hard
//! negatives (a threat told as an idiom, hiding from a boss, a blocked nose in Dutch).

use super::thumb_tests::check;

use crate::triage::Urgency::{Emergency, Routine};

/// A threat to kill with someone hiding from it, an assault just done or heard, a
/// strangling told in the passive: someone in danger now [MHF, RCUK].
#[test]
fn a_threat_or_an_assault_under_way_is_an_emergency() {
    check(&[
        (
            "my ex is at the door screaming he'll kill me, I'm hiding in the bedroom with the baby",
            Emergency,
        ),
        (
            "hij staat beneden en zegt dat hij me vermoordt, ik zit verstopt in de badkamer met de kinderen",
            Emergency,
        ),
        ("la voisine crie à l'aide, j'entends des bruits de coups", Emergency),
        (
            "mi marito mi ha appena spinto giù dalle scale, ho il polso storto",
            Emergency,
        ),
        ("he just threw me down the stairs, my arm looks wrong", Emergency),
        (
            "throttled by my boyfriend on Friday and now it hurts to swallow",
            Emergency,
        ),
    ]);
}

/// Hard negatives: a threat told as an idiom, hiding from a boss, "verstopt" as blocked.
#[test]
fn an_idiom_or_a_blocked_nose_is_no_danger() {
    check(&[
        ("my mum will kill me if I miss another appointment", Routine),
        (
            "I'm hiding from my boss at work lol, can I book a smear?",
            Routine,
        ),
        ("mijn neus zit verstopt al een week", Routine),
    ]);
}
