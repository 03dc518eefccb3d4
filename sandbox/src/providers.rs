//! Long on purpose: every provider's send API and the patient's side of each channel;
//! the media downloads are in `media.rs` and `app_media.rs`.
//!
//! Each provider's send API as the sandbox answers it, and the patient's side: a message
//! typed on the page (or by a test) becomes the provider's signed webhook to the edge.

use std::sync::Arc;
use std::time::Duration;

use serde_json::{json, Value};

use crate::state::{FailNext, FailRule, Sandbox};
use crate::{app_media, client, media, meta, twilio, wechat, x, Answer, Call};

/// `POST /sandbox/fail-next` with `{channel, mode}` and optionally `to` (the patient's
/// address) and `text` (part of the message) (dev only): the next send they match fails,
/// `reject`ed by the send API or, on SMS, accepted and then reported `undelivered` by the
/// status callback. Sends after it work again. On `sms_media` and `whatsapp_media` the
/// next download of a file `to` sent answers 503.
pub fn fail_next(sandbox: &Sandbox, call: &Call) -> Answer {
    let request = serde_json::from_slice::<Value>(&call.body).unwrap_or(Value::Null);
    let channel = request["channel"].as_str().unwrap_or_default();
    let mode = request["mode"].as_str().and_then(FailNext::parse);
    let supported = matches!(
        (channel, mode),
        ("sms", Some(_))
            | (
                "whatsapp"
                    | "sms_media"
                    | "whatsapp_media"
                    | "messenger_media"
                    | "wechat_media"
                    | "x_media"
                    | "wechat_upload"
                    | "x_upload",
                Some(FailNext::Reject)
            )
    );
    if !supported {
        return Answer::json(
            400,
            &json!({"error": "send {channel: sms, mode: reject|undelivered} or {channel: whatsapp|<channel>_media|wechat_upload|x_upload, mode: reject}"}),
        );
    }
    if let Some(mode) = mode {
        let field = |name: &str| request[name].as_str().map(str::to_owned);
        sandbox.set_fail_next(FailRule {
            channel: channel.to_owned(),
            mode,
            to: field("to"),
            text: field("text"),
        });
    }
    Answer::json(
        200,
        &json!({"channel": channel, "fail_next": request["mode"]}),
    )
}

