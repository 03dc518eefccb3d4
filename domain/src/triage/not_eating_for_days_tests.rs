//! Tests for `not_eating_for_days.rs`: intake fallen to almost nothing, in other words
//! than the corpus, with hard negatives (eating fine, a fussy child, a diet, a fast).

use super::thumb_tests::check;
use super::*;

use Urgency::{Routine, Urgent};

#[test]
fn intake_fallen_to_almost_nothing() {
    check(&[
        ("grandpa is 88 and has hardly eaten since sunday", Urgent),
        (
            "the home says nan keeps refusing any meals and fluids",
            Urgent,
        ),
        ("my aunt is only managing sips of juice, she is 90", Urgent),
        ("mi abuela casi no come desde el lunes", Urgent),
        ("ma mère ne mange presque rien depuis trois jours", Urgent),
        ("Opa isst kaum noch seit dem Sturz", Urgent),
        ("mia nonna mangia pochissimo da giorni", Urgent),
        ("a minha avó quase não come há uma semana", Urgent),
        ("mijn moeder eet bijna niets meer", Urgent),
    ]);
}

#[test]
fn eating_normally_or_by_choice_is_not_it() {
    check(&[
        (
            "dad is eating and drinking well since the op, thanks",
            Routine,
        ),
        ("my son is a fussy eater, only wants pasta", Routine),
        ("can I have a sip of water before my blood test?", Routine),
        ("mi madre come bien y está contenta", Routine),
    ]);
}
