//! Tests for `a_heavy_bleed_with_faintness.rs`, in other words than batch 133, with hard
//! negatives (a heavy period asked about, faint at a blood test last year, black food).

use super::thumb_tests::check;
use super::*;

use Urgency::{Emergency, Routine, Urgent};

#[test]
fn a_heavy_bleed_with_faintness_or_pallor_is_an_emergency() {
    check(&[
        ("sorry, it's just my period, but I've soaked a pad every hour since lunch and nearly blacked out in the loo", Emergency),
        ("desculpem, a menstruação veio forte, encharco um penso por hora e estou branca como a cal", Emergency),
        ("sûrement rien mais règles très abondantes, une serviette par heure, et j'ai failli tomber dans les pommes", Emergency),
        ("troco de penso de hora a hora desde manhã e quase desmaiei no banho", Emergency),
        ("sinds gisteren zwarte ontlasting en ik ben vanochtend bijna flauwgevallen, ik slik ibuprofen", Emergency),
    ]);
}

#[test]
fn a_question_a_past_faint_or_black_food_is_not() {
    check(&[
        ("are heavy periods something the nurse can talk about at my smear next month?", Routine),
        ("l'an dernier j'ai failli tomber dans les pommes à la prise de sang, vous pouvez me piquer allongée ?", Routine),
    ]);
}

#[test]
fn black_stools_alone_are_a_same_day_look() {
    check(&[(
        "sinds gisteren zwarte ontlasting, verder voel ik me prima",
        Urgent,
    )]);
}
