//! Tests for `pain_in_a_cast.rs`, in other words than the corpus, with hard negatives (an
//! itchy cast, a cast off, a sticking plaster, tingling fingers at night, painkillers
//! that work).

use super::thumb_tests::check;
use super::*;

use Urgency::{Emergency, Routine};

#[test]
fn a_cast_with_pain_past_painkillers_or_tingling_toes_is_an_emergency() {
    check(&[
        (
            "arm in plaster since Monday, the pain is unbearable even with co-codamol",
            Emergency,
        ),
        (
            "le enyesaron el tobillo ayer y dice que el dolor es horrible, el nolotil no le hace nada",
            Emergency,
        ),
        (
            "engessaram o braço dele hoje, os dedos estão formigando e gelados",
            Emergency,
        ),
        (
            "Sie haben ihm gestern das Bein eingegipst, starke Schmerzen trotz Ibuprofen",
            Emergency,
        ),
        (
            "braccio ingessato da ieri, dolore atroce anche con la tachipirina",
            Emergency,
        ),
        (
            "sa jambe est plâtrée, douleur insupportable même avec le doliprane",
            Emergency,
        ),
        (
            "zijn been zit in het gips, zijn tenen zijn ijskoud en hij heeft heel erg pijn",
            Emergency,
        ),
    ]);
}

#[test]
fn a_cast_without_those_signs_or_those_words_without_a_cast_are_not_emergencies() {
    check(&[
        // An itchy cast, a cast coming off, a sticking plaster on a leg: no warning sign.
        (
            "leg in plaster for three weeks now, it's really itchy, when does it come off?",
            Routine,
        ),
        (
            "cast came off last week, the wrist is stiff, can I book physio?",
            Routine,
        ),
        (
            "put a plaster on my leg after shaving, can I swim tomorrow?",
            Routine,
        ),
        // Tingling fingers at night, painkillers that work.
        (
            "às vezes os dedos formigam quando durmo de lado, é normal? queria marcar consulta",
            Routine,
        ),
        (
            "o gesso do meu filho está bem, o paracetamol resolve a dor, quando tiramos?",
            Routine,
        ),
    ]);
}
