//! Tests for injuries whose danger is in the mechanism (`injury_red_flags.rs`), in other
//! words than batch 98, with hard negatives (a swim lesson, a fire alarm, a kick that
//! left no pain, a dive into the deep end, a cramp, a helmet that did its job, a
//! forgotten name).

use super::thumb_tests::check;
use super::*;

use Urgency::{Emergency, Routine, Urgent};

/// Pulled out of water with a sign of a failing airway or conscious level [MTS].
#[test]
fn someone_pulled_out_of_water_and_drowsy_or_blue_is_an_emergency() {
    check(&[
        ("my boy went under water at the lake, we fished him out and now he's very sleepy", Emergency),
        ("o meu filho ficou debaixo d'agua uns segundos, agora está sonolento e com os lábios roxos", Emergency),
        ("l'abbiamo tirato fuori dall'acqua in piscina, ora è confuso e respira male", Emergency),
        ("hij is door het ijs gezakt en nu is hij erg slaperig", Emergency),
    ]);
}

/// A swim, a bath, water on its own are not a drowning.
#[test]
fn water_without_a_sign_is_not_a_drowning() {
    check(&[
        (
            "can my son do his swimming lessons under water with grommets in?",
            Routine,
        ),
        (
            "we went through the ice rink booking, is the practice open on saturday?",
            Routine,
        ),
    ]);
}

/// Smoke breathed with a hoarse voice or breathlessness: a burnt airway.
#[test]
fn smoke_breathed_with_a_hoarse_voice_is_an_emergency() {
    check(&[
        (
            "the kitchen caught fire last night and today my voice is hoarse and I'm wheezing",
            Emergency,
        ),
        (
            "respirei muita fumaça no incêndio e agora estou rouco e com falta de ar",
            Emergency,
        ),
        (
            "rook ingeademd bij een keukenbrand, nu ben ik hees",
            Emergency,
        ),
    ]);
}

/// A fire or a fire alarm without an airway sign.
#[test]
fn a_fire_without_an_airway_sign_is_not_an_emergency() {
    check(&[(
        "the smoke alarm keeps going off when I cook, nothing to do with my health, just annoying",
        Routine,
    )]);
}

/// A blow to the belly with pallor or faintness is bleeding inside [BLEED]; with pain
/// alone a same-day look.
#[test]
fn a_blow_to_the_belly_with_faintness_is_an_emergency_and_with_pain_urgent() {
    check(&[
        (
            "got punched in the stomach last night, the pain is bad and I feel faint standing up",
            Emergency,
        ),
        (
            "levei um coice na barriga, dói muito e estou pálido e suado",
            Emergency,
        ),
        (
            "presa una botta al fianco cadendo dalla moto, dolore forte e quasi svengo",
            Emergency,
        ),
        (
            "mijn dochter is met haar buik op het stuur gevallen en heeft nu pijn",
            Urgent,
        ),
    ]);
}

/// A blow without pain, or long ago and healed.
#[test]
fn a_blow_to_the_belly_without_pain_is_routine() {
    check(&[(
        "kicked in the ribs at football last month, no pain at all now, fine to play Sunday?",
        Routine,
    )]);
}

/// A dive into shallow water with a sore neck or tingling arms: a neck injury [HI].
#[test]
fn a_dive_into_shallow_water_with_neck_pain_or_tingling_is_an_emergency() {
    check(&[
        (
            "he dived into the shallow end and now his neck hurts a lot",
            Emergency,
        ),
        (
            "mergulhou no raso e agora tem formigueiro nos braços",
            Emergency,
        ),
        (
            "si è tuffato dove l'acqua era bassa, ha male al collo",
            Emergency,
        ),
        (
            "hij dook in het ondiepe water en zijn armen tintelen nu",
            Emergency,
        ),
        (
            "jumped off the pier, the water was shallower than it looked, his neck is really sore",
            Emergency,
        ),
    ]);
}

/// A dive into the deep end is no neck injury.
#[test]
fn a_dive_without_a_sign_is_not_an_emergency() {
    check(&[(
        "we went diving in the deep sea on holiday, lovely, any vaccines for next year?",
        Routine,
    )]);
}

