//! Tests for `suicide_acts_under_way.rs`: an attempt under way or minutes away, in other
//! words than blind batch 107, with hard negatives (a climbing rope, a belt on a hook, a
//! train to catch, a thank-you note, a view from a roof terrace).

use super::thumb_tests::check;
use super::*;

use Urgency::{Emergency, Routine};

#[test]
fn a_noose_ready_or_a_threat_to_jump_is_an_emergency() {
    check(&[
        ("la soga ya está preparada en el garaje, perdón", Emergency),
        ("Die Schlinge hängt im Keller. Es tut mir leid", Emergency),
        ("mi vecina está en la ventana y dice que se tira", Emergency),
        ("les voix me disent de sauter par la fenêtre", Emergency),
        // Hard negatives: a climbing rope, a washing line.
        (
            "la cuerda de escalada está preparada para el sábado, ¿me dais cita para la vacuna?",
            Routine,
        ),
        (
            "das Seil für den Kletterkurs ist gekauft, brauche ich ein Attest?",
            Routine,
        ),
    ]);
}

#[test]
fn a_height_with_a_last_word_or_a_look_down_is_an_emergency() {
    check(&[
        (
            "ich stehe auf dem Parkhausdach und schaue runter",
            Emergency,
        ),
        (
            "estoy en la azotea del edificio mirando abajo, no puedo más",
            Emergency,
        ),
        (
            "je suis au bord de la falaise, c'est la dernière fois que j'écris",
            Emergency,
        ),
        (
            "sur la passerelle au-dessus des voies, j'attends le prochain train",
            Emergency,
        ),
        // Hard negatives: a train to catch, a view, a parking question.
        (
            "j'attends le prochain train pour venir au rdv, je serai en retard",
            Routine,
        ),
        ("wo kann ich parken? ist das Parkhausdach frei?", Routine),
    ]);
}

#[test]
fn the_whole_supply_swallowed_is_an_emergency_even_if_denied() {
    check(&[
        (
            "me tomé todo lo que había en el botiquín, estoy bien",
            Emergency,
        ),
        (
            "il a avalé tout le tiroir à pharmacie, il dit que ça va",
            Emergency,
        ),
        (
            "sie hat die ganze Packung geschluckt, sagt aber es geht ihr gut",
            Emergency,
        ),
        // Hard negatives: a box bought, a cabinet tidied.
        (
            "he ordenado el botiquín, ¿qué hago con lo que ha caducado?",
            Routine,
        ),
    ]);
}

#[test]
fn a_goodbye_with_the_means_or_no_answer_is_an_emergency() {
    check(&[
        (
            "j'ai écrit des lettres à mes enfants, les médicaments sont étalés sur la table",
            Emergency,
        ),
        (
            "no sé si voy a llegar al lunes, el cinturón ya está colgado",
            Emergency,
        ),
        (
            "meine Schwester schreibt Abschiedsnachrichten und geht nicht ans Handy",
            Emergency,
        ),
        (
            "he has written letters to my kids and is not answering his phone",
            Emergency,
        ),
        // Hard negatives: thanks, a letter to a school, a belt on a hook, a phone off.
        (
            "je voulais dire merci au docteur pour tout, l'opération s'est bien passée",
            Routine,
        ),
        (
            "mi hijo no coge el teléfono, ¿me podéis dar su cita?",
            Routine,
        ),
    ]);
}

#[test]
fn italian_portuguese_and_dutch_acts_and_means_are_an_emergency() {
    check(&[
        // A rope in the car or ready, with a decision tonight.
        (
            "stanotte ho deciso, il cappio è già pronto in garage",
            Emergency,
        ),
        ("hoje decidi. a corda ta no carro, desculpa", Emergency),
        // A roof or a balcony floors up, with thoughts of jumping.
        (
            "ik zit op het dak van de flat en denk erover om te springen",
            Emergency,
        ),
        (
            "estou na varanda do 12 andar e nao aguento mais",
            Emergency,
        ),
        // Voices ordering harm; a whole box swallowed "to see".
        ("le voci mi dicono di buttarmi, ho paura", Emergency),
        (
            "mijn broer heeft de hele doos oxazepam geslikt, hij zegt dat het meevalt",
            Emergency,
        ),
        // A goodbye with a wish to sleep for ever.
        (
            "ho messo tutto in ordine per i miei figli, voglio solo dormire per sempre",
            Emergency,
        ),
        // Hard negatives: a skipping rope, a roof repair, a box of vitamins bought, a
        // trip to the dike, not going home tonight.
        (
            "la corda per saltare di mia figlia è pronta per la palestra, serve il certificato?",
            Routine,
        ),
        (
            "o telhado do predio esta com infiltração, o consultório vai fechar amanhã?",
            Routine,
        ),
        (
            "we fietsen zondag langs de kant van de dijk, kan de afspraak een uur later?",
            Routine,
        ),
        (
            "ik ga vanavond niet meer naar huis, ik blijf bij mijn zus. kan mijn recept daar naartoe?",
            Routine,
        ),
    ]);
}
