//! Tests for session 14a (TRIAGE.md): English typed tiny on phones, as a second language
//! and dictated. Each concept in other words than the batches, with hard negatives
//! (past, negated, someone else's history, idioms).

use super::thumb_tests::check;
use super::*;

use Urgency::{Emergency, Routine, Urgent};

#[test]
fn a_lost_function_is_not_a_recovery() {
    check(&[
        // "stopped talking", "can't open it any more": signs that are new, not over.
        (
            "my boy has asthma, his lips are going blue and he has stopped talking, just sat there",
            Emergency,
        ),
        (
            "back tooth throbbing for a week, face swollen up to the eye and I cant open that eye any more, shivering",
            Emergency,
        ),
        // Still recoveries: a symptom that stopped, a pain that is not there any more.
        ("the bleeding stopped after ten minutes, all fine now", Routine),
        ("my knee doesn't hurt any more after the physio, thank you", Routine),
        ("he stopped coughing last week, can we book the follow up", Routine),
    ]);
}

#[test]
fn shorthand_head_injuries_with_their_warning_signs() {
    check(&[
        (
            "banged head on the car door, been sick 3 times since",
            Emergency,
        ),
        (
            "smacked head on a shelf this morning, headache keeps getting worse",
            Emergency,
        ),
        (
            "kid knocked head at nursery, bit of a bump, playing normally",
            Urgent,
        ),
        // Past and idiom.
        (
            "banged head last year, had a scan, all clear, now just need a sick note",
            Routine,
        ),
        (
            "been banging my head against a wall with this insurance form lol",
            Routine,
        ),
    ]);
}

#[test]
fn a_deep_cut_that_will_not_stop() {
    check(&[
        (
            "gashed my hand deep on a broken glass and it won't stop",
            Emergency,
        ),
        (
            "deep cut on my thumb last month, stitches out, all healed",
            Routine,
        ),
        (
            "gaping cut on his shin from the bike, bleeding a bit",
            Urgent,
        ),
    ]);
}

#[test]
fn belly_pain_that_eased_and_came_back_worse() {
    check(&[
        ("stomach pain eased off then came back worse", Emergency),
        (
            "belly ache worse all over since lunch, can't stand straight",
            Emergency,
        ),
        ("tummy ache eased after the loo, feeling fine", Routine),
    ]);
}

#[test]
fn shoulder_tip_pain_with_faintness() {
    check(&[
        (
            "bfp last week, now pain in the tip of my shoulder and feel faint",
            Emergency,
        ),
        (
            "sharp shoulder tip pain and keep nearly fainting",
            Emergency,
        ),
        // The shoulder alone, or the dizziness explained and gone.
        (
            "shoulder tip pain after the gym, no other problems",
            Routine,
        ),
    ]);
}

#[test]
fn purple_rash_and_a_wound_changing_colour() {
    check(&[
        ("spots purple on his legs and he is so sleepy", Emergency),
        (
            "graze on her knee turned black at the edges, fever and crying in pain",
            Emergency,
        ),
        // A bruise from a known knock is not a rash; a grey scar is not a wound turning.
        ("bruise on my shin from the table, purple but fine", Routine),
    ]);
}

#[test]
fn pear_drop_breath_with_drowsiness() {
    check(&[
        (
            "his breath smells like pear drops and hes really sleepy, not himself",
            Emergency,
        ),
        (
            "daughter t1 breath smells of pear and she is confused",
            Emergency,
        ),
        // A sweet smell after sweets is not DKA.
        (
            "bought pear drop sweets for the party, are they ok with my brace?",
            Routine,
        ),
    ]);
}

#[test]
fn double_vision_and_a_strong_medicine_taken_again_by_mistake() {
    check(&[
        (
            "mum suddenly wobbly on her feet and sees two of everything",
            Emergency,
        ),
        (
            "took my lithium 3 times by mistake today and now feel sick and shaky",
            Emergency,
        ),
        // Past, negated.
        (
            "had double vision after my eye op years ago, eyes fine now, need new glasses",
            Routine,
        ),
    ]);
}

#[test]
fn plain_words_for_poisoning_fits_and_falls() {
    check(&[
        (
            "my girl 2 drank something from a bottle in the garage, smells of petrol, coughing",
            Emergency,
        ),
        (
            "my uncle fell down and is jerking all his body, never happened before",
            Emergency,
        ),
        (
            "grandad is not answering me, eyes open but nothing there",
            Emergency,
        ),
        ("fell off a ladder 3 metres, can't feel my legs", Emergency),
        // Not an unresponsive person: the clinic is not answering.
        (
            "you are not answering the phone, can someone call me about my booking",
            Routine,
        ),
        // Past and someone else's history.
        (
            "my dad fell off a ladder in 2015, he is fine, booking a checkup for him",
            Routine,
        ),
    ]);
}

