//! Tests for inbound channel media, from the providers' documented examples.

use super::*;

fn graph() -> GraphApi {
    GraphApi {
        base: "https://graph.facebook.com".into(),
        version: "v21.0".into(),
        access_token: Secret::new("EAAtoken"),
    }
}

const SID: &str = "ACXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX";

fn twilio<'a>(token: &'a Secret) -> TwilioAccount<'a> {
    TwilioAccount {
        api_base: "https://api.twilio.com",
        account_sid: SID,
        auth_token: token,
    }
}

#[test]
fn twilio_media_is_fetched_with_basic_auth_from_the_account_only() {
    let token = Secret::new("your_auth_token");
    // The Media subresource's documented URL shape.
    let url = format!(
        "https://api.twilio.com/2010-04-01/Accounts/{SID}/Messages/MM800f449d0399ed014aae2bcc0cc2f2ec/Media/ME557ce644e5ab84fa21cc21112e22c485"
    );
    let request = twilio_download(twilio(&token), &url).unwrap();
    assert_eq!(request.method, HttpMethod::Get);
    assert_eq!(request.url, url);
    let expected = format!(
        "Basic {}",
        STANDARD.encode(format!("{SID}:your_auth_token"))
    );
    assert_eq!(request.header("authorization"), Some(expected.as_str()));
    for other in [
        "https://evil.example/2010-04-01/Accounts/ACXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX/Messages/MM1/Media/ME1".to_owned(),
        "https://api.twilio.com/2010-04-01/Accounts/ACother/Messages/MM1/Media/ME1".to_owned(),
        format!("https://api.twilio.com/2010-04-01/Accounts/{SID}/Messages/MM1/../../Calls"),
        format!("https://api.twilio.com/2010-04-01/Accounts/{SID}/Messages/MM1/Media/ME1?x=@evil"),
        format!("https://api.twilio.com.evil.example/2010-04-01/Accounts/{SID}/Messages/MM1/Media/ME1"),
    ] {
        assert_eq!(
            twilio_download(twilio(&token), &other),
            Err(MediaFailure::UntrustedUrl),
            "{other}"
        );
    }
}

#[test]
fn whatsapp_media_is_looked_up_then_downloaded_with_the_bearer_token() {
    let lookup = whatsapp_lookup(&graph(), "1037543291543636").unwrap();
    assert_eq!(
        lookup.url,
        "https://graph.facebook.com/v21.0/1037543291543636"
    );
    assert_eq!(lookup.header("Authorization"), Some("Bearer EAAtoken"));
    assert_eq!(
        whatsapp_lookup(&graph(), "../me"),
        Err(MediaFailure::Unreadable)
    );
    // Meta's documented answer.
    let answer = br#"{"messaging_product":"whatsapp","url":"https://lookaside.fbsbx.com/whatsapp_business/attachments/?mid=1037543291543636&ext=1728904986&hash=ATtest","mime_type":"image/jpeg","sha256":"81d3bd8a8db4868c9520ed47186e8b7c5789e61ff79f7f834be6950b808a90d3","file_size":"303833","id":"1037543291543636"}"#;
    let location = read_whatsapp_lookup(200, answer).unwrap();
    assert_eq!(location.file_size, Some(303_833));
    assert_eq!(location.mime_type.as_deref(), Some("image/jpeg"));
    let download = whatsapp_download(&graph(), &location);
    assert!(download.url.starts_with("https://lookaside.fbsbx.com/"));
    assert_eq!(download.header("Authorization"), Some("Bearer EAAtoken"));
}

#[test]
fn a_declared_size_over_the_limit_is_refused_before_downloading() {
    let big = format!(
        r#"{{"url":"https://lookaside.fbsbx.com/x","mime_type":"video/mp4","file_size":{}}}"#,
        MAX_ATTACHMENT_BYTES + 1
    );
    assert_eq!(
        read_whatsapp_lookup(200, big.as_bytes()),
        Err(MediaFailure::TooLarge)
    );
}

