//! Tests for self-harm told plainly in other languages (`self_harm_cuts_and_kept_pills.rs`),
//! in other words than batch 102, with hard negatives.

use super::thumb_tests::check;
use super::*;

use Urgency::{Emergency, Routine, Urgent};

/// Recent cuts on the arms or wrists: a same-day assessment [NG225].
#[test]
fn cuts_on_the_arms_are_self_harm() {
    check(&[
        (
            "mi hija se ha cortado los brazos esta semana, dice que está bien",
            Urgent,
        ),
        (
            "mio figlio si è tagliato le braccia di nuovo, tagli piccoli",
            Urgent,
        ),
        (
            "meine Tochter hat sich gestern wieder die Arme geritzt",
            Urgent,
        ),
        (
            "mijn zoon heeft zich in zijn armen gesneden, niet diep",
            Urgent,
        ),
        (
            "o meu filho anda a cortar-se nos pulsos, encontrei as marcas",
            Urgent,
        ),
    ]);
}

/// Pills hoarded for an overdose, object last, with the intent: an emergency [MHF].
#[test]
fn pills_kept_for_an_overdose_are_an_emergency() {
    check(&[
        (
            "I've stockpiled the tablets and I don't want to be here anymore",
            Emergency,
        ),
        (
            "j'ai accumulé des cachets, je ne supporte plus rien",
            Emergency,
        ),
        (
            "ich habe Tabletten gesammelt, ich will nicht mehr leben",
            Emergency,
        ),
    ]);
}

/// Hard negatives: a kitchen cut, a haircut, pills kept in the fridge, a hair sample.
#[test]
fn cuts_and_kept_pills_that_are_not_self_harm_are_not() {
    check(&[
        (
            "cortei o cabelo ontem, posso pintar antes da consulta?",
            Routine,
        ),
        ("dove devo tenere le pastiglie, in frigo o fuori?", Routine),
        (
            "ich habe die Rezepte gesammelt, kann ich sie alle abgeben?",
            Routine,
        ),
        (
            "estuve cortando el césped y me duelen los brazos, ¿me dan cita para la rodilla?",
            Routine,
        ),
    ]);
}
