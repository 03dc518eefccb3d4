//! SMS through Twilio, against workerd and the provider sandbox: the sandbox plays the
//! patient (signing its webhooks with its own `X-Twilio-Signature` code, so the edge's
//! verifier is cross-checked) and records every Messages API call the edge makes.

use frontdesk_protocol::{ConversationStatus, SetStatusRequest, StaffReplyResponse};
use serde_json::{json, Value};

use crate::app::{says, Called, Outcome, TestApp};
use crate::paths;
use crate::support::*;

pub(crate) const CLINIC_NUMBER: &str = "+15550100100";
pub(crate) const ACCOUNT_SID: &str = "ACdev00000000000000000000000000000";
pub(crate) const AUTH_TOKEN: &str = "dev-twilio-auth-token";

/// The provider sandbox's client lives with the suite's other HTTP client.
pub(crate) use crate::support::sandbox;

/// A fresh patient number with this country prefix (`+1555` or `+447700`).
pub(crate) fn patient_number(prefix: &str) -> String {
    let digits: String = uuid()
        .chars()
        .filter(char::is_ascii_digit)
        .chain(std::iter::repeat('7'))
        .take(7)
        .collect();
    format!("{prefix}{digits}")
}

/// The patient texts the demo clinic through the sandbox; returns the MessageSid and the
/// edge's status.
pub(crate) fn patient_texts(from: &str, text: &str) -> (String, u64) {
    let answer = sandbox(
        "POST",
        "/sandbox/patient/sms",
        Some(&json!({"clinic": "demo", "from": from, "text": text})),
    );
    (
        answer["message_sid"].as_str().expect("sid").to_owned(),
        answer["edge_status"].as_u64().expect("edge status"),
    )
}

/// The sandbox delivers the same message again, as Twilio does after a timeout.
fn redeliver(from: &str, text: &str, message_sid: &str) -> u64 {
    let answer = sandbox(
        "POST",
        "/sandbox/patient/sms",
        Some(&json!({"clinic": "demo", "from": from, "text": text, "message_sid": message_sid})),
    );
    answer["edge_status"].as_u64().expect("edge status")
}

/// The inbox rows of this patient number, as sent (the wire type checked).
pub(crate) fn rows_of(staff: &str, number: &str) -> Vec<Value> {
    let inbox = TestApp::new().inbox(staff, &[]).answered(200);
    inbox.json["conversations"]
        .as_array()
        .expect("conversations")
        .iter()
        .filter(|row| row["address"] == number)
        .cloned()
        .collect()
}

pub(crate) fn row_of(staff: &str, number: &str) -> Value {
    eventually("the channel conversation in the inbox", || {
        rows_of(staff, number).into_iter().next()
    })
}

/// Checks the row's conversation is on `channel` and opened with the patient's `text`.
pub(crate) fn opened_with(staff: &str, row: &Value, channel: &str, text: &str) {
    let id = row["conversation_id"].as_str().expect("id");
    let thread = thread(staff, id);
    assert_eq!(thread["conversation"]["channel"], channel);
    assert_eq!(thread["messages"][0]["author"], "visitor");
    assert_eq!(thread["messages"][0]["text"], text);
}

/// Redelivers a patient's message twice through `redeliver` and checks nothing new
/// came of it: no message, no second conversation, no second automatic reply (`sent`
/// counts the provider calls to the patient).
pub(crate) fn redeliveries_store_nothing(
    staff: &str,
    address: &str,
    redeliver: impl Fn() -> u64,
    sent: impl Fn() -> usize,
) {
    let row = row_of(staff, address);
    let id = row["conversation_id"].as_str().expect("id");
    let before = thread(staff, id)["messages"].clone();
    let replies_before = eventually("the automatic reply at the provider", || {
        let count = sent();
        (count > 0).then_some(count)
    });
    for _ in 0..2 {
        assert_eq!(redeliver(), 200);
    }
    std::thread::sleep(std::time::Duration::from_secs(2));
    assert_eq!(thread(staff, id)["messages"], before, "no new message");
    assert_eq!(rows_of(staff, address).len(), 1, "one conversation");
    assert_eq!(sent(), replies_before, "no second reply");
}

