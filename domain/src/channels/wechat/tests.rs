//! Tests for the WeChat adapter, from WeChat's documented XML and signature examples.

use super::*;
use crate::channels::WebhookError;

fn adapter() -> WeChat {
    WeChat {
        api_base: "http://127.0.0.1:8790".into(),
        token: Secret::new("dev-wechat-token"),
        access_token: Some(Secret::new("ACCESS+TOKEN/1")),
    }
}

#[test]
fn signature_sorts_as_strings_and_hashes() {
    // Expected values computed independently with Python's hashlib.
    assert_eq!(
        signature("dev-wechat-token", "1764806400", "1743502518"),
        "67380b8357c04a97a78ffdcac8949060a7dc8de2"
    );
    // "999" sorts after "1764806400" as a string, before it as a number.
    assert_eq!(
        signature("dev-wechat-token", "1764806400", "999"),
        "701bb6bd5d61ddf08f3a398915d594064df7077d"
    );
    assert_eq!(
        signature("1764806400", "999", "dev-wechat-token"),
        signature("dev-wechat-token", "1764806400", "999")
    );
}

fn request<'a>(method: HttpMethod, url: &'a str, body: &'a [u8]) -> WebhookRequest<'a> {
    WebhookRequest {
        method,
        url,
        headers: &[],
        body,
    }
}

const BASE: &str = "http://127.0.0.1:8787/v1/channels/demo/wechat";

#[test]
fn handshake_echoes_only_a_signed_echostr() {
    let signed = format!(
        "{BASE}?signature=67380b8357c04a97a78ffdcac8949060a7dc8de2&timestamp=1764806400&nonce=1743502518&echostr=8305999631672647420"
    );
    let reply = adapter()
        .handshake(&request(HttpMethod::Get, &signed, b""))
        .unwrap();
    assert_eq!(reply.body, "8305999631672647420");
    let cases = [
        (
            "?signature=67380b8357c04a97a78ffdcac8949060a7dc8de2&timestamp=1764806401&nonce=1743502518&echostr=1",
            VerifyError::SignatureMismatch,
        ),
        (
            "?signature=ffff0b8357c04a97a78ffdcac8949060a7dc8de2&timestamp=1764806400&nonce=1743502518&echostr=1",
            VerifyError::SignatureMismatch,
        ),
        ("?signature=nothex&timestamp=1&nonce=2&echostr=1", VerifyError::MalformedSignature),
        ("?timestamp=1764806400&nonce=1743502518&echostr=1", VerifyError::MissingSignature),
        ("?signature=ab&nonce=1&echostr=1", VerifyError::MissingParameter("timestamp")),
        (
            "?signature=67380b8357c04a97a78ffdcac8949060a7dc8de2&timestamp=1764806400&nonce=1743502518",
            VerifyError::MissingParameter("echostr"),
        ),
    ];
    for (query, expected) in cases {
        let url = format!("{BASE}{query}");
        assert_eq!(
            adapter().handshake(&request(HttpMethod::Get, &url, b"")),
            Err(expected),
            "{query}"
        );
    }
    // Upper-case hex is the same digest.
    let upper = format!("{BASE}?signature=67380B8357C04A97A78FFDCAC8949060A7DC8DE2&timestamp=1764806400&nonce=1743502518&echostr=1");
    assert!(adapter()
        .handshake(&request(HttpMethod::Get, &upper, b""))
        .is_ok());
}

// The text message of "Receiving standard messages":
// https://developers.weixin.qq.com/doc/offiaccount/en/Message_Management/Receiving_standard_messages.html
const DOC_TEXT: &str = "<xml>
  <ToUserName><![CDATA[toUser]]></ToUserName>
  <FromUserName><![CDATA[fromUser]]></FromUserName>
  <CreateTime>1348831860</CreateTime>
  <MsgType><![CDATA[text]]></MsgType>
  <Content><![CDATA[this is a test]]></Content>
  <MsgId>1234567890123456</MsgId>
</xml>";

#[test]
fn parses_the_documented_text_message() {
    assert_eq!(
        parse_webhook(DOC_TEXT.as_bytes()).unwrap(),
        vec![InboundEvent::Message(InboundMessage {
            provider_message_id: ProviderMessageId("1234567890123456".into()),
            from: PatientAddress::Wechat(OpenId::parse("fromUser").unwrap()),
            clinic_account: "toUser".into(),
            text: "this is a test".into(),
            media: Vec::new(),
            sent_at_ms: Some(1_348_831_860_000),
        })]
    );
}

