//! Tests for `signs_a_first_message_buries.rs`, in other words than batch 128, with hard
//! negatives: a cord-blood question, a jump told as a past event, a haircut, a planned
//! skin flap, a clean dry cord stump, beetroot-free urine that is fine, shoes that blister.

use super::thumb_tests::check;
use super::*;

use Urgency::{Emergency, Routine, Urgent};

#[test]
fn a_cord_seen_in_labour_is_an_emergency() {
    check(&[
        (
            "I'm 39 weeks pregnant, my waters went and I can see the cord",
            Emergency,
        ),
        (
            "embarazada de 37 semanas, se le rompió la bolsa y se ve el cordón",
            Emergency,
        ),
        (
            "enceinte de 36 semaines, la poche a percé, je vois le cordon",
            Emergency,
        ),
        (
            "sie ist schwanger in der 37. Woche und wir sehen die Nabelschnur",
            Emergency,
        ),
        (
            "incinta di 38 settimane, si sono rotte le acque e vedo il cordone",
            Emergency,
        ),
        (
            "zwanger van 38 weken, vliezen gebroken en ik zie de navelstreng",
            Emergency,
        ),
        // Hard negative: a question about the cord, seen in a leaflet.
        (
            "we saw in your leaflet that you clamp the umbilical cord late, can we talk about it?",
            Routine,
        ),
    ]);
}

#[test]
fn on_a_bridge_or_a_roof_wanting_to_jump_is_an_emergency() {
    check(&[
        ("mi hijo está en la azotea y amenaza con tirarse", Emergency),
        ("mon ami est sur le toit et il veut sauter", Emergency),
        (
            "Papa steht auf dem Balkon, er schreibt, dass er runterspringen will",
            Emergency,
        ),
        ("mia sorella è sul ponte e vuole buttarsi", Emergency),
        ("meu irmão está na ponte e quer pular", Emergency),
        (
            "mijn vriendin staat op het dak en dreigt te springen",
            Emergency,
        ),
        (
            "my flatmate is out on the ledge and is threatening to jump",
            Emergency,
        ),
    ]);
}

#[test]
fn the_toilet_paper_not_felt_is_saddle_numbness() {
    check(&[
        (
            "back pain for a week and today I can't feel the paper when I wipe",
            Emergency,
        ),
        (
            "Rückenschmerzen und ich spüre das Toilettenpapier nicht mehr",
            Emergency,
        ),
        (
            "mal di schiena e non sento la carta quando mi pulisco",
            Emergency,
        ),
        (
            "dor nas costas e não sinto o papel quando me limpo",
            Emergency,
        ),
        (
            "rugpijn en ik voel het wc-papier niet bij het afvegen",
            Emergency,
        ),
        // Hard negative: the paper is a thing to buy.
        (
            "can't find the paper form for my back physio referral",
            Routine,
        ),
    ]);
}

#[test]
fn a_foot_that_drops_is_seen_the_same_day() {
    check(&[
        (
            "ma jambe me lance et je ne peux plus relever les orteils",
            Urgent,
        ),
        (
            "Ischias seit Wochen, jetzt kann ich den Fuß nicht mehr anheben",
            Urgent,
        ),
        ("da ieri non riesco ad alzare la punta del piede", Urgent),
        ("não consigo levantar a ponta do pé desde ontem", Urgent),
        ("sinds gisteren een klapvoet na mijn hernia", Urgent),
        (
            "my right foot keeps dropping when I walk, back pain",
            Urgent,
        ),
    ]);
}

#[test]
fn a_skin_flap_torn_on_a_shin_is_seen_the_same_day() {
    check(&[
        (
            "my grandad knocked his leg on the car door, there's a flap of skin hanging",
            Urgent,
        ),
        (
            "ma grand-mère s'est cognée, il y a un lambeau de peau sur le tibia",
            Urgent,
        ),
        (
            "Oma hat sich am Bett gestoßen, ein Hautlappen am Schienbein",
            Urgent,
        ),
        (
            "mio nonno ha un lembo di pelle staccato sulla gamba",
            Urgent,
        ),
        ("a minha avó tem um retalho de pele na canela", Urgent),
        ("opa heeft een huidflap op zijn scheenbeen", Urgent),
        // Hard negative: a planned reconstruction's follow-up.
        (
            "quería pedir cita para revisar el colgajo de la cara que me hicieron",
            Routine,
        ),
    ]);
}

#[test]
fn a_newborns_navel_that_oozes_is_seen_the_same_day() {
    check(&[
        ("our 9 day old's belly button is weeping and smells", Urgent),
        ("le nombril de ma fille de 2 semaines suinte", Urgent),
        ("bei unserem Neugeborenen eitert der Nabel", Urgent),
        ("l'ombelico del mio bimbo trasuda e puzza", Urgent),
        ("o umbigo da bebé cheira mal", Urgent),
        ("de navel van onze baby ruikt vies", Urgent),
        // Hard negative: a stump that fell off clean and dry.
        (
            "the cord stump fell off yesterday, all clean and dry, when is the check?",
            Routine,
        ),
    ]);
}

#[test]
fn red_urine_is_seen_the_same_day() {
    check(&[
        (
            "je suis sous Eliquis et j'ai les urines rouges ce matin",
            Urgent,
        ),
        ("tomo Sintrom y tengo la orina roja desde ayer", Urgent),
        ("seit heute ist mein Urin rot, ich nehme Marcumar", Urgent),
        ("prendo il Coumadin e la pipì è rossa", Urgent),
        ("tomo varfarina e a urina está vermelha", Urgent),
        ("ik gebruik Xarelto en mijn plas is rood", Urgent),
        // Hard negative: a result asked for, the urine denied red.
        (
            "no tengo la orina roja ni dolor, solo quiero el resultado del análisis",
            Routine,
        ),
    ]);
}

#[test]
fn thinking_of_cutting_oneself_is_seen_the_same_day() {
    check(&[
        ("mein Sohn hat gesagt, er hat Lust, sich zu ritzen", Urgent),
        ("ma fille pense à se scarifier, elle n'a rien fait", Urgent),
        ("o meu filho diz que pensa em se automutilar", Urgent),
        // Hard negative: stopped years ago.
        ("sie hat vor Jahren aufgehört, sich zu ritzen, wir brauchen einen Termin für die Narben", Routine),
        ("mijn dochter denkt erover zichzelf te snijden", Urgent),
        // Hard negative: a haircut.
        ("elle pense à se couper les cheveux très courts, une coupe chez vous ?", Routine),
    ]);
}

#[test]
fn purple_skin_with_blisters_is_an_emergency() {
    check(&[
        (
            "after my tummy tuck the skin has violet patches with blisters and the pain is awful",
            Emergency,
        ),
        (
            "nach der OP hat die Haut lila Flecken mit Blasen und tut höllisch weh",
            Emergency,
        ),
        (
            "desde la operación la piel tiene manchas moradas con ampollas y un dolor horrible",
            Emergency,
        ),
        // Hard negative: shoes that blister, no purple skin.
        (
            "mes nouvelles chaussures violettes m'ont fait des cloques au talon",
            Routine,
        ),
    ]);
}

#[test]
fn a_headache_like_a_blow_from_inside_is_an_emergency() {
    check(&[
        (
            "my mum suddenly held her head, said it felt like she'd been struck with a hammer inside",
            Emergency,
        ),
        (
            "de repente le dio un dolor como un martillazo en la nuca",
            Emergency,
        ),
        // Hard negative: a hammer that hit a thumb.
        ("hit my thumb with a hammer last week, nail black, can I book?", Routine),
    ]);
}