#[test]
fn provider_errors_say_whether_to_try_again() {
    let error = br#"{"error":{"message":"Invalid OAuth access token.","code":190}}"#;
    assert_eq!(
        read_whatsapp_lookup(401, error),
        Err(MediaFailure::Credentials)
    );
    assert_eq!(read_whatsapp_lookup(404, b""), Err(MediaFailure::Gone));
    assert_eq!(read_download(503, b""), Err(MediaFailure::Unavailable));
    assert_eq!(read_download(429, b""), Err(MediaFailure::Unavailable));
    assert!(MediaFailure::Unavailable.retryable());
    assert!(!MediaFailure::Gone.retryable());
    assert!(!MediaFailure::Refused(Refusal::NotAllowed).retryable());
    assert_eq!(
        read_whatsapp_lookup(200, b"<html>"),
        Err(MediaFailure::Unreadable)
    );
}

#[test]
fn downloads_go_through_the_same_checks_as_uploads() {
    assert_eq!(
        read_download(200, b"OggS\0\x02audio"),
        Err(MediaFailure::Refused(Refusal::NotAllowed))
    );
    assert_eq!(
        read_download(200, b""),
        Err(MediaFailure::Refused(Refusal::Empty))
    );
    let oversized = vec![0xFF; MAX_ATTACHMENT_BYTES + 1];
    assert_eq!(read_download(200, &oversized), Err(MediaFailure::TooLarge));
    let pdf = include_bytes!("../../tests/fixtures/attachments/aftercare.pdf");
    let accepted = read_download(200, pdf).unwrap();
    assert_eq!(accepted.kind, attachment::AttachmentKind::Pdf);
    let photo = include_bytes!("../../tests/fixtures/attachments/gps.jpg");
    assert_eq!(
        read_download(200, photo).unwrap().kind,
        attachment::AttachmentKind::Jpeg
    );
}

#[test]
fn marks_name_the_channel_and_the_reason() {
    let mark = MediaFailure::TooLarge.mark(Channel::Whatsapp);
    assert!(
        mark.contains("WhatsApp") && mark.contains("10 MB"),
        "{mark}"
    );
    let mark = MediaFailure::Refused(Refusal::NotAllowed).mark(Channel::Sms);
    assert!(
        mark.contains("MMS") && mark.contains("not a photo"),
        "{mark}"
    );
    assert!(crate::text::MessageText::parse(mark).is_ok());
}

#[test]
fn messenger_media_is_fetched_from_metas_cdn_only_without_credentials() {
    // The messages webhook's documented attachment URL shape.
    let url = "https://scontent.xx.fbcdn.net/v/t1.15752-9/12345_n.jpg?_nc_cat=1&oh=abc&oe=5F";
    let request = messenger_download(&graph(), url).unwrap();
    assert_eq!(request.url, url);
    assert_eq!(request.header("Authorization"), None);
    assert!(messenger_download(&graph(), "https://cdn.fbsbx.com/v/t59/file.pdf").is_ok());
    // The configured API base: the sandbox in dev.
    assert!(messenger_download(&graph(), "https://graph.facebook.com/media/1").is_ok());
    for other in [
        "http://scontent.xx.fbcdn.net/a.jpg",
        "https://fbcdn.net.evil.example/a.jpg",
        "https://evilfbcdn.net/a.jpg",
        "https://.fbcdn.net/a.jpg",
        "https://user@scontent.xx.fbcdn.net/a.jpg",
        "https://scontent.xx.fbcdn.net:444/a.jpg",
        "https://graph.facebook.com.evil.example/a.jpg",
    ] {
        assert_eq!(
            messenger_download(&graph(), other),
            Err(MediaFailure::UntrustedUrl),
            "{other}"
        );
    }
}

