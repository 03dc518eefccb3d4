//! Tests for a fit still going in known epilepsy (`mod.rs`, session 25a): "not stopping"
//! counts anywhere in the fit's sentence, two commas on ("a fit for 6 minutes, usually 1,
//! not stopping"), so the usual fit's same-day look does not take it [EPI]; a usual fit
//! that is over stays a same-day look.

use super::thumb_tests::check;
use super::*;

use Urgency::{Emergency, Urgent};

#[test]
fn a_fit_not_stopping_in_known_epilepsy_is_an_emergency() {
    check(&[
        ("sorry to ask, my son has epilepsy and is having a seizure, normally 30 seconds, it's been 7 minutes, it won't stop", Emergency),
        ("mi hermano epiléptico está con una crisis, normalmente le dura poco, hoy ya van 8 minutos, no para", Emergency),
    ]);
}

#[test]
fn a_usual_fit_that_is_over_is_a_same_day_look() {
    check(&[(
        "my daughter has epilepsy, she had one of her usual seizures this morning, one minute, over now and sleepy",
        Urgent,
    )]);
}
