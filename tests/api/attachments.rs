//! Attachments: a visitor's photo and a staff member's PDF go through upload, a message
//! (idempotent like text), signed links and serving; metadata is gone from what comes
//! back; other conversations and teams are refused; bad files are refused; erasure and
//! the retention sweep leave no object behind.

use std::time::Duration;

use frontdesk_protocol::{
    AttachmentLink, AttachmentUploaded, Author, Department, SendMessageRequest, SendMessageResponse,
};
use serde_json::Value;

use crate::app::{says, Called, Outcome, TestApp};
use crate::openapi::{check, document};
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

fn visitor_upload(id: &str, token: &str, bytes: &[u8]) -> Called<AttachmentUploaded> {
    TestApp::new().upload_visitor_attachment(id, token, "image/jpeg", bytes)
}

fn uploaded_id(uploaded: Called<AttachmentUploaded>) -> String {
    uploaded.answered(201).body.attachment.id
}

fn send_with(
    id: &str,
    token: &str,
    client_msg_id: &str,
    text: &str,
    ids: &[&str],
) -> Called<SendMessageResponse> {
    TestApp::new().send_visitor_message_as(id, token, &carrying(client_msg_id, text, ids))
}

/// A message with `client_msg_id` saying `text` and carrying the attachments `ids`.
fn carrying(client_msg_id: &str, text: &str, ids: &[&str]) -> SendMessageRequest {
    SendMessageRequest {
        client_msg_id: client_msg_id.to_owned(),
        text: text.to_owned(),
        attachment_ids: ids.iter().map(|id| (*id).to_owned()).collect(),
    }
}

fn visitor_link(id: &str, token: &str, attachment: &str) -> Called<AttachmentLink> {
    TestApp::new().visitor_attachment_link(id, token, attachment)
}

pub(crate) fn staff_link(staff: &str, id: &str, attachment: &str) -> Called<AttachmentLink> {
    TestApp::new().staff_attachment_link(staff, id, attachment)
}

