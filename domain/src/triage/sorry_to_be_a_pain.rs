//! An apology is not a symptom: "sorry to be a pain", "I know I'm being a pain", "a pain in
//! the neck" (about a form, a link, a wait). English is the one language of the seven whose
//! apology uses the word for pain; the others ("désolé de déranger", "perdón por la
//! molestia", "sorry dass ich nerve") already read as nothing. `Sig::NotASign` hides the
//! pain inside the apology only (it still names the clinical team: left, see TRIAGE.md), so a pain told after it still reads [ConText idiom].
//! Tests, in other words than batch 133, with hard negatives (a real pain after the
//! apology), are in `sorry_to_be_a_pain_tests.rs`.

use super::lexicon::Sig;

/// The apology's "pain", in English.
pub(crate) const SORRY_TO_BE_A_PAIN: &[(Sig, &str)] = &[(
    Sig::NotASign,
    pats![
        "sorry ~to ~be ~a ~pain|nuisance",
        "im|i ~am ~being ~a ~pain",
        "a ~pain ~in ~the ~neck|bum|backside|arse|ass",
    ],
)];
