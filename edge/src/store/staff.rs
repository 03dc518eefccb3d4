//! The team: staff accounts, their sign-in sessions, and the one-time invitation and
//! password-reset links that create accounts and set passwords.

use frontdesk_domain::ids::{ClinicId, ConversationId, StaffId};
use frontdesk_domain::staff_tokens::{Invite, TokenKind};
use frontdesk_domain::stores::sessions::{Session, SessionStore};
use frontdesk_protocol::{Department, Lang, StaffProfile, StaffRole};
use serde::Deserialize;
use worker::Env;

use super::{all, bind, db, decode, decode_json, first, opt, run, s, D1};
use crate::error::{AppError, AppResult};

#[derive(Deserialize)]
struct StaffRow {
    id: String,
    clinic_id: String,
    email: String,
    name: String,
    role: String,
    departments: String,
    disabled_at: Option<String>,
    language: Option<String>,
}

impl StaffRow {
    /// The profile; an unreadable role, department list or language is an error.
    fn into_profile(self) -> AppResult<StaffProfile> {
        Ok(StaffProfile {
            language: self
                .language
                .map(|code| decode(&code, Lang::from_code, "staff language"))
                .transpose()?,
            role: decode(&self.role, StaffRole::parse, "staff role")?,
            departments: decode_json(&self.departments, "staff departments")?,
            id: self.id,
            clinic_id: self.clinic_id,
            email: self.email,
            name: self.name,
            disabled: self.disabled_at.is_some(),
        })
    }
}

/// A staff member and their password hash, looked up by email for sign-in.
pub async fn staff_by_email(env: &Env, email: &str) -> AppResult<Option<(StaffProfile, String)>> {
    #[derive(Deserialize)]
    struct Row {
        #[serde(flatten)]
        staff: StaffRow,
        password_hash: String,
    }
    let statement = bind(
        db(env)?.prepare(
            "SELECT id, clinic_id, email, name, role, departments, disabled_at, language, password_hash \
             FROM staff WHERE email = ?1 COLLATE NOCASE",
        ),
        &[s(email)],
    )?;
    first::<Row>(statement, "staff by email")
        .await?
        .map(|row| Ok((row.staff.into_profile()?, row.password_hash)))
        .transpose()
}

/// The staff columns a session lookup returns (as `StaffRow`).
const STAFF_COLUMNS: &str =
    "s.id, s.clinic_id, s.email, s.name, s.role, s.departments, s.disabled_at, s.language";

/// A session (`t`) and its staff member (`s`).
const SESSION_JOIN: &str = "FROM staff_sessions AS t JOIN staff AS s ON s.id = t.staff_id";

/// The session's token hash is `?1` and it is live at time `?2`, of an enabled account
/// (so a disabled account's sessions are dead even if one escaped revocation).
const SESSION_LIVE: &str = "t.token_hash = ?1 AND t.expires_at > ?2 AND t.revoked_at IS NULL \
     AND s.disabled_at IS NULL";

