//! Tests for a fever in a child said to be well (`well_child_fever.rs`), in other words
//! than the batch, with hard negatives (a baby, five days of fever, playing only a
//! little, not playing, a red flag beside it).

use super::thumb_tests::check;
use super::*;

use Urgency::{Emergency, Routine, Urgent};

/// NG143 green: a child with a fever who plays and eats normally is cared for at home.
#[test]
fn a_fever_in_a_child_playing_normally_is_routine() {
    check(&[
        ("my 5 year old is 38.7 but running around the garden and eating normally, calpol or nurofen?", Routine),
        ("mi hija de 6 años tiene 38,4 y está jugando feliz, ¿le doy algo?", Routine),
        ("ma fille de 5 ans a 38,6 mais joue tranquillement, je lui donne du doliprane ?", Routine),
        ("unser Sohn (7) hat 38,5 und spielt draußen Fußball, darf er morgen in die Schule?", Routine),
        ("mia figlia di 6 anni ha 38,4 ma gioca tranquilla e mangia normalmente", Routine),
        ("minha filha de 5 anos está com 38,6 mas brincando normal", Routine),
        ("zoon van 6 heeft 38,6 maar speelt gewoon buiten", Routine),
        ("Sohn (6) hat 38,7, ist aber munter und will raus", Routine),
    ]);
}

/// Hard negatives: a baby, five days of fever, playing only a little, not playing,
/// a red flag.
#[test]
fn a_fever_with_any_amber_or_red_sign_is_not() {
    check(&[
        ("my 6 week old has 38.2 but is feeding normally", Emergency),
        ("my 4 year old has had a fever for 5 days, still playing normally", Urgent),
        ("my 5 year old has 38.9 and is barely playing, mostly lying on the sofa", Urgent),
        ("my 5 year old has 38.9 and is not playing normally, just lying there", Urgent),
        ("meine Tochter (5) hat 38,9 und ist gar nicht fröhlich, liegt nur rum", Urgent),
        ("my son (6) has 38.8 and purple spots that don't fade with a glass, still playing happily", Emergency),
        ("my 6 year old has 38.8 and a bad earache, still playing happily", Urgent),
    ]);
}
