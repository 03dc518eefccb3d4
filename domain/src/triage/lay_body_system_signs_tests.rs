//! Tests for the lay words and images of `lay_body_system_signs.rs`, in other words than
//! batch 104, with hard negatives (a brick for building, a grunt getting up, a
//! teenager rolling his eyes, a question about sleeping pills, a blister on the foot,
//! thirst after football, pale and cold in winter).

use super::thumb_tests::check;
use super::*;

use Urgency::{Emergency, Routine, Urgent};

/// A brick or a stone on the chest is cardiac pressure; with sweating, an emergency [CG95].
#[test]
fn a_weight_on_the_chest_told_as_an_object_is_chest_pain() {
    check(&[
        ("sento un macigno sul petto da mezz'ora", Emergency),
        (
            "parece que tem um tijolo em cima do peito, tô suando",
            Emergency,
        ),
        ("al een uur een zwaar gevoel in mijn borst", Emergency),
        (
            "feels like a brick sitting on my chest since lunch",
            Emergency,
        ),
    ]);
}

/// Hard negatives: the idiom of relief, a brick that fell on a foot.
#[test]
fn a_weight_off_the_chest_is_not_chest_pain() {
    check(&[
        (
            "finalmente mi sono tolta un peso, grazie per l'aiuto",
            Routine,
        ),
        (
            "comprei tijolos para a obra, podem mandar a fatura?",
            Routine,
        ),
    ]);
}

/// A headache like a blow to the head, or out of nowhere and extreme: a thunderclap
/// [NG228].
#[test]
fn a_headache_like_a_blow_is_a_thunderclap() {
    check(&[
        (
            "plötzlich extrem starke Kopfschmerzen beim Joggen",
            Emergency,
        ),
        (
            "dor de cabeça do nada, como uma martelada na nuca",
            Emergency,
        ),
        (
            "hoofdpijn, alsof ik een mokerslag op mijn achterhoofd kreeg",
            Emergency,
        ),
        (
            "headache came on like being whacked on the back of the head",
            Emergency,
        ),
    ]);
}

/// Hard negatives: ordinary headaches.
#[test]
fn a_mild_headache_is_not_a_thunderclap() {
    check(&[
        (
            "leichte Kopfschmerzen seit gestern, Ibuprofen hilft",
            Routine,
        ),
        (
            "ho un po' di mal di testa da stamattina, sarà il caldo",
            Routine,
        ),
    ]);
}

/// Shaking with the eyes rolled back is a fit [EPI].
#[test]
fn shaking_with_the_eyes_rolled_back_is_a_fit() {
    check(&[
        (
            "o meu filho está a tremer com os olhos revirados e não responde",
            Emergency,
        ),
        (
            "mio marito trema tutto e ha gli occhi rovesciati, non risponde",
            Emergency,
        ),
    ]);
}

/// Hard negative: a teenager rolling his eyes, with no shaking.
#[test]
fn rolling_the_eyes_is_not_a_fit() {
    check(&[(
        "o meu filho revira os olhos quando lhe peço para arrumar o quarto",
        Routine,
    )]);
}

/// A baby grunting with each breath, or the skin drawn in at the ribs [NG143 red].
#[test]
fn a_baby_grunting_or_drawing_in_at_the_ribs_is_an_emergency() {
    check(&[
        ("la mia bimba di 3 mesi grugnisce quando respira", Emergency),
        (
            "o bebé respira depressa e a pele afunda entre as costelas",
            Emergency,
        ),
        (
            "bij ons zoontje van 4 maanden trekt de huid tussen zijn ribben in bij het ademen",
            Emergency,
        ),
    ]);
}

/// Hard negative: a grunt that is not a breath.
#[test]
fn a_grunt_getting_up_is_not_an_emergency() {
    check(&[(
        "mio marito fa un grugnito ogni volta che si alza dal divano",
        Routine,
    )]);
}

/// Going white and cold with a bleed is shock [BLEED].
#[test]
fn a_bleed_with_white_cold_skin_is_an_emergency() {
    check(&[
        (
            "si è tagliato col coltello, sangue ovunque, è pallido e freddo",
            Emergency,
        ),
        (
            "hij bloedt nog steeds uit zijn been en is bleek en klam",
            Emergency,
        ),
    ]);
}

/// Hard negative: pale and cold in winter with no bleed.
#[test]
fn pale_and_cold_without_a_bleed_is_not_shock() {
    check(&[(
        "sono sempre pallida e fredda d'inverno, vorrei gli esami del ferro",
        Routine,
    )]);
}

/// Talking without sense is new confusion; with a fever an emergency [NG51].
#[test]
fn talking_nonsense_is_new_confusion() {
    check(&[
        (
            "meu pai acordou falando coisas sem nexo e está com febre",
            Emergency,
        ),
        (
            "oma praat sinds vanmorgen wartaal en heeft koorts",
            Emergency,
        ),
        ("Opa redet seit heute früh wirres Zeug", Emergency),
    ]);
}

/// Sleeping pills by the heap: a sedative overdose [POIS].
#[test]
fn a_heap_of_sleeping_pills_is_an_overdose() {
    check(&[
        (
            "a minha irmã tomou um punhado de remédios para dormir",
            Emergency,
        ),
        (
            "mijn vriend heeft een handvol slaaptabletten genomen",
            Emergency,
        ),
    ]);
}

/// Hard negative: a question about sleeping pills with nothing taken.
#[test]
fn asking_about_sleeping_pills_is_not_an_overdose() {
    check(&[(
        "posso pedir uma receita de comprimidos para dormir?",
        Routine,
    )]);
}

/// A sugar high with thirst, or high despite insulin: the sick-day rules [DKA].
#[test]
fn a_high_sugar_with_thirst_or_despite_insulin_is_urgent() {
    check(&[
        ("glicose 320 desde ontem e muita sede", Urgent),
        ("bloedsuiker 19 en ik heb de hele dag dorst", Urgent),
        ("Blutzucker 17 trotz Insulin seit heute Morgen", Urgent),
    ]);
}

/// Hard negative: thirst after sport with no sugar reading.
#[test]
fn thirst_after_sport_is_not_a_sugar_sign() {
    check(&[(
        "depois do futebol fiquei com muita sede, é normal?",
        Routine,
    )]);
}

/// Erysipelas spreading despite antibiotics is a skin infection seen the same day [NG141].
#[test]
fn erysipelas_spreading_is_urgent() {
    check(&[(
        "a erisipela do meu pai está a alastrar, a perna está mais vermelha",
        Urgent,
    )]);
}

/// A blister on the foot is not "no pee" (Portuguese "pé").
#[test]
fn a_blister_on_the_foot_is_not_urine_retention() {
    check(&[(
        "tenho uma bolha no pé por causa dos sapatos novos, que pomada uso?",
        Routine,
    )]);
}

/// A chest pain gone the same day is resolved: a same-day look, not an ambulance; the signs
/// of a heart attack asked about are a general question.
#[test]
fn a_sign_gone_the_same_day_or_asked_about_is_not_an_emergency() {
    check(&[
        (
            "senti um aperto no peito há dez dias, passou no mesmo dia",
            Urgent,
        ),
        (
            "wat zijn de tekenen van een hartaanval bij vrouwen?",
            Routine,
        ),
        ("quali sono i sintomi di un infarto nelle donne?", Routine),
    ]);
}
