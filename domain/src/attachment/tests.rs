//! The attachment checks against real files (chromium exports and make.py's variants).

use super::*;

macro_rules! fixture {
    ($name:literal) => {
        include_bytes!(concat!("../../tests/fixtures/attachments/", $name)).as_slice()
    };
}

const PHOTO_JPG: &[u8] = fixture!("photo.jpg");
const PHOTO_PNG: &[u8] = fixture!("photo.png");
const PHOTO_WEBP: &[u8] = fixture!("photo.webp");
const GPS_JPG: &[u8] = fixture!("gps.jpg");
const GPS_PNG: &[u8] = fixture!("gps.png");
const GPS_WEBP: &[u8] = fixture!("gps.webp");
const GPS_HEIC: &[u8] = fixture!("gps.heic");
const AFTERCARE_PDF: &[u8] = fixture!("aftercare.pdf");
const POLYGLOT_PDF: &[u8] = fixture!("polyglot.pdf");
const SCRIPT_JPG: &[u8] = fixture!("script.jpg");

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle)
}

/// What the fixtures' metadata carries (make.py): the camera's serial, the EXIF and XMP
/// markers, the comment and the bytes after the end marker.
const TRACES: [&[u8]; 6] = [
    b"SN-4711",
    b"Exif",
    b"xmpmeta",
    b"Patient camera comment",
    b"TRAILING",
    b"Jane Patient",
];

#[test]
fn clean_images_and_pdfs_are_stored_as_sent() {
    for (bytes, kind) in [
        (PHOTO_JPG, AttachmentKind::Jpeg),
        (PHOTO_PNG, AttachmentKind::Png),
        (PHOTO_WEBP, AttachmentKind::Webp),
        (AFTERCARE_PDF, AttachmentKind::Pdf),
    ] {
        let accepted = inspect(bytes).expect("a clean file is accepted");
        assert_eq!(accepted.kind, kind);
        assert_eq!(accepted.bytes, bytes, "{kind:?} changed");
    }
}

#[test]
fn metadata_is_removed_and_the_image_is_left_as_it_was() {
    // Each GPS fixture is its clean photo plus metadata, so stripping gives it back.
    for (with_gps, clean) in [
        (GPS_JPG, PHOTO_JPG),
        (GPS_PNG, PHOTO_PNG),
        (GPS_WEBP, PHOTO_WEBP),
    ] {
        assert!(contains(with_gps, b"SN-4711"), "the fixture carries EXIF");
        let accepted = inspect(with_gps).expect("accepted");
        for trace in TRACES {
            assert!(!contains(&accepted.bytes, trace), "{trace:?} left");
        }
        assert_eq!(accepted.bytes, clean);
    }
}

#[test]
fn a_webp_without_metadata_no_longer_flags_it() {
    let accepted = inspect(GPS_WEBP).expect("accepted");
    // VP8X flags byte: bit 3 EXIF, bit 2 XMP.
    assert_eq!(accepted.bytes[20] & 0x0C, 0);
    let riff = u32::from_le_bytes(accepted.bytes[4..8].try_into().expect("4 bytes"));
    assert_eq!(riff as usize, accepted.bytes.len() - 8);
}

#[test]
fn a_heic_keeps_its_layout_with_its_exif_item_zeroed() {
    assert_eq!(sniff(GPS_HEIC), Some(AttachmentKind::Heic));
    let accepted = inspect(GPS_HEIC).expect("accepted");
    assert_eq!(accepted.kind, AttachmentKind::Heic);
    assert_eq!(accepted.bytes.len(), GPS_HEIC.len());
    assert!(!contains(&accepted.bytes, b"SN-4711"));
    assert!(contains(GPS_HEIC, b"Exif\0\0MM"));
    assert!(!contains(&accepted.bytes, b"Exif\0\0MM"));
    assert!(
        contains(&accepted.bytes, b"fake-hevc-slice!"),
        "image data kept"
    );
    // Only the EXIF item's bytes changed.
    let changed = GPS_HEIC
        .iter()
        .zip(&accepted.bytes)
        .filter(|(a, b)| a != b)
        .count();
    assert!(changed > 0 && changed < 200, "{changed} bytes changed");
}

#[test]
fn a_script_named_jpg_is_not_an_allowed_type() {
    assert_eq!(inspect(SCRIPT_JPG), Err(Refusal::NotAllowed));
    assert_eq!(inspect(b"GIF89a...."), Err(Refusal::NotAllowed));
    // A PDF header after offset 0 (which PDF readers tolerate) doesn't count.
    assert_eq!(
        inspect(b"<html><body>hi</body></html>\n%PDF-1.4\n%%EOF"),
        Err(Refusal::NotAllowed)
    );
    // AVIF is HEIF too, but not a HEVC brand.
    let mut avif = GPS_HEIC.to_vec();
    avif[8..12].copy_from_slice(b"avif");
    avif[20..24].copy_from_slice(b"avif");
    assert_eq!(inspect(&avif), Err(Refusal::NotAllowed));
}

