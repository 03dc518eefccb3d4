//! A clinic's configuration: identity, widget look, hours, departments and SLAs.
//!
//! The source of truth is a readable TOML file per clinic (`clinics/demo.toml`); the
//! dev seed validates it here and stores it as JSON, which the edge reads back.

use std::collections::BTreeMap;

use frontdesk_protocol::{Department, Urgency};
use serde::{Deserialize, Serialize};

use crate::access::AccessPolicy;
use crate::escalation::EscalationPolicy;
use crate::hours::{self, Schedule, WeeklyHours};
use crate::knowledge::Knowledge;
use crate::retention::Retention;
use crate::saved_reply::TemplateConfig;
use crate::survey::SurveySettings;
use crate::triage::TriageRules;
use crate::zone::Zone;

/// Everything Frontdesk knows about one clinic.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ClinicConfig {
    /// URL-safe id, used in the embed snippet's `data-clinic`.
    pub id: String,
    pub name: String,
    /// IANA time zone of the clinic, e.g. `Europe/Berlin`.
    pub timezone: String,
    /// ISO 3166 alpha-2 country of the clinic: the emergency number when the visitor's is unknown.
    pub country: String,
    pub phone: String,
    pub privacy_url: String,
    /// Website origins that may embed the widget, e.g. `https://clinic.example`.
    pub allowed_origins: Vec<String>,
    pub languages: Vec<String>,
    pub widget: WidgetSettings,
    /// What the bot may answer on its own: address, parking, prices, FAQ.
    #[serde(default)]
    pub knowledge: Knowledge,
    /// When the clinic answers, in its time zone.
    #[serde(default)]
    pub hours: Vec<WeeklyHours>,
    /// Local dates (`YYYY-MM-DD`) the clinic is closed all day.
    #[serde(default)]
    pub holidays: Vec<String>,
    pub departments: Vec<DepartmentConfig>,
    #[serde(default)]
    pub triage: TriageRules,
    /// Visitor API rate limits; safe defaults when the table is absent.
    #[serde(default)]
    pub rate_limits: crate::rate_limit::RateLimits,
    /// Who is notified, on a clock, about unanswered urgent and emergency messages.
    #[serde(default)]
    pub escalation: EscalationPolicy,
    /// Saved replies the dev seed loads into the clinic's templates table (`[[templates]]`).
    #[serde(default)]
    pub templates: Vec<TemplateConfig>,
    /// Days messages are kept; the daily sweep deletes older ones (1 to 3650, default 365).
    #[serde(default = "crate::retention::default_days")]
    pub retention_days: u32,
    /// The same in seconds, for test servers only; overrides `retention_days`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub retention_seconds: Option<u32>,
    /// When the clinic sends after-treatment surveys on its own.
    #[serde(default)]
    pub surveys: SurveySettings,
    /// Messaging channels besides the website (SMS, ...); none when absent.
    #[serde(default)]
    pub channels: crate::channel_config::ChannelsConfig,
    /// Who reads which conversations beyond their own teams; narrow when absent.
    #[serde(default)]
    pub access: AccessPolicy,
    /// Signed portal identities: whether `identify()` must be signed, and the names of
    /// the identity secrets; unsigned identities are taken as stated when absent.
    #[serde(default)]
    pub identity: crate::portal_identity::IdentitySettings,
    /// One-time codes that verify a visitor's phone: their lifetime and send limits.
    #[serde(default)]
    pub verification: crate::one_time_code::VerificationSettings,
}

/// How the widget looks on the clinic's site.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct WidgetSettings {
    pub greeting: String,
    /// `#rrggbb`.
    pub brand_color: String,
    #[serde(default = "default_position")]
    pub position: String,
    #[serde(default = "default_launcher_text")]
    pub launcher_text: String,
}

fn default_position() -> String {
    "right".into()
}

fn default_launcher_text() -> String {
    "Chat with us".into()
}

/// One team, and how fast it promises a first reply.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DepartmentConfig {
    pub id: Department,
    pub name: String,
    /// Minutes to the first reply, by urgency (`emergency`, `urgent`, `routine`).
    pub sla_minutes: BTreeMap<Urgency, u32>,
    /// This team's own hours; the clinic's when absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hours: Option<Vec<WeeklyHours>>,
    /// This team's own closed dates; the clinic's when absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub holidays: Option<Vec<String>>,
}

