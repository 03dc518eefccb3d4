//! One Durable Object per clinic that fans inbox changes out to signed-in consoles.

use frontdesk_protocol::{InboxEntry, LiveEvent};
use worker::{
    durable_object, Env, Headers, Method, Request, RequestInit, Response, Result, State, WebSocket,
    WebSocketIncomingMessage, WebSocketPair,
};

use crate::error::{AppError, AppResult};

#[durable_object]
pub struct InboxHub {
    state: State,
}

impl worker::DurableObject for InboxHub {
    fn new(state: State, _env: Env) -> Self {
        InboxHub { state }
    }

    async fn fetch(&self, mut req: Request) -> Result<Response> {
        match (req.method(), req.path().as_str()) {
            (Method::Get, "/live") => {
                let pair = WebSocketPair::new()?;
                self.state
                    .accept_websocket_with_tags(&pair.server, &["staff"]);
                pair.server
                    .send_with_str(serde_json::to_string(&LiveEvent::Ready {
                        last_seq: 0,
                        read: None,
                    })?)?;
                Response::from_websocket(pair.client)
            }
            (Method::Post, "/broadcast") => {
                let frame = req.text().await?;
                for socket in self.state.get_websockets() {
                    let _ = socket.send_with_str(&frame);
                }
                Response::ok("sent")
            }
            _ => Response::error("unknown inbox call", 404),
        }
    }

    async fn websocket_message(
        &self,
        ws: WebSocket,
        message: WebSocketIncomingMessage,
    ) -> Result<()> {
        crate::live_socket::on_message(&ws, message)
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

fn stub(env: &Env, clinic_id: &str) -> AppResult<worker::Stub> {
    env.durable_object("INBOX_HUB")
        .and_then(|ns| ns.id_from_name(clinic_id)?.get_stub())
        .map_err(|e| AppError::internal("inbox stub", e))
}

/// Tells every console of the clinic that a conversation changed.
pub async fn publish(env: &Env, clinic_id: &str, conversation: InboxEntry) -> AppResult<()> {
    let frame = serde_json::to_string(&LiveEvent::Inbox { conversation })
        .map_err(|e| AppError::internal("encode inbox event", e))?;
    crate::do_call::send(
        stub(env, clinic_id)?,
        "POST",
        "https://inbox/broadcast",
        &[],
        Some(&frame),
        "inbox publish",
    )
    .await?;
    Ok(())
}

/// Hands a console's WebSocket upgrade to the clinic's hub.
pub async fn live(env: &Env, clinic_id: &str) -> AppResult<Response> {
    let headers = Headers::new();
    headers.set("Upgrade", "websocket")?;
    let mut init = RequestInit::new();
    init.with_headers(headers);
    let request = Request::new_with_init("https://inbox/live", &init)?;
    stub(env, clinic_id)?
        .fetch_with_request(request)
        .await
        .map_err(|e| AppError::internal("inbox live", e))
}
