//! Tests for the same-day problems after a procedure and their look-alikes
//! (`aftercare_same_day.rs`), in other words than batch 92, with hard negatives (a
//! medicine taken on time, a question about one, a hot drink, a stubbed toe, a baby
//! crying, a double booking).

use super::thumb_tests::check;
use super::*;

use Urgency::{Routine, Urgent};

#[test]
fn a_missed_ivf_medicine_is_a_same_day_call() {
    check(&[
        (
            "I missed last night's cyclogest after my embryo transfer, what now?",
            Urgent,
        ),
        (
            "se me olvidó la progesterona ayer por la noche, transferencia el lunes",
            Urgent,
        ),
        ("j'ai oublié la piqûre de déclenchement hier soir !", Urgent),
        ("Triggerspritze verschlafen, sollte um 22 Uhr sein", Urgent),
        ("ho dimenticato il progesterone stamattina", Urgent),
        // Hard negatives: taken on time; a question about where to collect it.
        (
            "took my progesterone on time as always, when is the blood test?",
            Routine,
        ),
        (
            "where do I pick up my progesterone prescription for next cycle?",
            Routine,
        ),
    ]);
}

#[test]
fn drink_through_the_nose_after_a_tooth_out_is_a_same_day_look() {
    check(&[
        (
            "since my top back tooth was pulled, tea goes up into my nose when I drink",
            Urgent,
        ),
        (
            "desde la extracción de la muela de arriba me sale el agua por la nariz",
            Urgent,
        ),
        (
            "seit der Zahn oben gezogen wurde, kommt Wasser aus der Nase beim Trinken",
            Urgent,
        ),
        // Hard negatives: a runny nose in a cold; a laugh with a child, in the past.
        (
            "my nose is runny with a cold, can I still have my cleaning tomorrow?",
            Routine,
        ),
    ]);
}

#[test]
fn hot_to_the_touch_or_a_wound_one_sees_into_is_same_day() {
    check(&[
        (
            "the lump where they did my lipo is hot to the touch and bigger today",
            Urgent,
        ),
        (
            "la cicatrice est rouge, chaude au toucher, et ça lance",
            Urgent,
        ),
        (
            "the cut on my knee pulled apart when I knelt and I can see inside the wound",
            Urgent,
        ),
        // Hard negative: the scar is not hot to the touch.
        (
            "the scar is a bit itchy but not hot to the touch, is cream ok?",
            Routine,
        ),
    ]);
}

#[test]
fn a_torn_tendon_or_a_dragging_foot_is_a_same_day_look() {
    check(&[
        (
            "playing tennis I felt like someone kicked me in the back of the ankle, now I can't push up onto my toes",
            Urgent,
        ),
        (
            "jugando al fútbol sentí una patada en el talón y no puedo ponerme de puntillas",
            Urgent,
        ),
        (
            "mon pied ne se relève plus et je n'arrive pas à me mettre sur la pointe",
            Urgent,
        ),
        (
            "fell off my bike, can barely walk on that leg and the knee is huge",
            Urgent,
        ),
        // Hard negatives: tiptoe as a habit; walking fine after a sprain.
        (
            "my son walks on his tiptoes a lot, can we book a check-up?",
            Routine,
        ),
    ]);
}

#[test]
fn crying_without_stop_in_the_first_person_is_a_same_day_talk() {
    check(&[
        (
            "since the miscarriage I can't stop crying and I can't function at work",
            Urgent,
        ),
        ("seit der OP weine ich nur noch und schlafe kaum", Urgent),
        // Hard negatives: a baby who cries; crying at a film.
        (
            "my baby is 3 weeks old and cries in the evenings, is that colic? can we book",
            Routine,
        ),
    ]);
}

#[test]
fn a_blood_thinner_doubled_by_mistake_is_a_same_day_call() {
    check(&[
        (
            "my dad accidentally gave himself two of his clexane blood thinner injections today",
            Urgent,
        ),
        // Hard negatives: a double booking, a blood thinner taken as usual.
        (
            "I accidentally booked two appointments today, can you cancel one?",
            Routine,
        ),
        (
            "I take my blood thinner every morning, do I stop it before the extraction next month?",
            Routine,
        ),
    ]);
}
