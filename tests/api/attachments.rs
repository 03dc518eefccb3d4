//! Attachments: a visitor's photo and a staff member's PDF go through upload, a message
//! (idempotent like text), signed links and serving; metadata is gone from what comes
//! back; other conversations and teams are refused; bad files are refused; erasure and
//! the retention sweep leave no object behind.

use std::io::Read;
use std::time::Duration;

use serde_json::{json, Value};

use crate::openapi::{check, document};
use crate::paths;
use crate::support::*;

macro_rules! fixture {
    ($name:literal) => {
        include_bytes!(concat!("../../domain/tests/fixtures/attachments/", $name)).as_slice()
    };
}

pub(crate) const GPS_JPG: &[u8] = fixture!("gps.jpg");
pub(crate) const PHOTO_JPG: &[u8] = fixture!("photo.jpg");
pub(crate) const AFTERCARE_PDF: &[u8] = fixture!("aftercare.pdf");
const POLYGLOT_PDF: &[u8] = fixture!("polyglot.pdf");
pub(crate) const SCRIPT_JPG: &[u8] = fixture!("script.jpg");

fn upload(path: &str, token: &str, bytes: &[u8], content_type: &str) -> Reply {
    request(
        "POST",
        path,
        Some(token),
        &[
            ("Content-Type", content_type),
            ("CF-Connecting-IP", &visitor_ip()),
        ],
        Some(bytes),
    )
}

fn visitor_upload(id: &str, token: &str, bytes: &[u8]) -> Reply {
    upload(
        &paths::conversation_attachments(id),
        token,
        bytes,
        "image/jpeg",
    )
}

fn uploaded_id(reply: &Reply) -> String {
    assert_eq!(reply.status, 201, "{:?}", reply.body);
    reply.body["attachment"]["id"]
        .as_str()
        .expect("id")
        .to_owned()
}

fn send_with(id: &str, token: &str, client_msg_id: &str, text: &str, ids: &[&str]) -> Reply {
    post(
        &paths::conversation_messages(id),
        Some(token),
        &json!({"client_msg_id": client_msg_id, "text": text, "attachment_ids": ids}),
    )
}

fn visitor_link(id: &str, token: &str, attachment: &str) -> Reply {
    get(&paths::conversation_attachment(id, attachment), Some(token))
}

pub(crate) fn staff_link(staff: &str, id: &str, attachment: &str) -> Reply {
    get(&paths::staff_attachment(id, attachment), Some(staff))
}

pub(crate) fn link_url(reply: &Reply) -> String {
    assert_eq!(reply.status, 200, "{:?}", reply.body);
    reply.body["url"].as_str().expect("url").to_owned()
}

/// A GET of an absolute URL with no credentials: status, headers and the raw bytes.
pub(crate) fn fetch(url: &str) -> (u16, Vec<(String, String)>, Vec<u8>) {
    let response = match ureq::get(url).timeout(Duration::from_secs(30)).call() {
        Ok(response) => response,
        Err(ureq::Error::Status(_, response)) => response,
        Err(error) => panic!("GET {url}: {error}"),
    };
    let status = response.status();
    let headers = headers_of(&response);
    let mut bytes = Vec::new();
    response
        .into_reader()
        .read_to_end(&mut bytes)
        .expect("body");
    (status, headers, bytes)
}

pub(crate) fn header<'a>(headers: &'a [(String, String)], name: &str) -> &'a str {
    headers
        .iter()
        .find(|(k, _)| k.eq_ignore_ascii_case(name))
        .map_or("", |(_, v)| v.as_str())
}

fn error_code(bytes: &[u8]) -> String {
    let body: Value = serde_json::from_slice(bytes).expect("a JSON error");
    body["error"]["code"].as_str().expect("code").to_owned()
}

/// The GPS latitude in a file's EXIF, read with an EXIF library.
pub(crate) fn gps_latitude(bytes: &[u8]) -> Option<String> {
    let exif = exif::Reader::new()
        .read_from_container(&mut std::io::Cursor::new(bytes))
        .ok()?;
    exif.get_field(exif::Tag::GPSLatitude, exif::In::PRIMARY)
        .map(|field| field.display_value().to_string())
}

