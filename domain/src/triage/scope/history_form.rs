//! A message about a health form or the record ("the medical history questionnaire asks 'have
//! you ever had a stroke'", "im Anamnesebogen steht 'Herzinfarkt jemals?'", "op het
//! gezondheidsformulier vragen jullie naar hart- en vaatziekten", "in meiner Akte steht 'Z. n.
//! Krampfanfall'") names emergencies as the form's questions or as history: a routine
//! question about how to fill it in or correct it. Only when the message asks something,
//! has a word for history ("ever", "family", what the form "says" or "asks") and tells
//! nothing as going on now (no time within the day, nothing persisting, worse, non-stop
//! or present, no word for now), so "filling in your form and my lips are
//! swelling up since the new tablet 20 minutes ago" stays an emergency.

use super::Scope;

/// Whole words for a form or the record.
const FORMS: &[&str] = &[
    "form",
    "forms",
    "questionnaire",
    "records",
    "akte",
    "dossier",
    "formulaire",
    "modulo",
];

/// Endings of compound words for a form ("Anamnesebogen", "gezondheidsformulier").
const FORM_ENDINGS: &[&str] = &[
    "bogen",
    "formular",
    "formulier",
    "vragenlijst",
    "cuestionario",
    "questionario",
    "formulario",
];

/// Words that make the form's question one about history: ever, the family, what it says.
/// Without one ("is there a form for a blue badge? my wife's speech is slurred") a sign told
/// beside a form is a report.
const HISTORY_WORDS: &[&str] = &[
    "ever",
    "jemals",
    "ooit",
    "eens",
    "jamais",
    "vez",
    "mai",
    "family",
    "familie",
    "famille",
    "familia",
    "famiglia",
    "history",
    "antecedents",
    "antecedentes",
    "says",
    "asks",
    "steht",
    "staat",
    "fragt",
    "vraagt",
    "vragen",
    "demande",
    "chiede",
    "pregunta",
    "pergunta",
];

impl Scope<'_> {
    /// Whether the message asks about a form and tells nothing as going on now, so that its
    /// emergency words are the form's questions or history.
    pub(super) fn told_on_a_form(&self) -> bool {
        let form = self.tokens.iter().any(|t| {
            let word = t.plain.as_str();
            FORMS.contains(&word) || FORM_ENDINGS.iter().any(|end| word.ends_with(end))
        });
        let asks = self.questions.iter().any(|&q| q);
        let going_on = self.tells_something_going_on();
        // "The form asks about chest pain, and I have had it for an hour now": a word for now
        // anywhere tells something going on.
        let now = self
            .tokens
            .iter()
            .any(|t| super::NOW_WORDS.contains(&t.key.as_str()));
        let history = self
            .tokens
            .iter()
            .any(|t| HISTORY_WORDS.contains(&t.plain.as_str()));
        form && history && asks && !going_on && !now
    }
}
