//! Attachments: what a file is, decided from its bytes alone, and the file as it may be
//! stored (location and camera metadata removed).
//!
//! The allowlist is JPEG, PNG, WebP, HEIC and PDF. A file's name and the type a client
//! declares are never read: a script named `.jpg` has no image structure and is refused,
//! and a file that a browser could also read as HTML (a polyglot) is refused even when
//! its own structure is valid. Images are parsed segment by segment
//! (`jpeg`, `png`, `webp`, `heic`), which is also what removes their metadata; PDFs are
//! checked for their header, end marker and HTML (`polyglot`). Hand-written rather than
//! a crate: see `BENCHMARKS.md`, "Attachments".

mod heic;
mod jpeg;
mod png;
mod polyglot;

mod webp;

pub mod signed_url;
pub use signed_url::{SignedUrlError, UrlClaims, Viewer};

/// The largest file accepted: 10 MiB.
pub const MAX_ATTACHMENT_BYTES: usize = 10 * 1024 * 1024;

/// The most attachments one message carries.
pub const MAX_ATTACHMENTS_PER_MESSAGE: usize = 4;

/// A file type on the allowlist.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AttachmentKind {
    Jpeg,
    Png,
    Webp,
    Heic,
    Pdf,
}

impl AttachmentKind {
    /// The media type the file is served with.
    pub fn media_type(self) -> &'static str {
        match self {
            Self::Jpeg => "image/jpeg",
            Self::Png => "image/png",
            Self::Webp => "image/webp",
            Self::Heic => "image/heic",
            Self::Pdf => "application/pdf",
        }
    }

    /// The kind a stored media type names (what `media_type` wrote).
    pub fn from_media_type(media_type: &str) -> Option<Self> {
        [Self::Jpeg, Self::Png, Self::Webp, Self::Heic, Self::Pdf]
            .into_iter()
            .find(|kind| kind.media_type() == media_type)
    }

    /// The file name extension of a download.
    pub fn extension(self) -> &'static str {
        match self {
            Self::Jpeg => "jpg",
            Self::Png => "png",
            Self::Webp => "webp",
            Self::Heic => "heic",
            Self::Pdf => "pdf",
        }
    }

    /// Whether a browser shows it inline as an image. HEIC is an image but most browsers
    /// can't draw it, so it is a download like a PDF.
    pub fn is_inline_image(self) -> bool {
        matches!(self, Self::Jpeg | Self::Png | Self::Webp)
    }
}

/// Why a file is refused. Nothing of a refused file is stored.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Refusal {
    #[error("the file is empty")]
    Empty,
    #[error("the file is over {MAX_ATTACHMENT_BYTES} bytes")]
    TooLarge,
    /// The bytes are none of the allowed types (whatever the name says).
    #[error("the file is not a JPEG, PNG, WebP, HEIC or PDF")]
    NotAllowed,
    /// The bytes start like an allowed type but aren't a well-formed one.
    #[error("the file is damaged or disguised: {0}")]
    Malformed(&'static str),
    /// A valid file a browser could also read as HTML or script.
    #[error("the file could also be read as a web page")]
    Polyglot,
}

/// A file that may be stored: its kind and its bytes without metadata.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Accepted {
    pub kind: AttachmentKind,
    pub bytes: Vec<u8>,
}

/// Decides what `bytes` are and returns them as they may be stored: the type from the
/// bytes' own structure, metadata (EXIF with GPS, XMP, text chunks, comments) removed
/// from images, anything after the format's end marker dropped.
pub fn inspect(bytes: &[u8]) -> Result<Accepted, Refusal> {
    if bytes.is_empty() {
        return Err(Refusal::Empty);
    }
    if bytes.len() > MAX_ATTACHMENT_BYTES {
        return Err(Refusal::TooLarge);
    }
    let kind = sniff(bytes).ok_or(Refusal::NotAllowed)?;
    let cleaned = match kind {
        AttachmentKind::Jpeg => jpeg::strip(bytes)?,
        AttachmentKind::Png => png::strip(bytes)?,
        AttachmentKind::Webp => webp::strip(bytes)?,
        AttachmentKind::Heic => heic::strip(bytes)?,
        AttachmentKind::Pdf => polyglot::check_pdf(bytes)?,
    };
    if polyglot::reads_as_html(&cleaned) {
        return Err(Refusal::Polyglot);
    }
    Ok(Accepted {
        kind,
        bytes: cleaned,
    })
}

/// The allowed type whose signature `bytes` start with, at offset 0 only (a PDF header
/// further in, which PDF readers tolerate, is how HTML/PDF polyglots are made).
pub fn sniff(bytes: &[u8]) -> Option<AttachmentKind> {
    if bytes.starts_with(&[0xFF, 0xD8, 0xFF]) {
        Some(AttachmentKind::Jpeg)
    } else if bytes.starts_with(png::SIGNATURE) {
        Some(AttachmentKind::Png)
    } else if bytes.len() >= 12 && &bytes[..4] == b"RIFF" && &bytes[8..12] == b"WEBP" {
        Some(AttachmentKind::Webp)
    } else if heic::is_heic(bytes) {
        Some(AttachmentKind::Heic)
    } else if bytes.starts_with(b"%PDF-") {
        Some(AttachmentKind::Pdf)
    } else {
        None
    }
}

/// Reads a big-endian u16 at `at`, if there.
fn be16(bytes: &[u8], at: usize) -> Option<usize> {
    let b = bytes.get(at..at.checked_add(2)?)?;
    Some(usize::from(u16::from_be_bytes([b[0], b[1]])))
}

/// Reads a big-endian u32 at `at`, if there.
fn be32(bytes: &[u8], at: usize) -> Option<usize> {
    let b = bytes.get(at..at.checked_add(4)?)?;
    usize::try_from(u32::from_be_bytes([b[0], b[1], b[2], b[3]])).ok()
}

/// Reads a big-endian u64 at `at`, if there and addressable.
fn be64(bytes: &[u8], at: usize) -> Option<usize> {
    let b = bytes.get(at..at.checked_add(8)?)?;
    let mut raw = [0u8; 8];
    raw.copy_from_slice(b);
    usize::try_from(u64::from_be_bytes(raw)).ok()
}

#[cfg(test)]
mod tests;
