//! Inbound channel media (issue 21), against workerd and the provider sandbox: a
//! patient's MMS photos, WhatsApp, Messenger, WeChat and X images are fetched by the queue
//! consumer from the sandbox's media endpoints as each provider documents (Twilio's and
//! Graph's with the clinic's credentials, Messenger's CDN URL as is, WeChat's `media/get`
//! with the access token, X's `ton` URL signed with OAuth 1.0a), stored like
//! widget uploads (type from the bytes, EXIF gone) and opened by staff through signed,
//! audited links; refused files leave a visible mark and store nothing; a download the
//! provider fails is retried by the queue; a redelivered webhook fetches nothing again.

use base64::Engine;
use serde_json::{json, Value};

use crate::app::{Outcome, TestApp};
use crate::attachments::{
    audit_entries, gps_latitude, header, link_url, staff_link, AFTERCARE_PDF, GPS_JPG, PHOTO_JPG,
    SCRIPT_JPG,
};
use crate::channels_sms::{patient_number, row_of, sandbox, thread, ACCOUNT_SID, AUTH_TOKEN};
use crate::support::*;

fn media(content_type: &str, bytes: &[u8]) -> Value {
    json!({
        "content_type": content_type,
        "base64": base64::engine::general_purpose::STANDARD.encode(bytes),
    })
}

/// The patient sends on `channel` through the sandbox; returns the sandbox's answer
/// (`message_sid` or `message_id`, and a WhatsApp file's `media_id`).
fn patient_sends(channel: &str, from: &str, text: &str, extra: Value) -> Value {
    let mut body = json!({"clinic": "demo", "from": from, "text": text});
    if let (Some(body), Some(extra)) = (body.as_object_mut(), extra.as_object()) {
        body.extend(extra.clone());
    }
    let answer = sandbox("POST", &format!("/sandbox/patient/{channel}"), Some(&body));
    assert_eq!(answer["edge_status"], 200, "{answer}");
    answer
}

/// The media downloads the edge made on `channel` (`sms_media`, `whatsapp_media`) whose
/// path contains `needle`.
fn downloads(channel: &str, needle: &str) -> Vec<Value> {
    let outbox = sandbox("GET", "/sandbox/outbox", None);
    outbox["requests"]
        .as_array()
        .expect("requests")
        .iter()
        .filter(|r| r["channel"] == channel && r["path"].as_str().unwrap_or("").contains(needle))
        .cloned()
        .collect()
}

fn attachments_of(message: &Value) -> Vec<Value> {
    message["attachments"]
        .as_array()
        .cloned()
        .unwrap_or_default()
}

/// The conversation's messages, oldest first, once `files` files or a mark are in
/// (automatic replies may come before them).
fn messages_once(staff: &str, id: &str, files: usize) -> Vec<Value> {
    eventually("the fetched media in the thread", || {
        let messages = thread(staff, id)["messages"]
            .as_array()
            .cloned()
            .unwrap_or_default();
        let stored = messages.iter().flat_map(attachments_of).count();
        let marked = messages.iter().any(|m| {
            m["text"]
                .as_str()
                .is_some_and(|text| text.contains("could not be fetched"))
        });
        (stored >= files || marked).then_some(messages)
    })
}

/// Staff open the attachment through a signed link: its bytes.
fn staff_opens(staff: &str, id: &str, attachment: &Value) -> Vec<u8> {
    let attachment_id = attachment["id"].as_str().expect("attachment id");
    let (status, headers, bytes) = fetch(&link_url(staff_link(staff, id, attachment_id)));
    assert_eq!(status, 200);
    assert_eq!(header(&headers, "x-content-type-options"), "nosniff");
    bytes
}

fn staff_id(staff: &str) -> String {
    TestApp::new().me(staff).answered(200).body.id
}

