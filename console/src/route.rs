//! The console's one deep link, `#/conversations/{id}`: notifications point there, and the
//! address bar follows the open conversation so a copied link opens the same thread.
//! (One-time team links are read by `frontdesk_client_core::links`.)

const PREFIX: &str = "#/conversations/";

/// The conversation a location hash points at, if it is a well-formed link.
pub fn conversation_from_hash(hash: &str) -> Option<String> {
    let id = hash.strip_prefix(PREFIX)?;
    is_conversation_id(id).then(|| id.to_owned())
}

/// The location hash that opens `conversation_id`.
pub fn hash_for(conversation_id: &str) -> String {
    format!("{PREFIX}{conversation_id}")
}

/// The shape the edge gives conversation ids: `c_` and 32 lowercase hex digits. Anything
/// else in a link is ignored rather than sent to the server.
fn is_conversation_id(raw: &str) -> bool {
    raw.len() == 34
        && raw.starts_with("c_")
        && raw[2..]
            .chars()
            .all(|c| c.is_ascii_digit() || ('a'..='f').contains(&c))
}

#[cfg(test)]
mod tests {
    use super::*;

    const ID: &str = "c_0123456789abcdef0123456789abcdef";

    #[test]
    fn reads_the_notification_link_shape() {
        assert_eq!(conversation_from_hash(&hash_for(ID)).as_deref(), Some(ID));
    }

    #[test]
    fn ignores_other_and_malformed_hashes() {
        for hash in [
            "",
            "#",
            "#/inbox",
            ID,
            "#/conversations/",
            "#/conversations/c_0123",
            "#/conversations/c_0123456789ABCDEF0123456789ABCDEF",
            "#/conversations/c_0123456789abcdef0123456789abcdef/x",
            "#/conversations/c_0123456789abcdef0123456789abcdeg",
        ] {
            assert_eq!(conversation_from_hash(hash), None, "{hash}");
        }
    }
}
