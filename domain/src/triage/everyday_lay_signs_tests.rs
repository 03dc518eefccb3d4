//! Tests for `everyday_lay_signs.rs` (session 16b): each concept in other words than blind
//! batch 84, with hard negatives (past, negated, idioms, someone else's, questions).

use super::thumb_tests::check;
use super::*;

use Urgency::{Emergency, Routine, Urgent};

#[test]
fn car_exhaust_set_up_now() {
    // Exhaust led into a car: the means set up now. Washing the car is not.
    check(&[
        (
            "hes sat in the garage with a tube from the exhaust and wont answer",
            Emergency,
        ),
        (
            "my wife is in her car with the hosepipe, please help",
            Emergency,
        ),
        (
            "can someone tell me if washing the car with the hose is ok after my hernia op",
            Routine,
        ),
    ]);
}

#[test]
fn a_burden_or_not_being_around() {
    // Passive thoughts of death: a same-day look. An apology for being away is not.
    check(&[
        (
            "she says shes a burden to everyone and wishes she wasnt here, no plan she says",
            Urgent,
        ),
        (
            "my partner keeps talking about not being around anymore, hes not said how",
            Urgent,
        ),
        (
            "sorry for not being around last week, can we rebook the review",
            Routine,
        ),
    ]);
}

#[test]
fn cannot_cope_today() {
    // At the end of one's means today; the service "can't cope" is not the person.
    check(&[
        (
            "honestly cant cope anymore, been crying since i woke up",
            Urgent,
        ),
        (
            "the nhs cant cope with demand, i know, but can i get a routine smear",
            Routine,
        ),
    ]);
}

#[test]
fn cutting_that_needs_no_physical_care() {
    // Cutting told by the act and the place, superficial: same day. A cut on a fence that healed is not self-harm.
    check(&[
        (
            "my 14 year old has been cutting her thighs, marks look superficial, not bleeding now",
            Urgent,
        ),
        (
            "i cut my arm on the fence last month, all healed, need a tetanus check",
            Routine,
        ),
    ]);
}

#[test]
fn garden_poison_swallowed() {
    // A garden poison swallowed; asking whether to use it is not.
    check(&[
        (
            "my dad swallowed weedkiller in the shed, hes being sick",
            Emergency,
        ),
        (
            "is weedkiller safe to use in the garden with a toddler around",
            Routine,
        ),
    ]);
}

#[test]
fn paracetamol_more_often_than_the_label() {
    // Paracetamol every two hours: over the daily limit. Every four hours is the label.
    check(&[
        (
            "ive been taking calpol every 2 hours since yesterday for my sons fever",
            Emergency,
        ),
        (
            "can i give calpol every 4 hours and nurofen in between",
            Routine,
        ),
    ]);
}

#[test]
fn hot_drink_spilt_over_a_child() {
    // A scald told by what happened; tea on the carpet is not a burn.
    check(&[
        ("my 2 year old knocked a cup of hot tea over herself, red skin on her tummy", Emergency),
        ("spilled hot tea on the carpet, nothing to do with anyone, just need a repeat prescription", Routine),
    ]);
}

#[test]
fn struck_by_a_vehicle_with_vomiting() {
    // A high-energy mechanism with vomiting.
    check(&[
        (
            "she was hit by a van on her scooter and has been sick twice since",
            Emergency,
        ),
        (
            "my son got knocked down by a car on his bike, he says hes fine but hes been sick",
            Emergency,
        ),
    ]);
}

#[test]
fn a_lump_on_the_head_after_a_knock() {
    // A knock with a lump is a head injury; a lump for years is not.
    check(&[
        (
            "lump on his forehead after walking into a door, acting normal, a bit of a headache",
            Urgent,
        ),
        (
            "a lump on my head for years, the barber noticed it, can i get it checked",
            Routine,
        ),
        (
            "my 1 year old rolled off the changing table, bump on her head and shes vomited twice",
            Emergency,
        ),
    ]);
}

