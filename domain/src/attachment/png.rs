//! PNG: chunks kept and dropped.
//!
//! Dropped: `eXIf` (EXIF, with GPS), `tEXt`, `iTXt` and `zTXt` (free text: XMP, authors,
//! comments, software), `tIME`; everything after `IEND`. Everything else is kept as it
//! came, so no CRC is recomputed.

use super::{be32, Refusal};

pub(super) const SIGNATURE: &[u8] = &[0x89, b'P', b'N', b'G', b'\r', b'\n', 0x1A, b'\n'];

const DROPPED: [&[u8; 4]; 5] = [b"eXIf", b"tEXt", b"iTXt", b"zTXt", b"tIME"];

/// The PNG without metadata; refuses one whose chunks don't run from `IHDR` to `IEND`.
pub(super) fn strip(bytes: &[u8]) -> Result<Vec<u8>, Refusal> {
    if !bytes.starts_with(SIGNATURE) {
        return Err(Refusal::Malformed("no PNG signature"));
    }
    let mut out = Vec::with_capacity(bytes.len());
    out.extend_from_slice(SIGNATURE);
    let mut at = SIGNATURE.len();
    let mut first = true;
    loop {
        let length = be32(bytes, at).ok_or(Refusal::Malformed("PNG chunk cut short"))?;
        let kind = bytes
            .get(at + 4..at + 8)
            .ok_or(Refusal::Malformed("PNG chunk cut short"))?;
        if !kind.iter().all(u8::is_ascii_alphabetic) {
            return Err(Refusal::Malformed("PNG chunk type is not letters"));
        }
        if first && kind != b"IHDR" {
            return Err(Refusal::Malformed("PNG does not start with IHDR"));
        }
        first = false;
        let end = at
            .checked_add(12)
            .and_then(|n| n.checked_add(length))
            .filter(|&end| end <= bytes.len())
            .ok_or(Refusal::Malformed("PNG chunk runs past the end"))?;
        if !DROPPED.iter().any(|dropped| kind == &dropped[..]) {
            out.extend_from_slice(&bytes[at..end]);
        }
        at = end;
        if kind == b"IEND" {
            return Ok(out);
        }
    }
}
