//! The console's one deep link, `#/conversations/{id}`: notifications point there, and the
//! address bar follows the open conversation so a copied link opens the same thread.

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

/// What a one-time link from an admin is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LinkKind {
    Invite,
    Reset,
}

/// An invitation (`#/invite/<token>`) or password-reset (`#/reset/<token>`) link.
pub fn one_time_link(hash: &str) -> Option<(LinkKind, String)> {
    let (kind, token) = if let Some(token) = hash.strip_prefix("#/invite/") {
        (LinkKind::Invite, token)
    } else {
        (LinkKind::Reset, hash.strip_prefix("#/reset/")?)
    };
    // The edge makes 64 lowercase hex digits; anything else is not sent.
    let well_formed = token.len() == 64
        && token
            .chars()
            .all(|c| c.is_ascii_digit() || ('a'..='f').contains(&c));
    well_formed.then(|| (kind, token.to_owned()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_time_links() {
        let token = "ab".repeat(32);
        assert_eq!(
            one_time_link(&format!("#/invite/{token}")),
            Some((LinkKind::Invite, token.clone()))
        );
        assert_eq!(
            one_time_link(&format!("#/reset/{token}")),
            Some((LinkKind::Reset, token.clone()))
        );
        assert_eq!(one_time_link("#/invite/short"), None);
        assert_eq!(one_time_link(&format!("#/other/{token}")), None);
    }

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
