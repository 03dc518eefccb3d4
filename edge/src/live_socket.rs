//! What both Durable Objects do with their hibernating WebSockets.

use frontdesk_domain::access::Scope;
use frontdesk_domain::live_limits::{self, Refusal, Verdict};
use frontdesk_domain::rate_limit::Bucket;
use worker::{Result, State, WebSocket, WebSocketIncomingMessage};

/// Close code of a socket whose session ended (sign-out, reset, expiry).
pub const SESSION_ENDED: u16 = 4401;

/// Close code of a staff thread socket whose conversation moved out of its owner's reach
/// (handed to another team or person): reconnecting is refused unless it is theirs again.
pub const ACCESS_CHANGED: u16 = 4403;

/// Answers "ping" so proxies don't close idle sockets; inbox sockets take nothing else.
pub fn on_message(ws: &WebSocket, message: WebSocketIncomingMessage) -> Result<()> {
    if admit(ws, &message)?.as_deref() == Some("ping") {
        ws.send_with_str("pong")?;
    }
    Ok(())
}

/// Applies the size and rate limits to one frame: a frame over the size limit, or one
/// frame too many, closes the socket (1009 or 1008). `Some(text)` for a text frame that
/// passed. The socket's frame bucket rides in its attachment, so it survives hibernation.
pub fn admit(ws: &WebSocket, message: &WebSocketIncomingMessage) -> Result<Option<String>> {
    let len = match message {
        WebSocketIncomingMessage::String(text) => text.len(),
        WebSocketIncomingMessage::Binary(bytes) => bytes.len(),
    };
    let bucket = ws.deserialize_attachment::<Bucket>().ok().flatten();
    let now_ms = worker::Date::now().as_millis() as i64;
    match live_limits::check(len, bucket, now_ms) {
        Verdict::Close { code, reason } => {
            refuse(ws, Refusal { code, reason });
            Ok(None)
        }
        Verdict::Accept(bucket) => {
            ws.serialize_attachment(bucket)?;
            Ok(match message {
                WebSocketIncomingMessage::String(text) => Some(text.clone()),
                WebSocketIncomingMessage::Binary(_) => None,
            })
        }
    }
}

/// Closes the socket with the refusal's code and reason.
pub fn refuse(ws: &WebSocket, refusal: Refusal) {
    let _ = ws.close(Some(refusal.code), Some(refusal.reason));
}

/// The staff scope a socket was tagged with (`Scope::tag`); `None` for visitor sockets
/// and sockets from before scopes were tagged, which get no other teams' frames.
pub fn scope_of(state: &State, socket: &WebSocket) -> Option<Scope> {
    state
        .get_tags(socket)
        .iter()
        .find_map(|tag| Scope::from_tag(tag))
}

/// Closes with 1000: a client's 1005 ("no status") can't be echoed back.
pub fn close(ws: &WebSocket, reason: &str) {
    let _ = ws.close(Some(1000), Some(reason));
}
