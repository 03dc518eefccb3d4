//! The object's entry points: each request is parsed into its [`Call`] and answered here;
//! the alarm runs the ladder; socket frames and closes go to `presence` and `live_socket`.

use frontdesk_protocol::{Author, MessagesResponse, Urgency};
use serde_json::json;
use worker::{Env, Request, Response, Result, State, WebSocket, WebSocketIncomingMessage};

use super::call::{query, Call, Placement};
use super::ladder::LadderKind;
use super::{
    message_bucket, presence, schema, AppendRequest, ConversationObject, Known, RetriageRequest,
};
use crate::object_sql::Sql;

/// A call's query string, read once.
struct Query(Vec<(String, String)>);

impl Query {
    fn of(req: &Request) -> Result<Query> {
        Ok(Query(req.url()?.query_pairs().into_owned().collect()))
    }

    fn text(&self, key: &str) -> Option<&str> {
        self.0
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, value)| value.as_str())
    }

    /// A number; 0 when absent or unreadable.
    fn u64(&self, key: &str) -> u64 {
        self.text(key)
            .and_then(|value| value.parse().ok())
            .unwrap_or(0)
    }

    fn all(&self, key: &str) -> Vec<String> {
        self.0
            .iter()
            .filter(|(k, _)| k == key)
            .map(|(_, value)| value.clone())
            .collect()
    }
}

impl worker::DurableObject for ConversationObject {
    fn new(state: State, env: Env) -> Self {
        let object = ConversationObject {
            sql: Sql::of(&state),
            state,
            env,
            known: Known::default(),
        };
        schema::set_up(object.sql());
        object
    }

    async fn fetch(&self, mut req: Request) -> Result<Response> {
        let Some(call) = Call::parse(&req.method(), &req.path()) else {
            return Response::error("unknown conversation call", 404);
        };
        if call.needs_messages() && self.is_erased()? {
            return Response::error("conversation erased", 404);
        }
        let query = Query::of(&req)?;
        match call {
            Call::Append => {
                // Parsed from text: `Request::json` walks a JS object field by field, slower.
                let request: AppendRequest = serde_json::from_str(&req.text().await?)?;
                // A refused message stores nothing.
                if let Some(retry_after) = request
                    .rate_limit
                    .and_then(|rate| self.take_message_token(rate))
                {
                    return message_bucket::limited(retry_after);
                }
                let escalates = request
                    .escalation
                    .as_ref()
                    .is_some_and(|context| context.urgency >= Urgency::Urgent);
                self.remember_id(&req)?;
                let response = self.append(request)?;
                if response.created {
                    match response.message.author {
                        // Plan at once: an emergency notifies on-call with no delay.
                        Author::Visitor if escalates => self.state.storage().set_alarm(0).await?,
                        Author::Staff => self.state.storage().delete_alarm().await?,
                        _ => {}
                    }
                }
                Response::from_json(&response)
            }
            Call::StaffAction => {
                let now = crate::time::now_rfc3339();
                self.record_ladder(LadderKind::Staff, &now, None, None)?;
                self.state.storage().delete_alarm().await?;
                Response::from_json(&json!({ "stopped": true }))
            }
            Call::Retriage => {
                let request: RetriageRequest = serde_json::from_str(&req.text().await?)?;
                self.remember_id(&req)?;
                self.remember_context(&request.context)?;
                if request.restart_ladder {
                    let urgency = request.context.urgency;
                    let now = crate::time::now_rfc3339();
                    self.record_ladder(LadderKind::Retriaged, &now, Some(urgency), None)?;
                    if urgency >= Urgency::Urgent {
                        // Plan at once, as for an urgent or emergency visitor message.
                        self.state.storage().set_alarm(0).await?;
                    } else {
                        self.state.storage().delete_alarm().await?;
                    }
                }
                Response::from_json(&json!({ "ok": true }))
            }
            Call::Message => {
                let seq = query.u64(query::SEQ);
                let message = self
                    .select("WHERE seq = ?", &[json!(seq)])?
                    .into_iter()
                    .next();
                Response::from_json(&message)
            }
            Call::Purge => {
                let before = query.text(query::BEFORE).unwrap_or_default();
                Response::from_json(&self.purge_before(before).await?)
            }
            Call::Erase => Response::from_json(&self.erase().await?),
            Call::Escalations => Response::from_json(&self.escalations()?),
            Call::Messages => {
                let after = query.u64(query::AFTER);
                let messages = self.select("WHERE seq > ?", &[json!(after)])?;
                Response::from_json(&MessagesResponse { messages })
            }
            Call::Live => {
                let staff_name = (query.u64(query::STAFF) == 1)
                    .then(|| query.text(query::NAME).unwrap_or_default());
                let owner = query.all(query::OWNER);
                self.accept_live(staff_name, &owner, query.u64(query::AFTER))
            }
            Call::Moved => {
                let placement: Placement = serde_json::from_str(&req.text().await?)?;
                for socket in self.state.get_websockets() {
                    let Some(scope) = crate::live_socket::scope_of(&self.state, &socket) else {
                        continue;
                    };
                    if !scope.may_open(placement.department, placement.assigned_to.as_deref()) {
                        let _ = socket.close(
                            Some(crate::live_socket::ACCESS_CHANGED),
                            Some("access_changed"),
                        );
                    }
                }
                Response::from_json(&json!({ "ok": true }))
            }
            Call::Delivery => {
                // The frame as the edge wrote it (passed on, not parsed again); staff only:
                // a delivery's state is not the patient's business.
                self.tell_frame(presence::STAFF_TAG, &req.text().await?);
                Response::from_json(&json!({ "ok": true }))
            }
            Call::Continuity => {
                let send = self.continuity(query.u64(query::SEQ))?;
                Response::from_json(&json!({ "send": send }))
            }
            Call::CloseSockets => {
                // A session ended: its sockets here close, and get nothing more.
                let tag = req.text().await?;
                for socket in self.state.get_websockets_with_tag(&tag) {
                    let _ = socket.close(
                        Some(crate::live_socket::SESSION_ENDED),
                        Some("session_ended"),
                    );
                }
                Response::from_json(&json!({ "closed": true }))
            }
        }
    }

    async fn alarm(&self) -> Result<Response> {
        // An error makes the runtime retry the alarm with backoff; steps are recorded
        // only after their jobs are enqueued, so a retry fires nothing twice.
        self.run_ladder()
            .await
            .map_err(|e| worker::Error::RustError(e.code.into()))?;
        Response::ok("ladder done")
    }

    async fn websocket_message(
        &self,
        ws: WebSocket,
        message: WebSocketIncomingMessage,
    ) -> Result<()> {
        self.on_frame(&ws, message)
    }

    async fn websocket_close(
        &self,
        ws: WebSocket,
        _code: usize,
        _reason: String,
        _clean: bool,
    ) -> Result<()> {
        crate::live_socket::close(&ws, "closed");
        Ok(())
    }

    async fn websocket_error(&self, ws: WebSocket, _error: worker::Error) -> Result<()> {
        crate::live_socket::close(&ws, "error");
        Ok(())
    }
}
