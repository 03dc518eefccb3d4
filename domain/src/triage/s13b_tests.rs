//! Tests for session 13c (TRIAGE.md): the urgent line of mental health, session 13's
//! Left-list items and the emergencies of batches 69-70, each in other words than the
//! batches, with hard negatives.

use super::thumb_tests::check;
use super::*;

use Urgency::{Emergency, Routine, Urgent};

#[test]
fn a_passive_wish_not_to_wake_is_a_same_day_talk() {
    check(&[
        // Passive thoughts of death, no plan: a same-day talk [NG225], not unresponsive.
        (
            "honestly some nights i hope i dont wake up tomorrow",
            Urgent,
        ),
        (
            "keep thinking id rather not wake up at all, cant see the point",
            Urgent,
        ),
        ("a veces pienso ojalá no despertarme mañana", Urgent),
        ("parfois j'aimerais ne plus me réveiller le matin", Urgent),
        ("manchmal will ich einfach nie mehr aufwachen", Urgent),
        ("a volte vorrei non svegliarmi più", Urgent),
        ("às vezes queria nunca mais acordar", Urgent),
        ("soms wil ik gewoon niet meer wakker worden", Urgent),
        // A person who cannot be woken is still an emergency.
        ("my husband won't wake up and his lips look grey", Emergency),
        // Not a wish: an alarm that did not ring.
        (
            "sorry I didn't wake up in time for my 9am, can I rebook?",
            Routine,
        ),
    ]);
}

#[test]
fn thoughts_of_death_with_the_plan_denied_are_a_same_day_talk() {
    check(&[
        (
            "my brother keeps saying he wants to end it all but that he'd never do it, can someone ring him today",
            Urgent,
        ),
        (
            "ya no quiero vivir, pero no lo haría nunca, ni haría nada. ¿puedo hablar hoy con alguien?",
            Urgent,
        ),
        (
            "je veux mourir parfois mais je ne ferais rien, mes enfants comptent",
            Urgent,
        ),
        // Thoughts in lay words with tablets counted out: the means at hand [MHF].
        (
            "thinking about ending it all again, I've counted out my paracetamol",
            Emergency,
        ),
        ("keep thinking of ending it all, no plan, I wouldn't do anything", Urgent),
        // A repeat request is not a plan.
        ("counted my tablets this morning, only 5 left, can I get a repeat", Routine),
        // With the means at hand or a goodbye it stays an emergency [MHF].
        (
            "i want to die, I have the pills in front of me and I've said goodbye",
            Emergency,
        ),
    ]);
}

#[test]
fn self_harm_told_as_what_is_done_is_a_same_day_look() {
    check(&[
        (
            "my 16 year old has been cutting herself on her thighs, no fresh wounds today",
            Urgent,
        ),
        (
            "mi hijo se da golpes contra la pared cuando se enfada",
            Urgent,
        ),
        ("ma fille se brûle avec un briquet depuis un mois", Urgent),
        (
            "mein Sohn hat sich selbst mit der Zigarette verbrannt am Arm",
            Urgent,
        ),
        // A kitchen burn is not self-harm.
        // A sport is not self-harm.
        (
            "she keeps hitting herself with the racket lol, any physio slots next week?",
            Routine,
        ),
    ]);
}

#[test]
fn a_new_false_belief_is_a_same_day_look_not_a_poisoning() {
    check(&[
        (
            "my mum is convinced the neighbours are poisoning her food, started this week",
            Urgent,
        ),
        (
            "mi padre cree que le vigilan por la tele desde ayer",
            Urgent,
        ),
        (
            "mon frère croit qu'on l'empoisonne, il ne mange plus",
            Urgent,
        ),
        ("oma denkt dat de buren haar eten vergiftigen", Urgent),
        // A real poisoning stays one.
        ("my son drank some bleach from under the sink", Emergency),
    ]);
}

#[test]
fn brain_zaps_and_not_knowing_who_to_tell_are_not_emergencies() {
    check(&[
        (
            "stopped my citalopram last week, brain zaps all day, otherwise ok. normal?",
            Routine,
        ),
        (
            "seit ich die Tabletten abgesetzt habe, Stromschläge im Kopf und ganz dunkle Gedanken",
            Urgent,
        ),
        (
            "about my mum's memory clinic referral, I don't know who else to ask, can you help?",
            Routine,
        ),
        // A real electric shock stays one.
        (
            "got an electric shock from the kettle, my hand is burnt and my heart is racing",
            Emergency,
        ),
    ]);
}

#[test]
fn blood_poisoning_in_the_past_is_not_a_poisoning() {
    check(&[
        (
            "for my records: I had blood poisoning after a kidney infection in 2021",
            Routine,
        ),
        ("hatte vor vier Jahren eine Blutvergiftung, heute alles gut", Routine),
        // Sepsis now is an emergency.
        (
            "I think I have blood poisoning, red line up my arm from the cut and I'm shivering and confused",
            Emergency,
        ),
    ]);
}

#[test]
fn a_slapping_foot_is_not_a_long_lie() {
    check(&[
        (
            "left foot flops and slaps the ground when I walk since Monday, can't lift the toes",
            Urgent,
        ),
        // A long lie stays an emergency [MTS falls].
        (
            "found my nan on the floor since last night, she's cold",
            Emergency,
        ),
    ]);
}

#[test]
fn emergencies_of_batches_69_and_70_in_other_words() {
    check(&[
        (
            "my chest is absolutely killing me and my left arm aches",
            Emergency,
        ),
        (
            "our 3 year old swallowed some of his uncle's methadone, he's sleepy",
            Emergency,
        ),
        (
            "il sangue zampilla dal taglio sulla mano, non si ferma",
            Emergency,
        ),
        ("blut spritzt aus der Wunde am Bein", Emergency),
        (
            "salió positivo el test hace 5 días, dolor fuerte a la izquierda y me mareo",
            Emergency,
        ),
        (
            "grandad fell down the stairs, blood coming out of his ear",
            Emergency,
        ),
        (
            "little one got into nan's methadone bottle, no idea how much he had",
            Emergency,
        ),
        (
            "3 days since the embryo transfer, sudden awful pain low on the left and I keep being sick",
            Emergency,
        ),
        // A price question stays one; a bank transfer is not IVF.
        ("how much is the methadone clinic consultation?", Routine),
        ("did my bank transfer for the invoice arrive after my transfer of funds?", Routine),
        // Idioms and the past stay routine.
        (
            "these new shoes are killing me, can I move my appointment",
            Routine,
        ),
        (
            "fell down the stairs two years ago, my knee is fine now, for the file",
            Routine,
        ),
    ]);
}

#[test]
fn danger_now_in_other_words() {
    check(&[
        // A threat to kill with the person hiding: violence under way.
        (
            "my ex is at the window screaming he'll kill us, I'm hiding with the baby",
            Emergency,
        ),
        (
            "mi marido dice que me va a matar, estoy encerrada en el baño",
            Emergency,
        ),
        // Locked in with a blade and a word of intent.
        (
            "my daughter locked herself in her room with a knife and says she can't go on",
            Emergency,
        ),
        // A child and a parent's antidepressants [POIS].
        (
            "our toddler swallowed some of my sertraline, seems fine",
            Emergency,
        ),
        (
            "mijn dochtertje heeft slaappillen van oma opgegeten",
            Emergency,
        ),
        // Idioms and hard negatives stay routine.
        (
            "my boss is going to kill me if I'm late again, any earlier slot?",
            Routine,
        ),
        (
            "locked myself out with the keys inside lol, can I come at 3 instead",
            Routine,
        ),
    ]);
}
