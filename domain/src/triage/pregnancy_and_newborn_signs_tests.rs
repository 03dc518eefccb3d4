//! Tests for pregnancy, labour, after the birth and the newborn
//! (`pregnancy_and_newborn_signs.rs` and its rows in `presentations.rs`), in other words
//! than the batch, with hard negatives (a prolapse years after the births, a period, a
//! wound, a pale yellow nappy, someone else's pregnancy).

use super::thumb_tests::check;
use super::*;

use Urgency::{Emergency, Routine, Urgent};

/// Something coming down after the waters went, or in pregnancy: a cord or a limb [MAT].
#[test]
fn something_coming_out_in_labour_is_an_emergency() {
    check(&[
        (
            "my waters broke an hour ago and now there's something poking out of my vagina",
            Emergency,
        ),
        (
            "38 weeks pregnant, I think I can feel the cord dangling",
            Emergency,
        ),
        (
            "se me rompió la fuente y noto algo colgando por la vagina, estoy de 39 semanas",
            Emergency,
        ),
        (
            "j'ai perdu les eaux et je sens le cordon qui pend, enceinte de 38 semaines",
            Emergency,
        ),
        (
            "Fruchtblase geplatzt, ich glaube die Nabelschnur hängt raus",
            Emergency,
        ),
        (
            "rebentou a bolsa e sinto o cordão saindo, 37 semanas",
            Emergency,
        ),
        (
            "mijn vliezen zijn gebroken en ik voel iets uit de vagina hangen, 38 weken zwanger",
            Emergency,
        ),
    ]);
}

/// Hard negatives: a prolapse long after the births, a baby's cord stump, a question.
#[test]
fn a_prolapse_or_a_stump_is_not_a_cord_come_down() {
    check(&[
        ("I'm 67 and I feel something bulging down there when I stand, had 3 kids long ago. can I book the nurse", Routine),
        ("the umbilical cord stump came off today, a tiny spot of blood, is that normal?", Routine),
    ]);
}

/// A pad changed every hour or faster after a birth or in pregnancy: heavy loss
/// [CG37; GTG52].
#[test]
fn pads_changed_fast_after_a_birth_are_an_emergency() {
    check(&[
        (
            "had my baby last week, since lunch I'm changing pads every hour and feel weak",
            Emergency,
        ),
        (
            "parí hace 4 días y estoy cambiando la compresa cada media hora",
            Emergency,
        ),
        (
            "accouchée il y a 6 jours, je change de serviette toutes les demi-heures",
            Emergency,
        ),
        (
            "Entbindung vor 5 Tagen, ich wechsle die Binde jede halbe Stunde",
            Emergency,
        ),
        (
            "ho partorito 3 giorni fa e cambio l'assorbente ogni mezz'ora",
            Emergency,
        ),
    ]);
}

/// Hard negatives: a pad changed twice a day, a heavy period without a birth.
#[test]
fn pads_changed_without_a_birth_are_not_this_row() {
    check(&[(
        "period is heavy this month, can I book a pill review?",
        Routine,
    )]);
}

/// Clear fluid leaking in pregnancy: the waters going early [MAT].
#[test]
fn clear_fluid_leaking_in_pregnancy_is_urgent() {
    check(&[
        (
            "I'm 31 weeks pregnant and keep leaking watery fluid, my knickers are soaked",
            Urgent,
        ),
        (
            "embarazada de 33 semanas, pierdo un líquido transparente desde esta mañana",
            Urgent,
        ),
        (
            "enceinte de 34 semaines, je perds un liquide clair depuis hier soir",
            Urgent,
        ),
        (
            "zwanger van 32 weken en ik verlies steeds helder vocht",
            Urgent,
        ),
    ]);
}

/// Hard negatives: a wound that leaks, a question in advance.
#[test]
fn fluid_outside_pregnancy_is_not_the_waters() {
    check(&[(
        "how would I know if my waters are leaking? asking before my 30 week appointment",
        Routine,
    )]);
}

/// A baby in the womb "hardly felt" moving [GTG57; MAT].
#[test]
fn hardly_felt_moving_is_urgent() {
    check(&[(
        "36 weeks pregnant and I've barely felt him kicking today",
        Urgent,
    )]);
}

/// White or grey stools in a yellow baby: jaundice seen the same day.
#[test]
fn white_stools_in_a_baby_are_urgent() {
    check(&[
        (
            "my 3 week old is still yellow and his poo has gone chalky white",
            Urgent,
        ),
        (
            "mi bebé de 3 semanas tiene la caca blanquecina y sigue amarillito",
            Urgent,
        ),
        ("mijn baby van 4 weken heeft witte ontlasting", Urgent),
    ]);
}

/// Hard negatives: a normal mustard nappy, a white sock.
#[test]
fn yellow_nappies_are_not_jaundice() {
    check(&[(
        "breastfed baby, her poo is mustard yellow and seedy, is that normal?",
        Routine,
    )]);
}

/// Thoughts of disappearing: dark thoughts, a same-day talk [NG225].
#[test]
fn thoughts_of_disappearing_are_urgent() {
    check(&[
        ("I wish I could just disappear, I wouldn't do anything though, can someone call me today", Urgent),
        ("ich will einfach nur verschwinden, ich tu mir nichts an, aber ich brauche Hilfe", Urgent),
    ]);
}

/// A baby's age told with a verb reaches the under-three-months row [NG143 red].
#[test]
fn a_babys_age_told_with_a_verb_is_an_infant() {
    check(&[
        ("he's 7 weeks and has a temp of 38.3", Emergency),
        ("shes 6 wks, temperature 38.2", Emergency),
        ("il a 7 semaines et 38,3 de fièvre", Emergency),
        ("hij is 6 weken en heeft 38,3 koorts", Emergency),
        ("tiene 7 semanas y 38,4 de fiebre", Emergency),
    ]);
}

/// Hard negatives: an illness that has lasted weeks is not an age.
#[test]
fn weeks_of_illness_are_not_an_age() {
    check(&[("mijn man is 6 weken ziek geweest, nu 38,2 koorts", Urgent)]);
}

// Session 22e: drops of clear fluid in pregnancy (waters) [NG207-like consensus, MAT].
#[test]
fn drops_of_clear_fluid_in_late_pregnancy_are_a_same_day_look() {
    check(&[
        (
            "31 weken zwanger en sinds vannacht druppels helder vocht, geen weeën",
            Urgency::Urgent,
        ),
        (
            "grávida de 34 semanas, saem gotinhas de liquido transparente desde cedo",
            Urgency::Urgent,
        ),
        (
            "36 SSW, seit heute früh Tropfen klare Flüssigkeit, keine Wehen",
            Urgency::Urgent,
        ),
    ]);
}
