//! Tests for the concepts found by blind batches 52-55 (session 12 in TRIAGE.md), each
//! in other words than the batches, with hard negatives.

use super::thumb_tests::check;
use super::*;

use Urgency::{Emergency, Routine, Urgent};

#[test]
fn bleeding_through_everything_or_despite_pressure_is_a_haemorrhage() {
    check(&[
        (
            "my nose has been bleeding through every tissue and towel for half an hour",
            Emergency,
        ),
        (
            "had a tooth pulled, gone through 5 gauzes already and it keeps coming",
            Emergency,
        ),
        (
            "sanguina attraverso tutte le garze dopo l'estrazione",
            Emergency,
        ),
        ("es blutet durch den Verband durch seit der OP", Emergency),
        (
            "held pressure on the cut for 20 minutes and it still won't stop bleeding",
            Emergency,
        ),
        (
            "il dito sanguina nonostante la pressione da mezz'ora",
            Emergency,
        ),
        // Italian "si" is a pronoun token: "non si ferma" still reads as won't stop.
        ("il taglio sul dito sanguina e non si ferma", Emergency),
        // Not bleeding: rain, a budget.
        (
            "it's still pouring outside, I'll be 10 minutes late for my appointment",
            Routine,
        ),
        (
            "the bill went through everything in my budget lol, can i pay in instalments",
            Routine,
        ),
    ]);
}

#[test]
fn lips_done_saddle_numbness_and_a_burst_in_the_head_in_lay_words() {
    check(&[
        // Lips "done" is the filler context; a white lip then is vascular occlusion [ACE].
        (
            "je me suis fait faire les lèvres hier et la lèvre devient toute blanche",
            Emergency,
        ),
        (
            "ho rifatto le labbra ieri e il labbro è diventato bianco e viola",
            Emergency,
        ),
        // Numb "down there" with back pain or a weak stream [CES].
        ("sinto a região íntima dormente e dor nas costas", Emergency),
        (
            "seit heute merke ich beim Abwischen nichts und das Pinkeln geht schwer",
            Emergency,
        ),
        (
            "seit heute Rückenschmerzen und Pinkeln geht gar nicht",
            Emergency,
        ),
        // Something bursting in the head [NG150].
        (
            "something popped in my head and now it's the worst pain and I'm sick",
            Emergency,
        ),
        ("de repente algo explotó en mi cabeza y vomité", Emergency),
        // Blood thinners as they are misspelled, with a fall on the head [HI].
        (
            "er nimmt Xareltto und ist mit dem Kopf gegen die Tür gefallen, jetzt Kopfweh",
            Emergency,
        ),
        (
            "mia madre prende eliquiss, è caduta e ha battuto la testa",
            Emergency,
        ),
        // A product splashed in the eye [EYE].
        (
            "cleaning spray splashed in my eye and it's burning",
            Emergency,
        ),
        ("mir ist Reiniger ins Auge gespritzt, es brennt", Emergency),
        // Seeing things after birth; deep breathing in a diabetic who is vomiting.
        (
            "minha irmã teve bebê há 5 dias e está vendo coisas que não existem",
            Emergency,
        ),
        (
            "diabetes type 1, aan het overgeven en ik adem heel zwaar",
            Emergency,
        ),
    ]);
}

#[test]
fn same_day_concepts_from_batches_52_to_55() {
    check(&[
        (
            "like a dark curtain coming down over my left eye since this morning",
            Urgent,
        ),
        (
            "da ieri come un'ombra scura davanti all'occhio sinistro",
            Urgent,
        ),
        ("arrossamento che si allarga attorno alla cicatrice", Urgent),
        (
            "been cutting again last few days, need to talk to someone",
            Urgent,
        ),
        (
            "il bimbo si muove meno da ieri, sono alla 34a settimana",
            Urgent,
        ),
        // Not self-harm.
        (
            "cutting my hair again tonight, do i need to wait after the scalp treatment",
            Routine,
        ),
        // Eyeshadow and dark circles are not a curtain over the sight; a peel that went
        // well is not a chemical in the eye.
        (
            "puedo usar sombra de ojos después del tratamiento?",
            Routine,
        ),
        ("Schatten unter den Augen, was hilft?", Routine),
        (
            "ho un'ombra scura sotto gli occhi, cosa posso usare?",
            Routine,
        ),
        (
            "the peel went well and my eye area is a bit pink, is that normal",
            Routine,
        ),
    ]);
}

#[test]
fn words_that_are_not_symptoms_and_ages_that_date_an_event() {
    check(&[
        ("can i have my brace fitting moved to next week", Routine),
        ("need the discharge summary from my knee op for my insurer", Routine),
        ("my son's school report nearly gave me a heart attack lol, can i book a check up", Routine),
        ("ik heb een bloedvaatje gesprongen in mijn oog volgens de oogarts, mag ik lenzen", Routine),
        ("een klein bultje bij mijn slaap na de threadlift, geen pijn", Routine),
        ("ik ga dood van de zenuwen voor de tandarts morgen", Routine),
        ("my son had a febrile seizure when he was 2, now he's 6 - do i need to tell the dentist", Routine),
        ("mein Sohn hatte als Baby einen Fieberkrampf, muss ich das beim Zahnarzt sagen", Routine),
        ("she had a convulsion with a fever last summer, is that on her notes", Routine),
        // A time today is not an age: the collapse is now.
        ("als ich 5 Minuten weg war, ist er umgefallen und wacht nicht auf", Emergency),
        ("toen ik 10 minuten weg was is hij flauwgevallen en reageert niet", Emergency),
        // A fit now is still one; the words for now end the past cue.
        ("he had fits when he was 2 and now he's fitting again on the floor", Emergency),
    ]);
}

#[test]
fn speech_gone_in_the_past_tense_in_german_dutch_italian_portuguese() {
    check(&[
        ("mein Mann konnte plötzlich nicht sprechen", Emergency),
        ("mijn vader kon ineens niet praten", Emergency),
        ("mia madre all'improvviso non riusciva a parlare", Emergency),
        ("meu pai de repente não conseguia falar", Emergency),
        // Not reaching someone on the phone; speechless with pain is pain.
        (
            "ich konnte vor Lachen nicht sprechen, Termin verschieben bitte",
            Routine,
        ),
        (
            "ich konnte gestern nicht mit der Ärztin sprechen, bitte Rückruf",
            Routine,
        ),
        (
            "ik kon niet met de assistente spreken, kunt u terugbellen",
            Routine,
        ),
        (
            "non riuscivo a parlare con la segreteria, mi richiamate?",
            Routine,
        ),
        (
            "não conseguia falar com a recepção ontem, podem ligar?",
            Routine,
        ),
    ]);
}

#[test]
fn a_safety_question_about_the_baby_is_not_a_thought_of_harm() {
    check(&[
        ("can eating cheese harm the baby?", Routine),
        ("pode fazer mal ao bebê tomar café na gravidez?", Routine),
        ("tomar ibuprofeno pode fazer mal ao bebê?", Routine),
        (
            "puede hacer daño al bebé comer queso en el embarazo?",
            Routine,
        ),
        ("manger du fromage peut faire du mal au bébé ?", Routine),
        ("mangiare il salame può fare del male al bambino?", Routine),
        // Thoughts of harming the baby stay emergencies [CG192].
        ("I'm scared I could harm the baby", Emergency),
        ("i keep thinking i might hurt the baby", Emergency),
        ("tenho medo de fazer mal ao bebê", Emergency),
        ("ho paura di fare del male al bambino", Emergency),
    ]);
}
