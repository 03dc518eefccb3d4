//! Tests for session 15b (TRIAGE.md): mental-health risk told indirectly, each concept
//! in other words than blind batch 81, with hard negatives (the past, a negation,
//! someone else's question, idioms, a topic rather than a symptom).

use super::thumb_tests::check;
use super::*;

use Urgency::{Emergency, Routine, Urgent};

#[test]
fn intent_told_as_a_decision_or_a_time_is_an_emergency() {
    check(&[
        (
            "it's decided, tonight's the night. thanks for everything you did for me",
            Emergency,
        ),
        (
            "please cancel my review, I won't be around by next week. the tablets are in front of me",
            Emergency,
        ),
        ("ya está decidido, esta noche lo termino todo", Emergency),
        ("heute Abend ist es so weit, die Tabletten liegen vor mir", Emergency),
        (
            "he texted 'look after the kids for me, sorry for everything' and isn't answering",
            Emergency,
        ),
        ("elle a laissé un mot, son portable est éteint", Emergency),
        // Hard negatives: a decision about an appointment, a night out.
        ("I've decided to switch to the evening clinic, tonight works best", Routine),
        ("thanks for everything, see you at my next appointment!", Routine),
    ]);
}

#[test]
fn a_place_to_jump_from_told_as_where_they_are_is_an_emergency() {
    check(&[
        (
            "i'm on the roof of the car park, just wanted someone to know",
            Emergency,
        ),
        ("estoy en el puente, no sé por qué os escribo", Emergency),
        ("bin auf der Brücke. damit jemand es weiß", Emergency),
        // Hard negatives: a dental bridge, a roofer.
        (
            "my bridge came loose at the front, can I get it fixed",
            Routine,
        ),
        (
            "I fell off the roof last year, back is fine now, need a fit note copy",
            Routine,
        ),
    ]);
}

#[test]
fn the_means_with_someone_shut_in_or_a_threat_is_an_emergency() {
    check(&[
        (
            "my brother said he'd end it if she left him and now he's shut himself in the car with the engine running",
            Emergency,
        ),
        (
            "she says she'll kill herself if I don't answer, she sent a picture of her pills",
            Emergency,
        ),
        (
            "flatmate hasn't come out of her room since yesterday and there's a smell of gas",
            Emergency,
        ),
    ]);
}

#[test]
fn an_overdose_told_as_a_count_or_a_pack_is_an_emergency() {
    check(&[
        (
            "my son swallowed a handful of painkillers after school, says he's fine",
            Emergency,
        ),
        ("j'ai avalé une dizaine de cachets ce soir", Emergency),
        ("tomé toda la caja de pastillas hace una hora", Emergency),
        ("er hat zwei Packungen Tabletten geschluckt", Emergency),
        ("we gave my friend narcan, he's awake again", Emergency),
        (
            "my toddler got into grandma's pills, the packet is open and he's really sleepy",
            Emergency,
        ),
        // Hard negatives: a count of tablets left, a box of something else.
        (
            "I have 20 tablets left of my sertraline, need a repeat",
            Routine,
        ),
        (
            "took a box of chocolates to the nurses, thanks for everything",
            Routine,
        ),
    ]);
}

#[test]
fn psychosis_with_a_weapon_or_a_threat_is_an_emergency_and_alone_a_same_day_look() {
    check(&[
        (
            "my dad believes the neighbours are spying on him and he's gone outside with an axe",
            Emergency,
        ),
        (
            "mi hermano dice que la tele le manda mensajes y ha cogido un martillo",
            Emergency,
        ),
        (
            "o meu pai diz que as vozes mandam matar a minha mãe",
            Emergency,
        ),
        (
            "he's off his meds and says he'll set fire to the house, the children are inside",
            Emergency,
        ),
        // The urgent line: early psychosis with nobody in danger.
        (
            "my daughter is convinced her classmates can read her thoughts, she's calm but scared",
            Urgent,
        ),
        (
            "mon frère dit que la télé lui envoie des messages, il est calme",
            Urgent,
        ),
        (
            "mein Sohn glaubt, dass sein Handy gehackt wurde und Leute ihn ausspionieren",
            Urgent,
        ),
        // Hard negatives: a film, a psychosis long ago and stable.
        (
            "I had psychosis in 2018 and have been stable since, can I get my letter",
            Routine,
        ),
    ]);
}

#[test]
fn a_child_or_adult_in_danger_now_is_an_emergency_and_without_danger_now_urgent() {
    check(&[
        ("I can hear the man upstairs beating his son, he's screaming", Emergency),
        ("ahora mismo el padre está pegando al niño en el patio", Emergency),
        ("une enfant de 7 ans me dit que sa mère va la tuer ce soir", Emergency),
        (
            "my niece says her mum's boyfriend comes into her room at night, he is in the house right now",
            Emergency,
        ),
        (
            "the carer shoved grandad and now his arm looks broken and he can't move it",
            Emergency,
        ),
        // The urgent line: abuse told with no danger this minute.
        (
            "my gran's grandson takes her pension and she's frightened of him. she's fine today",
            Urgent,
        ),
        (
            "mon voisin âgé a des bleus inexpliqués et sursaute quand son fils entre",
            Urgent,
        ),
        // Hard negatives: a safeguarding course, a smacking question long ago.
        ("is there a safeguarding course for volunteers at the practice?", Routine),
    ]);
}

#[test]
fn the_urgent_line_self_harm_postnatal_fears_panic_and_eating_disorders() {
    check(&[
        // Superficial self-harm with no intent: a same-day talk [NG225].
        (
            "my son has been scratching his arms with a pin, only on the surface, he says he doesn't want to die",
            Urgent,
        ),
        ("mi hija se quema los brazos con un mechero, pequeñas quemaduras", Urgent),
        // Intrusive, feared thoughts after birth: a same-day talk, not an ambulance.
        (
            "my baby is 4 weeks old and I get horrible images of him drowning in the bath. I would never hurt him",
            Urgent,
        ),
        // Panic after a medicine change, restlessness after a dose rise.
        ("since they increased my venlafaxine I get panic attacks every day", Urgent),
        ("they upped my haloperidol and now I can't sit still, pacing all day", Urgent),
        // An eating disorder with dizziness or palpitations.
        ("I'm bulimic and keep getting dizzy when I stand, nearly passed out at work", Urgent),
        // Thoughts of death new on an antidepressant, without a plan.
        (
            "three weeks on mirtazapine and I've started googling how to die, I won't do anything",
            Urgent,
        ),
        // Hard negatives: a past panic attack, idioms with laughter, a question for a friend,
        // a documentary.
        ("had one panic attack at Christmas, fine since, just mentioning it", Routine),
        ("este examen me va a matar jajaja, puedo cambiar la cita?", Routine),
        ("if a friend tells me they feel suicidal what should I say?", Routine),
        ("we watched a documentary about suicide in class, any leaflets for teens?", Routine),
        ("não é nada de suicídio, só queria remarcar a consulta", Routine),
    ]);
}