#[test]
fn an_html_pdf_polyglot_is_refused() {
    assert_eq!(inspect(POLYGLOT_PDF), Err(Refusal::Polyglot));
    // Script anywhere in a kept image chunk, too.
    let mut png = PHOTO_PNG[..33].to_vec();
    let data = b"<script>alert(1)</script>";
    png.extend_from_slice(&(data.len() as u32).to_be_bytes());
    png.extend_from_slice(b"prVt");
    png.extend_from_slice(data);
    png.extend_from_slice(&[0; 4]);
    png.extend_from_slice(&PHOTO_PNG[33..]);
    assert_eq!(inspect(&png), Err(Refusal::Polyglot));
}

#[test]
fn html_in_stripped_metadata_leaves_with_it() {
    let mut jpeg = PHOTO_JPG[..2].to_vec();
    let comment = b"<html><script>alert(1)</script>";
    jpeg.extend_from_slice(&[0xFF, 0xFE, 0, (comment.len() + 2) as u8]);
    jpeg.extend_from_slice(comment);
    jpeg.extend_from_slice(&PHOTO_JPG[2..]);
    assert_eq!(inspect(&jpeg).map(|a| a.bytes), Ok(PHOTO_JPG.to_vec()));
}

#[test]
fn size_limits() {
    assert_eq!(inspect(b""), Err(Refusal::Empty));
    let mut big = AFTERCARE_PDF.to_vec();
    big.resize(MAX_ATTACHMENT_BYTES + 1, b' ');
    assert_eq!(inspect(&big), Err(Refusal::TooLarge));
    // At the limit exactly it is judged on its bytes (the marker must be near the end).
    let mut limit = AFTERCARE_PDF[..AFTERCARE_PDF.len() - 6].to_vec();
    limit.resize(MAX_ATTACHMENT_BYTES - 6, b' ');
    limit.extend_from_slice(b"%%EOF\n");
    assert_eq!(inspect(&limit).map(|a| a.kind), Ok(AttachmentKind::Pdf));
}

#[test]
fn damaged_files_are_refused_as_malformed() {
    let cut = |bytes: &[u8], keep: usize| bytes[..keep].to_vec();
    for damaged in [
        cut(PHOTO_JPG, PHOTO_JPG.len() - 2),
        cut(PHOTO_JPG, 100),
        cut(PHOTO_PNG, PHOTO_PNG.len() - 12),
        cut(PHOTO_WEBP, PHOTO_WEBP.len() - 1),
        cut(GPS_HEIC, GPS_HEIC.len() - 30),
        cut(AFTERCARE_PDF, 100),
        b"%PDF-x.y\n%%EOF".to_vec(),
    ] {
        assert!(
            matches!(inspect(&damaged), Err(Refusal::Malformed(_))),
            "{:?}",
            inspect(&damaged)
        );
    }
    // A JPEG whose segment length points past the end.
    let mut jpeg = PHOTO_JPG.to_vec();
    jpeg[4] = 0xFF;
    assert!(matches!(inspect(&jpeg), Err(Refusal::Malformed(_))));
}

#[test]
fn kinds_name_their_media_type_and_how_they_are_served() {
    for kind in [
        AttachmentKind::Jpeg,
        AttachmentKind::Png,
        AttachmentKind::Webp,
        AttachmentKind::Heic,
        AttachmentKind::Pdf,
    ] {
        assert_eq!(
            AttachmentKind::from_media_type(kind.media_type()),
            Some(kind)
        );
    }
    assert_eq!(AttachmentKind::from_media_type("text/html"), None);
    assert!(AttachmentKind::Png.is_inline_image());
    assert!(!AttachmentKind::Pdf.is_inline_image());
    assert!(!AttachmentKind::Heic.is_inline_image());
}

/// The fuzz target's properties (fuzz/fuzz_targets/attachment.rs) over every fixture
/// with each byte flipped and each length cut, so `cargo test` covers them without
/// nightly: no panic, an accepted file keeps its sniffed kind, doesn't grow, and is
/// accepted again unchanged.
#[test]
fn damaged_variants_never_panic_and_stripping_is_idempotent() {
    let fixtures = [
        PHOTO_JPG,
        PHOTO_PNG,
        PHOTO_WEBP,
        GPS_JPG,
        GPS_PNG,
        GPS_WEBP,
        GPS_HEIC,
        AFTERCARE_PDF,
    ];
    let mut checked = 0;
    for fixture in fixtures {
        let mut variants: Vec<Vec<u8>> =
            (0..fixture.len()).map(|n| fixture[..n].to_vec()).collect();
        for at in 0..fixture.len() {
            let mut flipped = fixture.to_vec();
            flipped[at] ^= 0xA5;
            variants.push(flipped);
        }
        for variant in variants {
            if let Ok(accepted) = inspect(&variant) {
                assert_eq!(sniff(&variant), Some(accepted.kind));
                assert!(accepted.bytes.len() <= variant.len());
                assert_eq!(inspect(&accepted.bytes), Ok(accepted));
                checked += 1;
            }
        }
    }
    assert!(checked > 100, "only {checked} variants were accepted");
}