#[test]
fn an_mms_photo_and_pdf_are_fetched_stored_without_gps_and_opened_by_staff_with_audit() {
    let staff = sign_in("admin@demo.test");
    let number = patient_number("+1555");
    let extra =
        json!({"media": [media("image/jpeg", GPS_JPG), media("application/pdf", AFTERCARE_PDF)]});
    let sent = patient_sends(
        "sms",
        &number,
        "Is this normal after the procedure?",
        extra.clone(),
    );
    let sid = sent["message_sid"].as_str().expect("sid").to_owned();
    let row = row_of(&staff, &number);
    let id = row["conversation_id"].as_str().expect("id").to_owned();
    let messages = messages_once(&staff, &id, 2);
    assert_eq!(
        messages[0]["text"], "Is this normal after the procedure?",
        "the text comes on its own"
    );
    let files: Vec<Value> = messages.iter().flat_map(attachments_of).collect();
    let mut types: Vec<&str> = files
        .iter()
        .map(|file| file["content_type"].as_str().unwrap_or_default())
        .collect();
    types.sort_unstable();
    assert_eq!(types, ["application/pdf", "image/jpeg"]);
    assert!(messages
        .iter()
        .filter(|m| !attachments_of(m).is_empty())
        .all(|m| m["author"] == "visitor" && m["text"] == ""));

    // Fetched once each, from the account's Media URLs, with HTTP Basic.
    let fetched = downloads("sms_media", &format!("/Messages/{sid}/Media/"));
    assert_eq!(fetched.len(), 2, "{fetched:?}");
    let basic = format!(
        "Basic {}",
        base64::engine::general_purpose::STANDARD.encode(format!("{ACCOUNT_SID}:{AUTH_TOKEN}"))
    );
    assert!(fetched
        .iter()
        .all(|r| r["headers"]["authorization"] == basic.as_str()));

    let photo = files
        .iter()
        .find(|file| file["content_type"] == "image/jpeg")
        .expect("photo");
    let bytes = staff_opens(&staff, &id, photo);
    assert!(gps_latitude(GPS_JPG).is_some());
    assert_eq!(gps_latitude(&bytes), None, "no EXIF comes back");
    assert_eq!(bytes, PHOTO_JPG, "the image itself is untouched");
    let me = staff_id(&staff);
    let viewed = audit_entries(&staff).into_iter().any(|e| {
        e["action"] == "attachment_viewed"
            && e["conversation_id"] == id.as_str()
            && e["actor"] == me.as_str()
            && e["detail"] == photo["id"]
    });
    assert!(viewed, "the view is audited");

    // Twilio redelivers the webhook: nothing is fetched or stored again.
    let mut redelivery = extra;
    redelivery["message_sid"] = json!(sid);
    patient_sends(
        "sms",
        &number,
        "Is this normal after the procedure?",
        redelivery,
    );
    std::thread::sleep(std::time::Duration::from_secs(3));
    assert_eq!(
        downloads("sms_media", &format!("/Messages/{sid}/Media/")).len(),
        2
    );
    assert_eq!(
        thread(&staff, &id)["messages"].as_array().map(Vec::len),
        Some(messages.len())
    );
}

#[test]
fn a_whatsapp_image_is_looked_up_and_downloaded_with_the_bearer_token() {
    let staff = sign_in("admin@demo.test");
    let from = patient_number("44770");
    let extra = json!({"media": [media("image/jpeg", GPS_JPG)]});
    let sent = patient_sends("whatsapp", &from, "my wound today", extra.clone());
    let media_id = sent["media_id"].as_str().expect("media id").to_owned();
    let row = row_of(&staff, &from);
    let id = row["conversation_id"].as_str().expect("id").to_owned();
    let messages = messages_once(&staff, &id, 1);
    assert_eq!(messages[0]["text"], "my wound today", "the caption");
    let files: Vec<Value> = messages.iter().flat_map(attachments_of).collect();
    assert_eq!(files.len(), 1, "{messages:?}");
    let bytes = staff_opens(&staff, &id, &files[0]);
    assert_eq!(gps_latitude(&bytes), None);
    assert_eq!(bytes, PHOTO_JPG);

    // `GET /{version}/{media-id}`, then the short-lived url, both with the bearer token.
    let calls = downloads("whatsapp_media", &media_id);
    let paths: Vec<&str> = calls.iter().filter_map(|r| r["path"].as_str()).collect();
    assert_eq!(paths.len(), 2, "one lookup and one download: {paths:?}");
    assert!(paths[0].starts_with("/v") && paths[0].ends_with(&format!("/{media_id}")));
    assert!(paths[1].starts_with(&format!("/whatsapp_business/attachments/?mid={media_id}&")));
    assert!(calls.iter().all(|r| r["headers"]["authorization"]
        .as_str()
        .is_some_and(|a| a.starts_with("Bearer "))));

    // Meta redelivers: nothing is looked up or fetched again.
    let mut redelivery = extra;
    redelivery["message_id"] = sent["message_id"].clone();
    patient_sends("whatsapp", &from, "my wound today", redelivery);
    std::thread::sleep(std::time::Duration::from_secs(3));
    assert_eq!(downloads("whatsapp_media", &media_id).len(), 2);
    assert_eq!(
        thread(&staff, &id)["messages"].as_array().map(Vec::len),
        Some(messages.len())
    );
}

