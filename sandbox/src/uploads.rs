//! The clinic's photo uploads to WeChat and X, as each provider documents them, and the
//! messages that send them (issue 21):
//!
//! - WeChat: `POST /cgi-bin/media/upload?access_token=…&type=image`, `multipart/form-data`
//!   with the file in the field `media` (with its filename and content type); answers
//!   `{"type": "image", "media_id", "created_at"}`, or `errcode` with status 200 (40001 a
//!   refused token, 40004 a type other than `image`, 41005 no media, 40005 not a JPEG or
//!   PNG, 40009 over 2 MB). The customer-service `image` message names the `media_id`.
//! - X: `POST /2/media/upload`, `multipart/form-data` with `media`, `media_category`
//!   (`dm_image` here) and `media_type`, signed with OAuth 1.0a over the method and URL
//!   (the body is not signed); answers `{"data": {"id", "media_key", "size",
//!   "expires_after_secs", "image"}}`, a 401 for a bad signature and a 400 problem
//!   document for a bad form. The DM names the id in `attachments`.
//!
//! The multipart body is read by this file's own parser, apart from the domain's builder,
//! so the API tests check one against the other. The bytes are kept in the media store
//! (WeChat's `media/get` serves them, as WeChat serves temporary media) and at
//! `GET /sandbox/uploads/{id}`, so a test compares them with what staff uploaded; each
//! upload is in the outbox as `wechat_upload` or `x_upload`, and the message that sends
//! one carries `media: {id, content_type, size, url}` there. `fail-next` on
//! `wechat_upload` or `x_upload` (with `text` naming something in the body, the file's
//! name) refuses that upload as the provider refuses a file.

use std::sync::Arc;

use serde_json::{json, Value};

use crate::media::{json_reply, Upload};
use crate::state::Sandbox;
use crate::{Answer, Call};

/// WeChat's temporary image limit.
const WECHAT_MAX_IMAGE: usize = 2 * 1024 * 1024;
/// X's image limit.
const X_MAX_IMAGE: usize = 5 * 1024 * 1024;

/// One field of a `multipart/form-data` body.
#[derive(Debug, PartialEq, Eq)]
pub struct FormPart {
    pub name: String,
    pub filename: Option<String>,
    pub content_type: Option<String>,
    pub data: Vec<u8>,
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack
        .windows(needle.len())
        .position(|window| window == needle)
}

/// A `name="value"` parameter of a `Content-Disposition` header.
fn parameter(header: &str, name: &str) -> Option<String> {
    header.split(';').find_map(|item| {
        let (key, value) = item.trim().split_once('=')?;
        (key.eq_ignore_ascii_case(name)).then(|| value.trim_matches('"').to_owned())
    })
}

/// Reads a `multipart/form-data` body as RFC 7578 and RFC 2046 lay it out: each part
/// after `--boundary` CRLF, headers, an empty line, the data, then CRLF before the next
/// delimiter; the last delimiter is `--boundary--`. `Err` says what is wrong.
pub fn parse(content_type: &str, body: &[u8]) -> Result<Vec<FormPart>, String> {
    let (kind, rest) = content_type.split_once(';').unwrap_or((content_type, ""));
    if !kind.trim().eq_ignore_ascii_case("multipart/form-data") {
        return Err(format!("Content-Type is {kind}, not multipart/form-data"));
    }
    let boundary = parameter(rest, "boundary").ok_or("no boundary in the Content-Type")?;
    if boundary.is_empty() || boundary.len() > 70 {
        return Err("the boundary must be 1 to 70 characters".into());
    }
    let delimiter = format!("\r\n--{boundary}");
    // The first delimiter opens the body (no preamble from our clients).
    let mut rest = body
        .strip_prefix(&delimiter.as_bytes()[2..])
        .ok_or("the body does not start with --boundary")?;
    let mut parts = Vec::new();
    loop {
        if rest == b"--\r\n" || rest == b"--" {
            return Ok(parts);
        }
        rest = rest
            .strip_prefix(b"\r\n")
            .ok_or("a delimiter is not followed by CRLF")?;
        let end = find(rest, delimiter.as_bytes()).ok_or("a part has no closing delimiter")?;
        let part = &rest[..end];
        rest = &rest[end + delimiter.len()..];
        let split = find(part, b"\r\n\r\n").ok_or("a part's headers don't end in CRLF CRLF")?;
        let head = std::str::from_utf8(&part[..split]).map_err(|_| "headers are not UTF-8")?;
        let mut name = None;
        let mut filename = None;
        let mut part_type = None;
        for line in head.split("\r\n") {
            let (key, value) = line.split_once(':').ok_or("a header line has no colon")?;
            if key.eq_ignore_ascii_case("content-disposition") {
                if !value.trim_start().starts_with("form-data") {
                    return Err("a part is not form-data".into());
                }
                name = parameter(value, "name");
                filename = parameter(value, "filename");
            } else if key.eq_ignore_ascii_case("content-type") {
                part_type = Some(value.trim().to_owned());
            }
        }
        parts.push(FormPart {
            name: name.ok_or("a part has no name")?,
            filename,
            content_type: part_type,
            data: part[split + 4..].to_vec(),
        });
    }
}

