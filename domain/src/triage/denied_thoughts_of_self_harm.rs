//! "No tengo ideas de hacerme daño", "je n'ai pas d'idées de me faire du mal": a denial of
//! thoughts of self-harm whose "no" sits three or four words before the harm words, out
//! of the negation's reach, so the harm words read as suicidal intent (batch 117, session
//! 22d in TRIAGE.md). Each pattern spans the denial and the harm words (`Sig::NotASign`,
//! as in `death_words_in_media_and_jokes.rs`); plain words with short gaps, so "no tengo
//! ganas de nada, solo de hacerme daño" still reads the wish. Tests, with the wishes these
//! must not hide, are in `denied_thoughts_of_self_harm_tests.rs`.

use super::lexicon::Sig;

/// A denial of thoughts of self-harm: not a sign.
pub(crate) const DENIED_THOUGHTS_OF_SELF_HARM: &[(Sig, &str)] = &[(
    Sig::NotASign,
    pats![
        "no tengo|tiene|tenia ideas|pensamientos de hacerme|hacerse dano",
        "no tengo|tiene|tenia ideas|pensamientos de quitarme|quitarse ~vida",
        "no tengo|tiene|tenia ideas|pensamientos suicidas",
        "pas|aucune idee|idees|pensee|pensees de me|se faire ~mal",
        "pas|aucune idee|idees|pensee|pensees suicidaire|suicidaires",
        "nessun|nessuna|non pensiero|pensieri|idea|idee di farmi|farsi ~male",
        "nao tenho|tem ideias|pensamentos de me|se machucar|ferir|matar",
        "geen gedachten|plannen om mezelf|mijzelf ~iets ~aan ~te ~doen",
    ],
)];
