//! Tests for session 15b (TRIAGE.md): serotonin syndrome, lithium and withdrawal, in
//! other words than blind batch 81, with hard negatives.

use super::thumb_tests::check;
use super::*;

use Urgency::{Emergency, Routine, Urgent};

#[test]
fn serotonin_syndrome_is_a_medicine_with_clonus_and_heat_or_agitation() {
    check(&[
        (
            "been on citalopram for ages, dentist gave me tramadol yesterday, now my legs keep jerking on their own and I'm drenched in sweat",
            Emergency,
        ),
        (
            "tomo fluoxetina y ayer tomé éxtasis, tengo espasmos en los brazos solos y estoy muy agitado",
            Emergency,
        ),
        (
            "sous paroxétine, on m'a ajouté un triptan, j'ai des secousses dans les jambes et je transpire énormément",
            Emergency,
        ),
        (
            "nehme Venlafaxin, seit dem neuen Migränemittel Muskelzuckungen und ich bin total unruhig",
            Emergency,
        ),
        (
            "tomo sertralina e comecei tramadol, estou com febre 39,2 e muito agitada",
            Emergency,
        ),
        // Hard negatives: the medicine alone, a question, twitching without the medicine.
        ("can I take sumatriptan with my sertraline? no symptoms, just asking", Routine),
        ("my eyelid keeps twitching this week, probably tiredness", Routine),
    ]);
}

#[test]
fn lithium_toxicity_is_lithium_with_unsteadiness_slurring_or_a_high_level() {
    check(&[
        (
            "dad takes lithium, diarrhoea for two days and now he walks like he's drunk and his words are slurred",
            Emergency,
        ),
        ("my lithium came back at 1.7 this morning, feel a bit sick", Emergency),
        (
            "mi madre toma litio, lleva vomitando desde el lunes y camina torcida",
            Emergency,
        ),
        // The urgent line: early effects, or a medicine that raises the level.
        (
            "on lithium and I've had a stomach bug since Sunday, keeping little down, mind clear",
            Urgent,
        ),
        (
            "je prends du lithium et le pharmacien dit que le naproxène peut poser problème, je le prends depuis 2 jours",
            Urgent,
        ),
        // Hard negatives: a normal level, a question about the test.
        ("lithium 0.6 at the last check, all fine, just want the next blood form", Routine),
        ("do I skip my lithium before the blood test?", Routine),
    ]);
}

#[test]
fn withdrawal_is_urgent_and_delirium_tremens_or_a_fit_is_an_emergency() {
    check(&[
        (
            "gave up the booze on Monday after years of a bottle a day, hands trembling and soaked in sweat",
            Urgent,
        ),
        (
            "ran out of my lorazepam four days ago, heart racing and shaking, no fits",
            Urgent,
        ),
        (
            "mi padre dejó de beber hace dos días y ahora ve insectos por la pared y no sabe dónde está",
            Emergency,
        ),
        (
            "il a arrêté de boire il y a 3 jours et il a fait une crise convulsive ce matin",
            Emergency,
        ),
        (
            "seit zwei Tagen trocken, jetzt sieht er Dinge, die nicht da sind, und ist völlig verwirrt",
            Emergency,
        ),
        // Hard negatives: sober for a long time, a question about drinking on a medicine.
        ("two years sober this week, can I get my liver test booked", Routine),
        ("is it ok to have a glass of wine on citalopram?", Routine),
    ]);
}

#[test]
fn a_relapse_after_a_period_clean_is_a_same_day_call() {
    check(&[
        (
            "relapsed on heroin last night after a year clean, scared I'll use again today",
            Urgent,
        ),
        (
            "tuve una recaída con el alcohol el sábado, estoy hundido",
            Urgent,
        ),
        // Hard negatives: a relapse of something else, sober and well.
        ("my eczema relapsed, can I get a cream repeat", Routine),
    ]);
}
