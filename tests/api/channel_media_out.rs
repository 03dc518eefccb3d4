//! A staff reply's files to channel patients (issue 21), against workerd and the provider
//! sandbox: on MMS, WhatsApp and Messenger the provider's documented media request
//! carries a short-lived signed URL to the clinic's copy (`MediaUrl`, `document.link`,
//! `attachment.payload.url`), which serves the file's bytes and audits the fetch as the
//! provider's; on WeChat and X a photo is uploaded by its bytes (multipart, as each
//! provider documents it) and sent by the media id the provider answers, while a PDF goes
//! as a signed link in the text, which the patient opens; what a provider can't take is
//! refused before the reply is stored, or fails visibly, in words staff read.

use frontdesk_protocol::{SendMessageRequest, StaffReplyResponse};
use serde_json::{json, Value};

use crate::app::{says, Called, Outcome, TestApp};
use crate::attachments::{
    audit_entries, gps_latitude, link_url, staff_link, AFTERCARE_PDF, GPS_JPG, PHOTO_JPG,
};
use crate::channels_sms::{delivery_of, patient_number, row_of, sandbox};
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
    TestApp::new()
        .upload_staff_attachment(staff, id, content_type, bytes)
        .answered(201)
        .body
        .attachment
        .id
}

fn staff_replies(
    staff: &str,
    id: &str,
    text: &str,
    attachments: &[&str],
) -> Called<StaffReplyResponse> {
    let message = SendMessageRequest {
        attachment_ids: attachments.iter().map(|id| (*id).to_owned()).collect(),
        ..says(text)
    };
    TestApp::new().staff_reply(staff, id, &message)
}

/// The sandbox's recorded calls that `matches`, once there is one.
fn calls_where(what: &str, matches: impl Fn(&Value) -> bool) -> Vec<Value> {
    eventually(what, || {
        let outbox = sandbox("GET", "/sandbox/outbox", None);
        let calls: Vec<Value> = outbox["requests"]
            .as_array()
            .expect("requests")
            .iter()
            .filter(|r| matches(r))
            .cloned()
            .collect();
        (!calls.is_empty()).then_some(calls)
    })
}

/// The provider calls on `channel` whose raw body contains `needle`, once there is one.
fn sends_with(channel: &str, needle: &str) -> Vec<Value> {
    calls_where("the provider call with the file", |r| {
        r["channel"] == channel && r["body"].as_str().is_some_and(|b| b.contains(needle))
    })
}

