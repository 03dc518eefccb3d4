//! Red-flag survey answers as FHIR R4 `Flag` resources (issue 22), so an outcomes tool can
//! count them: one active, clinical Flag per after-treatment survey answer that raised a
//! red flag (reopened the conversation as urgent).
//!
//! The Flag's code names the red flag from the answer's structured fields only (rating,
//! problems reported): the comment is the patient's free text, which the export already
//! carries once, as the answer's Communication. `Flag.subject` is required (1..1), so an
//! unverified visitor is the same display-only Patient reference the Communications use.

use serde_json::{json, Value};

use super::{urn_uuid, Export};

/// HL7's flag-category code system, which `Flag.category` is bound to (example strength).
const FLAG_CATEGORY: &str = "http://terminology.hl7.org/CodeSystem/flag-category";

/// The deployment's code for a red flag raised by a survey answer.
const SURVEY_RED_FLAG: &str = "after-treatment-survey";

/// A survey answer that raised a red flag, as the export needs it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RedFlag {
    pub survey_id: String,
    /// RFC 3339: when the visitor answered (`Flag.period.start`).
    pub answered_at: String,
    /// 1–5.
    pub rating: u8,
    /// The visitor reported problems since the treatment.
    pub problems: bool,
}

impl RedFlag {
    /// What the Flag says, from the structured answer only.
    fn text(&self) -> String {
        let problems = if self.problems { "yes" } else { "no" };
        format!(
            "Red flag in an after-treatment survey answer (rated {}/5, problems since the treatment: {problems})",
            self.rating
        )
    }
}

impl Export<'_> {
    pub(super) fn flag_url(flag: &RedFlag) -> String {
        urn_uuid("survey-red-flag", &flag.survey_id)
    }

    pub(super) fn flag(&self, flag: &RedFlag, has_patient: bool) -> Value {
        let code_system = format!(
            "{}/fhir/CodeSystem/red-flag",
            self.base_url.trim_end_matches('/')
        );
        json!({
            "resourceType": "Flag",
            "identifier": [{ "system": self.system("survey"), "value": flag.survey_id }],
            "status": "active",
            "category": [{
                "coding": [{ "system": FLAG_CATEGORY, "code": "clinical", "display": "Clinical" }],
            }],
            "code": {
                "coding": [{
                    "system": code_system,
                    "code": SURVEY_RED_FLAG,
                    "display": "Red flag in an after-treatment survey answer",
                }],
                "text": flag.text(),
            },
            "subject": self.patient_ref(has_patient),
            "period": { "start": flag.answered_at },
            "encounter": { "reference": self.encounter_url() },
            "author": self.organization_ref(),
        })
    }
}
