//! Triage: how urgent a visitor message is and which team it goes to.
//!
//! A first, keyword-based version; rules are per clinic with built-in defaults.

use frontdesk_protocol::{Department, Triage, Urgency};
use serde::{Deserialize, Serialize};

/// Per-clinic additions to the built-in vocabularies.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TriageRules {
    /// Extra phrases that always mean `emergency`.
    #[serde(default)]
    pub emergency_phrases: Vec<String>,
    /// Extra phrases that mean `urgent`.
    #[serde(default)]
    pub urgent_phrases: Vec<String>,
}

const EMERGENCY: &[&str] = &[
    "chest pain",
    "can't breathe",
    "cant breathe",
    "cannot breathe",
    "won't stop bleeding",
    "wont stop bleeding",
    "unconscious",
    "seizure",
    "overdose",
    "suicid",
];

const URGENT: &[&str] = &["bleeding", "fever", "infection", "stitches", "swollen", "pus"];

const DEPARTMENTS: &[(Department, &[&str])] = &[
    (
        Department::Billing,
        &["invoice", "bill", "pay", "insurance", "refund", "price", "cost"],
    ),
    (
        Department::Appointments,
        &["appointment", "book", "reschedule", "cancel", "slot"],
    ),
];

/// Triage one visitor message with a clinic's rules.
pub fn triage(rules: &TriageRules, text: &str) -> Triage {
    let lower = text.to_lowercase();
    let hit = |phrases: &[&str], extra: &[String]| {
        phrases
            .iter()
            .copied()
            .chain(extra.iter().map(String::as_str))
            .find(|phrase| lower.contains(&phrase.to_lowercase()))
            .map(str::to_owned)
    };
    if let Some(phrase) = hit(EMERGENCY, &rules.emergency_phrases) {
        return Triage {
            urgency: Urgency::Emergency,
            department: Department::Clinical,
            reason: format!("emergency sign: {phrase}"),
        };
    }
    if let Some(phrase) = hit(URGENT, &rules.urgent_phrases) {
        return Triage {
            urgency: Urgency::Urgent,
            department: Department::Clinical,
            reason: format!("urgent sign: {phrase}"),
        };
    }
    for (department, words) in DEPARTMENTS {
        if let Some(word) = hit(words, &[]) {
            return Triage {
                urgency: Urgency::Routine,
                department: *department,
                reason: format!("topic: {word}"),
            };
        }
    }
    Triage {
        urgency: Urgency::Routine,
        department: Department::FrontDesk,
        reason: "no rule matched".into(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn triage_table() {
        let rules = TriageRules::default();
        let cases = [
            (
                "I have chest pain",
                Urgency::Emergency,
                Department::Clinical,
            ),
            (
                "I'm bleeding still - should I be worried?",
                Urgency::Urgent,
                Department::Clinical,
            ),
            (
                "Can I book an appointment for Tuesday?",
                Urgency::Routine,
                Department::Appointments,
            ),
            (
                "Question about my invoice",
                Urgency::Routine,
                Department::Billing,
            ),
            (
                "Where do I park?",
                Urgency::Routine,
                Department::FrontDesk,
            ),
        ];
        for (text, urgency, department) in cases {
            let got = triage(&rules, text);
            assert_eq!((got.urgency, got.department), (urgency, department), "{text}");
            assert!(!got.reason.is_empty());
        }
    }

    #[test]
    fn clinic_phrases_extend_the_defaults() {
        let rules = TriageRules {
            emergency_phrases: vec!["Code Blue".into()],
            urgent_phrases: vec![],
        };
        assert_eq!(triage(&rules, "code blue here").urgency, Urgency::Emergency);
    }
}
