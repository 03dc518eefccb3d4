//! Tests for `signs_told_literally_or_autocorrected.rs`, in other words than the batch, with
//! hard negatives (a fir tree, eggs at breakfast, a scan showing the head, a door locked at
//! night, a toenail black from running, a film watched, a foot swelling going down).

use super::thumb_tests::check;
use super::*;

use Urgency::{Emergency, Routine, Urgent};

#[test]
fn lips_blowing_up_or_a_noise_at_every_breath_after_an_allergen_is_an_emergency() {
    check(&[
        (
            "ate a biscuit with nuts and his lips are puffing up, what do i do",
            Emergency,
        ),
        (
            "comió cacahuete y los labios se le están inflando",
            Emergency,
        ),
        (
            "my girl 2 years with croup, there is noise with each breath even at rest",
            Emergency,
        ),
        ("he is pulling for air and his lips look bluish", Emergency),
        ("mijn zoontje hoest en zijn lippen zijn blauwig", Emergency),
        // Hard negatives: lips done months ago, a balloon blowing up.
        (
            "the kids are blowing up balloons for the party, can we move the visit?",
            Routine,
        ),
    ]);
}

#[test]
fn a_fir_on_the_floor_is_a_fit_but_a_fir_tree_is_not() {
    check(&[
        (
            "my brother is having a fir since 3 min and not answering",
            Emergency,
        ),
        ("she had a fir on the bed, still shaking", Emergency),
        // Hard negative: a Christmas tree.
        (
            "we bought a fir for the waiting room, where should we put it?",
            Routine,
        ),
    ]);
}

#[test]
fn skin_like_marble_in_a_fever_is_an_emergency() {
    check(&[
        (
            "baby 8 months fever and his legs look like marble, cold feet",
            Emergency,
        ),
        ("la bimba ha la febbre e la pelle marmorizzata", Emergency),
        // Hard negative: a marble worktop.
        (
            "we are redoing the bathroom in marble, can I move my checkup?",
            Routine,
        ),
    ]);
}

#[test]
fn the_babys_head_coming_in_labour_is_an_emergency_but_a_scan_is_not() {
    check(&[
        (
            "she is in labour 39 weeks in the car, the head is crowning",
            Emergency,
        ),
        ("estoy de parto, 40 semanas, ya sale la cabeza", Emergency),
        (
            "sie hat Wehen, 39. Woche, das Köpfchen kommt schon raus",
            Emergency,
        ),
        // Hard negative: the head seen on a scan.
        (
            "at the 20 week scan we saw the head and the heart, when is the next scan?",
            Routine,
        ),
    ]);
}

#[test]
fn a_door_locked_behind_someone_who_is_cutting_is_an_emergency() {
    check(&[
        (
            "my daughter is cutting herself, she locked the bathroom and won't open",
            Emergency,
        ),
        (
            "mi hermano se está cortando, cerró con llave la puerta",
            Emergency,
        ),
        // Hard negative: a door locked at night.
        (
            "I locked the door and lost the key, can someone else take my sample in?",
            Routine,
        ),
    ]);
}

#[test]
fn a_testicle_told_as_an_egg_is_torsion_but_eggs_eaten_are_not() {
    check(&[
        (
            "my boy 13 has a lot of pain in one of his eggs and he vomited",
            Emergency,
        ),
        (
            "mein Sohn, die Eier tun ihm plötzlich weh, er muss brechen",
            Emergency,
        ),
        // Hard negatives: eggs as food.
        (
            "my son is allergic to eggs, can he have the flu spray?",
            Routine,
        ),
        ("can I eat eggs the day before my blood test?", Routine),
    ]);
}

#[test]
fn hot_oil_spilled_over_a_child_is_a_burn() {
    check(&[
        (
            "my daughter knocked the pan with boiling oil, it went on her arm",
            Emergency,
        ),
        (
            "mi hijo se echó aceite hirviendo encima del brazo",
            Emergency,
        ),
        // Hard negative: oil for the hair.
        (
            "can I use warm oil on my hair after the scalp treatment?",
            Routine,
        ),
    ]);
}

#[test]
fn a_foot_dropping_or_a_toe_catching_is_a_same_day_look() {
    check(&[
        (
            "since monday my left foot is floppy and I keep catching my toes on the floor",
            Urgent,
        ),
        ("j'ai un pied tombant depuis hier", Urgent),
        // Hard negative: a swelling going down.
        (
            "the swelling in my foot is going down, do I still need the follow-up?",
            Routine,
        ),
    ]);
}

#[test]
fn a_wound_black_and_smelling_is_a_same_day_look() {
    check(&[
        (
            "my mum is diabetic, the sore on her heel is black around and smells",
            Urgent,
        ),
        ("la herida del pie está negra y huele mal", Urgent),
        // Hard negative: a toenail black from running.
        (
            "my toenail went black after the marathon, no pain, can I book a chiropody visit?",
            Routine,
        ),
    ]);
}

#[test]
fn sex_without_a_condom_is_an_emergency_contraception_question() {
    check(&[
        (
            "we had sex last night no condom, I missed two pills",
            Urgent,
        ),
        ("rapport hier soir sans préservatif, que faire", Urgent),
        // Hard negative: a price of condoms.
        ("do you sell condoms at the reception?", Routine),
    ]);
}

#[test]
fn a_pain_moving_to_the_right_down_is_an_appendix_sign() {
    check(&[
        (
            "tummy ache from the navel since morning, now it went to the right lower side",
            Urgent,
        ),
        // Hard negative: a move to the right office.
        (
            "your clinic moved to the right side of the street? where do I park",
            Routine,
        ),
    ]);
}

#[test]
fn thoughts_of_harming_the_baby_told_with_having_are_an_emergency() {
    check(&[
        (
            "since the birth I keep having thoughts to harm my newborn",
            Emergency,
        ),
        // Hard negative: the safety question the old pattern was written for.
        ("can having coffee hurt the baby? I am 20 weeks", Routine),
    ]);
}

#[test]
fn anaphylaxis_in_a_film_is_not_a_sign() {
    check(&[
        (
            "we saw a series where a boy had anaphylaxis, can my daughter get an allergy test?",
            Routine,
        ),
        // Anaphylaxis now stays an emergency.
        ("I think my son has anaphylaxis, face swelling", Emergency),
    ]);
}

#[test]
fn everything_going_black_with_a_bleed_after_an_operation_is_an_emergency() {
    check(&[
        (
            "the wound from my c section keeps bleeding through the pad and everything went dark when I got up",
            Emergency,
        ),
        ("al levantarme se me pone todo negro", Urgent),
        // Hard negative: a screen going black.
        (
            "the booking page goes black when I press pay, can I book by phone?",
            Routine,
        ),
    ]);
}