#[test]
fn no_memory_of_the_event() {
    // Amnesia for the event after a head injury.
    check(&[(
        "he fell off his bike and doesnt remember the fall, keeps asking the same thing",
        Emergency,
    )]);
}

#[test]
fn tired_and_quiet_with_asthma() {
    // Exhaustion in an asthma attack; wheezing stopped and back to normal is not.
    check(&[
        ("her asthma was awful, now shes tired and quiet and her lips look pale", Emergency),
        ("he stopped wheezing and is back to normal, playing, do we still need the steroid course", Routine),
    ]);
}

#[test]
fn reliever_again_and_again_today() {
    // The reliever needed again and again with a wheeze; an extra inhaler for school is not.
    check(&[
        (
            "daughter is wheezy tonight, had her ventolin 5 times since lunch",
            Urgent,
        ),
        (
            "can i get an extra inhaler for school, his asthma is fine",
            Routine,
        ),
    ]);
}

#[test]
fn not_knowing_the_family() {
    // A person with dementia who suddenly does not know their family.
    check(&[(
        "mum has alzheimers and suddenly doesnt recognise her own kids, started yesterday",
        Urgent,
    )]);
}

#[test]
fn struggling_to_walk_after_a_fall() {
    // Cannot bear weight normally after a fall; a sprain months ago is not.
    check(&[
        (
            "slipped on ice this morning, ankle swollen and struggling to walk on it",
            Urgent,
        ),
        (
            "is it ok to run on the treadmill after an ankle sprain months ago",
            Routine,
        ),
    ]);
}

#[test]
fn painkillers_stopped_working() {
    // Painkillers that stopped working for a dental abscess.
    check(&[(
        "the ibuprofen stopped working for my abscess, cheek swelling up",
        Urgent,
    )]);
}

#[test]
fn a_puncture_by_a_rusty_nail() {
    // A tetanus-prone puncture.
    check(&[(
        "trod on a rusty nail in the garden, went in deep, not sure about tetanus",
        Urgent,
    )]);
}

#[test]
fn a_dark_patch_on_a_diabetic_foot() {
    // A new dark patch on a diabetic foot, red and sore; a spot unchanged for years is not.
    check(&[
        (
            "type 1 diabetic, dark patch on my heel thats gone red and sore",
            Urgent,
        ),
        (
            "dark spot on my foot for years, looks the same, can i book a mole check",
            Routine,
        ),
    ]);
}

#[test]
fn bleeding_in_pregnancy_after_a_fall() {
    // Bleeding in pregnancy with a hard belly after a fall (abruption).
    check(&[(
        "22 weeks pregnant, tripped on the kerb and now bleeding, my bump feels rock hard",
        Emergency,
    )]);
}

#[test]
fn a_high_glucose_said_with_thirst() {
    // A glucose of 20-35 with thirst is a high in mmol/L, not a hypo in mg/dL.
    check(&[("my glucose is 23, type 2, really thirsty all day", Urgent)]);
}

#[test]
fn we_is_not_wee() {
    // "we" is not "wee": "no we don't" is not "no wee"; a past fall with a bug is not a head injury.
    check(&[
        // The stretched word is still read.
        ("no weee since this morning and his tummy is swollen", Emergency),
        ("no we dont need an appointment, it was sorted, thanks", Routine),
        ("not that we know of, he has no allergies, just booking his jabs", Routine),
        ("my son fell off the sofa last month, fine now, but he had a tummy bug and was sick yesterday", Urgent),
    ]);
}

#[test]
fn a_relatives_event_right_now_is_current() {
    // "Right now" and "in front of me" date a relative's event to now; "years ago" does not.
    check(&[
        (
            "my husband had a heart attack right now, hes on the floor",
            Emergency,
        ),
        (
            "grandad had a stroke in front of us, face dropped",
            Emergency,
        ),
        (
            "my mum had a heart attack years ago, should i get my cholesterol checked",
            Routine,
        ),
    ]);
}
