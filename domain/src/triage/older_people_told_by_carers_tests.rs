//! Tests for `older_people_told_by_carers.rs`, in other words than batch 122, with hard
//! negatives: a catheter changed as planned, a crash told in the past, a chatty "two
//! words", a pressure sore that is healing, an eye-roll, a pressure of work.

use super::thumb_tests::check;
use super::*;

use Urgency::{Emergency, Routine, Urgent};

#[test]
fn a_catheter_draining_nothing_or_out_is_a_same_day_visit() {
    check(&[
        ("grandad's catheter has drained barely a drop all afternoon", Urgent),
        ("il catetere della zia non drena più da stamattina", Urgent),
        ("de katheter van oma produceert sinds vanmorgen niets", Urgent),
        ("bei Mama ist der Katheter herausgerutscht", Urgent),
        ("o cateter do meu avô saiu esta manhã", Urgent),
        // With the belly swollen and sore, retention behind a blocked catheter.
        (
            "la sonde de mon père ne coule plus depuis ce matin, son ventre est gonflé et il a très mal",
            Emergency,
        ),
        // Hard negatives: a catheter changed as planned, a bag emptied as usual.
        ("the nurse changed dad's catheter on tuesday as planned, all fine", Routine),
        ("can we book the next catheter change for March?", Routine),
    ]);
}

#[test]
fn no_urine_at_all_since_the_night_is_retention() {
    check(&[
        (
            "mi suegro no ha podido mear nada en toda la noche",
            Emergency,
        ),
        (
            "Opa konnte seit gestern Abend nichts Wasser lassen",
            Emergency,
        ),
        ("grandad hasn't passed any urine since breakfast", Emergency),
        // Hard negative: a sample that could not be given.
        (
            "couldn't do the urine sample this morning, can I drop it tomorrow?",
            Routine,
        ),
    ]);
}

#[test]
fn not_two_words_in_a_row_for_breath_is_an_emergency() {
    check(&[
        (
            "la abuela no puede decir dos palabras seguidas, le falta el aire",
            Emergency,
        ),
        (
            "opa kan geen twee woorden achter elkaar zeggen, hij hijgt",
            Emergency,
        ),
        (
            "meu pai não consegue dizer duas palavras seguidas sem parar para respirar",
            Emergency,
        ),
        // Hard negative: two words said, no negation.
        (
            "ha detto due parole di fila al nipote, che emozione! quando è il controllo?",
            Routine,
        ),
    ]);
}

#[test]
fn found_down_and_not_answering_is_an_emergency() {
    check(&[
        ("je viens de le trouver au sol dans la cuisine", Emergency),
        (
            "mon voisin ne réagit pas quand je l'appelle, il est dans son fauteuil",
            Emergency,
        ),
        // Hard negative: a lost pair of glasses found on the floor is not a person.
        (
            "j'ai trouvé ses lunettes par terre, peut-on changer le rendez-vous de l'opticien ?",
            Routine,
        ),
    ]);
}

#[test]
fn shaking_with_the_eyes_rolled_back_is_a_fit() {
    check(&[
        (
            "opa schokt helemaal en zijn ogen zijn weggedraaid",
            Emergency,
        ),
        (
            "Oma zittert am ganzen Körper und die Augen sind verdreht",
            Emergency,
        ),
        (
            "my aunt is jerking all over and her eyes rolled back",
            Emergency,
        ),
        // Hard negative: an eye-roll at the news, no shaking.
        (
            "mi madre pone los ojos en blanco cuando le hablo de la residencia, jaja",
            Routine,
        ),
    ]);
}

#[test]
fn a_pressure_on_the_chest_in_dutch_and_german_is_chest_pain() {
    check(&[
        (
            "het drukt op mijn borst en ik zweet, al een half uur",
            Emergency,
        ),
        (
            "es drückt seit einer Stunde auf der Brust und zieht in den Arm",
            Emergency,
        ),
        // Hard negative: a pressure of work.
        (
            "de werkdruk drukt op mijn humeur, kan ik een gesprek plannen?",
            Routine,
        ),
    ]);
}

#[test]
fn a_plan_to_drive_into_a_tree_is_an_emergency() {
    check(&[
        (
            "mein Opa sagt, er will mit dem Auto gegen einen Baum fahren",
            Emergency,
        ),
        (
            "il nonno dice che vuole schiantarsi contro un albero con la macchina",
            Emergency,
        ),
        (
            "papa dit qu'il va foncer dans un arbre avec la voiture",
            Emergency,
        ),
        ("he keeps saying he'll drive the car into a wall", Emergency),
        // Hard negatives: a crash told in the past, with no injury named.
        (
            "opa is vorig jaar tegen een boom gereden, nu heeft hij een nieuwe auto",
            Routine,
        ),
        (
            "mi padre chocó contra un muro con el coche hace años, ¿puede renovar el carnet?",
            Routine,
        ),
    ]);
}

#[test]
fn a_pressure_sore_opened_or_smelling_is_a_same_day_look() {
    check(&[
        (
            "the pressure sore on mum's bottom smells and is weeping",
            Urgent,
        ),
        ("la piaga sul sacro di papà è aperta e puzza", Urgent),
        ("Opas Dekubitus an der Ferse ist offen und riecht", Urgent),
        // Hard negative: a sore that is healing.
        (
            "the district nurse says mum's pressure sore is healing well, next dressing Friday",
            Routine,
        ),
    ]);
}
