//! Blood thinners given by injection, and a double dose told by counting: the low
//! molecular weight heparins by their brand and generic names in seven languages
//! (Clexane, enoxaparin, Lovenox, Fragmin, dalteparin, Innohep, Fraxiparine, Hibor, heparin,
//! eparina), given after day surgery and in IVF, and "two injections today by mistake",
//! "duas injeções por engano", "deux piqûres par erreur", "zwei Spritzen aus Versehen". A
//! double dose of a blood thinner needs advice the same day even with no bleeding (the
//! presentation table's row [BLEED]); the lexicon knew the tablets and "twice by mistake",
//! not the injections nor the counted dose. Tests, in other words than batch 102, with hard
//! negatives (how many injections after an operation, two doses of a vaccine), are in
//! `blood_thinner_injections_tests.rs`.

use super::lexicon::Sig;

/// Injected blood thinners, and a dose counted twice by mistake.
pub(crate) const BLOOD_THINNER_INJECTIONS: &[(Sig, &str)] = &[
    (
        Sig::Anticoagulant,
        pats!["clexane|enoxaparin*|lovenox|inhixa|fragmin|dalteparin*|innohep|tinzaparin*|fraxiparin*|hibor|bemiparin*|heparin*|eparina|heparina|heparine"],
    ),
    (
        Sig::DoubleDose,
        pats!["two|2|duas|dos|deux|zwei|due|twee doses|dosis|injections|injecoes|injeccoes|inyecciones|piqures|spritzen|iniezioni|punture|injecties|prikken|jabs|shots ~by|por|par|aus|per ~mistake|accident|engano|error|erreur|versehen|sbaglio|errore|ongeluk|abuis"],
    ),
];
