//! An Italian question asked ahead: "se dopo il filler le labbra si gonfiano, cosa faccio?",
//! "se un bambino ingoia una pila...". "se" is "if" in Italian but a pronoun in Spanish ("se
//! despertó con un dolor"), and the lexicon's "se" cue needs the verb after it, so "se" is
//! read as "if" only before Italian words ("dopo", the verbs of swallowing). A sign asked
//! about ahead is a question, not a report. Tests, in other words than batch 109, with hard
//! negatives, are in `italian_questions_ahead_tests.rs`.

use super::lexicon::Sig;

/// "if" in Italian, before an Italian word.
pub(crate) const ITALIAN_QUESTIONS_AHEAD: &[(Sig, &str)] = &[(
    Sig::Hypothetical,
    pats![
        "se dopo",
        "se ~ingoia|ingoiasse|inghiotte|inghiottisse|ingerisce"
    ],
)];
