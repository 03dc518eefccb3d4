//! Tests for files a staff reply carries to a channel: what each provider takes and refuses.

use super::*;
use crate::channels::meta::{GraphApi, MetaApp};
use crate::channels::Secret;

fn graph(token: &str) -> GraphApi {
    GraphApi {
        base: "https://graph.facebook.com".into(),
        version: "v21.0".into(),
        access_token: Secret::new(token),
    }
}

fn app() -> MetaApp {
    MetaApp {
        app_secret: Secret::new("app-secret"),
        verify_token: Secret::new("verify"),
    }
}

fn file(kind: AttachmentKind, size: u64) -> OutboundFile {
    OutboundFile {
        id: "a_1".into(),
        url:
            "https://frontdesk.example/v1/attachments/demo/c_1/a_1?viewer=provider&expires=1&sig=s"
                .into(),
        facts: FileFacts { kind, size },
        filename: format!("a_1.{}", kind.extension()),
    }
}

fn address(channel: Channel, raw: &str) -> PatientAddress {
    PatientAddress::parse(channel, raw)
        .and_then(Result::ok)
        .expect("address")
}

#[test]
fn an_mms_carries_the_text_and_one_media_url_per_file() {
    let twilio = Twilio {
        api_base: "https://api.twilio.com".into(),
        account_sid: "AC0000000000000000000000000000001".into(),
        auth_token: Secret::new("token"),
        from: crate::channels::PhoneNumber::parse("+15550100100").unwrap(),
        status_callback: None,
    };
    let to = address(Channel::Sms, "+15550101234");
    let files = [
        file(AttachmentKind::Pdf, 10),
        file(AttachmentKind::Jpeg, 10),
    ];
    let request = twilio_mms(&twilio, &to, "Your aftercare sheet", &files);
    let form: Vec<(String, String)> = form_urlencoded::parse(request.body.as_bytes())
        .into_owned()
        .collect();
    let values = |name: &str| -> Vec<&str> {
        form.iter()
            .filter(|(key, _)| key == name)
            .map(|(_, value)| value.as_str())
            .collect()
    };
    assert_eq!(values("Body"), ["Your aftercare sheet"]);
    assert_eq!(
        values("MediaUrl"),
        [files[0].url.as_str(), files[1].url.as_str()]
    );
    assert!(request.url.ends_with("/Messages.json"));
}

