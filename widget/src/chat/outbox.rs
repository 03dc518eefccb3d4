//! The chat's outbox: sends queued messages oldest first, one at a time so order is kept,
//! uploading a message's file first, and retries later when a send fails.

use super::*;

impl Chat {
    /// Sends the outbox oldest first, one request at a time so order is kept.
    pub(super) async fn flush(self) {
        let started = self.runtime.try_update_value(|runtime| {
            let idle = !runtime.flushing;
            runtime.flushing = true;
            idle
        });
        if started != Some(true) {
            return;
        }
        let mut session_reset = false;
        while let Some(item) = self.thread.with_untracked(Thread::next_to_send) {
            let id = item.client_msg_id.clone();
            let item_has_file = item.file.is_some();
            let wait_ms = self
                .runtime
                .try_with_value(|runtime| runtime.not_before_ms - js_sys::Date::now())
                .unwrap_or(0.0);
            if wait_ms > 0.0 {
                self.thread.update(Thread::hold_all);
                self.schedule_flush(Duration::from_millis(wait_ms as u64));
                break;
            }
            self.thread
                .update(|thread| thread.set_delivery(&id, Delivery::Sending));
            let had_session = self.session().is_some();
            let result = match self.ensure_session().await {
                Ok(session) => self.send_one(&session, item).await,
                Err(error) => Err(error),
            };
            match result {
                // Cancelled while on its way.
                Ok(None) => {}
                Err(_) if !self.thread.with_untracked(|thread| thread.is_pending(&id)) => {}
                Ok(Some(sent)) => {
                    if item_has_file {
                        attach::discard(&id);
                    }
                    self.announce(std::slice::from_ref(&sent.message));
                    self.announce(&sent.auto_replies);
                    self.thread.update(|thread| {
                        thread.confirm(&id, sent.message);
                        thread.merge_all(sent.auto_replies);
                    });
                    self.runtime
                        .update_value(|runtime| runtime.send_attempt = 0);
                    self.error.set(None);
                    self.persist();
                }
                // Once per run: the old conversation is gone, so open a new one and resend.
                Err(error) if had_session && error.is_session_lost() && !session_reset => {
                    session_reset = true;
                    self.forget_session();
                }
                Err(error) if error.is_transient() => {
                    self.thread.update(Thread::hold_all);
                    let delay = self
                        .runtime
                        .try_update_value(|runtime| {
                            let delay = error
                                .retry_after()
                                .unwrap_or_else(|| backoff(runtime.send_attempt));
                            runtime.send_attempt = runtime.send_attempt.saturating_add(1);
                            if error.retry_after().is_some() {
                                runtime.not_before_ms =
                                    js_sys::Date::now() + delay.as_millis() as f64;
                            }
                            delay
                        })
                        .unwrap_or_else(|| backoff(0));
                    self.show(&error);
                    self.schedule_flush(delay);
                    break;
                }
                Err(error) => {
                    self.thread
                        .update(|thread| thread.set_delivery(&id, Delivery::Failed));
                    self.persist();
                    self.show(&error);
                }
            }
        }
        self.runtime
            .update_value(|runtime| runtime.flushing = false);
    }

    /// Sends one outbox message, uploading its file first unless that was done on an
    /// earlier attempt; `None` when the visitor cancelled the file meanwhile.
    async fn send_one(self, session: &Session, item: Pending) -> Result<Option<Sent>, ApiFailure> {
        let Some((api, _)) = self.endpoint() else {
            return Err(ApiFailure::Network);
        };
        let mut attachment_ids = Vec::new();
        if item.file.is_some() {
            match self.upload(&api, session, &item.client_msg_id).await? {
                Some(attachment_id) => attachment_ids.push(attachment_id),
                None => return Ok(None),
            }
        }
        let request = SendMessageRequest {
            client_msg_id: item.client_msg_id,
            text: item.text,
            attachment_ids,
        };
        api.send_message(session, &request).await.map(Some)
    }

    /// The attachment id of a message's file, uploading it if no earlier attempt did; the
    /// same message then links it once (the edge links by `client_msg_id`). `None` when
    /// the file was cancelled.
    async fn upload(
        self,
        api: &Api,
        session: &Session,
        client_msg_id: &str,
    ) -> Result<Option<String>, ApiFailure> {
        let uploaded = api::settle(attach::upload(
            api.base(),
            &session.conversation_id,
            client_msg_id,
            &session.visitor_token,
        ))
        .await?;
        if uploaded.is_null()
            || !self
                .thread
                .with_untracked(|thread| thread.is_pending(client_msg_id))
        {
            return Ok(None);
        }
        match uploaded.as_string() {
            Some(id) if !id.is_empty() => Ok(Some(id)),
            _ => Err(ApiFailure::unreadable(201, None)),
        }
    }

    fn schedule_flush(self, delay: Duration) {
        let already = self.runtime.try_update_value(|runtime| {
            let already = runtime.flush_timer;
            runtime.flush_timer = true;
            already
        });
        if already != Some(false) {
            return;
        }
        set_timeout(
            move || {
                self.runtime
                    .update_value(|runtime| runtime.flush_timer = false);
                spawn_local(self.flush());
            },
            delay,
        );
    }
}

/// A v4 UUID for `client_msg_id`; `getRandomValues` works outside secure contexts too.
pub(super) fn new_client_msg_id() -> String {
    let mut bytes = [0u8; 16];
    for byte in &mut bytes {
        *byte = (js_sys::Math::random() * 256.0) as u8;
    }
    if let Some(crypto) = web_sys::window().and_then(|window| window.crypto().ok()) {
        _ = crypto.get_random_values_with_u8_array(&mut bytes);
    }
    uuid_v4(bytes)
}