/// `POST /2010-04-01/Accounts/{AccountSid}/Messages.json`: Twilio's Messages API.
pub fn twilio_send(sandbox: &Arc<Sandbox>, account_sid: &str, call: &Call) -> Answer {
    sandbox.record("sms", call);
    let settings = &sandbox.settings;
    if account_sid != settings.twilio_account_sid
        || !twilio::authorised(
            call.header("authorization"),
            account_sid,
            &settings.twilio_auth_token,
        )
    {
        return Answer::json(401, &twilio::error(401, 20003, "Authenticate"));
    }
    let params = twilio::parse_form(&call.body);
    let to = twilio::param(&params, "To").unwrap_or_default().to_owned();
    let body = twilio::param(&params, "Body")
        .unwrap_or_default()
        .to_owned();
    if to.is_empty() {
        return Answer::json(
            400,
            &twilio::error(400, 21604, "A 'To' phone number is required."),
        );
    }
    // An MMS may have media only (`MediaUrl`, repeatable).
    let media = params.iter().filter(|(name, _)| name == "MediaUrl").count();
    if body.is_empty() && media == 0 {
        return Answer::json(400, &twilio::error(400, 21602, "Message body is required."));
    }
    if twilio::param(&params, "From").is_none()
        && twilio::param(&params, "MessagingServiceSid").is_none()
    {
        return Answer::json(
            400,
            &twilio::error(400, 21603, "A 'From' phone number is required."),
        );
    }
    // Twilio's documented magic test numbers.
    let valid = to.starts_with('+') && to.len() > 8 && to[1..].chars().all(|c| c.is_ascii_digit());
    if !valid || to == "+15005550001" {
        return Answer::json(
            400,
            &twilio::error(400, 21211, &format!("Invalid 'To' Phone Number: {to}")),
        );
    }
    if to == "+15005550009" {
        return Answer::json(
            400,
            &twilio::error(
                400,
                21614,
                &format!("'To' number {to} is not a valid mobile number"),
            ),
        );
    }
    let failing = sandbox.take_fail_next("sms", &to, &body);
    if failing == Some(FailNext::Reject) {
        return Answer::json(
            400,
            &twilio::error(
                400,
                21614,
                &format!("'To' number {to} is not a valid mobile number"),
            ),
        );
    }
    let sid = sandbox.new_id("SM");
    sandbox.add_message("sms", &to, "out", &sid, &body, "queued");
    // Twilio's documented sequence, or `sent` then `undelivered` with the carrier's code.
    let statuses: &'static [(&str, Option<&str>)] = match failing {
        Some(_) => &[("sent", None), ("undelivered", Some("30003"))],
        None => &[("sent", None), ("delivered", None)],
    };
    if let Some(callback) = twilio::param(&params, "StatusCallback") {
        let from = twilio::param(&params, "From")
            .unwrap_or_default()
            .to_owned();
        let (sandbox, callback, sid) = (Arc::clone(sandbox), callback.to_owned(), sid.clone());
        std::thread::spawn(move || {
            for &(status, error_code) in statuses {
                std::thread::sleep(Duration::from_millis(sandbox.settings.callback_delay_ms));
                sandbox.set_status(&sid, status);
                let mut params = twilio::status_params(
                    &sandbox.settings.twilio_account_sid,
                    &sid,
                    &from,
                    &to,
                    status,
                );
                if let Some(code) = error_code {
                    params.push(("ErrorCode".into(), code.into()));
                }
                match send_twilio_webhook(&sandbox, &callback, &params) {
                    Ok((200, _)) => sandbox.acknowledge(&sid, status),
                    Ok((code, answer)) => {
                        eprintln!("sandbox: status callback {status} refused {code}: {answer}")
                    }
                    Err(error) => {
                        eprintln!("sandbox: status callback {status} not delivered: {error}")
                    }
                }
            }
        });
    }
    Answer::json(201, &twilio::message_resource(account_sid, &sid, &params))
}

/// POSTs a signed Twilio webhook; returns the edge's status and body.
fn send_twilio_webhook(
    sandbox: &Sandbox,
    url: &str,
    params: &[(String, String)],
) -> Result<(u16, String), String> {
    let signature = twilio::signature(&sandbox.settings.twilio_auth_token, url, params);
    client::deliver(
        url,
        "application/x-www-form-urlencoded",
        &[
            ("X-Twilio-Signature", &signature),
            ("I-Twilio-Idempotency-Token", &sandbox.new_id("")),
        ],
        &twilio::form(params),
    )
}

