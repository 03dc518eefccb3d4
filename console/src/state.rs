//! The console's shared state, provided as context by the app shell and used by the
//! components: who is signed in (`Auth`), the live inbox (`InboxStore`) and the clock.
//! It sits below both, so the shell and the components import it and not each other.

use frontdesk_protocol::{InboxEntry, StaffSession};
use leptos::{prelude::*, task::spawn_local};

use crate::{
    api::{self, ApiFailure},
    model::{add_inbox_page, inbox_key, replay_on_snapshot, sort_inbox, upsert_inbox, InboxKey},
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

/// The live inbox shared by the list and the open thread: the pages loaded so far, kept
/// current by the live socket.
#[derive(Debug, Clone, Copy)]
pub struct InboxStore {
    pub entries: RwSignal<Vec<InboxEntry>>,
    pub loaded: RwSignal<bool>,
    pub error: RwSignal<Option<String>>,
    /// The server's cursor for the next page; `None` once every page is loaded.
    pub next: RwSignal<Option<String>>,
    /// A further page is on its way.
    pub loading_more: RwSignal<bool>,
    /// The last loaded row's place while more pages follow (`upsert_inbox`).
    end: StoredValue<Option<InboxKey>>,
    /// Only the newest snapshot request may land, so a slow old answer can't undo a newer
    /// one, and a further page asked for before a new snapshot is dropped.
    generation: StoredValue<u64>,
    /// Live events that came while a snapshot was on its way (`None` when none is), laid
    /// over it when it lands (`replay_on_snapshot`).
    meanwhile: StoredValue<Option<Vec<InboxEntry>>>,
}

impl InboxStore {
    /// An empty inbox, not loaded yet.
    pub fn new() -> InboxStore {
        InboxStore {
            entries: RwSignal::new(Vec::new()),
            loaded: RwSignal::new(false),
            error: RwSignal::new(None),
            next: RwSignal::new(None),
            loading_more: RwSignal::new(false),
            end: StoredValue::new(None),
            generation: StoredValue::new(0),
            meanwhile: StoredValue::new(None),
        }
    }

    /// Fetches a fresh snapshot of the inbox: its first page.
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
        // Events received before this request was sent are in the server's state it reads.
        self.meanwhile.set_value(Some(Vec::new()));
        spawn_local(async move {
            let answer = api::inbox(&token, None).await;
            if self.generation.try_get_value() != Some(generation) {
                return;
            }
            let meanwhile = self
                .meanwhile
                .try_update_value(Option::take)
                .flatten()
                .unwrap_or_default();
            match answer {
                Ok(inbox) => {
                    let mut entries = inbox.conversations;
                    sort_inbox(&mut entries);
                    self.note_end(&entries, inbox.next);
                    let end = self.end.get_value();
                    replay_on_snapshot(&mut entries, meanwhile, end.as_ref());
                    self.entries.try_set(entries);
                    self.loading_more.try_set(false);
                    self.error.try_set(None);
                    self.loaded.try_set(true);
                }
                Err(failure) => self.failed(auth, failure),
            }
        });
    }

    /// Fetches the page after the loaded ones, if any follows and none is on its way.
    pub fn load_more(self, auth: Auth) {
        let Some(token) = auth.token() else {
            return;
        };
        let Some(cursor) = self.next.get_untracked() else {
            return;
        };
        if self.loading_more.get_untracked() {
            return;
        }
        let Some(generation) = self.generation.try_get_value() else {
            return;
        };
        self.loading_more.set(true);
        spawn_local(async move {
            let answer = api::inbox(&token, Some(&cursor)).await;
            // A snapshot taken meanwhile starts the pages over.
            if self.generation.try_get_value() != Some(generation) {
                return;
            }
            self.loading_more.try_set(false);
            match answer {
                Ok(page) => {
                    self.note_end(&page.conversations, page.next);
                    self.entries
                        .try_update(|entries| add_inbox_page(entries, page.conversations));
                }
                Err(failure) => self.failed(auth, failure),
            }
        });
    }

    /// Remembers where the loaded pages end: the last row of the page just read, while
    /// the server says more follow.
    fn note_end(self, page: &[InboxEntry], next: Option<String>) {
        let end = next.as_ref().and(page.iter().map(inbox_key).max());
        self.end.try_set_value(end);
        self.next.try_set(next);
    }

    fn failed(self, auth: Auth, failure: ApiFailure) {
        if !auth.signed_out_by(&failure) {
            self.error.try_set(Some(failure.to_string()));
        }
    }

    /// Applies what the server pushed or answered about one conversation.
    pub fn upsert(self, entry: InboxEntry) {
        self.meanwhile.update_value(|meanwhile| {
            if let Some(events) = meanwhile {
                events.push(entry.clone());
            }
        });
        let end = self.end.get_value();
        self.entries
            .update(|entries| upsert_inbox(entries, entry, end.as_ref()));
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
