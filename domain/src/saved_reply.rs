//! Saved replies: what a clinic's template is (shortcut, title, body, department), the
//! rules a template must keep to be saved, and the live values it is rendered with.
//!
//! Rendering itself is `template::render` (one pass, values never expanded again).

use chrono::{DateTime, Utc};
use frontdesk_protocol::Department;
use serde::{Deserialize, Serialize};

use crate::hours::{self, Schedule};
use crate::template::{self, TemplateError, Values};

/// Longest shortcut, in characters.
pub const MAX_SHORTCUT_CHARS: usize = 32;
/// Longest title, in characters.
pub const MAX_TITLE_CHARS: usize = 120;

/// One saved reply as the clinic's configuration file lists it (`[[templates]]`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TemplateConfig {
    /// Typed as `/shortcut` in the reply box: lowercase letters, digits and '-'.
    pub shortcut: String,
    pub title: String,
    /// The text with `{{variable|fallback}}` placeholders.
    pub body: String,
    /// The team it is for; every team's when absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub department: Option<Department>,
}

/// Why a saved reply can't be stored.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SavedReplyError {
    #[error("the shortcut must be 1-{MAX_SHORTCUT_CHARS} lowercase letters, digits or '-' (e.g. parking)")]
    BadShortcut,
    #[error("the title must be 1-{MAX_TITLE_CHARS} characters")]
    BadTitle,
    #[error("the template text is empty")]
    EmptyBody,
    #[error(transparent)]
    Body(#[from] TemplateError),
}

/// Checks a shortcut: `parking`, `after-extraction`, `x-ray-2`.
pub fn validate_shortcut(shortcut: &str) -> Result<(), SavedReplyError> {
    let ok = (1..=MAX_SHORTCUT_CHARS).contains(&shortcut.len())
        && shortcut
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
    if ok {
        Ok(())
    } else {
        Err(SavedReplyError::BadShortcut)
    }
}

/// Checks every field of a saved reply before it is stored.
pub fn validate(shortcut: &str, title: &str, body: &str) -> Result<(), SavedReplyError> {
    validate_shortcut(shortcut)?;
    let title_chars = title.trim().chars().count();
    if title_chars == 0 || title.chars().count() > MAX_TITLE_CHARS {
        return Err(SavedReplyError::BadTitle);
    }
    if body.trim().is_empty() {
        return Err(SavedReplyError::EmptyBody);
    }
    template::validate(body)?;
    Ok(())
}

impl TemplateConfig {
    pub fn validate(&self) -> Result<(), SavedReplyError> {
        validate(&self.shortcut, &self.title, &self.body)
    }

    /// Whether it is offered in a conversation of `department`.
    pub fn applies_to(&self, department: Department) -> bool {
        applies_to(self.department, department)
    }
}

/// Whether a template for `template_department` (None: all) fits a conversation's team.
pub fn applies_to(template_department: Option<Department>, department: Department) -> bool {
    template_department.is_none_or(|own| own == department)
}

/// The live values of one conversation that templates are rendered with.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct LiveValues {
    pub visitor_name: Option<String>,
    pub clinic_name: String,
    pub clinic_phone: String,
    pub next_opening: Option<String>,
    pub staff_first_name: String,
}

impl LiveValues {
    /// As `template::render` takes them.
    pub fn values(&self) -> Values<'_> {
        let mut values = Values::new();
        if let Some(name) = &self.visitor_name {
            values.insert("visitor.name", name);
        }
        values.insert("clinic.name", &self.clinic_name);
        values.insert("clinic.phone", &self.clinic_phone);
        if let Some(opening) = &self.next_opening {
            values.insert("clinic.next_opening", opening);
        }
        values.insert("staff.first_name", &self.staff_first_name);
        values
    }

    /// Fills in `body`; a body that no longer parses comes back as written.
    pub fn render(&self, body: &str) -> String {
        template::render(body, &self.values()).unwrap_or_else(|_| body.to_owned())
    }
}

/// `{{clinic.next_opening}}` for a team's schedule at `now`: "now" while it is open, its
/// next opening in the clinic's local time while closed (as the after-hours reply says
/// it), `None` when it never opens (the template's fallback shows).
pub fn next_opening_text(schedule: &Schedule<'_>, now: DateTime<Utc>) -> Option<String> {
    if schedule.is_open(now) {
        return Some("now".into());
    }
    schedule
        .next_opening(now)
        .map(|at| hours::opening_text("en", at))
}

