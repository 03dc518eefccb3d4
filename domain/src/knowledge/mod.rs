//! Clinic knowledge and the bot's instant answers: hours, directions, parking, prices,
//! FAQ entries, matched in English, Spanish, French and German.
//!
//! The rule is "no answer beats a wrong answer": the bot answers only when one topic
//! clearly wins, never a clinical question, and never an urgent or emergency message
//! (those get the triage safety reply). Opening hours come from the live office-hours
//! logic, never from stored text.

mod answers;
mod matching;
mod vocabulary;

#[cfg(test)]
mod tests;

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::ClinicConfig;

pub use matching::Topic;

/// Longest knowledge text a clinic may write, in characters.
pub const MAX_ANSWER_CHARS: usize = 2000;

/// Text written once, or per language (`{ en = "…", de = "…" }`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum Localized {
    Text(String),
    ByLanguage(BTreeMap<String, String>),
}

impl Localized {
    /// The text in `language`, else English, else any language given.
    pub fn get(&self, language: &str) -> &str {
        match self {
            Localized::Text(text) => text,
            Localized::ByLanguage(texts) => texts
                .get(language)
                .or_else(|| texts.get("en"))
                .or_else(|| texts.values().next())
                .map_or("", String::as_str),
        }
    }

    fn texts(&self) -> Box<dyn Iterator<Item = &str> + '_> {
        match self {
            Localized::Text(text) => Box::new(std::iter::once(text.as_str())),
            Localized::ByLanguage(texts) => Box::new(texts.values().map(String::as_str)),
        }
    }
}

/// What the clinic tells every visitor: the bot answers from this.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Knowledge {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address: Option<Localized>,
    /// How to find the entrance, floor, landmarks.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub directions: Option<Localized>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parking: Option<Localized>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub public_transport: Option<Localized>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub insurance: Option<Localized>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payment: Option<Localized>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cancellation: Option<Localized>,
    /// Said after a price list, e.g. that the dentist confirms the cost first.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub price_note: Option<Localized>,
    #[serde(default)]
    pub services: Vec<Service>,
    #[serde(default)]
    pub faq: Vec<FaqEntry>,
}

/// A treatment or service and its price range.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Service {
    pub name: Localized,
    /// Free text, e.g. `€80–120`.
    pub price: String,
    /// Other words visitors use, in the triage pattern syntax (`whiten*`, `bleach|bleaching`).
    #[serde(default)]
    pub aliases: Vec<String>,
}

/// A clinic's own question and answer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FaqEntry {
    /// Ways visitors ask it, in any of the clinic's languages.
    pub questions: Vec<String>,
    pub answer: Localized,
}

impl Knowledge {
    /// Refuses empty or oversized texts and questions without a meaningful word.
    pub fn validate(&self) -> Result<(), String> {
        let fields = [
            ("address", &self.address),
            ("directions", &self.directions),
            ("parking", &self.parking),
            ("public_transport", &self.public_transport),
            ("insurance", &self.insurance),
            ("payment", &self.payment),
            ("cancellation", &self.cancellation),
            ("price_note", &self.price_note),
        ];
        for (name, field) in fields {
            if let Some(text) = field {
                check_texts(&format!("knowledge.{name}"), text)?;
            }
        }
        for (index, service) in self.services.iter().enumerate() {
            check_texts(&format!("knowledge.services[{index}].name"), &service.name)?;
            if service.price.trim().is_empty() {
                return Err(format!("knowledge.services[{index}]: price is empty"));
            }
        }
        for (index, entry) in self.faq.iter().enumerate() {
            check_texts(&format!("knowledge.faq[{index}].answer"), &entry.answer)?;
            if entry.questions.is_empty() {
                return Err(format!(
                    "knowledge.faq[{index}]: list at least one question"
                ));
            }
            for question in &entry.questions {
                if matching::content_words(question).is_empty() {
                    return Err(format!(
                        "knowledge.faq[{index}]: question {question:?} has no meaningful word"
                    ));
                }
            }
        }
        Ok(())
    }
}

fn check_texts(field: &str, text: &Localized) -> Result<(), String> {
    for value in text.texts() {
        if value.trim().is_empty() {
            return Err(format!("{field} is empty"));
        }
        if value.chars().count() > MAX_ANSWER_CHARS {
            return Err(format!(
                "{field} is longer than {MAX_ANSWER_CHARS} characters"
            ));
        }
    }
    Ok(())
}

/// What the bot makes of a routine, non-clinical visitor message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BotDecision {
    /// One topic clearly matched: answer it now.
    Answer { topic: Topic, text: String },
    /// The visitor asked for a person.
    Handoff,
}

/// The bot's answer to `text`, or `None` when it should stay silent and leave the
/// message to staff. Call only for routine messages that triage did not route to the
/// clinical team; `language` is the triage's guess.
pub fn decide(
    config: &ClinicConfig,
    text: &str,
    language: &str,
    now: DateTime<Utc>,
) -> Option<BotDecision> {
    match matching::classify(&config.knowledge, text)? {
        Topic::Handoff => Some(BotDecision::Handoff),
        topic => answers::answer(config, topic, language, now)
            .map(|text| BotDecision::Answer { topic, text }),
    }
}

/// "A person will reply, usually within about N minutes", in `language`.
pub fn person_will_reply(language: &str, expected_minutes: u32, asked: bool) -> String {
    answers::person_will_reply(language, expected_minutes, asked)
}
