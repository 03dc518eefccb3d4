//! Tests for `carer_red_flags.rs` (session 17e): each concept in other words than blind
//! batch 93, with hard negatives (a normal pause, a blue sweet, a past event, a question,
//! an everyday meaning of the same word).

use super::thumb_tests::check;
use super::*;

use Urgency::{Emergency, Routine, Urgent};

#[test]
fn long_pauses_in_a_babys_breathing() {
    // Apnoea of 15 seconds or more; a newborn's short pauses in sleep are normal.
    check(&[
        (
            "my 2 week old stopped breathing for about 20 seconds in his cot then gasped",
            Emergency,
        ),
        (
            "newborn pauses her breathing for 5 seconds when asleep then carries on, midwife says periodic breathing",
            Routine,
        ),
    ]);
}

#[test]
fn blue_or_grey_round_the_mouth() {
    // Central cyanosis told by where it shows; a blue ice lolly explains it away.
    check(&[
        (
            "my little one looks greyish around his lips and is wheezy",
            Emergency,
        ),
        (
            "mi bebé está azulado alrededor de la boca y respira raro",
            Emergency,
        ),
        (
            "hes blue round the mouth from the blue slushie he just had lol",
            Routine,
        ),
    ]);
}

#[test]
fn a_moaning_or_high_pitched_cry() {
    // A weak, high-pitched or moaning cry [NG143 red]; colic crying is not.
    check(&[
        (
            "baby 2 months keeps making a strange moaning noise and wont settle",
            Emergency,
        ),
        (
            "her crying sounds high pitched, not like her at all, she's 4 months",
            Emergency,
        ),
        (
            "my 6 week old cries a lot in the evenings, health visitor says colic",
            Routine,
        ),
    ]);
}

#[test]
fn a_baby_who_does_not_look_at_you() {
    // No response to social cues in a baby; a teenager ignoring a parent is not one.
    check(&[
        (
            "our 5 week old doesnt seem to focus on us today and is very quiet",
            Emergency,
        ),
        (
            "the baby is not responding to us like usual, 8 weeks old",
            Emergency,
        ),
    ]);
}

#[test]
fn an_ashen_or_floppy_baby_in_other_languages() {
    // Greyish colour and floppiness [NG143 red] in Italian, Portuguese, French, Dutch.
    check(&[
        (
            "il mio bimbo di 2 mesi ha la pelle grigiastra e respira male",
            Emergency,
        ),
        (
            "o bebé tem a pele acinzentada e está todo molinho",
            Emergency,
        ),
        (
            "ma fille de 3 semaines a le teint grisâtre et ne boit plus",
            Emergency,
        ),
        (
            "onze zoon van 4 weken heeft een grauwe kleur en huilt zacht",
            Emergency,
        ),
        (
            "le molle del materasso fanno rumore, serve un certificato?",
            Routine,
        ),
    ]);
}

#[test]
fn a_baby_who_will_not_latch() {
    // A young baby not feeding [NG143]; a question about latching technique is not.
    check(&[
        (
            "6 week old wont latch since last night and hardly wakes",
            Emergency,
        ),
        (
            "il bimbo di 3 settimane non prende il seno da ieri sera",
            Emergency,
        ),
        (
            "any tips on getting a good latch? breastfeeding class next week",
            Routine,
        ),
    ]);
}

#[test]
fn the_soft_bit_on_top_of_the_head() {
    // The fontanelle in lay words, bulging [NG143 red]; a flat soft spot is not.
    check(&[
        (
            "the soft part on top of her head is raised up and she has a temp",
            Emergency,
        ),
        (
            "is it normal that the soft bit on his head sinks a little when he sleeps?",
            Routine,
        ),
    ]);
}

#[test]
fn a_drowsy_child_with_signs_of_dehydration() {
    // Drowsy with sunken eyes or no wet nappies [NG143 red]; a well child with one dry
    // nappy is a same-day question at most.
    check(&[
        (
            "toddler 18 months with a tummy bug, sunken eyes and so lethargic, barely opens them",
            Emergency,
        ),
        (
            "my 3 year old is really drowsy and has had no wet nappy since breakfast",
            Emergency,
        ),
        (
            "my 2yo has a tummy bug, eyes look a bit sunken but she's running about and drinking",
            Urgent,
        ),
    ]);
}

#[test]
fn a_blow_to_the_privates() {
    // A boy hit in the privates with pain or swelling [TT]; the word alone is not.
    check(&[
        (
            "my 14 yo got kicked in the nuts at football, still agony 2 hours later",
            Emergency,
        ),
        (
            "can a nurse talk to my son about washing his privates, he's 6",
            Routine,
        ),
    ]);
}

#[test]
fn fallen_and_cannot_get_up() {
    // A long lie after a fall; a fall that ended with getting up is not.
    check(&[
        (
            "grandad is on the floor and can't get up, he slipped in the kitchen",
            Emergency,
        ),
        (
            "mijn moeder ligt op de grond en kan niet opstaan na een val",
            Emergency,
        ),
        (
            "mamá se cayó ayer pero se levantó sola, solo un moratón",
            Routine,
        ),
    ]);
}

#[test]
fn ending_it_and_a_rope_in_dutch() {
    // "Er een eind aan maken" conjugated, a rope at hand [MHF, NG225]; a rope for a swing
    // is not.
    check(&[
        (
            "mijn vriendin zegt dat ze er morgen een eind aan maakt",
            Emergency,
        ),
        (
            "ze heeft een strop in haar kamer en zegt dat ze niet meer wil leven",
            Emergency,
        ),
        (
            "wij hebben een touw gekocht voor de schommel, vraagje over de rekening",
            Routine,
        ),
    ]);
}
