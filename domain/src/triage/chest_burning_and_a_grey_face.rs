//! Possibly cardiac pain told as a burning in the chest in English ("burning in my chest
//! and back"; the other six languages' "ardor en el pecho", "Brennen in der Brust" were
//! read as chest pain), and a pain likened to a heart attack the person had ("the same
//! pain as my heart attack", "el mismo dolor que el infarto", "derselbe Schmerz wie beim
//! Herzinfarkt"). A burning is `ChestDiscomfort`: an emergency only with CG95's companions
//! (sweating, spread, nausea, faintness, breathlessness). The rows for indigestion and for
//! chest discomfort also take a face gone grey or pale (`Pallor`): CG95's "pain with
//! pallor or sweating" and the ashen colour of shock. Tests, in other words than the
//! corpus, with hard negatives (heartburn after a curry, a grey face with a cold, a past
//! heart attack's pain told as over), are in `chest_burning_and_a_grey_face_tests.rs`.

use super::lexicon::Sig;

/// A burning in the chest in English, and the pain of a past heart attack felt again.
pub(crate) const CHEST_BURNING_AND_A_GREY_FACE: &[(Sig, &str)] = &[
    (
        Sig::ChestDiscomfort,
        pats![
            "burning ~in|on|across ~chest",
            "chest is|feels|keeps burning"
        ],
    ),
    (
        Sig::ChestPain,
        pats![
            "same ~pain|feeling ~as|like ~heart attack",
            "mismo ~dolor ~que ~infarto",
            "meme ~douleur ~que ~infarctus",
            "gleichen|selben|derselbe ~schmerz* ~wie ~herzinfarkt|infarkt",
            "stesso ~dolore ~infarto",
            "mesma ~dor ~infarto|enfarte",
            "dezelfde ~pijn ~als ~hartaanval|infarct",
        ],
    ),
];