fn field<'a>(parts: &'a [FormPart], name: &str) -> Option<&'a FormPart> {
    parts.iter().find(|part| part.name == name)
}

/// JPEG or PNG by its first bytes.
fn image_type(bytes: &[u8]) -> Option<&'static str> {
    if bytes.starts_with(&[0xFF, 0xD8, 0xFF]) {
        Some("image/jpeg")
    } else if bytes.starts_with(b"\x89PNG\r\n\x1a\n") {
        Some("image/png")
    } else if bytes.len() > 12 && &bytes[..4] == b"RIFF" && &bytes[8..12] == b"WEBP" {
        Some("image/webp")
    } else {
        None
    }
}

/// Keeps an uploaded file under `id`; what the message that sends it records.
fn keep(sandbox: &Sandbox, id: &str, content_type: &str, bytes: Vec<u8>) {
    sandbox.media.add(
        id,
        "",
        Upload {
            content_type: content_type.to_owned(),
            bytes,
        },
    );
}

/// What the outbox says about a sent media id: `None` when the sandbox never got it.
pub fn media_of(sandbox: &Sandbox, id: &str) -> Option<Value> {
    let (content_type, bytes) = sandbox.media.get(id)?;
    Some(json!({
        "id": id,
        "content_type": content_type,
        "size": bytes.len(),
        "url": format!("/sandbox/uploads/{id}"),
    }))
}

fn wechat_error(code: i64, message: &str) -> Answer {
    Answer::json(200, &json!({"errcode": code, "errmsg": message}))
}

fn body_text(call: &Call) -> String {
    String::from_utf8_lossy(&call.body).into_owned()
}

/// `POST /cgi-bin/media/upload`: WeChat's temporary media upload.
pub fn wechat_upload(sandbox: &Arc<Sandbox>, call: &Call) -> Answer {
    sandbox.record("wechat_upload", call);
    let token = call.query_param("access_token").unwrap_or_default();
    if !crate::wechat::token_valid(sandbox, &token) {
        return wechat_error(
            40001,
            "invalid credential, access_token is invalid or not latest",
        );
    }
    if call.query_param("type").as_deref() != Some("image") {
        return wechat_error(40004, "invalid media type");
    }
    let parts = match parse(call.header("content-type").unwrap_or_default(), &call.body) {
        Ok(parts) => parts,
        Err(_) => return wechat_error(41005, "media data missing"),
    };
    let Some(media) = field(&parts, "media").filter(|m| m.filename.is_some()) else {
        return wechat_error(41005, "media data missing");
    };
    let declared = media.content_type.as_deref().unwrap_or_default();
    let Some(actual) = image_type(&media.data).filter(|t| *t != "image/webp") else {
        return wechat_error(40005, "invalid file type");
    };
    if declared != actual {
        return wechat_error(40005, "invalid file type");
    }
    if media.data.len() > WECHAT_MAX_IMAGE {
        return wechat_error(40009, "invalid image size");
    }
    if sandbox
        .take_fail_next("wechat_upload", "", &body_text(call))
        .is_some()
    {
        return wechat_error(40005, "invalid file type");
    }
    let id = sandbox.new_id("wx_media_");
    keep(sandbox, &id, actual, media.data.clone());
    Answer::json(
        200,
        &json!({"type": "image", "media_id": id, "created_at": crate::media::now_seconds()}),
    )
}

fn x_problem(status: u16, title: &str, detail: &str) -> Answer {
    Answer::json(
        status,
        &json!({"title": title, "detail": detail, "type": "about:blank", "status": status}),
    )
}

