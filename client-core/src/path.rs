//! Percent-encoding of one path segment or query value, the same in both clients.

use percent_encoding::{utf8_percent_encode, AsciiSet, NON_ALPHANUMERIC};

/// Everything but RFC 3986's unreserved characters (`A-Z a-z 0-9 - . _ ~`) is encoded.
const COMPONENT: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'.')
    .remove(b'_')
    .remove(b'~');

/// Percent-encodes one path segment or query value.
pub fn encode_component(raw: &str) -> String {
    utf8_percent_encode(raw, COMPONENT).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn encodes_all_but_unreserved_characters() {
        let table = [
            ("c_01HXYZ-a.b~", "c_01HXYZ-a.b~"),
            ("a/b?c=d&e f", "a%2Fb%3Fc%3Dd%26e%20f"),
            ("é", "%C3%A9"),
            ("#%+!*'()", "%23%25%2B%21%2A%27%28%29"),
            ("", ""),
        ];
        for (raw, encoded) in table {
            assert_eq!(encode_component(raw), encoded, "{raw:?}");
        }
    }
}
