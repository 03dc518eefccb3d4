//! The console's shared state, provided as context by the app shell and used by the
//! components: who is signed in (`Auth`), the live inbox (`InboxStore`) and the clock.
//! It sits below both, so the shell and the components import it and not each other.

use frontdesk_protocol::{InboxEntry, StaffSession};
use leptos::{prelude::*, task::spawn_local};

use crate::{
    api::{self, ApiFailure},
    model::{sort_inbox, upsert_inbox},
    session,
};

/// Who is signed in; `None` shows the sign-in screen.
#[derive(Debug, Clone, Copy)]
pub struct Auth {
    pub session: RwSignal<Option<StaffSession>>,
}

impl Auth {
    /// The bearer token, read without subscribing.
    pub fn token(&self) -> Option<String> {
        self.session
            .try_with_untracked(|session| session.as_ref().map(|session| session.token.clone()))
            .flatten()
    }

    pub fn sign_in(&self, new_session: StaffSession) {
        session::save(&new_session);
        self.session.set(Some(new_session));
    }

    pub fn sign_out(&self) {
        // Revoke server-side as well, so a copied token or the cookie stops working.
        if let Some(token) = self.token() {
            spawn_local(async move {
                let _ = api::sign_out(&token).await;
            });
        }
        session::clear();
        self.session.try_set(None);
    }

    /// Signs out when the server no longer accepts the session. Returns true if it did, so the
    /// caller knows not to show the failure on a screen that is going away.
    pub fn signed_out_by(&self, failure: &ApiFailure) -> bool {
        if failure.is_unauthorized() {
            self.sign_out();
            true
        } else {
            false
        }
    }
}

/// The app's notion of "now", ticking every second so countdowns move.
#[derive(Debug, Clone, Copy)]
pub struct Clock {
    pub now_ms: RwSignal<i64>,
}

/// The live inbox shared by the list and the open thread.
#[derive(Debug, Clone, Copy)]
pub struct InboxStore {
    pub entries: RwSignal<Vec<InboxEntry>>,
    pub loaded: RwSignal<bool>,
    pub error: RwSignal<Option<String>>,
    /// Only the newest snapshot request may land, so a slow old answer can't undo a newer one.
    generation: StoredValue<u64>,
}

impl InboxStore {
    /// An empty inbox, not loaded yet.
    pub fn new() -> InboxStore {
        InboxStore {
            entries: RwSignal::new(Vec::new()),
            loaded: RwSignal::new(false),
            error: RwSignal::new(None),
            generation: StoredValue::new(0),
        }
    }

    /// Fetches a fresh snapshot of the inbox.
    pub fn refresh(self, auth: Auth) {
        let Some(token) = auth.token() else {
            return;
        };
        let Some(generation) = self.generation.try_update_value(|generation| {
            *generation += 1;
            *generation
        }) else {
            return;
        };
        spawn_local(async move {
            let answer = api::inbox(&token).await;
            if self.generation.try_get_value() != Some(generation) {
                return;
            }
            match answer {
                Ok(inbox) => {
                    let mut entries = inbox.conversations;
                    sort_inbox(&mut entries);
                    self.entries.try_set(entries);
                    self.error.try_set(None);
                    self.loaded.try_set(true);
                }
                Err(failure) => {
                    if !auth.signed_out_by(&failure) {
                        self.error.try_set(Some(failure.to_string()));
                    }
                }
            }
        });
    }

    /// Applies what the server pushed or answered about one conversation.
    pub fn upsert(self, entry: InboxEntry) {
        self.entries.update(|entries| upsert_inbox(entries, entry));
    }
}

impl Default for InboxStore {
    fn default() -> Self {
        InboxStore::new()
    }
}

/// The current time in milliseconds since the Unix epoch.
pub fn now_ms() -> i64 {
    js_sys::Date::now() as i64
}

/// The signed-in state the app shell provides.
pub fn use_auth() -> Auth {
    expect_context::<Auth>()
}
