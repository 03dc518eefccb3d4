//! Danger told by what a person can no longer do: too drowsy to swallow (the glucose gel,
//! the juice dribbling back out) or barely waking, which is a lowered level of consciousness
//! with an airway at risk [RCUK, DKA; in a baby NG143 red]; and swelling near the airway after
//! a tooth out or an operation told by what it stops: swallowing ("dribbling because
//! swallowing hurts", "can't open my mouth nor swallow"), the eye ("starting to close my eye"), breathing
//! ("respirare peggio") [SDCEP, RCUK]. The presentation table already holds the rows (altered
//! consciousness, dental swelling with swallowing trouble or an eye closing, a mouth that
//! will not open with swallowing trouble, breathing difficulty); these are the words. Tests,
//! in other words than the corpus, with hard negatives (too tired to cook, a teenager who
//! will not get up, drooling with teething, an eye closed by hay fever), are in
//! `airway_and_alertness_danger_tests.rs`.

use super::lexicon::Sig;

/// Findings for lowered consciousness and for swelling near the airway.
pub(crate) const AIRWAY_AND_ALERTNESS_DANGER: &[(Sig, &str)] = &[
    (
        // Too drowsy to swallow, drowsy and letting a drink dribble out, barely waking.
        Sig::Unconscious,
        pats![
            "too ~drowsy|sleepy|groggy|dozy ~to ~swallow|drink|take",
            "drowsy|sleepy|groggy ~dribbling|drooling|spilling",
            "barely|hardly ~wakes|waking|rousable|responds",
            "!wacht ~kaum|schwer|nicht ~auf",
            "!kaum|schwer ~wach ~zu ~kriegen|bekommen",
            "difficil*|impossibil* ~svegliar*",
            "!nao ~acorda|quer ~acordar ~pra|para ~mamar|comer",
            "!no ~se ~despierta|despierta ~para|ni ~comer|mamar|tomar",
            "!ne ~se ~reveille|reveille ~pas|plus ~pour|meme ~manger|boire|biberon|tetee",
            "!wordt ~bijna ~niet|nauwelijks ~wakker",
        ],
    ),
    (
        // Swallowing stopped by a swelling: drooling because it hurts, "ne a ingoiare".
        Sig::SwallowTrouble,
        pats![
            "dribbling|drooling|dribble|drool ~because|as|cos|cause ~swallowing|swallow",
            // Only after "cannot open ... nor swallow": "no trouble breathing nor swallowing"
            // is a reassurance, not a sign.
            "!riesco ~aprire ~ne|nemmeno|neanche ~ingoiare|deglutire",
            "!apro|apre ~bocca ~ne|nemmeno|neanche ~ingoiare|deglutire",
            "!puedo ~abrir ~ni ~tragar",
            "!consigo ~abrir ~nem ~engolir",
            "!arrive|peux ~ouvrir ~ni ~avaler",
        ],
    ),
    (
        // A swelling starting to shut the eye (the row for dental swelling closing the eye).
        Sig::EyeShut,
        pats!["starting|going|about|beginning ~to ~close|shut ~my|his|her|the ~eye"],
    ),
    (
        // "Breathing worse" in Italian and Spanish; the English is in the lexicon.
        Sig::Breathing,
        pats![
            "respirare|respiro ~peggio|male|fatica",
            "respiro|respirar ~peor",
        ],
    ),
];
