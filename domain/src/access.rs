//! Who may read which conversation. Staff see the conversations of their own teams
//! (departments) and those assigned to them; admins see all. A clinic may widen it per
//! role in its `[access]` section (a small practice may let the front desk read
//! everything); the default is the narrow rule.
//!
//! Everything that shows patient text to staff asks [`Scope`]: the thread, its socket,
//! notes, history, labels, surveys, claims, triage corrections, search results, and the
//! inbox rows (rows of other teams are listed without patient text, so a team sees the
//! clinic's load without reading it).

use frontdesk_protocol::{Department, InboxEntry, StaffProfile, StaffRole, VisitorIdentity};
use serde::{Deserialize, Serialize};

/// A clinic's `[access]` section.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AccessPolicy {
    /// Roles that read every team's conversations; admins always do. Empty by default:
    /// each person reads their own teams' conversations and those assigned to them.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub read_all: Vec<StaffRole>,
    /// Hours a console session lasts (1 to 24; 12 when absent). Its sockets close when
    /// it ends.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub session_hours: Option<u32>,
    /// The same in seconds, for test servers only; overrides `session_hours`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub session_seconds: Option<u32>,
}

/// A console session's length when the clinic sets none: a working day.
pub const DEFAULT_SESSION_HOURS: u32 = 12;

impl AccessPolicy {
    /// How long a new console session lasts, in seconds.
    pub fn session_seconds(&self) -> i64 {
        match (self.session_seconds, self.session_hours) {
            (Some(seconds), _) => i64::from(seconds),
            (None, hours) => i64::from(hours.unwrap_or(DEFAULT_SESSION_HOURS)) * 3600,
        }
    }

    /// Checks the session length.
    pub fn validate(&self) -> Result<(), String> {
        if let Some(hours) = self.session_hours {
            if !(1..=24).contains(&hours) {
                return Err(format!("access.session_hours {hours} must be 1 to 24"));
            }
        }
        if self.session_seconds == Some(0) {
            return Err("access.session_seconds must be at least 1".into());
        }
        Ok(())
    }
}

/// What one staff member may read, worked out once per request or socket.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Scope {
    /// Every conversation of the clinic.
    All,
    /// The conversations of these teams, and those assigned to `staff_id`.
    Teams {
        staff_id: String,
        departments: Vec<Department>,
    },
}

/// The prefix of the socket tag that carries a scope (see [`Scope::tag`]).
const TAG_PREFIX: &str = "scope:";

impl Scope {
    /// The scope of `staff` under the clinic's `policy`.
    pub fn of(policy: &AccessPolicy, staff: &StaffProfile) -> Scope {
        if staff.role == StaffRole::Admin || policy.read_all.contains(&staff.role) {
            return Scope::All;
        }
        Scope::Teams {
            staff_id: staff.id.clone(),
            departments: staff.departments.clone(),
        }
    }

    /// Whether this scope may open a conversation routed to `department` (`None`: not
    /// routed yet) and owned by `assigned_to`.
    pub fn may_open(&self, department: Option<Department>, assigned_to: Option<&str>) -> bool {
        match self {
            Scope::All => true,
            Scope::Teams {
                staff_id,
                departments,
            } => {
                department.is_some_and(|department| departments.contains(&department))
                    || assigned_to == Some(staff_id.as_str())
            }
        }
    }

    /// Whether this scope may open the conversation of an inbox row. A row that holds no
    /// message yet is not routed: the visitor's first message is triaged on its way in,
    /// but the row learns its team from the inbox queue a moment later, and until then
    /// its department is only the table's default.
    pub fn may_open_entry(&self, entry: &InboxEntry) -> bool {
        let routed = (entry.last_seq > 0).then_some(entry.department);
        self.may_open(routed, entry.assigned_to.as_deref())
    }

    /// An inbox row as this scope sees it: whole when it may open the conversation, else
    /// only what routes work (urgency, team, status, deadline, owner), with no preview,
    /// triage reason, page, visitor identity or labels.
    pub fn row(&self, entry: InboxEntry) -> InboxEntry {
        if self.may_open_entry(&entry) {
            return entry;
        }
        InboxEntry {
            last_message_preview: None,
            triage_reason: None,
            page_url: None,
            visitor: VisitorIdentity::default(),
            verified: Default::default(),
            labels: Vec::new(),
            ..entry
        }
    }

