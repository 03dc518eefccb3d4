//! Tests for stroke signs that came and went (session 19f): within the day still an
//! emergency, days ago a same-day look [NG128, CG68], told as over in German, Italian and
//! Dutch ("jetzt ist wieder alles gut", "nu alles normaal"), in other words than the
//! corpus, with hard negatives.

use super::thumb_tests::check;
use super::*;

use Urgency::{Emergency, Routine, Urgent};

/// A stroke sign that passed within the day is still a 999 call [NG128].
#[test]
fn a_sign_that_passed_today_is_still_an_emergency() {
    check(&[
        ("dad's mouth went crooked for 10 minutes this afternoon, back to normal now", Emergency),
        ("stamattina per qualche minuto non riusciva a trovare le parole, adesso sta bene", Emergency),
        ("heute Mittag hatte er eine Viertelstunde ein taubes Gesicht, jetzt ist wieder alles gut", Emergency),
        ("vanmiddag kon hij een paar minuten niet goed praten. nu alles normaal.", Emergency),
    ]);
}

/// Days ago and over: a same-day look, not routine and not a 999 call. "Vor 4 Tagen ...
/// zehn Minuten" is no "vor zehn Minuten" (minutes ago), and "wieder alles gut" is a
/// return to well, not the sign back.
#[test]
fn a_sign_that_passed_days_ago_is_urgent() {
    check(&[
        ("vor 4 Tagen konnte mein Vater zehn Minuten lang nicht richtig sprechen, danach war wieder alles gut", Urgent),
        ("vor 5 Tagen ein taubes Gesicht für ein paar Minuten, wieder alles normal", Urgent),
        ("3 dagen geleden kon mijn moeder een paar minuten niet praten. nu alles normaal.", Urgent),
    ]);
}

/// Hard negatives: words that would not come for a card, hoarseness, a cold that is over
/// ("wieder alles gut" now reads as over), numbness from a dental injection years ago.
#[test]
fn words_and_recoveries_that_are_not_stroke_signs() {
    check(&[
        ("non riuscivo a trovare le parole giuste per il biglietto di auguri", Routine),
        ("non riesco a trovare le parole per ringraziarvi", Routine),
        ("ich konnte kaum sprechen, so heiser war ich von der Erkältung", Routine),
        ("nach dem Infekt wieder alles normal, brauche nur ein Attest", Routine),
        ("die Erkältung ist weg, wieder alles gut", Routine),
        ("vor 3 Jahren hatte ich mal ein taubes Gesicht nach dem Zahnarzt, kann ich trotzdem zur Prophylaxe?", Routine),
    ]);
}