/// The Messages API calls the edge made to this number, oldest first, with their form.
pub(crate) fn sent_to(number: &str) -> Vec<(Value, Vec<(String, String)>)> {
    let outbox = sandbox("GET", "/sandbox/outbox", None);
    outbox["requests"]
        .as_array()
        .expect("requests")
        .iter()
        .filter(|r| r["channel"] == "sms")
        .map(|r| {
            let body = r["body"].as_str().expect("raw body");
            let form: Vec<(String, String)> = form_urlencoded::parse(body.as_bytes())
                .into_owned()
                .collect();
            (r.clone(), form)
        })
        .filter(|(_, form)| field(form, "To") == Some(number))
        .collect()
}

pub(crate) fn field<'a>(form: &'a [(String, String)], name: &str) -> Option<&'a str> {
    form.iter()
        .find(|(k, _)| k == name)
        .map(|(_, v)| v.as_str())
}

/// The staff thread as sent (the wire type checked), for tests that read it as JSON.
pub(crate) fn thread(staff: &str, id: &str) -> Value {
    TestApp::new().staff_thread(staff, id).answered(200).json
}

pub(crate) fn staff_reply(staff: &str, id: &str, text: &str) -> Called<StaffReplyResponse> {
    TestApp::new().staff_reply(staff, id, &says(text))
}

/// A form POSTed straight to the edge at `path`, as Twilio would, signed with
/// `signature` if given.
pub(crate) fn post_form(path: &str, params: &[(&str, &str)], signature: Option<&str>) -> Reply {
    let body: String = params
        .iter()
        .map(|(k, v)| format!("{k}={}", encode(v)))
        .collect::<Vec<_>>()
        .join("&");
    let mut headers = vec![("Content-Type", "application/x-www-form-urlencoded")];
    if let Some(signature) = signature {
        headers.push(("X-Twilio-Signature", signature));
    }
    TestApp::new().send_webhook("POST", path, &headers, Some(body.as_bytes()))
}

/// This message's delivery in the staff thread.
pub(crate) fn delivery_of(staff: &str, id: &str, seq: u64) -> Option<Value> {
    thread(staff, id)["deliveries"]
        .as_array()?
        .iter()
        .find(|d| d["seq"] == seq)
        .cloned()
}

fn encode(raw: &str) -> String {
    form_urlencoded::byte_serialize(raw.as_bytes()).collect()
}

/// Form parameters in order.
type Params<'a> = Vec<(&'a str, &'a str)>;

fn inbound_params<'a>(sid: &'a str, from: &'a str, text: &'a str) -> Params<'a> {
    vec![
        ("MessageSid", sid),
        ("AccountSid", ACCOUNT_SID),
        ("From", from),
        ("To", CLINIC_NUMBER),
        ("Body", text),
        ("NumMedia", "0"),
    ]
}

pub(crate) fn owned(params: &[(&str, &str)]) -> Vec<(String, String)> {
    params
        .iter()
        .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
        .collect()
}

#[test]
fn a_signed_sms_reaches_the_inbox_with_its_channel_triage_and_department() {
    let staff = sign_in("admin@demo.test");
    let from = patient_number("+1555");
    let text = format!("Can I move my appointment to next Tuesday? {}", canary());
    let (_, status) = patient_texts(&from, &text);
    assert_eq!(status, 200);
    let row = row_of(&staff, &from);
    assert_eq!(row["channel"], "sms", "{row}");
    assert_eq!(row["address"], from.as_str());
    assert_eq!(row["urgency"], "routine", "{row}");
    assert_eq!(row["department"], "appointments", "{row}");
    assert_eq!(
        row["visitor"]["phone"],
        from.as_str(),
        "staff see the number"
    );
    opened_with(&staff, &row, "sms", &text);
}

