//! Tests for session 13 (TRIAGE.md): the items session 12 left and the concepts found by
//! blind batches 59-65, each in other words than the batches, with hard negatives.

use super::thumb_tests::check;
use super::*;

use Urgency::{Emergency, Routine, Urgent};

#[test]
fn a_severe_headache_late_in_pregnancy_is_a_same_day_look() {
    check(&[
        // Pre-eclampsia signs: a same-day look at the maternity unit [NG133].
        (
            "33 weeks pregnant, awful headache since lunch and my ankles and face puffed up all of a sudden",
            Urgent,
        ),
        (
            "embarazada de 34 semanas, me duele muchísimo la cabeza y veo chispitas",
            Urgent,
        ),
        (
            "grávida de 35 semanas, mãos e rosto inchados de repente e dor de cabeça forte",
            Urgent,
        ),
        (
            "incinta di 33 settimane, ho le mani gonfie e un forte mal di testa",
            Urgent,
        ),
        // A reading is not a count of tablets.
        (
            "34 weeks pregnant, checked my bp and it was 150/100, bad headache",
            Urgent,
        ),
        // With a fit, breathlessness or chest pain it is an emergency [NG133, HEARHER].
        (
            "35 weeks pregnant, terrible headache and now I can't breathe properly",
            Emergency,
        ),
        (
            "36 weeks pregnant, bad headache and she just had a fit",
            Emergency,
        ),
        // Severe belly pain in pregnancy stays an emergency (abruption) [MAT].
        ("30 weeks pregnant and severe constant pain in my belly", Emergency),
        // A headache like being hit on the head, out of nowhere, stays an emergency.
        (
            "pregnant 32 weeks, the worst headache of my life came on in seconds",
            Emergency,
        ),
    ]);
}

#[test]
fn a_faint_or_a_febrile_fit_with_full_recovery_is_a_same_day_look() {
    check(&[
        // A faint with full recovery [EPI, consensus].
        (
            "passed out at the bus stop this morning, came round in seconds, feel fine now",
            Urgent,
        ),
        ("me desmayé en el metro, me recuperé enseguida", Urgent),
        (
            "ich bin beim Blutabnehmen umgekippt, war sofort wieder da",
            Urgent,
        ),
        ("desmaiou na escola, voltou logo e ta bem agora", Urgent),
        // A febrile convulsion, over, with full recovery.
        (
            "my daughter had a fit with her temperature, a minute long, she's back to herself",
            Urgent,
        ),
        (
            "il piccolo ha avuto una convulsione con la febbre alta, adesso sta bene e gioca",
            Urgent,
        ),
        // Still an emergency: not recovered, a fit without fever, in pregnancy, on blood
        // thinners, with a head injury, or still fitting.
        (
            "she fainted and she is still not responding properly",
            Emergency,
        ),
        (
            "he had a fit out of the blue, no fever, he is back to normal now",
            Emergency,
        ),
        (
            "7 weeks pregnant, fainted in the kitchen, came round quickly",
            Emergency,
        ),
        (
            "on warfarin, blacked out in the garden and came round after a minute",
            Emergency,
        ),
        (
            "fell and banged his head, knocked out, came round after a minute",
            Emergency,
        ),
        ("baby fitting with a fever right now", Emergency),
        // A fit that is over with no recovery told is still an emergency.
        (
            "my son had a febrile convulsion, he is very sleepy",
            Emergency,
        ),
    ]);
}

#[test]
fn new_incontinence_in_an_older_person_is_urgent_and_with_back_pain_an_emergency() {
    check(&[
        (
            "ma grand-mère de 84 ans a des fuites urinaires depuis trois jours",
            Urgent,
        ),
        ("mein Opa (88) ist plötzlich inkontinent geworden", Urgent),
        ("mum is 81 and suddenly incontinent this week", Urgent),
        // With back pain or numbness below: cauda equina [CES].
        (
            "bad back pain since monday and now I'm incontinent",
            Emergency,
        ),
    ]);
}

#[test]
fn methotrexate_inr_and_a_tooth_closing_the_eye() {
    check(&[
        // Mouth ulcers, a sore throat or a fever on methotrexate [NG51 amber].
        ("I take methotrexate and my mouth is full of ulcers", Urgent),
        ("tomo metotrexato y tengo fiebre desde ayer", Urgent),
        ("on methotrexate, bad sore throat since the weekend", Urgent),
        // Methotrexate as a repeat request is routine.
        (
            "can I order my methotrexate repeat prescription please",
            Routine,
        ),
        // An INR of 5 or more without bleeding: a same-day call.
        ("my inr came back at 6.4 today, no bleeding", Urgent),
        ("INR 5,8 heute beim Hausarzt", Urgent),
        // In range is routine; with heavy bleeding the bleeding rules decide.
        ("inr was 2.6 this week, same dose?", Routine),
        (
            "inr 7 and my nose has been bleeding nonstop for an hour",
            Emergency,
        ),
        // A dental swelling closing the eye is spreading infection [SDCEP].
        (
            "abscess on my top tooth and now the swelling is closing my eye",
            Emergency,
        ),
        (
            "muela infectada y el ojo se me está cerrando de la hinchazón",
            Emergency,
        ),
    ]);
}