    /// The scope as one WebSocket tag (at most ~100 bytes, within the 256 allowed), so
    /// a hibernated socket still knows what it may be sent.
    pub fn tag(&self) -> String {
        match self {
            Scope::All => format!("{TAG_PREFIX}all"),
            Scope::Teams {
                staff_id,
                departments,
            } => {
                let teams: Vec<&str> = departments.iter().map(|d| d.as_str()).collect();
                format!("{TAG_PREFIX}{staff_id}:{}", teams.join(","))
            }
        }
    }

    /// The scope a tag from [`Scope::tag`] names; `None` for any other tag.
    pub fn from_tag(tag: &str) -> Option<Scope> {
        let rest = tag.strip_prefix(TAG_PREFIX)?;
        if rest == "all" {
            return Some(Scope::All);
        }
        let (staff_id, teams) = rest.rsplit_once(':')?;
        let departments = teams
            .split(',')
            .filter(|team| !team.is_empty())
            .map(Department::parse)
            .collect::<Option<Vec<_>>>()?;
        Some(Scope::Teams {
            staff_id: staff_id.to_owned(),
            departments,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use frontdesk_protocol::{ConversationStatus, Urgency};

    fn staff(id: &str, role: StaffRole, departments: &[Department]) -> StaffProfile {
        StaffProfile {
            id: id.into(),
            clinic_id: "demo".into(),
            email: format!("{id}@demo.test"),
            name: id.into(),
            role,
            departments: departments.to_vec(),
            disabled: false,
            language: None,
        }
    }

    fn entry(department: Department, assigned_to: Option<&str>) -> InboxEntry {
        InboxEntry {
            conversation_id: "c_1".into(),
            urgency: Urgency::Urgent,
            department,
            status: ConversationStatus::Open,
            sla_deadline: Some("2026-11-25T10:05:00Z".into()),
            created_at: "2026-11-25T10:00:00Z".into(),
            last_message_at: Some("2026-11-25T10:00:00Z".into()),
            last_message_preview: Some("a fever and a rash".into()),
            last_seq: 3,
            assigned_to: assigned_to.map(str::to_owned),
            page_url: Some("https://clinic.example/dermatology".into()),
            triage_reason: Some("fever with rash".into()),
            visitor: VisitorIdentity {
                name: Some("Ada".into()),
                email: Some("ada@example.com".into()),
                phone: None,
                user_id: None,
            },
            verified: Default::default(),
            labels: vec!["skin".into()],
            channel: Default::default(),
            address: None,
        }
    }

    use Department::{Appointments, Billing, Clinical, FrontDesk};

    #[test]
    fn each_team_opens_its_own_and_what_is_assigned_to_it() {
        let narrow = AccessPolicy::default();
        let front_desk = staff("s_fd", StaffRole::FrontDesk, &[FrontDesk]);
        let clinician = staff("s_cl", StaffRole::Clinician, &[Clinical]);
        let admin = staff("s_ad", StaffRole::Admin, &[]);
        let two_teams = staff("s_two", StaffRole::FrontDesk, &[Appointments, Billing]);
        // (who, department, assigned to, may open)
        let cases = [
            (&front_desk, Clinical, None, false),
            (&front_desk, FrontDesk, None, true),
            (&front_desk, Clinical, Some("s_fd"), true),
            (&front_desk, Clinical, Some("s_cl"), false),
            (&front_desk, Appointments, None, false),
            (&clinician, Clinical, None, true),
            (&clinician, Clinical, Some("s_fd"), true),
            (&clinician, FrontDesk, None, false),
            (&clinician, Billing, Some("s_cl"), true),
            (&admin, Clinical, Some("s_fd"), true),
            (&admin, Billing, None, true),
            (&two_teams, Billing, None, true),
            (&two_teams, Appointments, Some("s_cl"), true),
            (&two_teams, Clinical, None, false),
        ];
        for (who, department, assigned_to, expected) in cases {
            let scope = Scope::of(&narrow, who);
            assert_eq!(
                scope.may_open(Some(department), assigned_to),
                expected,
                "{} {department:?} assigned to {assigned_to:?}",
                who.id
            );
        }
    }

    #[test]
    fn a_clinic_can_widen_reading_for_a_role() {
        let wide = AccessPolicy {
            read_all: vec![StaffRole::FrontDesk],
            ..AccessPolicy::default()
        };
        let front_desk = staff("s_fd", StaffRole::FrontDesk, &[FrontDesk]);
        let clinician = staff("s_cl", StaffRole::Clinician, &[Clinical]);
        assert_eq!(Scope::of(&wide, &front_desk), Scope::All);
        assert!(!Scope::of(&wide, &clinician).may_open(Some(FrontDesk), None));
    }

    #[test]
    fn a_conversation_not_routed_yet_is_no_teams() {
        let front_desk = staff("s_fd", StaffRole::FrontDesk, &[FrontDesk]);
        let scope = Scope::of(&AccessPolicy::default(), &front_desk);
        let mut fresh = entry(FrontDesk, None);
        fresh.last_seq = 0;
        assert!(!scope.may_open_entry(&fresh));
        assert!(Scope::All.may_open_entry(&fresh));
        fresh.assigned_to = Some("s_fd".into());
        assert!(scope.may_open_entry(&fresh));
        assert!(scope.may_open_entry(&entry(FrontDesk, None)));
    }

    #[test]
    fn someone_in_no_team_opens_only_what_is_assigned_to_them() {
        let nobody = staff("s_new", StaffRole::Clinician, &[]);
        let scope = Scope::of(&AccessPolicy::default(), &nobody);
        for department in Department::ALL {
            assert!(!scope.may_open(Some(department), None), "{department:?}");
            assert!(
                scope.may_open(Some(department), Some("s_new")),
                "{department:?}"
            );
        }
    }

    #[test]
    fn rows_of_other_teams_carry_no_patient_text() {
        let scope = Scope::of(
            &AccessPolicy::default(),
            &staff("s_fd", StaffRole::FrontDesk, &[FrontDesk]),
        );
        let own = entry(FrontDesk, None);
        assert_eq!(scope.row(own.clone()), own);
        let other = scope.row(entry(Clinical, Some("s_cl")));
        assert_eq!(other.last_message_preview, None);
        assert_eq!(other.triage_reason, None);
        assert_eq!(other.page_url, None);
        assert_eq!(other.visitor, VisitorIdentity::default());
        assert!(other.labels.is_empty());
        // What routes work stays.
        assert_eq!(other.urgency, Urgency::Urgent);
        assert_eq!(other.department, Clinical);
        assert_eq!(other.assigned_to.as_deref(), Some("s_cl"));
        assert_eq!(other.sla_deadline.as_deref(), Some("2026-11-25T10:05:00Z"));
        assert_eq!(other.last_seq, 3);
    }

    #[test]
    fn scopes_survive_their_socket_tag() {
        let scopes = [
            Scope::All,
            Scope::Teams {
                staff_id: "s_fd".into(),
                departments: vec![FrontDesk],
            },
            Scope::Teams {
                staff_id: "s_x:y".into(),
                departments: vec![Clinical, Appointments, Billing, FrontDesk],
            },
            Scope::Teams {
                staff_id: "s_none".into(),
                departments: vec![],
            },
        ];
        for scope in scopes {
            let tag = scope.tag();
            assert!(tag.len() <= 256, "{tag}");
            assert_eq!(Scope::from_tag(&tag), Some(scope), "{tag}");
        }
        for other in ["session:abc", "staff:s_fd", "scope:s_fd:surgery", "scope"] {
            assert_eq!(Scope::from_tag(other), None, "{other}");
        }
    }

    #[test]
    fn sessions_last_a_working_day_unless_the_clinic_says_otherwise() {
        let policy = |hours: Option<u32>, seconds: Option<u32>| AccessPolicy {
            session_hours: hours,
            session_seconds: seconds,
            ..AccessPolicy::default()
        };
        assert_eq!(policy(None, None).session_seconds(), 12 * 3600);
        assert_eq!(policy(Some(8), None).session_seconds(), 8 * 3600);
        assert_eq!(policy(Some(8), Some(5)).session_seconds(), 5);
        assert!(policy(Some(24), None).validate().is_ok());
        assert!(policy(Some(0), None).validate().is_err());
        assert!(policy(Some(25), None).validate().is_err());
        assert!(policy(None, Some(0)).validate().is_err());
    }

    #[test]
    fn the_access_section_reads_from_toml_and_defaults_to_narrow() {
        let wide: AccessPolicy = toml::from_str(r#"read_all = ["front-desk"]"#).unwrap();
        assert_eq!(wide.read_all, vec![StaffRole::FrontDesk]);
        assert_eq!(
            toml::from_str::<AccessPolicy>("").unwrap(),
            AccessPolicy::default()
        );
        assert!(toml::from_str::<AccessPolicy>(r#"read_all = ["janitor"]"#).is_err());
        assert!(toml::from_str::<AccessPolicy>("everyone = true").is_err());
    }
}
