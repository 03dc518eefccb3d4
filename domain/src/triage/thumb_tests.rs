//! Tests for phone typing (session 11 in TRIAGE.md): shorthand, slash forms, messages
//! with no punctuation, and the concepts found by blind batches 46-47, each in other
//! words than the batches, with hard negatives.

use super::*;

use Department::Clinical;
use Urgency::{Emergency, Routine, Urgent};

/// The rules alone (the learned opinion has its own tests) must give each urgency
/// (shared with `s12_tests` and `context_tests`).
pub(super) fn check(cases: &[(&str, Urgency)]) {
    let triager = Triager::with_model(&TriageRules::default(), None);
    let failures: Vec<String> = cases
        .iter()
        .filter_map(|(text, urgency)| {
            let got = triager.assess(text);
            (got.urgency != *urgency).then(|| {
                format!(
                    "{text:?}: want {urgency:?}, got {:?} ({})",
                    got.urgency, got.reason
                )
            })
        })
        .collect();
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn thumb_shorthand_dates_and_negates() {
    check(&[
        // "yrs", "yr", "wk" written out, so the past cues see them.
        (
            "heart attack 6 yrs ago all good just need my statins",
            Routine,
        ),
        (
            "had a seizure 5 yrs ago none since can i have a filling",
            Routine,
        ),
        ("mini stroke last yr, need my repeat prescription", Routine),
        // "w/o" negates like "without"; "w/" is "with".
        ("sore throat w/o fever since monday", Routine),
        ("chest pain w/ sweating", Emergency),
        ("feverish w/ a stiff neck", Emergency),
    ]);
}

#[test]
fn a_word_for_now_ends_a_past_cue_in_unpunctuated_text() {
    check(&[
        // One clause, no punctuation: the drooping is now, the stroke then.
        (
            "she had a stroke 3 yrs ago now her face is drooping again",
            Emergency,
        ),
        ("in 2018 i had a clot now my calf is swollen n red", Urgent),
        // Without a word for now the past cue still dates what follows it.
        ("had a stroke 3 yrs ago she is fine", Routine),
        // "still" and "j'ai" are not words for now: these stay in the past.
        (
            "had pneumonia last year still a bit breathless on long hikes",
            Routine,
        ),
        (
            "il y a un mois j ai eu une douleur dans la poitrine, plus rien depuis",
            Routine,
        ),
    ]);
    let triager = Triager::with_model(&TriageRules::default(), None);
    assert_eq!(
        triager
            .assess("stroke 2 yrs ago now face drooping")
            .department,
        Clinical
    );
}

#[test]
fn concepts_from_batches_46_and_47() {
    check(&[
        // Chest pressure told as an image, in several languages [CG95].
        ("feels like somebody is standing on my chest", Emergency),
        (
            "j ai la poitrine serree comme dans un etau depuis une heure",
            Emergency,
        ),
        ("sento il petto schiacciato da stamattina", Emergency),
        // Ashen: grey and sweaty, a grey face [NG51]; grey hair is not.
        ("my husband is grey and sweating on the sofa", Emergency),
        ("mi abuelo tiene la cara gris y no habla bien", Emergency),
        (
            "my hair went grey early, can you recommend a dye for my brows",
            Routine,
        ),
        // Weakness spreading after botox (neck too weak to hold the head) [BoNT].
        (
            "a week after botox i cant hold my head up properly",
            Emergency,
        ),
        // Carbon monoxide: an alarm or a boiler with two symptoms [POIS].
        (
            "the co alarm keeps beeping and we all have headaches and feel dizzy",
            Emergency,
        ),
        (
            "le detecteur de monoxyde sonne, mal de tete et vertiges chez tout le monde",
            Emergency,
        ),
        (
            "co alarm battery is beeping can i still come in at 3",
            Routine,
        ),
        // Thoughts of dying or self-harm without a plan: the same day [NG225].
        (
            "my daughter keeps thinking about dying, she has no plan",
            Urgent,
        ),
        ("seit tagen hab ich gedanken mich zu verletzen", Urgent),
        // Bleeding that will not stop in Italian and Portuguese phone words [BLEED].
        ("il taglio sanguina senza fermarsi da un ora", Emergency),
        // Pain far worse than it looks after surgery, in Portuguese [NF].
        ("a dor e muito maior do que parece e tenho febre", Emergency),
        // Clear fluid from the nose after a blow to the head [NG232].
        (
            "bateu com a cabeca e sai um liquido transparente do nariz",
            Emergency,
        ),
        // Pus told by its colour [NG141].
        ("the wound is red and oozing yellow since yesterday", Urgent),
        ("la plaie est rouge et ca suinte jaune", Urgent),
        // After IVF stimulation: a swollen belly and very little urine [GTG5].
        (
            "dopo la fivet ho la pancia gonfia e faccio pochissima pipi",
            Emergency,
        ),
        // A stroke sign that passed yesterday is still an emergency; last week, same day.
        (
            "yesterday her arm went weak and her speech was slurred for ten minutes, fine now",
            Emergency,
        ),
        (
            "last week her arm went weak for ten minutes, fine now",
            Urgent,
        ),
        // New back pain after a cancer, however long ago: the same day [CES].
        (
            "new back pain for a week, I had breast cancer 3 years ago",
            Urgent,
        ),
        (
            "dolor de espalda nuevo, tuve un cancer de prostata hace dos anos",
            Urgent,
        ),
        (
            "seit 10 Tagen Rückenschmerzen, hatte vor Jahren Darmkrebs",
            Urgent,
        ),
        (
            "back pain after gardening yesterday, no other problems",
            Routine,
        ),
        (
            "had cancer 5 years ago, all clear, can I book a cleaning",
            Routine,
        ),
        // "Mi tía" is an aunt, not a TIA.
        ("mi tia quiere pedir cita para una limpieza", Routine),
        // History as a child, in the other languages.
        (
            "j ai fait une crise d epilepsie quand j etais petite, je peux faire le laser",
            Routine,
        ),
        (
            "ho avuto le convulsioni quando ero piccolo, posso fare la sedazione",
            Routine,
        ),
        // "Nachts" is a time, not a typo of "nichts".
        (
            "nach der Behandlung sehe ich nachts Lichthöfe, wird das besser?",
            Routine,
        ),
        // Ketones are not glucose: a DKA risk reading is urgent, not a severe hypo.
        ("typ 1, keton 1,8 mmol und mir ist etwas übel", Urgent),
    ]);
}

#[test]
fn typos_inside_critical_words_still_read_as_them() {
    check(&[
        ("my dad is unconcious on the floor", Emergency),
        ("my son is seizuring right now", Emergency),
        ("i think shes having a stroek", Emergency),
        ("mi padre esta inconciente", Emergency),
        // The real words next to them stay what they are.
        ("cooking dinner, can i book a cleaning for friday", Routine),
        ("mijn strippenkaart is vol, hoe betaal ik", Routine),
    ]);
}
