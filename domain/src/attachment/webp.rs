//! WebP: the RIFF chunks kept and dropped.
//!
//! Dropped: `EXIF` and `XMP ` (and anything after the RIFF's declared size); the `VP8X`
//! header's EXIF and XMP flags are cleared to match, and the RIFF size is rewritten.

use super::Refusal;

/// `VP8X` flag bits (WebP container spec): XMP and EXIF metadata present.
const XMP_FLAG: u8 = 0x04;
const EXIF_FLAG: u8 = 0x08;

fn le32(bytes: &[u8], at: usize) -> Option<usize> {
    let b = bytes.get(at..at.checked_add(4)?)?;
    usize::try_from(u32::from_le_bytes([b[0], b[1], b[2], b[3]])).ok()
}

/// The WebP without metadata; refuses one whose chunks don't fill its RIFF.
pub(super) fn strip(bytes: &[u8]) -> Result<Vec<u8>, Refusal> {
    let malformed = Refusal::Malformed;
    let riff_size = le32(bytes, 4).ok_or(malformed("WebP header cut short"))?;
    let riff_end = riff_size
        .checked_add(8)
        .filter(|&end| end <= bytes.len() && riff_size >= 4)
        .ok_or(malformed("WebP RIFF size past the end"))?;
    let mut out = Vec::with_capacity(riff_end);
    out.extend_from_slice(&bytes[..12]);
    let mut at = 12;
    let mut first = true;
    while at < riff_end {
        let kind = bytes
            .get(at..at + 4)
            .ok_or(malformed("WebP chunk cut short"))?;
        let size = le32(bytes, at + 4).ok_or(malformed("WebP chunk cut short"))?;
        let padded = size.checked_add(size & 1).ok_or(malformed("WebP size"))?;
        let end = (at + 8)
            .checked_add(padded)
            .filter(|&end| end <= riff_end)
            .ok_or(malformed("WebP chunk runs past the end"))?;
        if first && !matches!(kind, b"VP8 " | b"VP8L" | b"VP8X") {
            return Err(malformed("WebP does not start with an image chunk"));
        }
        first = false;
        match kind {
            b"EXIF" | b"XMP " => {}
            b"VP8X" => {
                let start = out.len();
                out.extend_from_slice(&bytes[at..end]);
                if let Some(flags) = out.get_mut(start + 8) {
                    *flags &= !(XMP_FLAG | EXIF_FLAG);
                }
            }
            _ => out.extend_from_slice(&bytes[at..end]),
        }
        at = end;
    }
    if first {
        return Err(malformed("WebP without an image chunk"));
    }
    let size = u32::try_from(out.len() - 8).map_err(|_| malformed("WebP size"))?;
    out[4..8].copy_from_slice(&size.to_le_bytes());
    Ok(out)
}
