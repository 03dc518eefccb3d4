//! HEIC (ISO base media file format): EXIF and XMP are items of the `meta` box, found
//! by their type in `iinf` and their place in `iloc`. Removing them would move every
//! other item's offsets, so their bytes are overwritten with zeros in place instead:
//! the file keeps its layout and the metadata is gone.

use super::{be16, be32, be64, Refusal};

/// HEIF brands of HEVC-coded images (ISO/IEC 23008-12); `mif1`/`msf1` alone say only
/// "some HEIF", so they count when a HEVC brand is among the compatible ones.
const HEVC_BRANDS: [&[u8; 4]; 6] = [b"heic", b"heix", b"heim", b"heis", b"hevc", b"hevx"];

fn malformed(what: &'static str) -> Refusal {
    Refusal::Malformed(what)
}

/// Whether the file opens with an `ftyp` box naming a HEVC image brand.
pub(super) fn is_heic(bytes: &[u8]) -> bool {
    if bytes.get(4..8) != Some(b"ftyp") {
        return false;
    }
    let Some(size) = be32(bytes, 0).filter(|&s| s >= 16 && s <= bytes.len()) else {
        return false;
    };
    let brand = |at: usize| {
        HEVC_BRANDS
            .iter()
            .any(|b| bytes.get(at..at + 4) == Some(&b[..]))
    };
    // Major brand at 8, minor version at 12, compatible brands from 16.
    brand(8) || (16..size).step_by(4).any(brand)
}

/// One box: its type and where its payload lies.
struct BoxSpan<'a> {
    kind: &'a [u8],
    start: usize,
    end: usize,
}

/// The boxes in `bytes[from..to]`, refusing any that runs past `to`.
fn boxes(bytes: &[u8], from: usize, to: usize) -> Result<Vec<BoxSpan<'_>>, Refusal> {
    let mut found = Vec::new();
    let mut at = from;
    while at < to {
        let size = be32(bytes, at).ok_or_else(|| malformed("HEIC box cut short"))?;
        let kind = bytes
            .get(at + 4..at + 8)
            .ok_or_else(|| malformed("HEIC box cut short"))?;
        let (header, size) = match size {
            0 => (8, to - at),
            1 => (
                16,
                be64(bytes, at + 8).ok_or_else(|| malformed("HEIC box size"))?,
            ),
            size => (8, size),
        };
        let end = at
            .checked_add(size)
            .filter(|&end| size >= header && end <= to)
            .ok_or_else(|| malformed("HEIC box runs past its parent"))?;
        found.push(BoxSpan {
            kind,
            start: at + header,
            end,
        });
        at = end;
    }
    Ok(found)
}

/// Reads an unsigned integer of `size` bytes (0, 4 or 8 in `iloc`) at `*at`, moving on.
fn read_sized(bytes: &[u8], at: &mut usize, size: usize) -> Result<usize, Refusal> {
    let value = match size {
        0 => Some(0),
        2 => be16(bytes, *at),
        4 => be32(bytes, *at),
        8 => be64(bytes, *at),
        _ => None,
    }
    .ok_or_else(|| malformed("HEIC iloc field"))?;
    *at += size;
    Ok(value)
}

/// The ids of the items that hold metadata: type `Exif`, or `mime` XMP.
fn metadata_items(bytes: &[u8], iinf: &BoxSpan<'_>) -> Result<Vec<usize>, Refusal> {
    let version = *bytes
        .get(iinf.start)
        .ok_or_else(|| malformed("HEIC iinf"))?;
    let first = iinf.start + 4 + if version == 0 { 2 } else { 4 };
    let mut ids = Vec::new();
    for infe in boxes(bytes, first, iinf.end)? {
        if infe.kind != b"infe" {
            continue;
        }
        let version = *bytes
            .get(infe.start)
            .ok_or_else(|| malformed("HEIC infe"))?;
        let (id, type_at) = match version {
            2 => (be16(bytes, infe.start + 4), infe.start + 8),
            3 => (be32(bytes, infe.start + 4), infe.start + 10),
            // Versions 0 and 1 have no item type; they can't name EXIF.
            _ => continue,
        };
        let id = id.ok_or_else(|| malformed("HEIC infe"))?;
        let item_type = bytes.get(type_at..type_at + 4);
        let rest = bytes.get(type_at + 4..infe.end).unwrap_or_default();
        let is_xmp = item_type == Some(b"mime")
            && rest
                .windows(b"application/rdf+xml".len())
                .any(|w| w == b"application/rdf+xml");
        if item_type == Some(b"Exif") || is_xmp {
            ids.push(id);
        }
    }
    Ok(ids)
}

