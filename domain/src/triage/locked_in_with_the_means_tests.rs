//! Tests for `locked_in_with_the_means.rs`, with negatives (locked in with a book, razors
//! bought for shaving).

use super::thumb_tests::check;
use super::*;

use Urgency::{Emergency, Routine};

#[test]
fn thoughts_of_ending_it_locked_in_with_the_means_is_an_emergency() {
    check(&[
        (
            "mijn zoon zegt dat hij er een eind aan maakt en zit opgesloten in zijn kamer met pillen",
            Emergency,
        ),
        (
            "my sister says she wants to die tonight and she's locked in her room with razor blades",
            Emergency,
        ),
        (
            "meu filho disse que quer morrer e está trancado no quarto com os comprimidos da avó",
            Emergency,
        ),
    ]);
}

#[test]
fn locked_in_with_something_else_is_not_a_means() {
    check(&[
        (
            "mia figlia è chiusa in camera con i libri per la maturità, possiamo spostare la visita?",
            Routine,
        ),
        ("do you sell razor blades for the post-op shave or should I bring my own?", Routine),
    ]);
}
