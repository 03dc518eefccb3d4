//! Tests for a head injury and its warning signs told in lay words
//! (`head_injury_lay_flags.rs`), in other words than the corpus, with hard negatives (an arm
//! broken twice, a team knocked out of a cup, a forgetful grandmother with no blow, warfarin
//! with no fall, an idiom).

use super::thumb_tests::check;
use super::*;

use Urgency::{Emergency, Routine, Urgent};

/// A blow to the head told by the verb, with vomiting or a knock-out: an emergency [HI].
#[test]
fn a_blow_told_by_the_verb_with_a_flag_is_an_emergency() {
    check(&[
        (
            "banged his head on the radiator last night and has thrown up 3 times since",
            Emergency,
        ),
        (
            "my son got knocked out playing rugby, only for a few seconds, he's fine now",
            Emergency,
        ),
        (
            "mi hijo se pegó con la cabeza en la mesa y ha vomitado dos veces",
            Emergency,
        ),
        (
            "o meu pai bateu com a cabeça no armário e está a vomitar",
            Emergency,
        ),
    ]);
}

/// Memory gone after a blow or a fall, in five languages [HI].
#[test]
fn memory_gone_after_a_blow_is_an_emergency() {
    check(&[
        (
            "mi abuelo se cayó en el baño y no se acuerda de nada",
            Emergency,
        ),
        (
            "she hit her head on the shelf and can't remember what happened",
            Emergency,
        ),
        ("hij is gevallen op zijn hoofd en weet niks meer", Emergency),
        (
            "er ist mit dem Rad gestürzt und erinnert sich an nichts",
            Emergency,
        ),
        ("è caduto dalla scala e non ricorda niente", Emergency),
    ]);
}

/// Vomiting counted in German slang after a head injury; warfarin spelt "varfarina"; a baby
/// down a whole flight of stairs [HI].
#[test]
fn vomiting_warfarin_and_stairs_after_a_blow_are_emergencies() {
    check(&[
        (
            "mit dem Kopf gegen die Tür geknallt, seitdem dreimal gebrochen",
            Emergency,
        ),
        (
            "mia nonna prende il varfarina ed è caduta battendo la testa",
            Emergency,
        ),
        (
            "our 10 month old rolled down the full flight of stairs and has a bump on his head",
            Emergency,
        ),
    ]);
}

/// Hard negatives: a bone broken twice in the past, a team knocked out of a cup, a
/// forgetful grandmother with no blow, warfarin with no fall, an idiom.
#[test]
fn the_words_without_a_blow_are_not_a_head_injury() {
    check(&[
        // A bone broken twice, years ago, beside a bump: a head injury alone, not vomiting.
        (
            "Kopf an der Tür angestoßen, nur eine Beule. Den Arm habe ich mir früher schon zweimal gebrochen",
            Urgent,
        ),
        (
            "my team got knocked out of the cup in the semis, gutted",
            Routine,
        ),
        (
            "mi abuela no se acuerda de nada de lo que le digo, ¿podemos pedir una consulta de memoria?",
            Routine,
        ),
        ("can you renew my varfarina prescription please", Routine),
        ("you hit the nail on the head with that leaflet", Routine),
        ("slipped down two stairs yesterday, bruised shin, walking fine", Routine),
    ]);
}
