//! Spotting in pregnancy, brown or pink included: "7 weeks, some brown spotting", "bruin
//! bloedverlies", "he manchado un poco marrón", "perdite marroni", "sangramento leve
//! marrom". Outside pregnancy brown or pink spotting is old blood and reads routine (the
//! `Benign` phrases of `findings.rs`, which hid it here too); in pregnancy any bleeding is a
//! same-day look for a threatened miscarriage or an ectopic [NG126, GTG63] (row "spotting
//! in pregnancy, brown or pink included" in `presentations.rs`). Tests, in other words than
//! the corpus, with hard negatives (spotting on the pill, a negative test, spotting a scan
//! already checked), are in `spotting_in_pregnancy_tests.rs`.

use super::lexicon::Sig;

/// Spotting told in the seven languages, the colour of old blood included.
pub(crate) const SPOTTING_IN_PREGNANCY: &[(Sig, &str)] = &[
    (
        // Weeks of pregnancy in words ("estoy de siete semanas"); figures are read already.
        Sig::Pregnancy,
        pats!["estoy|estou|to|sono ~de|di ~cinco|seis|siete|ocho|nueve|diez|sete|oito|nove|dez|sei|sette|otto|nove|dieci ~semanas|settimane"],
    ),
    (
    Sig::Spotting,
    pats![
        "spotting",
        "brown|pink ~bleeding|blood|discharge",
        "manchado|manchando|manche",
        "sangrado ~marron|rosado",
        "pertes|saignements|saignement ~brunes|brun|marron|roses|rosees",
        "saigne ~un ~peu",
        "schmierblutung*",
        "braune|brauner|rosa ~blutung|ausfluss",
        "perdite|perdita ~marroni|marrone|rosa|rosse|rossastre",
        "macchie ~di ~sangue",
        "sangramento|sangrando ~leve|marrom|rosado",
        "borra ~de ~cafe",
        "bruin|bruine|roze ~bloedverlies|afscheiding",
        "beetje ~bloedverlies",
    ],
    ),
];