/// A lower leg gone hard and tense with pain getting worse: compartment syndrome [BOAST].
#[test]
fn a_tense_leg_with_pain_getting_worse_is_an_emergency() {
    check(&[
        (
            "after the tackle my calf is rock hard and the pain keeps getting worse",
            Emergency,
        ),
        (
            "a canela está tensa depois da pancada e a dor está cada vez pior",
            Emergency,
        ),
        (
            "il polpaccio è durissimo dopo il calcio e il dolore peggiora",
            Emergency,
        ),
    ]);
}

/// Amnesia for the fall or a knock-out: [HI] sends to the emergency department.
#[test]
fn a_fall_not_remembered_is_an_emergency() {
    check(&[
        (
            "fell off the scooter, I can't remember hitting the ground, just a headache",
            Emergency,
        ),
        ("caiu da bicicleta e não se lembra da queda", Emergency),
        (
            "my dad hit his head getting out of the car and keeps asking what happened",
            Emergency,
        ),
        (
            "ze is gevallen met de fiets, helm gebroken, en vraagt steeds hetzelfde",
            Emergency,
        ),
    ]);
}

/// Forgetting a name or a date is no amnesia; a helmet that did its job with no sign.
#[test]
fn forgetting_without_a_blow_is_not_an_emergency() {
    check(&[
        (
            "I can't remember the name of the cream you gave me, can you send it?",
            Routine,
        ),
        (
            "my daughter doesn't remember her login for the app",
            Routine,
        ),
    ]);
}

/// A shock from the mains with a racing heart or a burn [MTS].
#[test]
fn a_shock_from_the_mains_with_a_burn_is_an_emergency() {
    check(&[(
        "got a shock off the socket, there's a burn on my finger and my heart is racing",
        Emergency,
    )]);
}

/// A toddler who drank descaler is a caustic swallowed [POIS].
#[test]
fn a_child_who_drank_descaler_is_an_emergency() {
    check(&[(
        "mijn dochtertje van 2 heeft ontkalker gedronken en ze kwijlt",
        Emergency,
    )]);
}

/// A small child found holding a blister or someone's pills may have swallowed them,
/// an emergency even if well [POIS].
#[test]
fn a_child_found_with_pills_is_an_emergency() {
    check(&[
        (
            "found my 2 year old with grandad's heart tablets in the lounge, she seems fine",
            Emergency,
        ),
        (
            "ho trovato la mia bambina di 2 anni con le compresse del nonno, sembra stare bene",
            Emergency,
        ),
    ]);
}

/// A child caught with something that is not a medicine is no poisoning.
#[test]
fn a_child_caught_with_something_else_is_not_a_poisoning() {
    check(&[(
        "caught my son with a vape again, how do I help him stop?",
        Routine,
    )]);
}

/// A knocked-out tooth: permanent is an emergency (replant within the hour; the row
/// predates this session), otherwise a same-day dental look.
#[test]
fn a_knocked_out_tooth_is_urgent_and_a_permanent_one_an_emergency() {
    check(&[
        (
            "knocked out my front tooth skateboarding, it's an adult tooth",
            Emergency,
        ),
        (
            "my daughter fell off the climbing frame and her tooth came out whole",
            Urgent,
        ),
        ("o meu filho caiu e o dente saiu inteiro", Urgent),
    ]);
}

// Session 22e: pain that holds "even with" painkillers, in the seven languages, with a limb
// gone hard or tingling (compartment syndrome) [BOAST]; a fever that holds even with
// paracetamol is not a limb.
#[test]
fn limb_pain_even_with_painkillers_and_tingling_is_an_emergency() {
    check(&[
        (
            "caí de mota, o braço ta inchando, dói mesmo com analgésico e a mão formigando",
            Urgency::Emergency,
        ),
        (
            "botta al polpaccio, fa malissimo anche con l'antidolorifico e il piede formicola",
            Urgency::Emergency,
        ),
        (
            "trap tegen mijn scheen, pijn blijft zelfs met pijnstillers en mijn voet tintelt",
            Urgency::Emergency,
        ),
        (
            "me golpeé el antebrazo, duele incluso con ibuprofeno y la mano hormiguea",
            Urgency::Emergency,
        ),
    ]);
}

#[test]
fn a_fever_even_with_paracetamol_is_not_a_limb() {
    check(&[(
        "mijn dochter heeft koorts, zelfs met paracetamol nog 38.5, wel drinken en spelen",
        Urgency::Urgent,
    )]);
}