/// Why a configuration was refused.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum ConfigError {
    #[error("clinic id {0:?} must be 1-40 lowercase letters, digits or '-'")]
    BadId(String),
    #[error("unknown time zone {0:?}")]
    BadTimezone(String),
    #[error("brand colour {0:?} must be #rrggbb")]
    BadColor(String),
    #[error("allowed origin {0:?} must be scheme://host[:port] with no path")]
    BadOrigin(String),
    #[error("department {0} is listed twice")]
    DuplicateDepartment(&'static str),
    #[error("department {0} must be configured: triage routes to it")]
    MissingDepartment(&'static str),
    #[error("office hours: {0}")]
    BadHours(String),
    #[error("{0}")]
    Other(String),
}

impl ClinicConfig {
    /// Checks every field a running system relies on; call before storing a config.
    pub fn validate(&self) -> Result<(), ConfigError> {
        let id_ok = !self.id.is_empty()
            && self.id.len() <= 40
            && self
                .id
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
        if !id_ok {
            return Err(ConfigError::BadId(self.id.clone()));
        }
        self.tz()?;
        if crate::theme::parse_hex_color(&self.widget.brand_color).is_none() {
            return Err(ConfigError::BadColor(self.widget.brand_color.clone()));
        }
        for origin in &self.allowed_origins {
            if !is_origin(origin) {
                return Err(ConfigError::BadOrigin(origin.clone()));
            }
        }
        for (index, department) in self.departments.iter().enumerate() {
            if self.departments[..index]
                .iter()
                .any(|earlier| earlier.id == department.id)
            {
                return Err(ConfigError::DuplicateDepartment(department.id.as_str()));
            }
        }
        for required in Department::ALL {
            if !self.departments.iter().any(|d| d.id == required) {
                return Err(ConfigError::MissingDepartment(required.as_str()));
            }
        }
        let department_hours = self.departments.iter().filter_map(|d| d.hours.as_ref());
        for hours in self.hours.iter().chain(department_hours.flatten()) {
            hours.validate().map_err(ConfigError::BadHours)?;
        }
        let department_holidays = self.departments.iter().filter_map(|d| d.holidays.as_ref());
        for holidays in std::iter::once(&self.holidays).chain(department_holidays) {
            hours::validate_holidays(holidays).map_err(ConfigError::BadHours)?;
        }
        self.triage.validate().map_err(ConfigError::Other)?;
        self.knowledge.validate().map_err(ConfigError::Other)?;
        self.surveys.validate().map_err(ConfigError::Other)?;
        self.rate_limits.validate().map_err(ConfigError::Other)?;
        self.escalation.validate().map_err(ConfigError::Other)?;
        self.retention().validate().map_err(ConfigError::Other)?;
        self.access.validate().map_err(ConfigError::Other)?;
        self.validate_templates()?;
        self.channels.validate().map_err(ConfigError::Other)?;
        self.verification.validate().map_err(ConfigError::Other)?;
        if self.languages.is_empty() {
            return Err(ConfigError::Other("list at least one language".into()));
        }
        Ok(())
    }

    /// Each saved reply is valid and no shortcut is used twice.
    fn validate_templates(&self) -> Result<(), ConfigError> {
        for (index, saved) in self.templates.iter().enumerate() {
            saved.validate().map_err(|error| {
                ConfigError::Other(format!("template /{}: {error}", saved.shortcut))
            })?;
            if self.templates[..index]
                .iter()
                .any(|earlier| earlier.shortcut == saved.shortcut)
            {
                return Err(ConfigError::Other(format!(
                    "template shortcut /{} is listed twice",
                    saved.shortcut
                )));
            }
        }
        Ok(())
    }

    /// How long this clinic keeps messages.
    pub fn retention(&self) -> Retention {
        Retention {
            days: self.retention_days,
            seconds: self.retention_seconds,
        }
    }

    /// The clinic's time zone, from the installed zone source (`zone`).
    pub fn tz(&self) -> Result<Zone<'_>, ConfigError> {
        Zone::parse(&self.timezone).map_err(|_| ConfigError::BadTimezone(self.timezone.clone()))
    }

    /// When the clinic as a whole answers.
    pub fn schedule(&self) -> Result<Schedule<'_>, ConfigError> {
        Ok(Schedule {
            hours: &self.hours,
            holidays: &self.holidays,
            tz: self.tz()?,
        })
    }

    /// When one team answers: its own hours and holidays, else the clinic's.
    pub fn department_schedule(&self, department: Department) -> Result<Schedule<'_>, ConfigError> {
        let team = self.departments.iter().find(|d| d.id == department);
        Ok(Schedule {
            hours: team.and_then(|d| d.hours.as_deref()).unwrap_or(&self.hours),
            holidays: team
                .and_then(|d| d.holidays.as_deref())
                .unwrap_or(&self.holidays),
            tz: self.tz()?,
        })
    }

    /// Whether a browser `Origin` header value may use this clinic's widget API.
    pub fn allows_origin(&self, origin: &str) -> bool {
        self.allowed_origins.iter().any(|allowed| allowed == origin)
    }

    /// The SLA for a first reply, in minutes.
    pub fn sla_minutes(&self, department: Department, urgency: Urgency) -> u32 {
        self.departments
            .iter()
            .find(|d| d.id == department)
            .and_then(|d| d.sla_minutes.get(&urgency).copied())
            .unwrap_or(match urgency {
                Urgency::Emergency => 5,
                Urgency::Urgent => 30,
                Urgency::Routine => 240,
            })
    }
}