#[test]
fn an_emergency_sms_gets_the_safety_reply_through_twilios_messages_api() {
    let staff = sign_in("admin@demo.test");
    // A UK number: the reply names 999, not the clinic's (Germany's) 112.
    let from = patient_number("+447700");
    let (_, status) = patient_texts(
        &from,
        &format!("my father has chest pain and can't breathe {}", canary()),
    );
    assert_eq!(status, 200);
    let row = row_of(&staff, &from);
    assert_eq!(row["urgency"], "emergency", "{row}");
    assert_eq!(row["department"], "clinical", "{row}");
    let (call, form) = eventually("the safety reply at Twilio", || sent_to(&from).pop());
    assert_eq!(call["method"], "POST");
    assert_eq!(
        call["path"],
        format!("/2010-04-01/Accounts/{ACCOUNT_SID}/Messages.json")
    );
    assert!(call["headers"]["content-type"]
        .as_str()
        .is_some_and(|t| t.starts_with("application/x-www-form-urlencoded")));
    let basic = call["headers"]["authorization"]
        .as_str()
        .unwrap_or_default();
    let expected = {
        use base64::Engine;
        base64::engine::general_purpose::STANDARD.encode(format!("{ACCOUNT_SID}:{AUTH_TOKEN}"))
    };
    assert_eq!(
        basic,
        format!("Basic {expected}"),
        "HTTP Basic with SID and token"
    );
    assert_eq!(field(&form, "From"), Some(CLINIC_NUMBER));
    let body = field(&form, "Body").unwrap_or_default();
    assert!(
        body.contains("999"),
        "the patient's country's number: {body}"
    );
    assert!(!body.contains("112"), "{body}");
    assert!(body.contains("Call"), "{body}");
    let callback = field(&form, "StatusCallback").unwrap_or_default();
    assert!(
        callback.starts_with(&format!(
            "{}{}?",
            base_url(),
            paths::channel_webhook("demo", "twilio")
        )),
        "{callback}"
    );
    // The reply is also in the thread, as the bot's.
    let id = row["conversation_id"].as_str().expect("id");
    let messages = thread(&staff, id)["messages"].clone();
    assert_eq!(messages[1]["author"], "bot");
    assert_eq!(messages[1]["text"], body);
}

#[test]
fn a_staff_reply_goes_out_and_status_callbacks_move_it_forward_only() {
    let staff = sign_in("admin@demo.test");
    let from = patient_number("+1555");
    patient_texts(&from, &format!("Do you have parking nearby? {}", canary()));
    let row = row_of(&staff, &from);
    let id = row["conversation_id"].as_str().expect("id");
    let text = format!("Yes, in the courtyard. {}", canary());
    let reply = staff_reply(&staff, id, &text).answered(201);
    let seq = reply.body.message.seq;
    let (_, form) = eventually("the staff reply at Twilio", || {
        sent_to(&from)
            .into_iter()
            .find(|(_, form)| field(form, "Body") == Some(text.as_str()))
    });
    assert_eq!(field(&form, "From"), Some(CLINIC_NUMBER));
    eventually("the delivered status", || {
        delivery_of(&staff, id, seq).filter(|d| d["status"] == "delivered")
    });
    // A late `sent` (callbacks arrive in any order) doesn't take it back.
    let callback = field(&form, "StatusCallback").expect("callback").to_owned();
    let late = [
        ("MessageSid", "SMlate0000000000000000000000000000"),
        ("MessageStatus", "sent"),
        ("AccountSid", ACCOUNT_SID),
        ("From", CLINIC_NUMBER),
        ("To", from.as_str()),
    ];
    let signature =
        frontdesk_domain::channels::twilio::signature(AUTH_TOKEN, &callback, &owned(&late));
    let path = callback.trim_start_matches(&base_url()).to_owned();
    let answer = post_form(&path, &late, Some(&signature));
    assert_eq!(answer.status, 200, "{:?}", answer.body);
    let after = delivery_of(&staff, id, seq).expect("delivery");
    assert_eq!(after["status"], "delivered", "{after}");
}

#[test]
fn a_redelivered_webhook_stores_nothing_new() {
    let staff = sign_in("admin@demo.test");
    let from = patient_number("+1555");
    let text = format!("What are your opening hours on Saturday? {}", canary());
    let (sid, status) = patient_texts(&from, &text);
    assert_eq!(status, 200);
    redeliveries_store_nothing(
        &staff,
        &from,
        || redeliver(&from, &text, &sid),
        || sent_to(&from).len(),
    );
}