#[test]
fn whatsapp_sends_photos_as_images_and_the_rest_as_documents_by_link() {
    let whatsapp = WhatsApp {
        app: app(),
        graph: graph("wa-token"),
        phone_number_id: "100200300".into(),
    };
    let to = address(Channel::Whatsapp, "447700900123");
    let photo = whatsapp_media(
        &whatsapp,
        &to,
        "How it should look",
        &file(AttachmentKind::Jpeg, 10),
    );
    assert_eq!(
        photo.url,
        "https://graph.facebook.com/v21.0/100200300/messages"
    );
    let body: serde_json::Value = serde_json::from_str(&photo.body).unwrap();
    assert_eq!(body["type"], "image");
    assert_eq!(body["image"]["caption"], "How it should look");
    assert!(body["image"]["link"]
        .as_str()
        .unwrap()
        .contains("viewer=provider"));
    let pdf = whatsapp_media(&whatsapp, &to, "", &file(AttachmentKind::Pdf, 10));
    let body: serde_json::Value = serde_json::from_str(&pdf.body).unwrap();
    assert_eq!(body["type"], "document");
    assert_eq!(body["document"]["filename"], "a_1.pdf");
    assert!(body["document"].get("caption").is_none());
    // WebP and HEIC aren't WhatsApp images: documents.
    let heic = whatsapp_media(&whatsapp, &to, "", &file(AttachmentKind::Heic, 10));
    assert!(heic.body.contains(r#""type":"document""#));
}

#[test]
fn messenger_sends_an_attachment_by_url() {
    let messenger = Messenger {
        app: app(),
        graph: graph("page-token"),
        page_id: "400500600".into(),
    };
    let to = address(Channel::Messenger, "1254459154682919");
    let request = messenger_attachment(&messenger, &to, &file(AttachmentKind::Pdf, 10));
    assert_eq!(request.url, "https://graph.facebook.com/v21.0/me/messages");
    let body: serde_json::Value = serde_json::from_str(&request.body).unwrap();
    assert_eq!(body["recipient"]["id"], "1254459154682919");
    assert_eq!(body["message"]["attachment"]["type"], "file");
    assert_eq!(
        body["message"]["attachment"]["payload"]["is_reusable"],
        false
    );
}

#[test]
fn what_each_channel_refuses_before_the_reply_is_stored() {
    let photo = FileFacts {
        kind: AttachmentKind::Jpeg,
        size: 1_000,
    };
    let big = FileFacts {
        kind: AttachmentKind::Pdf,
        size: 6 * 1024 * 1024,
    };
    let cases = [
        (Channel::Sms, "", vec![photo; 10], Ok(())),
        (
            Channel::Sms,
            "",
            vec![photo; 11],
            Err(MediaRefusal::TooManyFiles {
                channel: Channel::Sms,
                max: 10,
            }),
        ),
        (
            Channel::Sms,
            "",
            vec![big],
            Err(MediaRefusal::TooLarge {
                channel: Channel::Sms,
                max_bytes: MAX_MMS_BYTES,
            }),
        ),
        (Channel::Whatsapp, "caption", vec![big], Ok(())),
        (
            Channel::Whatsapp,
            "",
            vec![photo; 2],
            Err(MediaRefusal::TooManyFiles {
                channel: Channel::Whatsapp,
                max: 1,
            }),
        ),
        (
            Channel::Messenger,
            "",
            vec![photo; 2],
            Err(MediaRefusal::TooManyFiles {
                channel: Channel::Messenger,
                max: 1,
            }),
        ),
        // Links: any number.
        (Channel::Wechat, "", vec![photo; 5], Ok(())),
        (Channel::X, "", vec![big; 3], Ok(())),
    ];
    for (channel, text, files, expected) in cases {
        assert_eq!(
            check(channel, text, &files),
            expected,
            "{channel:?} {files:?}"
        );
    }
    let long = "a".repeat(MAX_CAPTION_CHARS + 1);
    assert_eq!(
        check(Channel::Whatsapp, &long, &[photo]),
        Err(MediaRefusal::CaptionTooLong)
    );
    assert_eq!(check(Channel::Whatsapp, &long, &[]), Ok(()));
    let message = MediaRefusal::TooLarge {
        channel: Channel::Sms,
        max_bytes: MAX_MMS_BYTES,
    }
    .message();
    assert!(
        message.contains("MMS") && message.contains("5 MB"),
        "{message}"
    );
}

#[test]
fn linked_files_follow_the_text_one_per_line() {
    let links = [
        "https://a.example/1".to_owned(),
        "https://a.example/2".to_owned(),
    ];
    assert_eq!(
        text_with_links("Your sheet:", &links),
        "Your sheet:\nhttps://a.example/1\nhttps://a.example/2"
    );
    assert_eq!(text_with_links("", &links[..1]), "https://a.example/1");
}

#[test]
fn wechat_and_x_upload_the_photos_they_show_and_link_the_rest() {
    let facts = |kind, size| FileFacts { kind, size };
    let mb = 1024 * 1024;
    let cases = [
        (
            Channel::Wechat,
            AttachmentKind::Jpeg,
            mb,
            Carriage::Uploaded,
        ),
        (
            Channel::Wechat,
            AttachmentKind::Png,
            2 * mb,
            Carriage::Uploaded,
        ),
        (
            Channel::Wechat,
            AttachmentKind::Jpeg,
            2 * mb + 1,
            Carriage::Linked,
        ),
        (Channel::Wechat, AttachmentKind::Webp, mb, Carriage::Linked),
        (Channel::Wechat, AttachmentKind::Heic, mb, Carriage::Linked),
        // No file messages for Official Accounts' customer service.
        (Channel::Wechat, AttachmentKind::Pdf, 10, Carriage::Linked),
        (Channel::X, AttachmentKind::Jpeg, 5 * mb, Carriage::Uploaded),
        (Channel::X, AttachmentKind::Webp, mb, Carriage::Uploaded),
        (
            Channel::X,
            AttachmentKind::Png,
            5 * mb + 1,
            Carriage::Linked,
        ),
        (Channel::X, AttachmentKind::Heic, mb, Carriage::Linked),
        (Channel::X, AttachmentKind::Pdf, 10, Carriage::Linked),
        (Channel::Sms, AttachmentKind::Pdf, 10, Carriage::Attached),
        (
            Channel::Whatsapp,
            AttachmentKind::Jpeg,
            10,
            Carriage::Attached,
        ),
        (
            Channel::Messenger,
            AttachmentKind::Heic,
            10,
            Carriage::Attached,
        ),
    ];
    for (channel, kind, size, expected) in cases {
        assert_eq!(
            carriage(channel, facts(kind, size)),
            expected,
            "{channel:?} {kind:?} {size}"
        );
    }
}
