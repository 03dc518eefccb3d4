//! BENCHMARK FLOOR, NOT PRODUCT CODE. `bench/floor/worker.js` written in Rust on the
//! stock `worker` crate, the way its documentation shows: the same routes, one Durable
//! Object per room with the same table and statements, the same fan-out and queue
//! message, and no auth, validation, triage or rate limits.
//!
//! `cargo xtask bench` runs it beside the JS floor. The JS floor is the issue's
//! baseline; this one shows what the same relay costs once it is Rust compiled to wasm,
//! so the distance from it to Frontdesk is the cost of Frontdesk's own work.

use serde::{Deserialize, Serialize};
use serde_json::json;
use worker::{
    durable_object, event, js_sys, Context, Env, MessageBatch, Method, Request, RequestInit,
    Response, Result, State, WebSocket, WebSocketIncomingMessage, WebSocketPair,
};

#[derive(Deserialize)]
struct Incoming {
    client_msg_id: String,
    text: String,
    author: String,
}

#[derive(Serialize)]
struct Stored {
    seq: i64,
    author: String,
    text: String,
    client_msg_id: String,
    sent_at: String,
}

#[derive(Deserialize)]
struct Existing {
    seq: i64,
}

#[derive(Deserialize)]
struct Inserted {
    seq: i64,
}

#[durable_object]
pub struct FloorRoom {
    state: State,
}

impl worker::DurableObject for FloorRoom {
    fn new(state: State, _env: Env) -> Self {
        let _ = state.storage().sql().exec(
            "CREATE TABLE IF NOT EXISTS messages (seq INTEGER PRIMARY KEY, client_msg_id TEXT UNIQUE, author TEXT, text TEXT, sent_at TEXT)",
            None,
        );
        FloorRoom { state }
    }

    async fn fetch(&self, mut req: Request) -> Result<Response> {
        if req.headers().get("Upgrade")?.as_deref() == Some("websocket") {
            let pair = WebSocketPair::new()?;
            self.state.accept_web_socket(&pair.server);
            return Response::from_websocket(pair.client);
        }
        let incoming: Incoming = req.json().await?;
        let sql = self.state.storage().sql();
        let existing: Vec<Existing> = sql
            .exec(
                "SELECT seq, sent_at FROM messages WHERE client_msg_id = ?",
                vec![incoming.client_msg_id.as_str().into()],
            )?
            .to_array()?;
        if let Some(row) = existing.first() {
            return Response::from_json(&json!({ "message": {
                "seq": row.seq,
                "client_msg_id": incoming.client_msg_id,
                "text": incoming.text,
                "author": incoming.author,
            }}));
        }
        let sent_at = String::from(js_sys::Date::new_0().to_iso_string());
        let Inserted { seq } = sql
            .exec(
                "INSERT INTO messages (client_msg_id, author, text, sent_at) VALUES (?, ?, ?, ?) RETURNING seq",
                vec![
                    incoming.client_msg_id.as_str().into(),
                    incoming.author.as_str().into(),
                    incoming.text.as_str().into(),
                    sent_at.as_str().into(),
                ],
            )?
            .one()?;
        let message = Stored {
            seq,
            author: incoming.author,
            text: incoming.text,
            client_msg_id: incoming.client_msg_id,
            sent_at,
        };
        let frame = serde_json::to_string(&json!({ "type": "message", "message": &message }))?;
        for socket in self.state.get_websockets() {
            let _ = socket.send_with_str(&frame);
        }
        Ok(Response::from_json(&json!({ "message": message }))?.with_status(201))
    }

    async fn websocket_message(
        &self,
        _ws: WebSocket,
        _message: WebSocketIncomingMessage,
    ) -> Result<()> {
        Ok(())
    }

    async fn websocket_close(
        &self,
        ws: WebSocket,
        _code: usize,
        _reason: String,
        _was_clean: bool,
    ) -> Result<()> {
        ws.close(Some(1000), Some("closed"))
    }
}

/// Routes: `POST /floor/{id}/messages?author=visitor|staff`, `GET /floor/{id}/live`.
#[event(fetch)]
async fn fetch(mut req: Request, env: Env, _ctx: Context) -> Result<Response> {
    let url = req.url()?;
    let parts: Vec<&str> = url.path().split('/').collect();
    let (Some(&"floor"), Some(&id), action) = (parts.get(1), parts.get(2), parts.get(3)) else {
        return Response::error("not found", 404);
    };
    if id.is_empty() {
        return Response::error("not found", 404);
    }
    let room = env.durable_object("ROOM")?.id_from_name(id)?.get_stub()?;
    if action == Some(&"live") {
        return room.fetch_with_request(req).await;
    }
    if action != Some(&"messages") || req.method() != Method::Post {
        return Response::error("not found", 404);
    }
    let author = url
        .query_pairs()
        .find(|(key, _)| key == "author")
        .map_or_else(|| "visitor".to_owned(), |(_, value)| value.into_owned());
    let mut body: serde_json::Value = req.json().await?;
    body["author"] = author.as_str().into();
    let mut init = RequestInit::new();
    init.with_method(Method::Post)
        .with_body(Some(body.to_string().into()));
    let response = room
        .fetch_with_request(Request::new_with_init("https://room/", &init)?)
        .await?;
    if response.status_code() == 201 {
        env.queue("QUEUE")?
            .send(json!({ "conversation": id, "author": author }))
            .await?;
    }
    Ok(response)
}

#[event(queue)]
async fn queue(batch: MessageBatch<serde_json::Value>, _env: Env, _ctx: Context) -> Result<()> {
    batch.ack_all();
    Ok(())
}
