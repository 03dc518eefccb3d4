//! Pure helpers that turn server values into safe attributes and build ids.

/// A `tel:` link for the emergency number, keeping only what a dialler understands.
pub fn tel_href(number: &str) -> Option<String> {
    let dialable: String = number
        .chars()
        .filter(|character| character.is_ascii_digit() || *character == '+')
        .collect();
    (!dialable.is_empty()).then(|| format!("tel:{dialable}"))
}

/// The privacy link only if it is http(s) or site-relative, so `javascript:` can never run.
pub fn safe_href(url: &str) -> Option<&str> {
    let url = url.trim();
    let lower = url.to_ascii_lowercase();
    let allowed = lower.starts_with("https://")
        || lower.starts_with("http://")
        || (url.starts_with('/') && !url.starts_with("//"));
    allowed.then_some(url)
}

/// Formats 16 random bytes as an RFC 4122 version 4 UUID.
///
/// Hand-written on purpose (issue 15 asked for `hex`/`uuid` where they fit): it costs the
/// panel core's `<u8 as LowerHex>::fmt`, 127 B raw by twiggy, inlined around it; a crate
/// would bring its own formatter for the same 36 characters into a panel 3.4 KB under
/// its budget (BENCHMARKS.md, "Client core").
pub fn uuid_v4(mut bytes: [u8; 16]) -> String {
    bytes[6] = (bytes[6] & 0x0f) | 0x40;
    bytes[8] = (bytes[8] & 0x3f) | 0x80;
    let mut out = String::with_capacity(36);
    for (index, byte) in bytes.iter().enumerate() {
        if matches!(index, 4 | 6 | 8 | 10) {
            out.push('-');
        }
        out.push_str(&format!("{byte:02x}"));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn emergency_numbers_become_tel_links() {
        let table = [
            ("112", Some("tel:112")),
            ("+44 20 7946 0000", Some("tel:+442079460000")),
            ("9-1-1", Some("tel:911")),
            ("\"><script>", None),
            ("", None),
        ];
        for (number, expected) in table {
            assert_eq!(tel_href(number).as_deref(), expected, "{number:?}");
        }
    }

    #[test]
    fn only_web_links_are_allowed() {
        let table = [
            ("/privacy.html", Some("/privacy.html")),
            (
                "https://clinic.example/privacy",
                Some("https://clinic.example/privacy"),
            ),
            (" HTTP://clinic.example ", Some("HTTP://clinic.example")),
            ("javascript:alert(1)", None),
            ("JavaScript:alert(1)", None),
            ("data:text/html,hi", None),
            ("//evil.example", None),
            ("", None),
        ];
        for (url, expected) in table {
            assert_eq!(safe_href(url), expected, "{url:?}");
        }
    }

    #[test]
    fn uuids_have_version_and_variant_bits() {
        let id = uuid_v4([0xff; 16]);
        assert_eq!(id, "ffffffff-ffff-4fff-bfff-ffffffffffff");
        let id = uuid_v4([0; 16]);
        assert_eq!(id, "00000000-0000-4000-8000-000000000000");
    }
}