/// A fresh id on `channel`: a page-scoped id, an OpenID or an X user id.
fn app_address(channel: &str) -> String {
    let digits: String = uuid()
        .chars()
        .filter(char::is_ascii_digit)
        .chain(std::iter::repeat('4'))
        .take(12)
        .collect();
    match channel {
        "wechat" => {
            let id: String = uuid().chars().filter(char::is_ascii_alphanumeric).collect();
            format!("o{}", &id[..27])
        }
        _ => digits,
    }
}

/// The patient sends a GPS-tagged photo on `channel` (Messenger, WeChat, X): it is
/// fetched once, stored without its EXIF and opened by staff; a redelivery fetches
/// nothing again. Returns every download the edge made on the channel (tests run in
/// parallel, so callers check all of them).
fn app_photo_is_fetched(channel: &str) -> Vec<Value> {
    let staff = sign_in("admin@demo.test");
    let from = app_address(channel);
    let extra = json!({"media": [media("image/jpeg", GPS_JPG)]});
    let sent = patient_sends(channel, &from, "", extra.clone());
    let row = row_of(&staff, &from);
    assert_eq!(row["channel"], channel, "{row}");
    let id = row["conversation_id"].as_str().expect("id").to_owned();
    let messages = messages_once(&staff, &id, 1);
    let files: Vec<Value> = messages.iter().flat_map(attachments_of).collect();
    assert_eq!(files.len(), 1, "{messages:?}");
    assert_eq!(files[0]["content_type"], "image/jpeg");
    let bytes = staff_opens(&staff, &id, &files[0]);
    assert_eq!(gps_latitude(&bytes), None, "no EXIF comes back");
    assert_eq!(bytes, PHOTO_JPG);
    let channel_media = format!("{channel}_media");
    // The provider redelivers: nothing is fetched or stored again.
    let before = downloads(&channel_media, "").len();
    let mut redelivery = extra;
    redelivery["message_id"] = sent["message_id"].clone();
    patient_sends(channel, &from, "", redelivery);
    std::thread::sleep(std::time::Duration::from_secs(3));
    assert_eq!(downloads(&channel_media, "").len(), before, "fetched again");
    assert_eq!(
        thread(&staff, &id)["messages"].as_array().map(Vec::len),
        Some(messages.len())
    );
    let calls = downloads(&channel_media, "");
    assert!(!calls.is_empty());
    calls
}

#[test]
fn a_messenger_photo_is_fetched_from_its_cdn_url_without_credentials() {
    for call in app_photo_is_fetched("messenger") {
        assert!(
            call["path"]
                .as_str()
                .is_some_and(|p| p.starts_with("/fbcdn/")),
            "{call}"
        );
        assert!(
            call["headers"]["authorization"].is_null(),
            "no token to the CDN: {call}"
        );
    }
}

