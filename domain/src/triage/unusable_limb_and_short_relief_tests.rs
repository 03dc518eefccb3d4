//! Tests for `unusable_limb_and_short_relief.rs`, in other words than the corpus, with hard
//! negatives.

use super::thumb_tests::check;

use crate::triage::Urgency::{Routine, Urgent};

/// A limb that cannot be moved or borne on after an injury: a same-day X-ray [BOAST].
#[test]
fn a_limb_that_cannot_be_used_after_an_injury_is_same_day() {
    check(&[
        (
            "i tripped on the kerb and my ankle is so sore i cant use it",
            Urgent,
        ),
        (
            "me caí en la escalera y no puedo pisar con el pie derecho",
            Urgent,
        ),
        (
            "je suis tombée dans l'escalier et je peux plus marcher dessus",
            Urgent,
        ),
        (
            "beim Fussball umgeknickt, ich kann seit heute nicht mehr auftreten",
            Urgent,
        ),
        (
            "van de fiets gevallen, mijn pols kan ik niet bewegen",
            Urgent,
        ),
        (
            "caduta dalle scale, la caviglia non riesco ad appoggiarla",
            Urgent,
        ),
        ("cai da bicicleta e não consigo apoiar o pé no chão", Urgent),
    ]);
}

/// Hard negatives: an appointment that cannot be changed, a limb that can be used. ("no puedo mover la cita" reads as a stroke and "no puedo apoyar a mi
/// hermana" as a limb by older rows: see TRIAGE.md, session 19g.)
#[test]
fn an_appointment_or_a_usable_limb_is_not_an_injury_sign() {
    check(&[
        (
            "twisted my ankle last week, a bit sore but I can walk on it fine",
            Routine,
        ),
        ("kann ich den Termin nicht verschieben?", Routine),
        ("I can't move my appointment, can you call me?", Routine),
        ("je ne peux pas bouger mon rendez-vous de jeudi", Routine),
    ]);
}

/// Asthma with a reliever that holds only briefly or is needed often: a same-day review [BTS].
#[test]
fn asthma_with_a_reliever_that_does_not_hold_is_same_day() {
    check(&[
        (
            "my asthma is playing up, the ventolin wears off after an hour",
            Urgent,
        ),
        (
            "tengo asma y el inhalador me dura poco, toso toda la noche",
            Urgent,
        ),
        (
            "asthme depuis hier, la ventoline me soulage pas longtemps",
            Urgent,
        ),
        ("Asthma schlechter, das Notfallspray hilft nur kurz", Urgent),
        (
            "astma: mijn puffer helpt maar even, ik kan wel praten",
            Urgent,
        ),
        (
            "asma do meu filho, bombinha a cada 3 horas desde ontem",
            Urgent,
        ),
        ("asma, uso lo spray ogni 2 ore da stamattina", Urgent),
    ]);
}

/// Hard negatives: a reliever that works, or that wears off with no asthma named (the row
/// needs asthma: a reliever alone lifts nothing).
#[test]
fn a_reliever_that_works_is_not_a_same_day_sign() {
    check(&[
        (
            "asthma fine, inhaler works well, can I get a repeat?",
            Routine,
        ),
        ("asma controlada, uso el ventolin una vez al mes", Routine),
        (
            "the ventolin for my cough wears off quickly, is there a longer one?",
            Routine,
        ),
    ]);
}

/// The limb told by what the patient or a child cannot or will not do with it [BOAST].
#[test]
fn a_limb_a_child_will_not_use_or_straighten_is_same_day() {
    check(&[
        (
            "fell off the trampoline and he wont use his arm at all",
            Urgent,
        ),
        (
            "twisted it playing rugby and I cant straighten my knee",
            Urgent,
        ),
        (
            "ela caiu da escada e não quer pisar com o pé esquerdo",
            Urgent,
        ),
        (
            "hij is gevallen en kan het niet buigen, zijn elleboog",
            Urgent,
        ),
    ]);
}
