//! WeChat through an Official Account's server messages, against workerd and the provider
//! sandbox: the sandbox plays the patient (pushing the documented XML with its own
//! `signature` code, so the edge's verifier is cross-checked), hands out stable access
//! tokens and records every token and customer-service call the edge makes.

use serde_json::{json, Value};

use crate::app::{Outcome, TestApp};
use crate::channels_sms::{
    delivery_of, opened_with, redeliveries_store_nothing, row_of, sandbox, staff_reply, thread,
};
use crate::channels_whatsapp::{patient_writes_on, refused_signatures_store_nothing, Unsigned};
use crate::paths;
use crate::support::*;

const TOKEN: &str = "dev-wechat-token";
/// The demo clinic's wechat webhook.
fn webhook() -> String {
    paths::channel_webhook("demo", "wechat")
}
const SEND_PATH: &str = "/cgi-bin/message/custom/send?access_token=";

/// A fresh OpenID.
fn open_id() -> String {
    let id: String = uuid().chars().filter(char::is_ascii_alphanumeric).collect();
    format!("o{}", &id[..27])
}

fn patient_writes(from: &str, text: &str, extra: Value) -> (String, u64) {
    patient_writes_on("wechat", from, text, extra)
}

/// The edge's calls to WeChat's API, oldest first, with their JSON body.
fn wechat_calls() -> Vec<(Value, Value)> {
    let outbox = sandbox("GET", "/sandbox/outbox", None);
    outbox["requests"]
        .as_array()
        .expect("requests")
        .iter()
        .filter(|r| r["channel"] == "wechat")
        .map(|r| {
            let body =
                serde_json::from_str(r["body"].as_str().expect("raw body")).unwrap_or(Value::Null);
            (r.clone(), body)
        })
        .collect()
}

/// The customer-service messages to this OpenID, oldest first.
fn sent_to(open_id: &str) -> Vec<(Value, Value)> {
    wechat_calls()
        .into_iter()
        .filter(|(call, body)| {
            call["path"]
                .as_str()
                .is_some_and(|p| p.starts_with(SEND_PATH))
                && body["touser"] == open_id
        })
        .collect()
}

/// The access-token calls, oldest first (their bodies).
fn token_calls() -> Vec<Value> {
    wechat_calls()
        .into_iter()
        .filter(|(call, _)| call["path"] == "/cgi-bin/stable_token")
        .map(|(_, body)| body)
        .collect()
}

/// The access token a send call carried in its query.
fn access_token_of(call: &Value) -> String {
    let path = call["path"].as_str().expect("path");
    path.strip_prefix(SEND_PATH).expect("a send").to_owned()
}

/// The text of a plain-text answer (a numeric echo reads as a JSON number).
fn text_of(body: &Value) -> String {
    match body {
        Value::String(text) => text.clone(),
        other => other.to_string(),
    }
}

#[test]
fn the_handshake_echoes_echostr_only_when_the_signature_holds() {
    let signature = frontdesk_domain::channels::wechat::signature(TOKEN, "1764806400", "77331");
    let good = TestApp::new().send_webhook(
        "GET",
        &format!(
            "{}?signature={signature}&timestamp=1764806400&nonce=77331&echostr=8305999631672647420",
            webhook()
        ),
        &[],
        None,
    );
    assert_eq!(good.status, 200, "{:?}", good.body);
    assert_eq!(text_of(&good.body), "8305999631672647420");
    assert!(good
        .header("Content-Type")
        .is_some_and(|t| t.starts_with("text/plain")));
    let other_token =
        frontdesk_domain::channels::wechat::signature("not-the-token", "1764806400", "77331");
    for (case, query) in [
        (
            "another token",
            format!("signature={other_token}&timestamp=1764806400&nonce=77331&echostr=830599"),
        ),
        (
            "another timestamp",
            format!("signature={signature}&timestamp=1764806401&nonce=77331&echostr=830599"),
        ),
        (
            "no signature",
            "timestamp=1764806400&nonce=77331&echostr=830599".to_owned(),
        ),
        (
            "no echostr",
            format!("signature={signature}&timestamp=1764806400&nonce=77331"),
        ),
    ] {
        let refused =
            TestApp::new().send_webhook("GET", &format!("{}?{query}", webhook()), &[], None);
        assert_eq!(refused.status, 403, "{case}: {:?}", refused.body);
        assert!(!refused.error_code().is_empty(), "{case}");
        assert!(
            !refused.body.to_string().contains("830599"),
            "no echo: {case}"
        );
    }
}