pub(crate) fn audit_entries(admin: &str) -> Vec<Value> {
    let reply = get(paths::audit_log(), Some(admin));
    assert_eq!(reply.status, 200, "{:?}", reply.body);
    reply.body["entries"].as_array().expect("entries").clone()
}

#[test]
fn a_visitors_photo_is_stored_without_its_gps_and_both_sides_open_it() {
    let doc = document();
    // The fixture has GPS, as a phone's photo does: the reader finds it.
    assert!(gps_latitude(GPS_JPG).is_some_and(|lat| lat.contains("51")));
    let (id, token) = new_conversation();
    let uploaded = visitor_upload(&id, &token, GPS_JPG);
    check(
        &doc,
        "POST",
        "/v1/conversations/{id}/attachments",
        &uploaded,
    );
    let attachment = uploaded_id(&uploaded);
    assert_eq!(uploaded.body["attachment"]["content_type"], "image/jpeg");
    assert_eq!(uploaded.body["attachment"]["size"], PHOTO_JPG.len());

    // A photo without words; the resend links the same file and stores nothing new.
    let key = uuid();
    let sent = send_with(&id, &token, &key, "", &[&attachment]);
    assert_eq!(sent.status, 201, "{:?}", sent.body);
    assert_eq!(
        sent.body["message"]["attachments"][0]["id"],
        attachment.as_str()
    );
    let again = send_with(&id, &token, &key, "", &[&attachment]);
    assert_eq!(again.status, 200, "{:?}", again.body);
    assert_eq!(again.body["message"]["seq"], sent.body["message"]["seq"]);
    let listed = get(&paths::conversation_messages(&id), Some(&token));
    let carrying: Vec<&Value> = listed.body["messages"]
        .as_array()
        .expect("messages")
        .iter()
        .filter(|m| m["attachments"].is_array())
        .collect();
    assert_eq!(carrying.len(), 1, "{:?}", listed.body);
    // Another message can't take the same file.
    let taken = send_with(&id, &token, &uuid(), "again", &[&attachment]);
    assert_eq!(taken.status, 422, "{:?}", taken.body);
    assert_eq!(taken.error_code(), "unusable_attachment");

    let link = visitor_link(&id, &token, &attachment);
    check(
        &doc,
        "GET",
        "/v1/conversations/{id}/attachments/{attachment_id}",
        &link,
    );
    let (status, headers, bytes) = fetch(&link_url(&link));
    assert_eq!(status, 200);
    assert_eq!(header(&headers, "content-type"), "image/jpeg");
    assert_eq!(header(&headers, "x-content-type-options"), "nosniff");
    assert!(header(&headers, "content-security-policy").contains("sandbox"));
    assert_eq!(header(&headers, "content-disposition"), "inline");
    assert_eq!(gps_latitude(&bytes), None, "no EXIF comes back");
    assert!(!bytes.windows(7).any(|w| w == b"SN-4711"));
    assert_eq!(bytes, PHOTO_JPG, "the image itself is untouched");

    let admin = sign_in("admin@demo.test");
    routed(&id);
    let staff_url = link_url(&staff_link(&admin, &id, &attachment));
    let (status, _, staff_bytes) = fetch(&staff_url);
    assert_eq!(status, 200);
    assert_eq!(staff_bytes, bytes);
    let me = get(paths::staff_me(), Some(&admin));
    let admin_id = me.body["id"]
        .as_str()
        .or(me.body["staff"]["id"].as_str())
        .expect("id");
    let viewed = audit_entries(&admin)
        .into_iter()
        .filter(|e| e["action"] == "attachment_viewed" && e["conversation_id"] == id.as_str())
        .map(|e| e["actor"].as_str().unwrap_or_default().to_owned())
        .collect::<Vec<_>>();
    assert!(viewed.contains(&admin_id.to_owned()), "{viewed:?}");
    assert!(viewed.contains(&"visitor".to_owned()), "{viewed:?}");

    // A link altered to another viewer or a later expiry no longer verifies.
    for forged in [
        staff_url.replace("viewer=staff.", "viewer=visitor&x="),
        staff_url.replace("expires=", "expires=9"),
    ] {
        let (status, _, body) = fetch(&forged);
        assert_eq!(status, 403, "{forged}");
        assert_eq!(error_code(&body), "invalid_link");
    }
}

