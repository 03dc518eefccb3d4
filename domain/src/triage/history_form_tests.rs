//! Tests for `scope/history_form.rs`, in other words than batch 115: a form's question about
//! history is routine; a sign told beside a form with something going on, or without a
//! word for history, stays what it is.

use super::thumb_tests::check;

use crate::triage::Urgency::{Emergency, Routine};

/// A form's question or a record's entry about history, with a question and nothing now.
#[test]
fn a_history_form_question_is_routine() {
    check(&[
        ("The travel insurance form asks if I have ever had a seizure. I had one at 15. What do I put?", Routine),
        ("Der Fragebogen fragt nach Schlaganfall in der Familie. Meine Oma hatte einen. Muss ich das angeben?", Routine),
        ("Op het formulier staat 'ooit een hartaanval gehad?'. Nee toch? Mag ik het leeg laten?", Routine),
    ]);
}

/// A sign told beside a form that is going on now, or without a word for history.
#[test]
fn a_sign_beside_a_form_told_now_stays_an_emergency() {
    check(&[
        ("The form asks about chest pain and I have crushing chest pain right now, what do I do?", Emergency),
        ("Wo ist das Formular? Mein Mann hat plötzlich einen schiefen Mund und lallt", Emergency),
        ("can you resend the form? my daughter's tongue is swelling up after a peanut", Emergency),
    ]);
}