#[test]
fn a_wechat_image_is_fetched_by_media_get_with_the_access_token() {
    for call in app_photo_is_fetched("wechat") {
        let path = call["path"].as_str().unwrap_or_default();
        assert!(
            path.starts_with("/cgi-bin/media/get?access_token="),
            "{path}"
        );
        assert!(path.contains("&media_id=sandbox_"), "{path}");
    }
}

#[test]
fn an_x_photo_is_fetched_with_an_oauth1_signature_the_sandbox_accepts() {
    for call in app_photo_is_fetched("x") {
        assert!(call["path"]
            .as_str()
            .is_some_and(|p| p.starts_with("/1.1/ton/data/dm/")));
        let authorization = call["headers"]["authorization"]
            .as_str()
            .unwrap_or_default();
        assert!(
            authorization.starts_with("OAuth ") && authorization.contains("oauth_signature="),
            "{authorization}"
        );
    }
}

#[test]
fn a_download_the_provider_fails_is_retried_by_the_queue() {
    let staff = sign_in("admin@demo.test");
    let number = patient_number("+1555");
    // Twilio answers the first download 503.
    let order = json!({"channel": "sms_media", "mode": "reject", "to": number});
    sandbox("POST", "/sandbox/fail-next", Some(&order));
    let sent = patient_sends(
        "sms",
        &number,
        "",
        json!({"media": [media("image/jpeg", GPS_JPG)]}),
    );
    let sid = sent["message_sid"].as_str().expect("sid").to_owned();
    let id = row_of(&staff, &number)["conversation_id"]
        .as_str()
        .expect("id")
        .to_owned();
    let messages = messages_once(&staff, &id, 1);
    assert_eq!(messages.len(), 1, "{messages:?}");
    assert_eq!(attachments_of(&messages[0]).len(), 1, "stored on the retry");
    assert_eq!(
        downloads("sms_media", &format!("/Messages/{sid}/Media/")).len(),
        2,
        "the failed download, then the retry"
    );
}

/// The patient sends only this file on `channel` from a fresh address: the mark the
/// conversation gets instead of it (checking it carries no file), and the sandbox's
/// answer.
fn mark_for(staff: &str, channel: &str, file: Value) -> (String, Value) {
    let from = match channel {
        "sms" => patient_number("+1555"),
        _ => patient_number("44770"),
    };
    let sent = patient_sends(channel, &from, "", json!({ "media": [file] }));
    let id = row_of(staff, &from)["conversation_id"]
        .as_str()
        .expect("id")
        .to_owned();
    let messages = messages_once(staff, &id, 1);
    assert_eq!(messages.len(), 1, "only the mark: {messages:?}");
    assert!(attachments_of(&messages[0]).is_empty(), "no file is stored");
    let mark = messages[0]["text"].as_str().unwrap_or_default().to_owned();
    (mark, sent)
}

#[test]
fn refused_media_leaves_a_mark_and_stores_nothing() {
    let staff = sign_in("admin@demo.test");
    // A script declared as a JPEG, on MMS: refused by its bytes.
    let (mark, _) = mark_for(&staff, "sms", media("image/jpeg", SCRIPT_JPG));
    assert!(
        mark.contains("could not be fetched from MMS") && mark.contains("not a photo"),
        "{mark}"
    );

    // Over the limit on WhatsApp: Meta's lookup says its size, so it is never downloaded.
    let big =
        json!({"content_type": "image/jpeg", "base64": "/9j/4AAQ", "pad_to": 11 * 1024 * 1024});
    let (mark, sent) = mark_for(&staff, "whatsapp", big);
    assert!(
        mark.contains("WhatsApp") && mark.contains("over the 10 MB limit"),
        "{mark}"
    );
    let media_id = sent["media_id"].as_str().expect("media id");
    let calls = downloads("whatsapp_media", media_id);
    assert_eq!(calls.len(), 1, "looked up, never downloaded: {calls:?}");

    // Audio is not on the allowlist: fetched, refused, marked.
    let (mark, _) = mark_for(
        &staff,
        "whatsapp",
        media("audio/ogg", b"OggS\0\x02voice note"),
    );
    assert!(mark.contains("not a photo"), "{mark}");
}