pub(crate) fn link_url(link: Called<AttachmentLink>) -> String {
    link.answered(200).body.url
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

/// The clinic's audit log as sent, newest first.
pub(crate) fn audit_entries(admin: &str) -> Vec<Value> {
    let log = TestApp::new().audit_log(admin).answered(200);
    log.json["entries"].as_array().expect("entries").clone()
}

#[test]
fn a_visitors_photo_is_stored_without_its_gps_and_both_sides_open_it() {
    let doc = document();
    // The fixture has GPS, as a phone's photo does: the reader finds it.
    assert!(gps_latitude(GPS_JPG).is_some_and(|lat| lat.contains("51")));
    let app = TestApp::new();
    let visitor = app.new_visitor();
    let (id, token) = (visitor.id().to_owned(), visitor.token.clone());
    let uploaded = visitor_upload(&id, &token, GPS_JPG);
    check(
        &doc,
        "POST",
        "/v1/conversations/{id}/attachments",
        &uploaded,
    );
    let uploaded = uploaded.answered(201).body.attachment;
    let attachment = uploaded.id;
    assert_eq!(uploaded.content_type, "image/jpeg");
    assert_eq!(uploaded.size, PHOTO_JPG.len() as u64);

    // A photo without words; the resend links the same file and stores nothing new.
    let key = uuid();
    let sent = send_with(&id, &token, &key, "", &[&attachment])
        .answered(201)
        .body;
    assert_eq!(sent.message.attachments[0].id, attachment);
    let again = send_with(&id, &token, &key, "", &[&attachment]).answered(200);
    assert_eq!(again.body.message.seq, sent.message.seq);
    let listed = app.visitor_messages(&visitor, None).answered(200).body;
    let carrying: Vec<_> = listed
        .messages
        .iter()
        .filter(|m| !m.attachments.is_empty())
        .collect();
    assert_eq!(carrying.len(), 1, "{listed:?}");
    // Another message can't take the same file.
    let taken = send_with(&id, &token, &uuid(), "again", &[&attachment]).refused(422);
    assert_eq!(taken.code, "unusable_attachment");

    let link = visitor_link(&id, &token, &attachment);
    check(
        &doc,
        "GET",
        "/v1/conversations/{id}/attachments/{attachment_id}",
        &link,
    );
    let (status, headers, bytes) = fetch(&link_url(link));
    assert_eq!(status, 200);
    assert_eq!(header(&headers, "content-type"), "image/jpeg");
    assert_eq!(header(&headers, "x-content-type-options"), "nosniff");
    assert!(header(&headers, "content-security-policy").contains("sandbox"));
    assert_eq!(header(&headers, "content-disposition"), "inline");
    assert_eq!(gps_latitude(&bytes), None, "no EXIF comes back");
    assert!(!bytes.windows(7).any(|w| w == b"SN-4711"));
    assert_eq!(bytes, PHOTO_JPG, "the image itself is untouched");

    let admin = sign_in("admin@demo.test");
    app.routed(&id);
    let staff_url = link_url(staff_link(&admin, &id, &attachment));
    let (status, _, staff_bytes) = fetch(&staff_url);
    assert_eq!(status, 200);
    assert_eq!(staff_bytes, bytes);
    let admin_id = app.me(&admin).answered(200).body.id;
    let admin_id = admin_id.as_str();
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
    let app = TestApp::new();
    let visitor = app.new_visitor();
    let question = says("I have had a fever and a rash since yesterday");
    let sent = app.send_visitor_message(&visitor, &question).answered(201);
    assert_eq!(
        sent.body.triage.department,
        Department::Clinical,
        "{:?}",
        sent.json
    );
    app.routed(visitor.id());
    (visitor.id().to_owned(), visitor.token)
}

#[test]
fn other_conversations_and_teams_without_access_are_refused() {
    let (id, token) = clinical_conversation();
    let attachment = uploaded_id(visitor_upload(&id, &token, PHOTO_JPG));
    let app = TestApp::new();
    let admin = sign_in("admin@demo.test");
    // Unsent, it is the visitor's alone.
    staff_link(&admin, &id, &attachment).refused(404);
    send_with(&id, &token, &uuid(), "This is the rash", &[&attachment]).answered(201);

    // Another conversation's visitor: their token doesn't open this conversation, and
    // the attachment isn't in theirs.
    let other = app.new_visitor();
    let (other, other_token) = (other.id().to_owned(), other.token);
    let refused = visitor_link(&id, &other_token, &attachment);
    assert!(matches!(refused.status(), 401 | 403 | 404), "{refused:?}");
    let elsewhere = visitor_link(&other, &other_token, &attachment).refused(404);
    assert_eq!(elsewhere.code, "unknown_attachment");
    send_with(&other, &other_token, &uuid(), "mine now", &[&attachment]).refused(422);

    // The front desk can't open the clinical team's conversation or its files.
    let front_desk = sign_in("frontdesk@demo.test");
    let outside = staff_link(&front_desk, &id, &attachment).refused(403);
    assert_eq!(outside.code, "outside_your_teams");
    app.upload_staff_attachment(&front_desk, &id, "application/pdf", AFTERCARE_PDF)
        .refused(403);
    // The clinician can.
    let clinician = sign_in("clinician@demo.test");
    staff_link(&clinician, &id, &attachment).answered(200);
    // Staff can't send the visitor's upload as their own.
    app.staff_reply(&admin, &id, &carrying(&uuid(), "", &[&attachment]))
        .refused(422);
}

#[test]
fn oversized_disguised_and_polyglot_files_are_refused() {
    let doc = document();
    let app = TestApp::new();
    let visitor = app.new_visitor();
    let (id, token) = (visitor.id().to_owned(), visitor.token.clone());
    let mut big = AFTERCARE_PDF.to_vec();
    big.resize(10 * 1024 * 1024 + 1, b' ');
    for (bytes, status, code) in [
        (big.as_slice(), 413, "attachment_too_large"),
        (SCRIPT_JPG, 415, "unsupported_attachment_type"),
        (POLYGLOT_PDF, 422, "disguised_attachment"),
        (&PHOTO_JPG[..300], 422, "malformed_attachment"),
        (b"".as_slice(), 422, "empty_attachment"),
    ] {
        let uploaded = visitor_upload(&id, &token, bytes);
        check(
            &doc,
            "POST",
            "/v1/conversations/{id}/attachments",
            &uploaded,
        );
        let refused = uploaded.refused(status);
        assert_eq!(refused.code, code);
    }
    // Nothing was stored: no message can carry anything, and the conversation has none.
    let listed = app.visitor_messages(&visitor, None).answered(200);
    assert!(listed.body.messages.is_empty(), "{:?}", listed.json);
}

#[test]
fn staff_reply_with_a_pdf_that_the_visitor_downloads() {
    let (id, token) = front_desk_conversation();
    let app = TestApp::new();
    let staff = sign_in("frontdesk@demo.test");
    let uploaded =
        app.upload_staff_attachment(&staff, &id, "application/octet-stream", AFTERCARE_PDF);
    check(
        &document(),
        "POST",
        "/v1/staff/conversations/{id}/attachments",
        &uploaded,
    );
    let uploaded = uploaded.answered(201).body.attachment;
    let attachment = uploaded.id;
    assert_eq!(uploaded.content_type, "application/pdf");
    // Until the reply carries it, the visitor can't see it.
    visitor_link(&id, &token, &attachment).refused(404);
    let reply = carrying(&uuid(), "Your aftercare sheet", &[&attachment]);
    app.staff_reply(&staff, &id, &reply).answered(201);
    let listed = app.visitor_messages_as(&id, &token, None).answered(200);
    let from_staff = listed
        .body
        .messages
        .into_iter()
        .find(|m| m.author == Author::Staff)
        .expect("the reply");
    assert_eq!(from_staff.attachments[0].content_type, "application/pdf");
    let url = link_url(visitor_link(&id, &token, &attachment));
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
    let app = TestApp::new();
    let visitor = app.new_visitor();
    let (id, token) = (visitor.id().to_owned(), visitor.token);
    let attachment = uploaded_id(visitor_upload(&id, &token, GPS_JPG));
    send_with(&id, &token, &uuid(), "photo", &[&attachment]).answered(201);
    // A link made before the erasure reads R2 directly (no D1 row is consulted), so
    // its 404 afterwards shows the object itself is gone.
    let url = link_url(visitor_link(&id, &token, &attachment));
    assert_eq!(fetch(&url).0, 200);
    let admin = sign_in("admin@demo.test");
    app.erase(Some(&admin), &id).answered(200);
    let (status, _, body) = fetch(&url);
    assert_eq!(status, 404);
    assert_eq!(error_code(&body), "unknown_attachment");
}

#[test]
fn the_retention_sweep_deletes_old_objects() {
    // A sweep run meanwhile by the retention tests would age this one's fixture early.
    let _cron = crate::retention::cron_lock();
    let app = TestApp::new();
    let visitor = app.new_visitor_in("short-retention");
    let (id, token) = (visitor.id().to_owned(), visitor.token);
    let attachment = uploaded_id(visitor_upload(&id, &token, PHOTO_JPG));
    send_with(&id, &token, &uuid(), "photo", &[&attachment]).answered(201);
    let url = link_url(visitor_link(&id, &token, &attachment));
    assert_eq!(fetch(&url).0, 200);
    // The short-retention fixture keeps messages 8 seconds (xtask/src/seed.rs).
    std::thread::sleep(Duration::from_secs(9));
    app.run_cron("30 3 * * *");
    let (status, _, _) = fetch(&url);
    assert_eq!(status, 404);
}
