//! The provider sandbox: a dev and test stand-in for the messaging providers' APIs.
//!
//! It is not product code. It answers each provider's documented send API (Twilio
//! Messages; Meta Graph `/{phone_number_id}/messages` and `/me/messages`; WeChat's
//! access token and customer-service messages; X's DM send; Postmark's email), records every call at
//! `GET /sandbox/outbox`, sends webhooks to the Frontdesk edge signed as each provider
//! signs them (Twilio, Meta, WeChat, X), sends Twilio's status callbacks (`sent`, then
//! `delivered`), serves the media a patient sends at Twilio's and WhatsApp's documented
//! download URLs (`media.rs`), WhatsApp's statuses (`sent`, `delivered`, `read`) and X's echo and read
//! receipt of each DM, and serves a page at `/` where a person plays the patient.
//!
//! `frontdesk-sandbox [--port N] [--edge URL]`, or `SANDBOX_PORT` and `SANDBOX_EDGE_URL`;
//! defaults `8790` and `http://127.0.0.1:8787`.

mod app_media;
mod client;
mod media;
mod meta;
mod postmark;
mod providers;
mod state;
mod twilio;
mod uploads;
mod wechat;
mod x;

use std::io::Read;
use std::sync::Arc;

use serde_json::{json, Value};
use tiny_http::{Header, Request, Response};

use crate::state::{Sandbox, Settings};

/// Bodies above this are refused: above the largest photo upload (X's 5 MB) with its
/// form, which no other provider call comes near.
const MAX_BODY: u64 = 6 * 1024 * 1024;

/// One request, read whole.
pub struct Call {
    pub method: String,
    pub path: String,
    pub query: String,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
}

impl Call {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }

    pub fn query_param(&self, name: &str) -> Option<String> {
        form_urlencoded::parse(self.query.as_bytes())
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.into_owned())
    }

    /// The path with its query string, as the provider would have been called.
    pub fn target(&self) -> String {
        if self.query.is_empty() {
            self.path.clone()
        } else {
            format!("{}?{}", self.path, self.query)
        }
    }
}

/// An answer: status, content type, body.
pub struct Answer {
    pub status: u16,
    pub content_type: &'static str,
    pub body: String,
}

impl Answer {
    pub fn json(status: u16, body: &Value) -> Answer {
        Answer {
            status,
            content_type: "application/json",
            body: body.to_string(),
        }
    }
}

fn main() {
    let settings = Settings::from_args(std::env::args().skip(1).collect());
    let address = ("127.0.0.1", settings.port);
    let server = match tiny_http::Server::http(address) {
        Ok(server) => server,
        Err(error) => {
            eprintln!(
                "sandbox: cannot listen on 127.0.0.1:{}: {error}",
                settings.port
            );
            std::process::exit(1);
        }
    };
    println!(
        "provider sandbox on http://127.0.0.1:{} (webhooks to {})",
        settings.port, settings.edge
    );
    let sandbox = Arc::new(Sandbox::new(settings));
    for request in server.incoming_requests() {
        let sandbox = Arc::clone(&sandbox);
        // A thread per request: answering the patient page may wait on the edge, which
        // may meanwhile call this sandbox's provider APIs.
        std::thread::spawn(move || serve(&sandbox, request));
    }
}

fn serve(sandbox: &Arc<Sandbox>, mut request: Request) {
    let (path, query) = match request.url().split_once('?') {
        Some((path, query)) => (path.to_owned(), query.to_owned()),
        None => (request.url().to_owned(), String::new()),
    };
    let mut body = Vec::new();
    let too_big = request.body_length().is_some_and(|n| n as u64 > MAX_BODY);
    if !too_big {
        let _ = request.as_reader().take(MAX_BODY).read_to_end(&mut body);
    }
    let call = Call {
        method: request.method().as_str().to_ascii_uppercase(),
        path,
        query,
        headers: request
            .headers()
            .iter()
            .map(|h| {
                (
                    h.field.as_str().as_str().to_ascii_lowercase(),
                    h.value.as_str().to_owned(),
                )
            })
            .collect(),
        body,
    };
    // Media downloads answer bytes; every other call answers text.
    let bytes = media::serve(sandbox, &call).or_else(|| uploads::serve(sandbox, &call));
    let (status, content_type, body) = match bytes {
        Some(download) => download,
        None => {
            let answer = if too_big {
                Answer::json(413, &json!({"error": "body too large"}))
            } else {
                route(sandbox, &call)
            };
            let content_type = answer.content_type.to_owned();
            (answer.status, content_type, answer.body.into_bytes())
        }
    };
    let mut response = Response::from_data(body).with_status_code(status);
    if let Ok(header) = Header::from_bytes("Content-Type", content_type.as_bytes()) {
        response.add_header(header);
    }
    let _ = request.respond(response);
}

fn route(sandbox: &Arc<Sandbox>, call: &Call) -> Answer {
    let segments: Vec<&str> = call.path.trim_matches('/').split('/').collect();
    match (call.method.as_str(), segments.as_slice()) {
        ("GET", [""]) => Answer {
            status: 200,
            content_type: "text/html; charset=utf-8",
            body: include_str!("page.html").to_owned(),
        },
        ("GET", ["sandbox", "health"]) => Answer::json(200, &json!({"ok": true})),
        ("GET", ["sandbox", "outbox"]) => Answer::json(200, &json!({"requests": sandbox.outbox()})),
        ("GET", ["sandbox", "thread"]) => {
            let channel = call.query_param("channel").unwrap_or_default();
            let address = call.query_param("address").unwrap_or_default();
            Answer::json(
                200,
                &json!({"messages": sandbox.thread(&channel, &address)}),
            )
        }
        ("POST", ["sandbox", "wechat", "revoke-token"]) => wechat::revoke(sandbox),
        ("POST", ["sandbox", "fail-next"]) => providers::fail_next(sandbox, call),
        ("POST", ["sandbox", "patient", channel]) => {
            providers::patient_sends(sandbox, channel, call)
        }
        ("POST", ["2010-04-01", "Accounts", account_sid, "Messages.json"]) => {
            providers::twilio_send(sandbox, account_sid, call)
        }
        ("POST", [version, "me", "messages"]) if version.starts_with('v') => {
            providers::messenger_send(sandbox, call)
        }
        ("POST", [version, phone_number_id, "messages"]) if version.starts_with('v') => {
            providers::whatsapp_send(sandbox, phone_number_id, call)
        }
        ("POST", ["email"]) => postmark::send(sandbox, call),
        ("GET", ["cgi-bin", "token"]) => wechat::token(sandbox, call),
        ("POST", ["cgi-bin", "stable_token"]) => wechat::stable_token(sandbox, call),
        ("POST", ["cgi-bin", "message", "custom", "send"]) => wechat::custom_send(sandbox, call),
        ("POST", ["cgi-bin", "media", "upload"]) => uploads::wechat_upload(sandbox, call),
        ("POST", ["2", "media", "upload"]) => uploads::x_upload(sandbox, call),
        ("POST", ["2", "dm_conversations", "with", participant, "messages"]) => {
            providers::x_send(sandbox, participant, call)
        }
        _ => Answer::json(
            404,
            &json!({"error": format!("the sandbox has no {} {}", call.method, call.path)}),
        ),
    }
}
