//! Tests for session 17c (TRIAGE.md): the signs of batch 90 as concepts, in other words
//! than the batch, with hard negatives (an empty pack to refill, a stiff neck with
//! shivers, the best day of one's life, an ear that whistles, a tooth gone yellow).

use super::thumb_tests::check;
use super::*;

use Urgency::{Emergency, Routine, Urgent};

#[test]
fn a_pack_emptied_or_everything_taken_is_an_overdose() {
    check(&[
        (
            "meine Tochter hat die Schachtel Paracetamol leergemacht, keine Ahnung wie viele",
            Emergency,
        ),
        (
            "mijn zoontje heeft het potje siroop leeggedronken toen ik even weg was",
            Emergency,
        ),
        ("elle a vidé la plaquette de doliprane, 2 ans", Emergency),
        (
            "he took everything he had of his meds last night, won't talk to me",
            Emergency,
        ),
        // An empty pack to refill is a prescription, not a poisoning.
        (
            "die Packung Ibuprofen ist leer, kann ich ein neues Rezept haben?",
            Routine,
        ),
    ]);
}

#[test]
fn a_body_that_went_stiff_then_shook_is_a_fit() {
    check(&[
        (
            "mi hijo se puso rígido y luego empezó a sacudirse, ahora no reacciona bien",
            Emergency,
        ),
        (
            "onze dochter werd stijf en schokte met armen en benen",
            Emergency,
        ),
        (
            "mia nonna si è irrigidita e poi scatti alle braccia",
            Emergency,
        ),
        ("o meu pai ficou rígido e começou a tremer todo", Emergency),
        // A stiff back and shivers with a cold are not a fit.
        (
            "tengo la espalda rígida del gimnasio y tiemblo de frío, puedo ir a trabajar?",
            Routine,
        ),
    ]);
}

#[test]
fn the_strongest_headache_of_a_life_is_a_thunderclap() {
    check(&[
        (
            "me dio de repente un dolor de cabeza mas fuerte que nada en mi vida",
            Emergency,
        ),
        (
            "mal à la tête d'un coup, le plus fort de toute ma vie",
            Emergency,
        ),
        (
            "hab die stärksten Kopfschmerzen meines Lebens, kam aus dem Nichts",
            Emergency,
        ),
        // The best day of a life, and a headache that was strong but has gone.
        (
            "o dia mais forte da minha vida foi o casamento, preciso de atestado",
            Routine,
        ),
    ]);
}

#[test]
fn pads_counted_by_the_hour_after_a_birth() {
    check(&[
        (
            "tuve al bebé hace 4 días y ya voy por la tercera compresa en una hora",
            Emergency,
        ),
        (
            "accouchée la semaine dernière, c'est ma troisième serviette en une heure",
            Emergency,
        ),
        (
            "third pad in an hour since the birth, soaked each time",
            Emergency,
        ),
        // A pad changed every few hours is not a haemorrhage.
        (
            "depois do parto troco o absorvente a cada 4 horas, é normal?",
            Routine,
        ),
    ]);
}

#[test]
fn a_red_patch_that_grows_within_hours() {
    check(&[
        (
            "la rougeur sur la cuisse grandit à vue d'oeil, j'ai 39 de fièvre",
            Emergency,
        ),
        (
            "de roodheid rond de wond wordt zo snel groter, pijn niet uit te houden",
            Emergency,
        ),
        // A patch that stays the same.
        (
            "tengo una mancha roja en la pierna que no cambia desde hace meses",
            Routine,
        ),
    ]);
}

#[test]
fn not_wanting_to_live_told_about_someone_else() {
    check(&[
        ("ma soeur dit qu'elle veut plus vivre", Urgent),
        ("mi padre dice que ya no quiere vivir", Urgent),
        // With the means at hand it is an emergency.
        (
            "mi padre dice que ya no quiere vivir y tiene las pastillas preparadas",
            Emergency,
        ),
        // Not wanting to live somewhere is about a place.
        (
            "mi madre no quiere vivir en una residencia, hay otra opción?",
            Routine,
        ),
    ]);
}

