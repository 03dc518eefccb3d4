//! Tests for the same-day line and its look-alikes (`same_day_lookalikes.rs`), in other
//! words than batch 91, with hard negatives (a dose taken on time, a missed contraceptive
//! pill, a clean wound, sepsis that is the writer's, a real overdose).

use super::thumb_tests::check;
use super::*;

use Urgency::{Emergency, Routine, Urgent};

#[test]
fn a_critical_dose_missed_or_a_beta_blocker_run_out_is_a_same_day_call() {
    check(&[
        (
            "no more atenolol since friday, pharmacy can't get it till next week",
            Urgent,
        ),
        (
            "I forgot two doses of my epilim yesterday, feel a bit off today",
            Urgent,
        ),
        (
            "mi sono scordata la pastiglia dell'epilessia stamattina",
            Urgent,
        ),
        // Hard negatives: taken on time; an ordinary missed pill.
        (
            "took my bisoprolol as usual, can I have a repeat prescription?",
            Routine,
        ),
    ]);
}

#[test]
fn a_wound_red_and_angry_or_seeping_cloudy_fluid_is_infected() {
    check(&[
        (
            "the c-section scar is red and angry at one end since yesterday",
            Urgent,
        ),
        (
            "yellow fluid oozing from my knee replacement wound this morning",
            Urgent,
        ),
        // Hard negative: clear and dry.
        (
            "my wound is clean and dry, no redness. When are the clips out?",
            Routine,
        ),
    ]);
}

#[test]
fn someone_elses_sepsis_or_a_programme_about_it_is_not_the_writers() {
    check(&[
        (
            "a colleague of mine had sepsis after a cat bite, now I'm worried about my scratch which looks fine",
            Routine,
        ),
        (
            "ma voisine a eu une septicémie l'an dernier, quels signes surveiller ?",
            Routine,
        ),
        (
            "I read an article about sepsis, what should parents look out for?",
            Routine,
        ),
        // Hard negative: the writer's own sepsis signs.
        (
            "my friend says I look awful, I'm shivering, mottled and confused, is this sepsis?",
            Emergency,
        ),
    ]);
}

#[test]
fn finishing_a_course_of_tablets_is_not_an_overdose() {
    check(&[
        (
            "do I have to finish all the antibiotics if the rash is gone?",
            Routine,
        ),
        (
            "¿tengo que terminar todas las pastillas aunque ya no me duele?",
            Routine,
        ),
        // Hard negatives: a threat and an act stay emergencies.
        (
            "quiero terminar con todo, me voy a tomar todas las pastillas",
            Emergency,
        ),
        ("I've taken all my tablets at once", Emergency),
    ]);
}

#[test]
fn stopped_in_portuguese_and_italian_is_resolved_and_not_stopped_is_ongoing() {
    check(&[
        (
            "fiz a extração ontem e já parou de sangrar, posso escovar?",
            Routine,
        ),
        (
            "il taglio ha già smesso di sanguinare, posso fare la doccia?",
            Routine,
        ),
        // Hard negatives: not stopped is an emergency.
        (
            "fiz a extração às 10h e não parou de sangrar até agora",
            Emergency,
        ),
        ("il naso non ha smesso di sanguinare da un'ora", Emergency),
        // "Stopped" breathing or answering is never resolved.
        ("a avó parou de responder e está pálida", Emergency),
        (
            "il neonato ha smesso di respirare per qualche secondo",
            Emergency,
        ),
    ]);
}

#[test]
fn a_broken_fever_a_morning_after_or_a_burst_vessel_in_the_eye_is_not_a_red_flag() {
    check(&[
        (
            "her temperature broke last night and she's eating again, can she swim Saturday?",
            Routine,
        ),
        (
            "a bit of swelling the morning after my botox, is ice ok?",
            Routine,
        ),
        (
            "tengo un derrame en el ojo desde ayer, no duele y veo bien, ¿pido cita?",
            Routine,
        ),
        (
            "a stitch end is poking out of my scar, no redness, should I trim it?",
            Routine,
        ),
        // Hard negatives: the pill after sex, a stroke told as "derrame", a fever now.
        (
            "condom split last night, I need the morning after pill today",
            Urgent,
        ),
        (
            "creo que mi padre tiene un derrame, tiene la boca torcida",
            Emergency,
        ),
        ("her temperature is 39.5 and she's floppy", Emergency),
    ]);
}
