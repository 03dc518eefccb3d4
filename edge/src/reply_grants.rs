//! This isolate's reply grants (`domain::reply_grants`): a staff member who just replied
//! in a conversation they own replies again without a D1 round trip, for a few seconds.
//!
//! Everything that ends a session or moves a conversation calls a `forget_*` here, so
//! this isolate never honours a grant it knows is stale; see the domain module for the
//! bound on other isolates.

use std::cell::RefCell;

use frontdesk_domain::reply_grants::ReplyGrants;
use frontdesk_protocol::StaffProfile;

thread_local! {
    static GRANTS: RefCell<ReplyGrants<StaffProfile>> = RefCell::new(ReplyGrants::default());
}

fn now_ms() -> i64 {
    worker::Date::now().as_millis() as i64
}

/// The staff member this session may reply as in `conversation_id`, if granted lately.
pub fn get(token_hash: &str, conversation_id: &str) -> Option<StaffProfile> {
    GRANTS.with(|grants| {
        grants
            .borrow_mut()
            .get(token_hash, conversation_id, now_ms())
    })
}

/// The store has just confirmed the session and that `staff` owns the conversation.
pub fn grant(token_hash: &str, conversation_id: &str, staff: &StaffProfile) {
    GRANTS.with(|grants| {
        grants.borrow_mut().grant(
            token_hash,
            conversation_id,
            &staff.id,
            staff.clone(),
            now_ms(),
        )
    });
}

pub fn forget_session(token_hash: &str) {
    GRANTS.with(|grants| grants.borrow_mut().forget_session(token_hash));
}

pub fn forget_staff(staff_id: &str) {
    GRANTS.with(|grants| grants.borrow_mut().forget_staff(staff_id));
}

pub fn forget_conversation(conversation_id: &str) {
    GRANTS.with(|grants| grants.borrow_mut().forget_conversation(conversation_id));
}