/// `POST /sandbox/patient/{channel}` with `{clinic, from, text}` (and optionally `to`, and
/// `message_sid` to redeliver a message as providers do): the patient writes. On SMS and
/// WhatsApp, `media: [{content_type, base64, pad_to?}]` sends files too (an MMS, or a
/// WhatsApp media message with `text` as its caption, one file, whose media id the
/// answer gives as `media_id`), served at the providers' download URLs (`media.rs`). On
/// WhatsApp, Messenger, WeChat and X, `from` is the patient's id there (WhatsApp id,
/// page-scoped id, OpenID, X user id), `message_id` redelivers, `timestamp` (seconds)
/// backdates the message as the provider's own timestamp would show a late delivery,
/// `signature` (false, or a value) sends none or that one instead, and on WeChat
/// `encrypt: true` pushes in safe mode (for the `wechat-safe` fixture clinic).
pub fn patient_sends(sandbox: &Arc<Sandbox>, channel: &str, call: &Call) -> Answer {
    let Ok(request) = serde_json::from_slice::<Value>(&call.body) else {
        return Answer::json(400, &json!({"error": "send JSON: {clinic, from, text}"}));
    };
    let field = |name: &str| request[name].as_str().map(str::to_owned);
    let (Some(clinic), Some(from), Some(text)) = (field("clinic"), field("from"), field("text"))
    else {
        return Answer::json(400, &json!({"error": "clinic, from and text are required"}));
    };
    if clinic.is_empty()
        || !clinic
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
    {
        return Answer::json(400, &json!({"error": "clinic must be a clinic id"}));
    }
    let uploads = match media::uploads(&request) {
        Ok(uploads) => uploads,
        Err(error) => return Answer::json(400, &json!({ "error": error })),
    };
    let fits = matches!(channel, "sms" | "messenger") || uploads.len() <= 1;
    if !fits {
        return Answer::json(
            400,
            &json!({"error": "media goes on sms and messenger (up to 10), or whatsapp, wechat and x (one per message)"}),
        );
    }
    match channel {
        "sms" => {
            let settings = &sandbox.settings;
            let to = field("to").unwrap_or_else(|| settings.clinic_number.clone());
            let redelivery = field("message_sid");
            let sid = redelivery.clone().unwrap_or_else(|| sandbox.new_id("SM"));
            let mut params =
                twilio::inbound_params(&settings.twilio_account_sid, &sid, &from, &to, &text);
            let media = media::twilio_params(sandbox, (&sid, &from), uploads);
            if media.len() > 1 {
                params.retain(|(name, _)| name != "NumMedia");
                params.extend(media);
            }
            let url = format!("{}/v1/channels/{clinic}/twilio", settings.edge);
            // On the page before the edge answers: its replies may come back first.
            if redelivery.is_none() {
                sandbox.add_message("sms", &from, "in", &sid, &text, "sending");
            }
            let sent = send_twilio_webhook(sandbox, &url, &params);
            edge_answered(sandbox, ("message_sid", &sid), redelivery.is_none(), sent)
        }
        "whatsapp" | "messenger" => {
            let redelivery = field("message_id");
            let mut media_id = None;
            let (id, body) = if channel == "whatsapp" {
                let id = redelivery
                    .clone()
                    .unwrap_or_else(|| sandbox.new_id("wamid."));
                let timestamp = request["timestamp"].as_u64().unwrap_or_else(now_seconds);
                let body = match uploads.into_iter().next() {
                    Some(upload) => {
                        let (kind, object) =
                            media::whatsapp_object(sandbox, (&id, &from), upload, &text);
                        media_id = object["id"].as_str().map(str::to_owned);
                        meta::media_webhook(&from, &id, timestamp, &kind, object)
                    }
                    None => meta::message_webhook(&from, &id, timestamp, &text),
                };
                (id, body)
            } else {
                let id = redelivery.clone().unwrap_or_else(|| sandbox.new_id("m_"));
                let timestamp = request["timestamp"]
                    .as_u64()
                    .map_or_else(|| now_seconds() * 1000, |seconds| seconds * 1000);
                let attachments = (!uploads.is_empty())
                    .then(|| app_media::messenger_attachments(sandbox, (&id, &from), uploads));
                let body = meta::messenger_webhook(&from, &id, timestamp, &text, attachments);
                (id, body)
            };
            let body = body.to_string();
            let url = format!("{}/v1/channels/{clinic}/{channel}", sandbox.settings.edge);
            sandbox.remember_clinic(&from, &clinic);
            if redelivery.is_none() {
                sandbox.add_message(channel, &from, "in", &id, &text, "sending");
            }
            // `signature: false` leaves the header out, `signature: "<value>"` sends that
            // one instead: for tests of the edge's refusals.
            let signature = match &request["signature"] {
                Value::Bool(false) => None,
                Value::String(given) => Some(given.clone()),
                _ => Some(meta::signature(&sandbox.settings.meta_app_secret, &body)),
            };
            let headers: Vec<(&str, &str)> = signature
                .as_deref()
                .map(|value| vec![("X-Hub-Signature-256", value)])
                .unwrap_or_default();
            let sent = client::deliver(&url, "application/json", &headers, &body);
            let answer = edge_answered(sandbox, ("message_id", &id), redelivery.is_none(), sent);
            match media_id {
                // The test's handle on the media's downloads.
                Some(media_id) => with_field(answer, "media_id", &media_id),
                None => answer,
            }
        }
        "wechat" => {
            let redelivery = field("message_id");
            let id = redelivery.clone().unwrap_or_else(|| digits_id(sandbox));
            let created = request["timestamp"].as_u64().unwrap_or_else(now_seconds);
            let mut body = match uploads.into_iter().next() {
                Some(upload) => {
                    let (pic_url, media_id) =
                        app_media::wechat_image(sandbox, (&id, &from), upload);
                    let media = (pic_url.as_str(), media_id.as_str());
                    wechat::image_xml(wechat::DEV_OFFICIAL_ACCOUNT, &from, created, media, &id)
                }
                None => {
                    wechat::message_xml(wechat::DEV_OFFICIAL_ACCOUNT, &from, created, &text, &id)
                }
            };
            let timestamp = now_seconds().to_string();
            let nonce = (u128::from_str_radix(&sandbox.new_id(""), 16).unwrap_or_default()
                % 10_000_000_000)
                .to_string();
            // `encrypt: true`: the account is in safe mode (the `wechat-safe` fixture), so
            // the push goes encrypted, signed by `msg_signature` too.
            let mut msg_signature = None;
            if request["encrypt"] == Value::Bool(true) {
                let mut random = [0u8; 16];
                random.copy_from_slice(&sandbox.new_id("").as_bytes()[..16]);
                let (encrypted, signature) = wechat::encrypted_push(
                    wechat::DEV_ENCODING_AES_KEY,
                    wechat::DEV_TOKEN,
                    (&timestamp, &nonce),
                    (wechat::DEV_OFFICIAL_ACCOUNT, wechat::DEV_APP_ID),
                    &body,
                    random,
                );
                body = encrypted;
                msg_signature = Some(signature);
            }
            // As WeChat calls the server URL: the signature, its inputs and the sender's
            // OpenID in the query. `signature: false` leaves the one that counts out
            // (`msg_signature` in safe mode), a string replaces it.
            let plain_signature = wechat::signature(wechat::DEV_TOKEN, &timestamp, &nonce);
            let (counted, other) = match msg_signature {
                Some(msg_signature) => (
                    ("msg_signature", msg_signature),
                    Some(("signature", plain_signature)),
                ),
                None => (("signature", plain_signature), None),
            };
            let mut query = form_urlencoded::Serializer::new(String::new());
            if let Some((name, value)) = &other {
                query.append_pair(name, value);
            }
            match &request["signature"] {
                Value::Bool(false) => {}
                Value::String(given) => {
                    query.append_pair(counted.0, given);
                }
                _ => {
                    query.append_pair(counted.0, &counted.1);
                }
            }
            query
                .append_pair("timestamp", &timestamp)
                .append_pair("nonce", &nonce)
                .append_pair("openid", &from);
            if other.is_some() {
                query.append_pair("encrypt_type", "aes");
            }
            let query = query.finish();
            let url = format!(
                "{}/v1/channels/{clinic}/wechat?{query}",
                sandbox.settings.edge
            );
            if redelivery.is_none() {
                sandbox.add_message("wechat", &from, "in", &id, &text, "sending");
            }
            let sent = client::deliver(&url, "text/xml", &[], &body);
            edge_answered(sandbox, ("message_id", &id), redelivery.is_none(), sent)
        }
        "x" => {
            let redelivery = field("message_id");
            let id = redelivery.clone().unwrap_or_else(|| digits_id(sandbox));
            let at_ms = request["timestamp"]
                .as_u64()
                .map_or_else(|| now_seconds() * 1000, |seconds| seconds * 1000);
            let attachment = uploads
                .into_iter()
                .next()
                .map(|upload| app_media::x_attachment(sandbox, (&id, &from), upload));
            let parties = (from.as_str(), x::DEV_ACCOUNT_ID);
            let body = x::dm_webhook_with(&id, parties, at_ms, &text, attachment).to_string();
            let url = format!("{}/v1/channels/{clinic}/x", sandbox.settings.edge);
            sandbox.remember_clinic(&from, &clinic);
            if redelivery.is_none() {
                sandbox.add_message("x", &from, "in", &id, &text, "sending");
            }
            let signature = match &request["signature"] {
                Value::Bool(false) => None,
                Value::String(given) => Some(given.clone()),
                _ => Some(x::signature(x::DEV_CONSUMER_SECRET, &body)),
            };
            let headers: Vec<(&str, &str)> = signature
                .as_deref()
                .map(|value| vec![("x-twitter-webhooks-signature", value)])
                .unwrap_or_default();
            let sent = client::deliver(&url, "application/json", &headers, &body);
            edge_answered(sandbox, ("message_id", &id), redelivery.is_none(), sent)
        }
        _ => Answer::json(
            404,
            &json!({"error": format!("the sandbox plays the patient on sms, whatsapp, messenger, wechat and x, not on {channel}")}),
        ),
    }
}

