//! Tests for session 14c (TRIAGE.md): mental health and safeguarding, the concepts blind
//! batch 74 found missing, each in other words than the batch, with hard negatives (the
//! past, a negation, someone else's history, idioms, a topic rather than a symptom).

use super::thumb_tests::check;
use super::*;

use Urgency::{Emergency, Routine, Urgent};

#[test]
fn an_attempt_told_as_done_is_an_emergency() {
    check(&[
        // Has acted: an emergency whatever the person says now [MHF, NG225].
        (
            "my partner tried to hang himself an hour ago, I cut him down, he's talking",
            Emergency,
        ),
        (
            "mi hermana intentó ahorcarse esta mañana, ahora está en su cuarto",
            Emergency,
        ),
        (
            "il a tenté de se pendre cette nuit, il dit que ça va",
            Emergency,
        ),
        (
            "sie hat versucht, sich aufzuhängen, der Gürtel ist gerissen",
            Emergency,
        ),
        (
            "he slit his wrists in the shower, there is blood on the floor",
            Emergency,
        ),
        (
            "mon fils s'est tailladé les veines, il y a du sang",
            Emergency,
        ),
        // Voices telling the person to harm themselves: cannot keep safe [NG225].
        (
            "my brother says the voices keep telling him to kill himself",
            Emergency,
        ),
        ("oye voces que le dicen que se mate", Emergency),
        (
            "er hört eine Stimme, die sagt, er soll sich verletzen",
            Emergency,
        ),
        // Past attempts and topics are not today's emergency.
        (
            "I attempted suicide in 2014, doing well now, want to restart therapy",
            Routine,
        ),
        (
            "my mum tried to kill herself when I was a kid, can I get counselling?",
            Routine,
        ),
        (
            "I'm writing a thesis on suicide in farmers, can a GP answer some questions?",
            Routine,
        ),
        // Not an attempt: curtains, a wasp.
        (
            "tried to hang the curtains and pulled my shoulder, can I book physio",
            Routine,
        ),
    ]);
}

#[test]
fn the_means_with_no_one_able_to_reach_them_is_an_emergency() {
    check(&[
        // The means made ready, a goodbye, then no answer [MHF, NG225].
        (
            "she sent me a picture of a rope and now her phone just rings out, she won't pick up",
            Emergency,
        ),
        (
            "my dad's got his rifle out in the shed and he isn't answering his phone",
            Emergency,
        ),
        (
            "mi madre me dejó un mensaje de despedida y no contesta",
            Emergency,
        ),
        (
            "mein Vater hat einen Abschiedsbrief geschrieben und geht nicht ans Telefon",
            Emergency,
        ),
        (
            "elle m'a envoyé un message d'adieu et ne répond plus",
            Emergency,
        ),
        (
            "my son said he can't go on and now he won't pick up",
            Emergency,
        ),
        // Tablets set out, a dead partner's strong painkillers kept.
        (
            "pills lined up on the table, I can't do this anymore",
            Emergency,
        ),
        (
            "he's been keeping his late wife's oxycodone and keeps saying nobody would miss him",
            Emergency,
        ),
        (
            "elle a gardé la morphine de son mari et dit qu'elle veut mourir",
            Emergency,
        ),
        // Locked in with the gas or a rope.
        (
            "my husband has locked himself in the garage with a rope",
            Emergency,
        ),
        ("mi padre se encerró en la cocina y abrió el gas", Emergency),
        (
            "er hat sich eingeschlossen und will nicht mehr leben",
            Emergency,
        ),
        // At a station or on a bridge, about to jump.
        (
            "standing on the platform, gonna jump in front of the next one",
            Emergency,
        ),
        ("estoy en el puente y voy a tirarme", Emergency),
        (
            "je suis à la gare, je vais me jeter sous le train",
            Emergency,
        ),
        // Not a plan: a trampoline, a ringing phone, a locked door, a pharmacy.
        (
            "the kids are going to jump on the trampoline after the appointment, is there parking?",
            Routine,
        ),
        (
            "your reception won't pick up the phone, I need to move my appointment",
            Routine,
        ),
        (
            "I locked myself out of the car, running 10 minutes late",
            Routine,
        ),
        (
            "the pharmacy puts my tablets in a dosette box, can you send the repeat there",
            Routine,
        ),
        ("thanks for everything, the new glasses are great", Routine),
    ]);
}

