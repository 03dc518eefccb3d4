//! Links to a conversation's page, made as a message is sent: for a notice on a channel
//! set to `content = "notice"` (issue 18), which goes out instead of a staff reply's
//! text, for an after-treatment survey on a channel (issue 22), answered on that
//! page, and for a continuity notice (issue 20, `continuity`), whose link asks for a code
//! first. The link's secret is made here,
//! where it is sent, and exists only in the provider call (and as its hash in D1): never
//! in a queue message, an API answer or a log line.

use frontdesk_domain::notice_link::{self, LinkKind, LinkToken};
use worker::Env;

use crate::error::{AppError, AppResult};
use crate::{store, time};

/// The message a link is sent for.
pub struct ForMessage<'a> {
    pub clinic_id: &'a str,
    pub conversation_id: &'a str,
    pub seq: u64,
    /// The send job's status callback, whose origin the link opens on (see [`origin_of`]).
    pub status_callback: &'a str,
    pub link_seconds: u32,
}

/// Stores a new link for the message and returns it.
pub async fn link(env: &Env, message: &ForMessage<'_>) -> AppResult<String> {
    let origin = origin_of(message.status_callback)
        .ok_or_else(|| AppError::internal("notice link", "no origin in the status callback"))?;
    let token = make(env, message, LinkKind::Open).await?;
    Ok(token.link(origin))
}

/// Stores a new link of `kind` for the message (`status_callback` unread) and returns
/// its secret.
pub async fn make(env: &Env, message: &ForMessage<'_>, kind: LinkKind) -> AppResult<LinkToken> {
    let mut random = [0u8; 32];
    getrandom::getrandom(&mut random).map_err(|e| AppError::internal("getrandom", e))?;
    let token = LinkToken::from_random(random);
    let now = time::now();
    store::notice_links::insert(
        env,
        &store::notice_links::NewLink {
            token_hash: &token.digest(),
            clinic_id: message.clinic_id,
            conversation_id: message.conversation_id,
            seq: message.seq,
            now: &time::rfc3339(now),
            expires_at: &time::rfc3339(notice_link::expires_at(now, message.link_seconds)),
            kind: kind.as_str(),
        },
    )
    .await?;
    Ok(token)
}

/// The origin of a send job's status callback (`{origin}/v1/channels/…`): the clinic's
/// public base URL, or in dev the origin the provider reached, which is where the
/// conversation page is served too.
pub fn origin_of(status_callback: &str) -> Option<&str> {
    status_callback
        .split_once("/v1/channels/")
        .map(|(origin, _)| origin)
        .filter(|origin| !origin.is_empty())
}

#[cfg(test)]
mod tests {
    use super::origin_of;

    #[test]
    fn the_link_opens_on_the_origin_the_status_callback_names() {
        assert_eq!(
            origin_of(
                "https://frontdesk.lakeside.example/v1/channels/demo/twilio?conversation=c_1&seq=2"
            ),
            Some("https://frontdesk.lakeside.example")
        );
        assert_eq!(
            origin_of("http://127.0.0.1:8787/v1/channels/demo/twilio?seq=1"),
            Some("http://127.0.0.1:8787")
        );
        assert_eq!(origin_of("/v1/channels/demo/twilio"), None);
        assert_eq!(origin_of("https://elsewhere.example/hook"), None);
    }
}
