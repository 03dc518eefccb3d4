//! Table-driven tests for the triage pipeline; the labelled corpus lives in `domain/tests/`.
//!
//! Over 600 lines because it is the pipeline's one case table (message, level, department,
//! reason); the concept files keep their own tests beside them.

use super::*;

/// Checks the rules alone: the learned second opinion has its own tests below.
fn check(rules: &TriageRules, cases: &[(&str, Urgency, Department)]) {
    let triager = Triager::with_model(rules, None);
    let mut failures = Vec::new();
    for (text, urgency, department) in cases {
        let got = triager.assess(text);
        if (got.urgency, got.department) != (*urgency, *department) || got.reason.is_empty() {
            failures.push(format!(
                "{text:?}: want {urgency:?}/{department:?}, got {:?}/{:?} ({})",
                got.urgency, got.department, got.reason
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

use Department::{Appointments, Billing, Clinical, FrontDesk};
use Urgency::{Emergency, Routine, Urgent};

#[test]
fn triage_table() {
    check(
        &TriageRules::default(),
        &[
            ("I have chest pain", Emergency, Clinical),
            (
                "I'm bleeding still - should I be worried?",
                Urgent,
                Clinical,
            ),
            (
                "Can I book an appointment for Tuesday?",
                Routine,
                Appointments,
            ),
            ("Question about my invoice", Routine, Billing),
            ("Where do I park?", Routine, FrontDesk),
            ("", Routine, FrontDesk),
            ("🙂", Routine, FrontDesk),
        ],
    );
}

#[test]
fn typos_caps_and_short_messages() {
    check(
        &TriageRules::default(),
        &[
            ("cant breath", Emergency, Clinical),
            ("CANT BREATHE!!!", Emergency, Clinical),
            ("bleding", Urgent, Clinical),
            ("bleeding again", Urgent, Clinical),
            ("bleeeeding", Urgent, Clinical),
            ("brething is hard", Emergency, Clinical),
            ("no puedo respirr", Emergency, Clinical),
            ("🩸🩸 wont stop", Emergency, Clinical),
        ],
    );
}

#[test]
fn negation_resolution_and_questions_are_routine() {
    check(
        &TriageRules::default(),
        &[
            ("the bleeding stopped yesterday", Routine, Clinical),
            ("no pain at all", Routine, Clinical),
            ("what should I do if it bleeds?", Routine, Clinical),
            ("how much is a chest x-ray?", Routine, Billing),
            (
                "is chest pain a side effect of this drug?",
                Routine,
                Clinical,
            ),
            ("ya no sangra", Routine, Clinical),
            ("ça ne saigne plus", Routine, Clinical),
            ("es blutet nicht mehr", Routine, Clinical),
            ("no tengo fiebre", Routine, Clinical),
            ("Ich habe kein Fieber", Routine, Clinical),
        ],
    );
}

#[test]
fn negations_that_are_the_emergency_itself() {
    check(
        &TriageRules::default(),
        &[
            ("the bleeding won't stop", Emergency, Clinical),
            ("it hasn't stopped bleeding", Emergency, Clinical),
            ("il ne respire plus", Emergency, Clinical),
            ("er atmet nicht", Emergency, Clinical),
            ("no, it's still bleeding", Urgent, Clinical),
            ("no fever and bleeding a lot", Emergency, Clinical),
            ("no idea why I'm bleeding", Urgent, Clinical),
            ("the pain won't go away after surgery", Urgent, Clinical),
        ],
    );
}

#[test]
fn caregivers_and_long_messages() {
    check(
        &TriageRules::default(),
        &[
            ("my mother can't breathe", Emergency, Clinical),
            ("mi hijo no puede respirar", Emergency, Clinical),
            (
                "Hi, thanks for the appointment last week, the parking was easy. Since this \
                 morning my dad has slurred speech and his face droops. Also can you send the invoice?",
                Emergency,
                Clinical,
            ),
        ],
    );
}

#[test]
fn clinic_phrases_extend_and_trim_the_defaults() {
    let rules = TriageRules {
        emergency: vec!["code blue".into()],
        urgent: vec!["implant loose|wobbly".into()],
        ignore: vec!["bleeding gums treatment".into()],
        disabled: vec!["fever".into()],
        departments: DepartmentPhrases {
            billing: vec!["payment plan".into()],
            ..DepartmentPhrases::default()
        },
    };
    rules.validate().expect("valid rules");
    check(
        &rules,
        &[
            ("code blue here", Emergency, Clinical),
            ("no code blue, all fine", Routine, Clinical),
            ("my implant feels wobbly", Urgent, Clinical),
            ("do you offer bleeding gums treatment?", Routine, Clinical),
            ("I have a fever", Routine, Clinical),
            ("do you have a payment plan", Routine, Billing),
        ],
    );
    let bad = TriageRules {
        disabled: vec!["chest".into()],
        ..TriageRules::default()
    };
    assert!(bad.validate().is_err());
}

#[test]
fn assessment_carries_language_and_signals() {
    let got = assess(&TriageRules::default(), "Je n'arrive pas à respirer");
    assert_eq!(got.language, "fr");
    assert_eq!(got.urgency, Emergency);
    assert!(got.reason.contains("breathing"), "{}", got.reason);
    assert!(!got.signals.is_empty());
}

#[test]
fn rules_round_trip_through_toml_names() {
    let rules: TriageRules = serde_json::from_str(
        r#"{"emergency":["x"],"departments":{"front-desk":["wifi"]},"disabled":["fever"]}"#,
    )
    .expect("parses");
    assert_eq!(rules.departments.front_desk, ["wifi"]);
    let back: TriageRules =
        serde_json::from_str(&serde_json::to_string(&rules).expect("serialises")).expect("parses");
    assert_eq!(back, rules);
    assert!(serde_json::from_str::<TriageRules>(r#"{"emergency_phrasez":[]}"#).is_err());
}

#[test]
fn every_signal_id_is_unique() {
    let ids: Vec<&str> = TriageRules::signal_ids().collect();
    let mut sorted = ids.clone();
    sorted.sort_unstable();
    sorted.dedup();
    assert_eq!(sorted.len(), ids.len());
}

#[test]
fn a_compiled_triager_agrees_with_one_off_calls() {
    let rules = TriageRules {
        urgent: vec!["implant loose".into()],
        ..TriageRules::default()
    };
    let triager = Triager::new(&rules);
    for text in [
        "my implant is loose",
        "cant breathe",
        "how much is a cleaning?",
        "",
    ] {
        assert_eq!(triager.assess(text), assess(&rules, text), "{text}");
        assert_eq!(triager.triage(text), triage(&rules, text), "{text}");
    }
}

#[test]
fn context_rules_scope_each_finding() {
    check(
        &TriageRules::default(),
        &[
            // Negation.
            (
                "no fever and no stiff neck, just a question about my bill",
                Routine,
                Billing,
            ),
            // History: a year or "years ago" in the clause.
            (
                "had a heart attack in 2019, all fine now",
                Routine,
                Clinical,
            ),
            // Other experiencer: a relative's history is not the patient's.
            (
                "my dad had a stroke, should I get checked?",
                Routine,
                Clinical,
            ),
            // ...but a current report about a relative stays current.
            (
                "my dad's face is drooping on one side right now",
                Emergency,
                Clinical,
            ),
            // Hypothetical.
            (
                "what should I do if my lips go white after filler?",
                Routine,
                Clinical,
            ),
            // Resolved days ago: a same-day look, not an ambulance.
            (
                "3 days ago my speech went funny for 5 mins, been fine since",
                Urgent,
                Clinical,
            ),
            // Resolved this morning: still an emergency (a fading FAST sign).
            (
                "this morning his face drooped, it went after 10 minutes",
                Emergency,
                Clinical,
            ),
            // Idioms are not symptoms.
            ("knocked out by my bill", Routine, Billing),
            ("overdosed on chocolate lol", Routine, Clinical),
        ],
    );
}

#[test]
fn combinations_and_readings() {
    check(
        &TriageRules::default(),
        &[
            ("fever and a stiff neck, light hurts", Emergency, Clinical),
            (
                "my 6 week old has a temperature of 38.2",
                Emergency,
                Clinical,
            ),
            (
                "hes diabetic, sweaty and shaky, meter says 2.1",
                Emergency,
                Clinical,
            ),
            ("took extra oxycodone", Emergency, Clinical),
            (
                "son ate peanuts and his voice is croaky",
                Emergency,
                Clinical,
            ),
            (
                "after filler yesterday the skin on my lip is white and blue",
                Emergency,
                Clinical,
            ),
            (
                "my 14 year old has sudden pain in his testicle",
                Emergency,
                Clinical,
            ),
            (
                "34 weeks pregnant bad headache and seeing spots",
                Urgent,
                Clinical,
            ),
            ("sats 89% and breathless", Emergency, Clinical),
            // A symptom the rules cannot place gets a person soon, never routine.
            ("feeling really dizzy since this morning", Urgent, Clinical),
        ],
    );
}

#[test]
fn output_names_the_presentation_and_source() {
    let got = assess(&TriageRules::default(), "fever with a stiff neck");
    assert_eq!(got.presentation, Some("fever (adult, sepsis)"));
    assert!(got.discriminator.is_some_and(|d| d.contains("stiff neck")));
    assert_eq!(got.source, Some("NG51, NG240"));
    assert!(got.reason.contains("[NG51, NG240]"), "{}", got.reason);
}

#[test]
fn the_learned_opinion_only_raises() {
    let rules = TriageRules::default();
    let alone = Triager::with_model(&rules, None);
    let with = Triager::new(&rules);
    assert!(model::Model::built_in().is_some(), "model.bin is trained");
    let corpus = [
        include_str!("../../tests/corpus/00-seed.tsv"),
        include_str!("../../tests/corpus/12-buried-and-negatives.tsv"),
    ];
    let mut raised = 0;
    for line in corpus
        .iter()
        .flat_map(|c| c.lines())
        .filter(|l| !l.starts_with('#'))
    {
        let Some(text) = line.splitn(4, '\t').nth(3) else {
            continue;
        };
        let (rules_only, both) = (alone.assess(text), with.assess(text));
        assert!(both.urgency >= rules_only.urgency, "{text}: lowered");
        if both.urgency > rules_only.urgency {
            raised += 1;
            assert!(
                both.reason.contains("learned second opinion"),
                "{}",
                both.reason
            );
            assert_eq!(both.department, Department::Clinical);
        }
    }
    assert!(raised > 0, "the model raised nothing");
}

#[test]
fn the_learned_opinion_respects_context_the_rules_scoped_out() {
    // Every symptom here is negated or a relative's history: the rules' reading stands.
    for text in [
        "no chest pain, no breathing trouble, just a question about my bill",
        "my dad had a stroke and a heart attack years ago, can I book a check up?",
    ] {
        let got = Triager::new(&TriageRules::default()).assess(text);
        assert_eq!(got.urgency, Routine, "{text}: {}", got.reason);
    }
}

#[test]
fn the_learned_opinion_stays_silent_on_text_with_nothing_clinical() {
    let triager = Triager::new(&TriageRules::default());
    for text in [
        "message 1",
        "message 3",
        "question",
        "this is a test message",
        "test 123",
    ] {
        let got = triager.assess(text);
        assert_eq!(got.urgency, Routine, "{text}: {}", got.reason);
    }
}

#[test]
fn the_urgent_to_emergency_lift_needs_a_current_finding() {
    // Held out, lifting urgent to emergency was wrong more often than right (TRIAGE.md,
    // "Lifting urgent to emergency"), so it ships switched off.
    assert_eq!(LEARNED_LIFT, None);
    let shipped = Triager::new(&TriageRules::default());
    let text = "severe pain and swelling since yesterday";
    let got = shipped.assess(text);
    assert_eq!(got.urgency, Urgent, "{text}: {}", got.reason);
    // Even at the bars measured from 0.95 up it is not sent to the ambulance (the model
    // trained on 00-78 gives it 81%, so at the lowest bar measured, 0.80, it would be).
    let measured = shipped.clone().with_lift(Some(0.95));
    let got = measured.assess(text);
    assert_eq!(got.urgency, Urgent, "{text}: {}", got.reason);

    // With the bar at zero the guard alone decides: an urgent finding the patient
    // reports now may be lifted, and the reason says whose opinion it was.
    let any = shipped.clone().with_lift(Some(0.0));
    let got = any.assess("my wound is red and hot and oozing pus since this morning");
    assert_eq!(got.urgency, Emergency, "{}", got.reason);
    assert!(
        got.reason
            .starts_with("emergency: urgent by the rules; emergency by learned opinion ("),
        "{}",
        got.reason
    );
    assert!(
        got.reason.contains("% like its labelled emergencies)"),
        "{}",
        got.reason
    );
    // Nothing clinical, a bare call for help: urgent by the rules, never lifted.
    for text in ["help", "please help me", "socorro"] {
        let rules = Triager::with_model(&TriageRules::default(), None).assess(text);
        assert_eq!(rules.urgency, Urgent, "{text}: {}", rules.reason);
        let got = any.assess(text);
        assert_eq!(got.urgency, Urgent, "{text}: {}", got.reason);
    }
    // Negated, past or someone else's findings are not lifted from routine either.
    for text in [
        "no chest pain, no breathing trouble, just a question about my bill",
        "my dad had a stroke years ago, can I book a check up?",
    ] {
        let got = any.assess(text);
        assert_eq!(got.urgency, Routine, "{text}: {}", got.reason);
    }
}

#[test]
fn concepts_added_from_held_out_misses() {
    // Written for this test, not copied from the corpus: each line names a concept
    // through other words than the batch that revealed the gap.
    check(
        &TriageRules::default(),
        &[
            // A child and something that is not food.
            ("my toddler chewed a button battery", Emergency, Clinical),
            ("mi hijo de 3 anos se tomo las pastillas de la abuela", Emergency, Clinical),
            ("ons kindje heeft aan de vaatwastabletten gezeten", Emergency, Clinical),
            // Circulation and the skull base.
            ("his hand is cold and white and I can't find a pulse at the wrist", Emergency, Clinical),
            ("watery fluid dripping from her ear since the fall", Emergency, Clinical),
            // Swelling after IVF with little urine; torsion during stimulation.
            ("egg collection friday, tummy swollen and I have barely peed today", Emergency, Clinical),
            // Fruity breath in a diabetic.
            ("he is type 1, his breath smells of nail polish and he is very drowsy", Emergency, Clinical),
            // Eye injuries.
            ("was grinding metal and a chip went into my eye", Emergency, Clinical),
            // Anaphylaxis told as hives plus a changed breath.
            ("after the new tablet I came out in hives and now I feel faint and dizzy", Emergency, Clinical),
            // Necrotising pain.
            ("the pain in my leg is way worse than it looks and the redness is spreading with a fever", Emergency, Clinical),
            // Burns on a child.
            ("my daughter pulled the kettle and has boiling water burns on her chest", Emergency, Clinical),
            // "Is it normal" does not hide a danger sign.
            ("is it normal that I can't breathe lying down since the egg collection?", Emergency, Clinical),
            // An old event, seen by a clinician since, with nothing going on now.
            ("he banged his head 3 weeks ago, the GP checked him and all fine, we need a school letter", Routine, Clinical),
            // Idioms and compound words stay routine.
            ("this invoice is giving me a heart attack, can I pay in two parts?", Routine, Billing),
            ("had my yellow fever jab on monday, all good, just need the certificate", Routine, Clinical),
            ("mijn bloeddruk was 130/85 bij de apotheek, prima toch?", Routine, Clinical),
        ],
    );
}

#[test]
fn the_learned_department_routes_only_what_named_no_department() {
    let triager = Triager::new(&TriageRules::default());
    let rules = Triager::with_model(&TriageRules::default(), None);
    // No topic word the rules know, but plainly the appointments desk's.
    let text = "vorrei spostare la seduta di fisioterapia da mercoledi a venerdi";
    let alone = rules.assess(text);
    assert_eq!(alone.department, Department::FrontDesk, "{}", alone.reason);
    let got = triager.assess(text);
    assert_eq!(got.department, Department::Appointments, "{}", got.reason);
    assert!(got.reason.contains("learned opinion"), "{}", got.reason);
    assert_eq!(
        got.urgency, alone.urgency,
        "the department opinion never changes urgency"
    );
    // A department the rules named stays theirs, and small talk stays at the desk.
    for (text, department) in [
        ("Question about my invoice", Department::Billing),
        ("thanks!", Department::FrontDesk),
    ] {
        let got = triager.assess(text);
        assert_eq!(got.department, department, "{text}: {}", got.reason);
    }
}

/// In a pattern, `a|b c` is (a or b) then c: a multi-word alternative written inside a
/// `|` list ("pied qui tombe|pied tombant") silently needs every word. The shape shows
/// as one word both inside an alternative list and elsewhere in the same pattern.
#[test]
fn no_pattern_hides_a_multi_word_alternative() {
    let mut broken = Vec::new();
    for (signal, joined) in LEXICON
        .iter()
        .chain(FINDINGS)
        .chain(LAY_FINDINGS)
        .chain(THUMB_FINDINGS)
        .chain(S12_FINDINGS)
        .chain(S13_FINDINGS)
        .chain(S13B_FINDINGS)
        .chain(S14_MENTAL_HEALTH)
        .chain(S14_FINDINGS)
        .chain(S14B_FINDINGS)
        .chain(URGENT_FINDINGS)
        .chain(LEARNED_ENGLISH_FINDINGS)
        .chain(OLDER_TYPING_FINDINGS)
        .chain(PLAIN_FINDINGS)
    {
        for pattern in super::patterns(joined) {
            let words: Vec<Vec<&str>> = pattern
                .trim_start_matches('!')
                .split_whitespace()
                .map(|word| word.trim_start_matches(['~', '!']).split('|').collect())
                .collect();
            let repeated = words.iter().enumerate().any(|(i, a)| {
                words.iter().enumerate().any(|(j, b)| {
                    i != j && (a.len() > 1 || b.len() > 1) && a.iter().any(|w| b.contains(w))
                })
            });
            if repeated {
                broken.push(format!("{signal:?}: {pattern}"));
            }
        }
    }
    assert!(broken.is_empty(), "split these:\n{}", broken.join("\n"));
}

#[test]
fn alternatives_that_were_multi_word_now_match() {
    check(
        &TriageRules::default(),
        &[
            ("mon pied tombant depuis ce matin", Urgent, Clinical),
            ("his left arm has gone limp", Emergency, Clinical),
            (
                "de repente un dolor de cabeza tremendo",
                Emergency,
                Clinical,
            ),
            ("gave him his epi pen ten minutes ago", Emergency, Clinical),
            ("my whole leg is burnt from the pan", Emergency, Clinical),
            // Hard negatives stay routine.
            (
                "had a sudden headache in 2015, can I get my notes?",
                Routine,
                Clinical,
            ),
            (
                "no se me paso la factura, me la reenvian?",
                Routine,
                Billing,
            ),
        ],
    );
}

#[test]
fn concepts_from_batches_24_to_32() {
    // Written for this test in other words than the batches that revealed the gaps:
    // each line is one published red flag in lay words.
    check(
        &TriageRules::default(),
        &[
            // Compartment syndrome in a cast [BOAST], two languages.
            ("cast on since monday, toes gone blue and swollen", Emergency, Clinical),
            ("el yeso me aprieta y tengo los dedos morados e hinchados", Emergency, Clinical),
            // Spurting blood [BLEED].
            ("the cut on his hand is spurting blood", Emergency, Clinical),
            ("il sangue zampilla dal dito", Emergency, Clinical),
            // A fit still going; hard to wake [EPI, NG143].
            ("his fit is still going, it's been 6 minutes", Emergency, Clinical),
            ("grandad is really hard to wake this morning", Emergency, Clinical),
            // Belly pain spreading all over and worse [APP].
            ("tummy ache since last night, now it's all over my belly and much worse", Emergency, Clinical),
            // Purple spots with fever [NG240].
            ("she has a temperature and purple spots on her legs", Emergency, Clinical),
            // Poisons eaten or breathed [POIS].
            ("we all have headaches and feel dizzy since the gas heater was on", Emergency, Clinical),
            ("ate wild mushrooms from the park and now throwing up", Emergency, Clinical),
            // A temperature quoted for a baby under 3 months [NG143].
            ("mijn baby van 5 weken heeft 38,4", Emergency, Clinical),
            // Clots after birth with a racing heart [CG37].
            ("gave birth on sunday, passing huge clots and my heart is racing", Emergency, Clinical),
            // Cauda equina and retention in German lay words [CES, AUR].
            ("seit heute ist der Po taub und ich kann den Urin nicht halten", Emergency, Clinical),
            ("mein Vater kann seit gestern kein Wasser lassen", Emergency, Clinical),
            // Electric shock with a racing heart.
            ("got an electric shock from the socket and my heart is racing", Emergency, Clinical),
            // Ectopic named by a positive test; torsion during IVF [NG126, GTG5].
            ("pos test last week, now sharp shoulder tip pain and dizzy", Emergency, Clinical),
            ("egg collection yesterday, sudden pain on the left and vomiting", Emergency, Clinical),
            // A fall on blood thinners with the head named [HI].
            ("dad on apixaban, fell down the stairs, head", Emergency, Clinical),
            // Thunderclap headache, vision gone, pills at once, Ludwig's angina, anaphylaxis.
            ("dor de cabeça súbita, como uma pancada na nuca", Emergency, Clinical),
            ("sinds vanochtend kan ik niks meer zien met mijn linkeroog", Emergency, Clinical),
            ("hij heeft al zijn slaappillen genomen", Emergency, Clinical),
            ("na de extractie duwt mijn tong omhoog en ik kan niet slikken", Emergency, Clinical),
            ("na de eerste tablet zwellen mijn lippen en mijn stem is hees", Emergency, Clinical),
            // Pain out of proportion with fever [NF]; a bone through the skin [BOAST].
            ("the wound only looks a bit red but the pain is unbearable and I have a fever", Emergency, Clinical),
            ("caiu e o osso está a sair pela pele", Emergency, Clinical),
            // Same-day: a temple headache on chewing (GCA), hives all over, a typical fit
            // that is over, a bare call for help.
            ("72 and new pain in my temple, hurts when chewing", Urgent, Clinical),
            ("itchy rash all over since lunch", Urgent, Clinical),
            ("my son with epilepsy had one of his usual seizures, it stopped after a minute and he is fine now", Urgent, Clinical),
            ("socorro", Urgent, Clinical),
        ],
    );
}

#[test]
fn hard_negatives_for_the_batch_24_to_32_concepts() {
    let triager = Triager::with_model(&TriageRules::default(), None);
    for text in [
        "do you have a leaflet about carbon monoxide alarms?",
        "my cast is itchy, can I use a knitting needle under it?",
        "¿qué hago si rompo aguas de noche?",
        "mon fils dit qu'il va mourir d'ennui pendant les vacances",
        "my eyebrow sits lower than the right after botox, can it be fixed at the review?",
        "want to stop smoking help",
        "help with my invoice please",
        "had a burst appendix as a kid, all fine since",
        "are purple spots a sign of meningitis? just reading about it",
    ] {
        let got = triager.assess(text);
        assert_eq!(got.urgency, Routine, "{text}: {}", got.reason);
    }
}

#[test]
fn history_and_idioms_in_every_language_stay_routine() {
    let triager = Triager::with_model(&TriageRules::default(), None);
    for text in [
        // History told in French, Italian, Portuguese and Dutch.
        "l'an dernier j'ai fait un malaise pendant une prise de sang, je peux être allongée ?",
        "due anni fa ho avuto una crisi epilettica, posso fare l'anestesia?",
        "tive um enfarte há 3 anos, posso fazer o branqueamento?",
        "vorig jaar had ik een hartinfarct, moet ik iets melden voor de behandeling?",
        "tuve convulsiones de pequeño, ¿importa para la anestesia?",
        // A relative's history with the verb at the end.
        "mijn oma is aan een beroerte overleden, kunnen jullie mijn bloeddruk meten?",
        // Idioms.
        "je meurs d'envie de savoir si mes résultats sont arrivés",
        "muoio dalla curiosità, è arrivato l'esito?",
        "quase tive um ataque cardíaco com o orçamento, vocês parcelam?",
        "thanks for fitting me in today, the nurse was lovely",
        "ik heb mijn groene jas in de wachtkamer laten liggen",
        "ich habe meine grüne Regenjacke im Wartezimmer vergessen",
        "un bleu sur la lèvre après l'injection, déjà presque parti",
    ] {
        let got = triager.assess(text);
        assert_eq!(got.urgency, Routine, "{text}: {}", got.reason);
    }
    // ...while a time within the day in the same clause keeps a report current.
    check(
        &TriageRules::default(),
        &[
            (
                "mein Vater, zucker seit jahren, hat seit heute mittag ein sodbrennen das nicht weggeht, er ist grau und schwitzt",
                Emergency,
                Clinical,
            ),
            (
                "mio figlio di 3 anni 5 minuti fa ha bevuto il detersivo per lavastoviglie",
                Emergency,
                Clinical,
            ),
        ],
    );
}

#[test]
fn concepts_from_batches_33_and_34() {
    check(
        &TriageRules::default(),
        &[
            // A long lie; a fit told as shaking on the floor [EPI].
            (
                "mum has been on the floor since last night and can't get up",
                Emergency,
                Clinical,
            ),
            (
                "my neighbour is shaking on the floor and it won't stop",
                Emergency,
                Clinical,
            ),
            // A simile describes the loss of vision; a meter below its range.
            (
                "this morning it was as if a blind came down over my right eye",
                Emergency,
                Clinical,
            ),
            (
                "he is type 1, meter reads LO and he is not making sense",
                Emergency,
                Clinical,
            ),
            // Belly pain everywhere and worse [APP]; an SGLT2 inhibitor with vomiting [DKA].
            (
                "my belly hurts everywhere and it's much worse than this morning",
                Emergency,
                Clinical,
            ),
            (
                "ik gebruik jardiance en moet steeds overgeven, heb buikpijn",
                Emergency,
                Clinical,
            ),
            // A curtain over the vision is the eye unit today, not an ambulance [EYE].
            (
                "since yesterday a curtain coming down over my left eye",
                Urgent,
                Clinical,
            ),
        ],
    );
}

#[test]
fn same_day_concepts_from_batches_28_to_34() {
    check(
        &TriageRules::default(),
        &[
            // Hot, red swelling; an animal bite [NG141, MTS].
            (
                "my knee is hot and swollen since this morning, no injury",
                Urgent,
                Clinical,
            ),
            ("our dog bit my son's hand, it's red now", Urgent, Clinical),
            // Worsening after eye surgery [EYE]; a kidney infection [PYELO].
            (
                "had my cataract done monday and the eye is getting more painful",
                Urgent,
                Clinical,
            ),
            (
                "burning when I wee and now shivering with back pain",
                Urgent,
                Clinical,
            ),
            // A high temperature at 3-6 months [NG143 amber].
            ("unser Baby ist 4 Monate alt und hat 39,3", Urgent, Clinical),
            // Thoughts of not being alive without a plan [NG225]; fewer kicks [GTG57].
            (
                "lately I keep thinking I'd be better off not wanting to be around, no plan",
                Urgent,
                Clinical,
            ),
            ("32 semanas, bebe mexendo pouco hoje", Urgent, Clinical),
            // Swelling after cosmetic surgery; a typical fit that is over.
            (
                "boob job on friday and one side is swollen and tight",
                Urgent,
                Clinical,
            ),
            (
                "mi hijo epileptico tuvo una crisis hoy, ya bien",
                Urgent,
                Clinical,
            ),
        ],
    );
    let triager = Triager::with_model(&TriageRules::default(), None);
    for text in [
        "3 weeks after lasik I see halos round lights at night, the surgeon said to expect it",
        "les chevilles un peu gonflées quand il fait chaud, comme chaque été",
        "my cheek was swollen after the filling last month, all gone now",
    ] {
        let got = triager.assess(text);
        assert_eq!(got.urgency, Routine, "{text}: {}", got.reason);
    }
}

#[test]
fn emergencies_the_rules_alone_missed_in_batches_28_to_34() {
    check(
        &TriageRules::default(),
        &[
            // Caustic chemicals in the eye or on the skin [EYE, MTS].
            (
                "was spreading garden lime and some blew into my eye",
                Emergency,
                Clinical,
            ),
            (
                "drain cleaner splashed on my hand and the skin is going white",
                Emergency,
                Clinical,
            ),
            // Tablets told in words; an overdose stays one when the person feels fine [POIS].
            (
                "she swallowed twenty paracetamol an hour ago but says she feels ok now",
                Emergency,
                Clinical,
            ),
            (
                "mi hija de 2 años ha chupado una pila de botón",
                Emergency,
                Clinical,
            ),
            // Chest pain told with words between; goodbye notes; postpartum psychosis.
            (
                "pain right in the middle of my chest spreading to my jaw",
                Emergency,
                Clinical,
            ),
            (
                "my brother left a goodbye note and isn't answering",
                Emergency,
                Clinical,
            ),
            (
                "gave birth last week and now she says the tv is talking to her",
                Emergency,
                Clinical,
            ),
            // Sudden severe belly pain with sweating; no pulse in Italian.
            (
                "all of a sudden terrible pain in his belly and back, he's sweating and grey",
                Emergency,
                Clinical,
            ),
            (
                "il piede è freddo e non si sente il polso",
                Emergency,
                Clinical,
            ),
        ],
    );
    let triager = Triager::with_model(&TriageRules::default(), None);
    for text in [
        "Comment puis-je régler la facture? merci",
        "my son swallowed gum, is that ok?",
        "my eyes go a bit blurry at the computer, can I book an eye test?",
    ] {
        let got = triager.assess(text);
        assert_eq!(got.urgency, Routine, "{text}: {}", got.reason);
    }
}

#[test]
fn concepts_from_batches_35_to_37() {
    check(
        &TriageRules::default(),
        &[
            // Italian "si" is a pronoun, never "if": the throat closing is current [RCUK].
            (
                "dopo la puntura mi si gonfiano le labbra e la gola si chiude",
                Emergency,
                Clinical,
            ),
            (
                "non so cosa succede ma la lingua si gonfia e le labbra pure",
                Emergency,
                Clinical,
            ),
            // Italian "se" still opens a supposition; Spanish "si" still does.
            (
                "se dovesse chiudersi la gola dopo l'anestesia cosa faccio?",
                Routine,
                Clinical,
            ),
            (
                "si se me hinchan los labios despues del relleno que hago?",
                Routine,
                Clinical,
            ),
        ],
    );
}

#[test]
fn cauda_equina_retention_and_ovarian_hyperstimulation_in_lay_words() {
    check(
        &TriageRules::default(),
        &[
            // Numb when wiping with incontinence is cauda equina [CES]; a pattern had
            // demanded "paper" after any of "wipe|wiping|toilet".
            (
                "sciatica flared and I cannot feel it when wiping, and I leaked urine this morning",
                Emergency,
                Clinical,
            ),
            (
                "Ruckenschmerzen und seit heute zwischen den Beinen gefuhllos, Blase geht einfach so ab",
                Emergency,
                Clinical,
            ),
            // Retention in German and Dutch phone words [AUR].
            ("seit dem Mittag kann ich kaum Wasser lassen und der Unterbauch druckt", Emergency, Clinical),
            ("hij kan al de hele dag nie plassen en heeft pijn", Emergency, Clinical),
            // After egg collection: the belly swelling and little urine [GTG5].
            ("trois jours apres la ponction, le ventre gonfle et j'urine tres peu", Emergency, Clinical),
            ("depois da puncao a barriga inchou e quase nao faco xixi", Emergency, Clinical),
            // Hard negatives: peeing fine, numbness elsewhere, a question about the test.
            ("do I need to pee before the scan or not? booked for friday", Routine, Appointments),
            // A booking asked for a mild symptom goes to appointments since Dutch has its own
            // appointment words (session 22e; batch 119 labels it so).
            ("ik moet vaak plassen de laatste tijd, geen pijn, kan ik een afspraak maken", Routine, Appointments),
        ],
    );
}

#[test]
fn long_fits_knocks_to_the_head_and_a_strip_of_tablets() {
    check(
        &TriageRules::default(),
        &[
            // Five minutes or more is status epilepticus, even in known epilepsy [EPI].
            (
                "my daughter has never had one and this fit has gone on for 6 minutes",
                Emergency,
                Clinical,
            ),
            (
                "her seizure has lasted over 5 minutes now",
                Emergency,
                Clinical,
            ),
            // A knock to the head with any loss of consciousness [NG232].
            (
                "knocked her head on the swing and was out cold for a few seconds",
                Emergency,
                Clinical,
            ),
            (
                "took a blow to the head at rugby and blacked out for a second",
                Emergency,
                Clinical,
            ),
            // A whole strip of tablets in German [POIS].
            (
                "ich habe absichtlich einen ganzen Streifen Paracetamol geschluckt",
                Emergency,
                Clinical,
            ),
            // Hard negatives: a short typical fit that is over, a knock with nothing else,
            // a strip of tablets bought.
            (
                "his usual fit this morning lasted 1 minute and he is back to himself",
                Urgent,
                Clinical,
            ),
            (
                "small knock to the head on the cupboard door, no blackout, just a bump",
                Urgent,
                Clinical,
            ),
            (
                "kann ich einen Streifen Ibuprofen in der Apotheke ohne Rezept kaufen?",
                Routine,
                Clinical,
            ),
        ],
    );
}

#[test]
fn a_fit_longer_than_the_usual_ones_in_known_epilepsy() {
    check(
        &TriageRules::default(),
        &[
            // Longer than the person's usual fits, or five minutes or more, is not a
            // typical fit even in known epilepsy [EPI].
            (
                "My daughter has epilepsy, her fit today is going on much longer than normal",
                Emergency,
                Clinical,
            ),
            (
                "Meine Frau hat Epilepsie, der Anfall heute ist viel länger als sonst",
                Emergency,
                Clinical,
            ),
            (
                "mi hijo es epiléptico y la crisis de hoy es mucho más larga que las habituales",
                Emergency,
                Clinical,
            ),
            (
                "il a une épilepsie, sa crise dure 6 minutes, plus longue que d'habitude",
                Emergency,
                Clinical,
            ),
            (
                "mijn zoon heeft een epileptische aanval, die duurt veel langer dan normaal",
                Emergency,
                Clinical,
            ),
            // Hard negatives: a usual fit that is over, a long fit years ago.
            (
                "He has epilepsy and had one of his usual fits this morning, he is sleepy now",
                Urgent,
                Clinical,
            ),
            (
                "two years ago his seizures lasted longer than usual and the dose was changed, can we book his epilepsy review",
                Routine,
                Clinical,
            ),
        ],
    );
}

#[test]
fn a_head_injury_with_a_blackout_that_seems_fine_now() {
    check(
        &TriageRules::default(),
        &[
            // Any loss of consciousness with a head injury, even when recovered [NG232].
            (
                "my daughter banged her head on the pool edge and was knocked out briefly, she seems alright now",
                Emergency,
                Clinical,
            ),
            (
                "mi padre se cayó, se golpeó la cabeza y perdió el conocimiento unos segundos, ahora parece que está bien",
                Emergency,
                Clinical,
            ),
            (
                "er ist gestürzt, hat sich den Kopf angeschlagen und war kurz bewusstlos, jetzt geht es ihm wieder gut",
                Emergency,
                Clinical,
            ),
            // Hard negatives: no blackout, and a blackout with a head injury years ago.
            (
                "my son bumped his head at football today, he did not black out, he has a small bump",
                Urgent,
                Clinical,
            ),
            (
                "years ago I hit my head and was knocked out, can I book a routine check-up",
                Routine,
                Appointments,
            ),
        ],
    );
}

#[test]
fn shoulder_tip_pain_after_a_positive_pregnancy_test() {
    check(
        &TriageRules::default(),
        &[
            // Shoulder-tip pain or faintness in early pregnancy is an ectopic until shown
            // otherwise [NG126], however the positive test is told.
            (
                "der Test war am Sonntag positiv und jetzt tut mir die Schulterspitze weh",
                Emergency,
                Clinical,
            ),
            (
                "mi test salió positivo la semana pasada y ahora me duele la punta del hombro",
                Emergency,
                Clinical,
            ),
            (
                "fiz o teste ontem, teste positivo, e estou com dor na ponta do ombro direito",
                Emergency,
                Clinical,
            ),
            (
                "mijn zwangerschapstest was positief en nu heb ik pijn in mijn schouderpunt",
                Emergency,
                Clinical,
            ),
            // Hard negatives: a shoulder ache with no pregnancy, and a negative test.
            (
                "my shoulder has ached since I moved house, can I book physio",
                Routine,
                Appointments,
            ),
            (
                "pregnancy test was negative, just booking my smear test",
                Routine,
                Appointments,
            ),
        ],
    );
}

#[test]
fn breathless_after_surgery_and_new_confusion_in_lay_words() {
    check(
        &TriageRules::default(),
        &[
            // Sudden breathlessness after an operation is a pulmonary embolism until shown
            // otherwise [NG158]: "sem ar" and "falta de ar" in Portuguese.
            (
                "operei a anca há uma semana e de repente fiquei sem ar ao subir a escada",
                Emergency,
                Clinical,
            ),
            (
                "depois da cirurgia estou com muita falta de ar desde hoje",
                Emergency,
                Clinical,
            ),
            // New confusion told as a carer sees it [NG51, MTS].
            (
                "mon père pose sans cesse les mêmes questions depuis ce midi et ne sait plus quel jour on est",
                Emergency,
                Clinical,
            ),
            (
                "mi abuela repite las mismas preguntas desde esta tarde y no sabe qué día es",
                Emergency,
                Clinical,
            ),
            (
                "Oma stellt seit heute Mittag immer wieder die gleichen Fragen",
                Emergency,
                Clinical,
            ),
            // Hard negatives: breathless in the past, and the day asked in a booking.
            (
                "a falta de ar que tive depois da cirurgia há dois anos passou, queria marcar consulta de rotina",
                Routine,
                Appointments,
            ),
            // Paying in instalments is the billing team's (Portuguese money words, session 22e).
            (
                "fiquei sem ar quando vi o orçamento das facetas, dá para parcelar?",
                Routine,
                Billing,
            ),
            (
                "I don't know what day suits best for my check-up, can you suggest one?",
                Routine,
                Appointments,
            ),
        ],
    );
}

#[test]
fn bleeding_after_an_extraction_with_faintness_in_lay_words() {
    check(
        &TriageRules::default(),
        &[
            // Bleeding that will not stop with faintness is shock until shown otherwise.
            (
                "nach dem Zahnziehen blutet es weiter und mir wird ganz schwummrig",
                Emergency,
                Clinical,
            ),
            (
                "tirei um dente ontem, continua a sangrar e estou fraca e pálida",
                Emergency,
                Clinical,
            ),
            (
                "my tooth socket keeps bleeding since the extraction and I feel weak and pale",
                Emergency,
                Clinical,
            ),
            // Hard negative: the bleeding has stopped, and the woozy feeling is gone.
            (
                "nach dem Zahnziehen hat es gestern kurz geblutet, jetzt nicht mehr, mir ist nicht schwummrig",
                Routine,
                Clinical,
            ),
        ],
    );
}

/// Concepts from the misses of blind batches 38-44, in other words than the batches
/// (TRIAGE.md, session 10), each next to a hard negative.
#[test]
fn concepts_from_batches_38_to_44() {
    check(
        &TriageRules::default(),
        &[
            // Stroke signs with the verb first, and words that will not come [FAST].
            (
                "se le torció la cara a mi abuela hace un rato y el brazo izquierdo no lo mueve",
                Emergency,
                Clinical,
            ),
            (
                "she could not find her words for ten minutes this afternoon, fine now",
                Emergency,
                Clinical,
            ),
            // "No sé si" is doubt about now, not a supposition.
            (
                "no sé si es un derrame pero se le cayó la boca hace 5 minutos",
                Emergency,
                Clinical,
            ),
            (
                "my grandad had a stroke in 2015, no idea if it runs in the family",
                Routine,
                Clinical,
            ),
            // Signs of one stroke pass together: days ago is a same-day look [NG128].
            (
                "vor einer woche war mein gesicht schief und ich fand keine worte, dann ging es weg",
                Urgent,
                Clinical,
            ),
            // Five minutes or more is not a usual fit; a fit in pregnancy is eclampsia.
            (
                "seizure going over 6 minutes now, his usual ones are short",
                Emergency,
                Clinical,
            ),
            ("ist in der 30. woche und hat eben gekrampft", Emergency, Clinical),
            // Filler under other names, and a bruise after it [ACE].
            (
                "nose went pale and blotchy right after my non surgical rhinoplasty",
                Emergency,
                Clinical,
            ),
            (
                "pre enchimento no queixo ontem e agora vejo dobrado",
                Emergency,
                Clinical,
            ),
            (
                "after lip filler I had a small bruise, now yellowish, is it normal",
                Routine,
                Clinical,
            ),
            // A limb without blood, a deformed limb [BOAST].
            (
                "her hand went icy cold and white after the cast was put on",
                Emergency,
                Clinical,
            ),
            // A rash under a glass, in dialect negation [NG240].
            (
                "kleine vlekjes die ni weggaan onder het glas en koorts",
                Emergency,
                Clinical,
            ),
            // Born N weeks ago is an age; a mother's fever after birth is not a baby's.
            ("nato 6 settimane fa, ha 38.2 di febbre", Emergency, Clinical),
            (
                "gave birth 6 weeks ago and I have a temperature of 38.2, feel rough",
                Urgent,
                Clinical,
            ),
            // A child into dishwasher tablets or numbing cream [POIS].
            ("my 4yo ate some of the dishwasher pods", Emergency, Clinical),
            ("3yr old chewed my numbing cream tube", Emergency, Clinical),
            // Spurting, or still pouring after minutes of pressure [BLEED].
            ("sangue a sair em jato do braço, não para", Emergency, Clinical),
            (
                "cut my thumb, held pressure for 15 minutes and it's still pouring",
                Emergency,
                Clinical,
            ),
            (
                "bleeding gums when I brush, pressed a tissue and it stopped",
                Routine,
                Clinical,
            ),
            // Operated "anginas" are tonsils: any bleed after is an emergency [ENT].
            (
                "a mi hijo lo operaron de anginas hace una semana y escupió un poco de sangre",
                Emergency,
                Clinical,
            ),
            // A hypo in Italian shorthand, cauda equina in German lay words [DKA, CES].
            ("mio nonno diabetico e in ipo e trema tutto", Emergency, Clinical),
            (
                "untenrum taub und kann den urin nicht halten, rückenweh",
                Emergency,
                Clinical,
            ),
            (
                "he hasn't passed urine since yesterday morning and his tummy is hard",
                Emergency,
                Clinical,
            ),
            // Pills set aside, goodbyes told sideways [MHF].
            (
                "j'ai mis les comprimés de côté pour ce soir, je veux plus être là",
                Emergency,
                Clinical,
            ),
            (
                "my nan keeps saying you won't have to worry about me much longer",
                Emergency,
                Clinical,
            ),
            // Swelling with wheeze is anaphylaxis; a wheeze with a cold is not [RCUK].
            (
                "lips swelled after the hyaluronidase and I'm wheezing",
                Emergency,
                Clinical,
            ),
            (
                "kid has a bit of a wheeze with his cold, no other problems",
                Routine,
                Clinical,
            ),
            // A double dose with symptoms, or of a blood thinner; a wrong tablet [POIS].
            (
                "took my heart tablets twice by mistake and now I'm dizzy and clammy",
                Emergency,
                Clinical,
            ),
            (
                "took my husband's tablet instead of mine, a bit lightheaded",
                Urgent,
                Clinical,
            ),
            (
                "took my warfarin twice today by mistake, no bleeding",
                Urgent,
                Clinical,
            ),
            ("hard to get a sentence out, asthma", Emergency, Clinical),
            // Something still stuck in a bleeding eye; a red eye after a sneeze is not.
            (
                "something flew in my eye while grinding, still stuck and bleeding",
                Emergency,
                Clinical,
            ),
            // "Otherwise I feel fine" does not resolve what came before it.
            (
                "6 weeks pregnant, some spotting and cramps, otherwise I feel fine",
                Urgent,
                Clinical,
            ),
        ],
    );
}

/// Negation in Italian, Portuguese and Dutch, a clinician's review in German and the
/// other languages, and a positive covid test (TRIAGE.md, session 10).
#[test]
fn negation_review_and_other_tests_in_every_language() {
    check(
        &TriageRules::default(),
        &[
            ("tenho tosse há 3 dias, sem falta de ar", Routine, Clinical),
            ("estou sem ar, não consigo respirar", Emergency, Clinical),
            ("non ho febbre, solo un po' di raffreddore", Routine, Clinical),
            ("geen koorts, wel wat verkouden", Routine, Clinical),
            ("ik kan niet ademen", Emergency, Clinical),
            // "33 sem" is weeks; "sem querer" is by accident.
            ("enceinte de 33 sem, ça me gratte les paumes la nuit", Urgent, Clinical),
            (
                "tomei sem querer duas doses do anticoagulante, não sangro",
                Urgent,
                Clinical,
            ),
            // A negation does not reach past "en" (and): drooling is reported.
            (
                "kies getrokken, slikken gaat bijna niet en ik kwijl, hals dik",
                Emergency,
                Clinical,
            ),
            // Reviewed a week or more back, in German.
            (
                "hatte letzte Woche Brustschmerzen, der Kardiologe sagt alles ok, brauche den Befund",
                Routine,
                Clinical,
            ),
            // A positive covid test is not a pregnancy test; a positive test alone is.
            (
                "covid test positive yesterday, shoulder pain and a bit dizzy",
                Urgent,
                Clinical,
            ),
            (
                "test positive yesterday, now shoulder tip pain and dizzy",
                Emergency,
                Clinical,
            ),
        ],
    );
}

// Session 22e: Italian, Portuguese and Dutch department words, in other words than batch
// 119; a symptom beside them still goes to the clinical team.
#[test]
fn italian_portuguese_and_dutch_department_words_route_without_the_model() {
    let rules = Triager::with_model(&TriageRules::default(), None);
    for (text, department) in [
        ("posso prenotare un appuntamento per martedi?", Appointments),
        ("queria remarcar a consulta de quinta", Appointments),
        (
            "kan ik mijn afspraak van donderdag verzetten?",
            Appointments,
        ),
        ("quanto costa la pulizia dei denti?", Billing),
        ("posso parcelar o tratamento em 4 vezes?", Billing),
        ("moet ik de factuur nu al betalen?", Billing),
        ("c'è un parcheggio vicino allo studio?", FrontDesk),
        ("kan ik met de rolstoel naar binnen?", FrontDesk),
        (
            "kan ik mijn afspraak verzetten, ik heb sinds gisteren 39 koorts",
            Clinical,
        ),
    ] {
        let got = rules.assess(text);
        assert_eq!(got.department, department, "{text}: {}", got.reason);
    }
}