#[test]
fn wechat_media_is_fetched_by_media_get() {
    let token = Secret::new("ACCESS_TOKEN");
    let media_id = "TQMWXsRHEu9qHrMIiQ7VwygS1f4fDIoO4oHEbpFdAemOW56QiIEHOrCVVsHHqjBF";
    let request = wechat_download("https://api.weixin.qq.com", &token, media_id).unwrap();
    assert_eq!(request.method, HttpMethod::Get);
    assert_eq!(
        request.url,
        format!("https://api.weixin.qq.com/cgi-bin/media/get?access_token=ACCESS_TOKEN&media_id={media_id}")
    );
    assert_eq!(
        wechat_download("https://api.weixin.qq.com", &token, "x&access_token=y"),
        Err(MediaFailure::Unreadable)
    );
    // The documented answers: the file, or an errcode with status 200.
    let photo = include_bytes!("../../tests/fixtures/attachments/gps.jpg");
    assert_eq!(
        read_wechat_download(200, photo).unwrap().kind,
        attachment::AttachmentKind::Jpeg
    );
    let expired = br#"{"errcode":40007,"errmsg":"invalid media_id"}"#;
    assert_eq!(read_wechat_download(200, expired), Err(MediaFailure::Gone));
    let token_refused = br#"{"errcode":40001,"errmsg":"invalid credential"}"#;
    assert_eq!(
        read_wechat_download(200, token_refused),
        Err(MediaFailure::Credentials)
    );
    let busy = br#"{"errcode":-1,"errmsg":"system error"}"#;
    assert_eq!(
        read_wechat_download(200, busy),
        Err(MediaFailure::Unavailable)
    );
    let video = br#"{"video_url":"DOWN_URL"}"#;
    assert_eq!(
        read_wechat_download(200, video),
        Err(MediaFailure::Refused(Refusal::NotAllowed))
    );
}

fn x_credentials() -> oauth1::Credentials {
    oauth1::Credentials {
        consumer_key: "6NxxxxxxCS".into(),
        consumer_secret: Secret::new("consumer-secret"),
        token: Secret::new("700800900-token"),
        token_secret: Secret::new("token-secret"),
    }
}

#[test]
fn x_media_is_fetched_from_ton_with_an_oauth1_signature() {
    let once = Once {
        nonce: "Sbxxxxxx2G",
        timestamp: 1_535_557_741,
    };
    // "Retrieving media"'s example URL.
    let url = "https://ton.twitter.com/1.1/ton/data/dm/1034828552951160836/1034828533812486145/oP5p359h.jpg";
    let request = x_download("https://api.x.com", &x_credentials(), url, once).unwrap();
    assert_eq!(request.url, url);
    let header = request.header("Authorization").unwrap();
    assert!(
        header.starts_with("OAuth oauth_consumer_key=\"6NxxxxxxCS\""),
        "{header}"
    );
    assert!(
        header.contains("oauth_token=\"700800900-token\""),
        "{header}"
    );
    assert!(header.contains("oauth_signature=\""), "{header}");
    let sandbox = "http://127.0.0.1:8790/1.1/ton/data/dm/1/2/a.jpg";
    assert!(x_download("http://127.0.0.1:8790", &x_credentials(), sandbox, once).is_ok());
    for other in [
        "https://ton.twitter.com/1.1/statuses/update.json",
        "https://ton.twitter.com.evil.example/1.1/ton/data/dm/1/2/a.jpg",
        "https://ton.twitter.com/1.1/ton/data/dm/1/../../../account",
        "https://ton.twitter.com/1.1/ton/data/dm/1/2/a.jpg?x=1",
        "https://evil.example/1.1/ton/data/dm/1/2/a.jpg",
    ] {
        assert_eq!(
            x_download("https://api.x.com", &x_credentials(), other, once),
            Err(MediaFailure::UntrustedUrl),
            "{other}"
        );
    }
}

#[test]
fn fetched_items_have_a_reference_for_the_queue() {
    let media = InboundMedia {
        source: MediaSource::WhatsappMedia("123".into()),
        declared_type: Some("image/jpeg".into()),
    };
    assert_eq!(media.reference(), Some("123"));
    assert_eq!(InboundMedia::not_fetched(2).len(), 2);
    assert!(!InboundMedia::not_fetched(1)[0].is_fetched());
    assert_eq!(InboundMedia::not_fetched(1)[0].reference(), None);
}
