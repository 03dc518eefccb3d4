//! A `multipart/form-data` body (RFC 7578) built from bytes: the providers' media uploads
//! (WeChat's `media/upload`, X's `POST /2/media/upload`) take a file this way.
//!
//! Each part is `--boundary CRLF`, its headers (`Content-Disposition: form-data;
//! name="…"`, with `filename="…"` and a `Content-Type` for a file), an empty line, the
//! bytes and a CRLF; the body ends with `--boundary--` CRLF (RFC 7578 §4.1, RFC 2046
//! §5.1.1). The boundary is derived from the parts' digest and checked against every
//! part, so it never occurs in what it delimits; no randomness needed.
//!
//! Hand-written, not a crate: `common-multipart-rfc7578` (0.7) streams through `http`,
//! `futures`, `rand` and `mime_guess`'s type table, and `multipart` (0.18, unmaintained)
//! is `std::io` over hyper 0.10; this is bytes in, bytes out, in about 60 lines.

use sha2::{Digest, Sha256};

/// One field of the form.
#[derive(Debug, Clone, Copy)]
pub struct Part<'a> {
    /// The field's name: an ASCII token the caller chooses (`media`, `media_category`).
    pub name: &'a str,
    /// A file's name and media type; `None` for a plain text field.
    pub file: Option<FilePart<'a>>,
    pub data: &'a [u8],
}

/// What a file part says about its file.
#[derive(Debug, Clone, Copy)]
pub struct FilePart<'a> {
    pub filename: &'a str,
    pub content_type: &'a str,
}

impl<'a> Part<'a> {
    /// A text field.
    pub fn text(name: &'a str, value: &'a str) -> Part<'a> {
        Part {
            name,
            file: None,
            data: value.as_bytes(),
        }
    }

    /// A file field.
    pub fn file(name: &'a str, filename: &'a str, content_type: &'a str, data: &'a [u8]) -> Self {
        Part {
            name,
            file: Some(FilePart {
                filename,
                content_type,
            }),
            data,
        }
    }
}

/// A built body and the `Content-Type` header that names its boundary.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Multipart {
    pub content_type: String,
    pub body: Vec<u8>,
}

/// A name or filename as a quoted-string: the quote, backslash and line breaks (which
/// would end the header) are dropped; our names are ASCII ids in any case.
fn quoted(text: &str) -> String {
    text.chars()
        .filter(|c| !matches!(c, '"' | '\\' | '\r' | '\n'))
        .collect()
}

/// Whether `needle` occurs in `haystack`.
fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack
        .windows(needle.len())
        .any(|window| window == needle)
}

/// A boundary found in none of the parts: `frontdesk-` and 32 hex digits of a digest of
/// the parts and a counter, the counter raised until no part contains it.
fn boundary(parts: &[Part<'_>]) -> String {
    let mut digest = Sha256::new();
    for part in parts {
        digest.update(part.data);
    }
    let seed = digest.finalize();
    (0u32..)
        .map(|round| {
            let digest = Sha256::new()
                .chain_update(seed)
                .chain_update(round.to_be_bytes())
                .finalize();
            format!("frontdesk-{}", hex::encode(&digest[..16]))
        })
        .find(|boundary| !parts.iter().any(|p| contains(p.data, boundary.as_bytes())))
        .unwrap_or_default()
}

/// The `multipart/form-data` body of `parts`, in order.
pub fn build(parts: &[Part<'_>]) -> Multipart {
    let boundary = boundary(parts);
    let size: usize = parts.iter().map(|p| p.data.len() + 160).sum();
    let mut body = Vec::with_capacity(size + boundary.len() + 8);
    for part in parts {
        let mut head = format!(
            "--{boundary}\r\nContent-Disposition: form-data; name=\"{}\"",
            quoted(part.name)
        );
        if let Some(file) = part.file {
            head.push_str(&format!(
                "; filename=\"{}\"\r\nContent-Type: {}",
                quoted(file.filename),
                quoted(file.content_type)
            ));
        }
        head.push_str("\r\n\r\n");
        body.extend_from_slice(head.as_bytes());
        body.extend_from_slice(part.data);
        body.extend_from_slice(b"\r\n");
    }
    body.extend_from_slice(format!("--{boundary}--\r\n").as_bytes());
    Multipart {
        content_type: format!("multipart/form-data; boundary={boundary}"),
        body,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn boundary_of(built: &Multipart) -> &str {
        built
            .content_type
            .strip_prefix("multipart/form-data; boundary=")
            .expect("boundary")
    }

    #[test]
    fn builds_fields_and_a_file_with_crlfs_as_rfc_7578_says() {
        let jpeg = [0xFF, 0xD8, 0xFF, 0xE0, b'\r', b'\n', 0x00, 0xFF, 0xD9];
        let built = build(&[
            Part::text("media_category", "dm_image"),
            Part::file("media", "a_1.jpg", "image/jpeg", &jpeg),
        ]);
        let boundary = boundary_of(&built).to_owned();
        let mut expected = format!(
            "--{boundary}\r\nContent-Disposition: form-data; name=\"media_category\"\r\n\r\n\
             dm_image\r\n--{boundary}\r\nContent-Disposition: form-data; name=\"media\"; \
             filename=\"a_1.jpg\"\r\nContent-Type: image/jpeg\r\n\r\n"
        )
        .into_bytes();
        expected.extend_from_slice(&jpeg);
        expected.extend_from_slice(format!("\r\n--{boundary}--\r\n").as_bytes());
        assert_eq!(built.body, expected);
        // A token: no quoting needed in the header, at most 70 characters (RFC 2046).
        assert!(boundary.len() <= 70);
        assert!(boundary
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-'));
    }

    #[test]
    fn the_boundary_never_occurs_in_the_file() {
        // A file that carries the boundary the first round would pick: the next is taken.
        let plain = build(&[Part::file("media", "f", "image/png", b"x")]);
        let first = boundary_of(&plain).to_owned();
        let mut tricky = b"x".to_vec();
        let hostile = build(&[Part::file("media", "f", "image/png", &tricky)]);
        assert_eq!(boundary_of(&hostile), first, "derived from the bytes alone");
        tricky.extend_from_slice(first.as_bytes());
        let built = build(&[Part::file("media", "f", "image/png", &tricky)]);
        let boundary = boundary_of(&built);
        assert!(!contains(&tricky, boundary.as_bytes()));
        // Two bodies with different bytes get different boundaries, the same bytes the same.
        assert_eq!(
            build(&[Part::text("a", "1")]),
            build(&[Part::text("a", "1")])
        );
    }

    #[test]
    fn names_cannot_break_out_of_their_header() {
        let built = build(&[Part::file(
            "media",
            "evil\"\r\nContent-Type: text/html",
            "image/jpeg",
            b"",
        )]);
        let text = String::from_utf8(built.body).expect("ascii");
        assert!(
            text.contains("filename=\"evilContent-Type: text/html\"\r\nContent-Type: image/jpeg"),
            "{text}"
        );
        assert_eq!(text.matches("\r\nContent-Type:").count(), 1, "{text}");
    }
}
