//! Tests for session 14b (TRIAGE.md): the emergencies of batches 76-78 as concepts, each
//! in other words than the batches, with hard negatives (past, negated, a question,
//! someone else, an idiom).

use super::thumb_tests::check;
use super::*;

use Urgency::{Emergency, Routine, Urgent};

#[test]
fn stroke_signs_in_the_word_order_people_type() {
    check(&[
        ("opa heeft opeens een scheve mondhoek, kom snel", Emergency),
        (
            "mijn vader zijn linkerarm is ineens een slappe arm",
            Emergency,
        ),
        ("ma femme a le visage déformé d'un coup", Emergency),
        (
            "mon père n'arrive plus à lever le bras gauche depuis 10 min",
            Emergency,
        ),
        (
            "meu pai de repente não consegue levantar a perna direita",
            Emergency,
        ),
        (
            "la nonna non riesce a muovere il braccio destro da stamattina",
            Emergency,
        ),
        (
            "mi abuelo no puede mover el brazo izquierdo de golpe",
            Emergency,
        ),
        ("zijn linkerhand doet het ineens niet meer", Emergency),
        ("hij praatte opeens wartaal tegen mij", Emergency),
        // A passing sign with a time today stays an emergency (TIA within 24 h).
        (
            "his speech went slurred at 6am for ten minutes, fine again now",
            Emergency,
        ),
        (
            "gisteravond een half uur een scheve mond gehad, nu weer goed",
            Emergency,
        ),
        // Hard negatives: the past, a relative's history, a question.
        (
            "scheve mond na de beroerte van 2018, nu alles stabiel, herhaalrecept graag",
            Routine,
        ),
    ]);
}

#[test]
fn dutch_typed_without_the_t_of_niet() {
    check(&[
        ("hij reageert nie meer als ik hem roep", Emergency),
        (
            "koorts en rode vlekjes, ze gaan nie weg onder een glas",
            Emergency,
        ),
        // Still a negation: nothing wrong.
        (
            "geen koorts, geen pijn, ik kan nie komen morgen, kan het later?",
            Routine,
        ),
    ]);
}

#[test]
fn caustic_products_in_the_eye_by_their_lay_names() {
    check(&[
        (
            "spruzzato lo sgorgante nell'occhio di mio marito",
            Emergency,
        ),
        ("caiu limpa fornos nos olhos do menino", Emergency),
        ("ovenreiniger in mijn oog gekregen, brandt", Emergency),
        ("got oven cleaner in my eye, stinging like mad", Emergency),
        // A product named without any harm: a question about cleaning.
        (
            "which oven cleaner do you use in the waiting room? smells nice",
            Routine,
        ),
    ]);
}

#[test]
fn a_child_and_household_tablets_or_someone_elses_pills() {
    check(&[
        (
            "o meu filho de 3 anos mordeu uma capsula da maquina da roupa e esta a babar",
            Emergency,
        ),
        (
            "mia figlia ha preso le pillole della nonna, non sappiamo quante",
            Emergency,
        ),
        (
            "my 4 year old swallowed grandads tablets, seems ok for now",
            Emergency,
        ),
        // Hard negative: the parent's own tablets, taken as prescribed.
        (
            "i take my mums old blood pressure tablets recipe? no, my own: need a repeat",
            Routine,
        ),
    ]);
}

#[test]
fn an_inhaler_that_does_nothing_and_lips_going_purple() {
    check(&[
        ("a bombinha não faz nada e ele respira muito mal", Emergency),
        ("o miúdo já nem fala de tanta falta de ar", Emergency),
        ("os lábios dela estão roxos e respira mal", Emergency),
        // Hard negative: an inhaler question with no symptoms.
        (
            "a bombinha está a funcionar bem, só queria marcar revisão",
            Routine,
        ),
    ]);
}

#[test]
fn barely_responding_and_brief_loss_of_consciousness() {
    check(&[
        ("mijn man reageert amper als ik hem aanspreek", Emergency),
        ("meu pai mal responde desde o almoço", Emergency),
        (
            "er ist vom Rad gefallen, mit dem Kopf gegen die Bordsteinkante, war kurz weg",
            Emergency,
        ),
        (
            "me golpeé la cabeza con la puerta del coche y tomo sintrom",
            Emergency,
        ),
        // Hard negatives: an email not answered; a head bumped long ago.
        (
            "la clinica risponde appena alle email, posso chiamare?",
            Routine,
        ),
    ]);
}