/// Whether a recorded call goes to patient `to` (in its path on X, its body on WeChat).
fn to_patient(call: &Value, to: &str) -> bool {
    call["path"].as_str().is_some_and(|p| p.contains(to))
        || call["body"].as_str().is_some_and(|b| b.contains(to))
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
    staff_replies(&staff, &id, "Your aftercare sheet", &[&pdf]).answered(201);
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
    staff_replies(&staff, &id, "How it should look", &[&photo]).answered(201);
    let call = sends_with("whatsapp", &photo).remove(0);
    let body: Value = serde_json::from_str(call["body"].as_str().expect("body")).expect("json");
    assert_eq!(body["type"], "image", "{body}");
    assert_eq!(body["to"], from.trim_start_matches('+'));
    assert_eq!(body["image"]["caption"], "How it should look");
    serves(body["image"]["link"].as_str().expect("link"), PHOTO_JPG);

    // Two files don't fit one WhatsApp message: refused before anything is stored.
    let first = staff_uploads(&staff, &id, AFTERCARE_PDF, "application/pdf");
    let second = staff_uploads(&staff, &id, PHOTO_JPG, "image/jpeg");
    let refused = staff_replies(&staff, &id, "", &[&first, &second]).refused(422);
    assert_eq!(refused.code, "too_many_files_for_channel");
    let message = refused.message;
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
    staff_replies(&staff, &id, "Your aftercare sheet", &[&pdf]).answered(201);
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

/// On WeChat and X the text carries a link per PDF, which serves its bytes.
fn reply_goes_as_a_link(channel: &str, from: &str) {
    let staff = sign_in("admin@demo.test");
    let id = conversation_with(&staff, channel, from);
    let pdf = staff_uploads(&staff, &id, AFTERCARE_PDF, "application/pdf");
    staff_replies(&staff, &id, "Your aftercare sheet", &[&pdf]).answered(201);
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
fn a_wechat_reply_carries_its_pdf_as_a_signed_link_in_the_text() {
    reply_goes_as_a_link("wechat", &wechat_patient());
}

#[test]
fn an_x_reply_carries_its_pdf_as_a_signed_link_in_the_text() {
    reply_goes_as_a_link("x", &x_patient());
}

fn wechat_patient() -> String {
    let id: String = uuid().chars().filter(char::is_ascii_alphanumeric).collect();
    format!("o{}", &id[..27])
}

fn x_patient() -> String {
    uuid()
        .chars()
        .filter(char::is_ascii_digit)
        .chain(std::iter::repeat('8'))
        .take(12)
        .collect()
}

/// The sandbox's calls on `channel` to `to` that sent an uploaded file, once there is one.
fn media_sends(channel: &str, to: &str) -> Vec<Value> {
    calls_where("the message with the uploaded photo", |r| {
        r["channel"] == channel && r["media"].is_object() && to_patient(r, to)
    })
}

/// The bytes the provider got for a sent media id (`media.url` on the sandbox).
fn uploaded_bytes(call: &Value) -> Vec<u8> {
    let path = call["media"]["url"].as_str().expect("media url");
    let base = std::env::var("FRONTDESK_SANDBOX_URL").expect("FRONTDESK_SANDBOX_URL");
    let (status, _, bytes) = fetch(&format!("{}{path}", base.trim_end_matches('/')));
    assert_eq!(status, 200, "{path}");
    bytes
}

/// A staff reply with a phone photo (GPS in its EXIF) and the aftercare PDF on `channel`:
/// the photo reaches the provider uploaded, as the stored copy without its metadata; the
/// PDF as a link in the text. Returns the message call that named the photo and the
/// text the patient got.
fn photo_and_pdf(channel: &str, from: &str) -> (Value, String) {
    let staff = sign_in("admin@demo.test");
    let id = conversation_with(&staff, channel, from);
    let photo = staff_uploads(&staff, &id, GPS_JPG, "image/jpeg");
    let pdf = staff_uploads(&staff, &id, AFTERCARE_PDF, "application/pdf");
    staff_replies(&staff, &id, "How it should look", &[&photo, &pdf]).answered(201);
    let call = media_sends(channel, from).remove(0);
    let stored = fetch(&link_url(staff_link(&staff, &id, &photo))).2;
    let bytes = uploaded_bytes(&call);
    assert!(bytes == stored, "the provider got the stored photo's bytes");
    assert!(
        gps_latitude(&bytes).is_none(),
        "no location reached the provider"
    );
    assert!(gps_latitude(GPS_JPG).is_some(), "the fixture has one");
    assert_eq!(call["media"]["content_type"], "image/jpeg");
    // The upload went as multipart/form-data, naming the file by its attachment id.
    let upload = sends_with(&format!("{channel}_upload"), &photo).remove(0);
    let content_type = upload["headers"]["content-type"].as_str().unwrap_or("");
    assert!(
        content_type.starts_with("multipart/form-data; boundary="),
        "{content_type}"
    );
    let texts = sends_with(channel, "How it should look");
    let text_call = texts
        .iter()
        .find(|r| to_patient(r, from))
        .expect("the text");
    let body: Value =
        serde_json::from_str(text_call["body"].as_str().expect("body")).expect("json");
    let text = match channel {
        "wechat" => body["text"]["content"].as_str(),
        _ => body["text"].as_str(),
    }
    .expect("text")
    .to_owned();
    let urls = urls_in(&text, &pdf);
    assert_eq!(urls.len(), 1, "the PDF goes as a link: {text}");
    serves(&urls[0], AFTERCARE_PDF);
    assert!(
        urls_in(&text, &photo).is_empty(),
        "the photo is no link: {text}"
    );
    (call, text)
}

#[test]
fn a_wechat_reply_uploads_its_photo_and_sends_it_as_an_image_message() {
    let from = wechat_patient();
    let (call, text) = photo_and_pdf("wechat", &from);
    let body: Value = serde_json::from_str(call["body"].as_str().expect("body")).expect("json");
    assert_eq!(body["msgtype"], "image", "{body}");
    assert_eq!(body["touser"], from.as_str());
    assert_eq!(body["image"]["media_id"], call["media"]["id"]);
    assert!(text.starts_with("How it should look\n"), "{text}");
    let upload = sends_with("wechat_upload", "filename=").remove(0);
    let path = upload["path"].as_str().unwrap_or("");
    assert!(
        path.starts_with("/cgi-bin/media/upload?access_token=") && path.ends_with("&type=image"),
        "{path}"
    );
}

#[test]
fn an_x_reply_uploads_its_photo_and_attaches_it_to_the_dm() {
    let from = x_patient();
    let (call, text) = photo_and_pdf("x", &from);
    let body: Value = serde_json::from_str(call["body"].as_str().expect("body")).expect("json");
    assert_eq!(
        body["attachments"][0]["media_id"], call["media"]["id"],
        "{body}"
    );
    // One DM: the text (with the PDF's link) and the photo together.
    assert_eq!(body["text"].as_str(), Some(text.as_str()));
    let upload = sends_with("x_upload", "dm_image").remove(0);
    let authorization = upload["headers"]["authorization"].as_str().unwrap_or("");
    assert!(authorization.starts_with("OAuth "), "{authorization}");
}

/// The provider refuses the upload: the reply shows failed, in words about the file.
fn refused_upload(channel: &str, from: &str) {
    let staff = sign_in("admin@demo.test");
    let id = conversation_with(&staff, channel, from);
    let photo = staff_uploads(&staff, &id, PHOTO_JPG, "image/jpeg");
    let order = json!({"channel": format!("{channel}_upload"), "mode": "reject", "text": photo});
    let ordered = sandbox("POST", "/sandbox/fail-next", Some(&order));
    assert_eq!(ordered["fail_next"], "reject", "{ordered}");
    let reply = staff_replies(&staff, &id, "", &[&photo]).answered(201);
    let seq = reply.body.message.seq;
    let failed = eventually("the failed delivery", || {
        delivery_of(&staff, &id, seq).filter(|d| d["status"] == "failed")
    });
    let reason = failed["reason"].as_str().expect("reason");
    assert!(reason.contains("refused the file"), "{reason}");
    // Nothing named a media id for this patient.
    let outbox = sandbox("GET", "/sandbox/outbox", None);
    let sent = outbox["requests"]
        .as_array()
        .expect("requests")
        .iter()
        .any(|r| r["channel"] == channel && r["media"].is_object() && to_patient(r, from));
    assert!(!sent, "no message went out with a refused photo");
}

#[test]
fn a_photo_wechat_refuses_fails_the_reply_visibly() {
    refused_upload("wechat", &wechat_patient());
}

#[test]
fn a_photo_x_refuses_fails_the_reply_visibly() {
    refused_upload("x", &x_patient());
}