#[test]
fn intent_told_as_what_will_happen() {
    check(&[
        (
            "on the bridge near work, gonna jump off when it gets dark",
            Emergency,
        ),
        ("estoy en la azotea, me voy a tirar", Emergency),
        (
            "my husband has a rifle out and says he will turn it on himself",
            Emergency,
        ),
        (
            "my son says voices are telling him to cut himself, he has scissors",
            Emergency,
        ),
        // Idioms and jokes stay what they are.
        ("gonna jump for joy if my results are clear!", Routine),
        ("can you shoot me the link for the booking form", Routine),
    ]);
}

#[test]
fn a_goodbye_or_the_means_then_no_answer() {
    check(&[
        (
            "my sister sent a voice message saying goodbye and now she won't pick up",
            Emergency,
        ),
        (
            "mi hermano tiene una pistola y no contesta al telefono",
            Emergency,
        ),
        (
            "meine freundin hat sich verabschiedet und geht nicht ans handy",
            Emergency,
        ),
        // Not answering alone is an admin problem.
        (
            "the clinic doesn't pick up the phone, can you call me back",
            Routine,
        ),
    ]);
}

#[test]
fn an_overdose_with_thoughts_of_death_and_a_childs_access() {
    check(&[
        (
            "she swallowed all her tablets with wine and says nobody would miss her",
            Emergency,
        ),
        (
            "grandma has kept her husband's morphine and says no one would miss her",
            Emergency,
        ),
        (
            "die kleine hat vielleicht tabletten geschluckt, die packung ist offen",
            Emergency,
        ),
        // A dose in mg is not a glucose reading, a repeat is not an overdose.
        (
            "please can I have a repeat of my sertraline 100mg, 4 days left",
            Routine,
        ),
    ]);
}

#[test]
fn postpartum_psychosis_and_danger_now_in_other_words() {
    check(&[
        (
            "new mum here, I keep hearing the angels talking to me about my daughter",
            Emergency,
        ),
        (
            "mi hija dio a luz hace una semana y dice que el bebé no es suyo, habla sin parar",
            Emergency,
        ),
        ("my ex is outside the door with a knife shouting", Emergency),
        ("il a un couteau et menace de me tuer", Emergency),
        // A knife in the kitchen, a talkative toddler: not danger.
        (
            "new mum, the baby is feeding well, just booking the 6 week check",
            Routine,
        ),
    ]);
}

#[test]
fn self_harm_as_a_topic_is_not_a_report() {
    check(&[
        (
            "I'm doing a research project on self harm in teens, can I interview a nurse?",
            Routine,
        ),
        (
            "tengo cicatrices antiguas de autolesiones, se pueden tratar con laser?",
            Routine,
        ),
        // Self-harm now is still read.
        (
            "my daughter is self harming tonight and won't stop",
            Emergency,
        ),
    ]);
}

#[test]
fn the_urgent_line_in_phone_words() {
    check(&[
        (
            "my belly pain has moved to the right side",
            Urgent,
        ),
        (
            "bad back for weeks and now my left foot has gone weak",
            Urgent,
        ),
        (
            "my 2 year old won't walk on her right leg since she woke",
            Urgent,
        ),
        (
            "she told me she's been thinking about killing herself, no plan she says",
            Urgent,
        ),
        (
            "34 weeks and the baby is moving less than usual today",
            Urgent,
        ),
        (
            "the lines on the tiles look wavy in my left eye since this morning",
            Urgent,
        ),
        (
            "fell off his scooter, wrist looks bent and very swollen",
            Urgent,
        ),
        (
            "contact lens wearer, eye really painful and the light hurts it",
            Urgent,
        ),
        ("eye op on thursday, now it's gone cloudy and sore", Urgent),
        // Hard negatives: past, resolved, someone else's.
        (
            "I used to have wavy lines in my vision years ago, treated, fine now",
            Routine,
        ),
        (
            "in my last pregnancy in 2021 the baby moved less at 30 weeks and all was fine, booking my first scan",
            Routine,
        ),
        (
            "the swelling has gone down and it doesn't hurt any more",
            Routine,
        ),
    ]);
}
