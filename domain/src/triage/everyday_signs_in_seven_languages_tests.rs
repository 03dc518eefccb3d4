//! Tests for `everyday_signs_in_seven_languages.rs`, in other words than batch 117, with
//! hard negatives.

use super::thumb_tests::check;

use crate::triage::Urgency::{Emergency, Routine, Urgent};

/// A mouth that barely opens and swallowing almost impossible from a tooth; lips swelling
/// with noisy breathing; an auto-injector jabbed; a fall from furniture onto the head with
/// vomiting; a positive test with pain and faintness: emergencies by the existing rows.
#[test]
fn everyday_words_feed_the_emergency_rows() {
    check(&[
        (
            "zahn entzündet, ich krieg den mund kaum auf und schlucken fast unmöglich",
            Emergency,
        ),
        (
            "my tooth is infected, I can barely open my mouth and swallowing almost impossible",
            Emergency,
        ),
        (
            "mi hija comio cacahuete y se le estan hinchando los labios y respira con ruido",
            Emergency,
        ),
        (
            "ses lèvres gonflent après les crevettes, il respire avec un bruit bizarre",
            Emergency,
        ),
        (
            "ma fille a fait une réaction, on a utilisé l'epipen, elle va mieux",
            Emergency,
        ),
        (
            "il mio bimbo è caduto dal seggiolone e ha battuto la testa, ha vomitato",
            Emergency,
        ),
        (
            "mein Sohn ist vom Hochstuhl auf den Kopf gefallen und hat erbrochen",
            Emergency,
        ),
        (
            "positiv getestet letzte Woche, Schmerzen unten links und mir ist schwindelig",
            Emergency,
        ),
    ]);
}

/// The same-day line in everyday words: emergency contraception, contractions told count
/// first, fewer kicks, few wet nappies, a child who will not stand on a foot, pain moved
/// to the lower right, GCA told by the temple, the comb and the jaw, a hot bright-red toe.
#[test]
fn everyday_words_for_the_same_day_line() {
    check(&[
        (
            "j'ai eu un rapport sans préservatif hier soir, la pilule oubliée",
            Urgent,
        ),
        ("Sex ohne Kondom am Samstag, was jetzt?", Urgent),
        ("toutes les 5 minutes le ventre durcit, 33 semaines", Urgent),
        (
            "ogni 10 minuti la pancia si indurisce, sono di 30 settimane",
            Urgent,
        ),
        ("sinto poucos movimentos do bebé hoje, 30 semanas", Urgent),
        ("only 2 wet nappies today and she's been sick", Urgent),
        (
            "le bébé n'a eu que 2 couches mouillées depuis ce matin",
            Urgent,
        ),
        (
            "he fell off his scooter and wont put weight on his foot",
            Urgent,
        ),
        (
            "la douleur est partie du nombril, maintenant descendue en bas à droite",
            Urgent,
        ),
        (
            "il dolore è partito dall'ombelico ed è sceso in basso a destra",
            Urgent,
        ),
        (
            "mi abuela 80 años, le duele la sien y al masticar se le cansa la mandibula",
            Urgent,
        ),
        (
            "il a 75 ans, mal à la tête, ça fait mal de se peigner",
            Urgent,
        ),
        ("großer zeh feuerrot und heiß seit heute morgen", Urgent),
    ]);
}

/// Hard negatives: a pen of insulin, a breath noisy with a cold, an advert every 10
/// minutes, a talk about contraception, a red toe that is not hot.
#[test]
fn look_alikes_of_everyday_signs_stay_routine() {
    check(&[
        (
            "je me pique avec mon stylo d'insuline tous les soirs",
            Routine,
        ),
        ("alle 10 Minuten Werbung im Radio, furchtbar", Routine),
        (
            "vorrei un appuntamento per parlare di contraccezione",
            Routine,
        ),
        (
            "le petit orteil est rouge vif après la course, pas chaud",
            Routine,
        ),
    ]);
}
