//! A staff reply's photo uploaded to WeChat or X by its bytes (issue 21), since neither
//! takes a file by URL: the upload (a `multipart/form-data` body, `crate::multipart`),
//! reading its answer into the provider's media id, and the message that carries that id.
//! Which files go this way is `channel_media_out::carriage`.
//!
//! Docs: WeChat, "Upload temporary material" (`POST cgi-bin/media/upload?access_token=…
//! &type=image`, form field `media` with its filename and content type; answers
//! `{"type", "media_id", "created_at"}`, errors as `errcode` with status 200),
//! <https://developers.weixin.qq.com/doc/service/api/material/temporary/api_uploadtempmedia>,
//! and the customer-service `image` message `{"media_id"}`,
//! <https://developers.weixin.qq.com/doc/offiaccount/en/Message_Management/Service_Center_messages.html>.
//! X, `POST /2/media/upload` (one request for an image: `media`, `media_category`
//! `dm_image`, `media_type`; answers `{"data": {"id", "media_key", …}}`),
//! <https://docs.x.com/x-api/media/upload-media>, signed with OAuth 1.0a, where a
//! multipart body is not part of the signature base string; the DM then names the id in
//! `attachments` (one a message, uploaded by the same account, usable for 24 hours),
//! <https://docs.x.com/x-api/direct-messages/manage/integrate>.

use super::oauth1::{self, Credentials, Once};
use super::wechat::WeChat;
use super::{http_failure, join_url, FailureReason, ProviderFailure, SendError};
use crate::attachment::AttachmentKind;
use crate::multipart::{self, Part};

/// A provider call whose body is bytes: a media upload, always a `POST`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Upload {
    pub url: String,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
}

/// One file's bytes as stored (metadata already removed), with what it is.
#[derive(Debug, Clone, Copy)]
pub struct FileBytes<'a> {
    pub kind: AttachmentKind,
    pub filename: &'a str,
    pub bytes: &'a [u8],
}

/// WeChat's temporary media upload of a photo (`type=image`).
pub fn wechat_upload(wechat: &WeChat, file: FileBytes<'_>) -> Result<Upload, SendError> {
    let query = wechat.token_query()?;
    let form = multipart::build(&[Part::file(
        "media",
        file.filename,
        file.kind.media_type(),
        file.bytes,
    )]);
    Ok(Upload {
        url: join_url(
            &wechat.api_base,
            &format!("cgi-bin/media/upload?{query}&type=image"),
        ),
        headers: vec![("Content-Type".to_string(), form.content_type)],
        body: form.body,
    })
}

/// X's one-request media upload of a photo for a DM, signed with the clinic account's
/// OAuth 1.0a token over the method and URL only (the multipart fields are not signed).
pub fn x_upload(
    api_base: &str,
    credentials: &Credentials,
    once: Once<'_>,
    file: FileBytes<'_>,
) -> Upload {
    let url = join_url(api_base, "2/media/upload");
    let authorization = oauth1::authorization(credentials, "POST", &url, &[], once);
    let form = multipart::build(&[
        Part::text("media_category", "dm_image"),
        Part::text("media_type", file.kind.media_type()),
        Part::file("media", file.filename, file.kind.media_type(), file.bytes),
    ]);
    Upload {
        url,
        headers: vec![
            ("Authorization".to_string(), authorization),
            ("Content-Type".to_string(), form.content_type),
        ],
        body: form.body,
    }
}

