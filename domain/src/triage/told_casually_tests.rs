//! Tests for `told_casually.rs`, in other words than blind batch 103, with hard
//! negatives (a dose asked about, a counted number of appointments, a language barrier
//! told in English, a fever five days ago and gone, kicking at football, tightness when
//! eating, a walk lost a year ago).

use super::thumb_tests::check;
use super::*;

use Urgency::{Emergency, Routine, Urgent};

#[test]
fn a_child_and_tablets_nobody_counted_is_an_emergency() {
    check(&[
        (
            "my 3 year old got into nan's handbag and we don't know how many tablets she swallowed",
            Emergency,
        ),
        (
            "Il a trouvé les comprimés de son grand-père, je sais pas combien il en a avalé",
            Emergency,
        ),
        (
            "mio figlio ha trovato le pastiglie della nonna, non so quante ne ha prese, sembra tranquillo",
            Emergency,
        ),
        (
            "onze peuter had de pillen van opa gevonden, we weten niet hoeveel hij heeft geslikt",
            Emergency,
        ),
        (
            "a minha filha de 2 anos mexeu na bolsa, não sei quantos comprimidos engoliu",
            Emergency,
        ),
        // Hard negatives: a dose asked about, a count that is not of tablets.
        ("how many paracetamol can I give my 4 year old?", Routine),
        ("I don't know how many appointments I have left this year", Routine),
        ("¿cuántas pastillas de hierro tengo que tomar al día?", Routine),
    ]);
}

#[test]
fn no_longer_understanding_what_is_said_is_new_confusion() {
    check(&[
        (
            "mi padre desde esta mañana no entiende lo que le decimos y está raro",
            Emergency,
        ),
        ("Opa versteht uns seit heute Mittag nicht mehr", Emergency),
        (
            "mijn man begrijpt sinds vanochtend niet meer wat ik zeg",
            Emergency,
        ),
        (
            "my mum doesn't understand what I'm saying to her since lunchtime, she just stares",
            Emergency,
        ),
        // Hard negative: the writer not understood on the phone.
        (
            "the receptionist didn't understand what I said on the phone, can I email instead?",
            Routine,
        ),
    ]);
}

#[test]
fn without_insulin_or_a_reliever_is_a_same_day_problem() {
    check(&[
        (
            "I'm without my insulin since this morning, left it at work, sugars 19",
            Urgent,
        ),
        (
            "sono senza insulina da ieri sera, l'ho dimenticata in albergo",
            Urgent,
        ),
        // Hard negative: "sem" without a medicine.
        ("estou sem dor nenhuma desde ontem, obrigado", Routine),
    ]);
}

#[test]
fn a_fever_counted_in_days_before_the_word() {
    check(&[
        (
            "6 days of fever now in my little boy and still not eating",
            Urgent,
        ),
        ("6 giorni di febbre e ancora non passa, ha 2 anni", Urgent),
        // Hard negative: five days ago, gone the next day.
        (
            "5 days ago he had a fever but it went the next day, he's fine now",
            Routine,
        ),
    ]);
}

#[test]
fn something_that_flew_into_the_eye() {
    check(&[
        (
            "a bit of sawdust blew into my eye an hour ago, still gritty and watering",
            Urgent,
        ),
        // Hard negative: last week and fine.
        (
            "something flew in my eye last week, it's fine now, just booking a routine eye test",
            Routine,
        ),
    ]);
}

#[test]
fn the_belly_going_hard_every_few_minutes_and_the_usual_kicks_missing() {
    check(&[
        (
            "ho 35 settimane e la pancia si indurisce ogni 5 minuti da mezz'ora",
            Urgent,
        ),
        (
            "35 weeks and my tummy goes tight every few minutes for an hour now",
            Urgent,
        ),
        ("34 weeks, baby's not doing the usual kicking today", Urgent),
        // Hard negatives: tight after bread, kicking at football.
        (
            "my tummy feels tight every time I eat bread, is it gluten?",
            Routine,
        ),
        (
            "my son stopped his usual kicking practice at football club",
            Routine,
        ),
    ]);
}

#[test]
fn a_walk_lost_since_today_and_how_long_is_left() {
    check(&[
        ("Opa ist heute Morgen gestürzt und kann nicht mehr selbst laufen", Urgent),
        // Hard negatives: a walk lost a year ago; "quanto manca" is the wait.
        (
            "sinds zijn heupoperatie vorig jaar kan hij niet meer zelf lopen, we willen een rolstoel aanvragen",
            Routine,
        ),
        ("quanto manca per il mio turno? sono qui da un'ora", Routine),
    ]);
}

#[test]
fn in_case_of_and_what_do_i_do_if_are_conditions() {
    check(&[
        ("Che faccio se gli torna la febbre alta stanotte?", Routine),
        (
            "Nel caso di febbre alta dopo il richiamo, posso dare la tachipirina?",
            Routine,
        ),
        (
            "em caso de febre depois da vacina, o que posso dar?",
            Routine,
        ),
        ("¿Qué hago si le vuelve a dar una convulsión?", Routine),
        // Hard negative: the fit is happening now.
        ("what do I do, he has a fit again right now", Emergency),
    ]);
}

#[test]
fn a_faint_line_a_bee_and_a_bite_are_not_what_they_sound_like() {
    check(&[
        (
            "my cat bit me, a faint red line is going up my arm and I feel hot",
            Urgent,
        ),
        ("Le chien du voisin m'a mordu, ça saigne un peu", Urgent),
        (
            "bijna flauwgevallen bij het opstaan, nu voel ik me duizelig",
            Urgent,
        ),
        // "bij de huisarts" is at the GP's, not a bee: no allergen, so no allergy row.
        (
            "na de controle bij de huisarts is mijn gezicht wat dik en gevoelig",
            Routine,
        ),
        (
            "splinter in my finger on Sunday, now the whole finger is swollen and red",
            Urgent,
        ),
        (
            "mi dedo está hinchado y rojo desde que me clavé una espina",
            Urgent,
        ),
        // Hard negatives: feeling faint with a danger sign, no pee at all.
        ("I feel faint and my lips are going blue", Emergency),
        (
            "o meu marido não faz xixi, nada no penico desde ontem",
            Emergency,
        ),
    ]);
}
