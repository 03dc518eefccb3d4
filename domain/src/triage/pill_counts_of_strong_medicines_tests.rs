//! Tests for `pill_counts_of_strong_medicines.rs`: overdose-prone medicines counted, by the
//! handful or the whole supply, and a child with an adult's tablets, in seven languages and
//! other words than the batches; a usual dose, a missed or doubled harmless dose and the
//! tablets left in a pack stay as they were.

use super::thumb_tests::check;
use super::*;

use Urgency::{Emergency, Routine};

/// Five or more of an overdose-prone medicine, a handful or all of them: an emergency.
#[test]
fn a_count_or_a_handful_of_a_strong_medicine_is_an_overdose() {
    check(&[
        (
            "my brother has taken 12 mirtazapine and gone quiet",
            Emergency,
        ),
        ("she swallowed 8 propranolol after the row", Emergency),
        ("he drank half a bottle of oramorph", Emergency),
        ("mi hermana se tomó un puñado de antidepresivos", Emergency),
        ("il a avalé une poignée d'anxiolytiques", Emergency),
        ("meine Frau hat 10 Lorazepam genommen", Emergency),
        ("ha preso tutta la confezione di sonniferi", Emergency),
        ("o meu pai tomou 10 diazepam", Emergency),
        ("mijn zus heeft 12 temazepam geslikt", Emergency),
    ]);
}

/// A child who ate or swallowed an adult's tablet: an emergency.
#[test]
fn a_child_with_an_adults_tablets_is_an_emergency() {
    check(&[
        (
            "my 3 year old ate one of my antidepressants off the counter",
            Emergency,
        ),
        (
            "mi niña de 2 años se ha comido una pastilla de mi madre",
            Emergency,
        ),
        (
            "ma fille de 2 ans a mangé un comprimé de son grand-père",
            Emergency,
        ),
        (
            "mein Sohn (2) hat eine Tablette von Opa verschluckt",
            Emergency,
        ),
        (
            "il mio bambino di 3 anni ha mangiato una pastiglia della nonna",
            Emergency,
        ),
        (
            "a minha filha de 2 anos comeu um comprimido do avô",
            Emergency,
        ),
        (
            "ons zoontje van 2 heeft een pil van oma opgegeten",
            Emergency,
        ),
    ]);
}

/// A usual dose, a missed or doubled harmless dose, the tablets left: not an overdose.
#[test]
fn a_usual_missed_or_doubled_harmless_dose_or_tablets_left_is_not_an_overdose() {
    check(&[
        (
            "I take 1 mirtazapine at night, can I get a repeat?",
            Routine,
        ),
        (
            "forgot my sertraline yesterday, should I take two today?",
            Routine,
        ),
        (
            "i took my vitamin d twice this morning by accident",
            Routine,
        ),
        (
            "only 4 lorazepam left in the box, need a new prescription",
            Routine,
        ),
        (
            "me quedan 5 pastillas de sertralina, ¿me hacen la receta?",
            Routine,
        ),
        (
            "il me reste 6 comprimés de lexomil, il faut une ordonnance",
            Routine,
        ),
        (
            "ich habe nur noch 5 Tavor, brauche ein neues Rezept",
            Routine,
        ),
        (
            "mi restano 5 compresse di sertralina, serve la ricetta",
            Routine,
        ),
        (
            "só tenho 5 comprimidos de rivotril, preciso de receita",
            Routine,
        ),
        (
            "ik heb nog 5 oxazepam, kan ik een herhaalrecept krijgen",
            Routine,
        ),
    ]);
}

/// Choking on tablets ("verschluckt sich bei jeder Tablette") is a swallowing problem, and
/// the strong medicines' German and Spanish spellings still read as strong medicines.
#[test]
fn choking_on_tablets_is_not_an_overdose_and_other_spellings_stay_strong() {
    check(&[
        (
            "Mutter verschluckt sich seit Tagen bei jeder Tablette, können Sie anrufen?",
            Urgency::Urgent,
        ),
        (
            "Die Apotheke hat mir statt 25 mg Quetiapin 250 mg gegeben, ich habe sie genommen",
            Emergency,
        ),
        (
            "se ha tomado el doble de amitriptilina esta noche",
            Emergency,
        ),
    ]);
}

/// Methotrexate taken daily instead of weekly, and a whole insulin pen injected: overdoses.
#[test]
fn methotrexate_daily_or_a_whole_insulin_pen_is_an_overdose() {
    check(&[
        (
            "mein Vater nimmt sein Methotrexat täglich statt wöchentlich, jetzt Mundgeschwüre",
            Emergency,
        ),
        (
            "my husband injected the whole insulin pen after we argued",
            Emergency,
        ),
    ]);
}
