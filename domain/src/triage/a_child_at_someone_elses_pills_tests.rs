//! Tests for `a_child_at_someone_elses_pills.rs`, in other words than batch 133, with hard
//! negatives (an adult's own tablets, vitamins given as told, tablets put away).

use super::thumb_tests::check;
use super::*;

use Urgency::{Emergency, Routine};

#[test]
fn a_child_who_may_have_got_at_tablets_is_an_emergency() {
    check(&[
        ("sorry, misschien niks, maar ons dochtertje heeft bloeddruktabletten van oma gepakt, ze speelt gewoon", Emergency),
        ("a minha filha de 3 anos se calhar tomou comprimidos da avó, a caixa estava aberta", Emergency),
    ]);
}

#[test]
fn an_adults_own_tablets_or_tablets_put_away_are_not() {
    check(&[
        ("mijn vader heeft zijn bloeddruktabletten vanochtend ingenomen, kan de afspraak naar vrijdag?", Routine),
        ("a minha mãe guarda os comprimidos da avó no armário alto, obrigada pela dica", Routine),
        ("de pillen van opa liggen nu hoog in de kast, goed zo?", Routine),
    ]);
}