/// The page's state and the test's answer after a patient's webhook: the message's id
/// under `id.0`, and the edge's status and body.
fn edge_answered(
    sandbox: &Sandbox,
    id: (&str, &str),
    first_delivery: bool,
    sent: Result<(u16, String), String>,
) -> Answer {
    match sent {
        Ok((status, body)) => {
            // A redelivery leaves the page's message as the first delivery left it.
            if first_delivery {
                let shown = if (200..300).contains(&status) {
                    "received".to_owned()
                } else {
                    format!("refused {status}")
                };
                sandbox.set_status(id.1, &shown);
            }
            Answer::json(
                200,
                &json!({id.0: id.1, "edge_status": status, "edge_body": body}),
            )
        }
        Err(error) => {
            sandbox.set_status(id.1, "failed");
            Answer::json(
                502,
                &json!({"error": format!("the edge did not answer: {error}")}),
            )
        }
    }
}

/// The JSON answer with one more field.
fn with_field(answer: Answer, name: &str, value: &str) -> Answer {
    let mut body: Value = serde_json::from_str(&answer.body).unwrap_or_else(|_| json!({}));
    body[name] = json!(value);
    Answer::json(answer.status, &body)
}

fn now_seconds() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or_default()
}

/// An X id: digits only.
pub(crate) fn digits_id(sandbox: &Sandbox) -> String {
    let id = sandbox.new_id("");
    let number = u128::from_str_radix(&id, 16).unwrap_or_default();
    (number % 10u128.pow(19)).to_string()
}

