//! Tests for the signs of a severe breathing attack in lay words (`asthma_attack_signs.rs`), in
//! other words than the corpus, with hard negatives (a reliever that works, a toddler
//! not yet talking in sentences, "geen zin" as not feeling like it).

use super::thumb_tests::check;
use super::*;

use Urgency::{Emergency, Routine};

/// A reliever that does nothing, no whole sentence, ribs pulling in, a grunting baby [BTS, NG143].
#[test]
fn a_failing_reliever_or_a_sentence_that_cannot_be_said_is_an_emergency() {
    check(&[
        (
            "her blue inhaler isn't doing anything, 12 puffs and nothing",
            Emergency,
        ),
        (
            "my son can't get a whole sentence out, he's asthmatic",
            Emergency,
        ),
        (
            "my little one's ribs pull in every breath and she's breathing fast",
            Emergency,
        ),
        (
            "son fils fait une crise, la ventoline ne fait rien du tout",
            Emergency,
        ),
        (
            "il n'arrive plus à finir une phrase entière, il respire très mal",
            Emergency,
        ),
        (
            "mi hijo con asma no puede decir una frase entera",
            Emergency,
        ),
        (
            "il mio bimbo ha l'asma e non riesce a finire una frase intera",
            Emergency,
        ),
        (
            "a minha filha não consegue falar uma frase inteira, está sem ar",
            Emergency,
        ),
        (
            "mijn zoon heeft astma en kan geen zin meer uitspreken",
            Emergency,
        ),
        (
            "Ich kann keinen ganzen Satz sagen, Asthma, Spray hat nichts gebracht",
            Emergency,
        ),
        ("bébé de 2 mois respire en grognant", Emergency),
        ("baby's lips are going bluish, breathing funny", Emergency),
    ]);
}

/// Hard negatives.
#[test]
fn a_working_reliever_and_idioms_are_not() {
    check(&[
        (
            "inhaler helped straight away, she's fine now, just need a repeat",
            Routine,
        ),
        (
            "can you send a repeat of my blue inhaler? 2 puffs a day working fine",
            Routine,
        ),
        (
            "la ventoline fait bien effet, juste besoin d'une ordonnance",
            Routine,
        ),
        (
            "il ne peut pas dire une phrase en anglais, il faut un interprète",
            Routine,
        ),
        (
            "il a 18 mois et il ne fait pas encore de phrases, c'est normal ?",
            Routine,
        ),
        (
            "ik heb geen zin meer in die afspraak, kan ik verzetten?",
            Routine,
        ),
    ]);
}
