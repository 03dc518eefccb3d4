//! The visitor's session in the chat: the conversation and its token kept in the page's
//! storage, the history loaded with it, and the conversation created on the first message.

use super::*;

impl Chat {
    pub(super) fn endpoint(self) -> Option<(Api, String)> {
        self.runtime
            .try_with_value(|runtime| (runtime.api.clone(), runtime.clinic.clone()))
    }

    pub(super) fn session(self) -> Option<Session> {
        self.runtime
            .try_with_value(|runtime| runtime.session.clone())
            .flatten()
    }

    pub(super) fn persist(self) {
        let Some((clinic, session)) = self
            .runtime
            .try_with_value(|runtime| (runtime.clinic.clone(), runtime.session.clone()))
        else {
            return;
        };
        let outbox = self.thread.with_untracked(Thread::outbox);
        store::save(&clinic, &Saved::new(session.as_ref(), outbox));
    }

    pub(super) async fn load_history(self) {
        let (Some((api, _)), Some(session)) = (self.endpoint(), self.session()) else {
            return;
        };
        let after = self.thread.with_untracked(Thread::last_seq);
        match api.messages(&session, after).await {
            Ok(page) => {
                // History is not news: only later messages become `message` events.
                let last = page.messages.iter().map(|message| message.seq).max();
                self.runtime.update_value(|runtime| {
                    runtime.announced_seq = runtime.announced_seq.max(last.unwrap_or(0));
                });
                self.thread.update(|thread| thread.merge_all(page.messages));
            }
            // Deleted or expired: start fresh on the next message.
            Err(error) if error.is_session_lost() => self.forget_session(),
            Err(error) => self.show(&error),
        }
    }

    pub(super) fn forget_session(self) {
        self.runtime.update_value(|runtime| {
            runtime.session = None;
            runtime.live = None;
            runtime.live_generation = runtime.live_generation.wrapping_add(1);
        });
        // Uploads belonged to the old conversation: the new one gets them again.
        attach::restart();
        self.thread.update(Thread::clear_messages);
        self.persist();
    }

    /// Returns the conversation, creating it on the visitor's first message.
    pub(super) async fn ensure_session(self) -> Result<Session, ApiFailure> {
        if let Some(session) = self.session() {
            return Ok(session);
        }
        let Some((api, clinic)) = self.endpoint() else {
            return Err(ApiFailure::Network);
        };
        let window = web_sys::window();
        let request = CreateConversationRequest {
            page_url: window
                .as_ref()
                .and_then(|window| window.location().href().ok()),
            language: Some(self.lang.get_untracked().code().to_owned()),
            visitor: self
                .runtime
                .try_with_value(|runtime| runtime.visitor.clone())
                .filter(|visitor| *visitor != IdentifyRequest::default()),
        };
        let created = api.create_conversation(&clinic, &request).await?;
        let session = Session {
            conversation_id: created.conversation_id,
            visitor_token: created.visitor_token,
        };
        self.runtime.update_value(|runtime| {
            runtime.session = Some(session.clone());
            runtime.live_generation = runtime.live_generation.wrapping_add(1);
            runtime.live_attempt = 0;
        });
        self.persist();
        self.connect_live();
        Ok(session)
    }
}