#[test]
fn compartment_syndrome_in_a_cast() {
    check(&[
        (
            "gips om mijn arm, vingers doof en de pijn wordt erger ondanks pijnstillers",
            Emergency,
        ),
        (
            "plâtre d'hier, j'ai très mal même avec les médocs et les orteils sont engourdis",
            Emergency,
        ),
        // Hard negative: a cast and a question about when it comes off.
        ("wanneer gaat het gips eraf? geen pijn meer", Routine),
    ]);
}

#[test]
fn sent_to_the_emergency_department_by_a_clinician() {
    check(&[
        (
            "the out of hours doctor told me to go to A&E but i hate hospitals",
            Emergency,
        ),
        (
            "le cardiologue m'a dit d'aller aux urgences, je peux passer chez vous avant ?",
            Emergency,
        ),
        (
            "el laboratorio me dijo que vaya a urgencias por un resultado",
            Emergency,
        ),
        // Hard negatives: a question, a past visit, a hypothetical.
        ("do i need to go to A&E for a splinter?", Routine),
        (
            "the aftercare sheet says go to A&E if anything worries me, is that standard advice?",
            Routine,
        ),
        (
            "last year the GP told me to go to A&E for my kidney stone, all fine since",
            Routine,
        ),
    ]);
}

#[test]
fn a_swelling_with_faintness_after_a_thread_lift() {
    check(&[
        (
            "fios de sustentação ontem, a bochecha inchou muito e sinto que vou desmaiar",
            Emergency,
        ),
        // Hard negative: a small swelling, no faintness.
        (
            "draadjeslift vorige week, nog wat zwelling, normaal?",
            Routine,
        ),
    ]);
}

#[test]
fn fever_with_rigors_on_chemotherapy() {
    check(&[
        ("on chemo, 38.6 and shaking all over", Emergency),
        ("quimio la semana pasada, 38,3 y escalofríos", Emergency),
        // A fever alone on chemotherapy stays a same-day look (NG51 amber).
        ("on chemo and temp 38.1, feel ok otherwise", Urgent),
        // Hard negatives: a question before treatment; a past fever.
        ("can i have the covid jab while on chemo?", Routine),
    ]);
}

#[test]
fn too_much_insulin_and_a_sudden_new_event_after_an_old_one() {
    check(&[
        (
            "gave 20 units instead of 2 with my pen, diabetic type 1",
            Urgent,
        ),
        ("injected lantus twice tonight by mistake", Urgent),
        (
            "had a PE two years ago, suddenly can't breathe and coughing blood",
            Emergency,
        ),
        // Hard negatives: insulin named for the file; an old event alone.
        ("i use novorapid, can i get a repeat prescription", Routine),
        (
            "had a PE two years ago, all fine, on apixaban still",
            Routine,
        ),
    ]);
}

#[test]
fn chest_pain_told_as_a_band() {
    check(&[
        (
            "feels like a tight band round my chest and i'm sweating",
            Emergency,
        ),
        (
            "a rubber band around my wrist left a mark, is it ok",
            Routine,
        ),
    ]);
}

#[test]
fn the_urgent_line_of_chronic_conditions() {
    check(&[
        // Ketones 0.6-1.5: retest within two hours [DKA].
        ("blood ketones 0.8 this morning and sugar 15", Urgent),
        ("ketones 0.3, sugar 7, all good", Routine),
        // Chemotherapy named by its effect or as a tablet, with a new symptom [NG51].
        (
            "desde que tomo capecitabina tengo diarrea 6 veces al día",
            Urgent,
        ),
        (
            "des aphtes partout à cause de la chimio, je n'arrive plus à manger",
            Urgent,
        ),
        // Foot drop and a foot that cannot be put down (consensus).
        (
            "sinds gisteren sleept mijn linkervoet bij het lopen",
            Urgent,
        ),
        (
            "torci o tornozelo no jogo e não consigo pousar o pé no chão",
            Urgent,
        ),
        (
            "can't put my foot down since i twisted it on the stairs",
            Urgent,
        ),
        // Spreading redness from a wound or ulcer [NG141].
        (
            "the graze on his shin has redness creeping up towards the knee",
            Urgent,
        ),
        // Hard negatives.
        (
            "what should i pack for my chemo days? first cycle friday",
            Routine,
        ),
        (
            "is the ramp by the entrance ok for a foot that drags? asking for my mum's visit",
            Routine,
        ),
    ]);
}