#[test]
fn damaged_bodies_never_panic() {
    crate::channels::parse_survives_damage(DOC_TEXT.as_bytes(), parse_webhook);
}

#[test]
fn reads_media_and_skips_events() {
    let image = "<xml><ToUserName><![CDATA[gh_demo_clinic]]></ToUserName><FromUserName><![CDATA[oUpF8uMuAJO_M2pxb1Q9zNjWeS6o]]></FromUserName><CreateTime>1348831860</CreateTime><MsgType><![CDATA[image]]></MsgType><PicUrl><![CDATA[https://mmbiz.example/pic]]></PicUrl><MediaId><![CDATA[media_id]]></MediaId><MsgId>1234567890123457</MsgId></xml>";
    let events = parse_webhook(image.as_bytes()).unwrap();
    let [InboundEvent::Message(message)] = events.as_slice() else {
        panic!("one message expected: {events:?}")
    };
    assert_eq!((message.text.as_str(), message.media.len()), ("", 1));
    assert_eq!(
        message.media[0].source,
        MediaSource::WechatMedia("media_id".into())
    );
    let subscribe = "<xml><ToUserName><![CDATA[toUser]]></ToUserName><FromUserName><![CDATA[FromUser]]></FromUserName><CreateTime>123456789</CreateTime><MsgType><![CDATA[event]]></MsgType><Event><![CDATA[subscribe]]></Event></xml>";
    assert_eq!(parse_webhook(subscribe.as_bytes()), Ok(vec![]));
    // Plain text content (no CDATA) with escaped characters reads the same.
    let escaped = DOC_TEXT.replace("<![CDATA[this is a test]]>", "fever &amp; rash &lt;3 days");
    let events = parse_webhook(escaped.as_bytes()).unwrap();
    let [InboundEvent::Message(message)] = events.as_slice() else {
        panic!("one message expected: {events:?}")
    };
    assert_eq!(message.text, "fever & rash <3 days");
}

#[test]
fn malformed_xml_gets_typed_errors() {
    let cases: [(String, crate::channels::ExpectError); 7] = [
        ("<xml><ToUserName>".into(), |error| {
            matches!(
                error,
                ParseError::Malformed {
                    format: BodyFormat::Xml,
                    ..
                }
            )
        }),
        ("not xml at all".into(), |error| {
            matches!(error, ParseError::Malformed { .. })
        }),
        // A DTD (the way to billion-laughs) is refused outright.
        (
            "<?xml version=\"1.0\"?><!DOCTYPE xml [<!ENTITY a \"aaaa\">]><xml>&a;</xml>".into(),
            |error| matches!(error, ParseError::Malformed { .. }),
        ),
        ("<root><MsgType>text</MsgType></root>".into(), |error| {
            *error == ParseError::InvalidValue { field: "xml" }
        }),
        (
            DOC_TEXT.replace("<MsgId>1234567890123456</MsgId>", ""),
            |error| *error == ParseError::MissingField("MsgId"),
        ),
        (DOC_TEXT.replace("1348831860", "yesterday"), |error| {
            *error
                == ParseError::InvalidValue {
                    field: "CreateTime",
                }
        }),
        (DOC_TEXT.replace("fromUser", "from user!"), |error| {
            matches!(
                error,
                ParseError::InvalidAddress {
                    field: "FromUserName",
                    ..
                }
            )
        }),
    ];
    for (body, expected) in cases {
        let error = parse_webhook(body.as_bytes()).unwrap_err();
        assert!(expected(&error), "{body}: {error:?}");
    }
    assert_eq!(parse_webhook(b"\xff<xml/>"), Err(ParseError::NotUtf8));
}

#[test]
fn receive_checks_the_query_signature_before_reading() {
    let signed = format!("{BASE}?signature=67380b8357c04a97a78ffdcac8949060a7dc8de2&timestamp=1764806400&nonce=1743502518&openid=fromUser");
    assert_eq!(
        adapter()
            .receive(&request(HttpMethod::Post, &signed, DOC_TEXT.as_bytes()))
            .unwrap()
            .len(),
        1
    );
    let unsigned = format!("{BASE}?timestamp=1764806400&nonce=1743502518");
    assert_eq!(
        adapter().receive(&request(HttpMethod::Post, &unsigned, b"<garbage")),
        Err(WebhookError::Verify(VerifyError::MissingSignature))
    );
}

