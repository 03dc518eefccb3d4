//! Tests for `methadone_named_in_other_languages.rs`, in other words than the corpus, with
//! hard negatives (an adult collecting a usual dose).

use super::thumb_tests::check;
use super::*;

use Urgency::{Emergency, Routine};

#[test]
fn a_drowsy_child_near_methadone_is_an_emergency() {
    check(&[
        (
            "mi hija de 3 años tomó metadona de la botella de su tío y está muy dormida",
            Emergency,
        ),
        (
            "mein Sohn hat vom Methadon getrunken und ist total schläfrig",
            Emergency,
        ),
        (
            "la mia bimba ha assaggiato il metadone della nonna ed è molto assonnata",
            Emergency,
        ),
    ]);
}

#[test]
fn an_adults_usual_methadone_is_not_an_emergency() {
    check(&[
        (
            "quando posso ritirare il metadone della settimana?",
            Routine,
        ),
        ("wann kann ich mein Methadon-Rezept abholen?", Routine),
    ]);
}
