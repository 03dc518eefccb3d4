//! Tests for older people's messages (session 13b in TRIAGE.md): the concepts of
//! `older_typing.rs`, each in other words than blind batch 68, with hard negatives.

use super::thumb_tests::check;
use super::*;

use Urgency::{Emergency, Routine, Urgent};

#[test]
fn a_smile_gone_to_one_side_or_half_the_face_fallen_is_a_stroke() {
    check(&[
        ("my husband cannot smile on the left side since tea time", Emergency),
        ("mi madre no puede sonreír bien, la sonrisa torcida desde hace una hora", Emergency),
        ("seine Hälfte vom Gesicht hängt, halbes Gesicht schief seit dem Frühstück", Emergency),
        ("a minha mãe está com metade da cara caída desde o almoço", Emergency),
        ("mio padre ha il sorriso storto da stamattina", Emergency),
        // A smile in a photo is not.
        ("can I have my teeth whitened before the wedding so my smile looks nice on the side photos?", Routine),
    ]);
}

#[test]
fn words_without_sense_or_a_full_mouth_are_speech_loss() {
    check(&[
        (
            "my wife is talking but the words make no sense, started an hour ago",
            Emergency,
        ),
        ("mon père dit des mots sans sens depuis ce matin", Emergency),
        ("mein Mann redet wirres Zeug seit dem Mittag", Emergency),
        (
            "o meu pai fala como se tivesse a boca cheia desde as 10h",
            Emergency,
        ),
        (
            "Dad is speaking like his mouth is full since lunch",
            Emergency,
        ),
        (
            "my mouth is full of ulcers again, can I get the gel?",
            Routine,
        ),
    ]);
}

#[test]
fn a_weight_on_the_chest_or_a_hand_held_to_it_is_chest_pain() {
    check(&[
        (
            "feels like an elephant sitting on my chest and I'm sweating",
            Emergency,
        ),
        ("mio marito ha come un masso sul petto da un'ora", Emergency),
        (
            "ma mère se tient la poitrine et elle est toute pâle",
            Emergency,
        ),
        (
            "mi padre se agarra el pecho y no puede hablar bien",
            Emergency,
        ),
        ("mijn vader grijpt naar zijn borst en is grauw", Emergency),
        // Weight talk is not chest pain.
        (
            "how much weight can I lift after the breast surgery? chest is healing well",
            Routine,
        ),
    ]);
}

#[test]
fn no_urine_at_all_and_numbness_around_the_back_passage_are_emergencies() {
    check(&[
        (
            "I haven't been able to pass water all day and my lower belly is bursting",
            Emergency,
        ),
        (
            "mon mari n'a pas fait une goutte de pipi depuis hier soir",
            Emergency,
        ),
        (
            "seit gestern Abend kein Tropfen Urin, der Bauch tut weh",
            Emergency,
        ),
        (
            "numb around my bottom since the back went, and sciatica both legs",
            Emergency,
        ),
        (
            "alrededor del ano todo dormido desde ayer y dolor de espalda",
            Emergency,
        ),
        // Passing water normally is not retention.
        (
            "I pass water fine now after the antibiotics, can I stop them?",
            Routine,
        ),
    ]);
}

#[test]
fn out_cold_after_a_fall_is_an_emergency() {
    check(&[
        (
            "mijn moeder is gevallen en was even buiten bewustzijn, nu hoofdpijn",
            Emergency,
        ),
        (
            "dad slipped in the garden and was out cold for a bit",
            Emergency,
        ),
    ]);
}

#[test]
fn everything_spinning_with_double_vision_is_a_stroke_sign() {
    check(&[
        ("de repente tudo gira e vejo a dobrar", Emergency),
        (
            "seit einer Stunde dreht sich alles und ich sehe doppelt",
            Emergency,
        ),
    ]);
}

#[test]
fn a_child_and_an_unknown_number_of_tablets_is_an_emergency() {
    check(&[
        ("my granddaughter (3) got into my handbag, I don't know how many of my heart pills she took", Emergency),
        ("found the toddler with the blister pack chewed open, he is 2", Emergency),
        // An adult counting a repeat is routine.
        ("I don't know how many repeats I have left on my prescription, can you check?", Routine),
    ]);
}

#[test]
fn a_curtain_over_the_sight_is_a_same_day_look_and_dark_circles_are_not() {
    check(&[
        (
            "since this morning a curtain is coming over my left eye, and flashes",
            Urgent,
        ),
        (
            "j'ai comme un rideau devant l'oeil droit depuis hier",
            Urgent,
        ),
        ("tengo una cortina en la vista del ojo izquierdo", Urgent),
        (
            "how much is the treatment for dark shadows under my eyes?",
            Routine,
        ),
    ]);
}

#[test]
fn a_dropped_fork_is_weakness() {
    check(&[
        (
            "a minha mãe deixa cair o copo da mão direita desde ontem",
            Urgent,
        ),
        ("mon père lâche sa tasse depuis ce matin", Urgent),
    ]);
}

#[test]
fn a_fall_onto_the_back_of_the_head_on_blood_thinners_is_an_emergency() {
    check(&[
        (
            "Oma ist gestolpert und mit dem Kopf gegen die Heizung, sie nimmt Eliquis",
            Emergency,
        ),
        (
            "mum tripped and hit the back of her head on the step, she is on warfarin",
            Emergency,
        ),
        (
            "mi padre se cayó y se golpeó la nuca, toma Sintrom",
            Emergency,
        ),
        // Without a fall or a blood thinner, an idiom stays routine.
        (
            "I am banging my head against the wall with this insurance form, who can help?",
            Routine,
        ),
    ]);
}
