//! Saved replies (templates): the staff list with live rendering, and the admin calls.

use serde::{Deserialize, Serialize};

use crate::Department;

/// One saved reply of a clinic.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SavedReply {
    pub id: String,
    /// Typed as `/shortcut` in the reply box.
    pub shortcut: String,
    pub title: String,
    /// The text with its `{{variable|fallback}}` placeholders.
    pub body: String,
    /// The team it is for; `None` for every team.
    pub department: Option<Department>,
    /// RFC 3339.
    pub updated_at: String,
    /// Staff id of the last editor (`seed` for the clinic's configuration file).
    pub updated_by: String,
    /// The body filled in for the conversation asked about; absent without one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rendered: Option<String>,
}

/// `GET /v1/staff/templates`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TemplatesResponse {
    pub templates: Vec<SavedReply>,
}

/// `POST /v1/admin/templates` and `PUT /v1/admin/templates/{id}` body.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SaveTemplateRequest {
    pub shortcut: String,
    pub title: String,
    pub body: String,
    #[serde(default)]
    pub department: Option<Department>,
}

/// `DELETE /v1/admin/templates/{id}` answer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DeletedTemplate {
    pub id: String,
    pub deleted: bool,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn template_types_round_trip() {
        let list = TemplatesResponse {
            templates: vec![SavedReply {
                id: "t_1".into(),
                shortcut: "parking".into(),
                title: "Parking".into(),
                body: "Call {{clinic.phone}}".into(),
                department: Some(Department::FrontDesk),
                updated_at: "2026-11-25T10:00:00Z".into(),
                updated_by: "seed".into(),
                rendered: Some("Call +49".into()),
            }],
        };
        let json = serde_json::to_string(&list).unwrap();
        assert!(json.contains("\"front-desk\""));
        assert_eq!(
            serde_json::from_str::<TemplatesResponse>(&json).unwrap(),
            list
        );

        let unrendered = SavedReply {
            rendered: None,
            department: None,
            ..list.templates[0].clone()
        };
        let json = serde_json::to_string(&unrendered).unwrap();
        assert!(!json.contains("rendered"));
        assert!(json.contains("\"department\":null"));

        let request: SaveTemplateRequest =
            serde_json::from_str(r#"{"shortcut":"a","title":"b","body":"c"}"#).unwrap();
        assert_eq!(request.department, None);
        let deleted = DeletedTemplate {
            id: "t_1".into(),
            deleted: true,
        };
        let json = serde_json::to_string(&deleted).unwrap();
        assert_eq!(
            serde_json::from_str::<DeletedTemplate>(&json).unwrap(),
            deleted
        );
    }
}
