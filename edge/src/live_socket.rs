//! What both Durable Objects do with their hibernating WebSockets.

use worker::{Result, WebSocket, WebSocketIncomingMessage};

/// Answers "ping" so proxies don't close idle sockets; clients send nothing else.
pub fn on_message(ws: &WebSocket, message: WebSocketIncomingMessage) -> Result<()> {
    if let WebSocketIncomingMessage::String(text) = message {
        if text == "ping" {
            ws.send_with_str("pong")?;
        }
    }
    Ok(())
}

/// Closes with 1000: a client's 1005 ("no status") can't be echoed back.
pub fn close(ws: &WebSocket, reason: &str) {
    let _ = ws.close(Some(1000), Some(reason));
}