/// The staff member behind a session and, when their clinic has the conversation, what a
/// reply checks about it: who owns it, its team, and where it happens (channel, address,
/// opt-out). One statement: the reply path needs all of it before it stores, and each D1
/// round trip is CPU and a wait on D1's primary (issue 23: the first reply made four).
pub async fn session_staff_with_reply_facts(
    env: &Env,
    token_hash: &str,
    now: &str,
    conversation_id: &ConversationId,
) -> AppResult<Option<(StaffProfile, Option<ReplyFacts>)>> {
    #[derive(Deserialize)]
    struct Row {
        #[serde(flatten)]
        staff: StaffRow,
        conversation_id: Option<String>,
        assigned_to: Option<String>,
        department: Option<String>,
        last_seq: Option<f64>,
        channel: Option<String>,
        address: Option<String>,
        opted_out_at: Option<String>,
    }
    let statement = bind(
        db(env)?.prepare(format!(
            "SELECT {STAFF_COLUMNS}, c.id AS conversation_id, c.assigned_to AS assigned_to, \
             c.department AS department, c.last_seq AS last_seq, c.channel AS channel, \
             c.address AS address, o.opted_out_at AS opted_out_at \
             {SESSION_JOIN} LEFT JOIN conversations AS c ON c.id = ?3 AND c.clinic_id = s.clinic_id \
             LEFT JOIN channel_opt_outs AS o ON o.clinic_id = c.clinic_id \
               AND o.channel = c.channel AND o.address = c.address \
             WHERE {SESSION_LIVE}"
        )),
        &[s(token_hash), s(now), s(conversation_id.as_str())],
    )?;
    let Some(row) = first::<Row>(statement, "session and conversation facts").await? else {
        return Ok(None);
    };
    let facts = match row.conversation_id {
        None => None,
        Some(_) => Some(ReplyFacts {
            assigned_to: row.assigned_to,
            department: decode(
                row.department.as_deref().unwrap_or_default(),
                Department::parse,
                "department",
            )?,
            last_seq: row.last_seq.unwrap_or(0.0) as u64,
            endpoint: super::channels::Endpoint::from_columns(
                row.channel.as_deref(),
                row.address,
                row.opted_out_at.is_some(),
            )?,
        }),
    };
    Ok(Some((row.staff.into_profile()?, facts)))
}

/// What a staff reply needs to know about its conversation, read with the session.
#[derive(Debug)]
pub struct ReplyFacts {
    pub assigned_to: Option<String>,
    pub department: Department,
    /// 0 until the first visitor message routes it.
    pub last_seq: u64,
    pub endpoint: super::channels::Endpoint,
}

impl ReplyFacts {
    /// The routed team, as `Scope::may_open` takes it (none before a visitor message).
    pub fn routed(&self) -> Option<Department> {
        (self.last_seq > 0).then_some(self.department)
    }
}

/// When the live session with this token hash was created and when it ends (RFC 3339).
pub async fn session_times(
    env: &Env,
    token_hash: &str,
    now: &str,
) -> AppResult<Option<(String, String)>> {
    #[derive(Deserialize)]
    struct Row {
        created_at: String,
        expires_at: String,
    }
    let statement = bind(
        db(env)?.prepare(format!(
            "SELECT t.created_at, t.expires_at {SESSION_JOIN} WHERE {SESSION_LIVE}"
        )),
        &[s(token_hash), s(now)],
    )?;
    Ok(first::<Row>(statement, "session start")
        .await?
        .map(|row| (row.created_at, row.expires_at)))
}

impl SessionStore for D1<'_> {
    type Error = AppError;
    type Staff = StaffProfile;

    /// Stores a new session by its token's hash.
    async fn create(&self, session: &Session) -> AppResult<()> {
        let statement = bind(
            db(self.0)?.prepare(
                "INSERT INTO staff_sessions (token_hash, staff_id, created_at, expires_at) \
                 VALUES (?1, ?2, ?3, ?4)",
            ),
            &[
                s(&session.token_hash),
                s(session.staff.as_str()),
                s(&session.created_at),
                s(&session.expires_at),
            ],
        )?;
        run(statement, "create session").await?;
        Ok(())
    }

    /// The staff member behind a live session (`SESSION_LIVE`).
    async fn live_staff(&self, token_hash: &str, now: &str) -> AppResult<Option<StaffProfile>> {
        let statement = bind(
            db(self.0)?.prepare(format!(
                "SELECT {STAFF_COLUMNS} {SESSION_JOIN} WHERE {SESSION_LIVE}"
            )),
            &[s(token_hash), s(now)],
        )?;
        first::<StaffRow>(statement, "session lookup")
            .await?
            .map(StaffRow::into_profile)
            .transpose()
    }

    async fn revoke(&self, token_hash: &str, now: &str) -> AppResult<()> {
        let statement = bind(
            db(self.0)?.prepare("UPDATE staff_sessions SET revoked_at = ?2 WHERE token_hash = ?1"),
            &[s(token_hash), s(now)],
        )?;
        run(statement, "revoke session").await?;
        Ok(())
    }

    /// Revokes every live session of `staff` ("sign out everywhere").
    async fn revoke_all(&self, staff: &StaffId, now: &str) -> AppResult<usize> {
        let statement = bind(
            db(self.0)?.prepare(
                "UPDATE staff_sessions SET revoked_at = ?2 \
                 WHERE staff_id = ?1 AND revoked_at IS NULL AND expires_at > ?2",
            ),
            &[s(staff.as_str()), s(now)],
        )?;
        run(statement, "revoke all sessions").await
    }

    /// Disables the account from `at` (RFC 3339), or enables it (`None`).
    async fn set_disabled(&self, staff: &StaffId, at: Option<&str>) -> AppResult<()> {
        let statement = bind(
            db(self.0)?.prepare("UPDATE staff SET disabled_at = ?2 WHERE id = ?1"),
            &[s(staff.as_str()), opt(at)],
        )?;
        run(statement, "set disabled").await?;
        Ok(())
    }
}