/// Reads X's upload answer: `data.id`. A 400 is a file X refuses (type, size, damage),
/// which trying again won't change; other errors read as a DM send's do.
pub fn read_x_upload(status: u16, body: &[u8]) -> Result<String, ProviderFailure> {
    let json: Option<serde_json::Value> = serde_json::from_slice(body).ok();
    if (200..300).contains(&status) {
        return json
            .as_ref()
            .and_then(|json| json["data"]["id"].as_str())
            .map(str::to_owned)
            .ok_or_else(|| http_failure(status));
    }
    let mut failure = super::x::failure(status, json.as_ref());
    if status == 400 {
        failure.reason = FailureReason::FileRejected;
    }
    Err(failure)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::channels::Secret;

    const JPEG: &[u8] = &[0xFF, 0xD8, 0xFF, 0xDB, 0x00, 0x01, 0xFF, 0xD9];

    fn photo() -> FileBytes<'static> {
        FileBytes {
            kind: AttachmentKind::Jpeg,
            filename: "a_1.jpg",
            bytes: JPEG,
        }
    }

    /// The file part of a built body: its headers and bytes, split at the boundary.
    fn parts(upload: &Upload) -> Vec<(String, Vec<u8>)> {
        let content_type = upload
            .headers
            .iter()
            .find(|(name, _)| name == "Content-Type")
            .map(|(_, value)| value.as_str())
            .expect("content type");
        let boundary = content_type
            .strip_prefix("multipart/form-data; boundary=")
            .expect("multipart");
        let delimiter = format!("--{boundary}");
        let text = upload.body.clone();
        let mut parts = Vec::new();
        let mut rest = &text[..];
        loop {
            let start = rest
                .windows(delimiter.len())
                .position(|w| w == delimiter.as_bytes())
                .expect("delimiter");
            rest = &rest[start + delimiter.len()..];
            if rest.starts_with(b"--\r\n") {
                break;
            }
            rest = rest
                .strip_prefix(b"\r\n")
                .expect("CRLF after the delimiter");
            let end = rest
                .windows(delimiter.len() + 2)
                .position(|w| w == format!("\r\n{delimiter}").as_bytes())
                .expect("next delimiter");
            let part = &rest[..end];
            let split = part
                .windows(4)
                .position(|w| w == b"\r\n\r\n")
                .expect("headers end");
            let head = String::from_utf8(part[..split].to_vec()).expect("ascii headers");
            parts.push((head, part[split + 4..].to_vec()));
            rest = &rest[end..];
        }
        parts
    }

    #[test]
    fn wechat_uploads_a_photo_as_the_media_field_with_the_token() {
        let wechat = WeChat {
            api_base: "https://api.weixin.qq.com".into(),
            token: Secret::new("server-token"),
            access_token: Some(Secret::new("ACCESS+TOKEN")),
        };
        let upload = wechat_upload(&wechat, photo()).expect("upload");
        assert_eq!(
            upload.url,
            "https://api.weixin.qq.com/cgi-bin/media/upload?access_token=ACCESS%2BTOKEN&type=image"
        );
        let parts = parts(&upload);
        assert_eq!(parts.len(), 1);
        assert_eq!(
            parts[0].0,
            "Content-Disposition: form-data; name=\"media\"; filename=\"a_1.jpg\"\r\n\
             Content-Type: image/jpeg"
        );
        assert_eq!(parts[0].1, JPEG);
        let without_token = WeChat {
            access_token: None,
            ..wechat
        };
        assert!(wechat_upload(&without_token, photo()).is_err());
    }

    #[test]
    fn reads_wechats_upload_answers() {
        let ok = br#"{"type":"image","media_id":"MEDIA_ID","created_at":1672500000}"#;
        assert_eq!(
            crate::channels::wechat::read_media_upload(200, ok),
            Ok("MEDIA_ID".into())
        );
        let refused = br#"{"errcode":40009,"errmsg":"invalid image size"}"#;
        let failure = crate::channels::wechat::read_media_upload(200, refused).unwrap_err();
        assert_eq!(
            (failure.code.as_str(), failure.reason),
            ("40009", FailureReason::FileRejected)
        );
        let expired = br#"{"errcode":42001,"errmsg":"access_token expired"}"#;
        let failure = crate::channels::wechat::read_media_upload(200, expired).unwrap_err();
        assert!(crate::channels::wechat::token_refused(&failure.code));
    }

    fn credentials() -> Credentials {
        Credentials {
            consumer_key: "dev-x-consumer-key".into(),
            consumer_secret: Secret::new("dev-x-consumer-secret"),
            token: Secret::new("700800900-token"),
            token_secret: Secret::new("token-secret"),
        }
    }

    #[test]
    fn x_uploads_a_dm_image_signed_over_the_url_alone() {
        let once = Once {
            nonce: "abc123",
            timestamp: 1_700_000_000,
        };
        let upload = x_upload("https://api.x.com", &credentials(), once, photo());
        assert_eq!(upload.url, "https://api.x.com/2/media/upload");
        let authorization = &upload.headers[0];
        assert_eq!(authorization.0, "Authorization");
        // The body is not signed: the header is the one a body-less POST gets.
        let expected = oauth1::authorization(
            &credentials(),
            "POST",
            "https://api.x.com/2/media/upload",
            &[],
            once,
        );
        assert_eq!(authorization.1, expected);
        let parts = parts(&upload);
        let field = |name: &str| {
            parts
                .iter()
                .find(|(head, _)| head.contains(&format!("name=\"{name}\"")))
                .map(|(head, data)| (head.clone(), data.clone()))
                .expect(name)
        };
        assert_eq!(field("media_category").1, b"dm_image");
        assert_eq!(field("media_type").1, b"image/jpeg");
        let (head, data) = field("media");
        assert!(head.ends_with("filename=\"a_1.jpg\"\r\nContent-Type: image/jpeg"));
        assert_eq!(data, JPEG);
    }

    #[test]
    fn the_messages_name_the_uploaded_media() {
        let wechat = WeChat {
            api_base: "https://api.weixin.qq.com".into(),
            token: Secret::new("server-token"),
            access_token: Some(Secret::new("token")),
        };
        let openid = crate::channels::PatientAddress::parse(
            crate::channels::Channel::Wechat,
            "oUpF8uMuAJO_M2pxb1Q9zNjWeS6o",
        )
        .and_then(Result::ok)
        .expect("openid");
        let image = wechat
            .custom_message(
                &openid,
                "image",
                serde_json::json!({ "media_id": "MEDIA_ID" }),
            )
            .expect("request");
        assert!(image
            .url
            .ends_with("cgi-bin/message/custom/send?access_token=token"));
        assert_eq!(
            serde_json::from_str::<serde_json::Value>(&image.body).expect("json"),
            serde_json::json!({
                "touser": "oUpF8uMuAJO_M2pxb1Q9zNjWeS6o",
                "msgtype": "image",
                "image": { "media_id": "MEDIA_ID" },
            })
        );
        let x = crate::channels::x::X {
            api_base: "https://api.x.com".into(),
            consumer_secret: Secret::new("secret"),
            account_id: crate::channels::XUserId::parse("700800900").expect("id"),
            user_access_token: Secret::new("user-token"),
        };
        let user = crate::channels::PatientAddress::X(
            crate::channels::XUserId::parse("3805104374").expect("id"),
        );
        let dm = |text, media| {
            serde_json::from_str::<serde_json::Value>(&x.dm_request(&user, text, media).body)
                .expect("json")
        };
        assert_eq!(
            dm("How it should look", Some("1455952740635586573")),
            serde_json::json!({
                "text": "How it should look",
                "attachments": [{ "media_id": "1455952740635586573" }],
            })
        );
        // A photo alone: no empty text (X wants text or attachments).
        assert_eq!(
            dm("", Some("1")),
            serde_json::json!({ "attachments": [{ "media_id": "1" }] })
        );
    }

    #[test]
    fn reads_xs_upload_answers() {
        let ok = br#"{"data":{"id":"1880028106020515840","media_key":"3_1880028106020515840","expires_after_secs":86400}}"#;
        assert_eq!(read_x_upload(200, ok), Ok("1880028106020515840".into()));
        let bad = br#"{"title":"Invalid Request","detail":"media type unrecognized","status":400}"#;
        let failure = read_x_upload(400, bad).unwrap_err();
        assert_eq!(failure.reason, FailureReason::FileRejected);
        assert!(!failure.reason.retryable());
        let unauthorised = br#"{"errors":[{"code":32,"message":"Could not authenticate you."}]}"#;
        assert_eq!(
            read_x_upload(401, unauthorised).unwrap_err().reason,
            FailureReason::Credentials
        );
        assert!(read_x_upload(503, b"").unwrap_err().reason.retryable());
        assert!(read_x_upload(200, b"{}").is_err());
    }
}
