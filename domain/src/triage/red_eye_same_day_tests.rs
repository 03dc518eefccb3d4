//! Tests for `red_eye_same_day.rs`, in other words than the corpus, with hard negatives.

use super::thumb_tests::check;

use crate::triage::Urgency::{Routine, Urgent};

/// An eyelid or the skin round the eye swollen and sore, or swollen with a temperature:
/// periorbital cellulitis, seen the same day [NG141, EYE].
#[test]
fn a_swollen_sore_eyelid_is_same_day() {
    check(&[
        ("my upper eyelid has puffed up and it's really sore", Urgent),
        ("el párpado está hinchado y me duele mucho", Urgent),
        (
            "sa paupière est enflée et douloureuse depuis ce matin",
            Urgent,
        ),
        ("sein Augenlid ist geschwollen und tut weh", Urgent),
        ("la palpebra è gonfia e mi fa molto male", Urgent),
        ("a pálpebra está inchada e dói", Urgent),
        ("zijn ooglid is opgezwollen en hij heeft koorts", Urgent),
    ]);
}

/// An eye that is redder, more painful or seeing worse after an operation on it [EYE].
#[test]
fn an_eye_getting_redder_or_seeing_worse_after_surgery_is_same_day() {
    check(&[
        (
            "had my cataract done monday and the eye looks redder today",
            Urgent,
        ),
        (
            "después de la cirugía de catarata veo peor que ayer",
            Urgent,
        ),
        ("depuis ma cataracte je vois moins bien de cet oeil", Urgent),
        ("nach der Lasik sehe ich schlechter als gestern", Urgent),
        ("operato di cataratta, l'occhio è più rosso di ieri", Urgent),
        (
            "na de staaroperatie is mijn oog pijnlijker geworden",
            Urgent,
        ),
    ]);
}

/// Hard negatives: puffy itchy lids with no pain, an eye that was sore and is fine now, a
/// sore eye someone else had, a cataract operation asked about ahead, a redder rash.
#[test]
fn itchy_lids_a_past_sore_eye_or_a_question_ahead_is_not_this_sign() {
    check(&[
        ("my eyelids are a bit puffy and itchy in the mornings, hay fever?", Routine),
        ("can I book a check, my cataract op is next month", Routine),
        ("mon opération de la cataracte est prévue en mars, quels papiers ?", Routine),
        ("l'œil n'est plus rouge depuis l'opération de la cataracte, merci", Routine),
        ("dopo la cataratta l'occhio non è più rosso, grazie", Routine),
        ("nach der Katarakt-OP war ein roter Fleck am Lid, jetzt weg", Routine),
        ("Augenlid war letzte Woche geschwollen, jetzt wieder gut, brauche nur eine Bescheinigung", Routine),
    ]);
}

// Session 22e: Dutch "lichtschuw" (shy of light) is photophobia.
#[test]
fn a_painful_red_eye_shy_of_light_in_dutch_is_a_same_day_look() {
    check(&[(
        "na het slapen met mijn lenzen is mijn oog rood, doet pijn en is lichtschuw",
        Urgent,
    )]);
}