fn is_origin(raw: &str) -> bool {
    let rest = raw
        .strip_prefix("https://")
        .or_else(|| raw.strip_prefix("http://"));
    match rest {
        Some(host) => {
            !host.is_empty()
                && !host.contains('/')
                && host
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | ':'))
        }
        None => false,
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use chrono::{DateTime, Utc};

    /// An RFC 3339 instant, for test tables.
    pub(crate) fn at(raw: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(raw)
            .unwrap()
            .with_timezone(&Utc)
    }

    /// The demo clinic's real configuration file.
    pub(crate) fn demo() -> ClinicConfig {
        toml::from_str(include_str!("../../clinics/demo.toml")).expect("demo.toml parses")
    }

    #[test]
    fn demo_config_is_valid() {
        let config = demo();
        assert_eq!(config.id, "demo");
        config.validate().unwrap();
        assert!(config.allows_origin("http://127.0.0.1:8787"));
        assert!(!config.allows_origin("https://evil.example"));
    }

    #[test]
    fn config_survives_json_storage() {
        let config = demo();
        let json = serde_json::to_string(&config).unwrap();
        let back: ClinicConfig = serde_json::from_str(&json).unwrap();
        assert_eq!(back, config);
    }

    #[test]
    fn validation_refuses_bad_fields() {
        type Breakage = fn(&mut ClinicConfig);
        let cases: Vec<(Breakage, &str)> = vec![
            (|c| c.id = "Demo Clinic".into(), "clinic id"),
            (|c| c.timezone = "Mars/Olympus".into(), "time zone"),
            (|c| c.widget.brand_color = "teal".into(), "brand colour"),
            (
                |c| c.allowed_origins = vec!["https://a.example/path".into()],
                "allowed origin",
            ),
            (
                |c| c.departments.retain(|d| d.id != Department::Billing),
                "billing",
            ),
            (|c| c.languages.clear(), "language"),
            (|c| c.holidays = vec!["Dec 25".into()], "holiday"),
            (|c| c.retention_days = 0, "retention_days"),
            (|c| c.retention_days = 36_500, "retention_days"),
            (
                |c| c.templates[0].body = "{{patient.name}}".into(),
                "template",
            ),
            (|c| c.templates[0].shortcut = "Parking".into(), "shortcut"),
            (
                |c| c.templates[1].shortcut = c.templates[0].shortcut.clone(),
                "listed twice",
            ),
            (
                |c| {
                    c.departments[0].hours = Some(vec![WeeklyHours {
                        days: vec!["mon".into()],
                        open: "09:00".into(),
                        close: "09:00".into(),
                    }])
                },
                "office hours",
            ),
        ];
        for (break_it, expected) in cases {
            let mut config = demo();
            break_it(&mut config);
            let error = config.validate().unwrap_err().to_string();
            assert!(
                error.contains(expected),
                "{error} should mention {expected}"
            );
        }
    }

    #[test]
    fn departments_have_their_own_hours_or_the_clinics() {
        let config = demo();
        // Wednesday 2026-11-25 17:00 Berlin: the clinic is open, appointments has closed.
        let at = DateTime::parse_from_rfc3339("2026-11-25T16:00:00Z")
            .unwrap()
            .with_timezone(&Utc);
        assert!(config.schedule().unwrap().is_open(at));
        assert!(config
            .department_schedule(Department::Billing)
            .unwrap()
            .is_open(at));
        assert!(!config
            .department_schedule(Department::Appointments)
            .unwrap()
            .is_open(at));
        // Christmas Day is a clinic holiday.
        let christmas = DateTime::parse_from_rfc3339("2026-12-25T10:00:00Z")
            .unwrap()
            .with_timezone(&Utc);
        assert!(!config.schedule().unwrap().is_open(christmas));
    }

    #[test]
    fn sla_comes_from_department_with_defaults() {
        let config = demo();
        assert!(
            config.sla_minutes(Department::Clinical, Urgency::Emergency)
                < config.sla_minutes(Department::Clinical, Urgency::Routine)
        );
    }
}
