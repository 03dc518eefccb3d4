//! JPEG: the segments kept and the ones dropped.
//!
//! Kept: what decoding needs (tables, frame and scan headers, the entropy-coded data),
//! APP0 (JFIF), APP2 only when it is an ICC colour profile, APP14 (Adobe's colour
//! transform). Dropped: APP1 (EXIF, with GPS and camera serials, and XMP), every other
//! APPn (maker notes, multi-picture previews that carry their own EXIF), comments, and
//! anything after the end-of-image marker (phones append preview images there).

use super::{be16, Refusal};

const SOI: u8 = 0xD8;
const EOI: u8 = 0xD9;
const SOS: u8 = 0xDA;
const APP0: u8 = 0xE0;
const APP2: u8 = 0xE2;
const APP14: u8 = 0xEE;
const APP15: u8 = 0xEF;
const COM: u8 = 0xFE;

fn malformed(what: &'static str) -> Refusal {
    Refusal::Malformed(what)
}

/// Whether a segment with this marker and payload is kept.
fn keeps(marker: u8, payload: &[u8]) -> bool {
    match marker {
        APP0 | APP14 => true,
        APP2 => payload.starts_with(b"ICC_PROFILE\0"),
        m if (APP0..=APP15).contains(&m) => false,
        COM => false,
        _ => true,
    }
}

/// The JPEG without metadata; refuses one that doesn't parse to its end marker.
pub(super) fn strip(bytes: &[u8]) -> Result<Vec<u8>, Refusal> {
    if bytes.get(..2) != Some(&[0xFF, SOI]) {
        return Err(malformed("no JPEG start marker"));
    }
    let mut out = Vec::with_capacity(bytes.len());
    out.extend_from_slice(&[0xFF, SOI]);
    let mut at = 2;
    let mut frames = 0usize;
    let mut scans = 0usize;
    loop {
        // Markers may be padded with extra 0xFF bytes.
        if bytes.get(at) != Some(&0xFF) {
            return Err(malformed("JPEG segment without a marker"));
        }
        while bytes.get(at) == Some(&0xFF) {
            at += 1;
        }
        let marker = *bytes
            .get(at)
            .ok_or_else(|| malformed("JPEG ends without EOI"))?;
        at += 1;
        match marker {
            EOI => {
                if frames == 0 || scans == 0 {
                    return Err(malformed("JPEG without a frame or a scan"));
                }
                out.extend_from_slice(&[0xFF, EOI]);
                return Ok(out);
            }
            0x00 | SOI | 0x01 | 0xD0..=0xD7 => {
                return Err(malformed("JPEG marker out of place"));
            }
            _ => {}
        }
        let length = be16(bytes, at).ok_or_else(|| malformed("JPEG segment cut short"))?;
        if length < 2 {
            return Err(malformed("JPEG segment length under 2"));
        }
        let end = at + length;
        let payload = bytes
            .get(at + 2..end)
            .ok_or_else(|| malformed("JPEG segment runs past the end"))?;
        if matches!(marker, 0xC0..=0xCF) && !matches!(marker, 0xC4 | 0xC8 | 0xCC) {
            frames += 1;
        }
        if keeps(marker, payload) {
            out.extend_from_slice(&[0xFF, marker]);
            out.extend_from_slice(&bytes[at..end]);
        }
        at = end;
        if marker == SOS {
            scans += 1;
            let data_end = entropy_end(bytes, at)?;
            out.extend_from_slice(&bytes[at..data_end]);
            at = data_end;
        }
    }
}

/// Where the entropy-coded data starting at `at` ends: the first marker that is neither
/// a stuffed zero nor a restart marker.
fn entropy_end(bytes: &[u8], mut at: usize) -> Result<usize, Refusal> {
    loop {
        let offset = bytes
            .get(at..)
            .and_then(|rest| rest.iter().position(|&b| b == 0xFF))
            .ok_or_else(|| malformed("JPEG scan runs past the end"))?;
        at += offset;
        match bytes.get(at + 1) {
            Some(0x00 | 0xD0..=0xD7) => at += 2,
            // Fill bytes before a marker belong to the marker.
            Some(0xFF) => at += 1,
            Some(_) => return Ok(at),
            None => return Err(malformed("JPEG scan runs past the end")),
        }
    }
}