#[test]
fn a_person_in_danger_at_home_now_is_an_emergency() {
    check(&[
        // A weapon and a threat now, or at the door trying to get in [consensus].
        (
            "my stepdad has a knife and is threatening my mum in the kitchen",
            Emergency,
        ),
        (
            "mi ex está en la puerta con un cuchillo, estoy sola con los niños",
            Emergency,
        ),
        (
            "il nous menace de nous tuer, on s'est enfermés dans la salle de bain",
            Emergency,
        ),
        ("mein Mann droht mit dem Messer, ich bin im Bad", Emergency),
        // A child hit, with blood from the ear [HI, safeguarding].
        (
            "my partner hit my little brother and blood is coming out of his ear",
            Emergency,
        ),
        // A threat in the past, safe now: a same-day talk.
        (
            "my ex threatened me last month, I'm staying at my mum's now, who can I talk to",
            Urgent,
        ),
        // Idioms and kitchen knives.
        (
            "this tax form is killing me, which box is the therapy?",
            Routine,
        ),
        (
            "cut my finger with a kitchen knife last week, healed, can I swim",
            Routine,
        ),
    ]);
}

#[test]
fn abuse_told_as_happening_is_a_same_day_talk() {
    check(&[
        (
            "my gran says her carer pinches her and she has marks on her arms",
            Urgent,
        ),
        (
            "my dad's son-in-law takes his pension and dad is scared of his son-in-law",
            Urgent,
        ),
        ("la cuidadora le grita y le pega a mi abuela", Urgent),
        ("die Pflegerin schubst meinen Opa, er hat Angst", Urgent),
        (
            "mon copain m'a tordu le bras hier, j'ai peur qu'il revienne",
            Urgent,
        ),
        // A past event, told for the file.
        (
            "for my notes: I was in an abusive relationship ten years ago, all fine now",
            Routine,
        ),
    ]);
}

#[test]
fn postpartum_psychosis_is_an_emergency() {
    check(&[
        // A new false belief about the baby, a religious mission, after birth [CG192].
        (
            "my wife had our baby a week ago and now says the baby was swapped at the hospital",
            Emergency,
        ),
        (
            "new mum here, the devil is telling me things about my daughter",
            Emergency,
        ),
        (
            "mi mujer dio a luz hace poco y dice que el bebé no es nuestro",
            Emergency,
        ),
        (
            "ma femme vient d'accoucher, elle dit que ce n'est pas notre bébé",
            Emergency,
        ),
        // A new mum asking about formula is not psychosis.
        (
            "new mum, can we switch to a different formula? baby has wind",
            Routine,
        ),
    ]);
}

#[test]
fn mania_and_thoughts_of_death_without_a_plan_are_a_same_day_talk() {
    check(&[
        // Mania: a same-day look by the crisis team.
        (
            "my sister is manic again, up 4 nights straight and talking nonstop",
            Urgent,
        ),
        ("mi hermano está maniaco y habla sin parar", Urgent),
        (
            "mon père parle sans arrêt et ne dort plus depuis 3 nuits",
            Urgent,
        ),
        (
            "meine Frau redet ohne Pause und schläft seit 4 Nächten nicht",
            Urgent,
        ),
        // Passive thoughts of death, no plan [NG225].
        (
            "lately I think I'd be better off dead, no plan, can the GP ring me",
            Urgent,
        ),
        (
            "tengo pensamientos de muerte desde hace días, no pienso hacer nada",
            Urgent,
        ),
        (
            "j'ai des idées de mort depuis mon nouveau traitement, aucun plan",
            Urgent,
        ),
        (
            "ich hab Gedanken, mir was anzutun, aber keinen Plan",
            Urgent,
        ),
        (
            "sometimes I feel nobody would miss me if I was gone",
            Urgent,
        ),
        // Self-harm told as done, no physical care needed.
        (
            "cut my arms again last night, just scratches, the urges are back",
            Urgent,
        ),
        ("me hice cortes en el brazo ayer, no son profundos", Urgent),
        // Not thoughts of death: a past episode, an idiom, someone else's history.
        (
            "I had postnatal depression with my first in 2018, pregnant again and well",
            Routine,
        ),
        (
            "my aunt had thoughts of death years ago, she's fine; is it hereditary?",
            Routine,
        ),
    ]);
}