/// A conversation routed to the clinical team, which the front desk can't open.
fn clinical_conversation() -> (String, String) {
    let (id, token) = new_conversation();
    let sent = visitor_send(
        &id,
        &token,
        &uuid(),
        "I have had a fever and a rash since yesterday",
    );
    assert_eq!(
        sent.body["triage"]["department"], "clinical",
        "{:?}",
        sent.body
    );
    routed(&id);
    (id, token)
}

#[test]
fn other_conversations_and_teams_without_access_are_refused() {
    let (id, token) = clinical_conversation();
    let attachment = uploaded_id(&visitor_upload(&id, &token, PHOTO_JPG));
    let admin = sign_in("admin@demo.test");
    // Unsent, it is the visitor's alone.
    let unsent = staff_link(&admin, &id, &attachment);
    assert_eq!(unsent.status, 404, "{:?}", unsent.body);
    let sent = send_with(&id, &token, &uuid(), "This is the rash", &[&attachment]);
    assert_eq!(sent.status, 201, "{:?}", sent.body);

    // Another conversation's visitor: their token doesn't open this conversation, and
    // the attachment isn't in theirs.
    let (other, other_token) = new_conversation();
    let refused = visitor_link(&id, &other_token, &attachment);
    assert!(
        matches!(refused.status, 401 | 403 | 404),
        "{:?}",
        refused.body
    );
    let elsewhere = visitor_link(&other, &other_token, &attachment);
    assert_eq!(elsewhere.status, 404, "{:?}", elsewhere.body);
    assert_eq!(elsewhere.error_code(), "unknown_attachment");
    let borrowed = send_with(&other, &other_token, &uuid(), "mine now", &[&attachment]);
    assert_eq!(borrowed.status, 422, "{:?}", borrowed.body);

    // The front desk can't open the clinical team's conversation or its files.
    let front_desk = sign_in("frontdesk@demo.test");
    let outside = staff_link(&front_desk, &id, &attachment);
    assert_eq!(outside.status, 403, "{:?}", outside.body);
    assert_eq!(outside.error_code(), "outside_your_teams");
    let upload_outside = upload(
        &paths::staff_attachments(&id),
        &front_desk,
        AFTERCARE_PDF,
        "application/pdf",
    );
    assert_eq!(upload_outside.status, 403, "{:?}", upload_outside.body);
    // The clinician can.
    let clinician = sign_in("clinician@demo.test");
    assert_eq!(staff_link(&clinician, &id, &attachment).status, 200);
    // Staff can't send the visitor's upload as their own.
    let reply = post(
        &paths::staff_messages(&id),
        Some(&admin),
        &json!({"client_msg_id": uuid(), "text": "", "attachment_ids": [attachment]}),
    );
    assert_eq!(reply.status, 422, "{:?}", reply.body);
}

#[test]
fn oversized_disguised_and_polyglot_files_are_refused() {
    let doc = document();
    let (id, token) = new_conversation();
    let mut big = AFTERCARE_PDF.to_vec();
    big.resize(10 * 1024 * 1024 + 1, b' ');
    for (bytes, status, code) in [
        (big.as_slice(), 413, "attachment_too_large"),
        (SCRIPT_JPG, 415, "unsupported_attachment_type"),
        (POLYGLOT_PDF, 422, "disguised_attachment"),
        (&PHOTO_JPG[..300], 422, "malformed_attachment"),
        (b"".as_slice(), 422, "empty_attachment"),
    ] {
        let refused = visitor_upload(&id, &token, bytes);
        assert_eq!(refused.status, status, "{code}: {:?}", refused.body);
        assert_eq!(refused.error_code(), code);
        check(&doc, "POST", "/v1/conversations/{id}/attachments", &refused);
    }
    // Nothing was stored: no message can carry anything, and the conversation has none.
    let listed = get(&paths::conversation_messages(&id), Some(&token));
    assert_eq!(listed.body["messages"], json!([]), "{:?}", listed.body);
}