/// The byte ranges (in the file) of the items in `wanted`, from `iloc`.
fn item_ranges(
    bytes: &[u8],
    iloc: &BoxSpan<'_>,
    idat_start: Option<usize>,
    wanted: &[usize],
) -> Result<Vec<(usize, usize)>, Refusal> {
    let version = *bytes
        .get(iloc.start)
        .ok_or_else(|| malformed("HEIC iloc"))?;
    let mut at = iloc.start + 4;
    let sizes = be16(bytes, at).ok_or_else(|| malformed("HEIC iloc"))?;
    at += 2;
    let (offset_size, length_size) = (sizes >> 12, (sizes >> 8) & 0xF);
    let base_offset_size = (sizes >> 4) & 0xF;
    let index_size = if version >= 1 { sizes & 0xF } else { 0 };
    let id_size = if version < 2 { 2 } else { 4 };
    let count = read_sized(bytes, &mut at, id_size)?;
    let mut ranges = Vec::new();
    for _ in 0..count {
        let id = read_sized(bytes, &mut at, id_size)?;
        let method = if version >= 1 {
            read_sized(bytes, &mut at, 2)? & 0xF
        } else {
            0
        };
        let _data_reference = read_sized(bytes, &mut at, 2)?;
        let base = read_sized(bytes, &mut at, base_offset_size)?;
        let extents = read_sized(bytes, &mut at, 2)?;
        for _ in 0..extents {
            read_sized(bytes, &mut at, index_size)?;
            let offset = read_sized(bytes, &mut at, offset_size)?;
            let length = read_sized(bytes, &mut at, length_size)?;
            if !wanted.contains(&id) {
                continue;
            }
            let origin = match method {
                0 => 0,
                1 => idat_start.ok_or_else(|| malformed("HEIC item in a missing idat"))?,
                _ => return Err(malformed("HEIC metadata item by reference")),
            };
            let start = origin
                .checked_add(base)
                .and_then(|s| s.checked_add(offset))
                .ok_or_else(|| malformed("HEIC extent"))?;
            // Length 0 means "to the end of the file".
            let end = if length == 0 {
                bytes.len()
            } else {
                start
                    .checked_add(length)
                    .ok_or_else(|| malformed("HEIC extent"))?
            };
            if start > end || end > bytes.len() {
                return Err(malformed("HEIC extent past the end"));
            }
            ranges.push((start, end));
        }
        if at > iloc.end {
            return Err(malformed("HEIC iloc runs past its box"));
        }
    }
    Ok(ranges)
}

/// The HEIC with its EXIF and XMP items zeroed.
pub(super) fn strip(bytes: &[u8]) -> Result<Vec<u8>, Refusal> {
    let top = boxes(bytes, 0, bytes.len())?;
    let meta = top
        .iter()
        .find(|b| b.kind == b"meta")
        .ok_or_else(|| malformed("HEIC without a meta box"))?;
    // `meta` is a full box: version and flags come first.
    let children = boxes(bytes, meta.start + 4, meta.end)?;
    let find = |kind: &[u8]| children.iter().find(|b| b.kind == kind);
    let mut out = bytes.to_vec();
    let Some(iinf) = find(b"iinf") else {
        return Ok(out);
    };
    let wanted = metadata_items(bytes, iinf)?;
    if wanted.is_empty() {
        return Ok(out);
    }
    let iloc = find(b"iloc").ok_or_else(|| malformed("HEIC items without iloc"))?;
    let idat = find(b"idat").map(|b| b.start);
    for (start, end) in item_ranges(bytes, iloc, idat, &wanted)? {
        out[start..end].fill(0);
    }
    Ok(out)
}
