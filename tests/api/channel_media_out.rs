//! A staff reply's files to channel patients (issue 21), against workerd and the provider
//! sandbox: on MMS, WhatsApp and Messenger the provider's documented media request
//! carries a short-lived signed URL to the clinic's copy (`MediaUrl`, `document.link`,
//! `attachment.payload.url`), which serves the file's bytes and audits the fetch as the
//! provider's; on WeChat and X the text carries a signed link per file, which the patient
//! opens; what a provider can't take is refused before the reply is stored, in words
//! staff read.

use serde_json::{json, Value};

use crate::attachments::{audit_entries, fetch, AFTERCARE_PDF, PHOTO_JPG};
use crate::channels_sms::{patient_number, row_of, sandbox};
use crate::support::*;

/// The patient writes on `channel` from `from`; the conversation's id once in the inbox.
fn conversation_with(staff: &str, channel: &str, from: &str) -> String {
    let body = json!({"clinic": "demo", "from": from, "text": "Can you send the aftercare sheet?"});
    let answer = sandbox("POST", &format!("/sandbox/patient/{channel}"), Some(&body));
    assert_eq!(answer["edge_status"], 200, "{answer}");
    row_of(staff, from)["conversation_id"]
        .as_str()
        .expect("id")
        .to_owned()
}

/// Staff upload `bytes` to the conversation: the attachment's id.
fn staff_uploads(staff: &str, id: &str, bytes: &[u8], content_type: &str) -> String {
    let uploaded = request(
        "POST",
        &format!("/v1/staff/conversations/{id}/attachments"),
        Some(staff),
        &[("Content-Type", content_type)],
        Some(bytes),
    );
    assert_eq!(uploaded.status, 201, "{:?}", uploaded.body);
    uploaded.body["attachment"]["id"]
        .as_str()
        .expect("id")
        .to_owned()
}

fn staff_replies(staff: &str, id: &str, text: &str, attachments: &[&str]) -> Reply {
    post(
        &format!("/v1/staff/conversations/{id}/messages"),
        Some(staff),
        &json!({"client_msg_id": uuid(), "text": text, "attachment_ids": attachments}),
    )
}

/// The provider calls on `channel` whose raw body contains `needle`, once there is one.
fn sends_with(channel: &str, needle: &str) -> Vec<Value> {
    eventually("the provider call with the file", || {
        let outbox = sandbox("GET", "/sandbox/outbox", None);
        let calls: Vec<Value> = outbox["requests"]
            .as_array()
            .expect("requests")
            .iter()
            .filter(|r| {
                r["channel"] == channel && r["body"].as_str().is_some_and(|b| b.contains(needle))
            })
            .cloned()
            .collect();
        (!calls.is_empty()).then_some(calls)
    })
}

/// The signed URLs to attachment `attachment` in `text`.
fn urls_in(text: &str, attachment: &str) -> Vec<String> {
    text.split_whitespace()
        .filter(|word| word.contains("/v1/attachments/") && word.contains(attachment))
        .map(str::to_owned)
        .collect()
}

/// The URL serves exactly `bytes`.
fn serves(url: &str, bytes: &[u8]) {
    let (status, _, served) = fetch(url);
    assert_eq!(status, 200, "{url}");
    assert!(served == bytes, "the link serves the uploaded file's bytes");
}

#[test]
fn an_mms_reply_carries_the_pdf_as_a_media_url_the_provider_fetches() {
    let staff = sign_in("admin@demo.test");
    let number = patient_number("+1555");
    let id = conversation_with(&staff, "sms", &number);
    let pdf = staff_uploads(&staff, &id, AFTERCARE_PDF, "application/pdf");
    let reply = staff_replies(&staff, &id, "Your aftercare sheet", &[&pdf]);
    assert_eq!(reply.status, 201, "{:?}", reply.body);
    let call = sends_with("sms", &pdf).remove(0);
    let form: Vec<(String, String)> =
        form_urlencoded::parse(call["body"].as_str().expect("body").as_bytes())
            .into_owned()
            .collect();
    let field = |name: &str| -> Vec<String> {
        form.iter()
            .filter(|(key, _)| key == name)
            .map(|(_, value)| value.clone())
            .collect()
    };
    assert_eq!(field("Body"), ["Your aftercare sheet"]);
    let media = field("MediaUrl");
    assert_eq!(media.len(), 1, "{form:?}");
    assert!(media[0].contains("viewer=provider"), "{}", media[0]);
    serves(&media[0], AFTERCARE_PDF);
    let fetched = audit_entries(&staff).into_iter().any(|e| {
        e["action"] == "attachment_viewed"
            && e["actor"] == "provider"
            && e["detail"] == pdf.as_str()
    });
    assert!(fetched, "the provider's fetch is audited");
}