/// `POST /2/media/upload`: X's media upload (one request, for an image).
pub fn x_upload(sandbox: &Arc<Sandbox>, call: &Call) -> Answer {
    sandbox.record("x_upload", call);
    if !crate::app_media::oauth1_valid(call, "POST") {
        return Answer::json(
            401,
            &json!({"errors": [{"code": 32, "message": "Could not authenticate you."}]}),
        );
    }
    let parts = match parse(call.header("content-type").unwrap_or_default(), &call.body) {
        Ok(parts) => parts,
        Err(error) => return x_problem(400, "Invalid Request", &error),
    };
    let text = |name: &str| field(&parts, name).map(|p| String::from_utf8_lossy(&p.data));
    if text("media_category").as_deref() != Some("dm_image") {
        return x_problem(400, "Invalid Request", "media_category must be dm_image");
    }
    let Some(media) = field(&parts, "media") else {
        return x_problem(400, "Invalid Request", "media is required");
    };
    let Some(actual) = image_type(&media.data) else {
        return x_problem(400, "Invalid Request", "media type unrecognized");
    };
    if text("media_type").as_deref().is_some_and(|t| t != actual) {
        return x_problem(
            400,
            "Invalid Request",
            "media_type does not match the media",
        );
    }
    if media.data.len() > X_MAX_IMAGE {
        return x_problem(400, "Invalid Request", "media is too large");
    }
    if sandbox
        .take_fail_next("x_upload", "", &body_text(call))
        .is_some()
    {
        return x_problem(400, "Invalid Request", "media type unrecognized");
    }
    let id = crate::providers::digits_id(sandbox);
    keep(sandbox, &id, actual, media.data.clone());
    Answer::json(
        200,
        &json!({"data": {
            "id": id,
            "media_key": format!("3_{id}"),
            "size": media.data.len(),
            "expires_after_secs": 86_400,
            "image": {"image_type": actual},
        }}),
    )
}

/// `GET /sandbox/uploads/{id}`: an uploaded file's bytes, for the tests.
pub fn serve(sandbox: &Sandbox, call: &Call) -> Option<(u16, String, Vec<u8>)> {
    let id = call.path.strip_prefix("/sandbox/uploads/")?;
    Some(match sandbox.media.get(id) {
        Some((content_type, bytes)) => (200, content_type, bytes),
        None => json_reply(404, &json!({"error": "no such upload"})),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A field's name, its file's name and type if it is one, and its data.
    type Field<'a> = (&'a str, Option<(&'a str, &'a str)>, &'a [u8]);

    fn body(boundary: &str, parts: &[Field<'_>]) -> Vec<u8> {
        let mut body = Vec::new();
        for (name, file, data) in parts {
            body.extend_from_slice(
                format!("--{boundary}\r\nContent-Disposition: form-data; name=\"{name}\"")
                    .as_bytes(),
            );
            if let Some((filename, content_type)) = file {
                body.extend_from_slice(
                    format!("; filename=\"{filename}\"\r\nContent-Type: {content_type}").as_bytes(),
                );
            }
            body.extend_from_slice(b"\r\n\r\n");
            body.extend_from_slice(data);
            body.extend_from_slice(b"\r\n");
        }
        body.extend_from_slice(format!("--{boundary}--\r\n").as_bytes());
        body
    }

    #[test]
    fn reads_fields_and_a_file_whose_bytes_hold_crlfs() {
        let jpeg: &[u8] = &[0xFF, 0xD8, 0xFF, b'\r', b'\n', b'-', b'-', 0xFF, 0xD9];
        let raw = body(
            "b0undary",
            &[
                ("media_category", None, b"dm_image"),
                ("media", Some(("a_1.jpg", "image/jpeg")), jpeg),
            ],
        );
        let parts = parse("multipart/form-data; boundary=b0undary", &raw).unwrap();
        assert_eq!(parts.len(), 2);
        assert_eq!(parts[0].name, "media_category");
        assert_eq!(parts[0].data, b"dm_image");
        assert_eq!(parts[1].filename.as_deref(), Some("a_1.jpg"));
        assert_eq!(parts[1].content_type.as_deref(), Some("image/jpeg"));
        assert_eq!(parts[1].data, jpeg);
        assert_eq!(image_type(&parts[1].data), Some("image/jpeg"));
    }

    #[test]
    fn refuses_bodies_that_break_the_layout() {
        let good = body("b", &[("media", Some(("f.png", "image/png")), b"x")]);
        assert!(parse("multipart/form-data; boundary=\"b\"", &good).is_ok());
        let cases: Vec<(&str, Vec<u8>)> = vec![
            ("application/json", good.clone()),
            ("multipart/form-data", good.clone()),
            ("multipart/form-data; boundary=other", good.clone()),
            // LF alone where CRLF belongs.
            (
                "multipart/form-data; boundary=b",
                String::from_utf8_lossy(&good)
                    .replace("\r\n", "\n")
                    .into_bytes(),
            ),
            // No closing delimiter.
            (
                "multipart/form-data; boundary=b",
                good[..good.len() - 6].to_vec(),
            ),
        ];
        for (content_type, raw) in cases {
            assert!(parse(content_type, &raw).is_err(), "{content_type}");
        }
    }
}
