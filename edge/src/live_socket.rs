//! What both Durable Objects do with their hibernating WebSockets.

use frontdesk_domain::live_limits::{self, Verdict};
use frontdesk_domain::rate_limit::Bucket;
use worker::{Result, WebSocket, WebSocketIncomingMessage};

/// Answers "ping" so proxies don't close idle sockets; clients send nothing else. A
/// frame over the size limit, or one frame too many, closes the socket (1009 or 1008).
/// The socket's frame bucket rides in its attachment, so it survives hibernation.
pub fn on_message(ws: &WebSocket, message: WebSocketIncomingMessage) -> Result<()> {
    let len = match &message {
        WebSocketIncomingMessage::String(text) => text.len(),
        WebSocketIncomingMessage::Binary(bytes) => bytes.len(),
    };
    let bucket = ws.deserialize_attachment::<Bucket>().ok().flatten();
    let now_ms = worker::Date::now().as_millis() as i64;
    match live_limits::check(len, bucket, now_ms) {
        Verdict::Close { code, reason } => {
            let _ = ws.close(Some(code), Some(reason));
        }
        Verdict::Accept(bucket) => {
            ws.serialize_attachment(bucket)?;
            if matches!(&message, WebSocketIncomingMessage::String(text) if text == "ping") {
                ws.send_with_str("pong")?;
            }
        }
    }
    Ok(())
}

/// Closes with 1000: a client's 1005 ("no status") can't be echoed back.
pub fn close(ws: &WebSocket, reason: &str) {
    let _ = ws.close(Some(1000), Some(reason));
}
