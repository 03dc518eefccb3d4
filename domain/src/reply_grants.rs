//! Reply grants: an isolate remembers for a few seconds that a staff session may reply in
//! a conversation its staff member owns, so their next replies skip the session store.
//!
//! A grant is made only after the store has confirmed both the session and the
//! ownership, and it lasts [`GRANT_TTL_MS`]. The isolate that signs a session out,
//! resets a password or hands a conversation over forgets the grants it affects at
//! once; another isolate's grant lapses within the TTL. That bound is the price of a
//! reply that needs no D1 round trip before it is stored.

use std::collections::HashMap;

/// How long a grant holds.
pub const GRANT_TTL_MS: i64 = 10_000;

/// How many grants an isolate keeps; past that, expired ones go, then all of them.
const MAX_GRANTS: usize = 1024;

#[derive(Debug, Clone)]
struct Grant<T> {
    token_hash: String,
    conversation_id: String,
    staff_id: String,
    granted_ms: i64,
    staff: T,
}

/// One isolate's grants, by session and conversation. `T` is what the caller needs of the
/// staff member (their profile).
#[derive(Debug)]
pub struct ReplyGrants<T> {
    grants: HashMap<String, Grant<T>>,
}

impl<T> Default for ReplyGrants<T> {
    fn default() -> Self {
        ReplyGrants {
            grants: HashMap::new(),
        }
    }
}

fn key(token_hash: &str, conversation_id: &str) -> String {
    format!("{token_hash} {conversation_id}")
}

impl<T: Clone> ReplyGrants<T> {
    /// The staff member a live grant names, if the session may still reply here at `now_ms`.
    pub fn get(&mut self, token_hash: &str, conversation_id: &str, now_ms: i64) -> Option<T> {
        let key = key(token_hash, conversation_id);
        let grant = self.grants.get(&key)?;
        if now_ms - grant.granted_ms >= GRANT_TTL_MS || now_ms < grant.granted_ms {
            self.grants.remove(&key);
            return None;
        }
        Some(grant.staff.clone())
    }

    /// Records that the store confirmed, at `now_ms`, the session and that `staff_id`
    /// owns the conversation.
    pub fn grant(
        &mut self,
        token_hash: &str,
        conversation_id: &str,
        staff_id: &str,
        staff: T,
        now_ms: i64,
    ) {
        if self.grants.len() >= MAX_GRANTS {
            self.grants
                .retain(|_, grant| now_ms - grant.granted_ms < GRANT_TTL_MS);
            if self.grants.len() >= MAX_GRANTS {
                self.grants.clear();
            }
        }
        self.grants.insert(
            key(token_hash, conversation_id),
            Grant {
                token_hash: token_hash.to_owned(),
                conversation_id: conversation_id.to_owned(),
                staff_id: staff_id.to_owned(),
                granted_ms: now_ms,
                staff,
            },
        );
    }

    /// The session was signed out.
    pub fn forget_session(&mut self, token_hash: &str) {
        self.grants
            .retain(|_, grant| grant.token_hash != token_hash);
    }

    /// Every session of the staff member ended (sign out everywhere, a new password).
    pub fn forget_staff(&mut self, staff_id: &str) {
        self.grants.retain(|_, grant| grant.staff_id != staff_id);
    }

    /// The conversation changed hands, or is gone.
    pub fn forget_conversation(&mut self, conversation_id: &str) {
        self.grants
            .retain(|_, grant| grant.conversation_id != conversation_id);
    }

    #[cfg(test)]
    fn len(&self) -> usize {
        self.grants.len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn granted() -> ReplyGrants<&'static str> {
        let mut grants = ReplyGrants::default();
        grants.grant("tokenA", "c1", "staff-a", "Ada", 1_000);
        grants.grant("tokenA", "c2", "staff-a", "Ada", 1_000);
        grants.grant("tokenB", "c1", "staff-b", "Ben", 1_000);
        grants
    }

    #[test]
    fn a_grant_holds_for_its_session_and_conversation_until_the_ttl() {
        let mut grants = granted();
        assert_eq!(grants.get("tokenA", "c1", 1_000), Some("Ada"));
        assert_eq!(
            grants.get("tokenA", "c1", 1_000 + GRANT_TTL_MS - 1),
            Some("Ada")
        );
        assert_eq!(grants.get("tokenA", "c3", 1_000), None);
        assert_eq!(grants.get("tokenC", "c1", 1_000), None);
        assert_eq!(grants.get("tokenA", "c1", 1_000 + GRANT_TTL_MS), None);
        // An expired grant is gone, not revived by an earlier clock.
        assert_eq!(grants.get("tokenA", "c1", 1_000), None);
    }

    #[test]
    fn a_clock_that_went_back_does_not_stretch_a_grant() {
        let mut grants = granted();
        assert_eq!(grants.get("tokenA", "c1", 999), None);
    }

    #[test]
    fn sign_out_handover_and_password_reset_forget_at_once() {
        let mut grants = granted();
        grants.forget_session("tokenA");
        assert_eq!(grants.get("tokenA", "c1", 1_000), None);
        assert_eq!(grants.get("tokenA", "c2", 1_000), None);
        assert_eq!(grants.get("tokenB", "c1", 1_000), Some("Ben"));

        let mut grants = granted();
        grants.forget_conversation("c1");
        assert_eq!(grants.get("tokenA", "c1", 1_000), None);
        assert_eq!(grants.get("tokenB", "c1", 1_000), None);
        assert_eq!(grants.get("tokenA", "c2", 1_000), Some("Ada"));

        let mut grants = granted();
        grants.forget_staff("staff-b");
        assert_eq!(grants.get("tokenB", "c1", 1_000), None);
        assert_eq!(grants.get("tokenA", "c1", 1_000), Some("Ada"));
    }

    #[test]
    fn a_full_table_drops_expired_grants_first_and_never_grows_past_its_cap() {
        let mut grants = ReplyGrants::default();
        for n in 0..MAX_GRANTS {
            grants.grant(&format!("old{n}"), "c", "s", n, 0);
        }
        grants.grant("fresh", "c", "s", 1, GRANT_TTL_MS);
        assert_eq!(grants.len(), 1);
        for n in 0..MAX_GRANTS * 2 {
            grants.grant(&format!("new{n}"), "c", "s", n, GRANT_TTL_MS);
            assert!(grants.len() <= MAX_GRANTS);
        }
    }
}
