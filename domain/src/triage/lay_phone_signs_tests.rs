//! Tests for session 16c (TRIAGE.md): the signs of batch 85 as concepts, in other words
//! than the batch, with hard negatives (past, negated, someone else, an idiom, food).

use super::thumb_tests::check;
use super::*;

use Urgency::{Emergency, Routine, Urgent};

#[test]
fn a_crooked_mouth_or_face() {
    check(&[
        (
            "mi abuelo tiene la boca torcida desde el almuerzo",
            Emergency,
        ),
        (
            "papa a le visage de travers et il parle bizarre depuis midi",
            Emergency,
        ),
        ("Opa hat seit eben ein ganz schiefes Gesicht", Emergency),
        // A crooked tooth and a crooked picture.
        ("tengo un diente torcido, me lo pueden mirar?", Routine),
        (
            "mein Bild hängt schief, hab mir beim Aufhängen die Hand geklemmt",
            Routine,
        ),
    ]);
}

#[test]
fn shaking_all_over_and_not_answering_is_a_fit() {
    check(&[
        (
            "mi tía tiembla todo el cuerpo y no responde cuando la llamo",
            Emergency,
        ),
        (
            "mein Vater zuckt am ganzen Körper und reagiert nicht",
            Emergency,
        ),
        ("il tremble de tout son corps et répond plus", Emergency),
        // Shivering with a fever while answering is not a fit.
        (
            "tiembla todo el cuerpo de frío pero habla bien, tiene 38",
            Urgent,
        ),
    ]);
}

#[test]
fn a_testicle_in_family_words() {
    check(&[
        (
            "a mi nene le duele muchísimo un huevito desde la siesta",
            Emergency,
        ),
        (
            "mon fils a très mal à une couille depuis ce matin, il pleure",
            Emergency,
        ),
        (
            "mein Junge hat starke Schmerzen im Sack seit dem Sport",
            Emergency,
        ),
        // An egg is food: an allergy question and a stomach ache after eggs.
        (
            "me duele la barriga desde que comí un huevo duro ayer",
            Routine,
        ),
        ("mi hijo es alérgico al huevo, puede vacunarse?", Routine),
    ]);
}

#[test]
fn the_tonsils_out_told_with_the_verb_first() {
    check(&[
        (
            "on lui a enlevé les amygdales lundi et il a saigné de la bouche ce soir",
            Emergency,
        ),
        (
            "le sacaron las amígdalas hace 5 días y escupió sangre",
            Emergency,
        ),
        // Asked "is that normal?": still a report of blood.
        (
            "tonsils out on monday, tonight she spat out some blood, is that normal?",
            Emergency,
        ),
        // Spitting out a medicine is not blood.
        (
            "my daughter spat out her antibiotic, can I give the dose again?",
            Routine,
        ),
        // Taken out years ago, nothing now.
        (
            "a mí me quitaron las amígdalas de pequeña, puedo donar sangre?",
            Routine,
        ),
    ]);
}

#[test]
fn pain_climbing_into_the_shoulder_in_pregnancy() {
    check(&[
        (
            "embarazada de 6 semanas, me duele el vientre y el dolor sube al hombro",
            Emergency,
        ),
        (
            "schwanger in der 7. Woche, Bauchschmerzen links, zieht in die Schulter",
            Emergency,
        ),
        // A shoulder that hurts after the gym, not pregnant.
        (
            "le dolor sube al hombro cuando levanto pesas, tengo cita el lunes",
            Routine,
        ),
    ]);
}

#[test]
fn tearing_pain_all_at_once_with_pallor() {
    check(&[
        (
            "mi padre tiene un dolor desgarrador en la espalda de golpe, está pálido y sudado",
            Emergency,
        ),
        (
            "plötzlich reißende Schmerzen im Rücken, auf einmal, er ist kreidebleich und schwitzt",
            Emergency,
        ),
    ]);
}

#[test]
fn a_scald_told_by_what_spilled() {
    check(&[
        (
            "mi bebé se volcó la taza de café encima, tiene el pecho rojo",
            Emergency,
        ),
        (
            "il a renversé la bouilloire sur sa jambe, ça fait des cloques",
            Urgent,
        ),
        (
            "Nudelwasser übers Bein gekippt, ganz rot und tut weh",
            Urgent,
        ),
        // Coffee spilled on the laptop, and a cold drink.
        (
            "je me suis renversé un café sur mon ordinateur, vous avez un chargeur à l'accueil?",
            Routine,
        ),
    ]);
}