/// After an X DM send, as X does: the DM itself echoed to the clinic's webhook (the
/// clinic's account as sender), then the patient's read receipt.
fn send_x_echo_and_read(sandbox: &Arc<Sandbox>, id: String, patient: String, text: String) {
    let sandbox = Arc::clone(sandbox);
    std::thread::spawn(move || {
        let clinic = sandbox.clinic_of(&patient);
        let url = format!("{}/v1/channels/{clinic}/x", sandbox.settings.edge);
        let now_ms = now_seconds() * 1000;
        let echo = x::dm_webhook(&id, x::DEV_ACCOUNT_ID, &patient, now_ms, &text);
        let read = x::read_webhook(&patient, &id, now_ms + 1);
        for (what, body) in [("echo", echo), ("read", read)] {
            std::thread::sleep(Duration::from_millis(sandbox.settings.callback_delay_ms));
            if what == "read" {
                sandbox.set_status(&id, "read");
            }
            let body = body.to_string();
            let signature = x::signature(x::DEV_CONSUMER_SECRET, &body);
            match client::deliver(
                &url,
                "application/json",
                &[("x-twitter-webhooks-signature", &signature)],
                &body,
            ) {
                Ok((200, _)) if what == "read" => sandbox.acknowledge(&id, "read"),
                Ok((200, _)) => {}
                Ok((status, answer)) => eprintln!("sandbox: x {what} refused {status}: {answer}"),
                Err(error) => eprintln!("sandbox: x {what} not delivered: {error}"),
            }
        }
    });
}