/// A staff member's typed ids (the profile carries them as text, for the wire).
pub fn staff_ids(profile: &StaffProfile) -> AppResult<(ClinicId, StaffId)> {
    Ok((
        decode(&profile.clinic_id, ClinicId::parse, "clinic id")?,
        decode(&profile.id, StaffId::parse, "staff id")?,
    ))
}

/// Whether `staff_id` is a staff member of `clinic_id`.
pub async fn is_clinic_staff(env: &Env, clinic_id: &str, staff_id: &StaffId) -> AppResult<bool> {
    #[derive(Deserialize)]
    struct Row {
        found: f64,
    }
    let statement = bind(
        db(env)?.prepare("SELECT COUNT(*) AS found FROM staff WHERE id = ?1 AND clinic_id = ?2"),
        &[s(staff_id.as_str()), s(clinic_id)],
    )?;
    Ok(first::<Row>(statement, "clinic staff")
        .await?
        .is_some_and(|row| row.found > 0.0))
}

/// A one-time link about to be stored.
pub struct NewToken<'a> {
    pub clinic_id: &'a str,
    /// Whose password a reset link sets.
    pub staff_id: Option<&'a StaffId>,
    /// The account an invitation creates.
    pub invite: Option<&'a Invite>,
    pub created_by: &'a str,
}

/// Stores a one-time link by its token's hash.
pub async fn insert_token(
    env: &Env,
    token_hash: &str,
    kind: TokenKind,
    token: &NewToken<'_>,
    now: &str,
    expires_at: &str,
) -> AppResult<()> {
    let invite = token.invite;
    let departments = invite
        .map(|i| serde_json::to_string(&i.departments))
        .transpose()
        .map_err(|e| AppError::internal("departments", e))?;
    let statement = bind(
        db(env)?.prepare(
            "INSERT INTO staff_tokens (token_hash, kind, clinic_id, staff_id, email, name, role, \
               departments, created_by, created_at, expires_at) \
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
        ),
        &[
            s(token_hash),
            s(kind.as_str()),
            s(token.clinic_id),
            opt(token.staff_id.map(StaffId::as_str)),
            opt(invite.map(|i| i.email.as_str())),
            opt(invite.map(|i| i.name.as_str())),
            opt(invite.map(|i| i.role.as_str())),
            opt(departments.as_deref()),
            s(token.created_by),
            s(now),
            s(expires_at),
        ],
    )?;
    run(statement, "insert token").await?;
    Ok(())
}

/// What a used one-time link was for.
#[derive(Debug)]
pub struct UsedToken {
    pub clinic_id: String,
    /// Decoded typed: a row whose staff id does not parse fails the read.
    pub staff_id: Option<StaffId>,
    pub invite: Option<Invite>,
    /// The admin who asked for the link.
    pub created_by: String,
}