fn patient() -> PatientAddress {
    PatientAddress::Wechat(OpenId::parse("oUpF8uMuAJO_M2pxb1Q9zNjWeS6o").unwrap())
}

#[test]
fn builds_the_customer_service_message_request() {
    let request = adapter()
        .send_request(
            &patient(),
            &OutboundContent::Text("Please call 120 now".into()),
        )
        .unwrap();
    assert_eq!(request.method, HttpMethod::Post);
    assert_eq!(
        request.url,
        "http://127.0.0.1:8790/cgi-bin/message/custom/send?access_token=ACCESS%2BTOKEN%2F1"
    );
    let body: serde_json::Value = serde_json::from_str(&request.body).unwrap();
    assert_eq!(
        body,
        json!({ "touser": "oUpF8uMuAJO_M2pxb1Q9zNjWeS6o", "msgtype": "text", "text": { "content": "Please call 120 now" } })
    );
    let no_token = WeChat {
        access_token: None,
        ..adapter()
    };
    assert_eq!(
        no_token.send_request(&patient(), &OutboundContent::Text("hi".into())),
        Err(SendError::MissingAccessToken)
    );
    // The limit is in bytes: 683 three-byte characters are 2,049 bytes.
    let long = OutboundContent::Text("你".repeat(683));
    assert_eq!(
        adapter()
            .send_request(&patient(), &long)
            .unwrap_err()
            .code(),
        "text_too_long"
    );
    assert!(adapter()
        .send_request(&patient(), &OutboundContent::Text("你".repeat(682)))
        .is_ok());
}

#[test]
fn reads_send_answers() {
    let wechat = adapter();
    assert_eq!(
        wechat.read_send_response(200, br#"{"errcode":0,"errmsg":"ok"}"#),
        Ok(SendReceipt {
            provider_message_id: None
        })
    );
    let expired = wechat
        .read_send_response(200, br#"{"errcode":45015,"errmsg":"response out of time limit or subscription is canceled"}"#)
        .unwrap_err();
    assert_eq!(
        (expired.code.as_str(), expired.reason),
        ("45015", FailureReason::OutsideWindow)
    );
    let token = wechat
        .read_send_response(200, br#"{"errcode":42001,"errmsg":"access_token expired"}"#)
        .unwrap_err();
    assert!(token_refused(&token.code));
    assert_eq!(token.reason, FailureReason::Credentials);
    assert!(!token_refused("45015"));
    assert_eq!(
        wechat
            .read_send_response(502, b"bad gateway")
            .unwrap_err()
            .code,
        "http_502"
    );
}

#[test]
fn access_tokens_are_fetched_with_the_secret_in_the_body_and_cached_with_a_margin() {
    let request = access_token_request(
        "http://127.0.0.1:8790/",
        "wx_demo_app",
        &Secret::new("dev-wechat-app-secret"),
        false,
    );
    assert_eq!(request.url, "http://127.0.0.1:8790/cgi-bin/stable_token");
    assert!(!request.url.contains("secret"));
    let body: serde_json::Value = serde_json::from_str(&request.body).unwrap();
    assert_eq!(
        body,
        json!({ "grant_type": "client_credential", "appid": "wx_demo_app", "secret": "dev-wechat-app-secret", "force_refresh": false })
    );

    let now = 1_764_806_400_000;
    let token = read_access_token(
        200,
        br#"{"access_token":"ACCESS_TOKEN","expires_in":7200}"#,
        now,
    )
    .unwrap();
    assert_eq!(token.value.expose(), "ACCESS_TOKEN");
    assert_eq!(token.refresh_at_ms, now + (7200 - 300) * 1000);
    assert!(token.is_fresh(now + 6_899_999));
    assert!(!token.is_fresh(now + 6_900_000));
    let short = read_access_token(200, br#"{"access_token":"T","expires_in":100}"#, now).unwrap();
    assert_eq!(short.refresh_at_ms, now + 50_000);
    let refused = read_access_token(
        200,
        br#"{"errcode":40125,"errmsg":"invalid appsecret"}"#,
        now,
    )
    .unwrap_err();
    assert_eq!(refused.reason, FailureReason::Credentials);
    assert!(read_access_token(200, br#"{"expires_in":7200}"#, now).is_err());
}
