//! Files that a browser could also read as a web page.
//!
//! Served files carry `X-Content-Type-Options: nosniff` and a sandboxing CSP, but a
//! file is refused anyway when it holds HTML a sniffer could act on: a saved copy,
//! another viewer or a proxy that ignores those headers could still run it. An allowed
//! file starts with its own signature, so the WHATWG standard's own rule (a tag at the
//! start, after whitespace) can't match it; older sniffers looked for tags anywhere in
//! the first bytes, which is what an HTML/PDF polyglot relies on. So the tags of the
//! standard's HTML patterns (and SVG, which can carry script) are refused anywhere in
//! its sniffing window, and `<script` or `<html` anywhere in the file. Only tags of four
//! bytes or more are looked for, so an image's compressed data matches one by chance
//! about once in 10^9 files, not every few hundred (`<a `, `<b>`, `<p>` would).

use super::Refusal;

/// The sniffing window of the WHATWG standard ("resource header", 1,445 bytes).
const SNIFF_WINDOW: usize = 1445;

/// Tags refused in the sniffing window.
const HEAD_TAGS: [&[u8]; 14] = [
    b"<!doctype html",
    b"<html",
    b"<head",
    b"<script",
    b"<iframe",
    b"<div",
    b"<font",
    b"<table",
    b"<style",
    b"<title",
    b"<body",
    b"<!--",
    b"<svg",
    b"<object",
];

/// Tags refused anywhere in a file.
const ANYWHERE: [&[u8]; 2] = [b"<script", b"<html"];

fn starts_with_ignore_case(bytes: &[u8], pattern: &[u8]) -> bool {
    bytes.len() >= pattern.len() && bytes[..pattern.len()].eq_ignore_ascii_case(pattern)
}

/// Whether a tag from `tags` starts at `at` and ends there (a space or `>` follows, as
/// the standard's "tag-terminating byte"; `<!--` needs none).
fn tag_at(bytes: &[u8], at: usize, tags: &[&[u8]]) -> bool {
    let rest = &bytes[at..];
    tags.iter().any(|tag| {
        starts_with_ignore_case(rest, tag)
            && (tag.ends_with(b"--")
                || matches!(
                    rest.get(tag.len()),
                    None | Some(b' ' | b'>' | b'\t' | b'\n' | b'\r' | b'\x0c' | b'/')
                ))
    })
}

/// Whether `bytes` hold HTML a browser could run.
pub(super) fn reads_as_html(bytes: &[u8]) -> bool {
    let head = &bytes[..bytes.len().min(SNIFF_WINDOW)];
    let in_head = head
        .iter()
        .enumerate()
        .any(|(at, &b)| b == b'<' && tag_at(head, at, &HEAD_TAGS));
    in_head
        || bytes
            .iter()
            .enumerate()
            .any(|(at, &b)| b == b'<' && tag_at(bytes, at, &ANYWHERE))
}

/// A PDF: the header at offset 0 (checked by the sniffer) and the end-of-file marker
/// near the end, where readers look for it. PDFs are stored as sent.
pub(super) fn check_pdf(bytes: &[u8]) -> Result<Vec<u8>, Refusal> {
    let version = bytes.get(5..8).unwrap_or_default();
    if !matches!(version, [b'1' | b'2', b'.', b'0'..=b'9']) {
        return Err(Refusal::Malformed("PDF header without a version"));
    }
    let tail = &bytes[bytes.len().saturating_sub(1024)..];
    if !tail.windows(5).any(|w| w == b"%%EOF") {
        return Err(Refusal::Malformed("PDF without its end-of-file marker"));
    }
    Ok(bytes.to_vec())
}