#[test]
fn staff_reply_with_a_pdf_that_the_visitor_downloads() {
    let (id, token) = front_desk_conversation();
    let staff = sign_in("frontdesk@demo.test");
    let uploaded = upload(
        &paths::staff_attachments(&id),
        &staff,
        AFTERCARE_PDF,
        "application/octet-stream",
    );
    check(
        &document(),
        "POST",
        "/v1/staff/conversations/{id}/attachments",
        &uploaded,
    );
    let attachment = uploaded_id(&uploaded);
    assert_eq!(
        uploaded.body["attachment"]["content_type"],
        "application/pdf"
    );
    // Until the reply carries it, the visitor can't see it.
    assert_eq!(visitor_link(&id, &token, &attachment).status, 404);
    let reply = post(
        &paths::staff_messages(&id),
        Some(&staff),
        &json!({"client_msg_id": uuid(), "text": "Your aftercare sheet", "attachment_ids": [attachment]}),
    );
    assert_eq!(reply.status, 201, "{:?}", reply.body);
    let listed = get(&paths::conversation_messages(&id), Some(&token));
    let from_staff = listed.body["messages"]
        .as_array()
        .expect("messages")
        .iter()
        .find(|m| m["author"] == "staff")
        .cloned()
        .expect("the reply");
    assert_eq!(
        from_staff["attachments"][0]["content_type"],
        "application/pdf"
    );
    let url = link_url(&visitor_link(&id, &token, &attachment));
    let (status, headers, bytes) = fetch(&url);
    assert_eq!(status, 200);
    assert_eq!(header(&headers, "content-type"), "application/pdf");
    assert_eq!(
        header(&headers, "content-disposition"),
        format!("attachment; filename=\"{attachment}.pdf\"")
    );
    assert_eq!(header(&headers, "x-content-type-options"), "nosniff");
    assert_eq!(bytes, AFTERCARE_PDF);
}

#[test]
fn erasure_deletes_the_objects() {
    let (id, token) = new_conversation();
    let attachment = uploaded_id(&visitor_upload(&id, &token, GPS_JPG));
    let sent = send_with(&id, &token, &uuid(), "photo", &[&attachment]);
    assert_eq!(sent.status, 201, "{:?}", sent.body);
    // A link made before the erasure reads R2 directly (no D1 row is consulted), so
    // its 404 afterwards shows the object itself is gone.
    let url = link_url(&visitor_link(&id, &token, &attachment));
    assert_eq!(fetch(&url).0, 200);
    let admin = sign_in("admin@demo.test");
    let erased = request(
        "DELETE",
        &paths::admin_conversation(&id),
        Some(&admin),
        &[],
        None,
    );
    assert_eq!(erased.status, 200, "{:?}", erased.body);
    let (status, _, body) = fetch(&url);
    assert_eq!(status, 404);
    assert_eq!(error_code(&body), "unknown_attachment");
}

#[test]
fn the_retention_sweep_deletes_old_objects() {
    // A sweep run meanwhile by the retention tests would age this one's fixture early.
    let _cron = crate::retention::cron_lock();
    let (id, token) = new_conversation_in("short-retention");
    let attachment = uploaded_id(&visitor_upload(&id, &token, PHOTO_JPG));
    let sent = send_with(&id, &token, &uuid(), "photo", &[&attachment]);
    assert_eq!(sent.status, 201, "{:?}", sent.body);
    let url = link_url(&visitor_link(&id, &token, &attachment));
    assert_eq!(fetch(&url).0, 200);
    // The short-retention fixture keeps messages 8 seconds (xtask/src/seed.rs).
    std::thread::sleep(Duration::from_secs(9));
    let cron = get("/__scheduled?cron=30+3+*+*+*", None);
    assert_eq!(cron.status, 200, "{:?}", cron.body);
    let (status, _, _) = fetch(&url);
    assert_eq!(status, 404);
}
