//! Tests for `death_words_in_media_and_jokes.rs`: death words in a film, a book or a joke,
//! in other words than blind batch 107, with the emergencies they must not hide.

use super::thumb_tests::check;
use super::*;

use Urgency::{Emergency, Routine};

#[test]
fn death_words_in_media_and_jokes_are_not_signs() {
    check(&[
        (
            "vimos un documental sobre el suicidio en clase, ¿hay charlas para padres?",
            Routine,
        ),
        (
            "j'ai lu un livre sur le suicide des ados, vous avez des brochures ?",
            Routine,
        ),
        (
            "in der Serie gab es zwei Suizidszenen, meine Tochter fragt ob das normal ist",
            Routine,
        ),
        (
            "mon patron va me tuer si je rate encore le bus, vous ouvrez à 8h ?",
            Routine,
        ),
        (
            "mit der Hitze bin ich fertig, mein Lehrer bringt mich noch um mit den Tests. Termin?",
            Routine,
        ),
        // What they must not hide: a threat with a knife, a real overdose.
        (
            "mi ex me va a matar, está en la puerta con un cuchillo ahora mismo",
            Emergency,
        ),
        (
            "después de ver la peli me he tomado todas mis pastillas",
            Emergency,
        ),
    ]);
}
