//! Tests for a passive wish not to be alive (`passive_death_wishes.rs`), in other words than
//! the corpus, with hard negatives ("no vale la pena" about an appointment, a denied wish,
//! "better not to book", away on holiday).

use super::thumb_tests::check;
use super::*;

use Urgency::{Routine, Urgent};

/// A wish to be gone, with "no plan": a same-day conversation [NG225, MHF].
#[test]
fn a_wish_not_to_be_alive_with_no_plan_is_urgent() {
    check(&[
        ("lately i don't see the point of living, i'm not going to do anything but i need to talk to someone", Urgent),
        ("sometimes i'd rather not be here at all, no plan, just very low", Urgent),
        ("a veces creo que no vale la pena vivir así, no haría nada, ¿me pueden llamar hoy?", Urgent),
        ("estos días pienso que sería mejor no despertarme, no tengo plan", Urgent),
        ("ando pensando em desaparecer, não vou fazer nada, mas preciso de ajuda hoje", Urgent),
        ("je me dis que ce serait plus facile si j'étais plus là, je ferai rien", Urgent),
        ("manchmal denke ich, es wäre besser, wenn ich nicht mehr da wäre. Ich tue nichts, aber ich brauche Hilfe", Urgent),
        ("penso che sarebbe meglio non svegliarmi, non farei niente, ma sto male", Urgent),
        ("soms denk ik dat ik liever niet meer leef, ik doe niks maar wil graag praten", Urgent),
    ]);
}

/// Hard negatives: the same words about an appointment, a denial, a holiday.
#[test]
fn the_same_words_about_everyday_things_are_not() {
    check(&[
        (
            "no vale la pena ir a la cita si solo es para la receta, ¿me la mandan?",
            Routine,
        ),
        ("não vale a pena remarcar, vou na próxima semana", Routine),
        (
            "I don't want to die, I just want to know if this mole is dangerous",
            Routine,
        ),
        ("better not to book yet, I'll wait for the results", Routine),
        (
            "je serai plus là la semaine prochaine, en vacances, on décale le rdv ?",
            Routine,
        ),
    ]);
}