#[test]
fn a_signed_message_reaches_the_inbox_with_its_channel_triage_and_department() {
    let staff = sign_in("admin@demo.test");
    let from = open_id();
    let text = format!("Can I move my appointment to next Tuesday? {}", canary());
    let answer = sandbox(
        "POST",
        "/sandbox/patient/wechat",
        Some(&json!({"clinic": "demo", "from": from, "text": text})),
    );
    assert_eq!(answer["edge_status"], 200, "{answer}");
    // WeChat stops retrying on `success`.
    assert_eq!(answer["edge_body"], "success");
    let row = row_of(&staff, &from);
    assert_eq!(row["channel"], "wechat", "{row}");
    assert_eq!(row["urgency"], "routine", "{row}");
    assert_eq!(row["department"], "appointments", "{row}");
    opened_with(&staff, &row, "wechat", &text);
}

#[test]
fn an_emergency_gets_the_safety_reply_through_the_customer_service_api() {
    let staff = sign_in("admin@demo.test");
    let from = open_id();
    let (_, status) = patient_writes(
        &from,
        &format!("my father has chest pain and can't breathe {}", canary()),
        json!({}),
    );
    assert_eq!(status, 200);
    let row = row_of(&staff, &from);
    assert_eq!(row["urgency"], "emergency", "{row}");
    assert_eq!(row["department"], "clinical", "{row}");
    let (call, body) = eventually("the safety reply at WeChat", || sent_to(&from).pop());
    assert_eq!(call["method"], "POST");
    assert!(call["headers"]["content-type"]
        .as_str()
        .is_some_and(|t| t.starts_with("application/json")));
    assert!(access_token_of(&call).starts_with("dev-wechat-access-"));
    assert_eq!(body["touser"], from.as_str());
    assert_eq!(body["msgtype"], "text");
    let text = body["text"]["content"].as_str().unwrap_or_default();
    // An OpenID shows no country: the clinic's (Germany's) number.
    assert!(text.contains("112"), "{text}");
    // The token came from the stable-token call, with the AppSecret in its body.
    let token = token_calls().into_iter().next().expect("a token call");
    assert_eq!(token["grant_type"], "client_credential");
    assert_eq!(token["appid"], "wxdev0000000000000");
    assert_eq!(token["secret"], "dev-wechat-app-secret");
    let id = row["conversation_id"].as_str().expect("id");
    let messages = thread(&staff, id)["messages"].clone();
    assert_eq!(messages[1]["author"], "bot");
    assert_eq!(messages[1]["text"], text);
    let seq = messages[1]["seq"].as_u64().expect("seq");
    eventually("the safety reply marked sent", || {
        delivery_of(&staff, id, seq).filter(|d| d["status"] == "sent")
    });
}

