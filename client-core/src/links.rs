//! The console's one-time team links, read back: the edge makes them with
//! `domain::staff_tokens::TokenKind::console_path` (`/console/#/invite/<token>`,
//! `/console/#/reset/<token>`), so the kind is the domain's, named once.

pub use frontdesk_domain::staff_tokens::TokenKind as LinkKind;

/// Every kind of one-time link.
const KINDS: [LinkKind; 2] = [LinkKind::Invite, LinkKind::Reset];

/// An invitation or password-reset link in a location hash (`#/invite/<token>`), with
/// its token; anything not shaped like the edge's tokens (64 lowercase hex digits) is
/// ignored rather than sent.
pub fn one_time_link(hash: &str) -> Option<(LinkKind, String)> {
    let route = hash.strip_prefix("#/")?;
    KINDS.into_iter().find_map(|kind| {
        let token = route.strip_prefix(kind.as_str())?.strip_prefix('/')?;
        let well_formed = token.len() == 64
            && token
                .chars()
                .all(|c| c.is_ascii_digit() || ('a'..='f').contains(&c));
        well_formed.then(|| (kind, token.to_owned()))
    })
}

/// The Staff API call that takes a link's token and the chosen password.
pub fn accept_path(kind: LinkKind) -> &'static str {
    match kind {
        LinkKind::Invite => "/v1/staff/invites/accept",
        LinkKind::Reset => "/v1/staff/password-resets/accept",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_links_the_edge_makes_are_read_back() {
        let token = "ab".repeat(32);
        for kind in KINDS {
            let path = kind.console_path(&token);
            let hash = path.strip_prefix("/console/").unwrap_or(&path);
            assert_eq!(one_time_link(hash), Some((kind, token.clone())), "{path}");
        }
    }

    #[test]
    fn malformed_links_are_ignored() {
        let token = "ab".repeat(32);
        for hash in [
            "#/invite/short".to_owned(),
            format!("#/other/{token}"),
            format!("#/invite{token}"),
            format!("#/reset/{}", token.to_uppercase()),
            format!("#/invite/{token}0"),
            format!("invite/{token}"),
            String::new(),
        ] {
            assert_eq!(one_time_link(&hash), None, "{hash}");
        }
    }

    #[test]
    fn each_kind_has_its_accept_call() {
        assert_eq!(accept_path(LinkKind::Invite), "/v1/staff/invites/accept");
        assert_eq!(
            accept_path(LinkKind::Reset),
            "/v1/staff/password-resets/accept"
        );
    }
}