/// After a WhatsApp send, Meta's `sent`, `delivered` and `read` statuses, signed, to the
/// clinic the patient last wrote to.
fn send_whatsapp_statuses(sandbox: &Arc<Sandbox>, id: String, to: String) {
    let sandbox = Arc::clone(sandbox);
    std::thread::spawn(move || {
        let clinic = sandbox.clinic_of(&to);
        let url = format!("{}/v1/channels/{clinic}/whatsapp", sandbox.settings.edge);
        for status in ["sent", "delivered", "read"] {
            std::thread::sleep(Duration::from_millis(sandbox.settings.callback_delay_ms));
            let body = meta::status_webhook(&id, &to, status, now_seconds());
            post_meta_status(&sandbox, &url, ("whatsapp", &id, status), &body);
        }
    });
}

/// After a Messenger send, Meta's receipts, signed: `message_deliveries` naming the
/// message (`mids`) with a watermark at the send, then `message_reads` with only the
/// watermark (everything sent up to it was read).
fn send_messenger_receipts(sandbox: &Arc<Sandbox>, id: String, to: String, sent_at_ms: u64) {
    let sandbox = Arc::clone(sandbox);
    std::thread::spawn(move || {
        let clinic = sandbox.clinic_of(&to);
        let url = format!("{}/v1/channels/{clinic}/messenger", sandbox.settings.edge);
        for (status, read) in [("delivered", false), ("read", true)] {
            std::thread::sleep(Duration::from_millis(sandbox.settings.callback_delay_ms));
            let body = meta::messenger_receipt_webhook(&to, read, &[&id], sent_at_ms);
            post_meta_status(&sandbox, &url, ("messenger", &id, status), &body);
        }
    });
}

/// Shows `status` on the page, POSTs the signed webhook, and marks it told when the
/// clinic's edge takes it.
fn post_meta_status(
    sandbox: &Sandbox,
    url: &str,
    (channel, id, status): (&str, &str, &str),
    body: &Value,
) {
    sandbox.set_status(id, status);
    let body = body.to_string();
    let signature = meta::signature(&sandbox.settings.meta_app_secret, &body);
    let sent = client::deliver(
        url,
        "application/json",
        &[("X-Hub-Signature-256", &signature)],
        &body,
    );
    match sent {
        Ok((200, _)) => sandbox.acknowledge(id, status),
        Ok((status_code, answer)) => {
            eprintln!("sandbox: {channel} status {status} refused {status_code}: {answer}")
        }
        Err(error) => eprintln!("sandbox: {channel} status {status} not delivered: {error}"),
    }
}

/// Graph API's error for a call without a usable access token.
pub fn graph_unauthorised() -> Answer {
    Answer::json(
        401,
        &json!({"error": {"message": "Invalid OAuth access token.", "type": "OAuthException", "code": 190}}),
    )
}

pub fn bearer(call: &Call) -> bool {
    call.header("authorization")
        .is_some_and(|h| h.starts_with("Bearer ") && h.len() > 7)
}

/// `POST /{version}/{phone_number_id}/messages`: the WhatsApp Cloud API.
pub fn whatsapp_send(sandbox: &Arc<Sandbox>, _phone_number_id: &str, call: &Call) -> Answer {
    sandbox.record("whatsapp", call);
    if !bearer(call) {
        return graph_unauthorised();
    }
    let Ok(body) = serde_json::from_slice::<Value>(&call.body) else {
        return Answer::json(
            400,
            &json!({"error": {"message": "Invalid JSON", "type": "OAuthException", "code": 100}}),
        );
    };
    if body["messaging_product"] != "whatsapp" {
        return Answer::json(
            400,
            &meta::error(100, "(#100) The parameter messaging_product is required."),
        );
    }
    let to = body["to"].as_str().unwrap_or_default().to_owned();
    if to.is_empty() || !to.chars().all(|c| c.is_ascii_digit()) {
        return Answer::json(400, &meta::error(100, "(#100) Invalid parameter: to"));
    }
    let text_body = body["text"]["body"].as_str().unwrap_or_default();
    if sandbox.take_fail_next("whatsapp", &to, text_body) == Some(FailNext::Reject) {
        return Answer::json(400, &meta::error(131026, "(#131026) Message undeliverable"));
    }
    let id = sandbox.new_id("wamid.");
    let text = body["text"]["body"]
        .as_str()
        .map(str::to_owned)
        .unwrap_or_else(|| match body["type"].as_str() {
            // A media message by link: the page shows its kind and caption.
            Some(kind @ ("image" | "document")) => format!(
                "[{kind}] {}",
                body[kind]["caption"].as_str().unwrap_or_default()
            ),
            _ => format!(
                "[template {}]",
                body["template"]["name"].as_str().unwrap_or("?")
            ),
        });
    sandbox.add_message("whatsapp", &to, "out", &id, &text, "accepted");
    send_whatsapp_statuses(sandbox, id.clone(), to.clone());
    Answer::json(
        200,
        &json!({
            "messaging_product": "whatsapp",
            "contacts": [{"input": to, "wa_id": to}],
            "messages": [{"id": id}],
        }),
    )
}

