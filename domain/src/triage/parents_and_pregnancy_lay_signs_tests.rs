//! Tests for `parents_and_pregnancy_lay_signs.rs`, in other words than batch 109, with hard
//! negatives.

use super::thumb_tests::check;

use crate::triage::Urgency::{Emergency, Routine, Urgent};

/// A fit told as shaking and not answering, in the past tense [EPI]; in pregnancy, eclampsia.
#[test]
fn shaking_and_not_answering_is_a_fit() {
    check(&[
        (
            "enceinte de 36 sem, elle s'est mise à trembler et répondait plus, là elle se réveille",
            Emergency,
        ),
        (
            "mi mujer temblaba entera y no respondía, embarazada de 8 meses",
            Emergency,
        ),
        (
            "tremava tutto e non rispondeva quando lo chiamavo",
            Emergency,
        ),
        (
            "er reagierte nicht mehr und zuckte mit den Armen",
            Emergency,
        ),
    ]);
}

/// Hard negatives: a message or a phone that did not answer.
#[test]
fn a_clinic_that_did_not_answer_is_not_unresponsive() {
    check(&[
        (
            "la clinique répondait pas au téléphone hier, je voudrais un rdv",
            Routine,
        ),
        ("la recepción no respondía, quiero cambiar mi cita", Routine),
        (
            "ayer no respondía nadie al teléfono, quiero pedir cita",
            Routine,
        ),
    ]);
}

/// Waters breaking told in the present or the plural [NG25].
#[test]
fn waters_breaking_in_the_present_is_same_day() {
    check(&[
        (
            "36 semaines, je crois que je perds les eaux depuis ce matin",
            Urgent,
        ),
        ("sono di 35 settimane e credo di perdere le acque", Urgent),
        (
            "estoy de 34 semanas y creo que estoy perdiendo aguas",
            Urgent,
        ),
    ]);
}

/// A baby with only one or two wet nappies [NG143 amber].
#[test]
fn a_baby_with_few_wet_nappies_is_same_day() {
    check(&[
        (
            "my 9 month old has only had one wet nappy since breakfast",
            Urgent,
        ),
        (
            "unser Baby hatte heute nur zwei nasse Windeln und trinkt schlecht",
            Urgent,
        ),
        (
            "mi bebé solo ha tenido un pañal mojado en todo el día",
            Urgent,
        ),
        (
            "la piccola ha fatto solo due pannolini bagnati oggi",
            Urgent,
        ),
    ]);
}

/// Hard negative: nappies as shopping.
#[test]
fn nappies_to_buy_are_not_less_urine() {
    check(&[("do you sell nappies? we only have one pack left", Routine)]);
}

/// Cuts made on oneself, told with "do" [NG225].
#[test]
fn cuts_made_on_an_arm_are_same_day() {
    check(&[
        (
            "mi hijo se hace cortes en los brazos cuando se agobia",
            Urgent,
        ),
        ("ma fille s'est fait des entailles sur les bras", Urgent),
        ("mio figlio si è fatto dei tagli sulle braccia", Urgent),
    ]);
}

/// Hard negative: a cut made by a surgeon, a haircut.
#[test]
fn cuts_by_someone_else_are_not_self_harm() {
    check(&[(
        "le coiffeur m'a fait une coupe trop courte, je veux annuler le rdv",
        Routine,
    )]);
}

/// A new mother who says she is a bad mother [CG192].
#[test]
fn a_new_mother_who_calls_herself_a_bad_mother_is_same_day() {
    check(&[
        (
            "since the birth my wife says she is a terrible mum and cries all day",
            Urgent,
        ),
        ("desde el parto mi mujer dice que es una mala madre", Urgent),
        (
            "meine Frau sagt sie ist eine schlechte Mutter und weint seit der Geburt",
            Urgent,
        ),
    ]);
}

/// Hard negative: a mother who is someone's parent, a bad fall.
#[test]
fn a_mother_in_another_sense_is_not_low_mood() {
    check(&[(
        "my mother had a bad cold last month, can she book a flu jab?",
        Routine,
    )]);
}

/// A hot drink tipped over oneself: a scald [MTS].
#[test]
fn a_hot_drink_tipped_over_is_a_scald() {
    check(&[
        (
            "me volqué encima el café hirviendo, tengo el brazo rojo",
            Urgent,
        ),
        (
            "mi sono rovesciata addosso il tè bollente sulla coscia",
            Urgent,
        ),
        ("er hat sich heißen Tee über den Arm gekippt", Urgent),
    ]);
}

/// A head knock with vomiting and drowsiness, in Bavarian [NG232].
#[test]
fn a_head_knock_told_in_bavarian_is_read() {
    check(&[(
        "da kloane hod se an kopf ogschlogn, hod dreimal gspiebn und is so miad, schläft dauernd",
        Emergency,
    )]);
}

/// Confused, not "confused with" [NG51].
#[test]
fn confused_and_with_a_rash_is_confusion() {
    check(&[(
        "mi padre tiene 39, esta confundido y con la piel fria",
        Emergency,
    )]);
}

/// Hyaluronic acid near the eye, a grey socket: not a chemical burn, not grey skin.
#[test]
fn a_filler_near_the_eye_and_a_grey_socket_are_not_emergencies() {
    check(&[
        (
            "acide hyaluronique sous les yeux il y a 2 semaines, je veux une retouche",
            Routine,
        ),
        (
            "mi hanno tolto il dente, il buco è grigio e fa male fino all'orecchio, l'antidolorifico non fa niente",
            Urgent,
        ),
    ]);
}