#[test]
fn a_mental_health_crisis_is_a_same_day_talk() {
    check(&[
        (
            "panic attacks every day since Monday, I can't stop shaking",
            Urgent,
        ),
        ("crisis de ansiedad una tras otra desde el viernes", Urgent),
        (
            "je craque complètement depuis la rupture, besoin de parler à quelqu'un",
            Urgent,
        ),
        (
            "Panikattacken ständig seit drei Tagen, ich breche zusammen",
            Urgent,
        ),
        (
            "honestly feel like im losing my mind, can someone call",
            Urgent,
        ),
        // A past episode and a request for a referral are routine.
        (
            "had panic attacks at uni, fine now, want a referral for CBT to keep on top of it",
            Routine,
        ),
        (
            "can I book a routine review of my antidepressant? all stable",
            Routine,
        ),
    ]);
}

#[test]
fn medicines_and_children_and_hard_to_wake() {
    check(&[
        // Every tablet taken, someone else's sedative, a blister opened with some gone.
        (
            "my flatmate has swallowed all of her meds and is slurring",
            Emergency,
        ),
        (
            "my 15 year old took some of his grandads tramadol and is very sleepy",
            Emergency,
        ),
        (
            "the blister pack was open and two are missing, my toddler was playing with it",
            Emergency,
        ),
        ("can barely wake her, she had a lot to drink", Emergency),
        // A dose in milligrams is not a glucose reading.
        ("can I have a repeat of my citalopram 20mg?", Routine),
        (
            "took 2 x 400mg ibuprofen for a headache, can I also take paracetamol?",
            Routine,
        ),
        ("sugar 45 mg/dl and shaky", Emergency),
        // Waking up tired is not hard to wake.
        (
            "I can barely wake up in the mornings since the new tablets, is that normal",
            Routine,
        ),
    ]);
}

#[test]
fn sexual_assault_in_the_last_days_is_a_same_day_look() {
    check(&[
        (
            "I was raped on friday night, I haven't told anyone, do I need the morning after pill",
            Urgent,
        ),
        (
            "me violaron el fin de semana y tengo miedo de estar embarazada",
            Urgent,
        ),
        (
            "j'ai été violée hier soir, je ne sais pas quoi faire",
            Urgent,
        ),
        (
            "ich wurde am Wochenende vergewaltigt und habe Angst vor einer Infektion",
            Urgent,
        ),
        // Years ago, for the notes or for therapy: routine.
        (
            "I was sexually assaulted years ago and would like to be referred for trauma therapy",
            Routine,
        ),
    ]);
}

#[test]
fn chest_pain_that_passed_within_the_night_is_still_an_emergency() {
    check(&[
        // Passed, within the last 12 hours: an emergency [CG95].
        (
            "woke at 4am with a crushing chest, went after 15 minutes, feel ok now",
            Emergency,
        ),
        (
            "cette nuit j'ai eu une douleur dans la poitrine, passée maintenant",
            Emergency,
        ),
        // Two days ago and pain-free since: a same-day look [CG95].
        (
            "had a tight chest two days ago for 10 minutes, fine since",
            Urgent,
        ),
    ]);
}

#[test]
fn a_deep_or_gaping_cut_is_a_same_day_look() {
    check(&[
        (
            "sliced my palm on a broken jar, the cut is deep and gaping",
            Urgent,
        ),
        ("mi hija tiene una herida profunda en la rodilla", Urgent),
        ("une plaie profonde au pouce en cuisinant", Urgent),
        // Healed, or a past one: routine.
        (
            "had a deep cut on my shin in 2019, the scar itches, can I use bio oil?",
            Routine,
        ),
    ]);
}