#[test]
fn flashes_and_a_shadow_in_the_sight() {
    check(&[
        (
            "vejo uns clarões e luzinhas no olho direito desde ontem",
            Urgent,
        ),
        ("zie een schaduw over mijn oog sinds vanmorgen", Urgent),
        // Fairy lights at Christmas.
        (
            "we zien de lichtjes van de kerstboom, open tussen kerst?",
            Routine,
        ),
    ]);
}

#[test]
fn a_change_from_an_older_persons_usual_self_is_urgent() {
    check(&[
        (
            "mi abuela anda como rara desde el domingo, no es ella",
            Urgent,
        ),
        (
            "mon père est plus paumé que d'habitude depuis 2 jours",
            Urgent,
        ),
    ]);
}

#[test]
fn the_urgent_line_in_chat_words() {
    check(&[
        // Cannot put the foot down, French without "ne".
        ("elle peut pas poser le pied depuis sa chute", Urgent),
        // A surgical scar that opens.
        ("meine Op-Narbe ist aufgegangen und nässt", Urgent),
        ("la cicatrice est ouverte depuis ce matin", Urgent),
        // Fewer movements, Brazilian words.
        ("estou de 32 semanas e o bebê mexeu pouco hoje", Urgent),
        // Jaundice that grows.
        ("mi bebé está cada vez más amarillo", Urgent),
        // Emergency contraception after a missed pill.
        ("pilule oubliée hier et rapport sans protection", Urgent),
        // A delusion of control.
        (
            "mijn moeder denkt dat de televisie haar gedachten controleert",
            Urgent,
        ),
        // A hot calf in Dutch.
        (
            "mijn moeder heeft een gezwollen kuit sinds de vlucht",
            Urgent,
        ),
        // A throbbing lump.
        ("ik heb een knobbel in mijn lies die klopt", Urgent),
        // A critical medicine gone.
        ("se me ha acabado la hidrocortisona, tengo Addison", Urgent),
        ("olvidé las pastillas de la epilepsia dos días", Urgent),
        // A dental abscess by its lay name, and a cheek swelling as it happens.
        ("tengo un flemón en la muela del juicio", Urgent),
        (
            "la guancia si sta gonfiando da stamattina per un dente",
            Urgent,
        ),
        // Drain cleaner in the eye.
        ("mein Sohn hat Abflussreiniger ins Auge bekommen", Emergency),
        ("spetter wc-ontstopper in mijn oog", Emergency),
    ]);
}

#[test]
fn hard_negatives_of_the_urgent_line() {
    check(&[
        // A tooth gone yellow, a child moving little at the table, an ear that whistles.
        (
            "mes dents sont de plus en plus jaunes, un blanchiment?",
            Routine,
        ),
        ("mi oreja pita y siento pitos en la cabeza", Routine),
        ("mijn oor piept sinds het concert", Routine),
        // The pill forgotten but a condom used.
        (
            "pil vergeten maar wel een condoom gebruikt, moet ik iets doen?",
            Routine,
        ),
        // The TV remote.
        ("hij bestuurt de tv met zijn telefoon", Routine),
        // A stiff warm towel, a lump that has not changed.
        ("un bulto en la espalda desde hace años, no cambia", Routine),
    ]);
}

#[test]
fn an_epipen_packed_or_asked_about_is_not_one_given() {
    check(&[
        ("can my son keep his epipen in his school bag?", Routine),
        ("mag de epipen mee op schoolreisje in zijn tas?", Routine),
        ("je fais comment avec le stylo si ça recommence?", Routine),
        // Given into the thigh is still an emergency.
        (
            "le puse la epipen en el muslo y ya respira mejor",
            Emergency,
        ),
    ]);
}

#[test]
fn chat_shorthand_is_written_out() {
    let keys = |text: &str| -> Vec<String> {
        super::normalize::normalize(text)
            .tokens
            .into_iter()
            .map(|t| t.key)
            .collect()
    };
    assert_eq!(keys("brazo izq"), ["brazo", "izquierda"]);
    assert_eq!(keys("dmn pfv"), ["domani", "por", "favor"]);
    assert_eq!(keys("ivm eigtl"), ["in", "verband", "met", "eigentlich"]);
    // A word that only looks like shorthand stays as typed ("einer" is not "ner").
    assert_eq!(keys("vor einer woche"), ["vor", "einer", "woche"]);
}
