//! Tests for session 16a's scope changes (TRIAGE.md): a high blood pressure told with
//! "I feel fine", a wish to die denied in German and Dutch word order, "none since" as
//! an event told as over, a duration on a day before today, and "since <weekday>" as
//! ongoing. Other words than the corpus, with hard negatives both ways.

use super::thumb_tests::check;
use super::*;

use Urgency::{Emergency, Routine, Urgent};

#[test]
fn a_very_high_pressure_told_with_feeling_well_is_still_a_same_day_look() {
    check(&[
        ("my bp is 192/124 but I feel perfectly well", Urgent),
        ("190/122 on the machine, feeling fine otherwise", Urgent),
        ("tensión 188/121 esta mañana, me siento bien", Urgent),
        ("Blutdruck 195/125, ich fühle mich gut", Urgent),
        ("bloeddruk 186/123 maar ik voel me goed", Urgent),
        // With a sign of harm it is an emergency [NG136, consensus].
        ("bp 200/125 and a pounding headache", Emergency),
        // Hard negatives: a high reading that has settled, or one from weeks ago.
        (
            "bp was 185/121 last week, settled now on the new tablet",
            Routine,
        ),
    ]);
}

#[test]
fn a_wish_to_die_denied_is_no_intent_and_a_wish_to_die_still_is() {
    check(&[
        (
            "meine Tochter will nicht sterben, sie hat Angst vor der OP",
            Routine,
        ),
        (
            "mijn vader wil echt niet dood, hij is bang voor de operatie",
            Routine,
        ),
        (
            "mi madre no quiere morir, tiene miedo de la anestesia",
            Routine,
        ),
        ("ma mère ne veut pas mourir, elle a peur", Routine),
        (
            "mia nonna non vuole morire, ha paura dell'intervento",
            Routine,
        ),
        ("meu pai não quer morrer, tem medo", Routine),
        // Hard negatives the other way: not wanting to live any more, wanting to die.
        ("er will nicht mehr leben", Emergency),
        ("ich will nicht mehr will nur noch sterben", Emergency),
        ("hij wil niet meer leven", Emergency),
        ("ik wil dood", Emergency),
    ]);
}

#[test]
fn nothing_since_tells_a_chest_pain_as_over_on_a_day_before() {
    check(&[
        (
            "chest felt tight for about an hour on friday night, nothing since. it's sunday",
            Urgent,
        ),
        (
            "I had chest pain yesterday for half an hour, haven't had any since",
            Urgent,
        ),
        ("Brustschmerzen vor 3 Tagen, seitdem nichts mehr", Urgent),
        // Hard negatives: within the day it is still an emergency [CG95]; it came
        // back; a duration with no day is not dated.
        (
            "chest pain this morning for 20 minutes, none since",
            Emergency,
        ),
        (
            "chest pain on monday, nothing since until it came back an hour ago",
            Emergency,
        ),
        (
            "chest pain for half an hour, it hasn't come back",
            Emergency,
        ),
    ]);
}

#[test]
fn since_a_weekday_is_ongoing() {
    check(&[
        // "Since Sunday" ends the older past cue: the pain is now.
        (
            "saw you last year about my knee, but since sunday pain low on the right of my belly, getting worse",
            Urgent,
        ),
        ("chest pain since tuesday", Emergency),
        // Hard negatives: a weekday that dates an event told as over.
        ("last thursday my face drooped for ten minutes, fine since", Urgent),
        ("had a fever on monday, fine since, can I keep my appointment", Routine),
    ]);
}