#[test]
fn staff_replies_go_out_with_the_cached_token_and_a_refused_token_is_replaced() {
    let staff = sign_in("admin@demo.test");
    let from = open_id();
    patient_writes(
        &from,
        &format!("Do you have parking nearby? {}", canary()),
        json!({}),
    );
    let row = row_of(&staff, &from);
    let id = row["conversation_id"].as_str().expect("id");
    let send = |text: &str| {
        let reply = staff_reply(&staff, id, text).answered(201);
        let seq = reply.body.message.seq;
        // Sent first, then the call: a refused attempt with a revoked token is in the
        // outbox too, and only the last attempt carried the token that worked.
        eventually("the staff reply marked sent", || {
            delivery_of(&staff, id, seq).filter(|d| d["status"] == "sent")
        });
        let (call, _) = eventually("the staff reply at WeChat", || {
            sent_to(&from)
                .into_iter()
                .rev()
                .find(|(_, body)| body["text"]["content"] == text)
        });
        call
    };
    let first = send(&format!("Yes, in the courtyard. {}", canary()));
    let fetched = token_calls().len();
    let second = send(&format!("It is free for patients. {}", canary()));
    assert_eq!(token_calls().len(), fetched, "the cached token served");
    assert_eq!(access_token_of(&first), access_token_of(&second));
    // WeChat refuses the cached token (as after an AppSecret reset): the edge fetches a
    // new one with force_refresh and sends once more.
    sandbox("POST", "/sandbox/wechat/revoke-token", Some(&json!({})));
    let third = send(&format!("See you on Tuesday. {}", canary()));
    assert_ne!(access_token_of(&third), access_token_of(&second));
    assert!(
        token_calls()
            .iter()
            .skip(fetched)
            .any(|body| body["force_refresh"] == true),
        "a forced refresh"
    );
}

#[test]
fn a_redelivered_msg_id_stores_nothing_new() {
    let staff = sign_in("admin@demo.test");
    let from = open_id();
    let text = format!("What are your opening hours on Saturday? {}", canary());
    let (msg_id, status) = patient_writes(&from, &text, json!({}));
    assert_eq!(status, 200);
    redeliveries_store_nothing(
        &staff,
        &from,
        || patient_writes(&from, &text, json!({"message_id": msg_id})).1,
        || sent_to(&from).len(),
    );
}

#[test]
fn a_wrong_or_missing_signature_gets_403_and_stores_nothing() {
    let from = open_id();
    let wrong = frontdesk_domain::channels::wechat::signature("not-the-token", "1", "2");
    let xml = format!(
        "<xml><ToUserName><![CDATA[gh_demo_clinic]]></ToUserName><FromUserName><![CDATA[{from}]]></FromUserName><CreateTime>1764806400</CreateTime><MsgType><![CDATA[text]]></MsgType><Content><![CDATA[hello]]></Content><MsgId>1</MsgId></xml>"
    );
    refused_signatures_store_nothing(
        "wechat",
        &from,
        &[
            ("missing", json!(false)),
            ("another token's", json!(wrong)),
            ("not hex", json!("zz")),
        ],
        Unsigned {
            path: &format!("{}?timestamp=1764806400&nonce=1", webhook()),
            content_type: "text/xml",
            body: xml.as_bytes(),
        },
        || sent_to(&from).len(),
    );
}

#[test]
fn after_48_hours_free_text_is_refused() {
    let staff = sign_in("admin@demo.test");
    let from = open_id();
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .expect("clock")
        .as_secs();
    // WeChat's own CreateTime says the patient wrote 49 hours ago (a late delivery).
    let (_, status) = patient_writes(
        &from,
        &format!("Please call me back about my results {}", canary()),
        json!({"timestamp": now - 49 * 3600}),
    );
    assert_eq!(status, 200);
    let id = row_of(&staff, &from)["conversation_id"]
        .as_str()
        .expect("id")
        .to_owned();
    let before = thread(&staff, &id)["messages"].clone();
    let refused =
        staff_reply(&staff, &id, &format!("Your results are in {}", canary())).refused(409);
    assert_eq!(refused.code, "outside_reply_window");
    assert!(refused.message.contains("48 hours"));
    assert_eq!(thread(&staff, &id)["messages"], before, "nothing stored");
    // 47 hours is inside the window.
    let other = open_id();
    patient_writes(
        &other,
        &format!("Thanks, when can I call? {}", canary()),
        json!({"timestamp": now - 47 * 3600}),
    );
    let other_id = row_of(&staff, &other)["conversation_id"]
        .as_str()
        .expect("id")
        .to_owned();
    staff_reply(
        &staff,
        &other_id,
        &format!("Any time after 2pm {}", canary()),
    )
    .answered(201);
}
