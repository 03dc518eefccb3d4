//! Tests for `carer_same_day_signs.rs` (session 17e): each concept in other words than
//! blind batch 93, with hard negatives (negated, past, someone else's, everyday meanings).

use super::thumb_tests::check;
use super::*;

use Urgency::{Emergency, Routine, Urgent};

#[test]
fn breathing_a_bit_faster_or_nostrils_flaring() {
    // NG143 amber: a same-day look. Breathing really fast with effort stays higher.
    check(&[
        (
            "my 1 year old's nostrils flare when she breathes, she has a cold",
            Urgent,
        ),
        (
            "dad has a chest infection and is breathing quicker than usual today",
            Urgent,
        ),
        (
            "a mi hijo se le mueven las aletas nasales al respirar",
            Urgent,
        ),
        (
            "her breathing is back to normal now, no flaring, just a runny nose",
            Routine,
        ),
    ]);
}

#[test]
fn thirst_and_weeing_loads() {
    // New diabetes in a child is seen the same day; a hot day's thirst alone is not it.
    check(&[
        (
            "my son is 8, drinking loads and weeing constantly, seems thinner",
            Urgent,
        ),
        ("mi hija bebe mucho y orina mucho, ha perdido peso", Urgent),
        (
            "how much should a 6 year old drink in hot weather?",
            Routine,
        ),
    ]);
}

#[test]
fn an_older_person_not_eating_or_drinking() {
    // Days of eating and drinking almost nothing; a picky child is not it.
    check(&[
        (
            "my gran has been off her food for a week and sleeping more",
            Urgent,
        ),
        (
            "mio padre mangia poco e beve pochissimo da tre giorni",
            Urgent,
        ),
        ("my toddler is a picky eater, any tips for veg?", Routine),
    ]);
}

#[test]
fn parkinsons_tablets_refused_or_missed() {
    // A time-critical medicine refused or run out; a repeat request is not.
    check(&[
        (
            "dad keeps refusing his tablets since yesterday, he has parkinsons",
            Urgent,
        ),
        (
            "mum has run out of her sinemet and the pharmacy is shut",
            Urgent,
        ),
        (
            "can I order my dad's parkinsons repeat prescription for next month",
            Routine,
        ),
    ]);
}

#[test]
fn a_catheter_bag_that_stays_empty() {
    // A blocked catheter; a question about bag changes is not.
    check(&[
        (
            "nothing in his catheter bag since lunchtime and his belly feels tight",
            Urgent,
        ),
        ("der Katheterbeutel bleibt leer seit heute Morgen", Urgent),
        (
            "how often should the catheter bag be changed? district nurse asked us to check",
            Routine,
        ),
    ]);
}

#[test]
fn hot_red_swelling_and_a_hot_breast() {
    // A hot, red, swollen joint or breast; an inflected Dutch one; a red hot chilli is not.
    check(&[
        (
            "mijn moeder heeft een rode warme knie en kan er niet op staan",
            Urgent,
        ),
        (
            "2 weeks after having the baby my breast is red and hot and I feel shivery",
            Urgent,
        ),
        (
            "the spots on her arm have gone angry and swollen, she had chickenpox last week",
            Urgent,
        ),
        ("can I eat spicy food while breastfeeding?", Routine),
    ]);
}

#[test]
fn pain_that_moved_from_the_belly_button_to_the_right() {
    // Appendicitis in its lay telling [APP].
    check(&[
        (
            "tummy pain began near her navel and has moved over to the right",
            Urgent,
        ),
        (
            "douleur autour du nombril puis maintenant à droite en bas",
            Urgent,
        ),
        ("my son has an outie belly button, is that normal?", Routine),
    ]);
}

#[test]
fn headaches_every_morning_with_vomiting() {
    // Morning headaches that make a child sick; a hangover question is not.
    check(&[
        (
            "she wakes up with headaches and throws up most days this week",
            Urgent,
        ),
        (
            "I get a headache most mornings until my coffee, is that caffeine?",
            Routine,
        ),
    ]);
}

#[test]
fn no_point_to_anything() {
    // Hopelessness, a same-day talk [NG225]; "no point in booking" is not it.
    check(&[
        (
            "my husband keeps saying there's no point to anything, says he wouldn't do anything",
            Urgent,
        ),
        ("mi hija dice que está harta de vivir", Urgent),
        (
            "no point in booking now if the clinic is closed friday?",
            Routine,
        ),
    ]);
}

#[test]
fn feeling_nothing_for_the_baby() {
    // Postnatal depression told by a partner: a same-day talk, not an emergency unless
    // there are thoughts of harm.
    check(&[
        (
            "since the birth my partner says she can't feel anything for him and cries all day",
            Urgent,
        ),
        (
            "new mum here, had her 5 weeks ago, she says she wants to hurt the baby",
            Emergency,
        ),
    ]);
}

#[test]
fn hitting_himself_in_the_head() {
    // Self-injury in a child, new or worse: a same-day look.
    check(&[
        (
            "my daughter has a learning disability and keeps biting herself in the face today",
            Urgent,
        ),
        (
            "can you check when his autism assessment is, he is 9",
            Routine,
        ),
    ]);
}

#[test]
fn a_belief_that_the_food_is_poisoned() {
    // A false belief about poison, not a poisoning; a real poisoning stays an emergency.
    check(&[
        (
            "my nan in the care home thinks her food is poisoned and won't eat",
            Urgent,
        ),
        ("my son drank some of the bleach under the sink", Emergency),
    ]);
}

#[test]
fn shivering_after_birth() {
    // Rigors after birth are an infection until shown otherwise [CG37]; shivering
    // before the birth is not this row.
    check(&[
        (
            "gave birth 8 days ago and now I keep getting the shivers and my boob hurts",
            Urgent,
        ),
        (
            "my husband is shivering after his swim, is that a cold coming?",
            Routine,
        ),
    ]);
}

#[test]
fn a_red_or_swollen_eye_under_three_months() {
    // Under 3 months an eyelid red and swollen is seen the same day; a sticky eye alone
    // (a blocked tear duct) is not.
    check(&[
        (
            "my 5 week old's eye is swollen and red this morning",
            Urgent,
        ),
        (
            "baby is 6 weeks and one eye is a bit sticky in the mornings, no redness",
            Routine,
        ),
    ]);
}

#[test]
fn jaundice_that_lasts_or_pale_stools() {
    // Prolonged jaundice and pale stools; a yellow bruise is not jaundice.
    check(&[
        ("my son is 4 weeks old and he's still yellow", Urgent),
        ("o meu bebé tem fezes brancas desde ontem", Urgent),
        (
            "still bruised yellow after the fall last month, is that normal?",
            Routine,
        ),
    ]);
}
