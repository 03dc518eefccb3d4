//! Tests for `sms_red_flags.rs`, `scope/reply.rs` and `scope/not_back.rs` (session 17b):
//! each concept in other words than blind batch 89, with hard negatives (past, negated,
//! idioms, someone else's, questions).

use super::thumb_tests::check;
use super::*;

use Urgency::{Emergency, Routine, Urgent};

#[test]
fn a_reply_that_opens_with_no_is_an_answer() {
    // "No" answering the clinic's text, then the sign as it stands. A "no" straight
    // before a symptom still denies it.
    check(&[
        // Bleeding that has not stopped reads as the lexicon reads it without the "no".
        ("no the wound hasnt stopped bleeding", Emergency),
        ("nope his lips are still blue", Emergency),
        ("no she is still fitting", Emergency),
        (
            "no my chest pain is still there and going into my arm",
            Emergency,
        ),
        ("no the swelling is worse and she cant swallow", Emergency),
        ("no bleeding since yesterday, thanks for checking", Routine),
        ("no pain at all now, the stitches look fine", Routine),
        ("no my appointment is on friday not thursday", Routine),
        // Spanish "no he sangrado" (I have not bled) stays a denial.
        (
            "me quitaron una muela ayer. No he sangrado nada, puedo comer?",
            Routine,
        ),
    ]);
}

#[test]
fn a_lost_function_that_has_not_come_back() {
    // Sight, speech or strength that "hasn't come back" is still lost; an episode that
    // has not come back is over.
    check(&[
        (
            "went blind in my left eye an hour ago and it hasnt come back",
            Emergency,
        ),
        (
            "his speech went funny at lunch and it still hasnt come back",
            Emergency,
        ),
        // Sight that went and came back is a warning told as over (a same-day look).
        (
            "last tuesday my sight went dark in one eye for 5 minutes then went back to normal",
            Urgent,
        ),
        (
            "had a migraine with zigzags last week, they havent come back, can i get a review",
            Routine,
        ),
    ]);
}

#[test]
fn seizure_as_dictation_hears_it() {
    check(&[
        ("my son is having a seize her on the floor", Emergency),
        ("dad had a sees her 2 mins ago first time ever", Emergency),
        // Someone "sees her" without the article is a visit.
        (
            "the health visitor sees her on thursday, can i move it",
            Routine,
        ),
    ]);
}

#[test]
fn chest_pain_typed_wrong() {
    check(&[
        ("chest pian and clammy since 10 mins", Emergency),
        ("glass pane broke, need a sick note for work", Routine),
    ]);
}

#[test]
fn blood_in_jets_is_an_artery() {
    check(&[
        ("sliced my thumb on a tin, blood squirting out", Emergency),
        ("knife slipped, wound spurting everywhere", Emergency),
        (
            "my breast pump is squirting milk everywhere, is that normal",
            Routine,
        ),
    ]);
}

#[test]
fn finish_a_life() {
    check(&[
        (
            "my sister says she is going to finish her life tonight",
            Emergency,
        ),
        (
            "i want to finish my degree before the operation, can we plan it",
            Routine,
        ),
    ]);
}

#[test]
fn all_of_a_named_medicine_at_once() {
    check(&[
        ("my son took all his quetiapine 30 mins ago", Emergency),
        ("swallowed all my tramadol, scared now", Emergency),
        // A course finished is not an overdose.
        (
            "took all my antibiotics like you said, still coughing a bit",
            Routine,
        ),
    ]);
}

#[test]
fn a_household_ill_at_once_or_a_fuel_appliance() {
    // Carbon monoxide: two of its signs with an appliance or a whole house ill.
    check(&[
        (
            "all of us have headaches and feel dizzy since the gas fire went on",
            Emergency,
        ),
        (
            "me and the kids have headaches and are vomiting, the boiler was repaired yesterday",
            Emergency,
        ),
        // One sign, or none: not carbon monoxide.
        (
            "headache since the boiler broke and the house is freezing",
            Routine,
        ),
        (
            "boiler engineer coming tomorrow, can i move my smear to friday",
            Routine,
        ),
    ]);
}

#[test]
fn a_tongue_told_as_huge() {
    check(&[
        (
            "his tongue has gone massive after the new tablets",
            Emergency,
        ),
        (
            "tongue feels a bit numb after the filling, normal?",
            Routine,
        ),
    ]);
}

#[test]
fn tight_to_breathe() {
    check(&[
        ("throat swollen and its tight to breathe", Emergency),
        (
            "my jeans are tight after the holidays lol, when is my weigh in",
            Routine,
        ),
    ]);
}

#[test]
fn a_liquid_nose_job_whitening() {
    // Filler in the nose: skin going white is a blocked vessel [ACE].
    check(&[
        (
            "had a liquid nose job at lunch and the tip has gone white and sore",
            Emergency,
        ),
        (
            "thinking about a nose job next year, do you do consultations",
            Routine,
        ),
    ]);
}

#[test]
fn purple_spots_that_spread_or_on_a_child() {
    check(&[
        ("tiny purple spots all over my toddlers legs", Emergency),
        ("purple blotches on her back getting worse", Emergency),
        (
            "purple spots on my arm from the blood test tourniquet, gone now",
            Routine,
        ),
    ]);
}

