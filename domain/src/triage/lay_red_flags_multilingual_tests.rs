//! Tests for `lay_red_flags_multilingual.rs` (session 16d): each concept in other words
//! than blind batches 86 and 88, with hard negatives (negated, past, a question, a sign
//! explained away).

use super::thumb_tests::check;
use super::*;

use Urgency::{Emergency, Routine, Urgent};

#[test]
fn blue_lips_and_air_that_will_not_go_in() {
    check(&[
        (
            "can you move my review, his lips are looking bluish and he's wheezy",
            Emergency,
        ),
        ("i can't get enough air, sorry for texting", Emergency),
        ("mia madre ha le labbra bluastre e respira male", Emergency),
        // A bruise after a filler is not cyanosis; "completo" is not a plot.
        (
            "lèvres gonflées et un petit bleu depuis le filler hier",
            Urgent,
        ),
        ("quanto custa um hemograma completo?", Routine),
        // A blue sweet explains the lips.
        (
            "her lips look blue from the blue raspberry slushie, she is fine",
            Routine,
        ),
    ]);
}

#[test]
fn vomit_like_coffee_grounds() {
    check(&[
        (
            "grandad threw up black stuff like coffee this morning",
            Emergency,
        ),
        ("mio padre ha vomitato una cosa nera stanotte", Emergency),
        ("ele vomitou uma coisa preta agora ha pouco", Emergency),
        ("mijn man heeft iets zwarts overgegeven", Emergency),
        // A question about coffee is not coffee grounds.
        ("is black coffee ok before my fasting blood test?", Routine),
    ]);
}

#[test]
fn purple_spots_and_the_glass_test_in_dutch() {
    check(&[
        (
            "zoontje heeft koorts en paarse puntjes op zijn benen",
            Emergency,
        ),
        (
            "rode vlekjes, ik heb er een glas op gedrukt en ze gaan niet weg",
            Emergency,
        ),
        // Spots that fade under the glass, no fever: a rash for a routine look.
        (
            "rode vlekjes op haar arm, ze gaan weg onder een glas, geen koorts",
            Routine,
        ),
    ]);
}

#[test]
fn bone_seen_and_cardiac_pressure_told_lay() {
    check(&[
        (
            "he fell off the wall, there is something white sticking out of his shin",
            Emergency,
        ),
        ("na de val steekt er iets wits uit zijn pols", Emergency),
        (
            "mon père a comme une barre sur la poitrine et transpire",
            Emergency,
        ),
        ("j'ai un étau dans la poitrine depuis une heure", Emergency),
    ]);
}

#[test]
fn face_swelling_with_a_changed_voice_is_the_airway() {
    check(&[
        (
            "her lips have gone puffy and her voice sounds weird",
            Emergency,
        ),
        // Swollen lips alone after a filler, voice normal: not the airway.
        (
            "lips a bit swollen after my filler yesterday, voice and breathing normal",
            Urgent,
        ),
    ]);
}

#[test]
fn a_late_period_with_severe_pain_and_pallor() {
    check(&[
        (
            "my period is two weeks late and i have terrible pain low on one side, pale and sweaty",
            Emergency,
        ),
        // A late period asked about with no pain is not an ectopic.
        ("my period is late, when should i do a test?", Routine),
    ]);
}

#[test]
fn the_urgent_line_in_other_languages() {
    check(&[
        ("da stamattina sono sorda da un orecchio, fischia", Urgent),
        ("sinds gisteren plots doof aan mijn linkeroor", Urgent),
        (
            "mijn moeder denkt dat de buren haar bespioneren en slaapt niet",
            Urgent,
        ),
        ("zijn ogen zijn geel geworden", Urgent),
        (
            "la palpebra di mio figlio e' gonfia e chiusa, ha la febbre",
            Urgent,
        ),
        (
            "mn insuline vergeten op reis, volgende prik is vanavond",
            Urgent,
        ),
        (
            "my mum's insulin is finished and she will miss the night dose",
            Urgent,
        ),
        (
            "my daughter has been cutting her arms again, not deep",
            Urgent,
        ),
        (
            "ich habe kolikartige Schmerzen in der Flanke seit heute früh",
            Urgent,
        ),
        (
            "estou de 32 semanas e quase não sinto o bebé mexer hoje",
            Urgent,
        ),
        (
            "il rossore sulla gamba si allarga nonostante l'antibiotico",
            Urgent,
        ),
        (
            "a vermelhidão da perna está a espalhar, tomo antibiótico",
            Urgent,
        ),
        (
            "there's a chicken bone stuck in my throat since dinner",
            Urgent,
        ),
        (
            "a volte penso che sarebbe meglio se non ci fossi, vorrei parlare con qualcuno",
            Urgent,
        ),
        (
            "ik denk vaak dat het beter is als ik er niet meer ben",
            Urgent,
        ),
        (
            "my son is 4 and won't stand on his left leg today, he's hot",
            Urgent,
        ),
        (
            "opeens een vreselijke hoofdpijn, ik moet overgeven",
            Emergency,
        ),
        // Idioms and negatives stay routine: a baby's colic, a deaf ear turned, a
        // coffee before being sick.
        ("unser Baby hat abends Koliken, was hilft?", Routine),
        (
            "il fait la sourde oreille quand je lui parle de ses dents",
            Routine,
        ),
        (
            "non mi sento sordo, volevo solo prenotare la visita dell'udito",
            Routine,
        ),
    ]);
}

#[test]
fn blood_pressure_written_with_a_word_between() {
    check(&[
        ("my bp is 190 over 115 and my head is pounding", Emergency),
        ("bloeddruk 185 op 120 en ik zie wazig", Emergency),
        ("bp was 190 on 110 at the chemist, no symptoms", Urgent),
        // A number "over" another with no pressure named is no blood pressure.
        ("i have been waiting over 100 days on 2 referrals", Routine),
    ]);
}

// Session 22e: Dutch lips or a face "getting thicker" after a new medicine, with faintness.
#[test]
fn lips_getting_thicker_after_a_new_antibiotic_with_faintness_is_an_emergency() {
    check(&[
        (
            "sinds de eerste penicilline tablet wordt mijn gezicht dikker en ik word duizelig en flauw",
            Emergency,
        ),
        (
            "mijn tong wordt dikker na de nieuwe antibiotica en ik voel me flauw",
            Emergency,
        ),
    ]);
}

#[test]
fn lips_thicker_after_filler_as_planned_is_not_an_allergy() {
    check(&[(
        "mijn lippen zijn dikker na de filler zoals gepland, wanneer is de controle?",
        Routine,
    )]);
}
