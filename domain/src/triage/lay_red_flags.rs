//! Red flags in the lay words English speakers type on phones (session 15a, TRIAGE.md):
//! lowercase, no apostrophes, text-speak, run-on sentences. Each entry is a concept from
//! `shared/CLINICAL-SOURCES.md` with the words a person who does not know the medical
//! term uses for it, in the syntax of [`super::matcher`]; the combinations are in
//! `presentations.rs`, tests in other words in `lay_red_flags_tests.rs`.

use super::lexicon::Sig;

/// Findings and contexts for red flags told in lay words.
pub(crate) const LAY_RED_FLAGS: &[(Sig, &str)] = &[
    // ------------------------------------------------------------ self-harm [MHF, NG225]
    (
        // Intent told about someone else ("my brother says he's going to kill himself"): a
        // carer's report of intent now. "Killed himself" (a death in the past) is not here.
        Sig::Suicidal,
        pats![
            "kill|killing ~himself|herself|themselves|themself|hisself",
            "end|ending|take|taking ~his|her|their ~life|lives",
            "harm|harming ~himself|herself|themselves",
            // Text-speak and the euphemisms of social media.
            "kms", "unalive|unaliving ~myself|himself|herself|me",
            // Goodbye letters written to everyone: a plan being carried out.
            "written|wrote|writing|left ~letters|notes ~to|for ~everyone|everybody|family|kids|children|all",
            "goodbye|farewell ~letters|letter|notes|note",
        ],
    ),
    (
        // A high place or a railway, where a person in crisis says they are: with intent,
        // a goodbye or "can't do this", an emergency by the Safety rules.
        Sig::MeansAtHand,
        pats![
            "standing|sat|sitting|stood ~on|at ~bridge|ledge|edge|cliff|cliffs|roof|rooftop|tracks|railway|parapet",
            "on|at ~the ~bridge|ledge|cliff|cliffs|tracks|railway ~rn|now|atm|tonight",
            "on|at ~train|railway ~tracks|track|line",
            "top ~of ~car ~park|multi|multistorey|building|cliff|cliffs|bridge",
            "wrong ~side ~of ~railing|railings|barrier|fence",
            "edge ~of ~the ~cliff|cliffs|bridge|roof|building|platform",
            "roof ~of ~the ~car ~park|building|flats|multi",
        ],
    ),
    (
        // "want to jump off", "gonna jump in front of a train".
        Sig::CantGoOn,
        pats![
            "want|wanna|going|gonna|about ~to ~jump",
            "!cant|cannot ~do ~this|it ~anymore|any|no", "want|wanna ~it ~all ~to ~end|stop", "want|wanna ~it ~to ~end",
            "jump ~off ~bridge|roof|cliff|building|balcony|car park",
        ],
    ),
    // --------------------------------------------------------- stroke [FAST, BE-FAST]
    (
        // The mouth or face pulled to one side: a facial droop in the words of someone
        // who does not know "droop".
        Sig::Stroke,
        pats![
            "mouth|face|lip|lips|smile ~turning|turned|pulling|pulled|going|gone|went|slipping|slipped|dropped|twisted|twisting ~to|one|other ~one|side",
            "mouth|face ~all ~to ~one ~side",
        ],
    ),
    (
        // Speech that changed today: "not talking right since this morning". Said of a
        // toddler with no time ("not talking well yet") it is a development question.
        Sig::SpeechLoss,
        pats![
            "!not|isnt|stopped ~talking|speaking ~well|properly|right|normal|normally|clearly|straight ~since|suddenly|today|this",
            "suddenly|sudden ~not|isnt|cant ~talking|speaking|talk|speak ~well|properly|right|normal",
        ],
    ),
    (
        // Walking all over the place, "like he's drunk": sudden loss of balance (BE-FAST B).
        Sig::Balance,
        pats![
            "walking|walk|legs ~all ~over ~the ~place", "like ~hes|shes|he is|she is|hes had|shes had ~drunk",
            "staggering|stumbling|swaying ~about|around|everywhere",
        ],
    ),
    // ------------------------------------------------------------- chest pain [CG95]
    (
        // Pain in the jaw and the arm or shoulder together: where cardiac pain goes.
        Sig::Radiating,
        pats![
            "jaw ~and ~arm|arms|shoulder|shoulders", "arm|arms|shoulder|shoulders ~and ~jaw",
            "jaw ~ache|aches|aching|pain|hurts ~and ~arm|shoulder",
        ],
    ),
    (
        // "since lunch", "since 2pm", "all morning": a time within the day, which makes a
        // relative's "he's had indigestion since lunch" a report, not family history.
        Sig::Recent,
        pats![
            "since ~breakfast|brekkie|lunch|lunchtime|dinner|tea|teatime|supper|midday|morning|noon",
            "since ~#1 ~am|pm|oclock", "since ~i|he|she ~woke|got up", "all ~morning|afternoon|evening|day ~today",
        ],
    ),
    // ------------------------------------------------------------- sepsis [NG51, UKST]
    (
        // "Shivery", "the shivers" told with the temperature: shivering with a fever,
        // which on chemotherapy is the rigors rule's emergency. "A bit shivery" alone
        // stays the fever it already reads as (a same-day look on chemotherapy).
        Sig::Shaking,
        pats![
            "shivery|shivers|shiverin ~and|with|n ~temp|temperature|fever|hot|high",
            "temp|temperature|fever|hot ~and|with|n|but ~shivery|shivers|shiverin",
        ],
    ),
    (
        // "Sleepier than usual", "more sleepy": drowsiness told as a comparison.
        Sig::Drowsy,
        pats!["sleepier|drowsier", "more ~sleepy|drowsy ~than|usual|normal"],
    ),
    // ---------------------------------------------------------- abdominal pain [APP]
    (
        // A belly too sore to touch or to move: guarding, peritonitis.
        Sig::Guarding,
        pats![
            "wont|cant|doesnt|dont ~let ~me|us|anyone|you|them ~touch ~belly|tummy|stomach|abdomen|tum",
            "screams|screaming|cries|crying|yells|jumps|flinches ~if|when ~touch|touched|press|pressed|pressing",
            "belly|tummy|stomach ~rock ~hard|rigid|hard ~as ~board",
        ],
    ),
    (
        // Pain that eased and came back "way worse and all over" (a burst appendix).
        Sig::PainEverywhere,
        pats!["worse ~and|now ~all ~over|everywhere"],
    ),
    // ------------------------------------------------------------- burns [MTS burns]
    (
        // A deep (full-thickness) burn: white or charred and leathery, and painless
        // because the nerves are burnt.
        Sig::DeepBurn,
        pats![
            "leathery|charred|waxy|blackened", "dont|doesnt|didnt|does not|do not ~even ~hurt|sting",
            "skin ~white|black ~and ~numb",
        ],
    ),
    (
        // "burnt both my hands", "scalded his arm": a burn told by the verb and the part.
        Sig::Burn,
        pats![
            "burnt|burned|scalded|scalt ~both|my|his|her ~hands|hand|arm|arms|leg|legs|face|chest|foot|feet|back|neck|tummy",
            "skin ~peeling|coming ~off ~big|in ~bits|sheets|chunks",
        ],
    ),
    // ------------------------------------------------------------- bites [MTS bites]
    (
        // A venomous bite or sting: a snake, an adder, a scorpion.
        Sig::Venom,
        pats![
            "snake|adder|viper|rattlesnake|rattler|scorpion ~bite|bit|bitten|sting|stung",
            "bit|bitten|stung ~by ~snake|adder|viper|rattlesnake|scorpion", "snakebite",
        ],
    ),
    (
        // "bit by an adder": the animal-bite concept in the short past form.
        Sig::AnimalBite,
        pats!["bit|bitten ~by ~snake|adder|viper|dog|cat|fox|rat|bat|horse"],
    ),
    // ------------------------------------------------------- the urgent line [EYE, ENT]
    (
        // Giant-cell arteritis in lay words: the scalp sore to brush or comb, the jaw
        // aching on chewing.
        Sig::GiantCellArteritis,
        pats![
            "hurts|sore|painful|tender ~to|when ~brush|brushing|comb|combing ~hair",
            "jaw ~aches|hurts|ache|aching|sore ~when|while ~chews|chewing|eating|eats",
        ],
    ),
    (
        // A fish or chicken bone stuck in the throat [ENT].
        Sig::ForeignBody,
        pats!["fish|chicken ~bone ~stuck|throat", "bone ~stuck ~in ~throat"],
    ),
    // --------------------------------------------------------------- not a sign
    (
        // "what can I take that won't make me drowsy", "non-drowsy": a medicine's side
        // effect asked about; "now I'm paranoid lol": worry, not psychosis.
        Sig::NotASign,
        pats![
            "wont|doesnt|dont|not ~make ~me|you|him|her ~drowsy|sleepy", "non ~drowsy",
            "im|i am|being|bit|abit|getting|now ~paranoid ~lol|haha|about|now", "paranoid ~lol|haha",
            "read|reading|heard|seen|saw ~about ~sepsis|meningitis|stroke|strokes|cancer ~on|online",
        ],
    ),
    (
        // "not short of breath", "not struggling to breathe", "not affecting my breathing":
        // a negated breathing problem, which the pattern for "not breathing" (with up to
        // two words between) read as an emergency.
        Sig::NotASign,
        pats![
            "not|isnt|arent|wasnt|never ~short|out|struggling|struggle|trouble|difficulty|problems|problem|affecting|affected ~breath|breathe|breathing|breathless",
            "not|isnt|arent|wasnt|never ~breathless|breathlessness|puffed|wheezy",
        ],
    ),
    (
        // "not on any blood thinners": the negation reaches the medicine two words on.
        Sig::Negation,
        pats!["not|never|isnt|arent ~on|taking ~any"],
    ),
    (
        // "choked on toast, coughed it straight up": the blockage is out.
        Sig::Resolved,
        pats!["coughed|spat|brought ~it|them ~straight|right ~up|out"],
    ),
];
