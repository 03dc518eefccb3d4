//! Red flags and same-day signs told in the everyday words of lay people typing on
//! phones (batch 84, session 16b in TRIAGE.md): what happened ("pulled the kettle over
//! herself", "knocked by a car", "sitting in my car with a hose") rather than what it is
//! called. Each entry is a concept from `shared/CLINICAL-SOURCES.md` in the syntax of
//! [`super::matcher`]; the combinations are in `presentations.rs`, tests in other words in
//! `everyday_lay_signs_tests.rs`.

use super::lexicon::Sig;

/// Findings and contexts told as everyday events.
pub(crate) const EVERYDAY_LAY_SIGNS: &[(Sig, &str)] = &[
    // ------------------------------------------------------------- now [ConText]
    (
        // "Right now", "in front of me": a time within the day, which makes a relative's
        // "had a heart attack" a report, not family history ("just now" already did).
        Sig::Recent,
        pats!["right ~now", "in ~front ~of ~me|us", "as ~we ~speak"],
    ),
    // ------------------------------------------------------------ self-harm [MHF, NG225]
    (
        // Car exhaust led into a car, a barbecue lit in a closed room: the means of
        // carbon monoxide poisoning, set up now. Washing the car with a hose is not here
        // (the person sits in the car, or the hose goes to the exhaust).
        Sig::Suicidal,
        pats![
            "sitting|sat ~in ~car|garage|van ~with ~hose|hosepipe|tube|pipe",
            "in ~car|garage|van ~with ~hose|hosepipe",
            "hose|hosepipe|tube|pipe ~from|on|to|into|through|onto ~exhaust",
            "engine ~running ~in ~garage", "car ~running ~in ~garage",
            "lit|lighting|burning ~charcoal|disposable ~bbq|barbecue ~in ~room|bedroom|bathroom|tent|car",
        ],
    ),
    (
        // Passive thoughts of death in lay words: being a burden, not being around.
        // Thoughts without a plan are a same-day look [NG225].
        Sig::DarkThoughts,
        pats![
            "im|hes|shes|being|feel|feels|feeling|just ~a ~burden",
            "burden ~to|on ~everyone|family|us|them|you|people",
            "think|thinks|thinking|thought|talks|talking|wish|wishes ~about ~not ~being ~around|here|alive",
            "wish|wishes ~he|she|i ~wasnt|werent ~around|here|alive",
        ],
    ),
    (
        // "Can't cope today", "not coping at all": a person at the end of their means
        // today asks for a same-day look (U: thoughts without immediate intent).
        Sig::MentalCrisis,
        pats![
            "!cant|cannot ~cope ~today|tonight|anymore|now", "!cant|cannot ~cope ~any ~more", "!cant|cannot ~cope ~at ~all",
            "!genuinely|really|just|honestly ~cant|cannot ~cope",
            "!not|isnt ~coping ~today|anymore", "!not ~coping ~at ~all",
        ],
    ),
    (
        // Cutting told by the act and the place ("been cutting her arm"): self-harm that
        // happened, a same-day look when it needs no physical care [NG225].
        Sig::DarkThoughts,
        pats![
            "cutting ~her|his|my|their ~arm|arms|wrist|wrists|legs|thighs|thigh",
            "cutting|burning ~herself|himself|myself|themselves",
        ],
    ),
    (
        // "The cuts are shallow": self-harm that needs no physical care (with the cutting,
        // a same-day look, in `presentations.rs`).
        Sig::Superficial,
        pats!["cuts|cut|scratches|marks ~are|were|look|looked|seem ~shallow|superficial"],
    ),
    // ------------------------------------------------------------- overdose [POIS]
    (
        // A garden or farm poison swallowed: pesticide, weedkiller, slug pellets.
        Sig::Overdose,
        pats![
            "drank|drunk|drink|drinking|swallowed|swallow|ate|eaten|took|taken ~pesticide|pesticides|weedkiller|insecticide|paraquat|roundup|antifreeze|organophosphate|pellets|poison",
            "pesticide|weedkiller|insecticide|paraquat|antifreeze ~drank|swallowed|drunk",
        ],
    ),
    (
        // Paracetamol every one to three hours (the label says four to six, at most four
        // doses a day): more than the daily limit, a staggered overdose [POIS].
        Sig::Overdose,
        pats![
            "paracetamol|acetaminophen|tylenol|calpol|panadol|cocodamol ~every ~1|2|3|one|two|three|couple ~hour|hours|hrs|hr",
            "paracetamol|acetaminophen|tylenol|calpol|panadol|cocodamol ~#1 ~every ~1|2|3|one|two|three ~hour|hours|hrs|hr",
        ],
    ),
    // --------------------------------------------------------- burns [MTS burns]
    (
        // Hot liquid pulled or spilt over a person: a scald, told by what happened.
        Sig::Burn,
        pats![
            "kettle|teapot|pan|saucepan ~over ~herself|himself|myself|themselves|her|him|me",
            "pulled|knocked|spilled|spilt|tipped|poured ~kettle|boiling|hot ~water|tea|coffee|drink|soup|oil ~over|on|onto|down ~herself|himself|myself|themselves|her|him|me|his|my",
            "boiling|hot ~water|tea|coffee|oil ~over|on|onto|down ~her|his|my|herself|himself|myself",
        ],
    ),
    // ---------------------------------------------------------- head injury [HI]
    (
        // A high-energy mechanism: a person struck by a vehicle.
        Sig::HeadInjury,
        pats![
            "knocked|hit|struck|clipped ~by ~car|van|bus|lorry|truck|motorbike|taxi",
            "run ~over|down ~by ~car|van|bus|lorry|truck|motorbike|taxi",
        ],
    ),
    (
        // A swelling told on the head, as after a fall or a knock.
        Sig::HeadInjury,
        pats!["lump|bump|swelling|egg ~on|to ~her|his|my|the|their ~head|forehead|skull"],
    ),
    (
        // Amnesia for the event ("can't remember it happening"): an emergency after a head
        // injury [HI].
        Sig::Confusion,
        pats![
            "!cant|doesnt|dont|didnt|cannot ~remember ~it|the ~happening|happen|accident|fall|falling|crash|hitting",
        ],
    ),
    (
        // Falls told by how: rolled off the bed, tumbled off the sofa.
        Sig::Fall,
        pats!["slipped|tripped|tumbled|rolled ~off|from ~bed|sofa|couch|settee|table|changing|bunk|cot|highchair|chair"],
    ),
    (
        // Slipped or tumbled down the stairs: a fall from a height, as "fell down the
        // stairs" already reads.
        Sig::FallFromHeight,
        pats!["slipped|tripped|tumbled|rolled ~down ~stairs|staircase"],
    ),
    // ------------------------------------------------------- abdominal pain [APP, MAT]
    (
        // A belly "rock hard" or "hard as a board": guarding; in pregnancy with bleeding, a
        // tense womb (abruption, in `presentations.rs`).
        Sig::Guarding,
        pats!["tummy|belly|stomach|bump|womb ~is|gone|feels|went ~rock|solid ~hard"],
    ),
    // ----------------------------------------------------------- breathing [BTS]
    (
        // A silent chest: wheezing that stopped while the child is exhausted or cannot
        // talk, a life-threatening asthma attack [BTS]. "Stopped wheezing and back to
        // normal" is not here.
        Sig::CantFinishSentence,
        pats![
            "stopped|no longer|not ~wheezing|wheezy ~but|now|and ~tired|quiet|exhausted|sleepy|drowsy|floppy|barely|hardly|grey|blue",
        ],
    ),
    (
        // "Really tired and quiet": a child less responsive than usual (with asthma, the
        // exhaustion of a life-threatening attack [BTS]; alone, a same-day look [NG143]).
        Sig::Drowsy,
        pats!["tired|exhausted|sleepy|lethargic ~and ~quiet", "quiet ~and ~tired|exhausted|sleepy|lethargic|floppy"],
    ),
    (
        // The reliever needed again and again today ("blue inhaler 4 times today, helps
        // for a couple of hours"): needing it more often than every four hours is worsening
        // asthma, a same-day look [BTS] (with the wheeze, in `presentations.rs`).
        Sig::Extra,
        pats![
            "inhaler|inhalers|pump|puffer|ventolin|salbutamol|reliever ~#3 ~times|puffs",
            "used|using|needed|needing|had|taken ~his|her|my|the ~blue ~inhaler|pump|puffer ~#3 ~times",
            "inhaler|pump|puffer|ventolin|salbutamol|reliever ~every ~#1 ~hour|hours|hrs|hr",
        ],
    ),
    // --------------------------------------------------------- altered behaviour
    (
        // A person with dementia who no longer knows their family: a change from their
        // usual self, a same-day look for delirium.
        Sig::ChangedBehaviour,
        pats!["!not|doesnt|didnt|isnt|wont ~recognising|recognizing|recognise|recognize|know ~me|us|family|wife|husband|his|her"],
    ),
    // -------------------------------------------------------------- limbs [BOAST]
    (
        // "Struggling to walk" since a fall: cannot bear weight normally.
        Sig::NoWeight,
        pats!["struggling|struggles|struggle ~to ~walk|stand"],
    ),
    (
        // Painkillers that "have stopped working" (the word "stopped" is not a finding
        // resolved here).
        Sig::AnalgesiaFailing,
        pats!["!painkillers|painkiller|tablets|paracetamol|ibuprofen|codeine ~stopped|stopping ~working|helping"],
    ),
    // --------------------------------------------------------------- wounds [consensus]
    (
        // A puncture by a rusty nail or stepped-on glass: a tetanus-prone wound.
        Sig::Laceration,
        pats![
            "stood|stepped|trod|standing ~on ~rusty|nail|glass|rake|spike",
            "rusty ~nail|metal|wire|blade|spike",
        ],
    ),
    // -------------------------------------------------------- diabetic foot [consensus]
    (
        // A new dark patch on a toe or foot (with diabetes and swelling or redness, a
        // same-day look, in `presentations.rs`).
        Sig::SkinColour,
        pats!["black|blackened|dark|purple ~spot|patch|area|bit|mark ~on ~toe|toes|foot|heel|sole"],
    ),
];