#[test]
fn a_whatsapp_reply_sends_a_photo_as_an_image_with_its_caption_by_link() {
    let staff = sign_in("admin@demo.test");
    let from = patient_number("44770");
    let id = conversation_with(&staff, "whatsapp", &from);
    let photo = staff_uploads(&staff, &id, PHOTO_JPG, "image/jpeg");
    let reply = staff_replies(&staff, &id, "How it should look", &[&photo]);
    assert_eq!(reply.status, 201, "{:?}", reply.body);
    let call = sends_with("whatsapp", &photo).remove(0);
    let body: Value = serde_json::from_str(call["body"].as_str().expect("body")).expect("json");
    assert_eq!(body["type"], "image", "{body}");
    assert_eq!(body["to"], from.trim_start_matches('+'));
    assert_eq!(body["image"]["caption"], "How it should look");
    serves(body["image"]["link"].as_str().expect("link"), PHOTO_JPG);

    // Two files don't fit one WhatsApp message: refused before anything is stored.
    let first = staff_uploads(&staff, &id, AFTERCARE_PDF, "application/pdf");
    let second = staff_uploads(&staff, &id, PHOTO_JPG, "image/jpeg");
    let refused = staff_replies(&staff, &id, "", &[&first, &second]);
    assert_eq!(refused.status, 422, "{:?}", refused.body);
    assert_eq!(refused.body["error"]["code"], "too_many_files_for_channel");
    let message = refused.body["error"]["message"]
        .as_str()
        .unwrap_or_default();
    assert!(
        message.contains("WhatsApp") && message.contains("at most 1 file"),
        "{message}"
    );
}

#[test]
fn a_messenger_reply_sends_its_text_then_the_file_by_url() {
    let staff = sign_in("admin@demo.test");
    let psid: String = uuid()
        .chars()
        .filter(char::is_ascii_digit)
        .chain(std::iter::repeat('6'))
        .take(14)
        .collect();
    let id = conversation_with(&staff, "messenger", &psid);
    let pdf = staff_uploads(&staff, &id, AFTERCARE_PDF, "application/pdf");
    let reply = staff_replies(&staff, &id, "Your aftercare sheet", &[&pdf]);
    assert_eq!(reply.status, 201, "{:?}", reply.body);
    let call = sends_with("messenger", &pdf).remove(0);
    let body: Value = serde_json::from_str(call["body"].as_str().expect("body")).expect("json");
    let attachment = &body["message"]["attachment"];
    assert_eq!(attachment["type"], "file", "{body}");
    serves(
        attachment["payload"]["url"].as_str().expect("url"),
        AFTERCARE_PDF,
    );
    let text = sends_with("messenger", "Your aftercare sheet");
    assert!(text
        .iter()
        .any(|call| call["body"].as_str().is_some_and(|b| b.contains(&psid))));
}

/// On WeChat and X the text carries a link per file, which serves its bytes.
fn reply_goes_as_a_link(channel: &str, from: &str) {
    let staff = sign_in("admin@demo.test");
    let id = conversation_with(&staff, channel, from);
    let pdf = staff_uploads(&staff, &id, AFTERCARE_PDF, "application/pdf");
    let reply = staff_replies(&staff, &id, "Your aftercare sheet", &[&pdf]);
    assert_eq!(reply.status, 201, "{:?}", reply.body);
    let call = sends_with(channel, &pdf).remove(0);
    let body: Value = serde_json::from_str(call["body"].as_str().expect("body")).expect("json");
    let text = match channel {
        "wechat" => body["text"]["content"].as_str(),
        _ => body["text"].as_str(),
    }
    .expect("text")
    .to_owned();
    assert!(text.starts_with("Your aftercare sheet\n"), "{text}");
    let urls = urls_in(&text, &pdf);
    assert_eq!(urls.len(), 1, "{text}");
    assert!(urls[0].contains("viewer=visitor"), "{}", urls[0]);
    serves(&urls[0], AFTERCARE_PDF);
}

#[test]
fn a_wechat_reply_carries_its_file_as_a_signed_link_in_the_text() {
    let id: String = uuid().chars().filter(char::is_ascii_alphanumeric).collect();
    reply_goes_as_a_link("wechat", &format!("o{}", &id[..27]));
}

#[test]
fn an_x_reply_carries_its_file_as_a_signed_link_in_the_text() {
    let user: String = uuid()
        .chars()
        .filter(char::is_ascii_digit)
        .chain(std::iter::repeat('8'))
        .take(12)
        .collect();
    reply_goes_as_a_link("x", &user);
}
