//! OAuth 1.0a request signing (HMAC-SHA1), which X documents as the only way to fetch the
//! media of a direct message: the `Authorization: OAuth …` header of one request,
//! signed with the app's consumer secret and the clinic account's token secret.
//!
//! Docs: <https://developer.x.com/en/docs/authentication/oauth-1-0a/creating-a-signature>,
//! <https://developer.x.com/en/docs/authentication/oauth-1-0a/authorizing-a-request>.
//! The nonce and the time come in as values (the domain does no I/O).

use base64::engine::general_purpose::STANDARD;
use base64::Engine;
use percent_encoding::{utf8_percent_encode, AsciiSet, NON_ALPHANUMERIC};

use super::signature::hmac_sha1;
use super::Secret;

/// RFC 3986's unreserved characters pass; everything else is encoded (OAuth 1.0a §3.6).
const ENCODE: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'.')
    .remove(b'_')
    .remove(b'~');

fn encode(text: &str) -> String {
    utf8_percent_encode(text, ENCODE).to_string()
}

/// An app and one user's token, as OAuth 1.0a signs with them.
#[derive(Debug, Clone)]
pub struct Credentials {
    pub consumer_key: String,
    pub consumer_secret: Secret,
    pub token: Secret,
    pub token_secret: Secret,
}

/// What makes one signature unique: a random nonce and the Unix time in seconds.
#[derive(Debug, Clone, Copy)]
pub struct Once<'a> {
    pub nonce: &'a str,
    pub timestamp: i64,
}

/// The `Authorization` header of `method url` carrying `body_params` (a form body's
/// parameters; none for a GET). The URL's query parameters are signed too.
pub fn authorization(
    credentials: &Credentials,
    method: &str,
    url: &str,
    body_params: &[(&str, &str)],
    once: Once<'_>,
) -> String {
    let timestamp = once.timestamp.to_string();
    let oauth = [
        ("oauth_consumer_key", credentials.consumer_key.as_str()),
        ("oauth_nonce", once.nonce),
        ("oauth_signature_method", "HMAC-SHA1"),
        ("oauth_timestamp", timestamp.as_str()),
        ("oauth_token", credentials.token.expose()),
        ("oauth_version", "1.0"),
    ];
    let (base_url, query) = url.split_once('?').unwrap_or((url, ""));
    let query_params = form_urlencoded::parse(query.as_bytes());
    let mut params: Vec<(String, String)> = oauth
        .iter()
        .chain(body_params)
        .map(|(name, value)| (encode(name), encode(value)))
        .chain(query_params.map(|(name, value)| (encode(&name), encode(&value))))
        .collect();
    // The shared stable sort: `sort()` would add another copy of the standard one to the
    // edge (BENCHMARKS.md, "Edge size, round 7"); equal pairs are identical, so the order is
    // the same.
    crate::sorting::sort(&mut params);
    let joined = params
        .iter()
        .map(|(name, value)| format!("{name}={value}"))
        .collect::<Vec<_>>()
        .join("&");
    let base = format!(
        "{}&{}&{}",
        method.to_ascii_uppercase(),
        encode(base_url),
        encode(&joined)
    );
    let key = format!(
        "{}&{}",
        encode(credentials.consumer_secret.expose()),
        encode(credentials.token_secret.expose())
    );
    let signature = STANDARD.encode(hmac_sha1(key.as_bytes(), &[base.as_bytes()]));
    let fields = oauth
        .iter()
        .copied()
        .chain([("oauth_signature", signature.as_str())])
        .map(|(name, value)| format!("{name}=\"{}\"", encode(value)))
        .collect::<Vec<_>>()
        .join(", ");
    format!("OAuth {fields}")
}

#[cfg(test)]
mod tests {
    use super::*;

    /// X's "Creating a signature" example, with its documented signature.
    #[test]
    fn signs_the_documented_example() {
        let credentials = Credentials {
            consumer_key: "xvz1evFS4wEEPTGEFPHBog".into(),
            consumer_secret: Secret::new("kAcSOqF21Fu85e7zjz7ZN2U4ZRhfV3WpwPAoE3Z7kBw"),
            token: Secret::new("370773112-GmHxMAgYyLbNEtIKZeRNFsMKPR9EyMZeS9weJAEb"),
            token_secret: Secret::new("LswwdoUaIvS8ltyTt5jkRh4J50vUPVVHtR2YPi5kE"),
        };
        let header = authorization(
            &credentials,
            "POST",
            "https://api.twitter.com/1.1/statuses/update.json?include_entities=true",
            &[(
                "status",
                "Hello Ladies + Gentlemen, a signed OAuth request!",
            )],
            Once {
                nonce: "kYjzVBB8Y0ZFabxSWbWovY3uYSQ2pTgmZeNu2VS4cg",
                timestamp: 1_318_622_958,
            },
        );
        assert!(header.starts_with("OAuth oauth_consumer_key=\"xvz1evFS4wEEPTGEFPHBog\", "));
        assert!(
            header.contains("oauth_signature=\"hCtSmYh%2BiHYCEqBWrE7C7hYmtUk%3D\""),
            "{header}"
        );
        assert!(header.contains("oauth_signature_method=\"HMAC-SHA1\""));
    }

    #[test]
    fn encodes_as_rfc_3986() {
        assert_eq!(
            encode("Ladies + Gentlemen!~._-"),
            "Ladies%20%2B%20Gentlemen%21~._-"
        );
        assert_eq!(encode("é"), "%C3%A9");
    }
}