/// The first word of a staff member's name, as replies are signed.
pub fn first_name(name: &str) -> String {
    name.split_whitespace().next().unwrap_or(name).to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::hours::WeeklyHours;

    #[test]
    fn shortcuts_table() {
        let cases = [
            ("parking", true),
            ("after-extraction", true),
            ("x-ray-2", true),
            ("a", true),
            (&"a".repeat(MAX_SHORTCUT_CHARS), true),
            (&"a".repeat(MAX_SHORTCUT_CHARS + 1), false),
            ("", false),
            ("Parking", false),
            ("/parking", false),
            ("park ing", false),
            ("park_ing", false),
            ("pärking", false),
        ];
        for (shortcut, ok) in cases {
            assert_eq!(validate_shortcut(shortcut).is_ok(), ok, "{shortcut:?}");
        }
    }

    #[test]
    fn fields_are_checked_in_order_with_reasons() {
        assert_eq!(
            validate("parking", "Parking", "Call {{clinic.phone}}."),
            Ok(())
        );
        assert_eq!(
            validate("Bad!", "Parking", "x"),
            Err(SavedReplyError::BadShortcut)
        );
        assert_eq!(validate("p", "  ", "x"), Err(SavedReplyError::BadTitle));
        assert_eq!(
            validate("p", &"t".repeat(MAX_TITLE_CHARS + 1), "x"),
            Err(SavedReplyError::BadTitle)
        );
        assert_eq!(validate("p", "t", " \n"), Err(SavedReplyError::EmptyBody));
        assert_eq!(
            validate("p", "t", "Hi {{patient}}"),
            Err(SavedReplyError::Body(TemplateError::UnknownVariable(
                "patient".into()
            )))
        );
        assert_eq!(
            validate("p", "t", "Hi {{visitor.name"),
            Err(SavedReplyError::Body(TemplateError::Unclosed(3)))
        );
    }

    #[test]
    fn departments_filter_templates() {
        assert!(applies_to(None, Department::Billing));
        assert!(applies_to(Some(Department::Billing), Department::Billing));
        assert!(!applies_to(Some(Department::Billing), Department::Clinical));
    }

    #[test]
    fn live_values_fill_in_with_fallbacks_and_no_second_pass() {
        let values = LiveValues {
            visitor_name: None,
            clinic_name: "Lakeside".into(),
            clinic_phone: "+49 30 555 0142".into(),
            next_opening: None,
            staff_first_name: "{{clinic.phone}} <script>".into(),
        };
        assert_eq!(
            values.render(
                "Hi {{visitor.name|there}}, call {{clinic.phone}}; open {{clinic.next_opening|soon}}. {{staff.first_name}}"
            ),
            "Hi there, call +49 30 555 0142; open soon. {{clinic.phone}} <script>"
        );
        assert_eq!(values.render("broken {{"), "broken {{");
        assert_eq!(first_name("Sam Taylor"), "Sam");
        assert_eq!(first_name(""), "");
    }

    #[test]
    fn next_opening_is_now_while_open_and_the_local_time_while_closed() {
        let hours = vec![WeeklyHours {
            days: vec![
                "mon".into(),
                "tue".into(),
                "wed".into(),
                "thu".into(),
                "fri".into(),
            ],
            open: "08:00".into(),
            close: "18:00".into(),
        }];
        let schedule = Schedule {
            hours: &hours,
            holidays: &[],
            tz: crate::zone::Zone::parse("Europe/Berlin").unwrap(),
        };
        let at = |raw: &str| {
            DateTime::parse_from_rfc3339(raw)
                .unwrap()
                .with_timezone(&Utc)
        };
        // Wednesday 2026-11-25 10:00 Berlin: open.
        assert_eq!(
            next_opening_text(&schedule, at("2026-11-25T09:00:00Z")).as_deref(),
            Some("now")
        );
        // Wednesday 19:00 Berlin: closed until Thursday 08:00.
        assert_eq!(
            next_opening_text(&schedule, at("2026-11-25T18:00:00Z")).as_deref(),
            Some("Thursday 2026-11-26 08:00")
        );
        let never = Schedule {
            hours: &[],
            holidays: &[],
            tz: crate::zone::Zone::parse("Europe/Berlin").unwrap(),
        };
        assert_eq!(next_opening_text(&never, at("2026-11-25T18:00:00Z")), None);
    }
}