#[test]
fn a_wrong_or_missing_signature_gets_403_and_stores_nothing() {
    let staff = sign_in("admin@demo.test");
    let from = patient_number("+1555");
    let sid = format!("SM{}", uuid().replace('-', ""));
    let text = format!("I have a question {}", canary());
    let params = inbound_params(&sid, &from, &text);
    let url = format!("{}{}", base_url(), paths::channel_webhook("demo", "twilio"));
    let valid = frontdesk_domain::channels::twilio::signature(AUTH_TOKEN, &url, &owned(&params));
    let wrong_key =
        frontdesk_domain::channels::twilio::signature("not-the-token", &url, &owned(&params));
    let cases: [(&str, Params, Option<&str>); 4] = [
        ("missing", params.clone(), None),
        ("signed with another key", params.clone(), Some(&wrong_key)),
        ("not base64", params.clone(), Some("%%%")),
        (
            "tampered after signing",
            inbound_params(&sid, &from, "something else"),
            Some(&valid),
        ),
    ];
    for (case, params, signature) in cases {
        let answer = post_form(
            &paths::channel_webhook("demo", "twilio"),
            &params,
            signature,
        );
        assert_eq!(answer.status, 403, "{case}: {:?}", answer.body);
        let code = answer.error_code();
        assert!(
            ["missing_signature", "bad_signature"].contains(&code),
            "{case}: {code}"
        );
    }
    // The queue would have indexed it by now: nothing is in the inbox.
    std::thread::sleep(std::time::Duration::from_secs(2));
    assert!(rows_of(&staff, &from).is_empty(), "nothing stored");
    // The same request, signed right, is taken: the refusals were the signature's.
    let answer = post_form(
        &paths::channel_webhook("demo", "twilio"),
        &params,
        Some(&valid),
    );
    assert_eq!(answer.status, 200, "{:?}", answer.body);
    assert!(answer
        .header("Content-Type")
        .is_some_and(|t| t.starts_with("text/xml")));
    row_of(&staff, &from);
}

#[test]
fn after_stop_a_staff_reply_is_refused_until_start() {
    let staff = sign_in("admin@demo.test");
    let from = patient_number("+1555");
    patient_texts(&from, &format!("Question about my invoice {}", canary()));
    let row = row_of(&staff, &from);
    let id = row["conversation_id"].as_str().expect("id");
    // The reply box learns the rules with the thread: SMS has no window.
    let rules = |staff: &str| thread(staff, id)["channel_rules"].clone();
    assert_eq!(
        rules(&staff),
        json!({"opted_out": false, "templates_outside_window": false})
    );
    let (_, status) = patient_texts(&from, "STOP");
    assert_eq!(status, 200);
    assert_eq!(rules(&staff)["opted_out"], true);
    let refused =
        staff_reply(&staff, id, &format!("Here is your invoice {}", canary())).refused(409);
    assert_eq!(refused.code, "recipient_opted_out");
    assert!(
        !sent_to(&from)
            .iter()
            .any(|(_, form)| field(form, "Body").is_some_and(|b| b.contains("invoice"))),
        "nothing went out"
    );
    patient_texts(&from, "START");
    assert_eq!(rules(&staff)["opted_out"], false);
    staff_reply(&staff, id, &format!("Here is your invoice {}", canary())).answered(201);
    // STOP and START went into the same conversation, and got no automatic reply.
    let messages = thread(&staff, id)["messages"].clone();
    let texts: Vec<&str> = messages
        .as_array()
        .expect("messages")
        .iter()
        .filter(|m| m["author"] == "visitor")
        .filter_map(|m| m["text"].as_str())
        .collect();
    assert_eq!(texts.len(), 3, "{texts:?}");
    assert_eq!(&texts[1..], ["STOP", "START"]);
}

#[test]
fn a_number_continues_its_open_conversation_and_starts_a_new_one_after_resolution() {
    let staff = sign_in("admin@demo.test");
    let from = patient_number("+1555");
    patient_texts(&from, &format!("Do you take new patients? {}", canary()));
    let first = row_of(&staff, &from)["conversation_id"]
        .as_str()
        .expect("id")
        .to_owned();
    patient_texts(&from, &format!("And on Saturdays? {}", canary()));
    eventually("the second text in the same conversation", || {
        let visitor_texts = thread(&staff, &first)["messages"]
            .as_array()?
            .iter()
            .filter(|m| m["author"] == "visitor")
            .count();
        (visitor_texts == 2).then_some(())
    });
    let resolved = SetStatusRequest {
        status: ConversationStatus::Resolved,
    };
    TestApp::new()
        .set_status(&staff, &first, &resolved)
        .answered(200);
    patient_texts(&from, &format!("One more question {}", canary()));
    let second = row_of(&staff, &from);
    assert_ne!(
        second["conversation_id"],
        first.as_str(),
        "a new conversation"
    );
    assert_eq!(second["status"], "open");
    assert_eq!(
        rows_of(&staff, &from).len(),
        1,
        "the resolved one left the inbox"
    );
}