#[test]
fn found_on_the_floor() {
    check(&[
        (
            "la encontramos tirada en el suelo de la cocina, está fría y no habla bien",
            Emergency,
        ),
        (
            "Nachbarin am Boden gefunden, sie ist ganz kalt und verwirrt",
            Emergency,
        ),
        // Keys and glasses found on the floor.
        (
            "j'ai trouvé des lunettes par terre dans la salle d'attente, je les dépose où?",
            Routine,
        ),
    ]);
}

#[test]
fn a_part_cut_off_or_hanging() {
    check(&[
        (
            "se cortó la punta del dedo con la mandolina, está colgando",
            Emergency,
        ),
        ("Daumen mit der Säge fast abgetrennt", Emergency),
        ("sliced the tip of my finger off cutting onions", Emergency),
        // Nails and hair are cut too.
        ("le corté las uñas al bebé, cada cuánto se hace?", Routine),
    ]);
}

#[test]
fn a_throat_closing_up() {
    check(&[
        (
            "après la pénicilline, j'ai la gorge qui se ferme et des boutons partout",
            Emergency,
        ),
        (
            "se me está cerrando la garganta después de comer gambas",
            Emergency,
        ),
        // A scratchy throat is not an airway.
        ("ma gorge me gratte un peu depuis hier soir", Routine),
    ]);
}

#[test]
fn a_cut_that_gapes_or_needs_stitches() {
    check(&[
        (
            "me abrí el dedo con una lata, no sangra pero creo que hacen falta puntos",
            Urgent,
        ),
        ("la plaie est béante, faudrait des points je pense", Urgent),
        ("Schnitt am Knie klafft, blutet aber nicht mehr", Urgent),
        // Stitches to take out are an appointment.
        ("quiero pedir cita para que me quiten los puntos", Routine),
        ("Fäden ziehen nächste Woche, welcher Tag passt?", Routine),
    ]);
}

#[test]
fn cutting_themselves_is_urgent_even_without_wish_to_die() {
    check(&[
        (
            "mi hijo se corta los brazos desde hace un mes, no quiere morir, dice",
            Urgent,
        ),
        (
            "ma fille se scarifie les bras, elle dit que ça la soulage",
            Urgent,
        ),
        // A cut while cooking.
        ("se cortó el dedo cocinando, ya no sangra", Routine),
    ]);
}

#[test]
fn hearing_gone_in_one_ear() {
    check(&[
        (
            "desde esta mañana no oigo nada por el oído izquierdo",
            Urgent,
        ),
        ("Seit gestern höre ich auf dem linken Ohr nichts", Urgent),
        // Wax, long-standing, and a question about hearing tests.
        (
            "mi padre no oye bien desde hace años, hacen audiometrías?",
            Routine,
        ),
    ]);
}

#[test]
fn a_dark_curtain_that_moves_across_the_sight() {
    check(&[
        (
            "une ombre noire qui descend lentement dans l'oeil droit depuis ce matin",
            Urgent,
        ),
        ("veo una sombra negra que sube en el ojo derecho", Urgent),
        // Curtains in the waiting room.
        ("les rideaux de la salle d'attente sont très jolis", Routine),
    ]);
}

#[test]
fn urgent_lines_in_lay_words() {
    check(&[
        ("el perro me mordió la mano y está rojo e hinchado", Urgent),
        (
            "j'ai cassé mon stylo d'insuline, j'en ai pas d'autre",
            Urgent,
        ),
        (
            "la rougeur a dépassé le trait que j'ai fait hier, j'ai une cellulite",
            Urgent,
        ),
        (
            "mi abuela no es la misma desde ayer, no come y tiene fiebre",
            Urgent,
        ),
        (
            "me salió culebrilla cerca del ojo y me molesta la luz",
            Urgent,
        ),
        (
            "le pus coule de l'oreille de mon fils et il a de la fièvre",
            Urgent,
        ),
        (
            "embarazada de 33 semanas, siento menos moverse al bebé hoy",
            Urgent,
        ),
        (
            "pas capable de poser le pied par terre depuis la chute",
            Urgent,
        ),
    ]);
}

#[test]
fn sleeplessness_cramps_and_meaning_are_not_other_signs() {
    check(&[
        // Not sleeping any more is new, not gone: with delusions after birth, an emergency.
        (
            "hace 10 días di a luz y ahora cree que la espían, ya no duerme",
            Emergency,
        ),
        // Cramping pain is not a fit; meaning is not sight.
        (
            "krampfartige Bauchschmerzen seit der Periode, sonst gut",
            Routine,
        ),
        (
            "no le veo sentido a la dieta, quiero hablar con la nutricionista",
            Routine,
        ),
    ]);
}
