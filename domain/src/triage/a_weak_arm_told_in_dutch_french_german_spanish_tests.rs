//! Tests for `a_weak_arm_told_in_dutch_french_german_spanish.rs`: an arm or leg that will
//! not lift, told now or earlier today, and slurred speech, in other words than the
//! batches; the same told years ago, denied or of someone else's past.

use super::thumb_tests::check;
use super::*;

use Urgency::{Emergency, Routine};

/// An arm or leg that will not lift, now or earlier today: an emergency.
#[test]
fn an_arm_that_will_not_lift_now_or_earlier_today_is_an_emergency() {
    check(&[
        (
            "mijn moeder kan haar rechterarm ineens niet meer optillen",
            Emergency,
        ),
        (
            "vanmiddag kon opa zijn arm een kwartier niet optillen, nu gaat het weer",
            Emergency,
        ),
        (
            "mijn vader praat sinds een uur met een dubbele tong",
            Emergency,
        ),
        (
            "ma mère ne peut plus lever le bras gauche depuis ce midi",
            Emergency,
        ),
        (
            "mein Mann kann plötzlich den linken Arm nicht heben",
            Emergency,
        ),
        ("seit dem Frühstück ist ihr Bein kraftlos", Emergency),
        (
            "mi abuela no puede levantar el brazo derecho desde hace media hora",
            Emergency,
        ),
        (
            "a mi padre se le quedó el brazo sin fuerza esta mañana",
            Emergency,
        ),
    ]);
}

/// The same sign years ago, or denied: not an emergency now.
#[test]
fn an_arm_weakness_years_ago_or_denied_is_not_an_emergency() {
    check(&[
        ("na zijn beroerte in 2015 kon hij zijn arm niet optillen, nu wil hij een herhaalrecept", Routine),
        ("il y a 5 ans il ne pouvait plus lever le bras après son AVC, on voudrait juste un certificat", Routine),
        ("kein Problem mit den Armen, er kann den Arm heben, wir brauchen nur ein Rezept", Routine),
    ]);
}
