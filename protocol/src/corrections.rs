//! Corrections from the field: staff re-triage a conversation, the reports count how
//! often, and admins export corrections for the triage corpus.

use serde::{Deserialize, Serialize};

use crate::{Department, InboxEntry, Urgency};

/// `POST /v1/staff/conversations/{id}/triage`: the corrected urgency and/or department,
/// and why. What is left out stays as it is.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TriageCorrectionRequest {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub urgency: Option<Urgency>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub department: Option<Department>,
    /// A short note for the team and the corpus (1 to 500 characters).
    pub reason: String,
}

/// Which way a correction moved the conversation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CorrectionDirection {
    /// More urgent than triage said.
    Up,
    /// Less urgent than triage said.
    Down,
    /// Same urgency, another department.
    Department,
}

impl CorrectionDirection {
    pub fn as_str(self) -> &'static str {
        match self {
            CorrectionDirection::Up => "up",
            CorrectionDirection::Down => "down",
            CorrectionDirection::Department => "department",
        }
    }

    pub fn parse(raw: &str) -> Option<CorrectionDirection> {
        [
            CorrectionDirection::Up,
            CorrectionDirection::Down,
            CorrectionDirection::Department,
        ]
        .into_iter()
        .find(|d| d.as_str() == raw)
    }
}

/// Where triage had a conversation and where staff put it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct TriageChange {
    pub from_urgency: Urgency,
    pub to_urgency: Urgency,
    pub from_department: Department,
    pub to_department: Department,
    pub direction: CorrectionDirection,
}

/// One stored correction, as its clinic's staff see it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TriageCorrection {
    #[serde(flatten)]
    pub change: TriageChange,
    /// The language triage guessed for the corrected message (`en`, `es`, …), if known.
    pub language: Option<String>,
    /// Triage's own reason at the time.
    pub triage_reason: Option<String>,
    pub reason: String,
    pub staff_id: String,
    /// RFC 3339.
    pub corrected_at: String,
}

/// The answer to a correction: the conversation's new inbox row and the correction.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TriageCorrectionResponse {
    pub conversation: InboxEntry,
    pub correction: TriageCorrection,
}

/// How often staff corrected triage in a report's period: the real-world accuracy figure.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct CorrectionReport {
    /// Every language together (`language` is `all`).
    pub total: CorrectionCounts,
    /// The same per triage language, `unknown` where triage recorded none.
    pub by_language: Vec<CorrectionCounts>,
}

/// Corrections of one language's conversations (or of all).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct CorrectionCounts {
    pub language: String,
    /// Conversations with a visitor message in the period.
    pub conversations: u32,
    /// Corrections made in the period.
    pub corrections: u32,
    pub up: u32,
    pub down: u32,
    pub department_only: u32,
    /// Conversations with at least one correction, divided by `conversations`.
    pub corrected_share: Option<f64>,
}

/// `GET /v1/admin/triage-corrections`: corrections without patient identifiers.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CorrectionExport {
    /// RFC 3339.
    pub exported_at: String,
    pub corrections: Vec<ExportedCorrection>,
}

/// One correction for the corpus: no conversation id, names, contacts or staff ids.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ExportedCorrection {
    /// A pseudonym valid within this export only (`case-1`, …): corrections of one
    /// conversation share it.
    pub case: String,
    /// `YYYY-MM-DD` (UTC).
    pub corrected_on: String,
    pub language: Option<String>,
    #[serde(flatten)]
    pub change: TriageChange,
    pub triage_reason: Option<String>,
    /// The staff reason, with identifiers scrubbed.
    pub reason: String,
    /// The visitor message triage assessed, with identifiers scrubbed; `None` when it
    /// is gone (retention or erasure).
    pub text: Option<String>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn correction_types_round_trip() {
        let request: TriageCorrectionRequest =
            serde_json::from_str(r#"{"urgency":"urgent","reason":"called back"}"#).unwrap();
        assert_eq!(request.urgency, Some(Urgency::Urgent));
        assert_eq!(request.department, None);
        let json = serde_json::to_string(&request).unwrap();
        assert_eq!(
            serde_json::from_str::<TriageCorrectionRequest>(&json).unwrap(),
            request
        );
        assert!(
            serde_json::from_str::<TriageCorrectionRequest>(r#"{"urgency":"urgent"}"#).is_err()
        );

        let exported = CorrectionExport {
            exported_at: "2026-11-25T10:00:00Z".into(),
            corrections: vec![ExportedCorrection {
                case: "case-1".into(),
                corrected_on: "2026-11-25".into(),
                language: Some("de".into()),
                change: TriageChange {
                    from_urgency: Urgency::Routine,
                    to_urgency: Urgency::Urgent,
                    from_department: Department::FrontDesk,
                    to_department: Department::Clinical,
                    direction: CorrectionDirection::Up,
                },
                triage_reason: None,
                reason: "missed".into(),
                text: Some("text".into()),
            }],
        };
        let json = serde_json::to_string(&exported).unwrap();
        assert!(
            json.contains(r#""direction":"up""#) && json.contains(r#""from_urgency":"routine""#)
        );
        assert_eq!(
            serde_json::from_str::<CorrectionExport>(&json).unwrap(),
            exported
        );

        let english = CorrectionCounts {
            language: "en".into(),
            conversations: 4,
            corrections: 1,
            up: 1,
            corrected_share: Some(0.25),
            ..CorrectionCounts::default()
        };
        let report = CorrectionReport {
            total: CorrectionCounts {
                language: "all".into(),
                ..english.clone()
            },
            by_language: vec![english],
        };
        let json = serde_json::to_string(&report).unwrap();
        assert_eq!(
            serde_json::from_str::<CorrectionReport>(&json).unwrap(),
            report
        );
        for direction in [
            CorrectionDirection::Up,
            CorrectionDirection::Down,
            CorrectionDirection::Department,
        ] {
            assert_eq!(
                CorrectionDirection::parse(direction.as_str()),
                Some(direction)
            );
        }
    }
}
