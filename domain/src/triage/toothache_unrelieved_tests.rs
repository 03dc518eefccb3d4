//! Tests for a toothache the painkillers do not touch (`toothache_unrelieved.rs`), in other
//! words than the corpus, with hard negatives (the tablets worked, a headache, a dandelion,
//! a question asked in advance, someone else's past).

use super::thumb_tests::check;
use super::*;

use Urgency::{Routine, Urgent};

/// A toothache that the tablets do not touch: a dental appointment within 24 hours, not an
/// emergency [SDCEP].
#[test]
fn a_toothache_the_tablets_do_not_touch_is_urgent() {
    check(&[
        (
            "bottom molar is killing me and the nurofen isnt shifting it",
            Urgent,
        ),
        ("on max ibuprofen and the tooth is still unbearable", Urgent),
        (
            "me duele la muela desde el sábado y el nolotil no me hace nada",
            Urgent,
        ),
        (
            "dolor en un diente de atrás, ni el paracetamol ni nada",
            Urgent,
        ),
        (
            "j'ai mal à une dent du fond, le dafalgan fait rien du tout",
            Urgent,
        ),
        ("aucun antidouleur ne soulage ma dent depuis hier", Urgent),
        ("mein Backenzahn pocht, die Tabletten bringen nix", Urgent),
        ("Zahnweh seit Freitag, Ibu hilft kaum noch", Urgent),
        (
            "il dente del giudizio mi fa malissimo, il brufen non fa niente",
            Urgent,
        ),
        (
            "to com dor de dente faz dois dias e o remédio não adianta",
            Urgent,
        ),
        ("dor de dente latejando, o paracetamol não resolve", Urgent),
        (
            "tandpijn sinds gisteren, de pijnstillers helpen niks",
            Urgent,
        ),
        (
            "mijn verstandskies doet zo'n pijn, paracetamol helpt nie",
            Urgent,
        ),
    ]);
}

/// Hard negatives: the tablets worked, another pain, a dandelion, a question in advance,
/// the past, someone else's story.
#[test]
fn tablets_that_work_or_other_pains_are_not() {
    check(&[
        ("toothache yesterday but the ibuprofen sorted it, can I book a check-up", Routine),
        ("headache at work, paracetamol isnt touching it, probably the screen", Routine),
        ("para dormir no me sirve ni la melatonina ni nada, ¿otra cita?", Routine),
        ("der Löwenzahn im Garten, hilft da nix? wir wollen einen Termin zur Zahnreinigung", Routine),
        ("if the pain after my filling comes back and painkillers don't help, what should I do?", Routine),
        ("l'an dernier j'avais une rage de dents, le doliprane faisait rien, aujourd'hui contrôle", Routine),
        ("mijn zus had vorig jaar kiespijn, nu wil ik zelf een controle bij de tandarts", Routine),
    ]);
}

/// The dose named rather than the tablet: "the full dose isn't touching it" [SDCEP].
#[test]
fn a_toothache_the_full_dose_does_not_touch_is_urgent() {
    check(&[(
        "my back tooth is throbbing, full dose isn't helping at all, can someone see me",
        Urgent,
    )]);
}

/// Hard negative: the full dose working.
#[test]
fn a_full_dose_that_works_is_not() {
    check(&[(
        "toothache is fine on the full dose, can I book a filling next week?",
        Routine,
    )]);
}