/// Marks a live link of `kind` used, once: a second use, or one after it expired, finds
/// nothing. One conditional update, so two tabs can't both use it.
pub async fn take_token(
    env: &Env,
    token_hash: &str,
    kind: TokenKind,
    now: &str,
) -> AppResult<Option<UsedToken>> {
    #[derive(Deserialize)]
    struct Row {
        clinic_id: String,
        staff_id: Option<StaffId>,
        email: Option<String>,
        name: Option<String>,
        role: Option<String>,
        departments: Option<String>,
        created_by: String,
    }
    let statement = bind(
        db(env)?.prepare(
            "UPDATE staff_tokens SET used_at = ?3 \
             WHERE token_hash = ?1 AND kind = ?2 AND used_at IS NULL AND expires_at > ?3 \
             RETURNING clinic_id, staff_id, email, name, role, departments, created_by",
        ),
        &[s(token_hash), s(kind.as_str()), s(now)],
    )?;
    let Some(row) = first::<Row>(statement, "take token").await? else {
        return Ok(None);
    };
    // A reset link stores no invitation: all four columns are empty.
    let invite = match (row.email, row.name, row.role) {
        (Some(email), Some(name), Some(role)) => Some(Invite {
            email,
            name,
            role: decode(&role, StaffRole::parse, "invited role")?,
            departments: match row.departments.as_deref() {
                Some(json) => decode_json(json, "invited departments")?,
                None => Vec::new(),
            },
        }),
        _ => None,
    };
    Ok(Some(UsedToken {
        clinic_id: row.clinic_id,
        staff_id: row.staff_id,
        invite,
        created_by: row.created_by,
    }))
}

/// Creates an invited account; false when the email is already taken.
pub async fn insert_staff(
    env: &Env,
    staff_id: &StaffId,
    clinic_id: &str,
    invite: &Invite,
    password_hash: &str,
    now: &str,
) -> AppResult<bool> {
    let departments = serde_json::to_string(&invite.departments)
        .map_err(|e| AppError::internal("departments", e))?;
    let statement = bind(
        db(env)?.prepare(
            "INSERT OR IGNORE INTO staff (id, clinic_id, email, name, role, departments, \
               password_hash, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
        ),
        &[
            s(staff_id.as_str()),
            s(clinic_id),
            s(&invite.email),
            s(&invite.name),
            s(invite.role.as_str()),
            s(&departments),
            s(password_hash),
            s(now),
        ],
    )?;
    Ok(run(statement, "insert staff").await? > 0)
}

/// Replaces a staff member's password hash.
pub async fn set_password(env: &Env, staff_id: &StaffId, password_hash: &str) -> AppResult<()> {
    let statement = bind(
        db(env)?.prepare("UPDATE staff SET password_hash = ?2 WHERE id = ?1"),
        &[s(staff_id.as_str()), s(password_hash)],
    )?;
    run(statement, "set password").await?;
    Ok(())
}

/// The clinic's staff, by name.
pub async fn staff_of_clinic(env: &Env, clinic_id: &str) -> AppResult<Vec<StaffProfile>> {
    let statement = bind(
        db(env)?.prepare(
            "SELECT id, clinic_id, email, name, role, departments, disabled_at, language FROM staff \
             WHERE clinic_id = ?1 ORDER BY name LIMIT 500",
        ),
        &[s(clinic_id)],
    )?;
    all::<StaffRow>(statement, "staff of clinic")
        .await?
        .into_iter()
        .map(StaffRow::into_profile)
        .collect()
}

/// One staff member by id.
pub async fn staff_by_id(env: &Env, staff_id: &StaffId) -> AppResult<Option<StaffProfile>> {
    let statement = bind(
        db(env)?.prepare(
            "SELECT id, clinic_id, email, name, role, departments, disabled_at, language FROM staff \
             WHERE id = ?1",
        ),
        &[s(staff_id.as_str())],
    )?;
    first::<StaffRow>(statement, "staff by id")
        .await?
        .map(StaffRow::into_profile)
        .transpose()
}

/// Stores the staff member's console language (`None` forgets it). Returns false when
/// there is no such account.
pub async fn set_language(
    env: &Env,
    staff_id: &StaffId,
    language: Option<Lang>,
) -> AppResult<bool> {
    let statement = bind(
        db(env)?.prepare("UPDATE staff SET language = ?2 WHERE id = ?1"),
        &[s(staff_id.as_str()), opt(language.map(Lang::code))],
    )?;
    Ok(run(statement, "set staff language").await? > 0)
}