#[test]
fn belly_pain_all_over_and_blue_from_a_sweet() {
    check(&[
        // Pain from the lower right that is now all over and worse [APP].
        (
            "started as a pain low on the right side, now it's worse and all over",
            Emergency,
        ),
        // Lower right pain alone is a same-day look.
        ("pain lower right side of my tummy since last night", Urgent),
        // Blue from a sweet or a drink is not cyanosis.
        (
            "his tongue and lips are blue from a slushie, normal?",
            Routine,
        ),
        ("labios azules del polo de arándanos jaja", Routine),
        (
            "her lips went bright blue and I panicked. turns out she'd had a blue ice lolly",
            Routine,
        ),
        // Blue lips with no sweet named are.
        ("his lips are going blue and he is wheezing", Emergency),
    ]);
}

#[test]
fn someone_in_danger_now_is_an_emergency() {
    check(&[
        // At a high place or with the means, unable to go on or saying goodbye [MHF].
        (
            "standing on the roof of the car park, i cant do this anymore",
            Emergency,
        ),
        ("tengo una cuerda en el coche y ya no puedo más", Emergency),
        (
            "je suis sur le pont depuis une heure, merci pour tout",
            Emergency,
        ),
        ("mijn broer dreigt van het dak te springen", Emergency),
        (
            "sie sitzt im Auto in der Garage und der Motor läuft",
            Emergency,
        ),
        // Violence under way.
        (
            "my dad is hitting my mum right now and she's screaming",
            Emergency,
        ),
        (
            "he choked me last night and now my voice is hoarse and it hurts to swallow",
            Emergency,
        ),
        // Thoughts of death without a plan: a same-day talk [NG225].
        (
            "ultimamente penso che sarebbe meglio non esserci, ma non farei mai niente",
            Urgent,
        ),
        (
            "manchmal denke ich, es wäre egal, wenn ich nicht mehr da wäre. einen Plan habe ich nicht",
            Urgent,
        ),
        // Afraid of a partner, safe for now: a same-day talk.
        (
            "I'm scared to go home, he threatened me again, staying at a friend's tonight",
            Urgent,
        ),
        // Hard negatives: idioms, the past, thanks.
        (
            "if this queue gets any longer I'm going to jump out the window lol",
            Routine,
        ),
        (
            "thanks for everything, see you at the check-up next year",
            Routine,
        ),
        (
            "I had self-harm scars from when I was a teenager, can laser help them fade?",
            Routine,
        ),
        (
            "we bought a rope ladder for the kids, is the clinic open saturday?",
            Routine,
        ),
    ]);
}

#[test]
fn injuries_babies_and_medicines_from_the_batches() {
    check(&[
        // A blow to the head with a blackout, vomiting or blood from the ear [HI].
        (
            "took an elbow to the head at basketball, was out for a few seconds, fine now",
            Emergency,
        ),
        (
            "got kicked in the head at football and now hes being sick",
            Emergency,
        ),
        ("se cayó del balcón y le sale sangre del oído", Emergency),
        // A fall from a height with a head injury [MTS].
        (
            "fell off the roof about 3 m, hit my head, legs tingly",
            Emergency,
        ),
        // A permanent tooth knocked out, kept in milk: replant within the hour.
        (
            "my daughter's adult front tooth got knocked out at hockey, it's in milk",
            Emergency,
        ),
        // A bulging soft spot [NG143].
        (
            "my baby's soft spot looks like it's bulging and he won't settle",
            Emergency,
        ),
        // Breathing very slowly on an opioid.
        (
            "dad on morphine patches, very sleepy and breathing really slowly",
            Emergency,
        ),
        // Bleeding with signs of shock, or faint on blood thinners [BLEED].
        (
            "on rivaroxaban, nose bleeding for an hour and I feel faint",
            Emergency,
        ),
        (
            "tomo xarelto, heces negras desde ayer y me mareo al levantarme",
            Emergency,
        ),
        // A fit going on for more than five minutes is not a usual one [EPI].
        (
            "she has epilepsy but this seizure has gone on for more than 5 minutes",
            Emergency,
        ),
        // Something caustic swallowed with drooling.
        (
            "toddler bit a dishwasher pod, coughing and drooling",
            Emergency,
        ),
        // Hard negatives: the past, a question, a relative's history.
        (
            "my grandad had a stroke years ago, should I get my cholesterol checked?",
            Routine,
        ),
    ]);
}

#[test]
fn words_that_only_look_like_danger_stay_routine() {
    check(&[
        ("I'm dying to get my nails done, any slots friday?", Routine),
        (
            "se me está pelando la nariz del sol, ¿puedo ponerme crema?",
            Routine,
        ),
        (
            "mi madre tuvo preeclampsia, ¿me vais a controlar la tensión en el embarazo?",
            Routine,
        ),
        (
            "ketones 0.3 this morning, sugar 8.1, feeling fine, just logging it",
            Routine,
        ),
        // A ketone reading told a few words after the word still counts [DKA].
        (
            "tipo 1, vomitando, las cetonas en sangre me dan 3,9",
            Emergency,
        ),
    ]);
}
