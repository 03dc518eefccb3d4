//! Tests for the urgent line (session 12b in TRIAGE.md): concepts found by blind batches
//! 56-58 and the items session 12 left, each in other words than the batches, with hard
//! negatives.

use super::thumb_tests::check;
use super::*;

use Urgency::{Emergency, Routine, Urgent};

#[test]
fn fever_on_chemotherapy_names_it_and_is_not_dated_by_the_chemotherapy() {
    check(&[
        ("my wife is having chemo and spiked 38.4 tonight", Urgent),
        ("hice quimio el mes pasado y ahora tengo fiebre", Urgent),
        ("ik krijg chemo, vanavond koorts en rillerig", Urgent),
        // Red signs with it are still an emergency by the sepsis rules [NG51].
        (
            "on chemo, fever and now confused and can't stay awake",
            Emergency,
        ),
        // Chemotherapy years ago with no symptom is history, and a booking stays routine.
        (
            "I had chemotherapy in 2016, can I book my annual check-up?",
            Routine,
        ),
    ]);
    // Shivering alone is routine; on chemotherapy the rule makes it a same-day look and
    // names the chemotherapy.
    let triager = Triager::with_model(&TriageRules::default(), None);
    for text in [
        "on chemo and a bit shivery tonight",
        "sous chimio et frissons ce soir",
    ] {
        let got = triager.assess(text);
        assert_eq!(got.urgency, Urgent, "{text}: {}", got.reason);
        assert!(
            got.reason.contains("chemotherapy"),
            "{text}: {}",
            got.reason
        );
    }
}

#[test]
fn drooling_with_a_closing_airway_is_an_emergency() {
    check(&[
        // Cannot swallow even saliva [ENT].
        (
            "he can't swallow his own spit and keeps spitting into a cup",
            Emergency,
        ),
        ("no traga ni la saliva desde esta tarde", Emergency),
        (
            "sie kann nicht mal Wasser schlucken, alles kommt zurück",
            Emergency,
        ),
        // Drooling with a muffled voice or noisy breathing.
        (
            "she's drooling and her voice sounds like a hot potato",
            Emergency,
        ),
        ("mijn dochter kwijlt en piept bij het ademen", Emergency),
        // Drooling alone (teething) is not an emergency, nor a fever with it: "drooling"
        // was read as "drooping" (one typo), a stroke sign.
        ("teething again and drooling loads, a bit grumpy", Routine),
        ("baby drooling a lot and temp 37.9, teething?", Urgent),
    ]);
}

#[test]
fn a_tooth_knocked_out_is_not_a_knock_out_and_a_knock_out_with_vomiting_is() {
    check(&[
        (
            "my daughter knocked out her front tooth on the trampoline, we have it in milk",
            Urgent,
        ),
        (
            "he was knocked out at hockey and has been sick since",
            Emergency,
        ),
        // The bill, still an idiom.
        (
            "knocked out by the price of the crown lol, can I pay monthly",
            Routine,
        ),
    ]);
}

#[test]
fn passed_signs_and_lost_sight_are_read_for_what_they_are() {
    check(&[
        // A stroke sign last week that passed: a same-day look, not the past.
        (
            "vorige week kon ik even slecht uit mijn woorden komen nu is alles weer normaal",
            Urgent,
        ),
        // Sight that is "just gone" is lost, not recovered.
        (
            "can't see out of my right eye since this morning, it's just gone",
            Emergency,
        ),
        // Pain that is just gone is recovered.
        ("the pain's just gone after the tablets, thanks", Routine),
        // A worry about later is not a symptom now.
        ("scared i might get dry socket, can I smoke after?", Routine),
        (
            "afraid I could get an infection after the piercing, what should I use",
            Routine,
        ),
    ]);
}

#[test]
fn same_day_concepts_from_batches_56_to_58() {
    check(&[
        // A yellow newborn.
        (
            "our 4 day old is looking yellow in the face and sleepy",
            Urgent,
        ),
        ("il neonato ha gli occhi gialli da ieri", Urgent),
        // Drinking nothing and passing little urine; new incontinence.
        (
            "oma drinkt bijna niets en plast weinig sinds zaterdag",
            Urgent,
        ),
        ("mia nonna da due giorni si fa la pipì addosso", Urgent),
        // A hot joint after an injection.
        ("nach der Spritze ist das Knie heiss und dick", Urgent),
        // Spotting in pregnancy, weeks told without "pregnant".
        (
            "estou de 9 semanas e tive um sangramento pequeno hoje",
            Urgent,
        ),
        (
            "18 wks pregnant and spotting when I wipe since this morning",
            Urgent,
        ),
        // A rash since a new medicine.
        ("rash all over since starting the new antibiotics", Urgent),
        // Hard negatives: pink paint, a coil fitting, pregnancy weeks with no symptom.
        ("can I book the coil fitting for next week please", Routine),
        (
            "30 weeks pregnant and feeling great, can I book the growth scan",
            Routine,
        ),
    ]);
}

#[test]
fn emergencies_from_batches_56_to_58() {
    check(&[
        // Botulinum toxin spreading: weak all over, eyelids falling, thick speech.
        (
            "dopo il botox mi sento debole ovunque e parlo impastato",
            Emergency,
        ),
        // Hearing voices weeks after a birth (postpartum psychosis).
        (
            "since the baby was born she's been hearing voices",
            Emergency,
        ),
        // A fall on the head on blood thinners, told in German.
        (
            "Oma nimmt Marcumar und ist mit dem Kopf auf die Fliesen aufgeschlagen",
            Emergency,
        ),
        // Pain worse than it looks, with fever (necrotising fasciitis).
        (
            "la pierna me duele mucho peor de lo que parece y tengo fiebre alta",
            Emergency,
        ),
        // A mouth that keeps filling with blood after an extraction.
        (
            "tooth out at 2, his mouth keeps filling with blood",
            Emergency,
        ),
    ]);
}
