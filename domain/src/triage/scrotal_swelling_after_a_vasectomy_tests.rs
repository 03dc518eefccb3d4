//! Tests for a swollen scrotum after a vasectomy (`scrotal_swelling_after_a_vasectomy.rs`)
//! and pre-eclampsia from 20 weeks (`Cond::NotBefore20Weeks`), in other words than the
//! corpus, with torsion without a vasectomy in seven languages as the hard negative.

use super::thumb_tests::check;
use super::*;

use Urgency::{Emergency, Routine, Urgent};

/// A painful, growing scrotal swelling in the days after a vasectomy is a haematoma or an
/// infection: a same-day look, not a torsion [TT, consensus].
#[test]
fn a_swollen_scrotum_after_a_vasectomy_is_urgent() {
    check(&[
        (
            "my scrotum has swollen up and is sore since the vasectomy on tuesday",
            Urgent,
        ),
        (
            "vasectomía el lunes y ahora tengo el testículo derecho hinchado y me duele",
            Urgent,
        ),
        (
            "depuis ma vasectomie mardi, un testicule a gonflé et il me fait mal",
            Urgent,
        ),
        (
            "nach der Vasektomie am Montag ist der Hoden geschwollen und tut weh",
            Urgent,
        ),
        (
            "dopo la vasectomia di lunedì il testicolo è gonfio e dolorante",
            Urgent,
        ),
        (
            "fiz vasectomia segunda e o testículo está inchado e dói",
            Urgent,
        ),
        (
            "sinds de vasectomie maandag is mijn balzak gezwollen en pijnlijk",
            Urgent,
        ),
    ]);
}

/// Sudden pain, vomiting, a fever of 39 or shivering keep a testicle an emergency after a
/// vasectomy too.
#[test]
fn sudden_pain_or_vomiting_after_a_vasectomy_stays_an_emergency() {
    check(&[
        (
            "had the snip last week, suddenly an awful pain in my right testicle",
            Emergency,
        ),
        (
            "vasectomy 2 days ago, testicle swollen and I keep throwing up",
            Emergency,
        ),
        (
            "vasectomie jeudi, testicule gonflé, 39,4 de fièvre",
            Emergency,
        ),
        (
            "Vasektomie vor drei Tagen, Hoden plötzlich sehr schmerzhaft",
            Emergency,
        ),
    ]);
}

/// Without a vasectomy a painful or swollen testicle is torsion until shown otherwise [TT].
#[test]
fn a_testicle_without_a_vasectomy_stays_an_emergency_in_seven_languages() {
    check(&[
        ("my son's testicle is swollen and really painful", Emergency),
        (
            "a mi hijo le duele mucho un testículo y está hinchado",
            Emergency,
        ),
        (
            "mon fils a très mal à un testicule, il est gonflé",
            Emergency,
        ),
        (
            "mein Sohn hat starke Schmerzen im Hoden, er ist geschwollen",
            Emergency,
        ),
        (
            "mio figlio ha il testicolo gonfio e gli fa molto male",
            Emergency,
        ),
        (
            "meu filho está com o testículo inchado e com muita dor",
            Emergency,
        ),
        (
            "mijn zoon heeft erge pijn in zijn testikel en hij is gezwollen",
            Emergency,
        ),
    ]);
}

/// Questions about a vasectomy stay routine.
#[test]
fn vasectomy_questions_stay_routine() {
    check(&[
        ("how soon after a vasectomy can I go cycling?", Routine),
        ("quanto costa una vasectomia?", Routine),
    ]);
}

/// Pre-eclampsia comes from 20 weeks [NG133]: a headache at 12 weeks is not it, at 30
/// weeks it is a same-day look. Pain in early pregnancy stays a same-day look [NG126].
#[test]
fn a_headache_before_20_weeks_is_not_read_as_pre_eclampsia() {
    check(&[
        (
            "enceinte de 12 semaines, un peu mal à la tête ce soir",
            Routine,
        ),
        (
            "incinta di 13 settimane, ho un leggero mal di testa",
            Routine,
        ),
        ("zwanger van 11 weken en wat hoofdpijn vandaag", Routine),
        ("30 weeks pregnant with a headache that won't shift", Urgent),
        (
            "enceinte de 32 semaines, mal à la tête et je vois des points",
            Urgent,
        ),
        ("pregnant and a headache with flashing lights", Urgent),
        (
            "11 weeks pregnant, headache and cramping low in my tummy",
            Urgent,
        ),
    ]);
}