/// `POST /{version}/me/messages`: Messenger's Send API.
pub fn messenger_send(sandbox: &Arc<Sandbox>, call: &Call) -> Answer {
    sandbox.record("messenger", call);
    if !bearer(call) && call.query_param("access_token").is_none() {
        return graph_unauthorised();
    }
    let body = serde_json::from_slice::<Value>(&call.body).unwrap_or(Value::Null);
    let recipient = body["recipient"]["id"]
        .as_str()
        .unwrap_or_default()
        .to_owned();
    let id = sandbox.new_id("m_");
    let attachment = &body["message"]["attachment"];
    let text = match body["message"]["text"].as_str() {
        Some(text) => text.to_owned(),
        None => format!("[{}]", attachment["type"].as_str().unwrap_or("?")),
    };
    sandbox.add_message("messenger", &recipient, "out", &id, &text, "sent");
    let sent_at_ms = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_millis() as u64)
        .unwrap_or_default();
    send_messenger_receipts(sandbox, id.clone(), recipient.clone(), sent_at_ms);
    Answer::json(200, &json!({"recipient_id": recipient, "message_id": id}))
}

/// `POST /2/dm_conversations/with/{participant_id}/messages`: X's DM send.
pub fn x_send(sandbox: &Arc<Sandbox>, participant: &str, call: &Call) -> Answer {
    let body = serde_json::from_slice::<Value>(&call.body).unwrap_or(Value::Null);
    // One attachment, a media id the same account uploaded (`uploads.rs`).
    let attachments = body["attachments"].as_array().cloned().unwrap_or_default();
    let media = attachments
        .first()
        .and_then(|attachment| crate::uploads::media_of(sandbox, attachment["media_id"].as_str()?));
    sandbox.record_with("x", call, media.clone());
    if !bearer(call)
        && call
            .header("authorization")
            .is_none_or(|h| !h.starts_with("OAuth "))
    {
        return Answer::json(
            401,
            &json!({"title": "Unauthorized", "type": "about:blank", "status": 401, "detail": "Unauthorized"}),
        );
    }
    let invalid = |detail: &str| {
        Answer::json(
            400,
            &json!({"title": "Invalid Request", "type": "https://api.twitter.com/2/problems/invalid-request", "detail": detail}),
        )
    };
    if attachments.len() > 1 || (!attachments.is_empty() && media.is_none()) {
        return invalid("attachments: one media_id this account uploaded");
    }
    let text = match (
        body["text"].as_str().filter(|text| !text.is_empty()),
        &media,
    ) {
        (Some(text), _) => text,
        (None, Some(_)) => "[image]",
        (None, None) => return invalid("text or attachments is required"),
    };
    let id = digits_id(sandbox);
    sandbox.add_message("x", participant, "out", &id, text, "sent");
    send_x_echo_and_read(sandbox, id.clone(), participant.to_owned(), text.to_owned());
    Answer::json(
        201,
        &json!({"data": {"dm_conversation_id": format!("{participant}-0"), "dm_event_id": id}}),
    )
}