#[test]
fn the_glass_test_told_not_going() {
    check(&[
        (
            "spots on his tummy not fading when i press a glass on them",
            Emergency,
        ),
        (
            "rash goes away when i press it, itchy, is it eczema",
            Routine,
        ),
    ]);
}

#[test]
fn a_shadow_over_the_sight() {
    check(&[
        (
            "seeing a dark shadow across the top of my eye since this morning",
            Urgent,
        ),
        (
            "there is a shadow on my xray report, can the gp explain it",
            Routine,
        ),
    ]);
}

#[test]
fn one_ear_deaf() {
    check(&[
        ("left ear gone deaf since i woke up", Urgent),
        ("is the hearing clinic on the ground floor", Routine),
    ]);
}

#[test]
fn a_quiet_baby_in_the_womb() {
    check(&[
        ("36 wks and baby quieter than normal today", Urgent),
        (
            "pregnant 30 weeks baby kicking loads, just booking my scan",
            Routine,
        ),
    ]);
}

#[test]
fn weeks_typed_glued_to_the_number() {
    check(&[
        ("29wks bit of blood when i wiped", Urgent),
        ("38weeks severe tummy pain and bleeding", Emergency),
    ]);
}

#[test]
fn a_newborn_more_yellow() {
    check(&[
        ("my 3 day old is looking really yellow and sleepy", Urgent),
        ("babys poo is yellow and seedy, is that normal", Routine),
    ]);
}

#[test]
fn feeding_half_as_much() {
    check(&[
        ("my 4 month old is only taking half his usual milk", Urgent),
        ("can i book her 6 month jabs", Routine),
    ]);
}

#[test]
fn cannot_walk_on_it() {
    check(&[
        ("twisted my knee at work, cant stand on it", Urgent),
        (
            "ankle fine now, i can walk on it again, cancel the xray?",
            Routine,
        ),
    ]);
}

#[test]
fn a_fish_hook_in_the_skin() {
    check(&[
        ("got a fishing hook stuck in my thumb", Urgent),
        (
            "what time is the clinic open on saturday, going fishing sunday",
            Routine,
        ),
    ]);
}

#[test]
fn infection_past_the_line() {
    check(&[
        (
            "the redness has gone beyond the marker line the nurse drew",
            Urgent,
        ),
        (
            "his ear sticking out with a red lump behind it and a temp",
            Urgent,
        ),
        ("sign the line on the form?", Routine),
    ]);
}

#[test]
fn pain_moved_down_to_the_right() {
    check(&[
        (
            "tummy ache near my belly button has gone down to the right and hurts to walk",
            Urgent,
        ),
        (
            "can the nurse move my appointment down to the right time slot",
            Routine,
        ),
    ]);
}

#[test]
fn eased_then_suddenly_worse_all_over() {
    check(&[
        (
            "stomach ache settled for an hour, now suddenly way worse all over",
            Emergency,
        ),
        ("stomach ache last week, all better now", Routine),
    ]);
}

#[test]
fn a_blocked_catheter() {
    check(&[
        ("mums catheter stopped draining this morning", Urgent),
        ("catheter bags delivery is late, who do i call", Routine),
    ]);
}

#[test]
fn covid_with_a_home_oxygen_reading() {
    check(&[
        ("got covid and my sats are 93 on the home monitor", Urgent),
        ("covid booster, when can i book", Routine),
        (
            "can i have the covid jab on the same day as my flu jab",
            Routine,
        ),
    ]);
}

#[test]
fn a_burn_on_the_palm() {
    check(&[
        ("scalded my palm with the kettle, big blister", Urgent),
        ("my palm is itchy, no rash", Routine),
    ]);
}

#[test]
fn a_high_sugar_told_beside_ketones() {
    // A ketone check with the number: mmol/L, a high, not a hypo in mg/dL.
    check(&[
        ("bm 27 and ketones 0.4, type 1", Urgent),
        ("blood sugar 25 and rising, ketones 0.2", Urgent),
    ]);
}

#[test]
fn too_much_medicine_for_a_child() {
    check(&[
        (
            "gave my daughter 7.5ml ibuprofen instead of 2.5ml, shes 2",
            Urgent,
        ),
        (
            "my toddler got a double dose of nurofen, he seems ok",
            Urgent,
        ),
        (
            "gave him calpol instead of nurofen, is that ok for teething",
            Routine,
        ),
    ]);
}

#[test]
fn the_blue_one_every_few_hours() {
    check(&[
        (
            "wheezy, on the blue one every 2 hrs since yesterday",
            Urgent,
        ),
        (
            "asthma review due, blue inhaler prescription please",
            Routine,
        ),
    ]);
}

#[test]
fn crying_that_will_not_stop_after_the_birth() {
    check(&[
        (
            "i cant stop crying since having the baby, 3 weeks now",
            Urgent,
        ),
        ("baby cries in the evenings, is it colic?", Routine),
    ]);
}

#[test]
fn a_dry_socket_that_tastes_rotten() {
    // "tastes" is not "testes".
    check(&[("wisdom tooth out, it tastes rotten and throbbing", Urgent)]);
}

#[test]
fn a_faint_told_fine_now() {
    // A faint with full recovery is a same-day look; grey and clammy after it, not.
    check(&[
        (
            "passed out at the bus stop earlier, ok now, first time",
            Urgent,
        ),
        (
            "passed out at the bus stop, ok now but still grey and clammy",
            Emergency,
        ),
    ]);
}
