//! One-time links for the team: an invitation to create an account, and a password
//! reset. Only a token's hash is stored; a link works once and expires.

use chrono::{DateTime, Duration, Utc};
use frontdesk_protocol::{Department, InviteRequest, StaffRole};

/// How long an invitation link stays valid.
pub const INVITE_DAYS: i64 = 7;

/// How long a password-reset link stays valid.
pub const RESET_HOURS: i64 = 24;

/// Shortest password a staff member may choose, in characters.
pub const MIN_PASSWORD_CHARS: usize = 12;

/// Longest password, like the sign-in call's limit.
pub const MAX_PASSWORD_CHARS: usize = 1024;

/// What a one-time link is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenKind {
    Invite,
    Reset,
}

impl TokenKind {
    pub fn as_str(self) -> &'static str {
        match self {
            TokenKind::Invite => "invite",
            TokenKind::Reset => "reset",
        }
    }

    /// When a link made at `now` stops working.
    pub fn expires_at(self, now: DateTime<Utc>) -> DateTime<Utc> {
        match self {
            TokenKind::Invite => now + Duration::days(INVITE_DAYS),
            TokenKind::Reset => now + Duration::hours(RESET_HOURS),
        }
    }

    /// The console address that opens the link's form.
    pub fn console_path(self, token: &str) -> String {
        format!("/console/#/{}/{token}", self.as_str())
    }
}

/// Checks a new password: long enough to resist guessing, not one repeated character.
pub fn check_password(password: &str) -> Result<(), String> {
    let chars = password.chars().count();
    if chars < MIN_PASSWORD_CHARS {
        return Err(format!(
            "The password needs at least {MIN_PASSWORD_CHARS} characters."
        ));
    }
    if chars > MAX_PASSWORD_CHARS {
        return Err(format!(
            "The password may have at most {MAX_PASSWORD_CHARS} characters."
        ));
    }
    let mut distinct: Vec<char> = password.chars().collect();
    crate::sorting::sort(&mut distinct);
    distinct.dedup();
    if distinct.len() < 4 {
        return Err("The password needs more different characters.".into());
    }
    Ok(())
}

/// An invitation as the admin filled it in, checked and trimmed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Invite {
    pub email: String,
    pub name: String,
    pub role: StaffRole,
    pub departments: Vec<Department>,
}

/// Checks an invitation: a real-looking email, a name, at least one team.
pub fn check_invite(request: &InviteRequest) -> Result<Invite, String> {
    // One mailbox the invitation can be emailed to (no name, no list).
    let email = crate::email::EmailAddress::parse(&request.email)
        .ok_or("'email' must be an email address.")?
        .as_str()
        .to_owned();
    let name = crate::text::without_bidi_controls(&request.name)
        .trim()
        .to_owned();
    if name.is_empty() || name.chars().count() > 100 || name.chars().any(char::is_control) {
        return Err("'name' must be 1 to 100 characters of text.".into());
    }
    let mut departments = request.departments.clone();
    crate::sorting::sort(&mut departments);
    departments.dedup();
    if departments.is_empty() {
        return Err("'departments' must name at least one team.".into());
    }
    Ok(Invite {
        email,
        name,
        role: request.role,
        departments,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn passwords_must_be_long_and_varied() {
        assert!(check_password("correct horse battery").is_ok());
        assert!(check_password("short1!").is_err());
        assert!(check_password("aaaaaaaaaaaaaaaa").is_err());
        assert!(check_password(&"ab1!".repeat(300)).is_err());
    }

    #[test]
    fn invitations_are_checked_and_trimmed() {
        let request = InviteRequest {
            email: " New.Nurse@Lakeside.Example ".into(),
            name: " Noor Nurse ".into(),
            role: StaffRole::Clinician,
            departments: vec![Department::Clinical, Department::Clinical],
        };
        let invite = check_invite(&request).unwrap();
        assert_eq!(invite.email, "new.nurse@lakeside.example");
        assert_eq!(invite.name, "Noor Nurse");
        assert_eq!(invite.departments, [Department::Clinical]);
        for broken in [
            InviteRequest {
                email: "nope".into(),
                ..request.clone()
            },
            InviteRequest {
                name: "  ".into(),
                ..request.clone()
            },
            InviteRequest {
                departments: vec![],
                ..request.clone()
            },
        ] {
            assert!(check_invite(&broken).is_err(), "{broken:?}");
        }
    }

    #[test]
    fn links_expire_and_open_the_console() {
        let now = DateTime::parse_from_rfc3339("2026-11-26T10:00:00Z")
            .unwrap()
            .with_timezone(&Utc);
        assert_eq!(TokenKind::Invite.expires_at(now) - now, Duration::days(7));
        assert_eq!(TokenKind::Reset.expires_at(now) - now, Duration::hours(24));
        assert_eq!(TokenKind::Reset.console_path("abc"), "/console/#/reset/abc");
    }
}
