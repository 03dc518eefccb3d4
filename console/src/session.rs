//! The signed-in session, kept in `sessionStorage` so a reload keeps the staff member signed in.

use frontdesk_protocol::StaffSession;

use crate::timefmt::parse_rfc3339_ms;

const STORAGE_KEY: &str = "frontdesk.console.session";
const SELECTED_KEY: &str = "frontdesk.console.selected";

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.session_storage().ok()?
}

/// The stored session, unless it is missing, unreadable or already expired.
pub fn load(now_ms: i64) -> Option<StaffSession> {
    let raw = storage()?.get_item(STORAGE_KEY).ok()??;
    let session = crate::json::decode::<StaffSession>(&raw)?;
    if is_expired(&session, now_ms) {
        clear();
        return None;
    }
    Some(session)
}

/// Remembers the session for this tab only.
pub fn save(session: &StaffSession) {
    if let (Some(storage), Some(raw)) = (storage(), crate::json::write(session)) {
        // A full or disabled storage only costs a sign-in after reload.
        _ = storage.set_item(STORAGE_KEY, &raw);
    }
}

/// Forgets the session and the open conversation.
pub fn clear() {
    if let Some(storage) = storage() {
        _ = storage.remove_item(STORAGE_KEY);
        _ = storage.remove_item(SELECTED_KEY);
    }
}

/// The conversation that was open before a reload.
pub fn load_selected() -> Option<String> {
    storage()?
        .get_item(SELECTED_KEY)
        .ok()?
        .filter(|id| !id.is_empty())
}

/// Remembers the open conversation so a reload reopens it.
pub fn save_selected(conversation_id: Option<&str>) {
    if let Some(storage) = storage() {
        _ = match conversation_id {
            Some(id) => storage.set_item(SELECTED_KEY, id),
            None => storage.remove_item(SELECTED_KEY),
        };
    }
}

/// An unreadable expiry counts as expired: the server is the judge, and a 401 would follow anyway.
pub fn is_expired(session: &StaffSession, now_ms: i64) -> bool {
    parse_rfc3339_ms(&session.expires_at).is_none_or(|expires_ms| expires_ms <= now_ms)
}

#[cfg(test)]
mod tests {
    use super::*;
    use frontdesk_protocol::{Department, StaffProfile, StaffRole};

    #[test]
    fn expiry_is_checked_against_now() {
        let mut session = StaffSession {
            token: "t".into(),
            expires_at: "2026-11-25T22:00:00Z".into(),
            staff: StaffProfile {
                id: "s_1".into(),
                clinic_id: "demo".into(),
                email: "frontdesk@demo.test".into(),
                name: "Fran".into(),
                role: StaffRole::FrontDesk,
                departments: vec![Department::FrontDesk],
                disabled: false,
                language: None,
            },
            time_zone: None,
        };
        let expires = parse_rfc3339_ms(&session.expires_at).unwrap_or_default();
        assert!(!is_expired(&session, expires - 1));
        assert!(is_expired(&session, expires));
        session.expires_at = "soon".into();
        assert!(is_expired(&session, 0));
    }
}
