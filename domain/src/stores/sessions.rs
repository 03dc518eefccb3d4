//! The rules of staff sign-in sessions: a session is found by its token's hash and
//! serves only while it is live (not expired, not revoked, its account enabled);
//! signing out ends one, "sign out everywhere" and disabling an account end them all.
//!
//! In D1 liveness is the `SESSION_LIVE` condition of `edge/src/store/staff.rs`, part of
//! every lookup, so a dead session can't be read as live by any caller.

use crate::ids::StaffId;

/// A stored session. Times are RFC 3339 in UTC, so they order as text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Session {
    /// The SHA-256 of the token, hex: the token itself is never stored.
    pub token_hash: String,
    pub staff: StaffId,
    pub created_at: String,
    pub expires_at: String,
    pub revoked_at: Option<String>,
}

impl Session {
    /// Whether the session serves at `now`: not expired (an expiry at `now` has ended),
    /// never revoked, and of an account that is enabled.
    pub fn is_live(&self, now: &str, account_enabled: bool) -> bool {
        account_enabled && self.revoked_at.is_none() && now < self.expires_at.as_str()
    }
}

/// Where sessions live.
#[allow(async_fn_in_trait)]
pub trait SessionStore {
    type Error;
    /// Whom a live session belongs to, as the store reads them (the edge: the profile).
    type Staff;

    async fn create(&self, session: &Session) -> Result<(), Self::Error>;

    /// The staff member behind the session with this token hash if it is live at `now`
    /// ([`Session::is_live`]); `None` for an unknown, expired, revoked or disabled one.
    async fn live_staff(
        &self,
        token_hash: &str,
        now: &str,
    ) -> Result<Option<Self::Staff>, Self::Error>;

    /// Ends one session (signing out).
    async fn revoke(&self, token_hash: &str, now: &str) -> Result<(), Self::Error>;

    /// Ends every live session of `staff` ("sign out everywhere", a password reset,
    /// disabling); how many it ended. Sessions already ended are left as they were.
    async fn revoke_all(&self, staff: &StaffId, now: &str) -> Result<usize, Self::Error>;

    /// Disables the account from `at`, or enables it (`None`). A disabled account's
    /// sessions are dead even if one escaped revocation.
    async fn set_disabled(&self, staff: &StaffId, at: Option<&str>) -> Result<(), Self::Error>;
}
