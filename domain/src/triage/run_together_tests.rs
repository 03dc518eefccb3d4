//! Tests for words typed without the space between them (`run_together.rs`): the cut
//! tokens read as their words, and hard negatives in several languages that must not.

use super::thumb_tests::check;
use super::*;

use Urgency::{Emergency, Routine, Urgent};

#[test]
fn words_run_together_read_as_their_words() {
    check(&[
        ("chestpain since this morning", Emergency),
        ("bad chestpains and sweating", Emergency),
        ("cantbreathe", Emergency),
        ("my son cantbreathe properly", Emergency),
        ("nobreathing help", Emergency),
        ("hesnotbreathing", Emergency),
        ("dad fell, bledalot from his head", Emergency),
        ("nopuedorespirar", Emergency),
        ("eratmetnicht", Emergency),
        ("nonrespira bene", Emergency),
    ]);
}

#[test]
fn real_words_and_negations_are_not_cut() {
    check(&[
        // Real compounds made of lexicon words.
        ("heartburn after dinner, can i get an appointment", Routine),
        ("can i book a checkup after breakfast", Routine),
        ("which painkillers can i take before my filling", Routine),
        ("Notfall? nein, nur eine Terminfrage", Routine),
        ("notaufnahme war voll, brauche einen termin", Routine),
        ("nobody told me the price of the crown", Routine),
        // A glued negation that is not part of a phrase across the cut stays unread,
        // never a report of the finding after it.
        ("nofever, just want to rebook", Routine),
        // Words that split into lexicon words side by side, with no phrase across
        // the cut ("visit a", "fe male", "fieber krampf"): found on the corpus.
        ("quanto costa una visita?", Routine),
        ("do you have female doctors", Routine),
        (
            "Is the new hygienist any good? might switch to her",
            Routine,
        ),
        ("he tenido que cancelar la cita, puedo cambiarla?", Routine),
        (
            "Unser Sohn hatte mit 2 Jahren einen Fieberkrampf, jetzt ist er 5 und gesund",
            Urgent,
        ),
        // Ordinary long words that are not in the lexicon.
        ("appointment reschedule please", Routine),
        ("puedo cambiar la cita", Routine),
        ("kann ich den termin verschieben", Routine),
        ("posso spostare l'appuntamento", Routine),
        ("kan ik mijn afspraak verzetten", Routine),
        ("je voudrais annuler mon rendez-vous", Routine),
        ("gostaria de remarcar a consulta", Routine),
    ]);
}

#[test]
fn a_cut_token_keeps_its_place_for_scope() {
    check(&[
        // The past cue before the token still dates it.
        (
            "had chestpain in 2019, all checked, need a cleaning",
            Routine,
        ),
        // A modifier glued to the finding still counts: a lot of blood is heavy.
        ("cut my hand and bledalot", Emergency),
        ("chestpain yesterday gone now, ok", Urgent),
    ]);
}
