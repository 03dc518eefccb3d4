//! Tests for `scope/a_duration_not_a_count.rs`: a number with a unit of time or distance
//! after a verb of taking is how long, not how many tablets, in seven languages; counts of
//! tablets told beside a time still read as an overdose.

use super::thumb_tests::check;
use super::*;

use Urgency::{Emergency, Routine};

/// "It took 40 minutes" is a duration, not an overdose.
#[test]
fn a_duration_after_a_verb_of_taking_is_not_an_overdose() {
    check(&[
        (
            "the phone queue took 40 minutes this morning, can I book online instead?",
            Routine,
        ),
        (
            "the drive took 25 miles each way, is there a nearer clinic?",
            Routine,
        ),
        (
            "me tomó 45 minutos llegar, ¿se puede cambiar de centro?",
            Routine,
        ),
        (
            "ça m'a pris 40 minutes en bus, vous avez un cabinet plus près ?",
            Routine,
        ),
        (
            "es hat 30 Minuten gedauert, bis ich durchkam; wann ist der nächste Termin?",
            Routine,
        ),
        (
            "ci ho messo 50 minuti in macchina, avete un ambulatorio più vicino?",
            Routine,
        ),
        (
            "tomou 30 minutos chegar aí, há consultas mais cedo?",
            Routine,
        ),
        (
            "het duurde 40 minuten voor ik jullie aan de lijn had, kan ik online boeken?",
            Routine,
        ),
    ]);
}

/// Tablets counted beside a time still read as an overdose.
#[test]
fn a_count_of_tablets_beside_a_time_is_still_an_overdose() {
    check(&[
        ("she took 25 tablets about 40 minutes ago", Emergency),
        ("took 30 of my pills 10 minutes ago", Emergency),
        ("il a pris 20 comprimés il y a 30 minutes", Emergency),
        ("tomó 20 pastillas hace 15 minutos", Emergency),
        ("hij heeft 30 pillen geslikt, 20 minuten geleden", Emergency),
    ]);
}
